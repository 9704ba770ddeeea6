// The one loader of named entries, for world knowledge (data/*.json) and the user's entities
// (`.newslens.json`): both are lists of `{name, kind, aliases?, role?, roleOf?}` plus fields of
// their own. Entries without a name or a known kind are left out; names are trimmed.
import type { UserEntity } from '../types';
import { KINDS } from './lexicon';

export interface LoadedEntry<T> {
  entry: T;
  /** The entry's place in its list (user entities are keyed by it). */
  index: number;
  /** The name, then the aliases: trimmed, none empty. */
  names: string[];
}

export function loadEntries<T extends UserEntity>(list: unknown): LoadedEntry<T>[] {
  if (!Array.isArray(list)) return [];
  const out: LoadedEntry<T>[] = [];
  list.forEach((u: T | undefined, index) => {
    if (!u || typeof u.name !== 'string' || !u.name.trim() || !KINDS.has(u.kind)) return;
    const names = [u.name, ...(Array.isArray(u.aliases) ? u.aliases : [])].filter((s) => typeof s === 'string' && s.trim()).map((s) => s.trim());
    out.push({ entry: u, index, names });
  });
  return out;
}
