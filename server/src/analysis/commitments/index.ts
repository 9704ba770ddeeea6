// Commitments (who undertook to do what, how firmly, by when) and stances (who condemned, opposed,
// supported ... whom), found by rules over tokens and entity mentions: trigger words with their
// complements, the subject to their left resolved to entities (see actors.ts), conditions, negation,
// deadlines from the time expressions. One pass over the sentences; every search is bounded, so the
// cost is linear in the text.
import type { Commitment, Entity, Modality, Sentence, Span, Stance, StanceType, TextSpan, TimeExpression, Token } from '../types';
import { Doc, unique, type Party } from './actors';
import {
  BE_TO_ADJECTIVES,
  COMMIT_NOUNS,
  COMMIT_VERBS,
  CONDITION_WORDS,
  DEMAND_FRAMES,
  DETERMINERS,
  DOUBT_FRAMES,
  EXPRESS_VERBS,
  FUTURE_MODALS,
  GROUP_NOUNS,
  HEDGES,
  MEETING_NOUNS,
  IRREGULAR_PAST,
  NEGATORS,
  NON_VOLITIONAL,
  NOUN_BLOCKERS,
  NOUN_GOVERNORS,
  PREDICTOR_NOUNS,
  PREPOSITIONS,
  REAFFIRM_VERBS,
  REPORT_VERBS,
  SCHEDULED,
  STANCE_ADJECTIVES,
  STANCE_NEED_INFLECTION,
  STANCE_NOUNS,
  STANCE_VERBS,
  WARN_VERBS,
  type CommitVerb,
} from './lexicon';

export interface CommitmentInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpression[];
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
const WEAK_MODALS = new Set(['could', 'might', 'may', 'would', 'should', 'must', 'can']);
const TARGET_PREPS = new Set(['to', 'for', 'with']);
const TARGET_VERBS = new Set(['defend', 'protect', 'help', 'support', 'assist', 'aid', 'arm', 'train', 'supply', 'provide', 'give', 'send', 'lend', 'fund', 'finance', 'compensate']);
const CLAUSE_STOPS = new Set(['while', 'whereas', 'because', 'although', 'though', 'but']);
const TIME_CLAUSE = new Set(['after', 'before', 'when', 'since', 'once']);
const AUX_FINITE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);
/** Words an action phrase cannot end on. */
const DANGLING = new Set(['for', 'to', 'of', 'in', 'on', 'at', 'with', 'by', 'and', 'or', 'the', 'a', 'an', 'as', 'from']);
const INDIRECT_QUESTION = new Set(['when', 'whether', 'how', 'why', 'where']);
const PAST_TIME = /\b(last|ago|yesterday|earlier|previous|past)\b/i;
/** Which trigger families a word belongs to, so the sentence scan does one lookup per token (0: none). */
const enum Tr {
  To = 1,
  Modal = 2,
  Be = 4,
  BeToAdjective = 8,
  CommitVerb = 16,
  Rule = 32,
  HitLash = 64,
  Reaffirm = 128,
  CommitNoun = 256,
  StanceVerb = 512,
  StanceNoun = 1024,
  StanceAdjective = 2048,
}
const TRIGGER_FAMILIES = (() => {
  const bits = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  add(['to'], Tr.To);
  add(FUTURE_MODALS, Tr.Modal);
  add(BE, Tr.Be);
  add(BE_TO_ADJECTIVES.keys(), Tr.BeToAdjective);
  add(COMMIT_VERBS.keys(), Tr.CommitVerb);
  add(['ruled', 'rules', 'rule', 'ruling'], Tr.Rule);
  add(['hit', 'hits', 'lashed', 'lashes'], Tr.HitLash);
  add(REAFFIRM_VERBS.keys(), Tr.Reaffirm);
  add(COMMIT_NOUNS.keys(), Tr.CommitNoun);
  add(STANCE_VERBS.keys(), Tr.StanceVerb);
  add(STANCE_NOUNS.keys(), Tr.StanceNoun);
  add(STANCE_ADJECTIVES.keys(), Tr.StanceAdjective);
  return bits;
})();
/** Maximum tokens searched to the right of a trigger for its complement. */
const REACH = 30;

interface Found {
  trigger: [number, number];
  actors: Party;
  actionStart: number;
  actionEnd: number;
  /** Token index up to which a deadline is looked for. */
  clauseEnd: number;
  modality: Modality;
  negated: boolean;
  target: string[];
}

export function findCommitmentsAndStances(input: CommitmentInput): { commitments: Commitment[]; stances: Stance[] } {
  const { text, tokens, sentences, entities } = input;
  const doc = new Doc(tokens, entities);
  const low = doc.low;
  const n = doc.n;
  const times = [...input.times].sort((x, y) => x.start - y.start);
  const commitments: Commitment[] = [];
  const stances: Stance[] = [];

  const span = (a: number, b: number): TextSpan => {
    const start = tokens[a].start;
    const end = tokens[b - 1].end;
    return { start, end, text: text.slice(start, end) };
  };
  const isPunct = (i: number): boolean => tokens[i]?.kind === 'punct';
  const isWordLike = (i: number): boolean => i < n && !isPunct(i) && tokens[i].kind !== 'symbol';
  const isParticiple = (i: number): boolean => i < n && (/[a-z](ed|en)$/.test(low[i]) || IRREGULAR_PAST.has(low[i]));
  // Token → the time expression covering it (-1: none), so every lookup is constant time.
  const timeAt = new Int32Array(n).fill(-1);
  for (let k = 0, i = 0; k < times.length; k++) {
    while (i < n && tokens[i].end <= times[k].start) i++;
    for (let j = i; j < n && tokens[j].start < times[k].end; j++) timeAt[j] = k;
  }
  const timeStartingAt = (i: number): boolean => i >= 0 && i < n && timeAt[i] >= 0;
  doc.isTime = timeStartingAt;
  const seenCommitments = new Set<number>();
  const seenStances = new Set<number>();
  let timeCursor = 0;

  // The sentence being read: the helpers below (declared once per document, not per sentence)
  // work on its tokens a..b.
  let a = 0;
  let b = 0;
  let sentTimes: TimeExpression[] = [];
  let conds: [number, number][] = [];
  let consumed = new Set<number>();
  const inCond = (i: number): boolean => conds.some(([x, y]) => i >= x && i < y);
  const condStartAfter = (i: number): number => {
    let best = b;
    for (const [x] of conds) if (x > i && x < best) best = x;
    return best;
  };
  const subjectOf = (p: number): Party | undefined => {
    const sub = doc.subjectBefore(p, a);
    if (sub && sub.ids.length) doc.sentenceSubject = sub;
    return sub;
  };
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    a = Math.max(0, s.firstToken);
    // The sentence's time expressions (times and sentences are both in text order).
    while (timeCursor < times.length && times[timeCursor].start < s.start) timeCursor++;
    let timeEnd = timeCursor;
    while (timeEnd < times.length && times[timeEnd].start < s.end) timeEnd++;
    sentTimes = times.slice(timeCursor, timeEnd);
    b = Math.min(n, s.endToken);
    if (b - a < 3 || low[b - 1] === '?') continue;
    doc.noteParties(a, b);
    conds = conditionSpans(a, b);
    doc.sentenceSubject = undefined;
    doc.speaker = quoteSpeaker(si);
    doc.sentenceSubject = undefined;
    consumed = new Set<number>();
    // The sentence's leading subject, for pronouns in later clauses and sentences.
    for (let i = a + 1; i < b && i < a + 25; i++) {
      if (doc.isVerbish(i)) {
        subjectOf(i);
        break;
      }
    }

    for (let i = a; i < b; i++) {
      const w = low[i];
      const tr = TRIGGER_FAMILIES.get(w) ?? 0;
      if (tr === 0 || consumed.has(i) || inCond(i) || doc.mention(i)) continue;
      if (tr & Tr.To && low[i + 1] === 'be' && isParticiple(i + 2)) passiveNominal(i);
      else if (tr & Tr.Modal || (tr & Tr.Be && low[i + 1] === 'to' && w !== 'be' && w !== 'been')) modal(i);
      if (tr & Tr.BeToAdjective && low[i + 1] === 'to' && (BE.has(low[i - 1] ?? '') || (BE.has(low[i - 2] ?? '') && /ly$/.test(low[i - 1])))) beTo(i);
      if (tr & Tr.CommitVerb) commitVerb(i, COMMIT_VERBS.get(w)!.lemma, COMMIT_VERBS.get(w)!.value);
      if (tr & Tr.Rule && low[i + 1] === 'out') ruleOut(i);
      if (tr & Tr.HitLash && low[i + 1] === 'out' && low[i + 2] === 'at') lashOut(i);
      if (tr & Tr.Reaffirm) reaffirm(i);
      if (tr & Tr.CommitNoun) commitNoun(i);
      if (tr & Tr.StanceVerb) stanceVerb(i, STANCE_VERBS.get(w)!.lemma, STANCE_VERBS.get(w)!.value);
      if (tr & Tr.StanceNoun) stanceNoun(i, STANCE_NOUNS.get(w)!);
      if (tr & Tr.StanceAdjective && (BE.has(low[i - 1] ?? '') || (BE.has(low[i - 2] ?? '') && /ly$/.test(low[i - 1])))) stanceAdjective(i, STANCE_ADJECTIVES.get(w)!);
    }
  }

  // ---- helpers on the sentence being read (a..b) ----

  /** The token after a time expression starting at j ("agreed on Tuesday to ..."), else j. */
  function skipTime(j: number): number {
    const at = tokens[j]?.start ?? -1;
    const t = sentTimes.find((x) => x.start === at);
    if (!t) return j;
    let k = j;
    while (k < b && tokens[k].start < t.end) k++;
    return k;
  }

  /** Is token i preceded (within its verb group) by a negation? */
  function negatedBefore(i: number): boolean {
    for (let k = i - 1; k >= a && k >= i - 3; k--) {
      if (NEGATORS.has(low[k]) && low[k] !== 'no') return true;
      if (!(BE.has(low[k]) || ['do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'wo', 'shall', 'also', 'still'].includes(low[k]))) break;
    }
    return false;
  }

  /**
   * Whether the clause whose subject starts at token p sits under a frame that makes it no
   * undertaking: a hope, fear, prediction or belief, a demand, or the report of a forecaster.
   */
  function framed(p: number): boolean {
    for (let k = p - 1, seen = 0; k >= a && seen < 6; k--, seen++) {
      const w = low[k];
      if (w === 'that' || w === ',' || timeStartingAt(k)) continue;
      if (REPORT_VERBS.has(w)) {
        for (let j = k - 1; j >= a && j >= k - 5; j--) {
          if (PREDICTOR_NOUNS.has(low[j])) return true;
          if (isPunct(j)) break;
        }
        return false;
      }
      if (DOUBT_FRAMES.has(w) || DEMAND_FRAMES.has(w)) return true;
      if (doc.mention(k) || isPunct(k) || doc.isVerbish(k)) return false;
    }
    return false;
  }

  /** "hold talks", "hold a news conference": a meeting noun within the object after token j. */
  function meetingNounAfter(j: number): boolean {
    for (let k = j; k < b && k < j + 4; k++) {
      if (MEETING_NOUNS.has(low[k])) return true;
      if (isPunct(k) || PREPOSITIONS.has(low[k])) break;
    }
    return false;
  }

  /**
   * Whether the future whose subject is `sub` (verb at token j) is reported by a speaker of
   * another side ("officials in Kyiv said Russia will attack", "Russia will attack, Ukraine
   * said"), or by forecasters ("..., according to a poll of economists"): a forecast, not an
   * undertaking. Unknown speakers keep it.
   * `outer` is the sentence's subject before this clause's own.
   */
  function thirdParty(sub: Party, j: number, outer: Party | undefined): boolean {
    let speaker: Party | undefined;
    for (let k = sub.start - 1; k >= a && k >= sub.start - 6; k--) {
      const w = low[k];
      if (w === 'that' || timeStartingAt(k)) continue;
      if (REPORT_VERBS.has(w) && !doc.isCapitalized(k)) speaker = speakerOf(k, outer);
      break;
    }
    if (!speaker) {
      for (let k = j; k < b && !speaker; k++) {
        if (low[k] !== ',') continue;
        for (let r = k + 1; r < b && r < k + 8; r++) {
          const accordingTo = low[r] === 'according' && low[r + 1] === 'to';
          if (!accordingTo && (!REPORT_VERBS.has(low[r]) || doc.isCapitalized(r))) continue;
          const from = accordingTo ? r + 2 : r + 1;
          let e = from;
          while (e < b && e < from + 8 && !isPunct(e) && !doc.isVerbish(e)) e++;
          // "..., analysts said", "..., according to a poll of economists": a forecast.
          for (let x = k + 1; x < e; x++) if (PREDICTOR_NOUNS.has(low[x])) return true;
          const after = e > from ? doc.resolveNP(from, e) : undefined;
          speaker = after && after.ids.length ? after : accordingTo ? undefined : doc.subjectBefore(r, k + 1);
          break;
        }
      }
    }
    // A person whose side is unknown could be speaking for anyone.
    if (!speaker || !speaker.ids.length || speaker.ids.some((id) => doc.kindOf(id) === 'person' && doc.partyOf(id) === id)) return false;
    return !sameSide(speaker, sub);
  }

  /** The subject of the reporting verb at token k; `outer` is the sentence's subject before the clause's own. */
  function speakerOf(k: number, outer: Party | undefined): Party | undefined {
    // "... and said Minsk would": the coordinated verb's subject is the sentence's, not the clause's.
    const inner = doc.sentenceSubject;
    doc.sentenceSubject = outer;
    const speaker = doc.subjectBefore(k, a);
    doc.sentenceSubject = inner;
    return speaker;
  }

  /** Whether two parties share an entity or the side a person serves. */
  function sameSide(x: Party, y: Party): boolean {
    const side = new Set(x.ids.flatMap((id) => [id, doc.partyOf(id)]));
    return y.ids.some((id) => side.has(id) || side.has(doc.partyOf(id)));
  }

  /** "Iran warned (that) it would retaliate": a warning about the warner's own act is a threat. */
  function selfWarning(sub: Party, outer: Party | undefined): boolean {
    for (let k = sub.start - 1; k >= a && k >= sub.start - 6; k--) {
      const w = low[k];
      if (w === 'that' || w === ',' || timeStartingAt(k)) continue;
      if (!WARN_VERBS.has(w) || doc.isCapitalized(k)) return false;
      const speaker = speakerOf(k, outer);
      return !!speaker && speaker.ids.length > 0 && sameSide(speaker, sub);
    }
    return false;
  }

  /** End (exclusive) of the action phrase starting at token `start`. */
  function actionEnd(start: number): number {
    const stop = condStartAfter(start - 1);
    let k = start;
    for (; k < b && k < stop && k - start < 40; k++) {
      const w = low[k];
      if (w === ',' && listComma(k)) continue;
      if (isPunct(k) && w !== '-' && w !== '&' && w !== '%' && w !== '$' && w !== "'" && w !== "'s") break;
      if (CLAUSE_STOPS.has(w) && k > start) break;
      // "after workers ratified a new contract": a clause of its own (not "after the incident").
      if (k > start && TIME_CLAUSE.has(w)) {
        let verb = false;
        for (let j = k + 1; j < b && j < k + 7 && !isPunct(j); j++) if (doc.isVerbish(j) && !doc.mention(j) && !low[j].endsWith('ing')) verb = true;
        if (verb) break;
      }
      if ((w === 'and' || w === 'but') && k + 1 < b && doc.isVerbish(k + 1) && !FUTURE_MODALS.has(low[k + 1])) break;
      // "... and Nairobi will provide land": a new clause with its own subject.
      if ((w === 'and' || w === 'but') && k > start && newClauseAfter(k + 1)) break;
      if (w === 'only' && CONDITION_WORDS.has(low[k + 1] ?? '')) break;
      // The predicate of a noun phrase the action sits in: "the plan to build X has been delayed".
      if (k > start && AUX_FINITE.has(w) && !['that', 'which', 'who'].includes(low[k - 1])) break;
      // A participle modifying the last noun ("a joint force headquarters reporting to ..."): cut.
      if (k - start >= 5 && w.length > 5 && w.endsWith('ing') && !doc.mention(k) && (PREPOSITIONS.has(low[k + 1] ?? '') || DETERMINERS.has(low[k + 1] ?? '') || doc.mention(k + 1))) {
        const prev = low[k - 1];
        if (!PREPOSITIONS.has(prev) && !DETERMINERS.has(prev) && prev !== 'and' && prev !== 'to' && !doc.isVerbish(k - 1) && !isPunct(k - 1)) break;
      }
    }
    while (k > start && (isPunct(k - 1) || DANGLING.has(low[k - 1]))) k--;
    return k;
  }

  /** A comma inside a list: "provide land, staff and water data". */
  function listComma(k: number): boolean {
    const next = low[k + 1] ?? '';
    if (!next || isPunct(k + 1) || doc.isVerbish(k + 1) || CONDITION_WORDS.has(next) || /^(which|who|while|but|and|including|according|as|after|before|said|says)$/.test(next)) return false;
    for (let j = k + 2; j < b && j < k + 7; j++) {
      if (low[j] === 'and' || low[j] === 'or') return true;
      if (isPunct(j) && low[j] !== ',') return false;
    }
    return false;
  }

  /** A subject and a finite verb or modal start at token j: "Nairobi will ...", "the union said". */
  function newClauseAfter(j: number): boolean {
    const m = doc.mention(j);
    let k = m ? m.end : j;
    if (!m) {
      if (!/^(it|they|he|she|we)$/.test(low[j] ?? '')) return false;
      k = j + 1;
    }
    return k < b && (FUTURE_MODALS.has(low[k]) || AUX_FINITE.has(low[k]) || REPORT_VERBS.has(low[k]) || COMMIT_VERBS.has(low[k]));
  }

  /** Next clause boundary after token `from` (for deadlines that follow the action). */
  function clauseEndAfter(from: number): number {
    const stop = condStartAfter(from);
    let k = from;
    while (k < b && k < stop && !(isPunct(k) && (low[k] === ',' || low[k] === ';' || low[k] === '.'))) k++;
    return k;
  }

  function targetsIn(start: number, end: number, actors: string[]): string[] {
    const out: string[] = [];
    for (let k = start; k < end; k++) {
      const w = low[k];
      const verbObject = k === start && TARGET_VERBS.has(w);
      if (!(verbObject || (TARGET_PREPS.has(w) && k > start))) continue;
      for (let j = k + 1; j < end && j <= k + 3; j++) {
        const m = doc.mention(j);
        if (m) {
          for (const id of m.ids) if (doc.isActor(id) && !actors.includes(id)) out.push(id);
          break;
        }
        if (!DETERMINERS.has(low[j])) break;
      }
    }
    return unique(out);
  }

  function emit(f: Found): void {
    if (!f.actors.ids.length || f.actionEnd <= f.actionStart) return;
    const trigger = span(f.trigger[0], f.trigger[1]);
    if (seenCommitments.has(trigger.start)) return;
    seenCommitments.add(trigger.start);
    const action = span(f.actionStart, f.actionEnd);
    const rangeStart = Math.min(tokens[f.actors.start]?.start ?? trigger.start, trigger.start, action.start);
    const rangeEnd = Math.max(action.end, trigger.end);
    const actors = unique(f.actors.ids);
    const c: Commitment = {
      id: '',
      actors,
      trigger,
      action: action.text.replace(/\s+/g, ' '),
      actionRange: { start: action.start, end: action.end },
      range: { start: rangeStart, end: rangeEnd },
      modality: f.modality,
      negated: f.negated,
    };
    const time =
      deadline(Math.max(action.start, trigger.start), tokens[Math.max(f.clauseEnd, f.actionEnd) - 1].end) ??
      leadingDeadline(Math.min(trigger.start, tokens[f.actors.start]?.start ?? trigger.start));
    if (time) c.time = time;
    const target = unique([...f.target, ...targetsIn(f.actionStart, f.actionEnd, actors)]).filter((id) => !actors.includes(id));
    if (target.length) c.target = target;
    commitments.push(c);
  }

  function conditional(subjectStart: number, trigger: number, end: number): boolean {
    const clauseEnd = clauseEndAfter(end);
    return conds.some(([x, y]) => low[x] !== 'whether' && ((x >= trigger && x <= clauseEnd + 1) || (y <= subjectStart && subjectStart - y <= 2)));
  }

  /** "By 2030, the country will ...": a deadline opening the sentence before the subject. */
  function leadingDeadline(before: number): TextSpan | undefined {
    const t = sentTimes.find((x) => x.end <= before && /^(by|before|within|no later than)\b/i.test(x.text));
    return t && { start: t.start, end: t.end, text: t.text };
  }

  function deadline(from: number, to: number): TextSpan | undefined {
    for (const t of sentTimes) {
      if (t.start < from) continue;
      if (t.end > to) break;
      if (PAST_TIME.test(t.text)) continue;
      return { start: t.start, end: t.end, text: t.text };
    }
    return undefined;
  }

  /** The agent of a passive ("by the US forces in Japan"), looked for from token `from`. */
  function agent(from: number, to: number): { party: Party; end: number } | undefined {
    for (let k = from; k < to; k++) {
      if (low[k] !== 'by' || timeStartingAt(k + 1) || timeStartingAt(k)) continue;
      let e = k + 1;
      while (e < to && e < k + 8 && !isPunct(e) && !(PREPOSITIONS.has(low[e]) && e > k + 1) && !doc.isVerbish(e)) {
        const m = doc.mention(e);
        e = m ? m.end : e + 1;
      }
      const party = doc.resolveNP(k + 1, e);
      if (party && party.ids.length) return { party, end: e };
      return undefined;
    }
    return undefined;
  }

  /** Start of a short noun phrase ending before token `end`: "the preventive measures". */
  function shortNPStart(end: number): number {
    let k = end - 1;
    for (let count = 0; k >= a && count < 7; count++) {
      const w = low[k];
      if (isPunct(k) || PREPOSITIONS.has(w) || doc.isVerbish(k) || EXPRESS_VERBS.has(w)) break;
      if (DETERMINERS.has(w)) return k;
      k--;
    }
    return k + 1;
  }

  // "measures to be implemented by the US forces"
  function passiveNominal(i: number): void {
    const stop = clauseEndAfter(i);
    const ag = agent(i + 3, stop);
    if (!ag) return;
    const start = shortNPStart(i);
    if (start >= i) return;
    emit({
      trigger: [i, i + 3],
      actors: ag.party,
      actionStart: start,
      actionEnd: i + 3,
      clauseEnd: clauseEndAfter(ag.end),
      modality: 'firm',
      negated: false,
      target: [],
    });
  }

  // will / shall / would + action; "is to" + action.
  function modal(i: number): void {
    const w = low[i];
    if (w === 'wo' && low[i + 1] !== "n't") return;
    if (DETERMINERS.has(low[i - 1] ?? '') || PREPOSITIONS.has(low[i - 1] ?? '')) return;
    const isTo = BE.has(w);
    let j = isTo ? i + 2 : i + 1;
    let negated = false;
    for (; j < b; j++) {
      const x = low[j];
      if (NEGATORS.has(x)) negated = true;
      else if (HEDGES.has(x)) return;
      else if (!(x === 'also' || x === 'now' || x === 'soon' || x === 'still' || x === 'then' || x === 'jointly' || x === 'further' || x === 'first' || (x.length > 4 && x.endsWith('ly')))) break;
    }
    if (j >= b || !isWordLike(j)) return;
    const v = low[j];
    // A commitment verb with its complement is the trigger itself ("will agree to ...").
    const after = low[j + 1] ?? '';
    if ((COMMIT_VERBS.has(v) || REAFFIRM_VERBS.has(v)) && (after === 'to' || after === 'that' || after === 'on' || NEGATORS.has(after))) return;
    const outer = doc.sentenceSubject;
    const sub = subjectOf(i);
    if (v === 'be' && isParticiple(j + 1)) {
      // "A new bridge will be built by the council"; without an agent only a chain gives actors.
      const stop = clauseEndAfter(j);
      const ag = agent(j + 2, stop);
      const subStart = sub ? sub.start : doc.npStart(i, a);
      if (!ag || subStart >= i || framed(subStart)) return;
      emit({
        trigger: [i, j + 2],
        actors: ag.party,
        actionStart: subStart,
        actionEnd: j + 2,
        clauseEnd: clauseEndAfter(ag.end),
        modality: conditional(subStart, i, stop) ? 'conditional' : 'firm',
        negated,
        target: [],
      });
      return;
    }
    if (NON_VOLITIONAL.has(v) || v === 'to') return;
    // "will decide next week whether to join": no undertaking yet.
    for (let k = j + 1; k < b && k <= j + 4; k++) if (low[k] === 'whether') return;
    if (!sub || !sub.ids.length) return;
    const threat = selfWarning(sub, outer);
    if (!threat && framed(sub.start)) return;
    // "did not say when it would resume": an open question, not an undertaking.
    if (INDIRECT_QUESTION.has(low[sub.start - 1] ?? '')) return;
    // A date in the diary is no undertaking; declining it is ("will not attend").
    if (!negated && (SCHEDULED.has(v) || (v === 'hold' && meetingNounAfter(j + 1)))) return;
    if (thirdParty(sub, j, outer)) return;
    if (w === 'would' || w === "'d") {
      // Only reported ("said it would") or conditional futures.
      let reported = threat;
      for (let k = a; k < sub.start; k++) if (REPORT_VERBS.has(low[k]) || COMMIT_VERBS.has(low[k])) reported = true;
      // "..., the minister said." after the clause.
      for (let k = j; k < b && !reported; k++) {
        if (low[k] !== ',') continue;
        for (let r = k + 1; r < b && r < k + 8; r++) if (REPORT_VERBS.has(low[r]) && !doc.isCapitalized(r)) reported = true;
      }
      if (!reported && !conds.length) return;
    }
    const end = actionEnd(j);
    emit({
      trigger: [i, isTo ? i + 2 : negated && low[i + 1] && NEGATORS.has(low[i + 1]) ? i + 2 : i + 1],
      actors: sub,
      actionStart: j,
      actionEnd: end,
      clauseEnd: end,
      modality: conditional(sub.start, i, end) ? 'conditional' : threat ? 'tentative' : 'firm',
      negated,
      target: [],
    });
  }

  // "is expected to", "is committed to"
  function beTo(i: number): void {
    const be = BE.has(low[i - 1]) ? i - 1 : i - 2;
    const sub = subjectOf(be);
    if (!sub || framed(sub.start)) return;
    let j = i + 2;
    if (low[j] === 'be' && isParticiple(j + 1)) return;
    if (!isWordLike(j) || DETERMINERS.has(low[j])) {
      if (low[i] !== 'committed') return;
    }
    if (SCHEDULED.has(low[j]) || (low[j] === 'hold' && meetingNounAfter(j + 1))) return;
    const end = actionEnd(j);
    const base = BE_TO_ADJECTIVES.get(low[i])!;
    emit({
      trigger: [be, i + 2],
      actors: sub,
      actionStart: j,
      actionEnd: end,
      clauseEnd: end,
      modality: conditional(sub.start, i, end) ? 'conditional' : base,
      negated: negatedBefore(be) || NEGATORS.has(low[be + 1]),
      target: [],
    });
  }

  function commitVerb(i: number, lemma: string, props: CommitVerb): void {
    const w = low[i];
    const prev = low[i - 1] ?? '';
    if (i > a && doc.isCapitalized(i)) return;
    if (DETERMINERS.has(prev) || prev === 'to' || WEAK_MODALS.has(prev) && prev !== 'would') return;
    const past = w.endsWith('ed') || w === 'sought' || w === 'undertook' || w === 'undertaken';
    if (BE.has(prev) && past) return; // passive or adjectival: "is aimed at", "was agreed"
    if (props.presentOnly && past) return;
    if (w === lemma && !(i > a && (FUTURE_MODALS.has(prev) || ['we', 'they', 'i', 'both', 'all', 'jointly', 'also'].includes(prev) || doc.mention(i - 1) || GROUP_NOUNS.has(prev)))) return;
    if (lemma === 'consider' && !(w === 'considering' || w === 'considers')) return;
    if (w.endsWith('ing') && !BE.has(prev) && !(lemma === 'consider' || lemma === 'plan')) return;
    if (prev === 'had' && lemma === 'plan') return;
    let j = i + 1;
    // "voted 9 to 4 on Tuesday to build ..."
    if (lemma === 'vote' && tokens[j]?.kind === 'number' && low[j + 1] === 'to' && tokens[j + 2]?.kind === 'number') j += 3;
    j = skipTime(j);
    // "promised during his campaign not to ...": a short phrase before the infinitive.
    if (PREPOSITIONS.has(low[j]) && low[j] !== 'to' && !(lemma === 'agree' && (low[j] === 'on' || low[j] === 'upon' || low[j] === 'with'))) {
      for (let k = j + 1; k < b && k < j + 7 && !isPunct(k) && !doc.isVerbish(k); k++) {
        if (low[k] === 'to' || (NEGATORS.has(low[k]) && low[k + 1] === 'to')) {
          j = k;
          break;
        }
      }
    }
    let negated = props.negative === true || negatedBefore(i);
    let target: string[] = [];
    if (NEGATORS.has(low[j]) && low[j] !== 'no') {
      negated = !negated;
      j++;
    }
    // "agreed with the IG Metall union to avoid ...", "promised regulators that ..."
    if (low[j] === 'with' && lemma === 'agree') {
      let k = j + 1;
      while (k < b && k < j + 8 && low[k] !== 'to' && low[k] !== 'on' && low[k] !== 'that' && !isPunct(k)) k++;
      if (low[k] !== 'to' && low[k] !== 'on' && low[k] !== 'that') return;
      target = doc.objectTargets(j + 1, k, []);
      j = k;
    }
    let actionStart = -1;
    let chain: Chain | undefined;
    if (low[j] === 'to' && isWordLike(j + 1)) actionStart = j + 1;
    else if (low[j] === 'to') return;
    else if ((low[j] === 'on' || low[j] === 'upon') && lemma === 'agree') actionStart = j + 1;
    else if (lemma === 'decide' && low[j] === 'against') {
      negated = !negated;
      actionStart = j + 1;
    } else if (props.gerund && isWordLike(j)) actionStart = j;
    else if (props.that) {
      chain = findChain(j);
      if (chain?.object) target = doc.objectTargets(chain.object[0], chain.object[1], []);
      if (!chain && props.object && (isObjectStart(j) || bareObject(lemma, j))) actionStart = j;
      if (!chain && actionStart < 0) return;
    } else if (props.object && (isObjectStart(j) || bareObject(lemma, j))) actionStart = j;
    else return;
    const found = subjectOf(i);
    const subStart = found ? found.start : doc.npStart(i, a);
    if (framed(subStart)) return;
    if (chain) {
      // A named inner subject needs no outer one: "the two governments agreed that Ecuador will".
      const sub = found ?? { ids: [], plural: false, start: subStart, end: i };
      const inner = chain.subject(sub);
      if (!inner || !inner.ids.length) return;
      consumed.add(chain.modal);
      const end = actionEnd(chain.actionStart);
      emit({
        trigger: [i, i + 1],
        actors: inner,
        actionStart: chain.actionStart,
        actionEnd: end,
        clauseEnd: end,
        modality: conditional(sub.start, i, end) ? 'conditional' : props.modality,
        negated: negated !== chain.negated,
        target,
      });
      return;
    }
    const sub = found;
    if (!sub || !sub.ids.length) return;
    const end = actionEnd(actionStart);
    emit({
      trigger: [i, i + 1],
      actors: sub,
      actionStart,
      actionEnd: end,
      clauseEnd: end,
      modality: conditional(sub.start, i, end) ? 'conditional' : props.modality,
      negated,
      target,
    });
  }

  /** "pledged support for Kyiv", "Seoul and Tokyo pledge closer watch": a bare noun phrase. */
  function bareObject(lemma: string, j: number): boolean {
    if (!(lemma === 'pledge' || lemma === 'promise') || j >= b || tokens[j].kind !== 'word') return false;
    const w = low[j];
    const verb = doc.isVerbish(j) && !['further', 'more', 'again', 'also', 'now'].includes(w);
    return !doc.isCapitalized(j) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !verb && !/^(that|it|they|he|she|we|not|never|also|to|again|now)$/.test(w);
  }

  function isObjectStart(j: number): boolean {
    if (j >= b) return false;
    const t = tokens[j];
    return t.kind === 'number' || t.norm === '$' || t.kind === 'symbol' || low[j] === 'a' || low[j] === 'an' || /^[$€£¥]/.test(t.norm) || (low[j] === 'the' && !doc.isVerbish(j + 1));
  }

  interface Chain {
    /** The indirect object before "that" ("promised regulators that"), as tokens. */
    object?: [number, number];
    modal: number;
    actionStart: number;
    negated: boolean;
    /** The actors, given the outer subject. */
    subject: (outer: Party) => Party | undefined;
  }

  /** "that X will ...": the future inside a complement clause starting at token j. */
  function findChain(j: number): Chain | undefined {
    if (low[j] === 'whether' || low[j] === 'if') return undefined; // "decided whether it will": undecided
    let c = low[j] === 'that' ? j + 1 : j;
    let object: [number, number] | undefined;
    if (c === j) {
      // "promised regulators that ...": an indirect object before the clause.
      for (let k = j; k < b && k < j + 6 && !isPunct(k); k++) {
        if (low[k] === 'that') {
          object = [j, k];
          c = k + 1;
          break;
        }
      }
    }
    for (let k = c; k < b && k < c + REACH; k++) {
      const w = low[k];
      if (isPunct(k) && w !== "'s" && w !== "'" && w !== '-') return undefined;
      const isTo = BE.has(w) && low[k + 1] === 'to';
      if (!(FUTURE_MODALS.has(w) || isTo)) {
        if (k > c && (REPORT_VERBS.has(w) || COMMIT_VERBS.has(w)) && !doc.isCapitalized(k)) return undefined;
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
      const passive = low[v] === 'be' && isParticiple(v + 1);
      let subEnd = k;
      while (subEnd > c && (low[subEnd - 1] === 'also' || low[subEnd - 1] === 'jointly' || low[subEnd - 1] === 'both')) subEnd--;
      const modal = k;
      const verb = v;
      const chain: Chain = {
        object,
        modal,
        negated,
        actionStart: passive ? c : verb,
        subject: (outer: Party): Party | undefined => {
          if (passive || subEnd <= c) return outer;
          const inner = doc.resolveNP(c, subEnd);
          if (inner && inner.ids.length) return inner;
          // An unresolved pronoun is the outer subject again: "agreed that they will ...".
          if (subEnd - c === 1 && /^(it|they|he|she|we)$/.test(low[c])) return outer;
          if (NON_VOLITIONAL.has(low[verb])) return undefined; // an assessment: "agreed that the region will face"
          // "promised that construction would start": the outer actors, the whole clause as action.
          chain.actionStart = c;
          return { ...outer };
        },
      };
      return chain;
    }
    return undefined;
  }

  function ruleOut(i: number): void {
    if (negatedBefore(i) || low[i - 1] === 'to') return;
    const sub = subjectOf(i);
    if (!sub || !sub.ids.length || framed(sub.start)) return;
    const start = i + 2;
    if (!isWordLike(start)) return;
    const end = actionEnd(start);
    emit({
      trigger: [i, i + 2],
      actors: sub,
      actionStart: start,
      actionEnd: end,
      clauseEnd: end,
      modality: 'firm',
      negated: true,
      target: [],
    });
  }

  // "reaffirmed that Article Five applies to the Senkaku Islands"
  function reaffirm(i: number): void {
    const prev = low[i - 1] ?? '';
    if (prev === 'to' || DETERMINERS.has(prev) || BE.has(prev) || negatedBefore(i)) return;
    if (low[i + 1] === 'that') {
      const chain = findChain(i + 1);
      if (chain) return; // the future inside is its own trigger
      const clause = low.slice(i + 2, Math.min(b, i + 2 + REACH));
      if (clause.some((x) => DEMAND_FRAMES.has(x))) return; // "reaffirmed that disputes must be settled"
      const sub = subjectOf(i);
      if (!sub || !sub.ids.length) return;
      const end = actionEnd(i + 2);
      emit({
        trigger: [i, i + 1],
        actors: sub,
        actionStart: i + 2,
        actionEnd: end,
        clauseEnd: end,
        modality: conditional(sub.start, i, end) ? 'conditional' : 'firm',
        negated: false,
        target: [],
      });
    }
    // With an object, the noun is the trigger: "reaffirmed its commitment to" (a commitment),
    // "reiterated its support for" / "its position on" (stances).
  }

  function commitNoun(i: number): void {
    const w = low[i];
    if (i > a && doc.isCapitalized(i)) return;
    let start = -1;
    let dealWith: string[] = [];
    let byActor: Party | undefined;
    const next = low[i + 1] ?? '';
    if (next === 'to' && isWordLike(i + 2) && !DETERMINERS.has(low[i + 2]) && !doc.mention(i + 2) && tokens[i + 2].kind === 'word' && !doc.isCapitalized(i + 2) && !['be', 'the', 'a', 'an'].includes(low[i + 2])) start = i + 2;
    else if (next === 'with' && (w === 'deal' || w === 'agreement' || w === 'deals' || w === 'agreements')) {
      // "a deal with Panasonic to build batteries"
      let k = i + 2;
      while (k < b && k < i + 9 && low[k] !== 'to' && !isPunct(k)) k++;
      if (low[k] === 'to' && isWordLike(k + 1) && !DETERMINERS.has(low[k + 1])) {
        start = k + 1;
        dealWith = doc.objectTargets(i + 2, k, []);
      }
    } else if (next === 'by' && (doc.mention(i + 2) || (DETERMINERS.has(low[i + 2]) && doc.mention(i + 3)))) {
      // "the decision by Toyota to close the plant"
      let k = i + 2;
      while (k < b && k < i + 13 && low[k] !== 'to' && (!isPunct(k) || low[k] === '(' || low[k] === ')')) k++;
      if (low[k] === 'to' && isWordLike(k + 1) && !DETERMINERS.has(low[k + 1]) && !doc.mention(k + 1)) {
        const by = doc.resolveNP(i + 2, k);
        if (by && by.ids.length) {
          start = k + 1;
          byActor = by;
        }
      }
    } else if (next === 'of' && i + 2 < b && (low[i + 2].endsWith('ing') || tokens[i + 2].kind === 'number' || /^[$€£¥]/.test(tokens[i + 2].norm))) start = i + 2;
    if (start < 0) return;
    const noun = COMMIT_NOUNS.get(w)!;
    // Who made it: a possessor ("Japan's pledge", "its commitment"), else the subject of the verb
    // that put it on record ("Germany announced a commitment to ...").
    let k = i - 1;
    let negated = false;
    // "announced on Wednesday a pledge": the date between governor and noun is skipped.
    const dated = (x: number): boolean => timeStartingAt(x) || (PREPOSITIONS.has(low[x]) && timeStartingAt(x + 1));
    while (k >= a && k > i - 6 && (dated(k) || (!doc.mention(k) && !isPunct(k) && !doc.isPossessive(k) && !doc.isVerbish(k) && !NOUN_GOVERNORS.has(low[k]) && !NOUN_BLOCKERS.has(low[k]) && !['its', 'their', 'his', 'her', 'our'].includes(low[k]) && !PREPOSITIONS.has(low[k])))) {
      if (low[k] === 'no') negated = true;
      k--;
    }
    let actors: Party | undefined = byActor;
    let gov = k;
    if (byActor) gov = a - 1;
    else if (k >= a && (low[k] === "'s" || low[k] === "'")) {
      const np = doc.npStart(k, a);
      actors = doc.resolveNP(np, k);
      gov = np - 1;
      while (gov >= a && DETERMINERS.has(low[gov])) gov--;
    } else if (k >= a && ['its', 'their', 'his', 'her', 'our'].includes(low[k])) {
      const ids = doc.resolvePronoun(low[k], k);
      if (ids.length) actors = { ids, plural: ids.length > 1, start: k, end: k + 1 };
      gov = k - 1;
    }
    if (gov >= a && (NOUN_BLOCKERS.has(low[gov]) || low[gov - 1] === 'to')) return;
    if (!actors) {
      if (gov < a || !NOUN_GOVERNORS.has(low[gov])) return;
      actors = subjectOf(gov);
    }
    if (!actors || !actors.ids.length || framed(actors.start)) return;
    const end = actionEnd(start);
    // "Its plan to build a wind farm has been shelved."
    for (let j = end; j < b && j < end + 4; j++) if (NOUN_BLOCKERS.has(low[j]) || low[j] === 'postponed') return;
    emit({
      trigger: [i, i + 1],
      actors,
      actionStart: start,
      actionEnd: end,
      clauseEnd: end,
      modality: conditional(actors.start, i, end) ? 'conditional' : noun.modality,
      negated,
      target: dealWith,
    });
  }

  // ---- stances ----

  function addStance(type: StanceType, holders: Party | undefined, targets: string[], trigger: [number, number]): void {
    if (!holders || !holders.ids.length) return;
    const t = span(trigger[0], trigger[1]);
    if (seenStances.has(t.start)) return;
    seenStances.add(t.start);
    const from = Math.min(tokens[holders.start]?.start ?? t.start, t.start);
    const range: Span = { start: from, end: tokens[objectEnd(trigger[1]) - 1]?.end ?? t.end };
    stances.push({ id: '', type, holders: unique(holders.ids), targets: targets.filter((id) => !holders.ids.includes(id)), trigger: t, range });
  }

  /** End of the object phrase of a stance trigger ending at token `from`. */
  function objectEnd(from: number): number {
    const stop = condStartAfter(from - 1);
    let k = from;
    for (; k < b && k < stop && k < from + REACH; k++) {
      const w = low[k];
      if (isPunct(k) && (w === ';' || w === '.' || w === ':' || w === '"')) break;
      if (w === ',' && (low[k + 1] === 'which' || low[k + 1] === 'who' || low[k + 1] === 'while' || low[k + 1] === 'but' || doc.isVerbish(k + 1) || doc.mention(k + 1))) break;
      if ((w === 'and' || w === 'but') && doc.isVerbish(k + 1)) break;
      if (CLAUSE_STOPS.has(w) || w === 'because' || w === 'after') break;
    }
    return k;
  }

  function stanceVerb(i: number, lemma: string, type: StanceType): void {
    const w = low[i];
    const prev = low[i - 1] ?? '';
    if (i > a && doc.isCapitalized(i)) return;
    if (prev === 'to' || WEAK_MODALS.has(prev) || DETERMINERS.has(prev) || negatedBefore(i)) return;
    if (w === lemma && STANCE_NEED_INFLECTION.has(lemma)) return;
    // "backed away", "pressed ahead": no stance.
    if (['away', 'down', 'off', 'ahead', 'out', 'up'].includes(low[i + 1] ?? '')) return;
    // "-s" forms of words that are also plural nouns ("the union's demands") need their subject
    // right before them: "Japan supports", "it strongly backs".
    if (STANCE_NEED_INFLECTION.has(lemma) && w.endsWith('s') && w !== lemma) {
      const ok = doc.mention(i - 1) || ['it', 'he', 'she', 'also', 'still', 'now', 'firmly', 'strongly', 'fully'].includes(prev) || (prev.length > 4 && prev.endsWith('ly'));
      if (!ok || doc.isPossessive(i - 1)) return;
    }
    if (w === lemma && !(i > a && (FUTURE_MODALS.has(prev) || ['we', 'they', 'i', 'also', 'both', 'all', 'jointly', 'strongly', 'firmly'].includes(prev) || doc.mention(i - 1)))) return;
    if (w.endsWith('ing') && !BE.has(prev)) return;
    let from = i + 1;
    // "called for tougher sanctions on Russia" names no one urged: no target.
    let untargeted = false;
    if (lemma === 'call') {
      if (low[from] === 'on' || low[from] === 'upon') from++;
      else if (low[from] === 'for') untargeted = true;
      else return;
    } else if (lemma === 'appeal') {
      if (low[from] === 'to') from++;
      else if (low[from] === 'for') untargeted = true;
      else return;
    } else if (lemma === 'protest' || lemma === 'object') {
      // "protested against the visit", "objected to the plan"
      if (low[from] === 'against' || low[from] === 'to' || low[from] === 'over') from++;
      else if (lemma === 'object') return;
    } else if (lemma === 'tell' || lemma === 'press') {
      const m = doc.mention(from);
      if (!m && lemma === 'tell') return;
      if (lemma === 'tell') {
        let k = m!.end;
        if (low[k] === 'that') k++;
        let demand = false;
        for (let j = k; j < b && j < k + 6; j++) if (low[j] === 'must' || low[j] === 'should' || (low[j] === 'to' && j === m!.end)) demand = true;
        if (!demand) return;
      }
    }
    if (BE.has(prev) && w.endsWith('ed')) {
      // Passive: "Russia was condemned by the council".
      const ag = agent(i + 1, objectEnd(i + 1));
      if (!ag) return;
      const tgt = doc.subjectBefore(i, a);
      addStance(type, ag.party, tgt ? tgt.ids.filter((id) => doc.isActor(id)) : [], [i, i + 1]);
      return;
    }
    if (low[i + 1] === 'by') return;
    const holders = subjectOf(i);
    if (!holders || !holders.ids.length) return;
    let end = objectEnd(from);
    if (type === 'urge') {
      // The target is named before the demanded action: "urged Pyongyang to return to talks".
      for (let k = from; k < end; k++) if (low[k] === 'to' && k > from && !doc.mention(k + 1)) { end = k; break; }
    }
    addStance(type, holders, untargeted ? [] : doc.objectTargets(from, end, holders.ids), [i, i + 1]);
  }

  // "hit out at", "lashed out at": criticism.
  function lashOut(i: number): void {
    if (low[i - 1] === 'to' || negatedBefore(i)) return;
    const holders = subjectOf(i);
    if (!holders) return;
    addStance('criticize', holders, doc.objectTargets(i + 3, objectEnd(i + 3), holders.ids), [i, i + 3]);
  }

  function stanceNoun(i: number, type: StanceType): void {
    if (i > a && doc.isCapitalized(i)) return;
    let g = i - 1;
    while (g >= a && g > i - 5 && !doc.mention(g) && !isPunct(g) && !EXPRESS_VERBS.has(low[g]) && !doc.isVerbish(g)) g--;
    if (g < a || !EXPRESS_VERBS.has(low[g]) || low[g - 1] === 'to' || negatedBefore(g) || WEAK_MODALS.has(low[g - 1] ?? '')) return;
    if (type === 'reaffirm-position' && !/^(reaffirm|reiterat|restat|renew)/.test(low[g])) return;
    const holders = subjectOf(g);
    let from = i + 1;
    if (PREPOSITIONS.has(low[from]) || low[from] === 'regarding') from++;
    addStance(type, holders, doc.objectTargets(from, objectEnd(from), holders?.ids ?? []), [i, i + 1]);
  }

  function stanceAdjective(i: number, type: StanceType): void {
    if (low[i + 1] !== 'about' && low[i + 1] !== 'over' && low[i + 1] !== 'by' && low[i + 1] !== 'to' && low[i + 1] !== 'at' && low[i + 1] !== 'for') return;
    const be = BE.has(low[i - 1]) ? i - 1 : i - 2;
    if (negatedBefore(be) || NEGATORS.has(low[be + 1])) return;
    const holders = subjectOf(be);
    addStance(type, holders, doc.objectTargets(i + 2, objectEnd(i + 2), holders?.ids ?? []), [i, i + 1]);
  }

  /** Condition clauses in [from, to): token ranges a trigger inside is not asserted in. */
  function conditionSpans(from: number, to: number): [number, number][] {
    const out: [number, number][] = [];
    for (let k = from; k < to; k++) {
      const w = low[k];
      let open = false;
      if (CONDITION_WORDS.has(w)) {
        open = true;
        if ((w === 'until' || w === 'till') && (timeStartingAt(k + 1) || tokens[k + 1]?.kind === 'number')) open = false;
        if (w === 'once' && (low[k + 1] === 'again' || low[k + 1] === 'more' || (low[k + 1] === 'a' && /^(day|week|month|year|decade)$/.test(low[k + 2] ?? '')))) open = false;
        if (w === 'provided' && low[k - 1] !== ',' && low[k + 1] !== 'that') open = false;
      } else if (w === 'subject' && low[k + 1] === 'to') open = true;
      else if (w === 'as' && low[k + 1] === 'long' && low[k + 2] === 'as') open = !(low[k + 4] === 'takes' || low[k + 3] === 'necessary' || low[k + 3] === 'needed');
      if (!open) continue;
      const start = low[k - 1] === 'only' || low[k - 1] === 'even' ? k - 1 : k;
      const atClauseStart = k === from || ['', ',', 'and', 'but', 'that', ';', '"'].includes(low[k - 1] ?? '');
      let end = k + 1;
      while (end < to && !(low[end] === ';' || (atClauseStart && low[end] === ','))) end++;
      out.push([start, end]);
      k = end - 1;
    }
    return out;
  }

  /**
   * The speaker of a quotation in sentence `s` (or one whose attribution follows in the next
   * sentence): '"We will ...," the minister said', 'said Lee', 'Lee said: "..."'.
   */
  function quoteSpeaker(si: number): string[] {
    const s = sentences[si];
    const a = s.firstToken;
    const b = Math.min(n, s.endToken);
    let quotes = 0;
    for (let i = a; i < b; i++) if (low[i] === '"') quotes++;
    if (!quotes) return [];
    for (const sent of [s, sentences[si + 1]]) {
      if (!sent) break;
      const x = sent.firstToken;
      const y = Math.min(n, sent.endToken);
      let inside = sent === s ? false : quotes % 2 === 1;
      for (let i = x; i < y; i++) {
        if (low[i] === '"') {
          inside = !inside;
          continue;
        }
        if (inside || !REPORT_VERBS.has(low[i]) || doc.isCapitalized(i)) continue;
        // "said Ms. Lee" / "Lee said"
        let e = i + 1;
        while (e < y && e < i + 8 && !isPunct(e) && !doc.isVerbish(e)) e++;
        const after = e > i + 1 ? doc.resolveNP(i + 1, e) : undefined;
        if (after && after.ids.length) return after.ids;
        const before = doc.subjectBefore(i, x);
        if (before && before.ids.length) return before.ids;
      }
    }
    return [];
  }

  commitments.sort((x, y) => x.trigger.start - y.trigger.start);
  stances.sort((x, y) => x.trigger.start - y.trigger.start);
  commitments.forEach((c, k) => (c.id = 'c' + (k + 1)));
  stances.forEach((s, k) => (s.id = 's' + (k + 1)));
  return { commitments, stances };
}
