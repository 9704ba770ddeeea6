// Word lists for commitments and stances. Verbs are listed by lemma and expanded to their
// inflections once, at load; every lookup is on lower-cased token norms.
import type { Modality } from '../types';

/** Lemmas whose final consonant doubles before -ed/-ing. */
const DOUBLING = new Set(['commit', 'plan', 'rebuke', 'regret', 'ban', 'drop', 'scrap', 'stop', 'slam', 'abet']);

/** The inflected forms of a regular verb: lemma, -s, -ed, -ing. */
export function inflect(lemma: string): string[] {
  const last = lemma[lemma.length - 1];
  const doubled = DOUBLING.has(lemma) && !lemma.endsWith('e');
  const consY = /[^aeiou]y$/.test(lemma);
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : consY ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  const past = doubled ? lemma + last + 'ed' : lemma.endsWith('e') ? lemma + 'd' : consY ? lemma.slice(0, -1) + 'ied' : lemma + 'ed';
  const ing = doubled ? lemma + last + 'ing' : lemma.endsWith('e') && !lemma.endsWith('ee') ? lemma.slice(0, -1) + 'ing' : lemma + 'ing';
  return [lemma, third, past, ing];
}

export function forms<T>(entries: [string, T, string[]?][]): Map<string, { lemma: string; value: T }> {
  const map = new Map<string, { lemma: string; value: T }>();
  for (const [lemma, value, extra] of entries) {
    for (const f of [...inflect(lemma), ...(extra ?? [])]) if (!map.has(f)) map.set(f, { lemma, value });
  }
  return map;
}

export interface CommitVerb {
  modality: Modality;
  /** Refusals: the undertaking is not to act. */
  negative?: boolean;
  /** Takes a that-clause holding its own future ("agreed that X will ..."). */
  that?: boolean;
  /** Takes a direct object as the undertaking ("pledged $400 million", "agreed a deal"). */
  object?: boolean;
  /** Takes an -ing or noun complement without "to" ("is considering ordering"). */
  gerund?: boolean;
  /** Only present-tense or progressive forms count ("seeks to", not "sought to"). */
  presentOnly?: boolean;
}

/** Commitment verbs: the complement is an undertaking of the subject. */
export const COMMIT_VERBS = forms<CommitVerb>([
  ['agree', { modality: 'firm', that: true, object: true }],
  ['pledge', { modality: 'firm', that: true, object: true }],
  ['vow', { modality: 'firm', that: true }],
  ['promise', { modality: 'firm', that: true, object: true }],
  ['commit', { modality: 'firm', object: true }],
  ['undertake', { modality: 'firm' }, ['undertook', 'undertaken']],
  ['decide', { modality: 'firm', that: true }],
  ['resolve', { modality: 'firm', that: true }],
  ['vote', { modality: 'firm' }],
  ['guarantee', { modality: 'firm', that: true }],
  ['refuse', { modality: 'firm', negative: true }],
  // A threat is a declared intention, tentative (conditional when bound to a condition).
  ['threaten', { modality: 'tentative' }],
  ['plan', { modality: 'tentative' }],
  ['aim', { modality: 'tentative' }],
  ['intend', { modality: 'tentative' }],
  ['seek', { modality: 'tentative', presentOnly: true, object: true }],
  ['offer', { modality: 'tentative' }],
  ['consider', { modality: 'tentative', gerund: true, presentOnly: true }],
  ['prepare', { modality: 'tentative', presentOnly: true }],
]);

/** Verbs restating a standing commitment: "reaffirmed that Article Five applies to ...". */
export const REAFFIRM_VERBS = forms<true>([
  ['reaffirm', true],
  ['reiterate', true],
  ['restate', true],
]);

/** After a form of "be": "is expected to", "is committed to". */
export const BE_TO_ADJECTIVES = new Map<string, Modality>([
  ['expected', 'expected'],
  ['set', 'expected'],
  ['due', 'expected'],
  ['poised', 'expected'],
  ['scheduled', 'expected'],
  ['slated', 'expected'],
  ['committed', 'firm'],
  ['determined', 'firm'],
  ['ready', 'tentative'],
  ['willing', 'tentative'],
  ['prepared', 'tentative'],
]);

interface CommitNoun {
  modality: Modality;
}

/** Nominal commitments: "a commitment to halve coal use", "its pledge of 200 million euros". */
export const COMMIT_NOUNS = new Map<string, CommitNoun>();
for (const [nouns, modality] of [
  [['commitment', 'pledge', 'promise', 'vow', 'decision', 'undertaking', 'agreement', 'deal', 'resolution', 'guarantee', 'pact', 'accord'], 'firm'],
  [['plan', 'aim', 'goal', 'target', 'intention', 'offer', 'ambition', 'bid'], 'tentative'],
] as [string[], Modality][]) {
  for (const n of nouns) {
    COMMIT_NOUNS.set(n, { modality });
    COMMIT_NOUNS.set(n.endsWith('s') ? n + 'es' : n + 's', { modality });
  }
}

/** Verbs that put a nominal commitment on the record for their subject ("announced a plan to"). */
export const NOUN_GOVERNORS = new Set([
  ...[
    'announce',
    'make',
    'unveil',
    'give',
    'renew',
    'reaffirm',
    'reiterate',
    'sign',
    'reach',
    'strike',
    'seal',
    'set',
    'adopt',
    'approve',
    'outline',
    'present',
    'issue',
    'take',
    'launch',
    'agree',
    'have',
    'confirm',
    'submit',
    'detail',
    'finalize',
    'finalise',
    'restate',
    'repeat',
    'stand',
  ].flatMap(inflect),
  'made',
  'gave',
  'given',
  'struck',
  'took',
  'taken',
  'set',
  'had',
  'has',
  'stood',
]);

/** Verbs showing a nominal commitment is done with, or broken: "fulfilled its pledge to". */
export const NOUN_BLOCKERS = new Set(
  [
    'fulfil',
    'fulfill',
    'keep',
    'honour',
    'honor',
    'meet',
    'abandon',
    'scrap',
    'drop',
    'break',
    'withdraw',
    'delay',
    'shelve',
    'ditch',
    'miss',
    'complete',
    'deliver',
    'achieve',
    'reverse',
    'suspend',
    'cancel',
    'breach',
    'violate',
    'renege',
  ]
    .flatMap(inflect)
    .concat(['kept', 'met', 'broke', 'broken', 'withdrew', 'withdrawn']),
);

/** Verbs through which a holder expresses a stance noun. */
export const EXPRESS_VERBS = new Set(
  [
    'express',
    'voice',
    'raise',
    'reiterate',
    'reaffirm',
    'convey',
    'share',
    'register',
    'underline',
    'state',
    'renew',
    'restate',
    'signal',
    'offer',
    'extend',
    'pledge',
    'declare',
    'show',
    'lodge',
    'air',
    'throw',
    'lend',
  ]
    .flatMap(inflect)
    .concat(['threw', 'thrown', 'lent', 'shown']),
);

/** Verbs that report speech: a future under them is the speaker's report, not a frame of doubt. */
export const REPORT_VERBS = new Set([
  ...[
    'say',
    'announce',
    'confirm',
    'tell',
    'state',
    'add',
    'insist',
    'stress',
    'declare',
    'assure',
    'signal',
    'indicate',
    'write',
    'explain',
    'note',
    'report',
    'reveal',
    'disclose',
    'maintain',
    'claim',
    'argue',
    'reply',
    'respond',
    'emphasize',
    'emphasise',
    'underscore',
    'underline',
  ].flatMap(inflect),
  'said',
  'says',
  'told',
  'wrote',
  'written',
]);

/** Warnings: a forecast, unless the warner warns of its own act (a threat: "warned it would retaliate"). */
export const WARN_VERBS = new Set(inflect('warn'));

/** Verbs and nouns whose complement is a hope, fear, prediction or belief: never a commitment. */
export const DOUBT_FRAMES = new Set([
  ...[
    'hope',
    'fear',
    'predict',
    'forecast',
    'expect',
    'warn',
    'worry',
    'believe',
    'think',
    'estimate',
    'doubt',
    'suspect',
    'wish',
    'anticipate',
    'project',
    'guess',
    'speculate',
    'reckon',
    'assume',
    'bet',
    'dream',
    'concur',
    'caution',
    'calculate',
    'suggest',
    'feel',
    'deny',
    'speculate',
    'rumour',
    'rumor',
  ].flatMap(inflect),
  'thought',
  'felt',
  'hopes',
  'hopeful',
  'optimistic',
  'pessimistic',
  'confident',
  'likely',
  'unlikely',
  'expectation',
  'expectations',
  'prediction',
  'predictions',
  'forecasts',
  'fears',
  'warning',
  'warnings',
  'belief',
  'concern',
  'concerns',
  'worries',
  'risk',
  'risks',
  'chance',
  'chances',
  'possibility',
  'prospect',
  'prospects',
  'scenario',
  'assessment',
  'view',
  'speculation',
  'rumours',
  'rumors',
  'doubts',
  'unclear',
  'uncertain',
]);

/** Verbs demanding action of someone else: their complements are not the object's undertakings. */
export const DEMAND_FRAMES = new Set([
  ...[
    'urge',
    'ask',
    'press',
    'demand',
    'call',
    'appeal',
    'push',
    'force',
    'require',
    'oblige',
    'encourage',
    'invite',
    'want',
    'need',
    'tell',
    'order',
    'instruct',
    'advise',
    'persuade',
    'convince',
    'compel',
    'challenge',
    'implore',
    'beg',
    'request',
    'pressure',
    'lobby',
    'fail',
    'try',
    'attempt',
  ].flatMap(inflect),
  'told',
  'must',
  'should',
  'ought',
  'need',
  'needs',
]);

/** Whose predictions these are: a future reported from them is a forecast. */
export const PREDICTOR_NOUNS = new Set([
  'analyst',
  'analysts',
  'expert',
  'experts',
  'economist',
  'economists',
  'forecaster',
  'forecasters',
  'observer',
  'observers',
  'scientist',
  'scientists',
  'researcher',
  'researchers',
  'critic',
  'critics',
  'study',
  'studies',
  'report',
  'model',
  'models',
  'poll',
  'polls',
  'survey',
  'surveys',
  'investor',
  'investors',
  'trader',
  'traders',
  'commentator',
  'commentators',
  'pundit',
  'pundits',
  'skeptic',
  'skeptics',
  'sceptic',
  'sceptics',
]);

/** Verbs after "will" that predict rather than undertake ("will face", "will lose"). */
export const NON_VOLITIONAL = new Set([
  ...[
    'become',
    'face',
    'play',
    'need',
    'lose',
    'suffer',
    'remain',
    'see',
    'struggle',
    'fall',
    'rise',
    'grow',
    'decline',
    'shrink',
    'benefit',
    'feel',
    'seem',
    'appear',
    'receive',
    'get',
    'happen',
    'last',
    'cost',
    'mean',
    'depend',
    'require',
    'affect',
    'hurt',
    'hit',
    'overtake',
    'win',
    'fail',
    'likely',
    'probably',
    'possibly',
    'perhaps',
    'surely',
    'certainly',
    'collapse',
    'vanish',
    'disappear',
    'soar',
    'plunge',
    'slow',
    'swamp',
    'exceed',
    'peak',
    'reach',
  ].flatMap(inflect),
  'be',
  'have',
  'has',
  'had',
]);

/**
 * Verbs of scheduled events after "will" or "is due to" ("will meet in May", "will report results
 * on Thursday"): a date in the diary, not an undertaking, unless agreed or decided ("agreed to meet").
 */
export const SCHEDULED = new Set(['meet', 'visit', 'travel', 'attend', 'arrive', 'report', 'speak', 'address', 'testify', 'tour', 'convene'].flatMap(inflect));

/** Acts on a timetable when "due", "set" or "scheduled" to happen: "the council is due to vote" (but "will vote against" is a pledge). */
export const SCHEDULED_WHEN_DUE = new Set(['vote', 'rule', 'decide', 'sentence'].flatMap(inflect));

/** Objects that make "hold" a scheduled event: "will hold talks", "is due to hold a news conference". */
export const MEETING_NOUNS = new Set([
  'talks',
  'meeting',
  'meetings',
  'summit',
  'conference',
  'call',
  'discussions',
  'consultations',
  'session',
  'briefing',
  'rally',
  'ceremony',
  'hearing',
  'hearings',
  'news',
  'press',
]);

/** Hedges between a modal and its verb: a prediction, not an undertaking. */
export const HEDGES = new Set(['likely', 'probably', 'possibly', 'perhaps', 'surely', 'certainly', 'eventually', 'inevitably']);

/** Words that open a condition the undertaking (or trigger inside it) depends on. */
export const CONDITION_WORDS = new Set(['if', 'unless', 'until', 'till', 'provided', 'providing', 'once', 'whether']);

/** Nouns that name a group of parties: "the ministers", "the two sides", "both countries". */
export const GROUP_NOUNS = new Set([
  'ministers',
  'officials',
  'leaders',
  'chiefs',
  'heads',
  'sides',
  'side',
  'countries',
  'nations',
  'delegations',
  'delegation',
  'governments',
  'parties',
  'partners',
  'allies',
  'negotiators',
  'envoys',
  'diplomats',
  'representatives',
  'members',
  'presidents',
  'premiers',
  'counterparts',
  'states',
  'secretaries',
  'mayors',
  'cities',
  'companies',
  'firms',
  'groups',
  'banks',
  'unions',
  'clubs',
  'teams',
  'governors',
  'regions',
  'provinces',
  'workers',
  'neighbours',
  'neighbors',
  'powers',
  'economies',
  'capitals',
  'administrations',
  'militaries',
  'forces',
  'ministries',
  'agencies',
  'councils',
  'lawmakers',
  'legislators',
  'carriers',
  'automakers',
  'carmakers',
  'airlines',
  'owners',
  'employers',
  'signatories',
  'participants',
  'councillors',
  'councilors',
  'senators',
  'mps',
  'deputies',
  'employees',
  'staff',
  'nurses',
  'doctors',
  'teachers',
  'drivers',
  'pilots',
  'dockers',
  'miners',
  'navies',
  'armies',
  'coastguards',
]);

/** Number words for "the two sides", "the four officials". */
export const NUMBER_WORDS = new Map<string, number>([
  ['both', 2],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['2', 2],
  ['3', 3],
  ['4', 4],
  ['5', 5],
  ['6', 6],
  ['7', 7],
  ['8', 8],
  ['9', 9],
  ['10', 10],
]);

/** References to a business ("the company", "the airline"): never a court, a ministry or another public body. */
export const BUSINESS_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'airline',
  'carrier',
  'bank',
  'lender',
  'insurer',
  'automaker',
  'carmaker',
  'manufacturer',
  'maker',
  'retailer',
  'giant',
  'conglomerate',
  'operator',
  'utility',
  'producer',
  'chain',
  'startup',
]);

/** Singular nouns that refer back to the last named entity of a kind ("the airline", "the city"). */
export const COREF_NOUNS = new Map<string, 'organization' | 'country' | 'place'>([
  ...[
    ...BUSINESS_NOUNS,
    'club',
    'team',
    'union',
    'council',
    'ministry',
    'agency',
    'party',
    'league',
    'federation',
    'association',
    'committee',
    'commission',
    'organization',
    'organisation',
    'body',
    'alliance',
    'bloc',
    'court',
    'regulator',
    'watchdog',
    'side',
    'authority',
    'force',
    'department',
    'directorate',
    'service',
    'institute',
    'university',
    'board',
  ].map((n): [string, 'organization'] => [n, 'organization']),
  ...['government', 'administration', 'country', 'nation', 'kingdom', 'republic', 'state', 'cabinet', 'regime', 'junta', 'navy', 'army', 'military'].map(
    (n): [string, 'country'] => [n, 'country'],
  ),
  ...['city', 'town', 'capital', 'municipality', 'county', 'region', 'province', 'village', 'borough', 'district'].map((n): [string, 'place'] => [n, 'place']),
]);

/** Words naming a public body, a court or an association: such a body is no "company". */
export const PUBLIC_BODY_NAME =
  /\b(court|commission|council|ministry|department|agency|authority|police|government|parliament|senate|congress|directorate|tribunal|office|union|federation|association|committee|organi[sz]ation|administration|prosecutors?|bureau|service|league)\b/i;

/** References that name a body by their own word ("the county" is a "... County", "the ministry" a "Ministry of ..."), never by guess. */
export const NAMED_ONLY = new Set(['county', 'borough', 'district', 'municipality', 'ministry']);

/** A reference noun and the word that names such a body ("the force" is a "... Police"). */
export const REFERENCE_NAME_WORDS = new Map([['force', 'police']]);

/** Passive futures that are events or fates, not acts anyone undertakes: "will be joined by", "will be held". */
export const PASSIVE_NOT_UNDERTAKEN = new Set([
  'joined',
  'accompanied',
  'attended',
  'held',
  'played',
  'staged',
  'affected',
  'hit',
  'delayed',
  'expected',
  'needed',
  'required',
  'seen',
  'known',
  'replaced',
]);

/** Common irregular past forms: they end a subject noun phrase. */
export const IRREGULAR_PAST = new Set([
  'met',
  'held',
  'said',
  'told',
  'made',
  'took',
  'gave',
  'sent',
  'won',
  'lost',
  'saw',
  'struck',
  'sought',
  'left',
  'began',
  'kept',
  'brought',
  'bought',
  'sold',
  'paid',
  'led',
  'put',
  'cut',
  'hit',
  'set',
  'ran',
  'came',
  'went',
  'got',
  'became',
  'spent',
  'stood',
  'thought',
  'felt',
  'found',
  'wrote',
  'spoke',
  'chose',
  'drew',
  'grew',
  'knew',
  'rose',
  'fell',
  'undertook',
  'withdrew',
  'broke',
  'meant',
  'built',
  'heard',
  'shut',
  'let',
]);

/** Auxiliaries and adverbs that sit between a subject and its verb. */
export const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  "'s",
  "'re",
  "'ve",
  "'m",
  'do',
  'does',
  'did',
  'also',
  'now',
  'then',
  'still',
  'already',
  'again',
  'further',
  'jointly',
  'both',
  'all',
  'each',
  'once',
  'formally',
  'officially',
  'finally',
  'later',
  'recently',
  'previously',
  'earlier',
  'separately',
  'reportedly',
  'repeatedly',
  'just',
  'not',
  "n't",
  'never',
  'yet',
  'too',
  'swiftly',
]);

/** Modals introducing a future. */
export const FUTURE_MODALS = new Set(['will', 'shall', "'ll", 'wo', 'would', "'d"]);

export const NEGATORS = new Set(['not', "n't", 'never', 'no']);

/** Words that open a subordinate clause or otherwise end a noun phrase on its left. */
export const CLAUSE_OPENERS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'if',
  'unless',
  'until',
  'after',
  'before',
  'since',
  'as',
  'so',
  'but',
  'whether',
  'once',
  'than',
  'to',
  'for',
  'with',
  'without',
  'despite',
  'amid',
  'under',
  'over',
  'about',
  'into',
  'onto',
  'against',
  'during',
  'following',
  'according',
  'including',
  'like',
  'via',
]);

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'that',
  'any',
  'some',
  'no',
  'every',
  'each',
]);

export const PREPOSITIONS = new Set([
  'of',
  'in',
  'at',
  'on',
  'to',
  'for',
  'from',
  'by',
  'with',
  'about',
  'over',
  'near',
  'into',
  'against',
  'under',
  'between',
  'among',
  'across',
  'around',
  'toward',
  'towards',
  'through',
  'via',
  'within',
  'without',
  'after',
  'before',
  'during',
  'since',
  'than',
  'as',
  'per',
  'like',
]);

/** Participles that open a modifier inside a subject: "the three delegations, joined by Iraq, ...". */
export const MODIFIER_PARTICIPLES = new Set([
  'joined',
  'accompanied',
  'backed',
  'supported',
  'led',
  'represented',
  'including',
  'together',
  'along',
  'alongside',
  'headed',
  'flanked',
]);

/** Forms of "be": "is to", "is expected to", "was condemned by". */
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);

/** Modals that weaken a verb after them into no undertaking or stance ("could support"). */
export const WEAK_MODALS = new Set(['could', 'might', 'may', 'would', 'should', 'must', 'can']);

/** Prepositions before the counterpart or beneficiary of an action ("provide land to Kenya"). */
export const TARGET_PREPS = new Set(['to', 'for', 'with']);

/** Verbs whose object is the counterpart or beneficiary of the action ("defend Japan"). */
export const TARGET_VERBS = new Set([
  'defend',
  'protect',
  'help',
  'support',
  'assist',
  'aid',
  'arm',
  'train',
  'supply',
  'provide',
  'give',
  'send',
  'lend',
  'fund',
  'finance',
  'compensate',
]);

/** Conjunctions that end an action or object phrase: a clause of its own follows. */
export const CLAUSE_STOPS = new Set(['while', 'whereas', 'because', 'although', 'though', 'but']);

/** Words that open a time clause ("after workers ratified a new contract"). */
export const TIME_CLAUSE = new Set(['after', 'before', 'when', 'since', 'once']);

/** Finite auxiliaries: the predicate of a noun phrase the action sits in ("the plan to build X has been delayed"). */
export const AUX_FINITE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);

/** Words an action phrase cannot end on. */
export const DANGLING = new Set(['for', 'to', 'of', 'in', 'on', 'at', 'with', 'by', 'and', 'or', 'the', 'a', 'an', 'as', 'from']);

/** Words before a subject that make its future an open question ("did not say when it would resume"). */
export const INDIRECT_QUESTION = new Set(['when', 'whether', 'how', 'why', 'where']);

/** Possessive pronouns that name who made a nominal commitment ("its pledge to ..."). */
export const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);

/** Words of a verb group between a negation and its verb: "did not agree", "will also not". */
export const VERB_GROUP = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'wo', 'shall', 'also', 'still']);

/** Adverbs between a modal and its verb ("will also build", "will soon start"), besides -ly words. */
export const MODAL_ADVERBS = new Set(['also', 'now', 'soon', 'still', 'then', 'jointly', 'further', 'first']);

/** Particles that make a stance verb mean something else: "backed away", "pressed ahead". */
export const PARTICLES = new Set(['away', 'down', 'off', 'ahead', 'out', 'up']);

/** Words before a bare commitment verb that make it finite: "we agree", "both pledge". */
export const BEFORE_BARE_COMMIT_VERB = new Set(['we', 'they', 'i', 'both', 'all', 'jointly', 'also']);

/** Words before a bare stance verb that make it finite: "we condemn", "strongly oppose". */
export const BEFORE_BARE_STANCE_VERB = new Set(['we', 'they', 'i', 'also', 'both', 'all', 'jointly', 'strongly', 'firmly']);

/** Words before the -s form of a stance verb that is also a plural noun: "it backs", "strongly supports", "but fears". */
export const BEFORE_STANCE_S_FORM = new Set(['it', 'he', 'she', 'also', 'still', 'now', 'firmly', 'strongly', 'fully', 'but']);
