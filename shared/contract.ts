// The contract between the News Lens client and server, declared once and imported by both: the
// custom requests and notifications, the commands, the settings (names, types, defaults) and the
// semantic token legend. package.json's `contributes` must say the same (test/protocol/contract.test.ts
// checks it). Plain names, types and data only: importing it pulls in no library.
import type { Actor } from '../server/src/analysis/ledger/types';
import type { StanceType, Summary } from '../server/src/analysis/types';

/** The language id of news articles. */
export const NEWS_LANGUAGE = 'news';

/** Commands the extension contributes. */
export const Commands = {
  annotateFile: 'newsLens.annotateFile',
  openSummary: 'newsLens.openSummary',
  exportSummary: 'newsLens.exportSummary',
  revealRange: 'newsLens.revealRange',
  explainAtCursor: 'newsLens.explainAtCursor',
  openSample: 'newsLens.openSample',
  filterIndex: 'newsLens.filterIndex',
  clearIndexFilter: 'newsLens.clearIndexFilter',
  showActorCommitments: 'newsLens.showActorCommitments',
  exportLedger: 'newsLens.exportLedger',
  groupLedgerByActor: 'newsLens.groupLedgerByActor',
  groupLedgerByDeadline: 'newsLens.groupLedgerByDeadline',
  refreshIndex: 'newsLens.refreshIndex',
} as const;

/** Commands the extension and the server run for each other (not in the palette, so not contributed). */
export const InternalCommands = {
  /** Run after a quick fix's edit (argument: the corrections file's path): saves it when not shown. */
  saveCorrections: 'newsLens.saveCorrections',
  /** A quick fix's "Set role …" (arguments: the corrections file's path, the entity): asks for the role, then runs `applySetRole`. */
  setRole: 'newsLens.setRole',
  /** Server command (arguments: file path, entity, role, roleOf?): writes the role to the corrections file by workspace/applyEdit. */
  applySetRole: 'newsLens.applySetRole',
} as const;

// ---------------------------------------------------------------------------------------------
// Requests and notifications

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

/** `newsLens/explain`: the rules behind the entity, commitment or stance at a position (Markdown), or null when there is none. */
export const ExplainRequest = 'newsLens/explain';
export interface ExplainParams {
  uri: string;
  position: { line: number; character: number };
}
export type ExplainResult = string | null;

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
  /** What went wrong in an analysis that still finished (a stage failed or was unavailable); absent when nothing did. */
  problems?: string[];
}

// ---------------------------------------------------------------------------------------------
// Stances

/** How a stance type is shown (the panel's badge colour): against, for, or pressing. Every type has one. */
export const STANCE_TONES: Readonly<Record<StanceType, 'negative' | 'positive' | 'pressing'>> = {
  condemn: 'negative',
  oppose: 'negative',
  reject: 'negative',
  criticize: 'negative',
  disagree: 'negative',
  deny: 'negative',
  concern: 'negative',
  regret: 'negative',
  support: 'positive',
  defend: 'positive',
  welcome: 'positive',
  praise: 'positive',
  appreciate: 'positive',
  concede: 'pressing',
  urge: 'pressing',
  'reaffirm-position': 'pressing',
};

// ---------------------------------------------------------------------------------------------
// Semantic tokens

/** Token types: the kinds `newsLens.highlight.kinds` chooses from (`contributes.semanticTokenTypes`). */
export const HIGHLIGHT_KINDS = ['person', 'organization', 'country', 'place', 'commitment', 'stance', 'time', 'quote'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** Token modifiers (`contributes.semanticTokenModifiers`). */
export const TOKEN_MODIFIERS = [
  'declaration', // an entity's first mention
  'reference', // a mention by demonym, metonym or other reference rather than by name
  'action', // the action phrase of a commitment (the trigger has no modifier)
  'negated',
  'tentative',
  'conditional',
  'expected',
] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const LEGEND = { tokenTypes: [...HIGHLIGHT_KINDS], tokenModifiers: [...TOKEN_MODIFIERS] };

// ---------------------------------------------------------------------------------------------
// Settings

/** Every `newsLens.*` setting (without the prefix): its JSON type and default, as package.json declares them. */
export const SETTINGS = {
  languages: { type: 'array', default: ['news'] },
  'highlight.kinds': { type: 'array', default: [...HIGHLIGHT_KINDS] },
  'inlayHints.enabled': { type: 'boolean', default: true },
  'hover.explain': { type: 'boolean', default: false },
  maxFileSize: { type: 'number', default: 1024 * 1024 },
  exclude: { type: 'array', default: [] as string[] },
  entitiesFile: { type: 'string', default: '.newslens.json' },
  logLevel: { type: 'string', default: 'info' },
  'trace.server': { type: 'string', default: 'off' },
} as const;

/** The settings as both sides use them (`trace.server` is the language client's own). */
export interface Settings {
  /** Language ids the client annotates (the server analyses whatever the client opens). */
  languages: string[];
  /** Semantic token kinds to send. */
  highlightKinds: ReadonlySet<HighlightKind>;
  inlayHints: boolean;
  /** Whether hovers end with the ids of the rules that decided the item ("Why:"). */
  hoverExplain: boolean;
  /** Documents above this many UTF-8 bytes are not analysed. */
  maxFileSize: number;
  /** Glob patterns (workspace-relative or absolute paths) of files to leave alone. */
  exclude: string[];
  /** The user entities file, relative to each workspace folder (or absolute, from user settings only). */
  entitiesFile: string;
  /**
   * True when `entitiesFile` comes from the user's own settings (the client says so): only then
   * may it name a file outside the workspace; a workspace's settings cannot read the user's files.
   */
  entitiesFileIsUserSetting: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  languages: [...SETTINGS.languages.default],
  highlightKinds: new Set(SETTINGS['highlight.kinds'].default),
  inlayHints: SETTINGS['inlayHints.enabled'].default,
  hoverExplain: SETTINGS['hover.explain'].default,
  maxFileSize: SETTINGS.maxFileSize.default,
  exclude: [...SETTINGS.exclude.default],
  entitiesFile: SETTINGS.entitiesFile.default,
  entitiesFileIsUserSetting: false,
};

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
/** One actor across articles, as the library's index keeps it. */
export type IndexActor = Actor;
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
