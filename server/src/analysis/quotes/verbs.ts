// Speech verbs and what stands around them: is this token an attributing verb, where does the clause
// it reports begin ("said on Monday that ...", "told reporters he ..."), and is what follows it only
// the rest of an attribution ("..., said the minister, who spoke in Brussels.").
import type { Ctx } from './context';
import { ADJUNCT_PREPS, BE_FORMS, CLAUSE_LEADS, EMPHASIS_VERBS, FINITE, IRREGULAR_PAST, SPEECH_VERBS, SUBJECT_PRONOUNS, TELL_VERBS } from './lexicon';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'some', 'all']);
const ADVERBS = new Set([
  ...['also', 'again', 'then', 'later', 'today', 'yesterday', 'recently', 'previously', 'once', 'tonight'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
]);
/** "last month", "this week", "next year" between a speech verb and its clause. */
const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'earlier', 'late']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'afternoon', 'summer', 'winter', 'spring', 'autumn', 'fall']);
/** Words that open an indirect question, not a report ("has not said whether ..."). */
const QUESTION_LEADS = new Set(['whether', 'if', 'when', 'how', 'why', 'what', 'who', 'where']);
const SUBORDINATORS = new Set(['as', 'when', 'after', 'because', 'while', 'since', 'until', 'although', 'though', 'where']);
const NEGATORS = new Set(['not', "n't", 'never']);
const ENDS = new Set(['.', '!', '?', ';']);
/** A speech verb followed by these reports no clause ("asked not to be named", "called for"). */
const NOT_REPORTING = new Set(['not', 'to', 'for', 'about', 'by']);

export const isQuoteMark = (norm: string): boolean => norm === '"';

/** Token i attributes speech: a speech verb in lower case, no part of a name, not passive ("was said"). */
export function isSpeechVerb(ctx: Ctx, i: number): boolean {
  if (!SPEECH_VERBS.has(ctx.word(i))) return false;
  const t = ctx.tokens[i];
  if (t.kind !== 'word') return false;
  if (t.norm[0] !== t.norm[0].toLowerCase()) return false;
  const before = ctx.word(i - 1);
  if (NEGATORS.has(before) || NEGATORS.has(ctx.word(i - 2)) || NEGATORS.has(ctx.word(i - 3))) return false;
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
    if (TIME_DETERMINERS.has(w) && TIME_NOUNS.has(ctx.word(k + 1))) k += 2;
    else if (ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly') && ctx.tokens[k].kind === 'word')) k++;
    else if (ADJUNCT_PREPS.has(w)) k = adjunctEnd(ctx, k, end);
    else break;
  }
  if (k >= end || ctx.tokens[k].kind === 'punct' || QUESTION_LEADS.has(ctx.word(k))) return { at: -1, that: false };
  return { at: k, that: false };
}

/** A reported clause shows its verb within this many tokens. */
const CLAUSE_VERB_REACH = 60;

/** Tokens a speaker phrase after its verb has at most, up to its first comma. */
const TAIL_PHRASE = 8;

/** The rest of an attribution after the verb at v is no clause: returns where it ends, or -1. */
export function attributionTail(ctx: Ctx, v: number, end: number): number {
  let k = v + 1;
  let comma = false;
  for (; k < end && k <= v + 24; k++) {
    const w = ctx.word(k);
    if (ENDS.has(w)) return k;
    comma ||= w === ',';
    // A speaker's name or title is short; a long phrase is the reported clause ("said the U.S. economy appears ...").
    if (!comma && k - v > TAIL_PHRASE) return -1;
    if (FINITE.has(w) || w === ':' || isQuoteMark(w)) return -1;
    // A past tense in lower case ("..., said the organization welcomed ...") is a clause's verb.
    if (isClauseVerb(ctx, k)) return -1;
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

/** Token k is a verb in lower case: finite, an irregular past, or a past in -ed after no determiner. */
export function isClauseVerb(ctx: Ctx, k: number): boolean {
  const w = ctx.word(k);
  if (FINITE.has(w) || IRREGULAR_PAST.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && ctx.tokens[k].norm === w && !DETERMINERS.has(ctx.word(k - 1));
}

/** Tokens [a, b) read as a clause: a finite or past-tense verb in them (not a noun phrase: "announced his retirement"). */
function hasClauseVerb(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    // A verb after "as", "when" ... belongs to another clause ("added a goal as the team won").
    if (SUBORDINATORS.has(ctx.word(k))) return false;
    if (isClauseVerb(ctx, k)) return true;
  }
  return false;
}

/** The complement [at, end) of the verb at v is what it reports: a clause, or any phrase after "that" or an emphasis verb. */
export function reportsComplement(ctx: Ctx, v: number, at: number, end: number, that: boolean): boolean {
  return that || EMPHASIS_VERBS.has(ctx.word(v)) || hasClauseVerb(ctx, at, Math.min(end, at + CLAUSE_VERB_REACH));
}
