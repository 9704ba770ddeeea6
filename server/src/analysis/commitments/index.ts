// Commitments (who undertook to do what, how firmly, by when) and stances (who condemned, opposed,
// supported ... whom), found by rules over tokens and entity mentions: trigger words with their
// complements (triggers.ts: one table of trigger families), the subject to their left resolved to
// entities (actors.ts), conditions, negation, deadlines from the time expressions (clause.ts). One
// pass over the sentences; every search is bounded, so the cost is linear in the text. Every
// result carries on `why` the ids of the rules that decided it; triggers turned down by a trap are
// listed in `rejected`.
import type { Commitment, Quote, Rejection, Sentence, Stance } from '../types';
import { Clause, quoteSpeaker } from './clause';
import { Scan, type CommitmentInput } from './scan';
import { FAMILIES_BY_WORD } from './triggers';

export type { CommitmentInput } from './scan';

/** The speaker the quotes pass found for a quotation in the sentence, when it found one. */
function quotedSpeaker(quotes: readonly Quote[] | undefined, s: Sentence): string | undefined {
  return quotes?.find((q) => q.direct && q.speaker && q.range.start < s.end && q.range.end > s.start)?.speaker;
}

export function findCommitmentsAndStances(input: CommitmentInput): { commitments: Commitment[]; stances: Stance[]; rejected: Rejection[] } {
  const scan = new Scan(input.text, input);
  const { low, n, times, doc } = scan;
  const sentences = input.sentences;
  let speaker: string[] = [];
  let timeCursor = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const a = Math.max(0, s.firstToken);
    // The sentence's time expressions (times and sentences are both in text order).
    while (timeCursor < times.length && times[timeCursor].start < s.start) timeCursor++;
    let timeEnd = timeCursor;
    while (timeEnd < times.length && times[timeEnd].start < s.end) timeEnd++;
    const b = Math.min(n, s.endToken);
    if (b - a < 3 || low[b - 1] === '?') continue;
    doc.noteParties(a, b);
    // The quotation's speaker, found with the previous sentence's (for "we" in the attribution).
    const quoted = quotedSpeaker(input.quotes, s);
    speaker = quoted ? [quoted] : quoteSpeaker(scan, sentences, si, speaker);
    const clause = new Clause(scan, a, b, times.slice(timeCursor, timeEnd), speaker, si);
    // The sentence's leading subject, for pronouns in later clauses and sentences.
    for (let i = a + 1; i < b && i < a + 25; i++) {
      if (doc.isVerbish(i)) {
        clause.subjectOf(i);
        break;
      }
    }
    for (let i = a; i < b; i++) {
      const families = FAMILIES_BY_WORD.get(low[i]);
      if (!families || clause.consumed.has(i) || clause.inCond(i) || doc.mention(i)) continue;
      for (const f of families) if (!f.when || f.when(clause, i)) f.run(clause, i);
    }
  }
  const { commitments, stances, rejected } = scan;
  commitments.sort((x, y) => x.trigger.start - y.trigger.start);
  stances.sort((x, y) => x.trigger.start - y.trigger.start);
  commitments.forEach((c, k) => (c.id = 'c' + (k + 1)));
  stances.forEach((s, k) => (s.id = 's' + (k + 1)));
  return { commitments, stances, rejected };
}
