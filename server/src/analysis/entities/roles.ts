// Titles tied to people: "Japan's Foreign Minister Kamikawa Yoko", "US Secretary of State Antony
// Blinken", "Acme Foods chief executive and chair Tom Reyes", "X, the prime minister of Y",
// "Y's finance minister, X", and coordinations that share the owner ("... and Defense Minister Z").
import { POSSESSIVE } from '../lexicon/common';
import type { Token } from '../types';
import {
  BODY_NOUNS,
  COUNTERPARTS,
  DETERMINERS,
  LOCAL_HEADS,
  MODIFIERS,
  OWNING_BODY_NOUNS,
  PLACE_NOUNS,
  PORTFOLIOS,
  STATE_HEADS,
  BODY_HEADS,
  TITLE_HEADS,
} from './lexicon';

/** Where the tokens around a person mention can find owners (countries, organizations, people). */
export interface RoleContext {
  tokens: readonly Token[];
  text: string;
  /** Index of the mention (any kind) that ends at token i (exclusive end), or -1. */
  mentionEndingAt(i: number): number;
  /** Index of the mention that starts at token i, or -1. */
  mentionStartingAt(i: number): number;
  /** Token index one past mention m. */
  mentionEnd(m: number): number;
  /** Token index of mention m's first token. */
  mentionFirst(m: number): number;
  /** Kind of mention m: owners are countries, organizations and places. */
  isOwner(m: number): boolean;
  /** True when mention m is a place (it owns local offices only). */
  isPlace(m: number): boolean;
  /** True when mention m is a person. */
  isPerson(m: number): boolean;
  /** Whose role person mention m was found to have (for coordinations). */
  ownerOfPerson(m: number): number | undefined;
  /** True when token i is inside some mention. */
  inMention(i: number): boolean;
  /** The organization "its" at token i most likely means: the first named in this sentence or the one before. */
  organizationFor(i: number): number | undefined;
  /** The last organization before token i whose name holds `noun` as a word ("the federation's": "... Cycling Federation"). */
  bodyNamed(i: number, noun: string): number | undefined;
  /** The place "the city's" at token i means: the last place named before it. */
  placeFor(i: number): number | undefined;
  /** The place named first in token i's sentence (before i) or else in the sentence before. */
  placeNear(i: number): number | undefined;
  /** The country named first in token i's sentence (before i) or else in the sentence before. */
  countryFor(i: number): number | undefined;
}

export interface FoundRole {
  role: string;
  /** Mention index of the owner (country or organization). */
  owner?: number;
  /** Id of the rule that found the role ("role.title-before"). */
  rule: string;
  /** Id of the rule that found the owner when another than `rule` did. */
  ownerRule?: string;
}

/** True for a word that ends a title ("minister", "analyst"), plural or not ("analysts"). */
export function isTitleHead(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_HEADS.has(w) || (w.length > 4 && w.endsWith('s') && TITLE_HEADS.has(w.slice(0, -1)));
}

function low(tokens: readonly Token[], i: number): string {
  return tokens[i].norm.toLowerCase();
}

function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return t.kind === 'word' && c >= 65 && c <= 90;
}

/** Validates tokens [s, e) as one title phrase: MOD* HEAD+ ("of"|"for" complement)?. */
function isPhrase(ctx: RoleContext, s: number, e: number): boolean {
  const { tokens } = ctx;
  if (e <= s) return false;
  let of = -1;
  for (let i = s; i < e; i++) {
    const w = low(tokens, i);
    if (w === 'of' || w === 'for') {
      of = i;
      break;
    }
  }
  const headEnd = of < 0 ? e : of;
  if (headEnd <= s || !TITLE_HEADS.has(low(tokens, headEnd - 1))) return false;
  for (let i = s; i < headEnd; i++) {
    const w = low(tokens, i);
    if (!TITLE_HEADS.has(w) && !MODIFIERS.has(w)) return false;
    if (ctx.inMention(i)) return false;
  }
  if (of < 0) return true;
  // Complement: "of State", "for Foreign Affairs", "of the Treasury" (not an entity: that is an owner);
  // in lower case a portfolio or a board: "minister of health", "chairman of the board".
  const n = e - of - 1;
  if (n < 1 || n > 3) return false;
  for (let i = of + 1; i < e; i++) {
    const t = tokens[i];
    if (ctx.inMention(i)) return false;
    if (!(isCapitalized(t) || PORTFOLIOS.has(low(tokens, i)) || (i === of + 1 && low(tokens, i) === 'the') || low(tokens, i) === 'and')) return false;
  }
  return isCapitalized(tokens[e - 1]) || (PORTFOLIOS.has(low(tokens, e - 1)) && low(tokens, e - 1) !== 'the');
}

/** Validates tokens [s, e) as a title: phrases joined by "and" ("chief executive and chair"). */
function isTitle(ctx: RoleContext, s: number, e: number): boolean {
  let a = s;
  for (let i = s; i <= e; i++) {
    if (i === e || (low(ctx.tokens, i) === 'and' && i > a)) {
      if (!isPhrase(ctx, a, i)) return false;
      a = i + 1;
    }
  }
  return true;
}

const MAX_TITLE = 9;

/** The longest title ending right before token p, as its first token, or -1. */
function titleEndingAt(ctx: RoleContext, p: number): number {
  // A title ends in a head word ("Minister") or a complement's capitalised word ("of State").
  if (p < 1 || !(TITLE_HEADS.has(low(ctx.tokens, p - 1)) || isCapitalized(ctx.tokens[p - 1]))) return -1;
  for (let s = Math.max(0, p - MAX_TITLE); s < p; s++) {
    if (isTitle(ctx, s, p)) return s;
  }
  return -1;
}

/** The longest title starting at token s, as its end, or -1. */
function titleStartingAt(ctx: RoleContext, s: number): number {
  const w = low(ctx.tokens, s);
  if (!TITLE_HEADS.has(w) && !MODIFIERS.has(w)) return -1;
  const limit = Math.min(ctx.tokens.length, s + MAX_TITLE);
  for (let e = limit; e > s; e--) {
    if (isTitle(ctx, s, e)) return e;
  }
  return -1;
}

/** Owner standing right before token s: "Japan 's", "US", "Acme Foods", "US counterparts". */
function ownerBefore(ctx: RoleContext, s: number): number | undefined {
  const { tokens } = ctx;
  let i = s;
  if (i > 1 && tokens[i - 1].norm === ',' && COUNTERPARTS.has(low(tokens, i - 2))) i -= 2;
  else if (i > 0 && COUNTERPARTS.has(low(tokens, i - 1))) i--;
  if (i > 0 && POSSESSIVE.has(tokens[i - 1].norm)) i--;
  else if (i > 0 && low(tokens, i - 1) === 'its') return ctx.organizationFor(i - 1);
  const described = describedOwner(ctx, i);
  if (described !== undefined) return described;
  const m = ctx.mentionEndingAt(i);
  if (m >= 0 && ctx.isOwner(m)) return m;
  return undefined;
}

/**
 * "the agency's", "the club's": the body of that sort named last; "the city's": the place named
 * last (a definite description ending right before token i, its possessive already passed).
 */
function describedOwner(ctx: RoleContext, i: number): number | undefined {
  if (i < 2 || low(ctx.tokens, i - 2) !== 'the' || i >= ctx.tokens.length || !POSSESSIVE.has(ctx.tokens[i].norm)) return undefined;
  const noun = low(ctx.tokens, i - 1);
  if (isCapitalized(ctx.tokens[i - 1])) return undefined;
  if (BODY_NOUNS.has(noun) || OWNING_BODY_NOUNS.has(noun)) return ctx.bodyNamed(i - 2, noun) ?? ctx.organizationFor(i - 2);
  if (PLACE_NOUNS.has(noun)) return ctx.placeFor(i - 2);
  return undefined;
}

/** Owner right after token e: "of Japan", "at Acme", "for the Riverside Residents Association". */
function ownerAfter(ctx: RoleContext, e: number): number | undefined {
  const { tokens } = ctx;
  if (e + 1 >= tokens.length) return undefined;
  const w = low(tokens, e);
  if (w !== 'of' && w !== 'at' && w !== 'for') return undefined;
  const m = ctx.mentionStartingAt(low(tokens, e + 1) === 'the' ? e + 2 : e + 1);
  return m >= 0 && ctx.isOwner(m) ? m : undefined;
}

function roleText(ctx: RoleContext, s: number, e: number): string {
  return ctx.text.slice(ctx.tokens[s].start, ctx.tokens[e - 1].end).replace(/\s+/g, ' ');
}

/**
 * The role of the person mention spanning tokens [first, end), from the title before it or an
 * apposition after it; owned by a country or organization, or by a place for local offices.
 */
export function findRole(ctx: RoleContext, first: number, end: number): FoundRole | undefined {
  const found = titleAround(ctx, first, end);
  if (found && found.owner === undefined) {
    const owner = ownerNearby(ctx, first, found.role);
    if (owner !== undefined) return { ...found, owner, ownerRule: 'role.owner-nearby' };
  }
  if (found?.owner !== undefined && ctx.isPlace(found.owner)) {
    const words = found.role.toLowerCase().split(' ');
    const last = words[words.length - 1];
    // "West Bengal's chief minister", "Scotland's first minister": the heads of regions.
    const regional = last === 'minister' && (words[words.length - 2] === 'chief' || words[words.length - 2] === 'first');
    if (!LOCAL_HEADS.has(last) && !regional) return { role: found.role, rule: found.rule };
  }
  return found;
}

/**
 * A title the text gives no owner ("Chief executive Helen Carver said ...", "Finance Minister X
 * said ..."): a minister's is the country named in the sentence or the one before, a mayor's the
 * place named last, another officer's the organization named in the sentence or the one before.
 */
function ownerNearby(ctx: RoleContext, first: number, role: string): number | undefined {
  const words = role.toLowerCase().split(' ');
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  if (of >= 0 && of < words.length - 1) return undefined;
  const head = words[(of < 0 ? words.length : of) - 1];
  // "The Australian Olympic Committee's chief executive, X": an owner named but not found is no guess's.
  const at = ctx.text.lastIndexOf(role, ctx.tokens[first].start);
  if (at > 0 && /['’]s\s*$/.test(ctx.text.slice(Math.max(0, at - 4), at))) return undefined;
  if (STATE_HEADS.has(head)) return ctx.countryFor(first);
  if (LOCAL_HEADS.has(head)) return ctx.placeNear(first);
  return BODY_HEADS.has(head) ? ctx.organizationFor(first) : undefined;
}

/** The role patterns, tried in order: the first that finds a role decides. */
const ROLE_PATTERNS: readonly ((ctx: RoleContext, first: number, end: number) => FoundRole | undefined)[] = [
  titleBefore,
  titleOfOwnerBefore,
  titleCommaBefore,
  appositionAfter,
];

function titleAround(ctx: RoleContext, first: number, end: number): FoundRole | undefined {
  for (const pattern of ROLE_PATTERNS) {
    const found = pattern(ctx, first, end);
    if (found) return found;
  }
  return undefined;
}

/** "Japan's Foreign Minister Kamikawa Yoko", "... and Defense Minister Kihara Minoru". */
function titleBefore(ctx: RoleContext, first: number, end: number): FoundRole | undefined {
  const { tokens } = ctx;
  const s = titleEndingAt(ctx, first);
  if (s < 0) return undefined;
  const role = roleText(ctx, s, first);
  const owner = ownerBefore(ctx, s) ?? ownerAfter(ctx, end);
  if (owner !== undefined) return { role, owner, rule: 'role.title-before' };
  const w = s > 0 ? low(tokens, s - 1) : '';
  if (w === 'and' || w === ',') {
    const prev = ctx.mentionEndingAt(s - 1);
    if (prev >= 0 && ctx.isPerson(prev)) {
      const inherited = ctx.ownerOfPerson(prev);
      if (inherited !== undefined) return { role, owner: inherited, rule: 'role.coordination' };
    }
  }
  return { role, rule: 'role.title-before' };
}

/** "the head of the IMF, X": a title, its owner, then the name. */
function titleOfOwnerBefore(ctx: RoleContext, first: number): FoundRole | undefined {
  const { tokens } = ctx;
  if (!(first > 3 && tokens[first - 1].norm === ',')) return undefined;
  const m = ctx.mentionEndingAt(first - 1);
  if (m < 0 || !ctx.isOwner(m)) return undefined;
  let p = ctx.mentionFirst(m);
  if (p > 0 && low(tokens, p - 1) === 'the') p--;
  const w = p > 0 ? low(tokens, p - 1) : '';
  if (w !== 'of' && w !== 'at' && w !== 'for') return undefined;
  const t = titleEndingAt(ctx, p - 1);
  return t >= 0 ? { role: roleText(ctx, t, p - 1), owner: m, rule: 'role.title-of-owner-before' } : undefined;
}

/** "Y's finance minister, X" / "the finance minister, X". */
function titleCommaBefore(ctx: RoleContext, first: number): FoundRole | undefined {
  const { tokens } = ctx;
  if (!(first > 1 && tokens[first - 1].norm === ',')) return undefined;
  const s = titleEndingAt(ctx, first - 1);
  if (s < 0) return undefined;
  const owner = ownerBefore(ctx, s);
  const before = s > 0 ? low(tokens, s - 1) : '';
  const detOk = owner !== undefined || s === 0 || DETERMINERS.has(before) || POSSESSIVE.has(before);
  return detOk ? { role: roleText(ctx, s, first - 1), owner, rule: 'role.title-comma-before' } : undefined;
}

/** "X, the prime minister of Y" / "X, Y's finance minister" / "X, chief executive of Acme". */
function appositionAfter(ctx: RoleContext, _first: number, end: number): FoundRole | undefined {
  const { tokens } = ctx;
  if (!(end < tokens.length && tokens[end].norm === ',')) return undefined;
  let a = end + 1;
  // "X, 58, the prime minister of Y": over the age.
  if (a + 1 < tokens.length && tokens[a].kind === 'number' && tokens[a + 1].norm === ',') a += 2;
  const opening = appositionOwner(ctx, a);
  a = opening.at;
  const { owner } = opening;
  const e = a < tokens.length ? titleStartingAt(ctx, a) : -1;
  if (e > a) return { role: roleText(ctx, a, e), owner: owner ?? ownerAfter(ctx, e), rule: 'role.apposition' };
  // "X, the Conservative leader", "X, a Democratic senator": a capitalised word no name, then the title.
  if (owner === undefined && a > end + 1 && DETERMINERS.has(low(tokens, a - 1)) && a + 1 < tokens.length && isCapitalized(tokens[a]) && !ctx.inMention(a)) {
    const e2 = titleStartingAt(ctx, a + 1);
    if (e2 > a + 1) return { role: roleText(ctx, a, e2), owner: ownerAfter(ctx, e2), rule: 'role.apposition-qualified' };
  }
  return undefined;
}

/** The owner an apposition opening at token a names before its title ("the company's", "Y's", "its"), and where the title may start. */
function appositionOwner(ctx: RoleContext, at: number): { owner?: number; at: number } {
  const { tokens } = ctx;
  let a = at;
  let owner: number | undefined;
  if (a < tokens.length && DETERMINERS.has(low(tokens, a))) {
    if (low(tokens, a) === 'its') owner = ctx.organizationFor(a);
    // "X, the company's president": the body named last.
    else if (low(tokens, a) === 'the' && a + 2 < tokens.length && BODY_NOUNS.has(low(tokens, a + 1)) && POSSESSIVE.has(tokens[a + 2].norm)) {
      owner = ctx.organizationFor(a);
      if (owner !== undefined) a += 2;
    }
    a++;
    // "X, the CMA's chief executive", "X, the City manager": the owner inside the apposition.
    const m = a < tokens.length ? ctx.mentionStartingAt(a) : -1;
    if (owner === undefined && m >= 0 && ctx.isOwner(m)) {
      const j = ctx.mentionEnd(m);
      if (j < tokens.length && POSSESSIVE.has(tokens[j].norm)) return { owner: m, at: j + 1 };
      if (j < tokens.length && titleStartingAt(ctx, j) > j) return { owner: m, at: j };
    }
    return { owner, at: a };
  }
  const m = ctx.mentionStartingAt(a);
  if (m >= 0 && ctx.isOwner(m)) {
    const j = ctx.mentionEnd(m);
    if (j < tokens.length && POSSESSIVE.has(tokens[j].norm)) return { owner: m, at: j + 1 };
  }
  return { owner, at: a };
}

/** Number of leading tokens of [first, end) that form a title (a tagger may include one in a name). */
export function leadingTitleLength(ctx: RoleContext, first: number, end: number): number {
  const w = low(ctx.tokens, first);
  if (!TITLE_HEADS.has(w) && !MODIFIERS.has(w)) return 0;
  for (let e = end - 1; e > first; e--) {
    if (isTitle(ctx, first, e)) return e - first;
  }
  return 0;
}
