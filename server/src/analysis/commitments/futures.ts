// Futures as undertakings: "will / shall / would + action", "is to + action", "is expected to",
// "is committed to", and passives with an agent ("will be built by the council", "measures to be
// implemented by the US forces").
import type { Party } from './actors';
import type { Clause } from './clause';
import { actorRules, emitCommitment } from './emit';
import { framed, scheduled, selfWarning, thirdParty } from './frames';
import {
  BE,
  BE_TO_ADJECTIVES,
  COMMIT_VERBS,
  DETERMINERS,
  HEDGES,
  INDIRECT_QUESTION,
  MODAL_ADVERBS,
  NEGATORS,
  NON_VOLITIONAL,
  PASSIVE_NOT_UNDERTAKEN,
  PREPOSITIONS,
  REAFFIRM_VERBS,
  REPORT_VERBS,
  SCHEDULED_WHEN_DUE,
} from './lexicon';
import { actionEnd, agent, shortNPStart } from './phrases';

/** "measures to be implemented by the US forces": the agent undertakes the noun phrase. */
export function passiveNominal(c: Clause, i: number): void {
  const stop = c.clauseEndAfter(i);
  const ag = agent(c, i + 3, stop);
  if (!ag) return;
  const start = shortNPStart(c, i);
  if (start >= i) return;
  emitCommitment(c, {
    trigger: [i, i + 3],
    actors: ag.party,
    actionStart: start,
    actionEnd: i + 3,
    clauseEnd: c.clauseEndAfter(ag.end),
    modality: 'firm',
    negated: false,
    target: [],
    why: ['commit.passive-nominal', ...actorRules('actor.agent', ag.party), 'modality.firm'],
  });
}

/** The verb after a modal at token i (adverbs, negations and a condition between commas skipped), or -1 when hedged. */
function verbAfterModal(c: Clause, i: number, isTo: boolean): { j: number; negated: boolean } {
  const { low } = c.scan;
  let j = isTo ? i + 2 : i + 1;
  let negated = false;
  for (; j < c.b; j++) {
    const x = low[j];
    if (NEGATORS.has(x)) negated = true;
    else if (HEDGES.has(x)) return { j: -1, negated };
    else if (x === ',') {
      // "will then, if need be, challenge it"
      const cond = c.conds.find((k) => k.start === j + 1);
      if (!cond || low[cond.end] !== ',') break;
      j = cond.end;
    } else if (!(MODAL_ADVERBS.has(x) || (x.length > 4 && x.endsWith('ly')))) break;
  }
  return { j, negated };
}

/** will / shall / would + action; "is to" + action. */
export function modal(c: Clause, i: number): void {
  const { low } = c.scan;
  const w = low[i];
  if (w === 'wo' && low[i + 1] !== "n't") return;
  if (DETERMINERS.has(low[i - 1] ?? '') || PREPOSITIONS.has(low[i - 1] ?? '')) return;
  const isTo = BE.has(w);
  const { j, negated } = verbAfterModal(c, i, isTo);
  /** The end of the trigger a rejection names: "will", "is to". */
  const to = isTo ? i + 2 : i + 1;
  if (j < 0) return c.scan.reject('trap.hedge', i, to);
  if (j >= c.b || !c.scan.isWordLike(j)) return;
  const v = low[j];
  // A commitment verb with its complement is the trigger itself ("will agree to ...").
  const after = low[j + 1] ?? '';
  if ((COMMIT_VERBS.has(v) || REAFFIRM_VERBS.has(v)) && (after === 'to' || after === 'that' || after === 'on' || NEGATORS.has(after))) return;
  const outer = c.subject;
  const sub = c.subjectOf(i);
  if (v === 'be' && (c.scan.isParticiple(j + 1) || c.parse()?.participle(c.parse()!.word(j + 1)))) return passiveFuture(c, i, j, sub, negated);
  if (NON_VOLITIONAL.has(v)) return c.scan.reject('trap.non-volitional', i, to);
  if (v === 'to') return;
  // "will decide next week whether to join": no undertaking yet.
  for (let k = j + 1; k < c.b && k <= j + 4; k++) if (low[k] === 'whether') return c.scan.reject('trap.whether', i, to);
  if (!sub || !sub.ids.length) return;
  const threat = selfWarning(c, sub, outer);
  const frame = threat ? undefined : framed(c, sub.start);
  if (frame) return c.scan.reject(frame, i, to);
  // "did not say when it would resume": an open question, not an undertaking.
  if (INDIRECT_QUESTION.has(low[sub.start - 1] ?? '')) return c.scan.reject('trap.indirect-question', i, to);
  // A date in the diary is no undertaking; declining it is ("will not attend").
  if (!negated && scheduled(c, j)) return c.scan.reject('trap.scheduled-event', i, to);
  const reportedBy = thirdParty(c, sub, j, outer);
  if (reportedBy) return c.scan.reject(reportedBy, i, to);
  let parsedReport = false;
  if ((w === 'would' || w === "'d") && !threat && !reportedWould(c, sub, j) && !c.conds.length) {
    // "X said it regretted the ruling and would appeal": reported, as the parse shows.
    if (c.parse()?.reportingVerb(j) === undefined) return c.scan.reject('trap.would-unreported', i, to);
    parsedReport = true;
  }
  const end = actionEnd(c, j);
  const why = [w === 'would' || w === "'d" ? 'commit.modal-would' : isTo ? 'commit.be-to' : 'commit.modal-will', ...actorRules('actor.subject', sub)];
  if (parsedReport) why.push('syntax.reported-clause');
  const modality = c.modality(sub.start, i, end, threat ? 'tentative' : 'firm', threat ? 'modality.threat' : 'modality.firm', why);
  if (negated) why.push('negation.not');
  emitCommitment(c, {
    trigger: [i, isTo ? i + 2 : negated && low[i + 1] && NEGATORS.has(low[i + 1]) ? i + 2 : i + 1],
    actors: sub,
    actionStart: j,
    actionEnd: end,
    clauseEnd: end,
    modality,
    negated,
    target: [],
    why,
  });
}

/** "would" counts only when reported ("said it would", "..., the minister said") or conditional. */
function reportedWould(c: Clause, sub: Party, j: number): boolean {
  const { low, doc } = c.scan;
  for (let k = c.a; k < sub.start; k++) if (REPORT_VERBS.has(low[k]) || COMMIT_VERBS.has(low[k])) return true;
  // "..., the minister said." after the clause.
  for (let k = j; k < c.b; k++) {
    if (low[k] !== ',') continue;
    for (let r = k + 1; r < c.b && r < k + 8; r++) if (REPORT_VERBS.has(low[r]) && !doc.isCapitalized(r)) return true;
  }
  return false;
}

/**
 * "A new bridge will be built by the council": the agent undertakes it. Without an agent, the
 * speaker who reports it ("the levy shall be scrapped, the governor said"); else nothing.
 */
function passiveFuture(c: Clause, i: number, j: number, sub: Party | undefined, negated: boolean): void {
  const stop = c.clauseEndAfter(j);
  const subStart = sub ? sub.start : c.scan.doc.npStart(i, c.a);
  if (subStart >= i) return;
  if (PASSIVE_NOT_UNDERTAKEN.has(c.scan.low[j + 1])) return c.scan.reject('trap.passive-event', i, j + 2);
  const ag = agent(c, j + 2, stop);
  if (!ag) return attributedPassive(c, i, j, subStart, negated);
  const frame = framed(c, subStart);
  if (frame) return c.scan.reject(frame, i, j + 2);
  const why = ['commit.passive-future', ...actorRules('actor.agent', ag.party)];
  const modality = c.modality(subStart, i, stop, 'firm', 'modality.firm', why);
  if (negated) why.push('negation.not');
  emitCommitment(c, {
    trigger: [i, j + 2],
    actors: ag.party,
    actionStart: subStart,
    actionEnd: j + 2,
    clauseEnd: c.clauseEndAfter(ag.end),
    modality,
    negated,
    target: [],
    why,
  });
}

/**
 * "The vaccines will be flown in within days, the agency said": a passive future with no agent,
 * undertaken by the body that announces it (a person speaks for the party they serve). The action
 * is the whole clause, its subject included.
 */
function attributedPassive(c: Clause, i: number, j: number, subStart: number, negated: boolean): void {
  const { doc } = c.scan;
  // What is done to a named party ("Wang would be sent to a study class") is no one's undertaking.
  for (let k = subStart; k < i; k++) if (doc.mention(k)?.ids.some((id) => doc.isActor(id))) return;
  const end = c.clauseEndAfter(j);
  const r = c.parse()?.reportingVerb(j + 1);
  if (r === undefined || r <= end) return;
  const speaker = doc.subjectBefore(r, end + 1, { subject: undefined, speaker: c.speaker });
  if (!speaker || !speaker.ids.length || framed(c, subStart)) return;
  // The body that announces it: an organization or a country, or the one a person speaks for.
  const actors: Party = { ...speaker, ids: speaker.ids.map((id) => doc.partyOf(id)) };
  if (actors.ids.some((id) => doc.kindOf(id) === 'person' || doc.kindOf(id) === 'place')) return;
  const why = ['commit.passive-attributed', ...actorRules('actor.speaker-of-clause', speaker)];
  const modality = c.modality(subStart, i, end, 'firm', 'modality.firm', why);
  if (negated) why.push('negation.not');
  emitCommitment(c, { trigger: [i, j + 2], actors, actionStart: subStart, actionEnd: end, clauseEnd: end, modality, negated, target: [], why });
}

/** "is expected to", "is committed to" (the adjective at token i). */
export function beTo(c: Clause, i: number): void {
  const { low } = c.scan;
  const be = BE.has(low[i - 1]) ? i - 1 : i - 2;
  const sub = c.subjectOf(be);
  if (!sub) return;
  const frame = framed(c, sub.start);
  if (frame) return c.scan.reject(frame, be, i + 2);
  const j = i + 2;
  if (low[j] === 'be' && c.scan.isParticiple(j + 1)) return;
  if ((!c.scan.isWordLike(j) || DETERMINERS.has(low[j])) && low[i] !== 'committed') return;
  const base = BE_TO_ADJECTIVES.get(low[i])!;
  if (scheduled(c, j) || (base === 'expected' && low[i] !== 'expected' && SCHEDULED_WHEN_DUE.has(low[j])))
    return c.scan.reject('trap.scheduled-event', be, i + 2);
  if (NON_VOLITIONAL.has(low[j])) return c.scan.reject('trap.non-volitional', be, i + 2);
  const end = actionEnd(c, j);
  const why = ['commit.be-' + low[i] + '-to', ...actorRules('actor.subject', sub)];
  const modality = c.modality(sub.start, i, end, base, 'modality.' + base, why);
  // "ready to release the funds once the reform passes": an offer on terms, no undertaking yet.
  if (modality === 'conditional' && base === 'tentative') return c.scan.reject('trap.conditional-offer', be, i + 2);
  const negated = c.negatedBefore(be) || NEGATORS.has(low[be + 1]);
  if (negated) why.push('negation.not');
  emitCommitment(c, { trigger: [be, i + 2], actors: sub, actionStart: j, actionEnd: end, clauseEnd: end, modality, negated, target: [], why });
}
