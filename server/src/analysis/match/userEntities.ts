// User entities as a name table: every name and alias of every valid entry, the entry itself as
// the payload (JSON), so a table in shared memory carries all a match needs to the worker threads.
import type { EntityKind, UserEntities, UserEntity } from '../types';
import { buildNameTable, payloadOf, tableFor, type NameTable } from './names';

const KINDS: ReadonlySet<string> = new Set<EntityKind>(['person', 'organization', 'country', 'place']);

const isUsable = (u: UserEntity | undefined): u is UserEntity =>
  !!u && typeof u.name === 'string' && !!u.name.trim() && KINDS.has(u.kind);

/** The table of a list of user entities (in shared memory when `shared`). */
export function userEntityTable(users: readonly UserEntity[], shared = false): NameTable {
  const kept = users.filter(isUsable);
  const names: string[] = [];
  const values: number[] = [];
  const add = (name: unknown, value: number) => {
    if (typeof name !== 'string' || !name.trim()) return;
    names.push(name.trim());
    values.push(value);
  };
  kept.forEach((u, value) => {
    add(u.name, value);
    if (Array.isArray(u.aliases)) for (const alias of u.aliases) add(alias, value);
  });
  return buildNameTable(names, values, kept.map((u) => JSON.stringify(u)), shared);
}

/** The table user entities are matched with: the one they carry, or one built (once) from the list. */
export function tableOf(user: UserEntities | undefined): NameTable | undefined {
  if (user?.table) return user.table;
  return Array.isArray(user?.entities) && user.entities.length ? tableFor(user.entities, (list) => userEntityTable(list)) : undefined;
}

/** The user entity a match's value stands for. */
export function userEntityOf(table: NameTable, value: number): UserEntity {
  return JSON.parse(payloadOf(table, value)) as UserEntity;
}
