// The data of the cross-article index: one compact record per article (what the index keeps and
// caches), the actors merged across articles, and the commitments ledger. Plain data only.

import type { ArticleDate, EntityKind, Modality, Span } from '../types';

/** Kinds that are actors across articles (places are not). */
export type ActorKind = Exclude<EntityKind, 'place'>;

export interface RecordEntity {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  role?: string;
  roleOf?: string;
  /** Number of mentions. */
  count: number;
  /** The first mentions as [start, end, start, end, ...] (at most MAX_MENTIONS of them). */
  mentions: number[];
}

export interface RecordCommitment {
  id: string;
  /** Entity ids (of this article's entities) of who undertook it. */
  actors: string[];
  action: string;
  trigger: string;
  modality: Modality;
  negated: boolean;
  range: Span;
  /** The stated time, as written. */
  time?: string;
  deadline?: { start: string; end: string };
}

/** A sentence reporting something done (past tense, no future or negation): who, and its word stems. */
export interface RecordDone {
  actors: string[];
  /** Space-separated stems of its past-tense verbs ("opened" → "open"). */
  verbs: string;
  /** Space-separated stems of its content words. */
  stems: string;
}

/** One article as the index keeps it. */
export interface ArticleRecord {
  file: string;
  date?: ArticleDate;
  headline?: string;
  entities: RecordEntity[];
  commitments: RecordCommitment[];
  done: RecordDone[];
  counts: { entities: number; commitments: number; stances: number };
}

/** One actor across articles. */
export interface Actor {
  /** Stable across runs: kind and normalised canonical name, "person:kamikawa yoko". */
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  role?: string;
  /** True when the user entities file names it. */
  user?: boolean;
  /** Its entities across the articles (one an article, unless an article names it twice). */
  articles: number;
  mentions: number;
}

/** One report of an undertaking in one article. */
export interface LedgerReport {
  file: string;
  date?: string;
  commitment: string;
  range: Span;
  time?: string;
  deadline?: { start: string; end: string };
}

export type LedgerBadge = 'overdue' | 'due-soon' | 'done' | 'negated' | 'tentative';

/** An undertaking, reported in one article or more (a thread). */
export interface LedgerThread {
  id: string;
  /** Actor ids and names (empty: unstated). */
  actors: { id: string; name: string }[];
  action: string;
  modality: Modality;
  negated: boolean;
  /** The deadline of the latest report that states one. */
  deadline?: { start: string; end: string };
  /** First reported and last reaffirmed (article dates; absent when undated). */
  first?: string;
  last?: string;
  reports: LedgerReport[];
  badges: LedgerBadge[];
}

export interface IndexSummary {
  actors: Actor[];
  threads: LedgerThread[];
  articles: { file: string; date?: ArticleDate; headline?: string; counts: ArticleRecord['counts'] }[];
}
