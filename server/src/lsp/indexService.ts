// Wires the workspace index into the language server: the worker pool (held back while the
// editor's analysis runs), the cache in the extension's storage folder, `$/progress` work-done
// progress ("Indexing 1,240 / 10,000 articles", cancellable), the sidebar's requests, and the
// change notification.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { ClientCapabilities, Connection } from 'vscode-languageserver/node';
import type { Analysis, ArticleInfo, UserEntities } from '../analysis/types';
import type { AnalysisHost } from './analysisHost';
import { ArticleIndex, type ProgressHandle } from './articleIndex';
import { cacheScope } from './indexer';
import { IndexPool } from './indexPool';
import { actorDetails, indexResult, ledgerText, threadDetails } from './indexView';
import {
  IndexActorRequest,
  IndexChangedNotification,
  IndexRequest,
  IndexThreadRequest,
  LedgerRequest,
  type IndexActorParams,
  type IndexThreadParams,
  type LedgerParams,
} from '../../../shared/contract';

export interface IndexServiceOptions {
  connection: Connection;
  capabilities(): ClientCapabilities;
  workerScript: string;
  /** The extension's storage folder for the cache (none: no cache). */
  storage(): string | undefined;
  hosts: AnalysisHost[];
  folders(): string[];
  extensions(): string[];
  maxFileSize(): number;
  isExcluded(path: string): boolean;
  userEntities(path: string): UserEntities | undefined;
  /** Workspace-relative path of a file, when inside a folder. */
  relativePath(path: string): string | undefined;
  log(message: string): void;
}

const SILENT: ProgressHandle = { report: () => {}, done: () => {}, cancelled: false };
/** Index workers idle this long are stopped (their memory given back). */
const IDLE_MS = 5000;
/** `$/progress` reports at most this often. */
const REPORT_MS = 250;

export class IndexService {
  readonly index: ArticleIndex;
  private readonly pool: IndexPool;

  constructor(private readonly o: IndexServiceOptions) {
    // One core stays with the editor's own analysis worker.
    const jobs = Math.max(1, Math.min(4, availableParallelism() - 1));
    this.pool = new IndexPool(o.workerScript, { size: jobs, timeoutMs: 60_000, idleMs: IDLE_MS, canRun: () => !o.hosts.some((h) => h.busy) });
    this.index = new ArticleIndex({
      pool: this.pool,
      folders: o.folders,
      extensions: o.extensions,
      maxFileSize: o.maxFileSize,
      isExcluded: o.isExcluded,
      userEntities: o.userEntities,
      displayName: (path) => o.relativePath(path) ?? path,
      dateOf: (path) => this.dateOf(path),
      storage: o.storage,
      scope: () =>
        cacheScope(
          o.workerScript,
          ['ner.bin', 'syntax.bin'].map((file) => join(dirname(o.workerScript), '..', 'models', file)),
          o.folders().map((f) => o.userEntities(f) ?? null),
        ),
      progress: (total) => this.progress(total),
      onChange: (progress) => void o.connection.sendNotification(IndexChangedNotification, progress),
      log: o.log,
    });
    const c = o.connection;
    c.onRequest(IndexRequest, () => indexResult(this.index));
    c.onRequest(IndexActorRequest, (p: IndexActorParams) => actorDetails(this.index, p?.id));
    c.onRequest(IndexThreadRequest, (p: IndexThreadParams) => threadDetails(this.index, p?.id));
    c.onRequest(LedgerRequest, (p: LedgerParams) => ledgerText(this.index, p));
  }

  /** The file facts an open document's analysis needs for its date. */
  article(path: string | undefined): ArticleInfo | undefined {
    if (path === undefined) return undefined;
    let mtimeMs: number | undefined;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      // not saved yet: the name may still tell the date
    }
    const date = this.dateOf(path);
    return { fileName: path, ...(mtimeMs !== undefined ? { mtimeMs } : {}), ...(date ? { date } : {}) };
  }

  rebuild(): void {
    void this.index.rebuild().catch((error: Error) => this.o.log(`index failed: ${error.message}`));
  }

  filesChanged(paths: string[]): void {
    void this.index.refresh(paths).catch((error: Error) => this.o.log(`index update failed: ${error.message}`));
  }

  analysed(path: string | undefined, analysis: Analysis): void {
    if (path !== undefined) this.index.updateFromEditor(path, analysis);
  }

  dispose(): void {
    this.index.dispose();
    this.pool.dispose();
  }

  private dateOf(path: string): string | undefined {
    const rel = this.o.relativePath(path);
    return rel === undefined ? undefined : this.o.userEntities(path)?.dates?.[rel];
  }

  private async progress(total: number): Promise<ProgressHandle> {
    if (!this.o.capabilities().window?.workDoneProgress || total === 0) return SILENT;
    const reporter = await this.o.connection.window.createWorkDoneProgress().catch(() => undefined);
    if (!reporter) return SILENT;
    const count = (n: number) => n.toLocaleString('en-US');
    let cancelled = false;
    let last = 0;
    reporter.token.onCancellationRequested(() => (cancelled = true));
    reporter.begin('News Lens', 0, `Indexing 0 / ${count(total)} articles`, true);
    return {
      report(done, all) {
        const now = Date.now();
        if (now - last < REPORT_MS && done < all) return;
        last = now;
        reporter.report(Math.floor((100 * done) / Math.max(1, all)), `Indexing ${count(done)} / ${count(all)} articles`);
      },
      done: () => reporter.done(),
      get cancelled() {
        return cancelled;
      },
    };
  }
}
