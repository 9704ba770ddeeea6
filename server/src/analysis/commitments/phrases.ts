// Where the phrases around a trigger end: the action phrase of an undertaking, the object phrase
// of a stance, the agent of a passive, the noun phrase before "to be ...", and the counterparts
// named inside an action. Every search is bounded to the clause's sentence.
import { type Party, unique } from './actors';
import type { Clause } from './clause';
import {
  AUX_FINITE,
  CLAUSE_STOPS,
  COMMIT_VERBS,
  CONDITION_WORDS,
  DANGLING,
  DETERMINERS,
  EXPRESS_VERBS,
  FUTURE_MODALS,
  PREPOSITIONS,
  REPORT_VERBS,
  TARGET_PREPS,
  TARGET_VERBS,
  TIME_CLAUSE,
} from './lexicon';

/** Maximum tokens searched to the right of a trigger for its complement. */
export const REACH = 30;

/** End (exclusive) of the action phrase starting at token `start`. */
export function actionEnd(c: Clause, start: number): number {
  const { low, doc } = c.scan;
  const b = c.b;
  const stop = c.condStartAfter(start - 1);
  let k = start;
  for (; k < b && k < stop && k - start < 40; k++) {
    const w = low[k];
    if (w === ',' && listComma(c, k)) continue;
    // "licence plate reader (ALPR) cameras": a short parenthesis inside the phrase.
    if (w === '(') {
      let close = k + 1;
      while (close < b && close < k + 5 && low[close] !== ')' && !c.scan.isPunct(close)) close++;
      if (low[close] === ')' && close + 1 < b && c.scan.isWordLike(close + 1)) {
        k = close;
        continue;
      }
    }
    if (c.scan.isPunct(k) && w !== '-' && w !== '&' && w !== '%' && w !== '$' && w !== "'" && w !== "'s") break;
    if (CLAUSE_STOPS.has(w) && k > start) break;
    // "after workers ratified a new contract": a clause of its own (not "after the incident").
    if (k > start && TIME_CLAUSE.has(w)) {
      let verb = false;
      for (let j = k + 1; j < b && j < k + 7 && !c.scan.isPunct(j); j++) if (doc.isVerbish(j) && !doc.mention(j) && !low[j].endsWith('ing')) verb = true;
      if (verb) break;
    }
    // "... and will then challenge it": a coordinated future is an undertaking of its own.
    if ((w === 'and' || w === 'but') && k + 1 < b && doc.isVerbish(k + 1)) break;
    // "... and Nairobi will provide land": a new clause with its own subject.
    if ((w === 'and' || w === 'but') && k > start && newClauseAfter(c, k + 1)) break;
    if (w === 'only' && CONDITION_WORDS.has(low[k + 1] ?? '')) break;
    // The predicate of a noun phrase the action sits in: "the plan to build X has been delayed".
    if (k > start && AUX_FINITE.has(w) && !['that', 'which', 'who'].includes(low[k - 1])) break;
    if (k - start >= 5 && modifyingParticiple(c, k)) break;
  }
  while (k > start && (c.scan.isPunct(k - 1) || DANGLING.has(low[k - 1]))) k--;
  return k;
}

/** A participle modifying the last noun ("a joint force headquarters reporting to ..."): it ends the action. */
function modifyingParticiple(c: Clause, k: number): boolean {
  const { low, doc } = c.scan;
  const w = low[k];
  if (!(
    w.length > 5 &&
    w.endsWith('ing') &&
    !doc.mention(k) &&
    (PREPOSITIONS.has(low[k + 1] ?? '') || DETERMINERS.has(low[k + 1] ?? '') || doc.mention(k + 1))
  ))
    return false;
  const prev = low[k - 1];
  return !PREPOSITIONS.has(prev) && !DETERMINERS.has(prev) && prev !== 'and' && prev !== 'to' && !doc.isVerbish(k - 1) && !c.scan.isPunct(k - 1);
}

/** A comma inside a list: "provide land, staff and water data". */
function listComma(c: Clause, k: number): boolean {
  const { low, doc } = c.scan;
  const next = low[k + 1] ?? '';
  if (
    !next ||
    c.scan.isPunct(k + 1) ||
    doc.isVerbish(k + 1) ||
    CONDITION_WORDS.has(next) ||
    /^(which|who|while|but|and|including|according|as|after|before|said|says)$/.test(next)
  )
    return false;
  for (let j = k + 2; j < c.b && j < k + 7; j++) {
    if (low[j] === 'and' || low[j] === 'or') return true;
    if (c.scan.isPunct(j) && low[j] !== ',') return false;
  }
  return false;
}

/** A subject and a finite verb or modal start at token j: "Nairobi will ...", "the union said". */
function newClauseAfter(c: Clause, j: number): boolean {
  const { low, doc } = c.scan;
  const m = doc.mention(j);
  let k = m ? m.end : j;
  if (!m) {
    if (!/^(it|they|he|she|we)$/.test(low[j] ?? '')) return false;
    k = j + 1;
  }
  return k < c.b && (FUTURE_MODALS.has(low[k]) || AUX_FINITE.has(low[k]) || REPORT_VERBS.has(low[k]) || COMMIT_VERBS.has(low[k]));
}

/** End of the object phrase of a stance trigger ending at token `from`. */
export function objectEnd(c: Clause, from: number): number {
  const { low, doc } = c.scan;
  const stop = c.condStartAfter(from - 1);
  let k = from;
  for (; k < c.b && k < stop && k < from + REACH; k++) {
    const w = low[k];
    if (c.scan.isPunct(k) && (w === ';' || w === '.' || w === ':' || w === '"')) break;
    if (
      w === ',' &&
      (low[k + 1] === 'which' || low[k + 1] === 'who' || low[k + 1] === 'while' || low[k + 1] === 'but' || doc.isVerbish(k + 1) || doc.mention(k + 1))
    )
      break;
    if ((w === 'and' || w === 'but') && doc.isVerbish(k + 1)) break;
    if (CLAUSE_STOPS.has(w) || w === 'because' || w === 'after') break;
  }
  return k;
}

/** The agent of a passive ("by the US forces in Japan"), looked for from token `from`. */
export function agent(c: Clause, from: number, to: number): { party: Party; end: number } | undefined {
  const { low, doc } = c.scan;
  for (let k = from; k < to; k++) {
    if (low[k] !== 'by' || c.scan.isTime(k + 1) || c.scan.isTime(k)) continue;
    let e = k + 1;
    while (e < to && e < k + 8 && !c.scan.isPunct(e) && !(PREPOSITIONS.has(low[e]) && e > k + 1) && !doc.isVerbish(e)) {
      const m = doc.mention(e);
      e = m ? m.end : e + 1;
    }
    const party = doc.resolveNP(k + 1, e, c);
    if (party && party.ids.length) return { party, end: e };
    return undefined;
  }
  return undefined;
}

/** Start of a short noun phrase ending before token `end`: "the preventive measures". */
export function shortNPStart(c: Clause, end: number): number {
  const { low, doc } = c.scan;
  let k = end - 1;
  for (let count = 0; k >= c.a && count < 7; count++) {
    const w = low[k];
    if (c.scan.isPunct(k) || PREPOSITIONS.has(w) || doc.isVerbish(k) || EXPRESS_VERBS.has(w)) break;
    if (DETERMINERS.has(w)) return k;
    k--;
  }
  return k + 1;
}

/** Counterparts named in an action: the object of "defend", "help" ..., or after "to", "for", "with". */
export function targetsIn(c: Clause, start: number, end: number, actors: string[]): string[] {
  const { low, doc } = c.scan;
  const out: string[] = [];
  for (let k = start; k < end; k++) {
    const w = low[k];
    const verbObject = k === start && TARGET_VERBS.has(w);
    if (!(verbObject || (TARGET_PREPS.has(w) && k > start))) continue;
    for (let j = k + 1; j < end && j <= k + 3; j++) {
      const m = doc.mention(j);
      if (m) {
        for (const id of m.ids) if (doc.isActor(id) && !actors.includes(id)) out.push(id);
        break;
      }
      if (!DETERMINERS.has(low[j])) break;
    }
  }
  return unique(out);
}
