// The one object the entity passes share: the text and its tokens, what the tagger found, and the
// mentions found so far. Each pass reads and extends it; nothing else carries state between passes.
import type { NerSpan } from '../ner';
import type { Dateline, Entity, EntityKind, MentionForm, Sentence, TextSpan, Token, UserEntities, UserEntity } from '../types';
import { findHeadline } from '../text';
import { isTitleLike } from '../text/headline';
import { SPORTS } from './lexicon';
import { isUpperInitial } from './names';
import type { RoleContext } from './roles';
import type * as world from './world';

/** A mention before clustering. Tokens [first, end); offsets [start, stop) may cut inside a token. */
export interface Cand {
  first: number;
  end: number;
  start: number;
  stop: number;
  kind: EntityKind;
  form: MentionForm;
  /** Cluster key ("C:JP", "O:acme foods", "P:tokyo"); persons get theirs when clustered. */
  key: string;
  /** Canonical name world knowledge gives (countries, known organizations). */
  known?: string;
  user?: UserEntity;
  /** A team named for its city on a results line: kept out of the votes on the name's kind. */
  team?: boolean;
  /** Ids of the rules that decided this mention's kind and its merges, in order (shared: never changed in place, see `note`). */
  why: readonly string[];
}

/** The headline and dateline when the caller has found them already (else they are looked for here). */
export interface Layout {
  headline?: TextSpan;
  dateline?: Dateline;
}

export interface EntityContext {
  readonly text: string;
  readonly tokens: Token[];
  readonly n: number;
  readonly spans: NerSpan[];
  readonly user?: UserEntities;
  readonly layout?: Layout;
  /** 1 at the first token of each sentence. */
  readonly sentenceStart: Uint8Array;
  /** A Title Case headline's tokens [0, headEnd) make a name only with evidence from the body. */
  readonly headEnd: number;
  /** Words the body capitalises mid-sentence or the tagger marks there (lower-cased). */
  readonly bodyCaps: Set<string>;
  /** Words of persons' full names as the tagger marked them. */
  readonly personSpanWords: Set<string>;
  /** How the tagger typed each word it marked alone. */
  readonly loneTypes: Map<string, { person: number; other: number }>;
  /** Names the tagger marked alone somewhere (for coordinations), built when first needed. */
  spanNames?: Set<string>;
  /** For titles a tagger included in a person's name: no mentions known. */
  readonly bareRoles: RoleContext;
  /** 1 = inside a mention found so far. */
  readonly covered: Int8Array;
  /** Mentions found so far. */
  cands: Cand[];
  /** The mention ending at each token, for coordinations ("Kyiv and Moscow"). */
  readonly candEndingAt: Map<number, Cand>;
  /** Lower-cased look-up keys of names the user never wants reported. */
  ignored: Set<string>;
  /** The tagger's spans in order, names it broke in two joined again. */
  ordered: NerSpan[];
  /** The first token of each span joined from two the tagger gave, and the id of the rule that joined it. */
  readonly joinedAt: Map<number, string>;
  /** Commas inside a body's name: "Ministry of Economy, Trade and Industry (METI)". */
  readonly commaInName: Set<number>;
  /** For each token inside a tagged organization or MISC span: the span's first token (-1: none), end, and 1 for ORG. */
  readonly taggedFirst: Int32Array;
  readonly taggedEnd: Int32Array;
  readonly taggedOrg: Uint8Array;
  dateline?: Dateline;
  /** The dateline's place when the dateline really is one. */
  datelinePlace?: TextSpan;
  /** Words of persons' full names, to fix what the tagger typed inconsistently. */
  personWords: Set<string>;
  /** Mentions after references, in text order, not overlapping. */
  mentions: Cand[];
  entities: Entity[];
  /** Each cluster key's mentions, in order of first mention. */
  groups: Map<string, Cand[]>;
  entityOfKey: Map<string, Entity>;
}

/** The token's norm in lower case, '' outside the text. */
export function low(ctx: EntityContext, i: number): string {
  return i >= 0 && i < ctx.n ? ctx.tokens[i].norm.toLowerCase() : '';
}

/** Tokens [a, b) as names are looked up: norms joined with single spaces where the text has space. */
export function normText(ctx: EntityContext, a: number, b: number): string {
  const { tokens } = ctx;
  let s = tokens[a].norm;
  for (let k = a + 1; k < b; k++) s += (tokens[k].spaceBefore ? ' ' : '') + tokens[k].norm;
  return s;
}

const oneRule = new Map<string, readonly string[]>();

/** The ids `why` followed by `id`; a lone id's array is made once and shared by the mentions it decides. */
export function because(why: readonly string[], id: string): readonly string[] {
  if (why.length > 0) return [...why, id];
  let ids = oneRule.get(id);
  if (!ids) oneRule.set(id, (ids = [id]));
  return ids;
}

/** The ids of one rule. */
export function byRule(id: string): readonly string[] {
  return because([], id);
}

/** Adds a rule's id to a mention's `why`. */
export function note(c: Cand, id: string): void {
  c.why = because(c.why, id);
}

export function add(ctx: EntityContext, c: Cand): void {
  ctx.cands.push(c);
  ctx.candEndingAt.set(c.end - 1, c);
}

export function cover(ctx: EntityContext, a: number, b: number): void {
  for (let k = a; k < b; k++) ctx.covered[k] = 1;
}

export function tokenCand(
  ctx: EntityContext,
  a: number,
  b: number,
  kind: EntityKind,
  form: MentionForm,
  key: string,
  why: readonly string[],
  known?: string,
): Cand {
  return { first: a, end: b, start: ctx.tokens[a].start, stop: ctx.tokens[b - 1].end, kind, form, key, known, why };
}

/** A state's name [a, b) as a mention: the state, or a federation named with a sport ("Cricket Australia", "USA Swimming"). */
export function countryCand(ctx: EntityContext, a: number, b: number, c: world.Country, form: MentionForm, why: readonly string[]): Cand {
  const { tokens, covered, n } = ctx;
  if (form === 'name') {
    const first = a > 0 && !covered[a - 1] && SPORTS.has(tokens[a - 1].norm) ? a - 1 : a;
    const end = first === a && b < n && !covered[b] && SPORTS.has(tokens[b].norm) ? b + 1 : b;
    if (first < a || end > b) {
      cover(ctx, first, end);
      return tokenCand(ctx, first, end, 'organization', 'name', 'O:' + normText(ctx, first, end).toLowerCase(), byRule('kind.sport-federation'));
    }
  }
  return tokenCand(ctx, a, b, 'country', form, 'C:' + c.code, why, c.name);
}

/** The context before any pass: sentence starts, the headline's evidence, what the tagger typed. */
export function createContext(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  spans: NerSpan[],
  bareRoles: RoleContext,
  user?: UserEntities,
  layout?: Layout,
): EntityContext {
  const n = tokens.length;
  const sentenceStart = new Uint8Array(n);
  for (const s of sentences) if (s.firstToken >= 0 && s.firstToken < n) sentenceStart[s.firstToken] = 1;
  sentenceStart[0] = 1;
  const headline = layout ? layout.headline : findHeadline(text);
  let headEnd = 0;
  if (headline && isTitleLike(headline.text)) while (headEnd < n && tokens[headEnd].start < headline.end) headEnd++;
  const ctx: EntityContext = {
    text,
    tokens,
    n,
    spans,
    user,
    layout,
    sentenceStart,
    headEnd,
    bareRoles,
    bodyCaps: new Set(),
    personSpanWords: new Set(),
    loneTypes: new Map(),
    covered: new Int8Array(n),
    cands: [],
    candEndingAt: new Map(),
    ignored: new Set(),
    ordered: [],
    commaInName: new Set(),
    joinedAt: new Map(),
    taggedFirst: new Int32Array(n).fill(-1),
    taggedEnd: new Int32Array(n),
    taggedOrg: new Uint8Array(n),
    personWords: new Set(),
    mentions: [],
    entities: [],
    groups: new Map(),
    entityOfKey: new Map(),
  };
  noteTaggerEvidence(ctx);
  return ctx;
}

function noteTaggerEvidence(ctx: EntityContext): void {
  const { tokens, n, spans, headEnd, sentenceStart, bodyCaps } = ctx;
  if (headEnd > 0) {
    for (let i = headEnd; i < n; i++) {
      if (!sentenceStart[i] && tokens[i].kind === 'word' && isUpperInitial(tokens[i].text)) bodyCaps.add(tokens[i].norm.toLowerCase());
    }
    for (const sp of spans) {
      if (!(sp.firstToken >= headEnd && sp.endToken <= n)) continue;
      for (let k = sp.firstToken; k < sp.endToken; k++) bodyCaps.add(tokens[k].norm.toLowerCase());
    }
  }
  for (const sp of spans) {
    if (sp.type === 'PER' && sp.firstToken >= 0 && sp.endToken <= n && sp.endToken - sp.firstToken >= 2)
      for (let k = sp.firstToken; k < sp.endToken; k++) ctx.personSpanWords.add(tokens[k].norm);
  }
  for (const sp of spans) {
    if (sp.firstToken < 0 || sp.endToken > n || sp.endToken - sp.firstToken !== 1) continue;
    const w = tokens[sp.firstToken].norm;
    let t = ctx.loneTypes.get(w);
    if (!t) ctx.loneTypes.set(w, (t = { person: 0, other: 0 }));
    if (sp.type === 'PER') t.person++;
    else t.other++;
  }
}
