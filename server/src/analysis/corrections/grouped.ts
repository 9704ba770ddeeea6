// A long list of the user's entries grouped by a key once per list (kept while the list lives), so
// that each article looks up only its own keys: one pass over the list, not one per analysis.
const caches = new Map<string, WeakMap<readonly unknown[], Map<string, unknown[]>>>();

/** The entries of `list` by `key` (entries without a key left out), built once per list and `kind`. */
export function groupedOnce<T>(kind: string, list: readonly T[], key: (entry: T) => string | undefined): Map<string, T[]> {
  let cache = caches.get(kind);
  if (!cache) caches.set(kind, (cache = new WeakMap()));
  let index = cache.get(list) as Map<string, T[]> | undefined;
  if (index) return index;
  index = new Map();
  for (const entry of list) {
    const k = key(entry);
    if (k === undefined) continue;
    const entries = index.get(k);
    if (entries) entries.push(entry);
    else index.set(k, [entry]);
  }
  cache.set(list, index as Map<string, unknown[]>);
  return index;
}
