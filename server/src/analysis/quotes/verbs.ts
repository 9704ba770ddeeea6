// Speech verbs and what stands around them: is this token an attributing verb, where does the clause
// it reports begin ("said on Monday that ...", "told reporters he ..."), and is what follows it only
// the rest of an attribution ("..., said the minister, who spoke in Brussels.").
import type { Ctx } from './context';
import { ADJUNCT_PREPS, BE_FORMS, CLAUSE_LEADS, FINITE, SPEECH_VERBS, SUBJECT_PRONOUNS, TELL_VERBS } from './lexicon';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'some', 'all']);
const ADVERBS = new Set(['also', 'again', 'then', 'later', 'today', 'yesterday', 'recently', 'previously', 'once']);
const ENDS = new Set(['.', '!', '?', ';']);
/** A speech verb followed by these reports no clause ("asked not to be named", "called for"). */
const NOT_REPORTING = new Set(['not', 'to', 'for', 'about', 'by']);

export const isQuoteMark = (norm: string): boolean => norm === '"';

/** Token i attributes speech: a speech verb in lower case, no part of a name, not passive ("was said"). */
export function isSpeechVerb(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !SPEECH_VERBS.has(t.norm.toLowerCase())) return false;
  if (t.norm[0] !== t.norm[0].toLowerCase()) return false;
  const before = ctx.word(i - 1);
  return !BE_FORMS.has(before) && before !== 'to' && !ctx.inMention(i);
}

/** After "told": the clause after "that" or after the person told ("told the website he was ..."); -1 if none. */
function afterTold(ctx: Ctx, v: number, end: number): number {
  for (let k = v + 1; k < end && k <= v + 10; k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'punct' && t.norm !== "'s" && t.norm !== "'") return -1;
    const w = ctx.word(k);
    if (w === 'that') return k + 1;
    if (k > v + 1 && SUBJECT_PRONOUNS.has(w) && w !== 'this') return k;
  }
  return -1;
}

/** The end of an adjunct phrase opened by a preposition at k ("in a report", "on Monday"). */
function adjunctEnd(ctx: Ctx, k: number, end: number): number {
  let j = k + 1;
  while (j < end && j <= k + 6) {
    const t = ctx.tokens[j];
    const w = ctx.word(j);
    if (t.kind === 'punct' || w === 'that' || ADJUNCT_PREPS.has(w) || SUBJECT_PRONOUNS.has(w)) break;
    if (j > k + 1 && DETERMINERS.has(w) && !DETERMINERS.has(ctx.word(j - 1))) break;
    j++;
  }
  return j;
}

/**
 * Where the clause a speech verb at v reports begins, skipping adverbs, adjuncts and "that";
 * `that` tells whether a "that" was skipped. -1: the verb reports no clause here.
 */
export function complementStart(ctx: Ctx, v: number, end: number): { at: number; that: boolean } {
  if (TELL_VERBS.has(ctx.word(v))) {
    const at = afterTold(ctx, v, end);
    return { at, that: at > 0 && ctx.word(at - 1) === 'that' };
  }
  if (NOT_REPORTING.has(ctx.word(v + 1))) return { at: -1, that: false };
  let k = v + 1;
  for (let step = 0; step < 6 && k < end; step++) {
    const w = ctx.word(k);
    if (w === 'that') return { at: k + 1, that: true };
    if (ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly') && ctx.tokens[k].kind === 'word')) k++;
    else if (ADJUNCT_PREPS.has(w) && w !== 'to') k = adjunctEnd(ctx, k, end);
    else break;
  }
  if (k >= end || ctx.tokens[k].kind === 'punct') return { at: -1, that: false };
  return { at: k, that: false };
}

/** The rest of an attribution after the verb at v is no clause: returns where it ends, or -1. */
export function attributionTail(ctx: Ctx, v: number, end: number): number {
  let k = v + 1;
  for (; k < end && k <= v + 24; k++) {
    const w = ctx.word(k);
    if (ENDS.has(w)) return k;
    if (FINITE.has(w) || w === ':' || isQuoteMark(w)) return -1;
    // A past tense in lower case ("..., said the organization welcomed ...") is a clause's verb.
    if (w.length > 4 && w.endsWith('ed') && ctx.tokens[k].norm === w && !DETERMINERS.has(ctx.word(k - 1))) return -1;
    if (w === ',' && CLAUSE_LEADS.has(ctx.word(k + 1))) return k;
  }
  return k >= end ? end : -1;
}

/** One past the last token of a reported clause in [from, end): trailing punctuation dropped, closing marks kept. */
export function clauseEnd(ctx: Ctx, from: number, end: number): number {
  let e = end;
  while (e > from && ctx.tokens[e - 1].kind === 'punct' && !isQuoteMark(ctx.tokens[e - 1].norm)) e--;
  return e;
}
