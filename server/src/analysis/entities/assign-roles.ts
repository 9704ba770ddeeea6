// Pass: roles tied to people, in text order so that coordinations inherit the owner ("... and
// Defense Minister Z"); then the roles the user gave.
import type { Entity, EntityKind, Token } from '../types';
import type { Cand, EntityContext } from './context';
import { FACILITY_HEADS } from './lexicon';
import { findRole, type RoleContext } from './roles';

export function rolesPass(ctx: EntityContext): void {
  const { mentions, entityOfKey } = ctx;
  const personOwner = new Map<number, number>();
  const roles = makeRoleContext(ctx.text, ctx.tokens, mentions, personOwner, ctx.sentenceStart);
  const withRole = new Set<Entity>();
  mentions.forEach((c, m) => {
    if (c.kind !== 'person') return;
    const e = entityOfKey.get(c.key);
    if (!e || (withRole.has(e) && e.roleOf !== undefined)) return;
    const found = findRole(roles, c.first, c.end);
    if (!found) return;
    if (found.owner !== undefined) personOwner.set(m, found.owner);
    const owner = found.owner !== undefined ? entityOfKey.get(mentions[found.owner].key) : undefined;
    if (!withRole.has(e) || owner) {
      e.role = found.role;
      if (owner) e.roleOf = owner.name;
      withRole.add(e);
      addRule(e, found.rule);
      if (found.ownerRule && owner) addRule(e, found.ownerRule);
    }
  });
  for (const [key, e] of entityOfKey) {
    const u = ctx.groups.get(key)?.[0]?.user;
    if (typeof u?.role === 'string' && u.role) {
      e.role = u.role;
      addRule(e, 'role.user');
    }
    if (typeof u?.roleOf === 'string' && u.roleOf) {
      e.roleOf = u.roleOf;
      addRule(e, 'role.user-owner');
    }
  }
}

function addRule(e: Entity, id: string): void {
  if (e.why && !e.why.includes(id)) e.why.push(id);
}

/** Where the role finder looks up mentions around a person; `sentenceStart` finds what "its" means. */
export function makeRoleContext(text: string, tokens: Token[], list: Cand[], personOwner: Map<number, number>, sentenceStart?: Uint8Array): RoleContext {
  const endAt = new Map<number, number>();
  const startAt = new Map<number, number>();
  const inside = new Uint8Array(tokens.length);
  list.forEach((c, m) => {
    if (c.stop === tokens[c.end - 1].end) endAt.set(c.end, m);
    if (c.start === tokens[c.first].start) startAt.set(c.first, m);
    for (let k = c.first; k < c.end; k++) inside[k] = 1;
  });
  return {
    tokens,
    text,
    mentionEndingAt: (i) => endAt.get(i) ?? -1,
    mentionStartingAt: (i) => startAt.get(i) ?? -1,
    mentionEnd: (m) => list[m].end,
    mentionFirst: (m) => list[m].first,
    isOwner: (m) => list[m].kind !== 'person',
    isPlace: (m) => list[m].kind === 'place',
    isPerson: (m) => list[m].kind === 'person',
    ownerOfPerson: (m) => personOwner.get(m),
    inMention: (i) => inside[i] === 1,
    organizationFor: (i) => (sentenceStart ? firstNear(list, sentenceStart, i, 'organization') : undefined),
    placeFor: (i) => lastBefore(list, i, 'place', (m) => !FACILITY_HEADS.has(tokens[list[m].end - 1].norm)),
    placeCalled: (i, noun) => lastBefore(list, i, 'place', (m) => calledSo(tokens, list[m], noun)),
    lastBefore: (i, kind, back) => {
      const from = back !== undefined && sentenceStart ? sentencesBack(sentenceStart, i, back) : 0;
      return lastBefore(list, i, kind, (m) => list[m].first >= from);
    },
    placeNear: (i) => (sentenceStart ? firstNear(list, sentenceStart, i, 'place') : undefined),
    bodyNamed: (i, noun, near) => {
      let found: number | undefined;
      const from = near && sentenceStart ? sentencesBack(sentenceStart, i, 2) : 0;
      for (let m = 0; m < list.length && list[m].first < i; m++) {
        if (list[m].kind !== 'organization' || list[m].first < from) continue;
        for (let k = list[m].first; k < list[m].end; k++) if (tokens[k].norm.toLowerCase() === noun) found = m;
      }
      return found;
    },
    countryFor: (i) => (sentenceStart ? firstNear(list, sentenceStart, i, 'country') : undefined),
  };
}

/** True when the text calls mention c a `noun`: "c, a village of ...", "c, the mining town", "the village of c". */
function calledSo(tokens: Token[], c: Cand, noun: string): boolean {
  const low = (k: number): string => (k >= 0 && k < tokens.length ? tokens[k].norm.toLowerCase() : '');
  if (low(c.first - 1) === 'of' && low(c.first - 2) === noun) return true;
  if (low(c.end) !== ',' || !['a', 'an', 'the'].includes(low(c.end + 1))) return false;
  for (let k = c.end + 2; k < Math.min(tokens.length, c.end + 5); k++) if (low(k) === noun) return true;
  return false;
}

/** The first token of the sentence `back` sentences before token i's. */
function sentencesBack(sentenceStart: Uint8Array, i: number, back: number): number {
  let k = i;
  for (let left = back; k > 0; k--) if (sentenceStart[k] && left-- === 0) break;
  return k;
}

/** The last mention of that kind before token i (mentions are in text order) that `keep` keeps. */
function lastBefore(list: Cand[], i: number, kind: EntityKind, keep?: (m: number) => boolean): number | undefined {
  let found: number | undefined;
  for (let m = 0; m < list.length && list[m].first < i; m++) if (list[m].kind === kind && (!keep || keep(m))) found = m;
  return found;
}

/** Mentions in text order, for "its": the first mention of the kind in this sentence or the one before. */
function firstNear(list: Cand[], sentenceStart: Uint8Array, i: number, kind: Cand['kind']): number | undefined {
  let sentence = i;
  while (sentence > 0 && !sentenceStart[sentence]) sentence--;
  let previous = sentence - 1;
  while (previous > 0 && !sentenceStart[previous]) previous--;
  let firstHere: number | undefined;
  let firstBefore: number | undefined;
  // Mentions are sorted by position: a binary search finds those before i.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].first < Math.max(0, previous)) lo = mid + 1;
    else hi = mid;
  }
  for (let m = lo; m < list.length && list[m].first < i; m++) {
    if (list[m].kind !== kind) continue;
    if (list[m].first >= sentence) firstHere ??= m;
    else firstBefore ??= m;
  }
  return firstHere ?? firstBefore;
}
