// The per-document cache: one analysed view per document version, analysis debounced while the
// user types, stale analyses cancelled, and requests waiting (cancellably) for the current version.
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Cancelled, type UserEntities } from '../analysis/types';
import type { AnalysisHost } from './analysisHost';
import { DocumentView, emptyAnalysis } from './view';

export interface StoreOptions {
  host: AnalysisHost;
  /** The size limit in bytes, or undefined when the text is within it. */
  sizeAboveLimit(text: string): number | undefined;
  limit(): number;
  isExcluded(uri: string): boolean;
  userEntities(uri: string): UserEntities | undefined;
  /** Called once per analysed version (for the status notification). */
  onAnalysed(view: DocumentView): void;
}

interface Entry {
  doc: TextDocument;
  view?: DocumentView;
  viewGeneration: number;
  job?: { version: number; generation: number; promise: Promise<DocumentView>; cancel(): void };
  timer?: NodeJS.Timeout;
}

export function cancelledError(): ResponseError<void> {
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
    if (!entry) this.entries.set(doc.uri, (entry = { doc, viewGeneration: -1 }));
    entry.doc = doc;
    if (entry.job && entry.job.version !== doc.version) this.cancelJob(entry);
    clearTimeout(entry.timer);
    const scheduled = entry;
    scheduled.timer = setTimeout(() => void this.start(scheduled).catch(() => {}), debounceMs);
  }

  close(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.cancelJob(entry);
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
      const job = this.options.host.run(text, this.options.userEntities(doc.uri));
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
