// The index's cache on disk: one JSON-lines file per scope (model version + user entities), one
// line per indexed article: its path, size and modification time (a file unchanged on disk is not
// even read), the key of its content (a file whose content is unchanged is not analysed again),
// its record and, for the CLI, its JSON line. New entries are appended; the file is rewritten
// without superseded lines when they outnumber the live ones. A damaged line is skipped.
//
// The language server takes each record as the cache is read (`take`) and keeps it in its index
// alone: the cache then keeps only what tells a file unchanged, not a second copy of the records.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, open, rename } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { ArticleRecord } from '../analysis/ledger/types';

export interface CacheEntry {
  /** Hash of the content, the file's base name and the user's date for it. */
  key: string;
  path: string;
  mtimeMs: number;
  size: number;
  /** The name its record carries. */
  file: string;
  /** The record, unless it was taken when the cache was read. */
  record?: ArticleRecord;
  json?: string;
}

/** A new entry: its record, or the record already as JSON (as an index worker sends it). */
export type NewEntry = Omit<CacheEntry, 'file' | 'record'> & { record: ArticleRecord; recordJson?: string };

/** The format of the lines; a change makes every cache file a new one. */
const FORMAT = 1;

export function hashOf(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
}

/** Read one line at a time: the whole file never sits in memory as one string. */
function linesOf(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
}

export class IndexCache {
  private byPath = new Map<string, CacheEntry & { line: number }>();
  private byKey = new Map<string, CacheEntry>();
  private pending: string[] = [];
  private writing: Promise<void> = Promise.resolve();
  private lines = 0;

  private constructor(
    private readonly file: string,
    private readonly take?: (entry: CacheEntry & { record: ArticleRecord }) => void,
  ) {}

  /**
   * Opens (or starts) the cache for a scope in `dir`; an unreadable cache is an empty one. With
   * `take`, each record read is handed over and not kept.
   */
  static async open(dir: string, scope: string, take?: (entry: CacheEntry & { record: ArticleRecord }) => void): Promise<IndexCache> {
    const cache = new IndexCache(join(dir, `index-${hashOf(String(FORMAT), scope).slice(0, 16)}.jsonl`), take);
    await mkdir(dir, { recursive: true }).catch(() => {});
    try {
      for await (const line of linesOf(cache.file)) if (line) cache.load(line, cache.lines++);
    } catch {
      return cache; // no cache yet, or unreadable: start empty
    }
    if (cache.lines > 2 * cache.byPath.size + 100) await cache.compact();
    return cache;
  }

  get entries(): number {
    return this.byPath.size;
  }

  /** The entry of a file unchanged since it was cached (same size and modification time). */
  unchanged(path: string, mtimeMs: number, size: number): CacheEntry | undefined {
    const e = this.byPath.get(path);
    return e && e.mtimeMs === mtimeMs && e.size === size ? e : undefined;
  }

  /** An entry with this content key (the file changed on disk but not in content, or was copied). */
  withKey(key: string): CacheEntry | undefined {
    return this.byKey.get(key);
  }

  put(entry: NewEntry): void {
    const { recordJson, record, ...rest } = entry;
    this.remember({ ...rest, file: record.file, ...(this.take ? {} : { record }) }, this.lines++);
    const head = JSON.stringify({ key: entry.key, path: entry.path, mtimeMs: entry.mtimeMs, size: entry.size });
    const json = entry.json === undefined ? '' : `,"json":${JSON.stringify(entry.json)}`;
    this.pending.push(`${head.slice(0, -1)},"record":${recordJson ?? JSON.stringify(record)}${json}}`);
  }

  /** Paths cached but not in `live`: forgotten (their lines go at the next compaction). */
  retain(live: ReadonlySet<string>): void {
    for (const path of [...this.byPath.keys()]) if (!live.has(path)) this.byPath.delete(path);
  }

  /** Writes the entries put since the last flush. */
  flush(): Promise<void> {
    const lines = this.pending.splice(0);
    if (lines.length) this.writing = this.writing.then(() => appendFile(this.file, lines.join('\n') + '\n').catch(() => {}));
    return this.writing;
  }

  private load(line: string, at: number): void {
    let entry: CacheEntry & { record: ArticleRecord };
    try {
      entry = JSON.parse(line) as CacheEntry & { record: ArticleRecord };
    } catch {
      return; // a line cut short by a crash: skipped
    }
    if (typeof entry.key !== 'string' || typeof entry.path !== 'string' || !entry.record || typeof entry.record.file !== 'string') return;
    entry.file = entry.record.file;
    if (!this.take) return this.remember(entry, at);
    this.remember(
      { key: entry.key, path: entry.path, mtimeMs: entry.mtimeMs, size: entry.size, file: entry.file, ...(entry.json ? { json: entry.json } : {}) },
      at,
    );
    this.take(entry);
  }

  private remember(entry: CacheEntry, line: number): void {
    const e = { ...entry, line };
    this.byPath.set(e.path, e);
    this.byKey.set(e.key, e);
  }

  /** Rewrites the file with the live lines alone, read again from it (the records need not be in memory). */
  private async compact(): Promise<void> {
    const live = new Set([...this.byPath.values()].map((e) => e.line));
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      const out = await open(tmp, 'w');
      let at = 0;
      let kept = 0;
      try {
        for await (const line of linesOf(this.file)) {
          if (line && live.has(at)) {
            await out.write(`${line}\n`);
            this.byPath.get((JSON.parse(line) as CacheEntry).path)!.line = kept++;
          }
          if (line) at++;
        }
      } finally {
        await out.close();
      }
      await rename(tmp, this.file);
      this.lines = kept;
    } catch {
      // a read-only cache folder: keep reading the long file
    }
  }
}
