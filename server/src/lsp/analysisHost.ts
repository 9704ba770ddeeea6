// Runs analyze() in a worker thread, so the server keeps answering (and cancelling) while a large
// article is analysed. Interactive jobs go before background ones (workspace indexing); a job is
// cancelled through a shared flag the analysis polls between sentences; a job that runs too long
// has its worker terminated and replaced, so no input can hang the server.
import { Worker, parentPort } from 'node:worker_threads';
import { Cancelled, type Analysis, type AnalyzeOptions, type ArticleInfo, type Token, type TokenKind, type UserEntities } from '../analysis/types';

export type Analyzer = (text: string, options?: AnalyzeOptions) => Analysis;
export type Priority = 'interactive' | 'background';

interface Request {
  id: number;
  text: string;
  userEntities?: UserEntities;
  article?: ArticleInfo;
  cancel: SharedArrayBuffer;
}

type Reply =
  | { id: number; ok: true; analysis: Analysis; tokens: PackedTokens; ms: number }
  | { id: number; ok: false; cancelled: boolean; message: string };

export interface Job {
  readonly promise: Promise<Analysis>;
  cancel(): void;
}

/**
 * Tokens as typed arrays: copying 200,000 token objects between threads costs about a second for a
 * 1 MB article, moving four buffers costs nothing; the text of each token is sliced again on the
 * other side (the norm only where it differs from the text).
 */
interface PackedTokens {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  spaceBefore: Uint8Array;
  norms: [number, string][];
}

const KINDS: TokenKind[] = ['word', 'number', 'punct', 'symbol'];

export function packTokens(tokens: Token[]): PackedTokens {
  const n = tokens.length;
  const packed: PackedTokens = {
    start: new Int32Array(n),
    end: new Int32Array(n),
    kind: new Uint8Array(n),
    spaceBefore: new Uint8Array(n),
    norms: [],
  };
  tokens.forEach((token, i) => {
    packed.start[i] = token.start;
    packed.end[i] = token.end;
    packed.kind[i] = Math.max(0, KINDS.indexOf(token.kind));
    packed.spaceBefore[i] = token.spaceBefore ? 1 : 0;
    if (token.norm !== token.text) packed.norms.push([i, token.norm]);
  });
  return packed;
}

export function unpackTokens(text: string, packed: PackedTokens): Token[] {
  const tokens = new Array<Token>(packed.start.length);
  for (let i = 0; i < tokens.length; i++) {
    const piece = text.slice(packed.start[i], packed.end[i]);
    tokens[i] = { start: packed.start[i], end: packed.end[i], text: piece, kind: KINDS[packed.kind[i]], norm: piece, spaceBefore: packed.spaceBefore[i] === 1 };
  }
  for (const [i, norm] of packed.norms) tokens[i].norm = norm;
  return tokens;
}

/** Worker side: answers analysis requests from the parent thread. */
export function serveAnalysis(analyze: Analyzer): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalysis must run in a worker thread');
  port.on('message', (request: Request) => {
    const flag = new Int32Array(request.cancel);
    const isCancelled = () => Atomics.load(flag, 0) !== 0;
    const started = performance.now();
    let reply: Reply;
    try {
      if (isCancelled()) throw new Cancelled();
      const analysis = analyze(request.text, { userEntities: request.userEntities, isCancelled, article: request.article });
      const tokens = packTokens(analysis.tokens);
      reply = { id: request.id, ok: true, analysis: { ...analysis, tokens: [] }, tokens, ms: performance.now() - started };
    } catch (error) {
      const cancelled = error instanceof Cancelled || (error as Error)?.name === 'Cancelled';
      reply = { id: request.id, ok: false, cancelled, message: error instanceof Error ? error.message : String(error) };
    }
    const transfer = reply.ok
      ? [reply.tokens.start.buffer, reply.tokens.end.buffer, reply.tokens.kind.buffer, reply.tokens.spaceBefore.buffer].map((b) => b as ArrayBuffer)
      : [];
    port.postMessage(reply, transfer);
  });
}

interface Pending {
  request: Request;
  priority: Priority;
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
}

export class AnalysisHost {
  private worker?: Worker;
  private queue: Pending[] = [];
  private running?: Pending;
  private timer?: NodeJS.Timeout;
  private nextId = 1;
  private disposed = false;

  /**
   * @param script the file the worker runs (the server bundle, which calls serveAnalysis() when not on the main thread)
   * @param timeoutMs a job running longer than this has its worker replaced and fails
   */
  constructor(
    private readonly script: string,
    private readonly timeoutMs = 60_000,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** Starts the worker ahead of the first job (it loads the model while the editor opens the file). */
  warmUp(): void {
    this.ensureWorker();
  }

  run(text: string, userEntities: UserEntities | undefined, priority: Priority = 'interactive', article?: ArticleInfo): Job {
    const cancel = new SharedArrayBuffer(4);
    const request: Request = { id: this.nextId++, text, userEntities, cancel, ...(article ? { article } : {}) };
    let pending!: Pending;
    const promise = new Promise<Analysis>((resolve, reject) => {
      pending = { request, priority, resolve, reject };
    });
    promise.catch(() => {}); // a cancelled job nobody awaits any more must not be an unhandled rejection
    if (this.disposed) pending.reject(new Error('analysis host disposed'));
    else {
      // Interactive jobs go ahead of background ones, in order among themselves.
      const at = priority === 'interactive' ? this.queue.findIndex((p) => p.priority === 'background') : -1;
      this.queue.splice(at < 0 ? this.queue.length : at, 0, pending);
      this.pump();
    }
    return {
      promise,
      cancel: () => {
        Atomics.store(new Int32Array(cancel), 0, 1);
        const index = this.queue.indexOf(pending);
        if (index >= 0) {
          this.queue.splice(index, 1);
          pending.reject(new Cancelled());
        }
      },
    };
  }

  /** True while a job runs or waits (the workspace index holds back meanwhile). */
  get busy(): boolean {
    return this.running !== undefined || this.queue.length > 0;
  }

  dispose(): void {
    this.disposed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('analysis host disposed'));
    this.running?.reject(new Error('analysis host disposed'));
    this.running = undefined;
    clearTimeout(this.timer);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { stdout: false, stderr: false });
    worker.unref();
    worker.on('message', (reply: Reply) => this.finish(reply));
    worker.on('error', (error) => this.fail(worker, `analysis worker failed: ${error.message}`));
    worker.on('exit', (code) => this.fail(worker, `analysis worker exited (code ${code})`));
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    const worker = this.ensureWorker();
    worker.ref(); // keep the process alive while a job runs
    worker.postMessage(next.request);
    this.timer = setTimeout(() => {
      this.log(`analysis took over ${this.timeoutMs} ms; restarting the analysis worker`);
      this.fail(worker, `analysis timed out after ${this.timeoutMs} ms`);
    }, this.timeoutMs);
  }

  private finish(reply: Reply): void {
    const running = this.running;
    if (!running || running.request.id !== reply.id) return;
    clearTimeout(this.timer);
    this.running = undefined;
    this.worker?.unref();
    if (reply.ok) running.resolve({ ...reply.analysis, tokens: unpackTokens(running.request.text, reply.tokens) });
    else running.reject(reply.cancelled ? new Cancelled() : new Error(reply.message));
    this.pump();
  }

  /** The worker died or hung: fail its job, drop it, and carry on with a fresh worker. */
  private fail(worker: Worker, message: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    clearTimeout(this.timer);
    void worker.terminate();
    const running = this.running;
    this.running = undefined;
    running?.reject(new Error(message));
    this.pump();
  }
}
