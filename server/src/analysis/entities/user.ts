// Pass: user entities. Exact occurrences of the names and aliases the user gave take precedence
// over the tagger; names the user ignores are noted for the assembly of entities.
import type { Token, UserEntity } from '../types';
import { add, byRule, type Cand, cover, type EntityContext } from './context';
import { loadEntries } from './entries';
import * as world from './world';

export function userEntitiesPass(ctx: EntityContext): void {
  const { user } = ctx;
  ctx.ignored = new Set((Array.isArray(user?.ignore) ? user.ignore : []).filter((s) => typeof s === 'string').map((s) => world.lookupKey(s).toLowerCase()));
  for (const c of findUserMentions(ctx.text, ctx.tokens, user?.entities)) {
    cover(ctx, c.first, c.end);
    add(ctx, c);
  }
}

/** Occurrences of user-given names and aliases that start and end on token boundaries. */
function findUserMentions(text: string, tokens: Token[], list: unknown): Cand[] {
  const users = loadEntries<UserEntity>(list);
  if (users.length === 0) return [];
  const startTok = new Map<number, number>();
  const endTok = new Map<number, number>();
  tokens.forEach((t, i) => {
    startTok.set(t.start, i);
    endTok.set(t.end, i);
  });
  const out: Cand[] = [];
  for (const { entry: u, index, names } of users) {
    for (const needle of names) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(needle, from);
        if (at < 0) break;
        from = at + needle.length;
        const a = startTok.get(at);
        const b = endTok.get(at + needle.length);
        if (a === undefined || b === undefined || b < a) continue;
        out.push({ first: a, end: b + 1, start: at, stop: at + needle.length, kind: u.kind, form: 'name', key: 'U:' + index, user: u, why: byRule('user.entity') });
      }
    }
  }
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
