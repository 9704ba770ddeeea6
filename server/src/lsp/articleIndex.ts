// The workspace index behind the News Lens sidebar: every article under the workspace folders,
// indexed in the background by the worker pool (which holds back while the editor has work),
// through a cache on disk so a restart re-reads only changed files. Work-done progress is shown
// and can be cancelled; a changed file is re-indexed alone; an open document's own analysis
// replaces its record as it is edited.
import { IndexAggregate, recordOf, type ActorArticle, type Actor, type ArticleRecord, type IndexSummary } from '../analysis/ledger';
import type { Analysis, UserEntities } from '../analysis/types';
import { pathToFileURL } from 'node:url';
import { IndexCache, type CacheEntry } from './indexCache';
import { indexFile, type IndexedArticle, type IndexerContext, type IndexTarget } from './indexer';
import type { IndexPool } from './indexPool';
import type { IndexProgress } from '../../../shared/contract';
import { walkArticles } from './walk';

/** A work-done progress the index reports to (`$/progress`), or a silent one. */
export interface ProgressHandle {
  report(done: number, total: number): void;
  done(): void;
  readonly cancelled: boolean;
}

export interface ArticleIndexOptions {
  pool: IndexPool;
  folders(): string[];
  extensions(): string[];
  maxFileSize(): number;
  isExcluded(path: string): boolean;
  userEntities(path: string): UserEntities | undefined;
  /** Workspace-relative path, the name records carry. */
  displayName(path: string): string;
  /** The user's date for a file. */
  dateOf(path: string): string | undefined;
  /** The cache folder (the extension's storage), if any. */
  storage(): string | undefined;
  /** The cache scope: model version and user entities. */
  scope(): Promise<string>;
  progress(total: number): Promise<ProgressHandle>;
  onChange(progress: IndexProgress): void;
  log(message: string): void;
  /** Today, ISO (injected for tests). */
  today?(): string;
}

/** Files looked at (stat, cache) at once; the pool bounds the analyses. */
const CONCURRENCY = 16;
/** Change notifications while indexing: at most one per this many ms (each may make the sidebar ask for the whole index). */
const NOTIFY_MS = 2000;
const FLUSH_EVERY = 200;

export class ArticleIndex {
  /** Actors, ledger and articles, kept up to date article by article. */
  private readonly aggregate = new IndexAggregate();
  /** The name each indexed file's record carries, by path, and back. */
  private readonly names = new Map<string, string>();
  private readonly paths = new Map<string, string>();
  private readonly uris = new Map<string, string>();
  private generation = 0;
  private cache?: IndexCache;
  private cacheScope?: string;
  private notifyTimer?: NodeJS.Timeout;
  progress: IndexProgress = { indexing: false, done: 0, total: 0 };

  constructor(private readonly options: ArticleIndexOptions) {}

  /** Articles indexed. */
  get size(): number {
    return this.names.size;
  }

  /** The URI of the article whose record carries this name (the name itself when it is gone), made once. */
  uriOf(file: string): string {
    let uri = this.uris.get(file);
    if (uri === undefined) {
      const path = this.paths.get(file);
      if (path === undefined) return file;
      this.uris.set(file, (uri = pathToFileURL(path).href));
    }
    return uri;
  }

  /** An actor's entities, article by article (the actor as in the last summary). */
  actorArticles(actor: Actor): ActorArticle[] {
    return this.aggregate.actorArticles(actor);
  }

  /** Walks the folders and indexes every article (cached ones at once); a new call supersedes a running one. */
  async rebuild(): Promise<void> {
    const generation = ++this.generation;
    this.options.pool.cancelWaiting();
    const files: string[] = [];
    const walk = { extensions: this.options.extensions(), isExcluded: (p: string) => this.options.isExcluded(p) };
    for (const folder of this.options.folders()) await walkArticles(folder, walk, files);
    if (generation !== this.generation) return;
    const ctx = await this.context();
    const live = new Set(files);
    for (const path of [...this.names.keys()]) if (!live.has(path)) this.drop(path);
    ctx.cache?.retain(live);
    await this.indexAll(files, ctx, generation);
  }

  /** Re-indexes these files alone (changed, created or deleted on disk). */
  async refresh(paths: string[]): Promise<void> {
    const ctx = await this.context();
    const extensions = this.options.extensions();
    for (const path of paths) {
      const result = extensions.some((e) => path.endsWith(e)) && !this.options.isExcluded(path) ? await this.indexOne(path, ctx) : undefined;
      if (!result || 'error' in result) this.drop(path);
      else if (result.record) this.put(path, result.record);
    }
    await ctx.cache?.flush();
    this.changed(true);
  }

  /** An open document was analysed: its record follows the editor's text. */
  updateFromEditor(path: string, analysis: Analysis): void {
    if (!this.options.extensions().some((e) => path.endsWith(e)) || this.options.isExcluded(path)) return;
    this.put(path, recordOf(this.options.displayName(path), analysis));
    this.changed(true);
  }

  /** Stops indexing (the user cancelled, or the server shuts down). */
  cancel(): void {
    this.generation++;
    this.options.pool.cancelWaiting();
  }

  /** Actors, ledger and articles (made again only after a change). */
  summary(): IndexSummary {
    const today = this.options.today?.() ?? new Date().toISOString().slice(0, 10);
    const folders = this.options.folders();
    const entities = folders.length ? this.options.userEntities(folders[0]) : undefined;
    return this.aggregate.summary(today, entities);
  }

  private put(path: string, record: ArticleRecord): void {
    const before = this.names.get(path);
    if (before !== undefined && before !== record.file) this.drop(path);
    this.aggregate.set(record);
    this.names.set(path, record.file);
    this.paths.set(record.file, path);
  }

  private drop(path: string): void {
    const file = this.names.get(path);
    if (file === undefined) return;
    this.aggregate.delete(file);
    this.names.delete(path);
    if (this.paths.get(file) === path) this.paths.delete(file);
    this.uris.delete(file);
  }

  private target(path: string): IndexTarget {
    return { path, file: this.options.displayName(path), userEntities: this.options.userEntities(path), date: this.options.dateOf(path) };
  }

  /** A file's record; none when it is unchanged since the cache handed it to the index (read again, past the cache, if the index has it no more). */
  private async indexOne(path: string, ctx: IndexerContext): Promise<IndexedArticle | { error: string }> {
    const result = await indexFile(this.target(path), ctx);
    if ('error' in result || result.record || this.names.has(path)) return result;
    return indexFile(this.target(path), { ...ctx, cache: undefined });
  }

  private async context(): Promise<IndexerContext> {
    const scope = await this.options.scope();
    const storage = this.options.storage();
    if (storage && scope !== this.cacheScope) {
      this.cacheScope = scope;
      // The cached records go straight into the index (the cache keeps no copy); a walk then drops the files gone.
      const take = (e: CacheEntry & { record: ArticleRecord }) => {
        if (e.file === this.options.displayName(e.path)) this.put(e.path, e.record);
      };
      this.cache = await IndexCache.open(storage, scope, take).catch((error: Error) => {
        this.options.log(`index cache unavailable: ${error.message}`);
        return undefined;
      });
    }
    return { pool: this.options.pool, cache: this.cache, maxFileSize: this.options.maxFileSize(), json: false };
  }

  private async indexAll(files: string[], ctx: IndexerContext, generation: number): Promise<void> {
    this.progress = { indexing: true, done: 0, total: files.length };
    const handle = await this.options.progress(files.length);
    let next = 0;
    const stopped = () => generation !== this.generation || handle.cancelled;
    const runner = async (): Promise<void> => {
      while (next < files.length && !stopped()) {
        const path = files[next++];
        const result = await this.indexOne(path, ctx);
        if (generation !== this.generation) return;
        if ('error' in result) {
          this.drop(path);
          if (!/cancelled/.test(result.error)) this.options.log(`index: skipped ${path}: ${result.error}`);
        } else if (result.record) {
          this.put(path, result.record);
        }
        this.progress.done++;
        handle.report(this.progress.done, files.length);
        if (this.progress.done % FLUSH_EVERY === 0) void ctx.cache?.flush();
        this.changed(false);
      }
    };
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, runner));
    } finally {
      if (handle.cancelled && generation === this.generation) this.cancel();
      handle.done();
      await ctx.cache?.flush();
      if (generation === this.generation || handle.cancelled) {
        this.progress = { ...this.progress, indexing: false };
        this.changed(true, true);
      }
    }
  }

  /** Notifies a change: at once (`now`), or at most every NOTIFY_MS; `settled`: a whole indexing run ended. */
  private changed(now: boolean, settled = false): void {
    if (now) {
      clearTimeout(this.notifyTimer);
      this.notifyTimer = undefined;
      // The trees' data is made now, so the sidebar's request that follows is answered at once.
      if (settled) this.summary();
      this.options.onChange({ ...this.progress });
      return;
    }
    this.notifyTimer ??= setTimeout(() => {
      this.notifyTimer = undefined;
      this.options.onChange({ ...this.progress });
    }, NOTIFY_MS);
  }

  dispose(): void {
    this.cancel();
    clearTimeout(this.notifyTimer);
  }
}
