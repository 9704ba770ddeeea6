// What the language server's parts share: the settings and workspace the client gave, the
// analysis hosts, the document cache and the indexes, and the helpers every handler uses to answer
// from a document's analysis.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeLensRefreshRequest, type CancellationToken, type ClientCapabilities, type Connection, type Position } from 'vscode-languageserver/node';
import type { Analysis, Summary } from '../analysis/types';
import { AnalysisHost } from './analysisHost';
import type { Carry } from './carry';
import { sizeAboveLimit } from '../../../shared/settings';
import { isExcluded } from './config';
import { DocumentStore } from './documents';
import { Log } from './log';
import { DEFAULT_SETTINGS, StatusNotification, type Settings, type StatusParams } from '../../../shared/contract';
import { UserEntitiesStore } from './userEntities';
import type { DocumentView } from './view';
import { IndexService } from './indexService';
import { extensionsOf } from './walk';
import { WorkspaceIndex } from './workspaceIndex';

/** The editor's second analysis worker, idle this long, is stopped (its memory given back). */
const SPARE_IDLE_MS = 5000;

/** The report functions of the analysis library (injected so this module stays testable). */
export interface Reports {
  summarize(file: string, analysis: Analysis): Summary;
  toMarkdown(file: string, analysis: Analysis): string;
  toJsonResult(file: string, analysis: Analysis): unknown;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class ServerContext {
  settings: Settings = DEFAULT_SETTINGS;
  /** Answers wait for the first settings pull, so the first colours already follow the settings. */
  settingsReady: Promise<void> = Promise.resolve();
  capabilities: ClientCapabilities = {};
  folders: string[] = [];
  /** The extension's storage folder (initializationOptions.storagePath): the index cache lives there. */
  storagePath: string | undefined;
  /** The user's own corrections file (initializationOptions.correctionsFile, in the extension's global storage). */
  ownCorrections: string | undefined;
  readonly logger: Log;
  /** Two workers: a large article's analysis leaves one free for the small ones. */
  readonly host: AnalysisHost;
  readonly previewHost: AnalysisHost;
  readonly userEntities: UserEntitiesStore;
  readonly store: DocumentStore;
  readonly articles: IndexService;
  readonly index: WorkspaceIndex;

  /** `connection` is the guarded one: its handlers run only between initialize and shutdown. */
  constructor(
    readonly connection: Connection,
    workerScript: string,
    readonly reports: Reports,
  ) {
    const logger = (this.logger = new Log(connection.console));
    const problem = (message: string) => logger.warn(message);
    const analysed = (characters: number, ms: number) =>
      logger.info(`analysed ${characters.toLocaleString('en')} characters in ${Math.round(ms).toLocaleString('en')} ms`);
    // The second worker serves a burst (a large article beside a small one) and goes when idle: one analyzer stays resident.
    const host = (this.host = new AnalysisHost(workerScript, {
      timeoutMs: 60_000,
      log: problem,
      onAnalysed: analysed,
      workers: 2,
      spareIdleMs: SPARE_IDLE_MS,
    }));
    const previewHost = (this.previewHost = new AnalysisHost(workerScript, { timeoutMs: 10_000, log: problem }));
    const userEntities = (this.userEntities = new UserEntitiesStore(this.log));
    const excluded = (path: string | undefined) => this.excluded(path);

    this.store = new DocumentStore({
      host,
      previewHost,
      sizeAboveLimit: (text) => sizeAboveLimit(text, this.settings.maxFileSize),
      limit: () => this.settings.maxFileSize,
      isExcluded: (uri) => excluded(uriToPath(uri)),
      userEntities: (uri) => userEntities.forPath(uriToPath(uri)),
      entitiesLoading: () => (userEntities.loading ? userEntities.ready : undefined),
      article: (uri) => this.articles.article(uriToPath(uri)),
      onAnalysed: (view, refresh) => {
        this.logSkipped(view);
        void connection.sendNotification(StatusNotification, status(view));
        if (view.state === 'ready') this.articles.analysed(uriToPath(view.uri), view.analysis);
        if (refresh) this.refreshClient();
      },
    });
    this.articles = new IndexService({
      connection,
      capabilities: () => this.capabilities,
      workerScript,
      storage: () => this.storagePath,
      hosts: [host, previewHost],
      folders: () => this.folders,
      extensions: () => extensionsOf(this.settings.languages),
      maxFileSize: () => this.settings.maxFileSize,
      isExcluded: excluded,
      userEntities: (path) => userEntities.forPath(path),
      relativePath: (path) => this.relativePath(path),
      log: problem,
    });
    this.index = new WorkspaceIndex({
      host,
      folders: () => this.folders,
      extensions: () => ['.news'],
      maxFileSize: () => this.settings.maxFileSize,
      isExcluded: excluded,
      userEntities: (path) => userEntities.forPath(path),
      log: problem,
    });
  }

  readonly log = (message: string): void => this.logger.info(message);

  relativePath(path: string): string | undefined {
    const folder = this.userEntities.folderOf(path);
    return folder === undefined ? undefined : relative(folder, path).split('\\').join('/');
  }

  excluded(path: string | undefined): boolean {
    return path !== undefined && isExcluded(this.settings, path, this.relativePath(path));
  }

  /** The file name reports show: workspace-relative when possible. */
  displayName(uri: string): string {
    const path = uriToPath(uri);
    return path === undefined ? uri : (this.relativePath(path) ?? path);
  }

  /** Files the analysis left alone or failed on, in the log. */
  private logSkipped(view: DocumentView): void {
    const file = this.displayName(view.uri);
    const logger = this.logger;
    if (view.state === 'tooLarge') logger.warn(`skipped ${file}: ${view.detail.size} bytes, above newsLens.maxFileSize (${view.detail.limit})`);
    else if (view.state === 'excluded') logger.info(`skipped ${file}: matches newsLens.exclude`);
    else if (view.state === 'error') logger.error(`analysis of ${file} failed: ${view.detail.message ?? 'unknown error'}`);
  }

  /** Starts the analysis worker with a one-line article, so the model is loaded before the first file (and its load time logged). */
  warmUp(): void {
    const started = performance.now();
    this.host.run('News Lens is ready.', undefined, 'background').promise.then(
      () => this.logger.info(`model loaded in ${Math.round(performance.now() - started).toLocaleString('en')} ms`),
      (error: Error) => this.logger.error(`the analysis worker did not start: ${error.message}`),
    );
  }

  refreshClient(): void {
    const workspace = this.capabilities.workspace;
    const connection = this.connection;
    if (workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh().catch(() => {});
    if (workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh().catch(() => {});
    if (workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
  }

  /** The document's analysis, once the settings and the user entities are in. */
  async snapshot(uri: string, token: CancellationToken, fresh = false) {
    await this.settingsReady;
    await this.userEntities.ready;
    return this.store.get(uri, token, fresh);
  }

  /**
   * A feature's answer from the document's last analysis; when that is of an older text, with its
   * positions and ranges moved onto the current one (the new analysis is on its way).
   */
  async answer<R>(uri: string, token: CancellationToken, empty: R, run: (view: DocumentView, carry?: Carry) => R): Promise<R> {
    const s = await this.snapshot(uri, token);
    if (!s) return empty;
    const result = run(s.view, s.carry);
    return s.carry ? s.carry.fromOld(result) : result;
  }

  /** The same for a feature asked about a position (none inside text edited since the analysis). */
  answerAt<R>(uri: string, position: Position, token: CancellationToken, empty: R, run: (view: DocumentView, at: Position) => R): Promise<R> {
    return this.answer(uri, token, empty, (view, carry) => {
      const at = carry ? carry.toOld(position) : position;
      return at ? run(view, at) : empty;
    });
  }

  /** Stops the workers and the index (at shutdown). */
  dispose(): void {
    this.articles.dispose();
    this.host.dispose();
    this.previewHost.dispose();
  }
}

function status(view: DocumentView): StatusParams {
  const params: StatusParams = { uri: view.uri, version: view.version, state: view.state, counts: view.counts() };
  if (view.state === 'tooLarge') Object.assign(params, { tooLarge: true, size: view.detail.size, limit: view.detail.limit });
  if (view.detail.message) params.message = view.detail.message;
  if (view.analysis.problems.length) params.problems = [...view.analysis.problems];
  return params;
}
