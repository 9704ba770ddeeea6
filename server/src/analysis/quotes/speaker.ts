// Who a speaker phrase names: a person, else an organization or country named in it ("a spokeswoman
// for Norvik Energy"), else the entity a pronoun or a title stands for ("she", "the minister",
// "the company"), else nobody named ("a police spokesman", "two officials").
import { POSSESSIVE } from '../lexicon/common';
import type { Span, TextSpan } from '../types';
import { type Ctx, type Placed, SPEAKER_KINDS } from './context';
import { CLAUSE_LEADS, COUNTRY_NOUNS, NOT_SPEAKER_AFTER, ORG_NOUNS, PERSON_PRONOUNS, SPOKES_NOUNS, THING_PRONOUNS } from './lexicon';

export interface Speaker {
  id?: string;
  /** The speaker as written (its first phrase, an aside left out). */
  source?: TextSpan;
  why: string[];
}

/** What earlier quotes leave for later pronouns: where the last unnamed speaker spoke, and the quotes' ranges. */
export interface Memory {
  unnamedAt: number;
  /** The head word of the last speaker phrase and whom it named ("a spokesman for X" ... "the spokesman"). */
  lastHead?: { word: string; id?: string };
  /** Ranges of the quotes resolved so far, in text order. */
  quoted: Span[];
}

/** True when `offset` lies inside one of the last few quotes resolved. */
function quotedAt(memory: Memory, offset: number): boolean {
  const q = memory.quoted;
  for (let k = q.length - 1; k >= 0 && k >= q.length - 8; k--) if (q[k].start <= offset && offset < q[k].end) return true;
  return false;
}

const isPunct = (ctx: Ctx, i: number): boolean => ctx.tokens[i].kind === 'punct';
/** Words at the edges of a speaker phrase that are no part of the speaker ("But he", "Yeltsin has", "Traders also"). */
const LEADING = new Set(['but', 'and', 'so', 'yet', 'however']);
const HEAD_ENDS = new Set(['for', 'of', 'at', 'in', 'with', 'from']);
const TRAILING = new Set(['has', 'have', 'had', 'also', 'later', 'again', 'earlier', 'then', 'repeatedly', 'previously']);

/** The comma-separated phrases of tokens [a, b), up to an aside ("who leads ..."). */
function phrases(ctx: Ctx, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let s = a;
  for (let i = a; i <= b; i++) {
    if (i < b && !/^[,:;()—–-]$/.test(ctx.tokens[i].norm)) continue;
    let x = s;
    let y = i;
    while (x < y && (isPunct(ctx, x) || LEADING.has(ctx.word(x)))) x++;
    while (y > x && (isPunct(ctx, y - 1) || TRAILING.has(ctx.word(y - 1)))) y--;
    if (x < y) {
      if (CLAUSE_LEADS.has(ctx.word(x))) break;
      out.push([x, y]);
    }
    s = i + 1;
  }
  return out;
}

/** How likely a mention in a speaker phrase is the speaker: persons first, an owner ("Meridian's") last. */
function rank(ctx: Ctx, m: Placed): number {
  const before = ctx.word(ctx.tokenAt(m.start) - 1);
  if (!SPEAKER_KINDS.has(m.entity.kind) || NOT_SPEAKER_AFTER.has(before)) return -1;
  if (POSSESSIVE.has(ctx.word(ctx.tokenAt(m.end)))) return 0.5;
  return m.entity.kind === 'person' ? 3 : m.entity.kind === 'organization' ? 2 : 1;
}

/** A name the tagger left out of the phrase, matched to the last word of an entity's name or alias. */
function byName(ctx: Ctx, x: number, y: number): Placed | undefined {
  for (let i = x; i < y; i++) {
    const t = ctx.tokens[i];
    if (t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.norm) || (i === x && ctx.sentenceOf(i)?.firstToken === i)) continue;
    const entity = ctx.byLastWord(t.norm);
    if (entity) return { start: t.start, end: t.end, entity };
  }
  return undefined;
}

function named(ctx: Ctx, parts: [number, number][]): { placed: Placed; part: [number, number]; why: string } | undefined {
  let best: { placed: Placed; part: [number, number] } | undefined;
  let bestRank = 0;
  for (const part of parts) {
    for (const m of ctx.mentionsIn(part[0], part[1])) {
      const r = rank(ctx, m);
      if (r > bestRank) {
        best = { placed: m, part };
        bestRank = r;
      }
    }
  }
  if (!best) {
    for (const part of parts) {
      const placed = byName(ctx, part[0], part[1]);
      if (placed) return { placed, part, why: 'quotes.speaker.name-match' };
    }
    return undefined;
  }
  const i = ctx.tokenAt(best.placed.start);
  const forX = ctx.word(i - 1) === 'for' && SPOKES_NOUNS.has(ctx.word(i - 2));
  return { ...best, why: best.placed.entity.kind !== 'person' && forX ? 'quotes.speaker.spokesperson-for' : 'quotes.speaker.named' };
}

/** A pronoun or a definite title, resolved to the entity last named that way before `at`. */
function referred(ctx: Ctx, x: number, y: number, at: number, memory: Memory): { id?: string; why: string } | undefined {
  const first = ctx.word(x);
  if (y - x === 1 && PERSON_PRONOUNS.has(first)) {
    // People named inside someone's words are not who "she" is next ("Berg said Vass had ... ' she said").
    const person = ctx.lastBefore(
      at,
      (e) => e.kind === 'person',
      (m) => !quotedAt(memory, m.start),
    );
    if (!person || person.start < memory.unnamedAt) return { why: 'quotes.speaker.pronoun-unnamed' };
    return { id: person.entity.id, why: 'quotes.speaker.pronoun' };
  }
  if (y - x === 1 && THING_PRONOUNS.has(first)) {
    const org = ctx.lastBefore(at, (e) => e.kind === 'organization' || e.kind === 'country');
    return org ? { id: org.entity.id, why: 'quotes.speaker.pronoun' } : undefined;
  }
  if (first !== 'the' || y - x > 4) return undefined;
  const head = ctx.word(y - 1);
  let found: Placed | undefined;
  if (ORG_NOUNS.has(head)) found = ctx.lastBefore(at, (e) => e.kind === 'organization');
  else if (COUNTRY_NOUNS.has(head)) found = ctx.lastBefore(at, (e) => e.kind === 'country');
  else found = ctx.lastBefore(at, (e) => e.kind === 'person' && ctx.roleWords(e).has(head));
  if (found) return { id: found.entity.id, why: 'quotes.speaker.title' };
  return memory.lastHead?.id && memory.lastHead.word === head ? { id: memory.lastHead.id, why: 'quotes.speaker.same-title' } : undefined;
}

function phraseText(ctx: Ctx, [x, y]: [number, number]): TextSpan {
  const start = ctx.tokens[x].start;
  const end = ctx.tokens[y - 1].end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** "the Briton", "the 26-year-old Australian": a person of that nation, the last person named. */
function demonymPerson(ctx: Ctx, x: number, y: number, at: number, memory: Memory): ReturnType<typeof named> {
  if (ctx.word(x) !== 'the' || y - x > 3) return undefined;
  const last = ctx.mentionsIn(y - 1, y)[0];
  if (!last || last.form !== 'demonym' || ctx.tokens[y - 1].norm.endsWith('ese')) return undefined;
  const person = ctx.lastBefore(
    at,
    (e) => e.kind === 'person',
    (m) => !quotedAt(memory, m.start),
  );
  return person ? { placed: person, part: [x, y], why: 'quotes.speaker.demonym-person' } : undefined;
}

/** The head noun of a phrase: its last word before a preposition ("spokesman" in "a spokesman for X"). */
function headWord(ctx: Ctx, x: number, y: number): string {
  for (let i = x + 1; i < y; i++) if (HEAD_ENDS.has(ctx.word(i))) return ctx.word(i - 1);
  return ctx.word(y - 1);
}

/** The speaker a phrase (tokens [a, b)) names; `at` is where the attribution stands. */
export function speakerOf(ctx: Ctx, a: number, b: number, memory: Memory): Speaker {
  const parts = phrases(ctx, a, b);
  if (parts.length === 0) return { why: [] };
  const [x, y] = parts[0];
  const at = ctx.tokens[a].start;
  const found = demonymPerson(ctx, x, y, at, memory) ?? named(ctx, parts);
  const head = headWord(ctx, x, y);
  if (found) {
    memory.lastHead = { word: head, id: found.placed.entity.id };
    return { id: found.placed.entity.id, source: phraseText(ctx, found.part), why: [found.why] };
  }
  const source = phraseText(ctx, parts[0]);
  const ref = referred(ctx, x, y, at, memory);
  memory.lastHead = { word: head, id: ref?.id };
  if (ref?.id) return { id: ref.id, source, why: [ref.why] };
  if (!ref) memory.unnamedAt = at;
  return { source, why: [ref?.why ?? 'quotes.speaker.unnamed'] };
}

/** The organization or country a speaker speaks for ("we", "our" in the quote): itself, or whose role it holds. */
export function groupOf(ctx: Ctx, id: string | undefined): { id?: string; why?: string } {
  const e = id ? ctx.byId.get(id) : undefined;
  if (!e) return {};
  if (e.kind !== 'person') return { id: e.id, why: 'quotes.group.self' };
  if (!e.roleOf) return {};
  const key = e.roleOf.toLowerCase();
  for (const other of ctx.byId.values()) {
    if (other.kind === 'person') continue;
    if (other.name.toLowerCase() === key || other.aliases.some((a) => a.toLowerCase() === key)) return { id: other.id, why: 'quotes.group.role' };
  }
  return {};
}
