// The News Lens extensions to LSP, shared by the server and the client. Plain names and types
// only (no runtime imports), so any side can import this file without pulling in a library.
import type { Summary } from '../analysis/types';

/** `newsLens/summary`: the document's digest, or null when it is not analysed (too large, excluded, closed). */
export const SummaryRequest = 'newsLens/summary';
export interface SummaryParams {
  uri: string;
}
export type SummaryResult = Summary | null;

/** `newsLens/export`: the digest as a Markdown brief or as the CLI's JSON text. */
export const ExportRequest = 'newsLens/export';
export type ExportFormat = 'markdown' | 'json';
export interface ExportParams {
  uri: string;
  format: ExportFormat;
}
export type ExportResult = string | null;

/** `newsLens/status` (server -> client notification) after each analysis of an open document. */
export const StatusNotification = 'newsLens/status';
export type Counts = Summary['counts'];
export interface StatusParams {
  uri: string;
  /** The document version the status describes. */
  version: number;
  /** `ready`: analysed; `tooLarge`: above `newsLens.maxFileSize`; `excluded`: matches `newsLens.exclude`; `error`: the analysis failed. */
  state: 'ready' | 'tooLarge' | 'excluded' | 'error';
  /** The entity and commitment counts (zero unless `state` is `ready`). */
  counts: Counts;
  tooLarge?: boolean;
  /** Document size in bytes (UTF-8) and the configured limit, for the too-large notice. */
  size?: number;
  limit?: number;
  /** A short human-readable message for `error`. */
  message?: string;
}

/** Commands the extension contributes (ids fixed by the brief). */
export const Commands = {
  annotateFile: 'newsLens.annotateFile',
  openSummary: 'newsLens.openSummary',
  exportSummary: 'newsLens.exportSummary',
  revealRange: 'newsLens.revealRange',
  filterIndex: 'newsLens.filterIndex',
  clearIndexFilter: 'newsLens.clearIndexFilter',
  showActorCommitments: 'newsLens.showActorCommitments',
  exportLedger: 'newsLens.exportLedger',
  groupLedgerByActor: 'newsLens.groupLedgerByActor',
  groupLedgerByDeadline: 'newsLens.groupLedgerByDeadline',
  refreshIndex: 'newsLens.refreshIndex',
} as const;

/** A resolved deadline as people read it: "2025-03-03", or "2025-12-01 – 2025-12-31". */
export function dayRangeText(d: { start: string; end: string }): string {
  return d.start === d.end ? d.start : `${d.start} \u2013 ${d.end}`;
}

/** The language id of news articles. */
export const NEWS_LANGUAGE = 'news';

// ---------------------------------------------------------------------------------------------
// The workspace index (the News Lens sidebar): actors across articles, the commitments ledger and
// the articles. The lists come light; an actor's or a thread's details on request.

/** Where indexing stands. */
export interface IndexProgress {
  indexing: boolean;
  done: number;
  total: number;
}

/** `newsLens/index`: the lists of the sidebar. */
export const IndexRequest = 'newsLens/index';
export interface IndexActor {
  id: string;
  kind: 'person' | 'organization' | 'country';
  name: string;
  aliases: string[];
  role?: string;
  user?: boolean;
  articles: number;
  mentions: number;
}
export interface IndexThread {
  id: string;
  actors: { id: string; name: string }[];
  action: string;
  modality: 'firm' | 'tentative' | 'conditional' | 'expected';
  negated: boolean;
  deadline?: { start: string; end: string };
  first?: string;
  last?: string;
  badges: ('overdue' | 'due-soon' | 'done' | 'negated' | 'tentative')[];
  /** Articles reporting it, and the latest report (to reveal). */
  articles: number;
  latest: IndexLocation & { date?: string };
}
export interface IndexArticle {
  uri: string;
  file: string;
  date?: string;
  dateSource?: string;
  guess?: boolean;
  headline?: string;
  counts: { entities: number; commitments: number; stances: number };
}
export interface IndexLocation {
  uri: string;
  file: string;
  start: number;
  end: number;
}
export interface IndexResult {
  progress: IndexProgress;
  actors: IndexActor[];
  threads: IndexThread[];
  articles: IndexArticle[];
}

/** `newsLens/indexActor`: an actor's articles with their mentions (offsets), newest article first. */
export const IndexActorRequest = 'newsLens/indexActor';
export interface IndexActorParams {
  id: string;
}
export type IndexActorResult = { article: IndexArticle; mentions: IndexLocation[]; count: number }[] | null;

/** `newsLens/indexThread`: every report of an undertaking. */
export const IndexThreadRequest = 'newsLens/indexThread';
export interface IndexThreadParams {
  id: string;
}
export type IndexThreadResult = (IndexLocation & { date?: string; time?: string; deadline?: { start: string; end: string } })[] | null;

/** `newsLens/ledger`: the whole ledger as text. */
export const LedgerRequest = 'newsLens/ledger';
export interface LedgerParams {
  format: 'csv' | 'json' | 'markdown';
}
export type LedgerResult = string;

/** `newsLens/indexChanged` (server -> client): the index changed; ask again. */
export const IndexChangedNotification = 'newsLens/indexChanged';
export type IndexChangedParams = IndexProgress;
