// The user's "not the same" corrections (`notSame: [{name, from}]`): mentions written `name` are
// split off the entity named or aliased `from` into an entity of their own (same kind), which records
// the rule id `user.correction-notsame`.
import { groupedOnce } from '../corrections/grouped';
import type { Entity, NotSame } from '../types';
import * as world from './world';

const keyOf = (s: string): string => world.lookupKey(s.replace(/\s+/g, ' ').trim()).toLowerCase();

/**
 * The names to split off each entity name, by look-up key, for the entities' names (`names`, lower
 * case): an article looks up only its own names in the list's index.
 */
export function notSameByFrom(list: readonly NotSame[] | undefined, names: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!Array.isArray(list)) return out;
  const index = groupedOnce('notSame', list, (n) =>
    n && typeof n.name === 'string' && typeof n.from === 'string' && n.name.trim() && n.from.trim() ? n.from.trim().toLowerCase() : undefined,
  );
  for (const name of names) {
    for (const n of index.get(name) ?? []) {
      const from = keyOf(n.from);
      let off = out.get(from);
      if (!off) out.set(from, (off = new Set()));
      off.add(keyOf(n.name));
    }
  }
  return out;
}

/** The lower-case names and aliases of entities, as written and as look-up keys. */
export function namesOf(entities: readonly Entity[]): Set<string> {
  const names = new Set<string>();
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) {
      names.add(n.toLowerCase());
      names.add(keyOf(n));
    }
  }
  return names;
}

/** Splits the mentions the user said are not `e` off it: the entity split off, or undefined. */
export function splitOff(e: Entity, notSame: Map<string, Set<string>>): Entity | undefined {
  const names = new Set<string>();
  for (const n of [e.name, ...e.aliases]) for (const name of notSame.get(keyOf(n)) ?? []) names.add(name);
  if (names.size === 0 || names.has(keyOf(e.name))) return undefined;
  const off = e.mentions.filter((m) => names.has(keyOf(m.text)));
  if (off.length === 0 || off.length === e.mentions.length) return undefined;
  e.mentions = e.mentions.filter((m) => !names.has(keyOf(m.text)));
  e.aliases = e.aliases.filter((a) => !names.has(keyOf(a)));
  const name = off[0].text.replace(/\s+/g, ' ');
  const aliases = [...new Set(off.map((m) => m.text.replace(/\s+/g, ' ')))].filter((a) => a !== name);
  return { id: '', kind: e.kind, name, aliases, mentions: off, why: ['user.correction-notsame'] };
}
