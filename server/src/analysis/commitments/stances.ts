// Stances: who condemned, opposed, supported, urged ... whom. Verbs ("condemned North Korea"),
// "hit out at", nouns governed by a verb of expression ("voiced concern about"), and adjectives
// after "be" ("is concerned about").
import type { StanceType } from '../types';
import type { Clause } from './clause';
import { actorRules, addStance } from './emit';
import {
  BE,
  BEFORE_BARE_STANCE_VERB,
  BEFORE_STANCE_S_FORM,
  DETERMINERS,
  EXPRESS_VERBS,
  FUTURE_MODALS,
  NEGATORS,
  PARTICLES,
  PREPOSITIONS,
  STANCE_NEED_INFLECTION,
  WEAK_MODALS,
} from './lexicon';
import { agent, objectEnd } from './phrases';

/** Whether the stance verb at token i is used as a finite verb of its own subject. */
function stanceVerbUse(c: Clause, i: number, lemma: string): boolean {
  const { low, doc } = c.scan;
  const w = low[i];
  const prev = low[i - 1] ?? '';
  if (i > c.a && doc.isCapitalized(i)) return false;
  if (prev === 'to' || WEAK_MODALS.has(prev) || DETERMINERS.has(prev) || c.negatedBefore(i)) return false;
  if (w === lemma && STANCE_NEED_INFLECTION.has(lemma)) return false;
  // "backed away", "pressed ahead": no stance.
  if (PARTICLES.has(low[i + 1] ?? '')) return false;
  // "-s" forms of words that are also plural nouns ("the union's demands") need their subject
  // right before them: "Japan supports", "it strongly backs".
  if (STANCE_NEED_INFLECTION.has(lemma) && w.endsWith('s') && w !== lemma) {
    const ok = doc.mention(i - 1) || BEFORE_STANCE_S_FORM.has(prev) || (prev.length > 4 && prev.endsWith('ly'));
    if (!ok || doc.isPossessive(i - 1)) return false;
  }
  if (w === lemma && !(i > c.a && (FUTURE_MODALS.has(prev) || BEFORE_BARE_STANCE_VERB.has(prev) || doc.mention(i - 1)))) return false;
  return !(w.endsWith('ing') && !BE.has(prev));
}

/**
 * Where the object of the stance verb at token i starts, and whether it names a target: "called on
 * X", "called for sanctions" (no one urged), "protested against", "told X it must ...".
 */
function stanceObject(c: Clause, i: number, lemma: string): { from: number; untargeted: boolean } | undefined {
  const { low, doc } = c.scan;
  let from = i + 1;
  if (lemma === 'call' || lemma === 'appeal') {
    if (low[from] === (lemma === 'call' ? 'on' : 'to') || (lemma === 'call' && low[from] === 'upon')) return { from: from + 1, untargeted: false };
    if (low[from] === 'for') return { from, untargeted: true };
    return undefined;
  }
  if (lemma === 'protest' || lemma === 'object') {
    // "protested against the visit", "objected to the plan"
    if (low[from] === 'against' || low[from] === 'to' || low[from] === 'over') from++;
    else if (lemma === 'object') return undefined;
  } else if (lemma === 'tell') {
    const m = doc.mention(from);
    if (!m) return undefined;
    let k = m.end;
    if (low[k] === 'that') k++;
    let demand = false;
    for (let j = k; j < c.b && j < k + 6; j++) if (low[j] === 'must' || low[j] === 'should' || (low[j] === 'to' && j === m.end)) demand = true;
    if (!demand) return undefined;
  }
  return { from, untargeted: false };
}

/** "condemned North Korea", "was condemned by the council", "urged Pyongyang to ..." (the verb at token i). */
export function stanceVerb(c: Clause, i: number, lemma: string, type: StanceType): void {
  const { low, doc } = c.scan;
  if (!stanceVerbUse(c, i, lemma)) return;
  const obj = stanceObject(c, i, lemma);
  if (!obj) return;
  const trigger = 'stance.' + type + '-verb';
  if (BE.has(low[i - 1] ?? '') && low[i].endsWith('ed')) {
    // Passive: "Russia was condemned by the council".
    const ag = agent(c, i + 1, objectEnd(c, i + 1));
    if (!ag) return;
    const tgt = doc.subjectBefore(i, c.a, c);
    const targets = tgt ? tgt.ids.filter((id) => doc.isActor(id)) : [];
    return addStance(c, type, ag.party, targets, [i, i + 1], [trigger, ...actorRules('holder.agent', ag.party)], 'target.passive-subject');
  }
  if (low[i + 1] === 'by') return;
  const holders = c.subjectOf(i);
  if (!holders || !holders.ids.length) return;
  const from = obj.from;
  let end = objectEnd(c, from);
  if (type === 'urge') {
    // The target is named before the demanded action: "urged Pyongyang to return to talks".
    for (let k = from; k < end; k++) {
      if (low[k] === 'to' && k > from && !doc.mention(k + 1)) {
        end = k;
        break;
      }
    }
  }
  addStance(c, type, holders, obj.untargeted ? [] : doc.objectTargets(from, end, holders.ids), [i, i + 1], [trigger, ...actorRules('holder.subject', holders)]);
}

/** "hit out at", "lashed out at": criticism. */
export function lashOut(c: Clause, i: number): void {
  if (c.scan.low[i - 1] === 'to' || c.negatedBefore(i)) return;
  const holders = c.subjectOf(i);
  if (!holders) return;
  const targets = c.scan.doc.objectTargets(i + 3, objectEnd(c, i + 3), holders.ids);
  addStance(c, 'criticize', holders, targets, [i, i + 3], ['stance.lash-out', ...actorRules('holder.subject', holders)]);
}

/** "voiced strong concerns about", "reiterated its position on": the noun at token i. */
export function stanceNoun(c: Clause, i: number, type: StanceType): void {
  const { low, doc } = c.scan;
  if (i > c.a && doc.isCapitalized(i)) return;
  let g = i - 1;
  while (g >= c.a && g > i - 5 && !doc.mention(g) && !c.scan.isPunct(g) && !EXPRESS_VERBS.has(low[g]) && !doc.isVerbish(g)) g--;
  if (g < c.a || !EXPRESS_VERBS.has(low[g]) || low[g - 1] === 'to' || c.negatedBefore(g) || WEAK_MODALS.has(low[g - 1] ?? '')) return;
  if (type === 'reaffirm-position' && !/^(reaffirm|reiterat|restat|renew)/.test(low[g])) return;
  const holders = c.subjectOf(g);
  let from = i + 1;
  if (PREPOSITIONS.has(low[from]) || low[from] === 'regarding') from++;
  const targets = doc.objectTargets(from, objectEnd(c, from), holders?.ids ?? []);
  addStance(c, type, holders, targets, [i, i + 1], ['stance.' + type + '-noun', ...actorRules('holder.subject', holders)]);
}

/** "is concerned about", "are opposed to": the adjective at token i, after a form of "be". */
export function stanceAdjective(c: Clause, i: number, type: StanceType): void {
  const { low, doc } = c.scan;
  if (!['about', 'over', 'by', 'to', 'at', 'for'].includes(low[i + 1] ?? '')) return;
  const be = BE.has(low[i - 1]) ? i - 1 : i - 2;
  if (c.negatedBefore(be) || NEGATORS.has(low[be + 1])) return;
  const holders = c.subjectOf(be);
  const targets = doc.objectTargets(i + 2, objectEnd(c, i + 2), holders?.ids ?? []);
  addStance(c, type, holders, targets, [i, i + 1], ['stance.' + type + '-adjective', ...actorRules('holder.subject', holders)]);
}
