// The trigger families, in one table: the words that open each, an optional test of the words
// around, and the rule that reads the clause from there. The sentence scan looks each token up
// once; for a token in several families they run in table order. Adding a trigger is one entry.
import type { Clause } from './clause';
import { beTo, modal, passiveNominal } from './futures';
import { BE, BE_TO_ADJECTIVES, COMMIT_NOUNS, COMMIT_VERBS, FUTURE_MODALS, REAFFIRM_VERBS } from './lexicon';
import { OWN_VERDICTS, REPROACHES, STANCE_ADJECTIVES, STANCE_NOUNS, STANCE_PHRASES, STANCE_VERBS, VERDICTS } from './stanceTable';
import { commitNoun } from './nouns';
import { calledVerdict, stanceAdjective, stanceNoun, stancePhrase, stanceReproach, stanceVerb, stanceVerdict } from './stances';
import { commitVerb, givingAmount, reaffirm, ruleOut } from './verbs';

export interface TriggerFamily {
  /** A name for the family (the rules it applies record their own ids on `why`). */
  family: string;
  /** Lower-cased words that open it. */
  words: Iterable<string>;
  /** A further test on the tokens around the word at i. */
  when?: (c: Clause, i: number) => boolean;
  run: (c: Clause, i: number) => void;
}

/** A form of "be" right before token i, or two before with an adverb between ("is firmly committed"). */
const afterBe = (c: Clause, i: number): boolean => {
  const low = c.scan.low;
  return BE.has(low[i - 1] ?? '') || (BE.has(low[i - 2] ?? '') && /ly$/.test(low[i - 1]));
};
const next = (c: Clause, i: number, k: number): string | undefined => c.scan.low[i + k];

export const TRIGGERS: TriggerFamily[] = [
  { family: 'passive-nominal', words: ['to'], when: (c, i) => next(c, i, 1) === 'be' && c.scan.isParticiple(i + 2), run: passiveNominal },
  { family: 'modal-future', words: FUTURE_MODALS, run: modal },
  { family: 'be-to', words: [...BE].filter((w) => w !== 'be' && w !== 'been'), when: (c, i) => next(c, i, 1) === 'to', run: modal },
  { family: 'be-adjective-to', words: BE_TO_ADJECTIVES.keys(), when: (c, i) => next(c, i, 1) === 'to' && afterBe(c, i), run: beTo },
  {
    family: 'commit-verb',
    words: COMMIT_VERBS.keys(),
    run: (c, i) => {
      const verb = COMMIT_VERBS.get(c.scan.low[i])!;
      commitVerb(c, i, verb.lemma, verb.value);
    },
  },
  { family: 'giving-amount', words: ['giving'], when: (c, i) => BE.has(c.scan.low[i - 1] ?? ''), run: givingAmount },
  { family: 'rule-out', words: ['ruled', 'rules', 'rule', 'ruling'], when: (c, i) => next(c, i, 1) === 'out', run: ruleOut },
  { family: 'reaffirm', words: REAFFIRM_VERBS.keys(), run: reaffirm },
  { family: 'commit-noun', words: COMMIT_NOUNS.keys(), run: commitNoun },
  {
    family: 'stance-verb',
    words: STANCE_VERBS.keys(),
    run: (c, i) => {
      const verb = STANCE_VERBS.get(c.scan.low[i])!;
      stanceVerb(c, i, verb.lemma, verb.value);
    },
  },
  { family: 'stance-noun', words: STANCE_NOUNS.keys(), run: (c, i) => stanceNoun(c, i, STANCE_NOUNS.get(c.scan.low[i])!) },
  {
    family: 'stance-phrase',
    words: STANCE_PHRASES.keys(),
    run: (c, i) => {
      for (const { type, phrase } of STANCE_PHRASES.get(c.scan.low[i])!) stancePhrase(c, i, type, phrase);
    },
  },
  {
    family: 'stance-called',
    words: ['called', 'calls', 'call', 'calling'],
    when: (c, i) => !['on', 'upon', 'for', 'off'].includes(next(c, i, 1) ?? ''),
    run: calledVerdict,
  },
  { family: 'stance-verdict', words: VERDICTS.keys(), run: (c, i) => stanceVerdict(c, i, VERDICTS.get(c.scan.low[i])!, false) },
  { family: 'stance-reproach', words: REPROACHES.keys(), run: (c, i) => stanceReproach(c, i, REPROACHES.get(c.scan.low[i])!) },
  { family: 'stance-own-verdict', words: OWN_VERDICTS.keys(), run: (c, i) => stanceVerdict(c, i, OWN_VERDICTS.get(c.scan.low[i])!, true) },
  { family: 'stance-adjective', words: STANCE_ADJECTIVES.keys(), when: afterBe, run: (c, i) => stanceAdjective(c, i, STANCE_ADJECTIVES.get(c.scan.low[i])!) },
];

/** Word → the families it opens, in table order. */
export const FAMILIES_BY_WORD: ReadonlyMap<string, readonly TriggerFamily[]> = (() => {
  const map = new Map<string, TriggerFamily[]>();
  for (const family of TRIGGERS) {
    for (const w of family.words) {
      const list = map.get(w) ?? [];
      if (!list.includes(family)) list.push(family);
      map.set(w, list);
    }
  }
  return map;
})();
