// User entities as a name table: every name and alias of every valid entry, the entry itself as
// the payload (JSON), so a table in shared memory carries all a match needs to the worker threads.
import { loadEntries } from '../entities/entries';
import type { UserEntities, UserEntity } from '../types';
import { buildNameTable, payloadOf, tableFor, type NameTable } from './names';

/** The table of a list of user entities (in shared memory when `shared`); entries are read by the
 * one loader of named entries, as world knowledge is. */
export function userEntityTable(users: readonly UserEntity[], shared = false): NameTable {
  const kept = loadEntries<UserEntity>(users);
  const names: string[] = [];
  const values: number[] = [];
  kept.forEach(({ names: all }, value) => {
    for (const name of all) {
      names.push(name);
      values.push(value);
    }
  });
  return buildNameTable(
    names,
    values,
    kept.map(({ entry }) => JSON.stringify(entry)),
    shared,
  );
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
