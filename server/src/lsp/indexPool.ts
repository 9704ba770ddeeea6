// A pool of worker threads that index articles, a job per worker at a time. Jobs wait while the
// editor has work (`canRun` false: editor requests always first); a job that runs too long has its
// worker replaced and fails alone; cancelling drops every waiting job.
import { Worker } from 'node:worker_threads';
import { INDEX_ROLE, type IndexJob, type IndexReply } from './indexWorker';

export type IndexResult = Extract<IndexReply, { ok: true }>;

interface Pending {
  job: IndexJob;
  resolve(result: IndexResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending?: Pending;
  timer?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
}

export interface PoolOptions {
  /** Worker threads (at least 1). */
  size: number;
  /** A job running longer than this fails and its worker is replaced. */
  timeoutMs?: number;
  /** Polled before each job: false holds the queue (the editor is busy). */
  canRun?: () => boolean;
  /** A worker idle this long is stopped, giving back its memory (the next job starts one). */
  idleMs?: number;
}

/**
 * Old-generation heap of an index worker, MB (an article over it fails alone: its worker is
 * replaced). A 1 MB article (the largest analysed) needs under 48; the limit keeps the worker's
 * heap from growing past what it needs while thousands of articles go through it.
 */
const WORKER_HEAP_MB = 64;
/** How often a held queue looks again whether it may run. */
const HOLD_MS = 15;

export class IndexPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 1;
  private held?: NodeJS.Timeout;
  private disposed = false;

  constructor(
    private readonly script: string,
    private readonly options: PoolOptions,
  ) {}

  get size(): number {
    return Math.max(1, Math.floor(this.options.size));
  }

  /** Jobs waiting or running. */
  get load(): number {
    return this.queue.length + this.slots.filter((s) => s.pending).length;
  }

  run(job: Omit<IndexJob, 'id'>): Promise<IndexResult> {
    return new Promise<IndexResult>((resolve, reject) => {
      if (this.disposed) return reject(new Error('index pool disposed'));
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve, reject });
      this.pump();
    });
  }

  /** Fails every job not yet started. */
  cancelWaiting(): void {
    for (const p of this.queue.splice(0)) p.reject(new Error('cancelled'));
  }

  dispose(): void {
    this.disposed = true;
    this.cancelWaiting();
    clearTimeout(this.held);
    for (const slot of this.slots.splice(0)) {
      clearTimeout(slot.timer);
      clearTimeout(slot.idle);
      slot.pending?.reject(new Error('index pool disposed'));
      void slot.worker.terminate();
    }
  }

  private pump(): void {
    if (this.disposed || !this.queue.length) return;
    if (this.options.canRun && !this.options.canRun()) {
      this.held ??= setTimeout(() => {
        this.held = undefined;
        this.pump();
      }, HOLD_MS);
      return;
    }
    while (this.queue.length) {
      const slot = this.slots.find((s) => !s.pending) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const next = this.queue.shift() as Pending;
      clearTimeout(slot.idle);
      slot.pending = next;
      slot.worker.ref();
      slot.worker.postMessage(next.job);
      if (this.options.timeoutMs) slot.timer = setTimeout(() => this.fail(slot, `indexing took over ${this.options.timeoutMs} ms`), this.options.timeoutMs);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      workerData: { newsLensRole: INDEX_ROLE },
      stdout: false,
      stderr: false,
      // A small heap collected often: an article of up to 1 MB fits; the index's memory stays low.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
    });
    const slot: Slot = { worker };
    worker.unref();
    worker.on('message', (reply: IndexReply) => this.finish(slot, reply));
    worker.on('error', (error) => this.fail(slot, `index worker failed: ${error.message}`));
    worker.on('exit', (code) => this.fail(slot, `index worker exited (code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, reply: IndexReply): void {
    const pending = slot.pending;
    if (!pending || pending.job.id !== reply.id) return;
    clearTimeout(slot.timer);
    slot.pending = undefined;
    slot.worker.unref();
    if (reply.ok) pending.resolve(reply);
    else pending.reject(new Error(reply.message));
    this.pump();
    if (!slot.pending && this.options.idleMs) slot.idle = setTimeout(() => this.retire(slot), this.options.idleMs);
  }

  private retire(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at < 0 || slot.pending) return;
    this.slots.splice(at, 1);
    void slot.worker.terminate();
  }

  /** The worker died or hung: its job fails, the worker goes; the next job starts a fresh one. */
  private fail(slot: Slot, message: string): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    clearTimeout(slot.timer);
    clearTimeout(slot.idle);
    void slot.worker.terminate();
    slot.pending?.reject(new Error(message));
    this.pump();
  }
}
