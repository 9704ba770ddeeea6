// The index's cache on disk: one JSON-lines file per scope (model version + user entities), one
// line per indexed article: its path, size and modification time (a file unchanged on disk is not
// even read), the key of its content (a file whose content is unchanged is not analysed again),
// its record and, for the CLI, its JSON line. New entries are appended; the file is rewritten
// without superseded lines when they outnumber the live ones. A damaged line is skipped.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { ArticleRecord } from '../analysis/ledger/types';

export interface CacheEntry {
  /** Hash of the content, the file's base name and the user's date for it. */
  key: string;
  path: string;
  mtimeMs: number;
  size: number;
  record: ArticleRecord;
  json?: string;
}

/** The format of the lines; a change makes every cache file a new one. */
const FORMAT = 1;

export function hashOf(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
}

export class IndexCache {
  private byPath = new Map<string, CacheEntry>();
  private byKey = new Map<string, CacheEntry>();
  private pending: string[] = [];
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly file: string) {}

  /** Opens (or starts) the cache for a scope in `dir`; an unreadable cache is an empty one. */
  static async open(dir: string, scope: string): Promise<IndexCache> {
    const cache = new IndexCache(join(dir, `index-${hashOf(String(FORMAT), scope).slice(0, 16)}.jsonl`));
    await mkdir(dir, { recursive: true }).catch(() => {});
    let lines = 0;
    try {
      // Line by line: the whole file never sits in memory as one string.
      const reader = createInterface({ input: createReadStream(cache.file, { encoding: 'utf8' }), crlfDelay: Infinity });
      for await (const line of reader) {
        if (!line) continue;
        lines++;
        cache.load(line);
      }
    } catch {
      return cache; // no cache yet, or unreadable: start empty
    }
    if (lines > 2 * cache.byPath.size + 100) await cache.compact();
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

  put(entry: CacheEntry): void {
    this.remember(entry);
    this.pending.push(JSON.stringify(entry));
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

  private load(line: string): void {
    try {
      const entry = JSON.parse(line) as CacheEntry;
      if (typeof entry.key === 'string' && typeof entry.path === 'string' && entry.record) this.remember(entry);
    } catch {
      // a line cut short by a crash: skipped
    }
  }

  private remember(entry: CacheEntry): void {
    this.byPath.set(entry.path, entry);
    this.byKey.set(entry.key, entry);
  }

  private async compact(): Promise<void> {
    const tmp = `${this.file}.${process.pid}.tmp`;
    const text = [...this.byPath.values()].map((e) => JSON.stringify(e)).join('\n');
    try {
      await writeFile(tmp, text ? `${text}\n` : '');
      await rename(tmp, this.file);
    } catch {
      // a read-only cache folder: keep reading the long file
    }
  }
}
