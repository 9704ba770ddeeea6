// Indexes one article file for the workspace index and the CLI: from the cache when the file (or
// its content) is unchanged, else through the worker pool. Bad files come back as an error, never
// a throw.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ArticleRecord } from '../analysis/ledger/types';
import type { UserEntities } from '../analysis/types';
import { decodeText } from '../textFile';
import { hashOf, type IndexCache } from './indexCache';
import type { IndexPool } from './indexPool';

export interface IndexedArticle {
  record: ArticleRecord;
  json?: string;
  /** True when it came from the cache. */
  cached: boolean;
}

export interface IndexTarget {
  path: string;
  /** The name its record carries. */
  file: string;
  userEntities?: UserEntities;
  /** The user's date for it. */
  date?: string;
}

export interface IndexerContext {
  pool: IndexPool;
  cache?: IndexCache;
  maxFileSize: number;
  /** Ask for the CLI's JSON line too. */
  json: boolean;
}

/** The article's record (and JSON), or why it could not be indexed. */
export async function indexFile(target: IndexTarget, ctx: IndexerContext): Promise<IndexedArticle | { error: string }> {
  let info;
  try {
    info = await stat(target.path);
  } catch (error) {
    return { error: readProblem(error) };
  }
  if (!info.isFile()) return { error: 'not a file' };
  if (info.size > ctx.maxFileSize) return { error: `too large (${info.size} bytes; the limit is ${ctx.maxFileSize})` };
  const fresh = ctx.cache?.unchanged(target.path, info.mtimeMs, info.size);
  if (fresh && (!ctx.json || fresh.json) && fresh.record.file === target.file) return { record: fresh.record, json: fresh.json, cached: true };
  let bytes: Buffer;
  try {
    bytes = await readFile(target.path);
  } catch (error) {
    return { error: readProblem(error) };
  }
  const decoded = decodeText(bytes);
  if ('error' in decoded) return decoded;
  // The date may come from the modification day: the key holds it when nothing else tells the date.
  const key = hashOf(bytes, basename(target.path), target.date ?? '', target.file);
  const known = ctx.cache?.withKey(key);
  if (known && (!ctx.json || known.json) && known.record.date?.source !== 'modified') {
    ctx.cache?.put({ ...known, path: target.path, mtimeMs: info.mtimeMs, size: info.size });
    return { record: known.record, json: known.json, cached: true };
  }
  try {
    const result = await ctx.pool.run({
      text: decoded.text,
      file: target.file,
      fileName: target.path,
      mtimeMs: info.mtimeMs,
      date: target.date,
      userEntities: target.userEntities,
      json: ctx.json,
    });
    ctx.cache?.put({ key, path: target.path, mtimeMs: info.mtimeMs, size: info.size, record: result.record, ...(result.json ? { json: result.json } : {}) });
    return { record: result.record, json: result.json, cached: false };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function readProblem(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'EACCES') return 'permission denied';
  return `cannot read: ${e.message}`;
}

/** The scope of a cache: the models and analysis code (the running bundle and the model files) and the user entities. */
export async function cacheScope(bundle: string, models: readonly string[], userEntities: unknown): Promise<string> {
  const files = await Promise.all([bundle, ...models].map((file) => readFile(file).catch(() => Buffer.from(''))));
  return hashOf(...files, JSON.stringify(userEntities ?? null));
}
