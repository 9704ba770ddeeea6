// Commitment verbs and their complements: "agreed to", "pledged $400 million", "promised that X
// will", "is considering ordering", "ruled out", "reaffirmed that ...".
import type { Party } from './actors';
import type { Clause } from './clause';
import { findChain, type Chain } from './chain';
import { actorRules, emitCommitment } from './emit';
import { framed } from './frames';
import {
  BE,
  BEFORE_BARE_COMMIT_VERB,
  DEMAND_FRAMES,
  DETERMINERS,
  FUTURE_MODALS,
  GROUP_NOUNS,
  NEGATORS,
  PREPOSITIONS,
  WEAK_MODALS,
  type CommitVerb,
} from './lexicon';
import { actionEnd, REACH } from './phrases';

/** Whether the commitment verb at token i is used as one: finite, active, not a noun or modifier. */
function verbUse(c: Clause, i: number, lemma: string, props: CommitVerb): boolean {
  const { low, doc } = c.scan;
  const w = low[i];
  const prev = low[i - 1] ?? '';
  if (i > c.a && doc.isCapitalized(i)) return false;
  if (DETERMINERS.has(prev) || prev === 'to' || (WEAK_MODALS.has(prev) && prev !== 'would')) return false;
  const past = w.endsWith('ed') || w === 'sought' || w === 'undertook' || w === 'undertaken';
  if (BE.has(prev) && past) return false; // passive or adjectival: "is aimed at", "was agreed"
  if (props.presentOnly && past) return false;
  if (w === lemma && !(i > c.a && (FUTURE_MODALS.has(prev) || BEFORE_BARE_COMMIT_VERB.has(prev) || doc.mention(i - 1) || GROUP_NOUNS.has(prev)))) return false;
  if (lemma === 'consider' && !(w === 'considering' || w === 'considers')) return false;
  if (w.endsWith('ing') && !BE.has(prev) && !(lemma === 'consider' || lemma === 'plan')) return false;
  return !(prev === 'had' && lemma === 'plan');
}

/** What a commitment verb takes: where the action starts (or the that-clause), negation, counterparts. */
interface Complement {
  actionStart: number;
  chain?: Chain;
  negated: boolean;
  target: string[];
  /** The trigger rule: "commit.agree-to", "commit.promise-that" ... */
  rule: string;
  why: string[];
}

/** The complement of the commitment verb at token i, when it has one. */
function complementOf(c: Clause, i: number, lemma: string, props: CommitVerb): Complement | undefined {
  const { low, tokens, doc } = c.scan;
  let j = i + 1;
  // "voted 9 to 4 on Tuesday to build ..."
  if (lemma === 'vote' && tokens[j]?.kind === 'number' && low[j + 1] === 'to' && tokens[j + 2]?.kind === 'number') j += 3;
  j = c.skipTime(j);
  // "promised during his campaign not to ...": a short phrase before the infinitive.
  if (PREPOSITIONS.has(low[j]) && low[j] !== 'to' && !(lemma === 'agree' && (low[j] === 'on' || low[j] === 'upon' || low[j] === 'with'))) {
    for (let k = j + 1; k < c.b && k < j + 7 && !c.scan.isPunct(k) && !doc.isVerbish(k); k++) {
      if (low[k] === 'to' || (NEGATORS.has(low[k]) && low[k + 1] === 'to')) {
        j = k;
        break;
      }
    }
  }
  const why: string[] = [];
  if (props.negative) why.push('negation.refusal');
  else if (c.negatedBefore(i)) why.push('negation.not');
  let negated = why.length > 0;
  let target: string[] = [];
  if (NEGATORS.has(low[j]) && low[j] !== 'no') {
    negated = !negated;
    why.push('negation.not');
    j++;
  }
  // "agreed with the IG Metall union to avoid ...", "promised regulators that ..."
  if (low[j] === 'with' && lemma === 'agree') {
    let k = j + 1;
    while (k < c.b && k < j + 8 && low[k] !== 'to' && low[k] !== 'on' && low[k] !== 'that' && !c.scan.isPunct(k)) k++;
    if (low[k] !== 'to' && low[k] !== 'on' && low[k] !== 'that') return undefined;
    target = doc.objectTargets(j + 1, k, []);
    j = k;
  }
  const done = (actionStart: number, rule: string, chain?: Chain): Complement => ({
    actionStart,
    chain,
    negated,
    target,
    rule: `commit.${lemma}-${rule}`,
    why,
  });
  if (low[j] === 'to' && c.scan.isWordLike(j + 1)) return done(j + 1, 'to');
  if (low[j] === 'to') return undefined;
  if ((low[j] === 'on' || low[j] === 'upon') && lemma === 'agree') return done(j + 1, 'on');
  if (lemma === 'decide' && low[j] === 'against') {
    negated = !negated;
    why.push('negation.against');
    return done(j + 1, 'against');
  }
  if (props.gerund && c.scan.isWordLike(j)) return done(j, 'gerund');
  const object = props.object && (isObjectStart(c, j) || bareObject(c, lemma, j));
  if (props.that) {
    const chain = findChain(c, j);
    if (chain?.object) target = doc.objectTargets(chain.object[0], chain.object[1], []);
    if (chain) return done(-1, 'that', chain);
  }
  return object ? done(j, 'object') : undefined;
}

/** "agreed to", "pledged $400 million", "promised that X will" (the verb at token i). */
export function commitVerb(c: Clause, i: number, lemma: string, props: CommitVerb): void {
  if (!verbUse(c, i, lemma, props)) return;
  const comp = complementOf(c, i, lemma, props);
  if (!comp) return;
  const found = c.subjectOf(i);
  const subStart = found ? found.start : c.scan.doc.npStart(i, c.a);
  const frame = framed(c, subStart);
  if (frame) return c.scan.reject(frame, i, i + 1);
  const chain = comp.chain;
  let actors = found;
  let actorRule = 'actor.subject';
  let actionStart = comp.actionStart;
  let negated = comp.negated;
  if (chain) {
    // A named inner subject needs no outer one: "the two governments agreed that Ecuador will".
    const inner = chain.subject(found ?? { ids: [], plural: false, start: subStart, end: i });
    if (!inner || !inner.party.ids.length) return;
    c.consumed.add(chain.modal);
    actors = inner.party;
    actorRule = inner.rule;
    actionStart = chain.actionStart;
    if (chain.negated) comp.why.push('negation.clause');
    negated = negated !== chain.negated;
  }
  if (!actors || !actors.ids.length) return;
  const end = actionEnd(c, actionStart);
  const why = [comp.rule, ...actorRules(actorRule, actors)];
  const modality = c.modality(chain ? subStart : actors.start, i, end, props.modality, 'modality.' + props.modality, why);
  why.push(...comp.why);
  const gaps = comp.rule.endsWith('-object') ? gappedList(c, actionStart, end) : [];
  const firstEnd = gaps.length ? gaps[0].cut : end;
  emitCommitment(c, { trigger: [i, i + 1], actors, actionStart, actionEnd: firstEnd, clauseEnd: firstEnd, modality, negated, target: comp.target, why });
  for (const g of gaps) {
    const gapWhy = [comp.rule, 'commit.gapped-list', 'actor.name', ...why.filter((r) => r.startsWith('modality.') || r.startsWith('negation.'))];
    emitCommitment(c, {
      trigger: [i, i + 1],
      actors: g.party,
      actionStart: g.start,
      actionEnd: g.end,
      clauseEnd: g.end,
      modality,
      negated,
      target: [],
      why: gapWhy,
      shared: true,
    });
  }
}

/**
 * "Sweden pledged $300 million, Canada $250 million and Japan $180 million": the verb left out
 * after each further name; each name with its amount is a pledge of its own. `cut` ends the
 * action before it, [start, end) is its amount.
 */
function gappedList(c: Clause, from: number, to: number): { cut: number; party: Party; start: number; end: number }[] {
  const { low, doc } = c.scan;
  const out: { cut: number; party: Party; start: number; end: number }[] = [];
  for (let k = from + 1; k < to; k++) {
    if (low[k] !== ',' && low[k] !== 'and') continue;
    const at = low[k] === ',' && low[k + 1] === 'and' ? k + 2 : k + 1;
    const m = doc.mention(at);
    if (!m || m.first !== at || !m.ids.every((id) => doc.isActor(id)) || !isAmount(c, m.end)) continue;
    if (out.length) out[out.length - 1].end = k;
    out.push({ cut: k, party: { ids: m.ids, plural: m.ids.length > 1, start: at, end: m.end, via: 'actor.name' }, start: m.end, end: to });
    k = m.end;
  }
  return out;
}

/** A sum of money or a number at token j: "$250 million", "250 million euros", "€40m". */
function isAmount(c: Clause, j: number): boolean {
  const t = c.scan.tokens[j];
  return !!t && (t.kind === 'number' || t.kind === 'symbol' || /^[$€£¥]/.test(t.norm));
}

/** "pledged support for Kyiv", "Seoul and Tokyo pledge closer watch": a bare noun phrase. */
function bareObject(c: Clause, lemma: string, j: number): boolean {
  const { low, tokens, doc } = c.scan;
  if (!(lemma === 'pledge' || lemma === 'promise') || j >= c.b || tokens[j].kind !== 'word') return false;
  const w = low[j];
  const verb = doc.isVerbish(j) && !['further', 'more', 'again', 'also', 'now'].includes(w);
  return !doc.isCapitalized(j) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !verb && !/^(that|it|they|he|she|we|not|never|also|to|again|now)$/.test(w);
}

function isObjectStart(c: Clause, j: number): boolean {
  if (j >= c.b) return false;
  const { low, doc } = c.scan;
  return isAmount(c, j) || low[j] === 'a' || low[j] === 'an' || (low[j] === 'the' && !doc.isVerbish(j + 1));
}

/** "Denmark is giving just $2 million": a sum being given is a pledge (the verb at token i, after "be"). */
export function givingAmount(c: Clause, i: number): void {
  const { low } = c.scan;
  let j = i + 1;
  while (j < c.b && j < i + 3 && /^(just|only|another|nearly|almost|about|some|over)$/.test(low[j])) j++;
  if (!isAmount(c, j)) return;
  const sub = c.subjectOf(i - 1);
  if (!sub || !sub.ids.length) return;
  const frame = framed(c, sub.start);
  if (frame) return c.scan.reject(frame, i - 1, i + 1);
  const end = actionEnd(c, j);
  const why = ['commit.giving-amount', ...actorRules('actor.subject', sub)];
  const modality = c.modality(sub.start, i, end, 'firm', 'modality.firm', why);
  const negated = c.negatedBefore(i);
  if (negated) why.push('negation.not');
  emitCommitment(c, { trigger: [i, i + 1], actors: sub, actionStart: j, actionEnd: end, clauseEnd: end, modality, negated, target: [], why });
}

/** "ruled out raising taxes": a negated undertaking. */
export function ruleOut(c: Clause, i: number): void {
  const { low } = c.scan;
  if (c.negatedBefore(i) || low[i - 1] === 'to') return;
  const sub = c.subjectOf(i);
  if (!sub || !sub.ids.length) return;
  const frame = framed(c, sub.start);
  if (frame) return c.scan.reject(frame, i, i + 2);
  const start = i + 2;
  if (!c.scan.isWordLike(start)) return;
  const end = actionEnd(c, start);
  const why = ['commit.rule-out', ...actorRules('actor.subject', sub), 'modality.firm', 'negation.rule-out'];
  emitCommitment(c, { trigger: [i, i + 2], actors: sub, actionStart: start, actionEnd: end, clauseEnd: end, modality: 'firm', negated: true, target: [], why });
}

/**
 * "reaffirmed that Article Five applies to the Senkaku Islands". With an object, the noun is the
 * trigger: "reaffirmed its commitment to" (a commitment), "reiterated its support for" (a stance).
 */
export function reaffirm(c: Clause, i: number): void {
  const { low } = c.scan;
  const prev = low[i - 1] ?? '';
  if (prev === 'to' || DETERMINERS.has(prev) || BE.has(prev) || c.negatedBefore(i)) return;
  if (low[i + 1] !== 'that') return;
  if (findChain(c, i + 1)) return; // the future inside is its own trigger
  const clause = low.slice(i + 2, Math.min(c.b, i + 2 + REACH));
  if (clause.some((x) => DEMAND_FRAMES.has(x))) return c.scan.reject('trap.demand-frame', i, i + 1); // "reaffirmed that disputes must be settled"
  const sub = c.subjectOf(i);
  if (!sub || !sub.ids.length) return;
  const end = actionEnd(c, i + 2);
  const why = ['commit.reaffirm-that', ...actorRules('actor.subject', sub)];
  const modality = c.modality(sub.start, i, end, 'firm', 'modality.firm', why);
  emitCommitment(c, { trigger: [i, i + 1], actors: sub, actionStart: i + 2, actionEnd: end, clauseEnd: end, modality, negated: false, target: [], why });
}
