// The rules of the commitments and stances passes, by id, with what each decides: the ids the
// results carry on `why` and the rejections carry on `rule`. Ids built from a lexicon entry
// ("commit.agree-to", "stance.condemn-noun") are listed from the lexicon itself.
import { BE_TO_ADJECTIVES, COMMIT_VERBS, CONDITION_WORDS } from './lexicon';
import { STANCE_TABLE, STANCE_TYPES } from './stanceTable';

const FIXED: [string, string][] = [
  // Triggers of commitments.
  ['commit.modal-will', 'a future with will/shall: "Japan will build ..."'],
  ['commit.modal-would', 'a reported or conditional future with would: "said it would build ..."'],
  ['commit.be-to', '"is to" + action: "Kenya is to build ..."'],
  ['commit.passive-future', 'a passive future with an agent: "will be built by the council"'],
  ['commit.gapped-list', 'a further name with its amount after a pledge, the verb left out: "Sweden pledged $300 million, Canada $250 million"'],
  ['commit.passive-attributed', 'a passive future with no agent, reported by a speaker: "the levy shall be scrapped, the governor said"'],
  ['commit.passive-nominal', 'a noun phrase "to be" done by an agent: "measures to be implemented by X"'],
  ['commit.giving-amount', '"is giving" a sum: a pledge ("Denmark is giving just $2 million")'],
  ['commit.rule-out', '"ruled out" + action: a negated undertaking'],
  ['commit.reaffirm-that', '"reaffirmed that ...": a standing commitment restated'],
  ['commit.noun-to', 'a commitment noun with an infinitive: "a pledge to halve coal use"'],
  ['commit.noun-recipient', 'a pledge made to someone: "made a first-ever pledge to the alliance"'],
  ['commit.noun-with', 'a deal with a counterpart: "a deal with Panasonic to build batteries"'],
  ['commit.noun-by', 'a commitment noun with its maker: "the decision by Toyota to close the plant"'],
  ['commit.noun-of', 'a commitment noun with an amount or -ing: "its pledge of 200 million euros"'],
  // Who undertook it, who holds the stance.
  ['actor.subject', 'the subject of the trigger'],
  ['actor.agent', 'the agent of a passive ("by the council")'],
  ['actor.clause-subject', 'the subject of the that-clause ("agreed that Ecuador will ...")'],
  ['actor.noun-by', 'the "by" phrase of a commitment noun'],
  ['actor.noun-possessor', 'the possessor of a commitment noun ("Japan\'s pledge")'],
  ['actor.noun-possessive-pronoun', 'the owner of "its/their pledge"'],
  ['actor.governor-subject', 'the subject of the verb putting a commitment noun on record ("announced a plan")'],
  ['holder.subject', 'the subject of the stance verb, noun or adjective'],
  ['holder.agent', 'the agent of a passive stance ("was condemned by the council")'],
  ['holder.quote-speaker', 'the speaker of the quotation a verdict stands in ("\'That decision was wrong,\' X said")'],
  ['holder.parse-subject', 'the subject the parse gives the stance verb, where the word rules found none'],
  ['holder.reporter', 'the subject of the reporting verb before a verdict ("X said the levy had been a mistake")'],
  // How the party was resolved.
  ['actor.name', 'named in the phrase'],
  ['actor.possessor', 'the country or organization whose official it is ("Kenya\'s president")'],
  ['actor.role-noun', 'the last person holding the title ("the minister")'],
  ['actor.owner', 'whom the owner of "its government", "his team" stands for'],
  ['actor.government', '"the government": the country mentioned most'],
  ['actor.reference', '"the company", "the council": the last entity named so ("... Council"), else of its kind and sort (a company is no court)'],
  ['actor.group', 'a group noun with its parties named ("the ministers of X and Y")'],
  ['actor.group-parties', 'a definite group noun: the parties the article introduced ("the two sides")'],
  ['actor.pronoun', 'a pronoun resolved to an earlier subject'],
  ['actor.reported-body', '"it" after a person\'s reporting verb: the body the person speaks for ("The federation\'s president, Ola Berg, said it would")'],
  ['actor.reported-minister', '"the ministry" reported by a minister and named by no entity: the minister ("Minister Ana Nowak said the ministry would")'],
  ['actor.speaker', '"we" or "I" in a quotation: its speaker'],
  ['actor.reported-pronoun', 'a pronoun after a reporting verb: the reporter ("Siemens said it ...")'],
  ['actor.coordination', 'a coordinated verb: the sentence\'s subject ("... and pledged")'],
  ['actor.coordination-parse', 'a coordinated verb: the subject of the verb the parse joins it to ("said it regretted it and would appeal")'],
  ['actor.speaker-of-clause', 'the speaker reporting the clause, or the party they serve ("..., the agency said")'],
  ['actor.relative', 'the phrase a relative clause hangs on ("Israel, which ...")'],
  ['actor.apposition', 'the name before an apposition ("Kamikawa, the foreign minister, said")'],
  // Modality.
  ['modality.firm', 'the trigger is a firm undertaking'],
  ['modality.tentative', 'the trigger is a tentative one (plan, aim, offer ...)'],
  ['modality.expected', 'the trigger is an expectation ("is expected to", "is due to")'],
  ['modality.threat', "a warning of the warner's own act: a threat, tentative"],
  ['modality.conditional-subject-to', 'bound to "subject to ..."'],
  ['modality.conditional-as-long-as', 'bound to "as long as ..."'],
  // Negation.
  ['negation.not', 'a negation in the verb group ("will not", "vowed not to")'],
  ['negation.refusal', 'a refusal verb ("refused to")'],
  ['negation.against', '"decided against"'],
  ['negation.rule-out', '"ruled out"'],
  ['negation.no', '"no plan to"'],
  ['negation.clause', 'a negation in the that-clause ("agreed that it would not ...")'],
  // Time and counterparts.
  ['time.deadline', 'a time expression in the action or its clause'],
  ['time.leading-deadline', 'a deadline opening the sentence ("By 2030, ...")'],
  ['target.object', 'counterparts named as the object ("condemned X", "agreed with X")'],
  ['target.in-action', 'counterparts named in the action ("to defend X", "provide aid to X")'],
  ['target.passive-subject', 'the subject of a passive stance ("X was condemned by ...")'],
  ['target.object-agent', 'the agent of an act named in the object ("rejected a challenge by X")'],
  ['target.reference', 'a definite description in the object ("criticised the federation"): the last body of that sort'],
  ['target.verdict-subject', 'what a verdict is passed on, when named ("Ankara\'s decision was wrong")'],
  // Traps: triggers turned down.
  ['trap.hedge', 'a hedge after the modal ("will likely"): a prediction'],
  ['trap.non-volitional', 'a verb no one undertakes ("will face", "will lose")'],
  ['trap.whether', '"will decide whether": nothing undertaken yet'],
  ['trap.doubt-frame', 'under a hope, fear, prediction or belief ("hopes that X will")'],
  ['trap.demand-frame', 'under a demand of someone else ("urged X to", "must")'],
  ['trap.forecast-reported', 'reported by forecasters ("analysts said X will")'],
  ['trap.forecast-attributed', 'attributed to forecasters after the clause ("..., analysts said")'],
  ['trap.reported-by-other-side', 'a future of one side reported by another ("Kyiv said Russia will attack")'],
  ['trap.indirect-question', 'an open question ("did not say when it would")'],
  ['trap.scheduled-event', 'a date in the diary ("will meet in May", "will hold talks")'],
  ['trap.conditional-offer', '"ready to ... once/if ...": an offer on terms, no undertaking yet'],
  ['trap.passive-event', 'a passive future that is an event or a fate ("will be joined by", "will be held")'],
  ['syntax.reported-clause', 'the parse shows the clause reported ("X said it regretted it and would appeal")'],
  ['trap.would-unreported', '"would" neither reported nor conditional: a hypothetical'],
  ['trap.commitment-undone', 'a commitment noun done with ("fulfilled its pledge", "plan has been shelved")'],
];

function lexical(): [string, string][] {
  const out: [string, string][] = [];
  for (const { lemma, value } of COMMIT_VERBS.values()) {
    const forms = ['to', ...(lemma === 'agree' ? ['on'] : []), ...(lemma === 'decide' ? ['against'] : [])];
    if (value.gerund) forms.push('gerund');
    if (value.that) forms.push('that');
    if (value.object) forms.push('object');
    for (const f of forms)
      out.push([`commit.${lemma}-${f}`, `"${lemma}" ${f === 'gerund' ? '+ -ing' : f === 'object' ? '+ object' : f === 'that' ? 'that + future' : f} ...`]);
  }
  for (const adjective of BE_TO_ADJECTIVES.keys()) out.push([`commit.be-${adjective}-to`, `"is ${adjective} to" ...`]);
  for (const word of [...CONDITION_WORDS].filter((w) => w !== 'whether'))
    out.push([`modality.conditional-${word}`, `bound to a condition opened by "${word}"`]);
  for (const type of STANCE_TYPES) {
    const e = STANCE_TABLE[type];
    const list = (words: string[]): string => words.map((w) => `"${w}"`).join(', ');
    if (e.verbs) out.push([`stance.${type}-verb`, `${e.gloss}: a verb (${list(e.verbs.map(([v]) => v))})`]);
    if (e.phrases) out.push([`stance.${type}-phrase`, `${e.gloss}: a multi-word verb (${list(e.phrases.map((p) => [p.lemma, ...p.rest].join(' ')))})`]);
    if (e.nouns) out.push([`stance.${type}-noun`, `${e.gloss}: a noun after a verb of expression (${list(e.nouns)})`]);
    if (e.adjectives) out.push([`stance.${type}-adjective`, `${e.gloss}: an adjective after "be" (${list(e.adjectives)})`]);
    if (e.verdicts) {
      out.push([`stance.${type}-verdict`, `${e.gloss}: a verdict after "be" or "set" (${list(e.verdicts.slice(0, 6))} ...)`]);
      out.push([`stance.${type}-called`, `${e.gloss}: naming something with a verdict ("called the ruling 'a disgrace'", "called it exemplary")`]);
    }
    if (e.reproaches) out.push([`stance.${type}-reproach`, `${e.gloss}: a reproach ("X should have acted sooner")`]);
    if (e.ownVerdicts) out.push([`stance.${type}-own-verdict`, `${e.gloss}: a verdict on one's own side ("we got it wrong")`]);
  }
  return out;
}

/** Rule id → what it decides. */
export const RULES: ReadonlyMap<string, string> = new Map([...FIXED, ...lexical()]);
