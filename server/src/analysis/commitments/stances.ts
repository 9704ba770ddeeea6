// Stances: who condemned, opposed, rejected, praised, conceded ... whom. Verbs ("condemned North
// Korea"), multi-word verbs ("gave in to"), nouns governed by a verb of expression ("voiced concern
// about"), adjectives after "be" ("is concerned about") and verdicts ("That decision is unlawful",
// "called the ruling 'a disgrace'"). What opens each type is data (stanceTable.ts).
import type { StanceType } from '../types';
import type { Party } from './actors';
import type { Clause } from './clause';
import { actorRules, addStance, NO_TARGETS, type Targets } from './emit';
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
  REPORT_VERBS,
  WEAK_MODALS,
} from './lexicon';
import { STANCE_NEED_INFLECTION, STANCE_TABLE, VERDICTS, type StancePhrase } from './stanceTable';
import { parsedSubject } from './parsed';
import { agent, objectEnd } from './phrases';

/**
 * Whether the stance verb at token i is used as a finite verb of its own subject (or as the
 * participle after a comma: "..., rejecting a challenge"); `phrase` when it opens a multi-word verb.
 */
function stanceVerbUse(c: Clause, i: number, lemma: string, phrase = false): boolean {
  const { low, doc } = c.scan;
  const w = low[i];
  const prev = low[i - 1] ?? '';
  if (i > c.a && doc.isCapitalized(i)) return false;
  if (prev === 'to' || WEAK_MODALS.has(prev) || DETERMINERS.has(prev) || c.negatedBefore(i)) return false;
  if (w === lemma && STANCE_NEED_INFLECTION.has(lemma)) return false;
  // "backed away", "pressed ahead": no stance.
  if (!phrase && PARTICLES.has(low[i + 1] ?? '')) return false;
  // "-s" forms of words that are also plural nouns ("the union's demands") need their subject
  // right before them: "Japan supports", "it strongly backs".
  if (STANCE_NEED_INFLECTION.has(lemma) && w.endsWith('s') && w !== lemma) {
    const ok = doc.mention(i - 1) || BEFORE_STANCE_S_FORM.has(prev) || (prev.length > 4 && prev.endsWith('ly'));
    if (!ok || doc.isPossessive(i - 1)) return false;
  }
  // A bare form needs a subject right before it: "we condemn", "Kenya and Ethiopia deny", "the companies deny".
  const pluralNoun =
    prev.length > 3 && prev.endsWith('s') && !STANCE_NEED_INFLECTION.has(lemma) && !doc.isVerbish(i - 1) && !PREPOSITIONS.has(low[i - 2] ?? '');
  if (w === lemma && !(i > c.a && (FUTURE_MODALS.has(prev) || BEFORE_BARE_STANCE_VERB.has(prev) || doc.mention(i - 1) || pluralNoun))) return false;
  return !(w.endsWith('ing') && !BE.has(prev) && prev !== ',');
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

/** How a definite description in an object may resolve: "the federation", "the government", "the two countries". */
const REFERENCES = new Set(['actor.reference', 'actor.government', 'actor.group-parties', 'actor.group']);

/**
 * The targets in a stance's object [from, end): the agent of an act named in it ("a challenge by
 * SkyWend", "measures to be implemented by the US forces"), else a definite description heading it
 * ("the federation", "the bank": the last body of that sort), else the names in it.
 */
function objectTargets(c: Clause, from: number, end: number, holders: string[]): Targets {
  const { doc, low } = c.scan;
  const ag = agent(c, from, end);
  // "by airline SkyWend and the airport's operator, Kessling Flughafen GmbH": a name in apposition ends the agent.
  let comma = ag ? ag.end : end;
  while (comma < c.b && comma < (ag?.end ?? 0) + 4 && low[comma] !== ',') comma++;
  const next = low[comma] === ',' ? doc.mention(comma + 1) : undefined;
  const appos = next && (next.end >= c.b || c.scan.isPunct(next.end)) ? next : undefined;
  const acting = [...(ag?.party.ids ?? []), ...(appos?.ids ?? [])].filter((id) => doc.isActor(id));
  if (acting.length) return { ids: acting, rule: 'target.object-agent', ownSide: true };
  // A definite description heading the object ("accusing the company of buying X") comes before later names.
  const ref = definiteTarget(c, from, end);
  if (ref.length) return { ids: ref, rule: 'target.reference' };
  const named = doc.objectTargets(from, end, holders);
  return named.length ? { ids: named, rule: 'target.object' } : NO_TARGETS;
}

/** The body a definite description heading [from, end) stands for ("the federation", "the two countries"), unless a name follows "of". */
function definiteTarget(c: Clause, from: number, end: number): string[] {
  const { doc, low } = c.scan;
  let k = from;
  while (k < end && k < from + 2 && PREPOSITIONS.has(low[k])) k++;
  if (low[k] !== 'the') return [];
  let e = k + 1;
  while (e < end && e < k + 4 && !c.scan.isPunct(e) && !PREPOSITIONS.has(low[e]) && !doc.isVerbish(e) && !doc.mention(e) && low[e] !== 'and') e++;
  if (doc.mention(e) || (low[e] === 'of' && doc.mention(e + 1))) return [];
  const ref = doc.resolveNP(k, e, c);
  return ref && REFERENCES.has(ref.via ?? '') ? ref.ids.filter((id) => doc.isActor(id)) : [];
}

/** An object that gives the verb another sense ("defended his title", "conceded two goals"). */
function otherSense(c: Clause, from: number, type: StanceType): boolean {
  const not = STANCE_TABLE[type].notObjects;
  if (!not) return false;
  for (let k = from; k < c.b && k < from + 4; k++) if (not.includes(c.scan.low[k])) return true;
  return false;
}

/** "condemned North Korea", "was condemned by the council", "urged Pyongyang to ..." (the verb at token i). */
export function stanceVerb(c: Clause, i: number, lemma: string, type: StanceType): void {
  const { low, doc } = c.scan;
  if (!stanceVerbUse(c, i, lemma)) return;
  const obj = stanceObject(c, i, lemma);
  if (!obj || otherSense(c, obj.from, type)) return;
  const trigger = 'stance.' + type + '-verb';
  if (BE.has(low[i - 1] ?? '') && low[i].endsWith('ed')) {
    // Passive: "Russia was condemned by the council".
    const ag = agent(c, i + 1, objectEnd(c, i + 1));
    if (!ag) return;
    const tgt = doc.subjectBefore(i, c.a, c);
    const targets = tgt ? tgt.ids.filter((id) => doc.isActor(id)) : [];
    return addStance(c, type, ag.party, { ids: targets, rule: 'target.passive-subject' }, [i, i + 1], [trigger, ...actorRules('holder.agent', ag.party)]);
  }
  if (low[i + 1] === 'by') return;
  // "..., rejecting a challenge": a participle after a comma holds the main clause's subject, which the parse gives best.
  const participle = low[i - 1] === ',' && low[i].endsWith('ing');
  const parsed = participle ? parsedSubject(c, i) : undefined;
  const found = parsed ? undefined : participle ? (c.subject ?? c.subjectOf(i)) : c.subjectOf(i);
  const holders = parsed ?? (found?.ids.length ? found : parsedSubject(c, i));
  if (!holders || !holders.ids.length) return;
  const holderRule = found?.ids.length ? 'holder.subject' : 'holder.parse-subject';
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
  const targets = obj.untargeted ? NO_TARGETS : objectTargets(c, from, end, holders.ids);
  addStance(c, type, holders, targets, [i, i + 1], [trigger, ...actorRules(holderRule, holders)]);
}

/** A multi-word stance verb at token i: "gave in to the protesters", "backed down", "hit out at". */
export function stancePhrase(c: Clause, i: number, type: StanceType, phrase: StancePhrase): void {
  const { low } = c.scan;
  if (!phrase.rest.every((w, k) => low[i + 1 + k] === w) || !stanceVerbUse(c, i, phrase.lemma, true)) return;
  const holders = low[i - 1] === ',' && low[i].endsWith('ing') ? (c.subject ?? c.subjectOf(i)) : c.subjectOf(i);
  if (!holders) return;
  const from = i + 1 + phrase.rest.length;
  addStance(
    c,
    type,
    holders,
    objectTargets(c, from, objectEnd(c, from), holders.ids),
    [i, from],
    ['stance.' + type + '-phrase', ...actorRules('holder.subject', holders)],
  );
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
  const targets = objectTargets(c, from, objectEnd(c, from), holders?.ids ?? []);
  addStance(c, type, holders, targets, [i, i + 1], ['stance.' + type + '-noun', ...actorRules('holder.subject', holders)]);
}

/** "is concerned about", "are opposed to", "was deeply disappointed by": the adjective at token i, after a form of "be". */
export function stanceAdjective(c: Clause, i: number, type: StanceType): void {
  const { low } = c.scan;
  // "is concerned about X", "was disappointed by", or the clause's end ("We are deeply worried," she said).
  if (!['about', 'over', 'by', 'to', 'at', 'for', 'that', 'with'].includes(low[i + 1] ?? '') && !(i + 1 >= c.b || c.scan.isPunct(i + 1))) return;
  const be = BE.has(low[i - 1]) ? i - 1 : i - 2;
  if (c.negatedBefore(be) || NEGATORS.has(low[be + 1])) return;
  const holders = c.subjectOf(be);
  const from = low[i + 1] === 'that' ? i + 1 : i + 2;
  const targets = objectTargets(c, from, objectEnd(c, from), holders?.ids ?? []);
  addStance(c, type, holders, targets, [i, i + 1], ['stance.' + type + '-adjective', ...actorRules('holder.subject', holders)]);
}

/** Words between "be" and a verdict: "was simply wrong", "is a grave mistake", "got this one wrong", "set an example". */
const VERDICT_FILLERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'it',
  'one',
  'all',
  'so',
  'just',
  'big',
  'huge',
  'grave',
  'serious',
  'terrible',
  'total',
  'complete',
  'historic',
]);
const VERDICT_VERBS = new Set(['got', 'get', 'gets', 'made', 'make']);
/** Words a verdict may be followed by besides punctuation and prepositions: "was wrong and ...". */
const VERDICT_FOLLOWERS = new Set(['and', 'but', 'or', 'because', 'that', 'to', 'from', 'this', 'again']);

/**
 * Who passes a verdict at token i: the speaker of the quotation it stands in, else the subject of
 * the reporting verb before it ("X said the levy had been a mistake").
 */
function verdictHolder(c: Clause, i: number, from: number): { holders: Party | undefined; rule: string } {
  const { doc, low } = c.scan;
  const quote = c.scan.quoteAt(i);
  if (quote) {
    const id = quote.speaker ?? c.speaker[0];
    return { holders: id ? { ids: [id], plural: false, start: i, end: i + 1 } : undefined, rule: 'holder.quote-speaker' };
  }
  for (let k = from - 1; k >= c.a && k > from - 25; k--) {
    if (low[k] === '"') break;
    if (REPORT_VERBS.has(low[k]) && !doc.mention(k)) return { holders: c.subjectOf(k), rule: 'holder.reporter' };
  }
  return { holders: undefined, rule: '' };
}

/**
 * A verdict at token i ("That decision was wrong", "is unlawful", "had been a mistake"), on
 * something else (`own` false) or on the speaker's own side ("we got this one wrong": `own`).
 */
export function stanceVerdict(c: Clause, i: number, type: StanceType, own: boolean): void {
  const { low, doc } = c.scan;
  let v = i - 1;
  while (v > c.a && v > i - 5 && (VERDICT_FILLERS.has(low[v]) || /ly$/.test(low[v]))) v--;
  const copula = BE.has(low[v]) || (own ? VERDICT_VERBS.has(low[v]) : low[v] === 'set' || low[v] === 'sets');
  if (!copula || v <= c.a || c.negatedBefore(v) || NEGATORS.has(low[v + 1])) return;
  // "was the wrong man": a verdict word before its noun is no verdict.
  if (i + 1 < c.b && !c.scan.isPunct(i + 1) && !PREPOSITIONS.has(low[i + 1]) && !VERDICT_FOLLOWERS.has(low[i + 1])) return;
  const subjectWord = low[v - 1];
  const firstPerson = subjectWord === 'we' || subjectWord === 'i';
  if (firstPerson !== own || subjectWord === 'there' || doc.isVerbish(i)) return;
  const trigger: [number, number] = [v, i + 1];
  if (own) {
    const holders = c.subjectOf(v);
    return addStance(c, type, holders, NO_TARGETS, trigger, ['stance.' + type + '-own-verdict', ...actorRules('holder.subject', holders)]);
  }
  passVerdict(c, v, trigger, type, 'stance.' + type + '-verdict');
}

/**
 * A verdict on the subject of the predicate at token v (the copula or modal): held by the quotation's
 * speaker or the reporter, aimed at the names at the head of the subject ("Vesta's plan", not "the
 * treaty with Vesta").
 */
function passVerdict(c: Clause, v: number, trigger: [number, number], type: StanceType, ruleId: string): void {
  const { low } = c.scan;
  let s = v;
  while (s > c.a && s > v - 6 && !c.scan.isPunct(s - 1) && !REPORT_VERBS.has(low[s - 1]) && low[s - 1] !== 'that') s--;
  const { holders, rule } = verdictHolder(c, v, s);
  let head = s;
  while (head < v && !PREPOSITIONS.has(low[head])) head++;
  const targets = objectTargets(c, s, head, holders?.ids ?? []);
  addStance(c, type, holders, { ...targets, rule: targets.rule && 'target.verdict-subject' }, trigger, [ruleId, ...actorRules(rule, holders)]);
}

/** A reproach at the modal at token i: "Ankara should have acted sooner", "they ought to have known". */
export function stanceReproach(c: Clause, i: number, type: StanceType): void {
  const { low, doc } = c.scan;
  let k = i + 1;
  if (low[k] === 'to') k++;
  if (NEGATORS.has(low[k] ?? '')) k++;
  if (low[k] !== 'have' || !c.scan.isParticiple(k + 1) || i <= c.a) return;
  const subjectWord = low[i - 1];
  if (subjectWord === 'we' || subjectWord === 'i' || subjectWord === 'you' || doc.isVerbish(i - 1)) return;
  passVerdict(c, i, [i, k + 2], type, 'stance.' + type + '-reproach');
}

/** "called the ruling 'a disgrace'", "called the threat blackmail": naming something with a verdict (the verb at token i). */
export function calledVerdict(c: Clause, i: number): void {
  const { low, doc } = c.scan;
  if (low[i - 1] === 'to' || c.negatedBefore(i) || doc.isCapitalized(i)) return;
  for (let k = i + 2; k < c.b && k < i + 12; k++) {
    const type = VERDICTS.get(low[k]);
    if (!type) {
      if (low[k] === '.' || low[k] === ';' || (doc.isVerbish(k) && !doc.mention(k))) return;
      continue;
    }
    const holders = c.subjectOf(i);
    // The named thing ends at the quotation mark or the verdict's article: "the decision a mistake".
    let e = i + 1;
    while (e < k && low[e] !== '"' && !(e > i + 1 && (low[e] === 'a' || low[e] === 'an'))) e++;
    const targets = objectTargets(c, i + 1, e, holders?.ids ?? []);
    return addStance(c, type, holders, targets, [i, i + 1], ['stance.' + type + '-called', ...actorRules('holder.subject', holders)]);
  }
}
