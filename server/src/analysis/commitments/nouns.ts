// Nominal commitments: "a commitment to halve coal use", "its pledge of 200 million euros", "a deal
// with Panasonic to build batteries", "the decision by Toyota to close the plant".
import type { Party } from './actors';
import type { Clause } from './clause';
import { actorRules, emitCommitment } from './emit';
import { framed } from './frames';
import { COMMIT_NOUNS, DETERMINERS, NOUN_BLOCKERS, NOUN_GOVERNORS, POSSESSIVE_PRONOUNS, PREPOSITIONS } from './lexicon';
import { actionEnd } from './phrases';

/** Nouns that are an undertaking by themselves when given to someone: "a pledge to the alliance". */
const PLEDGE_NOUNS = new Set(['pledge', 'pledges', 'commitment', 'commitments', 'promise', 'promises']);

/** Where the undertaking named by the noun at token i starts, and who it is with or by. */
interface NounComplement {
  start: number;
  dealWith: string[];
  byActor?: Party;
  rule: string;
}

function nounComplement(c: Clause, i: number): NounComplement | undefined {
  const { low, tokens, doc } = c.scan;
  const w = low[i];
  const next = low[i + 1] ?? '';
  const rule = (kind: string): string => `commit.noun-${kind}`;
  if (
    next === 'to' &&
    c.scan.isWordLike(i + 2) &&
    !DETERMINERS.has(low[i + 2]) &&
    !doc.mention(i + 2) &&
    tokens[i + 2].kind === 'word' &&
    !doc.isCapitalized(i + 2) &&
    !['be', 'the', 'a', 'an'].includes(low[i + 2])
  ) {
    return { start: i + 2, dealWith: [], rule: rule('to') };
  }
  // "made a first-ever pledge to the alliance": a pledge with its recipient, the pledge itself the action.
  if (next === 'to' && PLEDGE_NOUNS.has(w) && (DETERMINERS.has(low[i + 2] ?? '') || doc.mention(i + 2))) {
    return { start: i, dealWith: doc.objectTargets(i + 2, Math.min(c.b, i + 6), []), rule: rule('recipient') };
  }
  if (next === 'with' && (w === 'deal' || w === 'agreement' || w === 'deals' || w === 'agreements')) {
    // "a deal with Panasonic to build batteries"
    let k = i + 2;
    while (k < c.b && k < i + 9 && low[k] !== 'to' && !c.scan.isPunct(k)) k++;
    if (low[k] === 'to' && c.scan.isWordLike(k + 1) && !DETERMINERS.has(low[k + 1]))
      return { start: k + 1, dealWith: doc.objectTargets(i + 2, k, []), rule: rule('with') };
    return undefined;
  }
  if (next === 'by' && (doc.mention(i + 2) || (DETERMINERS.has(low[i + 2]) && doc.mention(i + 3)))) {
    // "the decision by Toyota to close the plant"
    let k = i + 2;
    while (k < c.b && k < i + 13 && low[k] !== 'to' && (!c.scan.isPunct(k) || low[k] === '(' || low[k] === ')')) k++;
    if (low[k] === 'to' && c.scan.isWordLike(k + 1) && !DETERMINERS.has(low[k + 1]) && !doc.mention(k + 1)) {
      const by = doc.resolveNP(i + 2, k, c);
      if (by && by.ids.length) return { start: k + 1, dealWith: [], byActor: by, rule: rule('by') };
    }
    return undefined;
  }
  if (next === 'of' && i + 2 < c.b && (low[i + 2].endsWith('ing') || tokens[i + 2].kind === 'number' || /^[$€£¥]/.test(tokens[i + 2].norm))) {
    return { start: i + 2, dealWith: [], rule: rule('of') };
  }
  return undefined;
}

/**
 * Who made the commitment named at token i: a possessor ("Japan's pledge", "its commitment"), else
 * the subject of the verb that put it on record ("Germany announced a commitment to ..."). 'undone'
 * when a verb shows it is done with ("fulfilled its pledge").
 */
function nounHolder(c: Clause, i: number, comp: NounComplement): { actors: Party | undefined; rule: string; negated: boolean } | 'undone' | undefined {
  const { low, doc } = c.scan;
  const a = c.a;
  let k = i - 1;
  let negated = false;
  // "announced on Wednesday a pledge": the date between governor and noun is skipped.
  const dated = (x: number): boolean => c.scan.isTime(x) || (PREPOSITIONS.has(low[x]) && c.scan.isTime(x + 1));
  while (
    k >= a &&
    k > i - 6 &&
    (dated(k) ||
      (!doc.mention(k) &&
        !c.scan.isPunct(k) &&
        !doc.isPossessive(k) &&
        !doc.isVerbish(k) &&
        !NOUN_GOVERNORS.has(low[k]) &&
        !NOUN_BLOCKERS.has(low[k]) &&
        !POSSESSIVE_PRONOUNS.has(low[k]) &&
        !PREPOSITIONS.has(low[k])))
  ) {
    if (low[k] === 'no') negated = true;
    k--;
  }
  let actors: Party | undefined = comp.byActor;
  let rule = 'actor.noun-by';
  let gov = k;
  if (comp.byActor) gov = a - 1;
  else if (k >= a && (low[k] === "'s" || low[k] === "'")) {
    const np = doc.npStart(k, a);
    actors = doc.resolveNP(np, k, c);
    rule = 'actor.noun-possessor';
    gov = np - 1;
    while (gov >= a && DETERMINERS.has(low[gov])) gov--;
  } else if (k >= a && POSSESSIVE_PRONOUNS.has(low[k])) {
    const ids = doc.resolvePronoun(low[k], k);
    if (ids.length) actors = { ids, plural: ids.length > 1, start: k, end: k + 1 };
    rule = 'actor.noun-possessive-pronoun';
    gov = k - 1;
  }
  if (gov >= a && NOUN_BLOCKERS.has(low[gov])) return 'undone';
  if (gov >= a && low[gov - 1] === 'to') return undefined;
  if (!actors) {
    if (gov < a || !NOUN_GOVERNORS.has(low[gov])) return undefined;
    actors = c.subjectOf(gov);
    rule = 'actor.governor-subject';
  }
  return { actors, rule, negated };
}

/** "a commitment to ...", "its pledge of ...": the noun at token i. */
export function commitNoun(c: Clause, i: number): void {
  const { low, doc } = c.scan;
  if (i > c.a && doc.isCapitalized(i)) return;
  const comp = nounComplement(c, i);
  if (!comp) return;
  const holder = nounHolder(c, i, comp);
  if (holder === 'undone') return c.scan.reject('trap.commitment-undone', i, i + 1);
  const actors = holder?.actors;
  if (!holder || !actors || !actors.ids.length) return;
  // "its commitment to the club" is loyalty; "made a pledge to the alliance" an undertaking.
  if (comp.start === i && holder.rule !== 'actor.governor-subject') return;
  const frame = framed(c, actors.start);
  if (frame) return c.scan.reject(frame, i, i + 1);
  let end = actionEnd(c, comp.start);
  // "made a pledge to the alliance on Monday": when it was made is no deadline.
  if (comp.start === i) for (let k = i + 2; k < end; k++) if (c.scan.isTime(k)) end = k;
  // "Its plan to build a wind farm has been shelved."
  for (let j = end; j < c.b && j < end + 4; j++)
    if (NOUN_BLOCKERS.has(low[j]) || low[j] === 'postponed') return c.scan.reject('trap.commitment-undone', i, i + 1);
  const noun = COMMIT_NOUNS.get(low[i])!;
  const why = [comp.rule, ...actorRules(holder.rule, actors)];
  const modality = c.modality(actors.start, i, end, noun.modality, 'modality.' + noun.modality, why);
  if (holder.negated) why.push('negation.no');
  emitCommitment(c, {
    trigger: [i, i + 1],
    actors,
    actionStart: comp.start,
    actionEnd: end,
    clauseEnd: end,
    modality,
    negated: holder.negated,
    target: comp.dealWith,
    why,
  });
}
