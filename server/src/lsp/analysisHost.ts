// Runs analyze() in a worker thread, so the server keeps answering (and cancelling) while a large
// article is analysed. Interactive jobs go before background ones (workspace indexing); a job is
// cancelled through a shared flag the analysis polls between sentences; a job that runs too long
// has its worker terminated and replaced, so no input can hang the server.
import { Worker, parentPort } from 'node:worker_threads';
import { Cancelled, type Analysis, type AnalyzeOptions, type ArticleInfo, type Token, type TokenKind, type UserEntities } from '../analysis/types';

/** Runs one analysis in the worker; `log` reaches the host's log (the problems the analyzer reports). */
export type Analyzer = (text: string, options: AnalyzeOptions, log: (message: string) => void) => Analysis;
export type Priority = 'interactive' | 'background';

interface Request {
  type: 'job';
  id: number;
  text: string;
  /** The user entities, by the id they were sent to this worker under (see EntitiesMessage). */
  entities?: number;
  /** The article's file, for its date. */
  article?: ArticleInfo;
  cancel: SharedArrayBuffer;
}

/**
 * User entities go to each worker once per version (a file of 100,000 entries costs tens of
 * milliseconds to copy); jobs name them by id, and the worker keeps the object, so what the
 * analysis builds from it (the matcher of names) is built once per version too.
 */
interface EntitiesMessage {
  type: 'entities';
  id: number;
  entities: UserEntities;
}

/** Versions of user entities a worker keeps (one per workspace folder in use, in practice). */
const WORKER_ENTITIES_KEPT = 4;

type JobReply = { id: number; ok: true; analysis: Analysis; tokens: PackedTokens; ms: number } | { id: number; ok: false; cancelled: boolean; message: string };
type Reply = { log: string } | JobReply;

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

/**
 * The analysis with its tokens unpacked on first use: the editor features never read them (only
 * reports do), and 200,000 token objects for a 1 MB article are a pause the server can skip.
 */
function withPackedTokens(analysis: Analysis, text: string, packed: PackedTokens): Analysis {
  let tokens: Token[] | undefined;
  return Object.defineProperty(analysis, 'tokens', {
    get: () => (tokens ??= unpackTokens(text, packed)),
    enumerable: true,
    configurable: true,
  });
}

/** Worker side: answers analysis requests from the parent thread. */
export function serveAnalysis(analyze: Analyzer): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalysis must run in a worker thread');
  const log = (message: string): void => port.postMessage({ log: message } satisfies Reply);
  const entities = new Map<number, UserEntities>();
  port.on('message', (message: Request | EntitiesMessage) => {
    if (message.type === 'entities') {
      entities.set(message.id, message.entities);
      for (const id of entities.keys()) if (entities.size > WORKER_ENTITIES_KEPT) entities.delete(id);
      return;
    }
    const reply = runJob(analyze, message, message.entities === undefined ? undefined : entities.get(message.entities), log);
    const transfer = reply.ok
      ? [reply.tokens.start.buffer, reply.tokens.end.buffer, reply.tokens.kind.buffer, reply.tokens.spaceBefore.buffer].map((b) => b as ArrayBuffer)
      : [];
    port.postMessage(reply, transfer);
  });
}

function runJob(analyze: Analyzer, request: Request, userEntities: UserEntities | undefined, log: (message: string) => void): JobReply {
  const flag = new Int32Array(request.cancel);
  const isCancelled = () => Atomics.load(flag, 0) !== 0;
  const started = performance.now();
  try {
    if (isCancelled()) throw new Cancelled();
    const analysis = analyze(request.text, { userEntities, isCancelled, article: request.article }, log);
    const tokens = packTokens(analysis.tokens);
    return { id: request.id, ok: true, analysis: { ...analysis, tokens: [] }, tokens, ms: performance.now() - started };
  } catch (error) {
    const cancelled = error instanceof Cancelled || (error as Error)?.name === 'Cancelled';
    return { id: request.id, ok: false, cancelled, message: error instanceof Error ? error.message : String(error) };
  }
}

interface Pending {
  request: Request;
  userEntities?: UserEntities;
  priority: Priority;
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
}

/** One worker thread and the job it runs. */
interface Slot {
  worker: Worker;
  running?: Pending;
  timer?: NodeJS.Timeout;
  /** Ids of the user entities this worker holds. */
  entities: Set<number>;
  /** Stops a spare worker left idle. */
  idle?: NodeJS.Timeout;
}

/** Texts above this many characters are large jobs: they never take the last idle worker. */
export const LARGE_JOB_CHARS = 64 * 1024;

export interface HostOptions {
  /** A job running longer than this has its worker replaced and fails. */
  timeoutMs?: number;
  log?: (message: string) => void;
  /** Told of every finished analysis: the text's length and the time the worker took. */
  onAnalysed?: (characters: number, ms: number) => void;
  /**
   * Worker threads. With two or more, large jobs leave one worker free, so a small article never
   * waits behind a large one.
   */
  workers?: number;
  /**
   * A worker idle this long while another is running is stopped, giving back its memory (its
   * analyzer and model); the next job that needs it starts it again. None: kept.
   */
  spareIdleMs?: number;
}

export class AnalysisHost {
  private readonly slots: (Slot | undefined)[];
  private queue: Pending[] = [];
  private nextId = 1;
  private disposed = false;
  private readonly entityIds = new WeakMap<UserEntities, number>();
  private readonly timeoutMs: number;
  private readonly log: (message: string) => void;
  private readonly onAnalysed: (characters: number, ms: number) => void;
  private readonly spareIdleMs?: number;

  /** @param script the file the worker runs (the server bundle, which calls serveAnalysis() when not on the main thread) */
  constructor(
    private readonly script: string,
    options: HostOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.log = options.log ?? (() => {});
    this.onAnalysed = options.onAnalysed ?? (() => {});
    this.spareIdleMs = options.spareIdleMs;
    this.slots = new Array<Slot | undefined>(Math.max(1, options.workers ?? 1)).fill(undefined);
  }

  /** Starts the workers ahead of the first job (they load the model while the editor opens the file). */
  warmUp(): void {
    this.slots.forEach((_, i) => this.ensureSlot(i));
  }

  run(text: string, userEntities: UserEntities | undefined, priority: Priority = 'interactive', article?: ArticleInfo): Job {
    const cancel = new SharedArrayBuffer(4);
    const request: Request = { type: 'job', id: this.nextId++, text, cancel, ...(article ? { article } : {}) };
    let pending!: Pending;
    const promise = new Promise<Analysis>((resolve, reject) => {
      pending = { request, userEntities, priority, resolve, reject };
    });
    promise.catch(() => {}); // a cancelled job nobody awaits any more must not be an unhandled rejection
    if (this.disposed) pending.reject(new Error('analysis host disposed'));
    else {
      this.queue.push(pending);
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
    return this.slots.some((slot) => slot?.running !== undefined) || this.queue.length > 0;
  }

  dispose(): void {
    this.disposed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('analysis host disposed'));
    this.slots.forEach((slot, i) => {
      if (!slot) return;
      slot.running?.reject(new Error('analysis host disposed'));
      clearTimeout(slot.timer);
      clearTimeout(slot.idle);
      void slot.worker.terminate();
      this.slots[i] = undefined;
    });
  }

  private ensureSlot(index: number): Slot {
    const existing = this.slots[index];
    if (existing) return existing;
    const worker = new Worker(this.script, { stdout: false, stderr: false });
    worker.unref();
    const slot: Slot = { worker, entities: new Set() };
    worker.on('message', (reply: Reply) => this.finish(slot, reply));
    worker.on('error', (error) => this.fail(slot, `analysis worker failed: ${error.message}`));
    worker.on('exit', (code) => this.fail(slot, `analysis worker exited (code ${code})`));
    this.slots[index] = slot;
    return slot;
  }

  /**
   * The next job to start when `idle` workers are free: interactive before background, then the
   * shortest text first; a large job only when another worker stays free for small ones.
   */
  private next(idle: number): Pending | undefined {
    let best = -1;
    const largeAllowed = idle > 1 || this.slots.length === 1;
    this.queue.forEach((pending, i) => {
      if (!largeAllowed && pending.request.text.length > LARGE_JOB_CHARS) return;
      const current = this.queue[best];
      if (
        !current ||
        (pending.priority === 'interactive' && current.priority === 'background') ||
        (pending.priority === current.priority && pending.request.text.length < current.request.text.length)
      ) {
        best = i;
      }
    });
    return best < 0 ? undefined : this.queue.splice(best, 1)[0];
  }

  private pump(): void {
    if (this.disposed) return;
    for (;;) {
      const idle = this.slots.map((slot, i) => (slot?.running ? -1 : i)).filter((i) => i >= 0);
      if (idle.length === 0) return;
      const job = this.next(idle.length);
      if (!job) return;
      this.dispatch(this.ensureSlot(idle.find((i) => this.slots[i]) ?? idle[0]), job);
    }
  }

  private dispatch(slot: Slot, job: Pending): void {
    clearTimeout(slot.idle);
    slot.running = job;
    slot.worker.ref(); // keep the process alive while a job runs
    if (job.userEntities) {
      let id = this.entityIds.get(job.userEntities);
      if (id === undefined) this.entityIds.set(job.userEntities, (id = this.nextId++));
      if (!slot.entities.has(id)) {
        slot.worker.postMessage({ type: 'entities', id, entities: job.userEntities } satisfies EntitiesMessage);
        slot.entities.add(id);
        for (const kept of slot.entities) if (slot.entities.size > WORKER_ENTITIES_KEPT) slot.entities.delete(kept);
      }
      job.request.entities = id;
    }
    slot.worker.postMessage(job.request);
    slot.timer = setTimeout(() => {
      this.log(`analysis took over ${this.timeoutMs} ms; restarting the analysis worker`);
      this.fail(slot, `analysis timed out after ${this.timeoutMs} ms`);
    }, this.timeoutMs);
  }

  private finish(slot: Slot, reply: Reply): void {
    if ('log' in reply) return this.log(reply.log);
    const running = slot.running;
    if (!running || running.request.id !== reply.id) return;
    clearTimeout(slot.timer);
    slot.running = undefined;
    slot.worker.unref();
    if (reply.ok) this.onAnalysed(running.request.text.length, reply.ms);
    if (reply.ok) running.resolve(withPackedTokens(reply.analysis, running.request.text, reply.tokens));
    else running.reject(reply.cancelled ? new Cancelled() : new Error(reply.message));
    this.pump();
    if (!slot.running && this.spareIdleMs !== undefined) slot.idle = setTimeout(() => this.retire(slot), this.spareIdleMs);
  }

  /** Stops an idle worker when another one stays (the editor keeps one analyzer warm). */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || slot.running || !this.slots.some((other) => other && other !== slot)) return;
    this.slots[index] = undefined;
    void slot.worker.terminate();
  }

  /** The worker died or hung: fail its job, drop it, and carry on with a fresh worker. */
  private fail(slot: Slot, message: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots[index] = undefined;
    clearTimeout(slot.timer);
    clearTimeout(slot.idle);
    void slot.worker.terminate();
    const running = slot.running;
    slot.running = undefined;
    running?.reject(new Error(message));
    this.pump();
  }
}
