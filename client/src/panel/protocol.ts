// The messages between the summary panel's host (extension side) and its webview script.
// Plain data only: this module is imported by both sides and by the panel tests.
import type { Summary } from '../../../server/src/analysis/types';
import type { ExportFormat } from '../../../shared/contract';

export type { ExportFormat };

/** Why the panel has no summary to show. */
export type EmptyReason =
  /** No `news` editor is open. */
  | 'no-editor'
  /** The document is above the `newsLens.maxFileSize` limit (UTF-8 bytes). */
  | 'too-large'
  /** The server gave no analysis (excluded by settings, not annotated, or not ready). */
  | 'no-analysis';

export interface EmptyState {
  reason: EmptyReason;
  /** The document's file name, when there is one. */
  file?: string;
  /** For 'too-large': the document's size and the limit, in UTF-8 bytes. */
  size?: number;
  limit?: number;
}

/** Host -> webview. */
export type HostMessage =
  | { type: 'summary'; uri: string; summary: Summary }
  | { type: 'empty'; uri?: string; empty: EmptyState }
  /** The document changed and a new summary is on its way. */
  | { type: 'pending'; uri: string }
  /** The outcome of a copy-to-clipboard request. */
  | { type: 'copied'; format: ExportFormat; ok: boolean };

/** Webview -> host. */
export type WebviewMessage =
  | { type: 'ready' }
  /** Reveal and select the UTF-16 offset range [start, end) of the shown document. */
  | { type: 'reveal'; start: number; end: number }
  | { type: 'copy'; format: ExportFormat }
  /** Export to an editor or a file; the host asks for whatever is not given. */
  | { type: 'export'; format?: ExportFormat };

/** What the webview keeps with `setState`; the host reads `uri` back when it restores the panel. */
export interface PanelState {
  uri?: string;
  summary?: Summary;
  empty?: EmptyState;
  /** Entity id the commitments table is filtered by. */
  actorFilter?: string;
  /** Ids of the sections the reader folded. */
  collapsed?: string[];
}

/** The webview panel's view type (also the serializer's key and the activation event's). */
export const VIEW_TYPE = 'newsLens.summary';
