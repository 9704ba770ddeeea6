// The cross-article index: article records in, actors across articles, the commitments ledger
// and the article list out. Pure (no disk, no clock: "today" is passed in).

import type { UserEntities } from '../types';
import { mergeActors } from './actors';
import { buildLedger } from './ledger';
import type { ArticleRecord, IndexSummary } from './types';

export * from './types';
export { mergeActors, type ActorIndex } from './actors';
export { buildLedger, DUE_SOON_DAYS } from './ledger';
export { formatLedger, type LedgerFormat } from './format';
export { recordOf } from './record';

/** Actors, ledger and articles (newest first, undated last) of the records. */
export function summarizeIndex(records: readonly ArticleRecord[], today: string, userEntities?: UserEntities): IndexSummary {
  const actors = mergeActors(records, userEntities);
  const threads = buildLedger(records, actors, today);
  const articles = records
    .map((r) => ({ file: r.file, date: r.date, headline: r.headline, counts: r.counts }))
    .sort((a, b) => (b.date?.date ?? '').localeCompare(a.date?.date ?? '') || (a.file < b.file ? -1 : 1));
  return { actors: actors.actors, threads, articles };
}
