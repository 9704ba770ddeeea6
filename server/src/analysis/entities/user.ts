// Pass: user entities. Exact occurrences of the names and aliases the user gave take precedence
// over the tagger; names the user ignores are noted for the assembly of entities.
import { findNames } from '../match/names';
import { tableOf, userEntityOf } from '../match/userEntities';
import type { Token, UserEntities, UserEntity } from '../types';
import { add, byRule, type Cand, cover, type EntityContext } from './context';
import * as world from './world';

export function userEntitiesPass(ctx: EntityContext): void {
  const { user } = ctx;
  ctx.ignored = new Set((Array.isArray(user?.ignore) ? user.ignore : []).filter((s) => typeof s === 'string').map((s) => world.lookupKey(s).toLowerCase()));
  for (const c of findUserMentions(ctx.text, ctx.tokens, user)) {
    cover(ctx, c.first, c.end);
    add(ctx, c);
  }
}

/** Occurrences of user-given names and aliases that start and end on token boundaries, found in one
 * pass over the text with the user entities' name table. */
function findUserMentions(text: string, tokens: Token[], user: UserEntities | undefined): Cand[] {
  const table = tableOf(user);
  if (!table) return [];
  const decoded = new Map<number, UserEntity>();
  const entity = (value: number): UserEntity => {
    let u = decoded.get(value);
    if (!u) decoded.set(value, (u = userEntityOf(table, value)));
    return u;
  };
  const out: Cand[] = findNames(table, text, tokens).map((m) => {
    const u = entity(m.value);
    return { first: m.first, end: m.end, start: m.start, stop: m.stop, kind: u.kind, form: 'name', key: 'U:' + m.value, user: u, why: byRule('user.entity') };
  });
  out.sort((x, y) => x.start - y.start || y.stop - x.stop);
  const kept: Cand[] = [];
  let lastEnd = -1;
  for (const c of out) {
    if (c.first < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}
