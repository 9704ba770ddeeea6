// The cross-article index: article records in, actors across articles, the commitments ledger
// and the article list out. Pure (no disk, no clock: "today" is passed in).

import type { UserEntities } from '../types';
import { IndexAggregate } from './aggregate';
import type { ArticleRecord, IndexSummary } from './types';

export * from './types';
export { IndexAggregate, type ActorArticle, type ArticleEntry } from './aggregate';
export { DUE_SOON_DAYS } from './ledger';
export { formatLedger, type LedgerFormat } from './format';
export { recordOf } from './record';

/** Actors, ledger and articles (newest first, undated last) of the records. */
export function summarizeIndex(records: readonly ArticleRecord[], today: string, userEntities?: UserEntities): IndexSummary {
  const aggregate = new IndexAggregate();
  for (const r of records) aggregate.set(r);
  return aggregate.summary(today, userEntities);
}
