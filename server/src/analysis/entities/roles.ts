// Titles tied to people: "Japan's Foreign Minister Kamikawa Yoko", "US Secretary of State Antony
// Blinken", "Acme Foods chief executive and chair Tom Reyes", "X, the prime minister of Y",
// "Y's finance minister, X", and coordinations that share the owner ("... and Defense Minister Z").
import { POSSESSIVE } from '../lexicon/common';
import type { EntityKind, Token } from '../types';
import {
  ACADEMIC_TITLES,
  BODY_NOUNS,
  COPULAS,
  COUNTERPARTS,
  DETERMINERS,
  MODIFIERS,
  NOT_TITLE_WORDS,
  OWNING_BODY_NOUNS,
  PLACE_NOUNS,
  PORTFOLIOS,
  TITLE_HEADS,
} from './lexicon';
import { impliedOwner, placeOwns } from './role-owners';

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
  /** The last organization before token i whose name holds `noun` as a word ("the federation's": "... Cycling Federation"); `near`: named in i's sentence or the two before. */
  bodyNamed(i: number, noun: string, near?: boolean): number | undefined;
  /** The place "the city's" at token i means: the last place named before it (no facility). */
  placeFor(i: number): number | undefined;
  /** The last mention of that kind before token i ("his lawyer": the person named last); `back`: named in i's sentence or as many before. */
  lastBefore(i: number, kind: EntityKind, back?: number): number | undefined;
  /** The last place before token i the text calls a `noun` ("Peine, a village of 400 people", "the town of Vellmar"). */
  placeCalled(i: number, noun: string): number | undefined;
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
  /** Token index of the title's first word. */
  at: number;
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

/** A lower-case word that may qualify a head where a determiner opens the title ("a community leader", "its commission chairman"). */
function isLooseWord(t: Token): boolean {
  return t.kind === 'word' && /^[a-z][a-z-]{2,}$/.test(t.text) && !/(?:ly|ed)$/.test(t.text) && !NOT_TITLE_WORDS.has(t.text);
}

/**
 * Validates tokens [s, e) as one title phrase: MOD* HEAD+ ("of"|"for" complement)?; `loose` also
 * takes up to two other lower-case words before the head ("emergencies chief", "village president").
 */
function isPhrase(ctx: RoleContext, s: number, e: number, loose: boolean): boolean {
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
  let others = 0;
  for (let i = s; i < headEnd; i++) {
    const w = low(tokens, i);
    if (!TITLE_HEADS.has(w) && !MODIFIERS.has(w) && !(loose && isLooseWord(tokens[i]) && ++others <= 2)) return false;
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
function isTitle(ctx: RoleContext, s: number, e: number, loose = false): boolean {
  let a = s;
  for (let i = s; i <= e; i++) {
    if (i === e || (low(ctx.tokens, i) === 'and' && i > a)) {
      if (!isPhrase(ctx, a, i, loose)) return false;
      a = i + 1;
    }
  }
  return true;
}

const MAX_TITLE = 9;

/** The longest title ending right before token p, as its first token, or -1. */
function titleEndingAt(ctx: RoleContext, p: number, loose = false): number {
  // A title ends in a head word ("Minister"), a complement's capitalised word ("of State") or a portfolio ("for housing").
  if (p < 1) return -1;
  const last = low(ctx.tokens, p - 1);
  if (!(TITLE_HEADS.has(last) || isCapitalized(ctx.tokens[p - 1]) || (PORTFOLIOS.has(last) && last !== 'the'))) return -1;
  for (let s = Math.max(0, p - MAX_TITLE); s < p; s++) {
    if (isTitle(ctx, s, p, loose)) return s;
  }
  return -1;
}

/** The longest title starting at token s, as its end, or -1. */
function titleStartingAt(ctx: RoleContext, s: number, loose = false): number {
  const w = low(ctx.tokens, s);
  if (!TITLE_HEADS.has(w) && !MODIFIERS.has(w) && !(loose && isLooseWord(ctx.tokens[s]))) return -1;
  const limit = Math.min(ctx.tokens.length, s + MAX_TITLE);
  for (let e = limit; e > s; e--) {
    if (isTitle(ctx, s, e, loose)) return e;
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
 * "the agency's", "the club's", "the Italian lender's": the body of that sort named last; "the
 * city's": the place named last (a definite description ending right before token i, its
 * possessive already passed; up to two qualifiers between "the" and the noun).
 */
function describedOwner(ctx: RoleContext, i: number): number | undefined {
  const { tokens } = ctx;
  if (i < 2 || i >= tokens.length || !POSSESSIVE.has(tokens[i].norm) || isCapitalized(tokens[i - 1])) return undefined;
  let d = i - 2;
  while (d >= Math.max(0, i - 4) && low(tokens, d) !== 'the' && (isCapitalized(tokens[d]) || isLooseWord(tokens[d]))) d--;
  if (d < 0 || low(tokens, d) !== 'the') return undefined;
  const noun = low(tokens, i - 1);
  if (BODY_NOUNS.has(noun) || OWNING_BODY_NOUNS.has(noun)) return ctx.bodyNamed(d, noun) ?? ctx.organizationFor(d) ?? ctx.lastBefore(d, 'organization', 3);
  if (PLACE_NOUNS.has(noun)) return ctx.placeFor(d);
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
    const implied = impliedOwner(ctx, first, found);
    if (implied) return { ...found, ...implied };
  }
  if (found?.owner !== undefined && ctx.isPlace(found.owner) && !placeOwns(found.role)) return { role: found.role, rule: found.rule, at: found.at };
  return found;
}

/** The role patterns, tried in order: the first that finds a role decides. */
const ROLE_PATTERNS: readonly ((ctx: RoleContext, first: number, end: number) => FoundRole | undefined)[] = [
  titleBefore,
  titleOfOwnerBefore,
  titleCommaBefore,
  appositionAfter,
  counterpartBefore,
  copulaAfter,
  academicTitleBefore,
];

function titleAround(ctx: RoleContext, first: number, end: number): FoundRole | undefined {
  for (const pattern of ROLE_PATTERNS) {
    const found = pattern(ctx, first, end);
    // "Sgt. Luis Ortega, a spokesman,": an apposition says more than a rank alone before the name.
    if (found && found.owner === undefined && found.rule === 'role.title-before' && found.at === first - 1) return appositionAfter(ctx, first, end) ?? found;
    if (found) return found;
  }
  return undefined;
}

/** "Dr Esther Wanjiru", "Prof. Ana Ruiz": an academic title is the role when no other is found. */
function academicTitleBefore(ctx: RoleContext, first: number): FoundRole | undefined {
  return first > 0 && ACADEMIC_TITLES.has(low(ctx.tokens, first - 1))
    ? { role: ctx.tokens[first - 1].text, rule: 'role.academic-title', at: first - 1 }
    : undefined;
}

/** "Japan's Foreign Minister Kamikawa Yoko", "... and Defense Minister Kihara Minoru". */
function titleBefore(ctx: RoleContext, first: number, end: number): FoundRole | undefined {
  const { tokens } = ctx;
  const s = titleEndingAt(ctx, first);
  if (s < 0) return undefined;
  const role = roleText(ctx, s, first);
  const owner = ownerBefore(ctx, s) ?? ownerAfter(ctx, end);
  if (owner !== undefined) return { role, owner, rule: 'role.title-before', at: s };
  const w = s > 0 ? low(tokens, s - 1) : '';
  if (w === 'and' || w === ',') {
    const prev = ctx.mentionEndingAt(s - 1);
    if (prev >= 0 && ctx.isPerson(prev)) {
      const inherited = ctx.ownerOfPerson(prev);
      if (inherited !== undefined) return { role, owner: inherited, rule: 'role.coordination', at: s };
    }
  }
  return { role, rule: 'role.title-before', at: s };
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
  return t >= 0 ? { role: roleText(ctx, t, p - 1), owner: m, rule: 'role.title-of-owner-before', at: t } : undefined;
}

/** "Y's finance minister, X" / "the finance minister, X" / "a community leader, X". */
function titleCommaBefore(ctx: RoleContext, first: number): FoundRole | undefined {
  const { tokens } = ctx;
  if (!(first > 1 && tokens[first - 1].norm === ',')) return undefined;
  const s = titleEndingAt(ctx, first - 1, true);
  if (s < 0) return undefined;
  const owner = ownerBefore(ctx, s);
  const before = s > 0 ? low(tokens, s - 1) : '';
  const detOk = owner !== undefined || s === 0 || DETERMINERS.has(before) || POSSESSIVE.has(before);
  return detOk ? { role: roleText(ctx, s, first - 1), owner, rule: 'role.title-comma-before', at: s } : undefined;
}

/** "X, the prime minister of Y" / "X, Y's finance minister" / "X, chief executive of Acme". */
function appositionAfter(ctx: RoleContext, _first: number, end: number): FoundRole | undefined {
  const { tokens } = ctx;
  if (!(end < tokens.length && tokens[end].norm === ',')) return undefined;
  let a = end + 1;
  // "X, 58, the prime minister of Y": over the age.
  if (a + 1 < tokens.length && tokens[a].kind === 'number' && tokens[a + 1].norm === ',') a += 2;
  return titleFrom(ctx, a, 'role.apposition');
}

/** "X has been Portugal's labour minister", "X is the chief executive of Acme": a title after a copula. */
function copulaAfter(ctx: RoleContext, _first: number, end: number): FoundRole | undefined {
  const { tokens } = ctx;
  let a = end;
  if (a >= tokens.length) return undefined;
  if ((low(tokens, a) === 'has' || low(tokens, a) === 'had') && a + 1 < tokens.length && low(tokens, a + 1) === 'been') a += 2;
  else if (a < tokens.length && COPULAS.has(low(tokens, a))) a++;
  else return undefined;
  return a < tokens.length && (DETERMINERS.has(low(tokens, a)) || ctx.mentionStartingAt(a) >= 0) ? titleFrom(ctx, a, 'role.copula') : undefined;
}

/** A title from token a on, after a name: its owner before ("the company's", "Y's", "its") or after ("of Y"). */
function titleFrom(ctx: RoleContext, start: number, rule: string): FoundRole | undefined {
  const { tokens } = ctx;
  const opening = appositionOwner(ctx, start);
  const { owner, at: a } = opening;
  const e = a < tokens.length ? titleStartingAt(ctx, a, true) : -1;
  if (e > a) return { role: roleText(ctx, a, e), owner: owner ?? ownerAfter(ctx, e), rule, at: a };
  // "X, the Conservative leader", "X, a Democratic senator": a capitalised word no name, then the title.
  if (owner === undefined && a > start && DETERMINERS.has(low(tokens, a - 1)) && a + 1 < tokens.length && isCapitalized(tokens[a]) && !ctx.inMention(a)) {
    const e2 = titleStartingAt(ctx, a + 1);
    if (e2 > a + 1)
      return { role: roleText(ctx, a, e2), owner: ownerAfter(ctx, e2), rule: rule === 'role.apposition' ? 'role.apposition-qualified' : rule, at: a };
  }
  return undefined;
}

/** "her Ethiopian counterpart, X", "Ethiopia's counterpart X": the counterpart of the state named before the noun. */
function counterpartBefore(ctx: RoleContext, first: number): FoundRole | undefined {
  const { tokens } = ctx;
  const p = first > 0 && tokens[first - 1].norm === ',' ? first - 1 : first;
  if (p < 2 || !COUNTERPARTS.has(low(tokens, p - 1)) || low(tokens, p - 1).endsWith('s')) return undefined;
  const m = ctx.mentionEndingAt(POSSESSIVE.has(tokens[p - 2].norm) ? p - 2 : p - 1);
  return m >= 0 && ctx.isOwner(m) ? { role: low(tokens, p - 1), owner: m, rule: 'role.counterpart', at: p - 1 } : undefined;
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
