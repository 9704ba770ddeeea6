// Reported speech: the clause a speech verb reports, with the speaker before it ("Okafor said the
// design would ..."), after it ("The bridge will reopen, the mayor said." / "..., said the minister"),
// or beside "according to". Verbs inside direct quotes are skipped, and a clause that is itself a
// direct quote is left to the direct pass.
import type { Sentence, Span, TextSpan } from '../types';
import type { Candidate } from './candidate';
import type { Ctx } from './context';
import { POSSESSIVE } from '../lexicon/common';
import { ADJUNCT_PREPS, FINITE } from './lexicon';
import { attributionTail, clauseEnd, complementStart, isClauseVerb, isQuoteMark, isSpeechVerb, reportsComplement } from './verbs';

/** Tokens a clause before its attribution has at least ("A UN spokesman, Stefan Weber, said" has none). */
const MIN_CLAUSE = 4;

/** Subject phrases reach back this many tokens at most before their speech verb. */
const MAX_SUBJECT = 40;

/** Which tokens lie inside direct quotes (marks included), answered in constant time. */
export interface Blocked {
  at(i: number): boolean;
  /** Some token in [a, b) is blocked. */
  any(a: number, b: number): boolean;
  /** The first blocked token at or after i (the token count when none). */
  next(i: number): number;
}

export function blockedIndex(flags: readonly boolean[]): Blocked {
  const n = flags.length;
  const before = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) before[i + 1] = before[i] + (flags[i] ? 1 : 0);
  const next = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) next[i] = flags[i] ? i : next[i + 1];
  const clamp = (i: number): number => Math.max(0, Math.min(n, i));
  return {
    at: (i) => flags[i] === true,
    any: (a, b) => a < b && before[clamp(b)] - before[clamp(a)] > 0,
    next: (i) => next[clamp(i)],
  };
}

function textSpan(ctx: Ctx, a: number, b: number): TextSpan {
  const start = ctx.tokens[a].start;
  const end = ctx.tokens[b - 1].end;
  return { start, end, text: ctx.text.slice(start, end) };
}

function range(ctx: Ctx, a: number, b: number): Span {
  return { start: ctx.tokens[a].start, end: ctx.tokens[b - 1].end };
}

/** The comma before a speaker phrase that follows its clause ("C, the mayor said"); -1 if none. */
function commaBefore(ctx: Ctx, a: number, v: number, blocked: Blocked): number {
  for (let k = v - 1; k > a && k >= v - 9; k--) {
    if (blocked.at(k)) return -1;
    const w = ctx.word(k);
    if (w === ',') return k;
    if (FINITE.has(w) || isQuoteMark(w) || (ctx.tokens[k].kind === 'punct' && !POSSESSIVE.has(w))) return -1;
  }
  return -1;
}

/** A speaker phrase follows the verb at k - 1 ("said the minister"), not an adjunct or the end ("said on Monday."). */
function speakerFollows(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === 'word' && !ADJUNCT_PREPS.has(ctx.word(k));
}

/**
 * "C, the bank's governor, Rosa Medina, said in a statement": the comma that ends C, before up to
 * two short phrases without a verb that name the speaker.
 */
function appositionStart(ctx: Ctx, a: number, comma: number, blocked: Blocked): number {
  let start = comma;
  for (let n = 0; n < 2; n++) {
    const before = commaBefore(ctx, a, start, blocked);
    if (before < 0) break;
    start = before;
  }
  return start;
}

function according(ctx: Ctx, a: number, v: number, end: number, blocked: Blocked): Candidate | undefined {
  const trigger = textSpan(ctx, v, v + 2);
  if (v === a) {
    let comma = v + 2;
    while (comma < end && comma < v + 14 && ctx.word(comma) !== ',') comma++;
    const e = clauseEnd(ctx, comma + 1, end);
    if (ctx.word(comma) !== ',' || e - comma < 3 || blocked.any(comma, e)) return undefined;
    return { range: range(ctx, comma + 1, e), direct: false, speaker: [v + 2, comma], trigger, why: ['quotes.reported.according'] };
  }
  if (ctx.word(v - 1) !== ',' || v - 1 - a < 2 || blocked.any(a, v)) return undefined;
  const tail = clauseEnd(ctx, v + 2, end);
  return { range: range(ctx, a, v - 1), direct: false, speaker: [v + 2, tail], trigger, why: ['quotes.reported.according-after'] };
}

/** An "and" between an earlier verb at k and the speech verb at v: both verbs share the subject. */
function sharesSubject(ctx: Ctx, k: number, v: number): boolean {
  for (let i = k + 1; i < v; i++) if (ctx.word(i) === 'and') return true;
  return false;
}

const RELATIVES = new Set(['which', 'who', 'whom', 'that']);

/** Where the subject of the verb at v begins: after a relative pronoun with a subject of its own ("..., which critics said"). */
function subjectStart(ctx: Ctx, from: number, v: number): number {
  for (let k = v - 1; k >= from; k--) {
    const w = ctx.word(k);
    if (w === ',') break;
    // "X, who said": the pronoun is the subject and stands for X.
    if (RELATIVES.has(w)) return k === v - 1 ? from : k + 1;
  }
  return from;
}

/** The reported quote of the speech verb at v in a clause starting at a, if it reports one. */
function reportedAt(ctx: Ctx, a: number, v: number, end: number, blocked: Blocked): Candidate | undefined {
  const trigger = textSpan(ctx, v, v + 1);
  let comma = commaBefore(ctx, a, v, blocked);
  const inverted = comma === v - 1 && speakerFollows(ctx, v + 1);
  if (comma === v - 1 && !inverted) comma = appositionStart(ctx, a, comma, blocked);
  const tail = comma - a >= MIN_CLAUSE ? attributionTail(ctx, v, end) : -1;
  if (tail >= 0) {
    if (blocked.any(a, comma)) return undefined;
    const speaker: [number, number] = inverted ? [v + 1, tail] : [comma + 1, v];
    const why = inverted ? 'quotes.reported.after-inverted' : 'quotes.reported.after';
    return { range: range(ctx, a, comma), direct: false, speaker, trigger, why: [why] };
  }
  if (v === a || blocked.any(a, v)) return undefined;
  const { at, that } = complementStart(ctx, v, end);
  if (at < 0 || isQuoteMark(ctx.word(at))) return undefined;
  const e = clauseEnd(ctx, at, Math.min(end, blocked.next(at)));
  if (e - at < 2 || !reportsComplement(ctx, v, at, e, that)) return undefined;
  // The subject ends before an earlier verb it shares ("Ortega criticized the referee and said ...").
  const from = subjectStart(ctx, Math.max(a, v - MAX_SUBJECT), v);
  let subjectEnd = from + 1;
  while (subjectEnd < v && !(isClauseVerb(ctx, subjectEnd) && sharesSubject(ctx, subjectEnd, v))) subjectEnd++;
  return {
    range: range(ctx, at, e),
    direct: false,
    speaker: [from, subjectEnd],
    trigger,
    why: that ? ['quotes.reported.before', 'quotes.reported.that'] : ['quotes.reported.before'],
  };
}

function inSentence(ctx: Ctx, s: Sentence, blocked: Blocked): Candidate[] {
  const out: Candidate[] = [];
  const a = ctx.clauseStart(s);
  const end = s.endToken;
  let covered = -1;
  for (let v = a; v < end; v++) {
    if (blocked.at(v) || ctx.tokens[v].start < covered) continue;
    let found: Candidate | undefined;
    if (ctx.word(v) === 'according' && ctx.word(v + 1) === 'to') found = according(ctx, a, v, end, blocked);
    else if (isSpeechVerb(ctx, v)) found = reportedAt(ctx, a, v, end, blocked);
    if (!found) continue;
    out.push(found);
    covered = Math.max(found.range.end, found.trigger?.end ?? 0);
  }
  return out;
}

/** Every reported quote, in text order. */
export function findReported(ctx: Ctx, blocked: Blocked): Candidate[] {
  return ctx.sentences.flatMap((s) => inSentence(ctx, s, blocked));
}
