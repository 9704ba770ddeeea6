// The stance types and the words that open each, in one table: verbs whose subject holds the
// stance ("rejected the plan"), multi-word verbs ("gave in to", "voted against"), nouns after a
// verb of expression ("voiced concern about"), adjectives after "be" ("is disappointed by") and
// verdicts ("That decision is unlawful", "we got it wrong"). The trigger families and the rule list
// are built from it, so a new type or trigger is one entry here and nowhere in the code.
import type { StanceType } from '../types';
import { forms, inflect } from './lexicon';

/** A multi-word verb: the lemma (with its irregular forms) and the words that must follow it. */
export interface StancePhrase {
  lemma: string;
  extra?: string[];
  rest: string[];
}

export interface StanceEntry {
  /** What the type means, for the rule list. */
  gloss: string;
  /** Verbs by lemma, with irregular forms: [lemma, extra forms]. */
  verbs?: [string, string[]?][];
  /** Multi-word verbs: "gave in to", "backed down". */
  phrases?: StancePhrase[];
  /** Nouns counted after a verb of expression. */
  nouns?: string[];
  /** Adjectives counted after "be". */
  adjectives?: string[];
  /** Verdicts: words that, as the predicate of "be" ("is unlawful", "was a mistake"), give this type. */
  verdicts?: string[];
  /** Verdicts of the speaker on their own side ("we were wrong", "we got this one wrong"). */
  ownVerdicts?: string[];
  /** Modals of a reproach: "X should have acted sooner". */
  reproaches?: string[];
  /** Objects that make the verb mean something else ("defended his title", "conceded two goals"). */
  notObjects?: string[];
}

export const STANCE_TABLE: Readonly<Record<StanceType, StanceEntry>> = {
  condemn: { gloss: 'condemns', verbs: [['condemn'], ['denounce'], ['deplore'], ['decry']], nouns: ['condemnation'] },
  oppose: {
    gloss: 'opposes',
    verbs: [['oppose'], ['protest'], ['object'], ['sue']],
    phrases: [
      { lemma: 'vote', rest: ['against'] },
      { lemma: 'campaign', rest: ['against'] },
    ],
    nouns: ['opposition', 'objection', 'objections'],
    adjectives: ['opposed'],
  },
  reject: { gloss: 'rejects', verbs: [['reject'], ['rebuff'], ['spurn'], ['repudiate']], nouns: ['rejection'] },
  criticize: {
    gloss: 'criticizes',
    verbs: [['criticize'], ['criticise'], ['accuse'], ['rebuke'], ['slam'], ['blast'], ['lambaste'], ['censure'], ['fault'], ['chide']],
    phrases: [
      { lemma: 'hit', extra: ['hitting'], rest: ['out', 'at'] },
      { lemma: 'lash', rest: ['out', 'at'] },
    ],
    nouns: ['criticism', 'criticisms'],
    verdicts: [
      'wrong',
      'unlawful',
      'illegal',
      'unacceptable',
      'unfair',
      'unjust',
      'outrageous',
      'shameful',
      'scandalous',
      'disgraceful',
      'absurd',
      'irresponsible',
      'reckless',
      'misguided',
      'mistake',
      'betrayal',
      'disgrace',
      'scandal',
      'farce',
      'travesty',
      'insult',
      'blunder',
      'outrage',
      'blackmail',
      'fiasco',
    ],
    reproaches: ['should', 'ought'],
  },
  disagree: {
    gloss: 'disagrees with',
    verbs: [['disagree'], ['dispute']],
    phrases: [{ lemma: 'take', extra: ['took', 'taken'], rest: ['issue', 'with'] }],
    nouns: ['disagreement'],
  },
  deny: { gloss: 'denies', verbs: [['deny']], nouns: ['denial'], notObjects: ['bail', 'entry', 'access', 'permission', 'visa', 'visas'] },
  concern: {
    gloss: 'is concerned about',
    verbs: [['fear']],
    nouns: ['concern', 'concerns', 'worry', 'worries', 'alarm', 'fears'],
    adjectives: ['concerned', 'worried', 'alarmed', 'troubled'],
  },
  regret: {
    gloss: 'regrets or is disappointed by',
    verbs: [['regret'], ['apologise'], ['apologize'], ['lament']],
    nouns: ['regret', 'disappointment', 'dismay'],
    adjectives: ['disappointed', 'dismayed', 'sorry'],
  },
  support: {
    gloss: 'supports',
    verbs: [['support'], ['back'], ['endorse']],
    phrases: [{ lemma: 'side', rest: ['with'] }],
    nouns: ['support', 'backing', 'solidarity'],
    adjectives: ['supportive'],
  },
  defend: { gloss: 'defends', verbs: [['defend'], ['justify']], notObjects: ['title', 'titles', 'crown', 'belt', 'championship', 'lead', 'goal', 'territory'] },
  welcome: { gloss: 'welcomes', verbs: [['welcome'], ['hail'], ['applaud']] },
  praise: {
    gloss: 'praises',
    verbs: [['praise'], ['commend'], ['laud']],
    nouns: ['praise'],
    verdicts: ['exemplary', 'commendable', 'admirable', 'courageous', 'example'],
  },
  appreciate: { gloss: 'appreciates or thanks', verbs: [['appreciate'], ['thank']], nouns: ['appreciation', 'gratitude', 'thanks'], adjectives: ['grateful'] },
  concede: {
    gloss: 'concedes or gives in',
    verbs: [['concede']],
    notObjects: [
      'nothing',
      'goal',
      'goals',
      'run',
      'runs',
      'point',
      'points',
      'penalty',
      'penalties',
      'corner',
      'corners',
      'wicket',
      'wickets',
      'try',
      'tries',
      'set',
      'sets',
      'game',
      'games',
    ],
    phrases: [
      { lemma: 'give', extra: ['gave', 'given'], rest: ['in'] },
      { lemma: 'bow', rest: ['to'] },
      { lemma: 'back', rest: ['down'] },
      { lemma: 'climb', rest: ['down'] },
      { lemma: 'cave', rest: ['in'] },
    ],
    ownVerdicts: ['wrong', 'mistake', 'mistakes', 'error', 'errors'],
  },
  urge: {
    gloss: 'urges',
    verbs: [['urge'], ['demand'], ['press'], ['call'], ['appeal'], ['tell', ['told']]],
  },
  'reaffirm-position': { gloss: 'restates its position', nouns: ['position', 'stance'] },
};

/** Stance verbs whose bare form is also a common noun or adverb: counted only when inflected. */
export const STANCE_NEED_INFLECTION = new Set([
  'support',
  'back',
  'welcome',
  'demand',
  'press',
  'call',
  'appeal',
  'tell',
  'blast',
  'thank',
  'praise',
  'protest',
  'object',
  'dispute',
  'fear',
  'defend',
  'fault',
]);

const entries = Object.entries(STANCE_TABLE) as [StanceType, StanceEntry][];

/** Every stance type. */
export const STANCE_TYPES: readonly StanceType[] = entries.map(([type]) => type);

/** Stance verbs (every form): the subject holds the stance, the object is its target. */
export const STANCE_VERBS = forms<StanceType>(
  entries.flatMap(([type, e]) => (e.verbs ?? []).map(([lemma, extra]): [string, StanceType, string[]?] => [lemma, type, extra])),
);

/** Multi-word stance verbs by the forms of their first word. */
export const STANCE_PHRASES: ReadonlyMap<string, { type: StanceType; phrase: StancePhrase }[]> = (() => {
  const map = new Map<string, { type: StanceType; phrase: StancePhrase }[]>();
  for (const [type, e] of entries)
    for (const phrase of e.phrases ?? [])
      for (const f of new Set([...inflect(phrase.lemma), ...(phrase.extra ?? [])])) map.set(f, [...(map.get(f) ?? []), { type, phrase }]);
  return map;
})();

function byWord(pick: (e: StanceEntry) => string[] | undefined): ReadonlyMap<string, StanceType> {
  return new Map(entries.flatMap(([type, e]) => (pick(e) ?? []).map((w): [string, StanceType] => [w, type])));
}

/** Stance nouns, counted when a verb of expression governs them ("voiced strong concerns about"). */
export const STANCE_NOUNS = byWord((e) => e.nouns);
/** Adjectives of stance after "be": "is concerned about", "are opposed to". */
export const STANCE_ADJECTIVES = byWord((e) => e.adjectives);
/** Verdicts after "be" on something else ("is unlawful") and on one's own side ("we were wrong"). */
export const VERDICTS = byWord((e) => e.verdicts);
export const OWN_VERDICTS = byWord((e) => e.ownVerdicts);
/** Modals of reproach ("should have acted"). */
export const REPROACHES = byWord((e) => e.reproaches);
