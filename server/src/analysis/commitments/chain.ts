// "agreed that X will ...", "promised regulators that ...": the future inside a complement clause,
// whose subject (or, failing one, the outer subject) undertakes the action.
import type { Party } from './actors';
import type { Clause } from './clause';
import { BE, COMMIT_VERBS, FUTURE_MODALS, HEDGES, NEGATORS, NON_VOLITIONAL, REPORT_VERBS } from './lexicon';
import { REACH } from './phrases';

export interface Chain {
  /** The indirect object before "that" ("promised regulators that"), as tokens. */
  object?: [number, number];
  modal: number;
  actionStart: number;
  negated: boolean;
  /** The actors and the rule that chose them, given the outer subject. */
  subject: (outer: Party) => { party: Party; rule: string } | undefined;
}

/** "that X will ...": the future inside a complement clause starting at token j. */
export function findChain(c: Clause, j: number): Chain | undefined {
  const { low, doc } = c.scan;
  const b = c.b;
  if (low[j] === 'whether' || low[j] === 'if') return undefined; // "decided whether it will": undecided
  let start = low[j] === 'that' ? j + 1 : j;
  let object: [number, number] | undefined;
  if (start === j) {
    // "promised regulators that ...": an indirect object before the clause.
    for (let k = j; k < b && k < j + 6 && !c.scan.isPunct(k); k++) {
      if (low[k] === 'that') {
        object = [j, k];
        start = k + 1;
        break;
      }
    }
  }
  for (let k = start; k < b && k < start + REACH; k++) {
    const w = low[k];
    if (c.scan.isPunct(k) && w !== "'s" && w !== "'" && w !== '-') return undefined;
    const isTo = BE.has(w) && low[k + 1] === 'to';
    if (!(FUTURE_MODALS.has(w) || isTo)) {
      if (k > start && (REPORT_VERBS.has(w) || COMMIT_VERBS.has(w)) && !doc.isCapitalized(k)) return undefined;
      continue;
    }
    if (w === 'wo' && low[k + 1] !== "n't") continue;
    let v = isTo ? k + 2 : k + 1;
    let negated = false;
    while (v < b && (NEGATORS.has(low[v]) || low[v] === 'also' || (low[v].length > 4 && low[v].endsWith('ly')))) {
      if (NEGATORS.has(low[v])) negated = true;
      if (HEDGES.has(low[v])) return undefined;
      v++;
    }
    if (v >= b) return undefined;
    const passive = low[v] === 'be' && c.scan.isParticiple(v + 1);
    let subEnd = k;
    while (subEnd > start && (low[subEnd - 1] === 'also' || low[subEnd - 1] === 'jointly' || low[subEnd - 1] === 'both')) subEnd--;
    const verb = v;
    const chain: Chain = {
      object,
      modal: k,
      negated,
      actionStart: passive ? start : verb,
      subject: (outer) => {
        if (passive || subEnd <= start) return { party: outer, rule: 'actor.subject' };
        const inner = doc.resolveNP(start, subEnd, c);
        if (inner && inner.ids.length) return { party: inner, rule: 'actor.clause-subject' };
        // An unresolved pronoun is the outer subject again: "agreed that they will ...".
        if (subEnd - start === 1 && /^(it|they|he|she|we)$/.test(low[start])) return { party: outer, rule: 'actor.subject' };
        if (NON_VOLITIONAL.has(low[verb])) return undefined; // an assessment: "agreed that the region will face"
        // "promised that construction would start": the outer actors, the whole clause as action.
        chain.actionStart = start;
        return { party: { ...outer }, rule: 'actor.subject' };
      },
    };
    return chain;
  }
  return undefined;
}
