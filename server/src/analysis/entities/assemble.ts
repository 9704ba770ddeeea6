// Pass: entities from the clustered mentions, in order of first mention: the canonical name (the
// user's, world knowledge's, or the fullest name written), aliases, and the rules that decided them;
// names the user ignores left out, names the user says are not the same split off (split.ts).
import type { Entity, Mention } from '../types';
import type { Cand, EntityContext } from './context';
import { namesOf, notSameByFrom, splitOff } from './split';
import { isShouting, titleCase } from './names';
import * as world from './world';

export function assemblePass(ctx: EntityContext): void {
  const { groups, ignored } = ctx;
  for (const c of ctx.mentions) {
    const g = groups.get(c.key);
    if (g) g.push(c);
    else groups.set(c.key, [c]);
  }
  const isIgnored = (s: string): boolean => ignored.has(world.lookupKey(s).toLowerCase());
  for (const [key, group] of groups) {
    const e = makeEntity(ctx.text, group);
    if (ignored.size) {
      if (isIgnored(e.name)) continue;
      e.mentions = e.mentions.filter((m) => !isIgnored(m.text));
      if (e.mentions.length === 0) continue;
      e.aliases = e.aliases.filter((a) => !isIgnored(a));
    }
    ctx.entityOfKey.set(key, e);
    ctx.entities.push(e);
  }
  const notSame = ctx.user?.notSame?.length ? notSameByFrom(ctx.user.notSame, namesOf(ctx.entities)) : undefined;
  if (!notSame?.size) return;
  for (const e of [...ctx.entities]) {
    const off = splitOff(e, notSame);
    if (off) ctx.entities.push(off);
  }
  ctx.entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** The fullest name of a group: most tokens, then longest, then not in capitals (a dateline's "SEOUL"). */
function fullestName(text: string, group: Cand[]): Cand | undefined {
  let best: Cand | undefined;
  const rank = (c: Cand): number[] => {
    const t = text.slice(c.start, c.stop);
    return [c.end - c.first, c.stop - c.start, t === t.toUpperCase() ? 0 : 1];
  };
  for (const c of group) {
    if (c.form !== 'name') continue;
    if (!best) {
      best = c;
      continue;
    }
    const r = rank(c);
    const q = rank(best);
    if (r[0] > q[0] || (r[0] === q[0] && (r[1] > q[1] || (r[1] === q[1] && r[2] > q[2])))) best = c;
  }
  return best;
}

/** True when `word` stands in the text as a whole word. */
function wordAt(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

function makeEntity(text: string, group: Cand[]): Entity {
  const first = group[0];
  const mentions: Mention[] = group.map((c) => ({ start: c.start, end: c.stop, text: text.slice(c.start, c.stop), form: c.form }));
  let name = first.user?.name ?? first.known;
  let titled = false;
  if (!name) {
    const best = fullestName(text, group);
    name = (best ? text.slice(best.start, best.stop) : mentions[0].text).replace(/\s+/g, ' ');
    // A place named only in capitals (a dateline's "ANKARA") takes the form the text writes it in
    // elsewhere ("Ankara", standing for its state there).
    const written = isShouting(name) ? titleCase(name) : '';
    if (first.kind === 'place' && written && wordAt(text, written)) {
      name = written;
      titled = true;
    }
  }
  const aliases: string[] = [];
  const seen = new Set([name]);
  const raw = new Set<string>();
  for (const m of mentions) {
    if (raw.has(m.text)) continue;
    raw.add(m.text);
    const t = m.text.replace(/\s+/g, ' ');
    if (!seen.has(t)) {
      seen.add(t);
      aliases.push(t);
    }
  }
  const why: string[] = [];
  for (const c of group) for (const id of c.why) if (!why.includes(id)) why.push(id);
  if (titled) why.push('name.title-case');
  return { id: '', kind: first.kind, name, aliases, mentions, why };
}
