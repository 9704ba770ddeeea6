// The per-document cache: one analysed view per document version, analysis debounced while the
// user types, stale analyses cancelled, and requests waiting (cancellably) for the current version.
import { LSPErrorCodes, ResponseError, type CancellationToken, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Cancelled, type ArticleInfo, type UserEntities } from '../analysis/types';
import type { AnalysisHost } from './analysisHost';
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
  /** The document's file (name, modification time, the user's date), for the article's date. */
  article?(uri: string): ArticleInfo | undefined;
  /** Called once per analysed version (for the status notification). */
  onAnalysed(view: DocumentView): void;
}

interface Entry {
  doc: TextDocument;
  view?: DocumentView;
  viewGeneration: number;
  job?: { version: number; generation: number; promise: Promise<DocumentView>; cancel(): void };
  preview?: { version: number; generation: number; first: number; last: number; promise: Promise<Preview>; cancel(): void };
  timer?: NodeJS.Timeout;
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
    if (!entry) this.entries.set(doc.uri, (entry = { doc, viewGeneration: -1 }));
    entry.doc = doc;
    if (entry.job && entry.job.version !== doc.version) this.cancelJob(entry);
    if (entry.preview && entry.preview.version !== doc.version) this.cancelPreview(entry);
    if (this.previewable(doc)) {
      this.options.previewHost.warmUp();
      // Just opened: the analysis worker, already running, previews the top of the document before
      // it starts on the whole, so the editor's first screen gets its colours at once.
      if (opened) this.startPreview(entry, 0, HEAD_LINES, this.options.host);
    }
    clearTimeout(entry.timer);
    const scheduled = entry;
    scheduled.timer = setTimeout(() => void this.start(scheduled).catch(() => {}), debounceMs);
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

  /** The view of the document's current version; waits for its analysis, unless the request is cancelled. */
  async get(uri: string, token?: CancellationToken): Promise<DocumentView | undefined> {
    for (;;) {
      if (token?.isCancellationRequested) throw cancelledError();
      const entry = this.entries.get(uri);
      if (!entry) return undefined;
      if (this.isFresh(entry)) return entry.view;
      try {
        const view = await raceCancellation(this.start(entry), token);
        if (this.entries.get(uri) === entry && view.version === entry.doc.version && this.isFresh(entry)) return view;
      } catch (error) {
        if (!(error instanceof Cancelled)) throw error; // superseded by a newer version: go round again
      }
    }
  }

  /**
   * For a large document whose current version is not analysed yet: a quick analysis of the lines
   * around `range` (the editor's viewport). Undefined when the whole analysis is there or the
   * document is small, excluded or too large (then the whole view comes at once).
   */
  async preview(uri: string, range: Range, token?: CancellationToken): Promise<Preview | undefined> {
    const entry = this.entries.get(uri);
    if (!entry || this.isFresh(entry)) return undefined;
    const { doc } = entry;
    if (!this.previewable(doc)) return undefined;
    const current = entry.preview;
    if (
      current &&
      current.version === doc.version &&
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
    const promise = job.promise.then((analysis) => ({ view: new DocumentView(doc.uri, doc.version, window, analysis), line: first }));
    promise.catch(() => {});
    entry.preview = { version: doc.version, generation: this.generation, first, last, promise, cancel: job.cancel };
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
    return entry.view?.version === entry.doc.version && entry.viewGeneration === this.generation;
  }

  private cancelJob(entry: Entry): void {
    entry.job?.cancel();
    entry.job = undefined;
  }

  private start(entry: Entry): Promise<DocumentView> {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    if (this.isFresh(entry)) return Promise.resolve(entry.view);
    const { doc } = entry;
    const generation = this.generation;
    if (entry.job?.version === doc.version && entry.job.generation === generation) return entry.job.promise;
    this.cancelJob(entry);

    const text = doc.getText();
    const make = (state: DocumentView['state'], detail: DocumentView['detail'] = {}) =>
      new DocumentView(doc.uri, doc.version, text, emptyAnalysis(text.length), state, detail);
    let cancel = () => {};
    let promise: Promise<DocumentView>;
    const size = this.options.isExcluded(doc.uri) ? undefined : this.options.sizeAboveLimit(text);
    if (this.options.isExcluded(doc.uri)) promise = Promise.resolve(make('excluded'));
    else if (size !== undefined) promise = Promise.resolve(make('tooLarge', { size, limit: this.options.limit() }));
    else {
      const job = this.options.host.run(text, this.options.userEntities(doc.uri), 'interactive', this.options.article?.(doc.uri));
      cancel = job.cancel;
      promise = job.promise.then(
        (analysis) => new DocumentView(doc.uri, doc.version, text, analysis),
        (error: Error) => {
          if (error instanceof Cancelled) throw error;
          return make('error', { message: error.message });
        },
      );
    }
    const job = {
      version: doc.version,
      generation,
      cancel,
      promise: promise.then((view) => {
        if (this.entries.get(doc.uri) === entry && entry.job === job) {
          entry.job = undefined;
          entry.view = view;
          entry.viewGeneration = generation;
          this.options.onAnalysed(view);
        }
        return view;
      }),
    };
    job.promise.catch(() => {}); // a superseded job rejects with Cancelled; callers handle it, none is unhandled
    entry.job = job;
    return job.promise;
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
