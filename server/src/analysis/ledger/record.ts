// An article's analysis reduced to what the cross-article index keeps: its actors with a few
// mentions, its commitments with resolved deadlines, and the sentences that report something
// done (for the ledger's "overdue": a later article saying it was done clears it).

import type { Analysis, Entity } from '../types';
import type { ActorKind, ArticleRecord, RecordDone, RecordEntity } from './types';
import { contentStems, isPast, stem } from './words';

/** Mentions kept per entity (to reveal from the Actors tree); the count keeps the rest. */
const MAX_MENTIONS = 6;
/** "Done" sentences kept per article. */
const MAX_DONE = 40;
/** Words that make a sentence no report of a thing done. */
const NOT_DONE = new Set([
  'not',
  "n't",
  'never',
  'will',
  'would',
  'may',
  'might',
  'could',
  'should',
  'shall',
  'plans',
  'planned',
  'if',
  'yet',
  'failed',
  'delayed',
  'postponed',
]);

function recordEntity(e: Entity): RecordEntity {
  const mentions: number[] = [];
  for (const m of e.mentions.slice(0, MAX_MENTIONS)) mentions.push(m.start, m.end);
  const out: RecordEntity = { id: e.id, kind: e.kind as ActorKind, name: e.name, aliases: [...e.aliases], count: e.mentions.length, mentions };
  if (e.role) out.role = e.role;
  if (e.roleOf) out.roleOf = e.roleOf;
  return out;
}

/** The index's record of one analysed article. */
export function recordOf(file: string, analysis: Analysis): ArticleRecord {
  const actors = analysis.entities.filter((e) => e.kind !== 'place');
  const record: ArticleRecord = {
    file,
    entities: actors.map(recordEntity),
    commitments: analysis.commitments.map((c) => {
      const out: ArticleRecord['commitments'][number] = {
        id: c.id,
        actors: [...c.actors],
        action: c.action,
        trigger: c.trigger.text,
        modality: c.modality,
        negated: c.negated,
        range: { start: c.range.start, end: c.range.end },
      };
      if (c.time) out.time = c.time.text;
      if (c.deadline) out.deadline = { ...c.deadline };
      return out;
    }),
    done: doneSentences(analysis, actors),
    counts: { entities: analysis.entities.length, commitments: analysis.commitments.length, stances: analysis.stances.length },
  };
  if (analysis.date) record.date = { ...analysis.date };
  if (analysis.headline) record.headline = analysis.headline.text;
  return record;
}

/** Sentences in the past tense, naming an actor, with no future, plan or negation, outside any commitment. */
function doneSentences(analysis: Analysis, actors: Entity[]): RecordDone[] {
  const out: RecordDone[] = [];
  const committed = analysis.commitments.map((c) => c.range);
  for (const s of analysis.sentences) {
    if (out.length >= MAX_DONE) break;
    const words = analysis.tokens.slice(s.firstToken, s.endToken).filter((t) => t.kind === 'word');
    if (!words.some((t) => isPast(t.norm)) || words.some((t) => NOT_DONE.has(t.norm.toLowerCase()))) continue;
    if (committed.some((r) => r.start < s.end && s.start < r.end)) continue;
    const who = actors.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end)).map((e) => e.id);
    if (!who.length) continue;
    const verbs = [...new Set(words.filter((t) => isPast(t.norm)).map((t) => stem(t.norm)))].join(' ');
    out.push({ actors: who, verbs, stems: contentStems(words.map((t) => t.norm).join(' ')).join(' ') });
  }
  return out;
}
