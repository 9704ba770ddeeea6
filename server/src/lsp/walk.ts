// Finding article files under a folder: by extension, in name order, hidden folders and build
// output skipped, excluded paths left out, at most `max` files.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', 'dist', 'out']);
const MAX_DEPTH = 30;

export interface WalkOptions {
  extensions: readonly string[];
  isExcluded?: (path: string) => boolean;
  max?: number;
}

/** Adds the article files under `dir` to `found` (in name order). */
export async function walkArticles(dir: string, options: WalkOptions, found: string[], depth = 0): Promise<void> {
  const max = options.max ?? Infinity;
  if (depth > MAX_DEPTH || found.length >= max) return;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of entries) {
    if (found.length >= max) return;
    const path = join(dir, d.name);
    if (options.isExcluded?.(path)) continue;
    if (d.isDirectory()) {
      if (!d.name.startsWith('.') && !SKIP_DIRS.has(d.name)) await walkArticles(path, options, found, depth + 1);
    } else if (d.isFile() && options.extensions.some((ext) => d.name.endsWith(ext))) {
      found.push(path);
    }
  }
}

/** The file extensions of the annotated languages ids (`news`, `plaintext`, `markdown`). */
export function extensionsOf(languages: readonly string[]): string[] {
  const known: Record<string, string[]> = { news: ['.news'], plaintext: ['.txt'], markdown: ['.md', '.markdown'] };
  return [...new Set(languages.flatMap((id) => known[id] ?? []))];
}
