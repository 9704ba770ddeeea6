// Runs analyze() in a worker thread, so the server keeps answering (and cancelling) while a large
// article is analysed. Interactive jobs go before background ones (workspace indexing); a job is
// cancelled through a shared flag the analysis polls between sentences; a job that runs too long
// has its worker terminated and replaced, so no input can hang the server.
import { Worker, parentPort } from 'node:worker_threads';
import { Cancelled, type Analysis, type AnalyzeOptions, type UserEntities } from '../analysis/types';

export type Analyzer = (text: string, options?: AnalyzeOptions) => Analysis;
export type Priority = 'interactive' | 'background';

interface Request {
  id: number;
  text: string;
  userEntities?: UserEntities;
  cancel: SharedArrayBuffer;
}

type Reply =
  | { id: number; ok: true; analysis: Analysis; ms: number }
  | { id: number; ok: false; cancelled: boolean; message: string };

export interface Job {
  readonly promise: Promise<Analysis>;
  cancel(): void;
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
      const analysis = analyze(request.text, { userEntities: request.userEntities, isCancelled });
      reply = { id: request.id, ok: true, analysis, ms: performance.now() - started };
    } catch (error) {
      const cancelled = error instanceof Cancelled || (error as Error)?.name === 'Cancelled';
      reply = { id: request.id, ok: false, cancelled, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
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

  run(text: string, userEntities: UserEntities | undefined, priority: Priority = 'interactive'): Job {
    const cancel = new SharedArrayBuffer(4);
    const request: Request = { id: this.nextId++, text, userEntities, cancel };
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
    if (reply.ok) running.resolve(reply.analysis);
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
