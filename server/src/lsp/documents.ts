// The per-document cache: one analysed view per document revision, analysis debounced while the
// user types (but never put off for long). Requests never wait for a fresh analysis once there is
// one: they get the last analysis, its spans moved through the edits since, and the editor is asked
// to refresh when the new one lands. Only the very first analysis of a document is waited for.
import { LSPErrorCodes, ResponseError, type CancellationToken, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Cancelled, type ArticleInfo, type UserEntities } from '../analysis/types';
import type { AnalysisHost } from './analysisHost';
import { Carry } from './carry';
import { composeChanges, diffTexts, type Change } from './shift';
import { takeEdits } from './textDocuments';
import { DocumentView, emptyAnalysis } from './view';

/** Above this many characters, viewport requests get a quick preview while the whole text is analysed. */
const PREVIEW_THRESHOLD = 64 * 1024;
/** Lines of context around the viewport in a preview, and its largest size in characters. */
const PREVIEW_CONTEXT_LINES = 5;
const PREVIEW_MAX_CHARS = 16 * 1024;
/** A preview serves a viewport it covers in part when it covers at least this many of its lines. */
const PREVIEW_MIN_LINES = 40;
/** Lines of a newly opened large document previewed at once, where the editor shows it first. */
const HEAD_LINES = 60;
/** While edits keep coming, an analysis still starts this long after the first unanalysed one. */
const MAX_DEBOUNCE_MS = 1000;

/** A document's view: its own analysis, or the last one with what the edits since changed. */
export interface Snapshot {
  view: DocumentView;
  /** Set when the view is of an older text. */
  carry?: Carry;
}

/** The analysis of a window of a large document; its line 0 is the document's line `line`. */
export interface Preview {
  view: DocumentView;
  line: number;
}

export interface StoreOptions {
  host: AnalysisHost;
  /** A second worker for previews of large documents, so they don't wait behind a whole analysis. */
  previewHost: AnalysisHost;
  /** The size limit in bytes, or undefined when the text is within it. */
  sizeAboveLimit(text: string): number | undefined;
  limit(): number;
  isExcluded(uri: string): boolean;
  userEntities(uri: string): UserEntities | undefined;
  /** While the user entities are being (re)loaded: settles when they are; analyses wait for it. */
  entitiesLoading(): Promise<unknown> | undefined;
  /**
   * Called once per analysed revision (for the status notification); `refresh` when the analysis
   * matches the current text and answers were given from an older one since the last refresh, so
   * the editor should ask again.
   */
  onAnalysed(view: DocumentView, refresh: boolean): void;
  /** The document's file (name, modification time, the user's date), for the article's date. */
  article?(uri: string): ArticleInfo | undefined;
}

interface Entry {
  doc: TextDocument;
  /** Bumped on every change, whatever version number the editor sends (it may repeat one). */
  revision: number;
  view?: DocumentView;
  viewRevision: number;
  viewGeneration: number;
  /** What the edits since changed from the view's text, and since the running job's text. */
  sinceView?: Change;
  sinceJob?: Change;
  /** The last view carried over to the current revision (made once per revision). */
  carried?: { revision: number; carry: Carry };
  /** Answers were given from a carried-over view since the last analysis landed. */
  servedCarried: boolean;
  job?: { revision: number; generation: number; text: string; promise: Promise<DocumentView>; cancel(): void };
  preview?: { revision: number; generation: number; first: number; last: number; promise: Promise<Preview>; cancel(): void };
  timer?: NodeJS.Timeout;
  /** When the first edit not yet analysed came (for MAX_DEBOUNCE_MS). */
  pendingSince?: number;
  /** When the last edit came, and how long to wait after it. */
  lastEditAt: number;
  debounceMs: number;
}

function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

export class DocumentStore {
  private readonly entries = new Map<string, Entry>();
  /** Bumped when settings or user entities change: every view made before is stale. */
  private generation = 0;

  constructor(private readonly options: StoreOptions) {}

  /** A document was opened (debounce 0) or changed (debounce while typing). */
  update(doc: TextDocument, debounceMs: number): void {
    let entry = this.entries.get(doc.uri);
    const opened = !entry;
    if (!entry) {
      entry = { doc, revision: 0, viewRevision: -1, viewGeneration: -1, servedCarried: false, lastEditAt: 0, debounceMs };
      this.entries.set(doc.uri, entry);
    }
    entry.revision++;
    if (entry.doc === doc) {
      const change = takeEdits(doc);
      entry.sinceView = composeChanges(entry.sinceView, change);
      entry.sinceJob = composeChanges(entry.sinceJob, change);
    } else {
      // Opened again over itself: no edits to go by, the texts tell what changed.
      const text = doc.getText();
      entry.sinceView = entry.view && diffTexts(entry.view.text, text);
      entry.sinceJob = entry.job && diffTexts(entry.job.text, text);
      entry.doc = doc;
    }
    // A running analysis of an older revision goes on: it lands as the last analysis, carried over.
    if (entry.preview && entry.preview.revision !== entry.revision) this.cancelPreview(entry);
    if (this.previewable(doc)) {
      this.options.previewHost.warmUp();
      // Just opened: the analysis worker, already running, previews the top of the document before
      // it starts on the whole, so the editor's first screen gets its colours at once.
      if (opened) this.startPreview(entry, 0, HEAD_LINES, this.options.host);
    }
    entry.lastEditAt = Date.now();
    entry.debounceMs = debounceMs;
    entry.pendingSince ??= entry.lastEditAt;
    this.schedule(entry);
  }

  /** Starts the analysis once the debounce after the last edit is over, or edits have waited MAX_DEBOUNCE_MS. */
  private schedule(entry: Entry): void {
    clearTimeout(entry.timer);
    const now = Date.now();
    const due = Math.max(0, Math.min(entry.lastEditAt + entry.debounceMs, (entry.pendingSince ?? now) + MAX_DEBOUNCE_MS) - now);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (this.entries.get(entry.doc.uri) !== entry || entry.job?.generation === this.generation) return; // closed, or one is running (it reschedules)
      void this.start(entry).catch(() => {});
    }, due);
  }

  close(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.cancelJob(entry);
    this.cancelPreview(entry);
    this.entries.delete(uri);
  }

  /** Settings or user entities changed: re-analyse every open document. */
  invalidate(): void {
    this.generation++;
    for (const entry of this.entries.values()) this.update(entry.doc, 0);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * The view of the document's current text: its own analysis when there, else the last analysis
   * carried over to it (the new one is on its way). Only a document never analysed is waited for,
   * and with `fresh` (reports) the current revision's own analysis.
   */
  async get(uri: string, token?: CancellationToken, fresh = false): Promise<Snapshot | undefined> {
    for (;;) {
      if (token?.isCancellationRequested) throw cancelledError();
      const entry = this.entries.get(uri);
      if (!entry) return undefined;
      if (this.isFresh(entry)) return { view: entry.view };
      if (entry.view && !fresh) return this.carried(entry, entry.view);
      try {
        await raceCancellation(this.start(entry), token);
      } catch (error) {
        if (!(error instanceof Cancelled)) throw error; // superseded: go round again
      }
    }
  }

  /** The last view with what the edits since changed (once per revision). */
  private carried(entry: Entry, view: DocumentView): Snapshot {
    if (!entry.timer && entry.job?.generation !== this.generation) this.schedule(entry);
    if (entry.carried?.revision !== entry.revision) {
      const text = entry.doc.getText();
      const none = { start: view.text.length, oldEnd: view.text.length, newEnd: view.text.length };
      let change = entry.sinceView ?? none;
      // The edits should account for the whole difference; if not, compare the texts.
      if (view.text.length + change.newEnd - change.oldEnd !== text.length) change = diffTexts(view.text, text);
      entry.carried = { revision: entry.revision, carry: new Carry(view, entry.doc, change) };
    }
    entry.servedCarried = true;
    return { view, carry: entry.carried.carry };
  }

  /**
   * For a large document whose current version is not analysed yet: a quick analysis of the lines
   * around `range` (the editor's viewport). Undefined when the whole analysis is there or the
   * document is small, excluded or too large (then the whole view comes at once).
   */
  async preview(uri: string, range: Range, token?: CancellationToken): Promise<Preview | undefined> {
    const entry = this.entries.get(uri);
    if (!entry || entry.view) return undefined;
    const { doc } = entry;
    if (!this.previewable(doc)) return undefined;
    const current = entry.preview;
    if (
      current &&
      current.revision === entry.revision &&
      current.generation === this.generation &&
      current.first <= range.start.line &&
      (range.end.line <= current.last || current.last - range.start.line >= PREVIEW_MIN_LINES)
    ) {
      return raceCancellation(current.promise, token);
    }
    const promise = this.startPreview(entry, range.start.line, range.end.line, this.options.previewHost);
    return promise && raceCancellation(promise, token);
  }

  /** Analyses lines `start`..`end` (with some context) of a large document on `host`. */
  private startPreview(entry: Entry, start: number, end: number, host: AnalysisHost): Promise<Preview> | undefined {
    this.cancelPreview(entry);
    const { doc } = entry;
    const text = doc.getText();
    const first = Math.max(0, start - PREVIEW_CONTEXT_LINES);
    const from = doc.offsetAt({ line: first, character: 0 });
    let to = Math.min(doc.offsetAt({ line: end + PREVIEW_CONTEXT_LINES + 1, character: 0 }), from + PREVIEW_MAX_CHARS);
    if (to < text.length) to = Math.max(text.lastIndexOf('\n', to), doc.offsetAt({ line: end + 1, character: 0 }));
    if (to - from > 2 * PREVIEW_MAX_CHARS) return undefined; // no line breaks to cut at: no quick window
    const window = text.slice(from, to);
    const last = first + (window.match(/\n/g)?.length ?? 0);
    const job = host.run(window, this.options.userEntities(doc.uri));
    const version = doc.version;
    const promise = job.promise.then((analysis) => ({ view: new DocumentView(doc.uri, version, window, analysis), line: first }));
    promise.catch(() => {});
    entry.preview = { revision: entry.revision, generation: this.generation, first, last, promise, cancel: job.cancel };
    return promise;
  }

  /** Large enough to preview, and neither excluded nor above the size limit. */
  private previewable(doc: TextDocument): boolean {
    const text = doc.getText();
    return text.length > PREVIEW_THRESHOLD && !this.options.isExcluded(doc.uri) && this.options.sizeAboveLimit(text) === undefined;
  }

  private cancelPreview(entry: Entry): void {
    entry.preview?.cancel();
    entry.preview = undefined;
  }

  private isFresh(entry: Entry): entry is Entry & { view: DocumentView } {
    return entry.view !== undefined && entry.viewRevision === entry.revision && entry.viewGeneration === this.generation;
  }

  private cancelJob(entry: Entry): void {
    entry.job?.cancel();
    entry.job = undefined;
  }

  /** Analyses the current revision (or joins the analysis under way); never throws synchronously. */
  private start(entry: Entry): Promise<DocumentView> {
    try {
      return this.startJob(entry);
    } catch (error) {
      const text = entry.doc.getText();
      const message = error instanceof Error ? error.message : String(error);
      return Promise.resolve(new DocumentView(entry.doc.uri, entry.doc.version, text, emptyAnalysis(text.length), 'error', { message }));
    }
  }

  private startJob(entry: Entry): Promise<DocumentView> {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    if (this.isFresh(entry)) return Promise.resolve(entry.view);
    const loading = this.options.entitiesLoading();
    if (loading) return loading.then(() => this.start(entry));
    const { doc, revision } = entry;
    const generation = this.generation;
    if (entry.job && entry.job.generation === generation) return entry.job.promise; // it reschedules when it lands
    this.cancelJob(entry);
    entry.pendingSince = undefined;
    entry.sinceJob = undefined;

    // The document object changes in place as edits come: its text and version are taken now.
    const text = doc.getText();
    const version = doc.version;
    const make = (state: DocumentView['state'], detail: DocumentView['detail'] = {}) =>
      new DocumentView(doc.uri, version, text, emptyAnalysis(text.length), state, detail);
    let cancel = () => {};
    let promise: Promise<DocumentView>;
    const excluded = this.options.isExcluded(doc.uri);
    const size = excluded ? undefined : this.options.sizeAboveLimit(text);
    if (excluded) promise = Promise.resolve(make('excluded'));
    else if (size !== undefined) promise = Promise.resolve(make('tooLarge', { size, limit: this.options.limit() }));
    else {
      const job = this.options.host.run(text, this.options.userEntities(doc.uri), 'interactive', this.options.article?.(doc.uri));
      cancel = job.cancel;
      promise = job.promise.then(
        (analysis) => new DocumentView(doc.uri, version, text, analysis),
        (error: Error) => {
          if (error instanceof Cancelled) throw error;
          return make('error', { message: error.message });
        },
      );
    }
    const job: NonNullable<Entry['job']> = { revision, generation, text, cancel, promise: promise.then((view) => this.landed(entry, job, view)) };
    job.promise.catch(() => {}); // a superseded job rejects with Cancelled; callers handle it, none is unhandled
    entry.job = job;
    return job.promise;
  }

  /** An analysis finished: it becomes the document's view; a newer text gets the next one scheduled. */
  private landed(entry: Entry, job: NonNullable<Entry['job']>, view: DocumentView): DocumentView {
    if (this.entries.get(view.uri) !== entry || entry.job !== job) return view;
    entry.job = undefined;
    entry.view = view;
    entry.viewRevision = job.revision;
    entry.viewGeneration = job.generation;
    entry.sinceView = entry.sinceJob;
    entry.carried = undefined;
    // The editor is asked to refresh once the analysis matches the text: while the text is still
    // changing it asks again after each edit anyway.
    const refresh = entry.servedCarried && this.isFresh(entry);
    if (refresh) entry.servedCarried = false;
    this.options.onAnalysed(view, refresh);
    if (!this.isFresh(entry)) {
      entry.pendingSince ??= Date.now();
      this.schedule(entry);
    }
    return view;
  }
}

/** Resolves like `promise`, or rejects with RequestCancelled as soon as the token is cancelled. */
export function raceCancellation<T>(promise: Promise<T>, token: CancellationToken | undefined): Promise<T> {
  if (!token) return promise;
  if (token.isCancellationRequested) return Promise.reject(cancelledError());
  return new Promise<T>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => reject(cancelledError()));
    promise.then(
      (value) => {
        listener.dispose();
        resolve(value);
      },
      (error: unknown) => {
        listener.dispose();
        reject(error);
      },
    );
  });
}
