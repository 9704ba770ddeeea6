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
  /** Run after a quick fix's edit (argument: the corrections file's path): saves it when not shown. */
  saveCorrections: 'newsLens.saveCorrections',
  /** A quick fix's "Set role …" (arguments: the corrections file's path, the entity): asks for the role, then runs `applySetRole`. */
  setRole: 'newsLens.setRole',
  /** Server command (arguments: file path, entity, role, roleOf?): writes the role to the corrections file by workspace/applyEdit. */
  applySetRole: 'newsLens.applySetRole',
} as const;

/** The language id of news articles. */
export const NEWS_LANGUAGE = 'news';
