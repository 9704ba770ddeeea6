// The language server: wires LSP requests to the document cache and the feature modules. All
// analysis runs in the library (in a worker thread); this file only adapts.
import { watch } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Position,
  type InitializeResult,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import type { Analysis, Entity, Summary } from '../analysis/types';
import { AnalysisHost } from './analysisHost';
import type { Carry } from './carry';
import { readSettings, sizeAboveLimit } from '../../../shared/settings';
import { excludeMatcher, isExcluded } from './config';
import { DocumentStore, raceCancellation } from './documents';
import { explainAt } from './explain';
import { codeActions, resolveEdit, setRoleEdit, type FixData } from './codeActions';
import { hover } from './hover';
import { inlayHints } from './inlayHints';
import { Lifecycle } from './lifecycle';
import { Log, logLevelOf } from './log';
import { codeLenses, foldingRanges } from './lenses';
import { definition, documentHighlights, references } from './navigation';
import {
  InternalCommands,
  DEFAULT_SETTINGS,
  ExplainRequest,
  ExportRequest,
  LEGEND,
  StatusNotification,
  SummaryRequest,
  type ExplainParams,
  type ExplainResult,
  type ExportParams,
  type ExportResult,
  type Settings,
  type StatusParams,
  type SummaryParams,
  type SummaryResult,
} from '../../../shared/contract';
import { semanticTokens } from './semanticTokens';
import { documentSymbols, fuzzyMatch, workspaceEntries } from './symbols';
import { SafeTextDocument } from './textDocuments';
import { UserEntitiesStore } from './userEntities';
import type { DocumentView } from './view';
import { IndexService } from './indexService';
import { extensionsOf } from './walk';
import { WorkspaceIndex } from './workspaceIndex';

/** The report functions of the analysis library (injected so this module stays testable). */
export interface Reports {
  summarize(file: string, analysis: Analysis): Summary;
  toMarkdown(file: string, analysis: Analysis): string;
  toJsonResult(file: string, analysis: Analysis): unknown;
}

export interface ServerOptions {
  connection: Connection;
  /** The script the analysis worker runs (the server bundle itself). */
  workerScript: string;
  reports: Reports;
  version: string;
}

/** Wait this long after the last keystroke before analysing in the background. */
const TYPING_DEBOUNCE_MS = 300;
const MAX_WORKSPACE_SYMBOLS = 500;

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function startServer({ connection: raw, workerScript, reports, version }: ServerOptions): void {
  const lifecycle = new Lifecycle();
  /** The connection every feature registers on: its handlers run only between initialize and shutdown. */
  const connection = lifecycle.guard(raw);
  let settings: Settings = DEFAULT_SETTINGS;
  /** Answers wait for the first settings pull, so the first colours already follow the settings. */
  let settingsReady: Promise<void> = Promise.resolve();
  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  /** The extension's storage folder (initializationOptions.storagePath): the index cache lives there. */
  let storagePath: string | undefined;
  const logger = new Log(connection.console);
  const log = (message: string) => logger.info(message);
  const problem = (message: string) => logger.warn(message);
  const analysed = (characters: number, ms: number) =>
    logger.info(`analysed ${characters.toLocaleString('en')} characters in ${Math.round(ms).toLocaleString('en')} ms`);
  let ownCorrections: string | undefined;
  /** Two workers: a large article's analysis leaves one free for the small ones. */
  const host = new AnalysisHost(workerScript, { timeoutMs: 60_000, log: problem, onAnalysed: analysed, workers: 2 });
  const previewHost = new AnalysisHost(workerScript, { timeoutMs: 10_000, log: problem });
  const userEntities = new UserEntitiesStore(log);

  const relativePath = (path: string) => {
    const folder = userEntities.folderOf(path);
    return folder === undefined ? undefined : relative(folder, path).split('\\').join('/');
  };
  const excluded = (path: string | undefined) =>
    path !== undefined && isExcluded(settings, path, relativePath(path));
  /** The file name reports show: workspace-relative when possible. */
  const displayName = (uri: string) => {
    const path = uriToPath(uri);
    return path === undefined ? uri : (relativePath(path) ?? path);
  };

  const store = new DocumentStore({
    host,
    previewHost,
    sizeAboveLimit: (text) => sizeAboveLimit(text, settings.maxFileSize),
    limit: () => settings.maxFileSize,
    isExcluded: (uri) => excluded(uriToPath(uri)),
    userEntities: (uri) => userEntities.forPath(uriToPath(uri)),
    entitiesLoading: () => (userEntities.loading ? userEntities.ready : undefined),
    article: (uri) => articles.article(uriToPath(uri)),
    onAnalysed: (view, refresh) => {
      logSkipped(view);
      void connection.sendNotification(StatusNotification, status(view));
      if (view.state === 'ready') articles.analysed(uriToPath(view.uri), view.analysis);
      if (refresh) refreshClient();
    },
  });
  const articles = new IndexService({
    connection,
    capabilities: () => capabilities,
    workerScript,
    storage: () => storagePath,
    hosts: [host, previewHost],
    folders: () => folders,
    extensions: () => extensionsOf(settings.languages),
    maxFileSize: () => settings.maxFileSize,
    isExcluded: excluded,
    userEntities: (path) => userEntities.forPath(path),
    relativePath,
    log: problem,
  });
  const index = new WorkspaceIndex({
    host,
    folders: () => folders,
    extensions: () => ['.news'],
    maxFileSize: () => settings.maxFileSize,
    isExcluded: excluded,
    userEntities: (path) => userEntities.forPath(path),
    log: problem,
  });

  /** Files the analysis left alone or failed on, in the log. */
  function logSkipped(view: DocumentView): void {
    const file = displayName(view.uri);
    if (view.state === 'tooLarge') logger.warn(`skipped ${file}: ${view.detail.size} bytes, above newsLens.maxFileSize (${view.detail.limit})`);
    else if (view.state === 'excluded') logger.info(`skipped ${file}: matches newsLens.exclude`);
    else if (view.state === 'error') logger.error(`analysis of ${file} failed: ${view.detail.message ?? 'unknown error'}`);
  }

  /** Starts the analysis worker with a one-line article, so the model is loaded before the first file (and its load time logged). */
  function warmUp(): void {
    const started = performance.now();
    host.run('News Lens is ready.', undefined, 'background').promise.then(
      () => logger.info(`model loaded in ${Math.round(performance.now() - started).toLocaleString('en')} ms`),
      (error: Error) => logger.error(`the analysis worker did not start: ${error.message}`),
    );
  }

  function status(view: DocumentView): StatusParams {
    const params: StatusParams = { uri: view.uri, version: view.version, state: view.state, counts: view.counts() };
    if (view.state === 'tooLarge') Object.assign(params, { tooLarge: true, size: view.detail.size, limit: view.detail.limit });
    if (view.detail.message) params.message = view.detail.message;
    if (view.analysis.problems.length) params.problems = [...view.analysis.problems];
    return params;
  }

  async function loadSettings(fallback?: unknown): Promise<void> {
    const before = settings;
    const raw: unknown = capabilities.workspace?.configuration
      ? await connection.workspace.getConfiguration('newsLens').catch(() => undefined)
      : fallback;
    if (raw !== undefined || capabilities.workspace?.configuration) {
      settings = readSettings(raw);
      logger.setLevel(logLevelOf(raw));
    }
    const reanalyse =
      before.maxFileSize !== settings.maxFileSize ||
      before.entitiesFile !== settings.entitiesFile ||
      before.entitiesFileIsUserSetting !== settings.entitiesFileIsUserSetting ||
      before.exclude.join('\n') !== settings.exclude.join('\n');
    if (before.exclude.join('\n') !== settings.exclude.join('\n')) {
      for (const problem of excludeMatcher(settings).problems) log(`newsLens.exclude: ${problem}`);
    }
    if (before.entitiesFile !== settings.entitiesFile || before.entitiesFileIsUserSetting !== settings.entitiesFileIsUserSetting) {
      await userEntities.configure(folders, settings);
      void watchFiles();
    }
    if (reanalyse || before.languages.join('\n') !== settings.languages.join('\n')) articles.rebuild();
    if (reanalyse) {
      store.invalidate();
      index.invalidate(true);
    }
    if (reanalyse || before.inlayHints !== settings.inlayHints || [...before.highlightKinds].join() !== [...settings.highlightKinds].join()) {
      refreshClient();
    }
  }

  function refreshClient(): void {
    const workspace = capabilities.workspace;
    if (workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh().catch(() => {});
    if (workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh().catch(() => {});
    if (workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
  }

  /**
   * Watches the user entities files (and .news files, for workspace symbols): through the editor
   * when it can register file watchers, else with the file system's own notifications.
   */
  const watching: { dispose(): void }[] = [];
  async function watchFiles(): Promise<void> {
    for (const w of watching.splice(0)) w.dispose();
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      const registration = await connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            ...['.news', ...extensionsOf(settings.languages)].filter((e, i, all) => all.indexOf(e) === i).map((e) => ({ globPattern: `**/*${e}` })),
            { globPattern: `**/${basename(settings.entitiesFile)}` },
            ...(ownCorrections ? [{ globPattern: { baseUri: pathToFileURL(dirname(ownCorrections)).href, pattern: basename(ownCorrections) } }] : []),
          ],
        })
        .catch(() => undefined);
      if (registration) watching.push(registration);
      return;
    }
    for (const folder of folders) {
      const file = userEntities.fileFor(folder);
      if (file === undefined) continue;
      try {
        const watcher = watch(dirname(file), { persistent: false }, (_event, name) => {
          if (name === null || name === basename(file)) void userEntitiesChanged();
        });
        watcher.on('error', () => watcher.close());
        watching.push({ dispose: () => watcher.close() });
      } catch {
        // the folder is gone or cannot be watched: the file is read again on the next settings change
      }
    }
  }

  async function userEntitiesChanged(): Promise<void> {
    if (await userEntities.reload()) entitiesLoaded(true);
  }

  /** User entities (re)loaded: when they changed, what was analysed before is stale. */
  function entitiesLoaded(changed: boolean): void {
    if (!changed) return;
    log('user entities loaded; analysing again');
    store.invalidate();
    index.invalidate(true);
    articles.rebuild();
    refreshClient();
  }

  raw.onInitialize((params): InitializeResult => {
    if (lifecycle.phase !== 'starting') throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is already initialized');
    capabilities = params.capabilities;
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = roots.map(uriToPath).filter((p): p is string => p !== undefined);
    // Editors without workspace/configuration pass settings at start: as { newsLens: {...} },
    // { settings: { newsLens: {...} } }, or the newsLens fields themselves.
    const init = params.initializationOptions as { newsLens?: unknown; settings?: { newsLens?: unknown }; storagePath?: unknown } | undefined;
    if (typeof init?.storagePath === 'string') storagePath = init.storagePath;
    if (init && typeof init === 'object') {
      const raw = init.newsLens ?? init.settings?.newsLens ?? init.settings ?? init;
      settings = readSettings(raw);
      logger.setLevel(logLevelOf(raw));
    }
    // The extension names the user's own corrections file (in its global storage) and saves what a fix edits.
    const own = (init as { correctionsFile?: unknown } | undefined)?.correctionsFile;
    ownCorrections = typeof own === 'string' && own ? own : undefined;
    userEntities.setGlobalFile(ownCorrections);
    void userEntities.configure(folders, settings).then(entitiesLoaded);
    logger.info(`News Lens ${version} started (Node ${process.version}); workspace folders: ${folders.join(', ') || 'none'}`);
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        semanticTokensProvider: { legend: LEGEND, full: true, range: true },
        hoverProvider: true,
        documentSymbolProvider: { label: 'News Lens' },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true },
        executeCommandProvider: { commands: [InternalCommands.applySetRole] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'News Lens', version },
    };
    lifecycle.phase = 'running';
    return result;
  });

  connection.onInitialized(() => {
    warmUp();
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
        folders = [...folders.filter((f) => !removed.has(f)), ...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        void userEntities.configure(folders, settings).then(entitiesLoaded);
        index.invalidate(true);
        articles.rebuild();
        void watchFiles();
      });
    }
    settingsReady = loadSettings();
    void settingsReady.then(watchFiles).then(() => articles.rebuild());
  });

  connection.onDidChangeConfiguration((change) => {
    const raw = (change.settings as { newsLens?: unknown } | undefined)?.newsLens;
    void loadSettings(raw);
  });

  connection.onDidChangeWatchedFiles((change) => {
    const news: string[] = [];
    for (const event of change.changes) {
      const path = uriToPath(event.uri);
      if (path !== undefined && userEntities.isEntitiesFile(path)) void userEntitiesChanged();
      else if (path !== undefined) news.push(path);
    }
    if (news.length) {
      index.invalidate();
      articles.filesChanged(news.filter((p) => !store.has(pathToFileURL(p).href)));
    }
  });

  const documents = new TextDocuments(SafeTextDocument);
  documents.onDidChangeContent(({ document }) =>
    store.update(document, store.has(document.uri) ? TYPING_DEBOUNCE_MS : 0),
  );
  documents.onDidClose(({ document }) => store.close(document.uri));
  documents.listen(connection);

  const snapshot = async (uri: string, token: CancellationToken, fresh = false) => {
    await settingsReady;
    await userEntities.ready;
    return store.get(uri, token, fresh);
  };
  /**
   * A feature's answer from the document's last analysis; when that is of an older text, with its
   * positions and ranges moved onto the current one (the new analysis is on its way).
   */
  async function answer<R>(uri: string, token: CancellationToken, empty: R, run: (view: DocumentView, carry?: Carry) => R): Promise<R> {
    const s = await snapshot(uri, token);
    if (!s) return empty;
    const result = run(s.view, s.carry);
    return s.carry ? s.carry.fromOld(result) : result;
  }
  /** The same for a feature asked about a position (none inside text edited since the analysis). */
  function answerAt<R>(uri: string, position: Position, token: CancellationToken, empty: R, run: (view: DocumentView, at: Position) => R): Promise<R> {
    return answer(uri, token, empty, (view, carry) => {
      const at = carry ? carry.toOld(position) : position;
      return at ? run(view, at) : empty;
    });
  }

  connection.languages.semanticTokens.on(async (params, token) => {
    const s = await snapshot(params.textDocument.uri, token);
    if (!s) return { data: [] };
    return s.carry ? s.carry.semanticTokens(settings) : semanticTokens(s.view, settings);
  });
  connection.languages.semanticTokens.onRange(async (params, token) => {
    // A large document still being analysed: answer the viewport from a quick preview.
    const preview = await store.preview(params.textDocument.uri, params.range, token).catch((error: unknown) => {
      if (error instanceof ResponseError) throw error;
      return undefined; // the preview failed or was superseded: wait for the whole analysis
    });
    if (preview) return semanticTokens(preview.view, settings, params.range, preview.line);
    const s = await snapshot(params.textDocument.uri, token);
    if (!s) return { data: [] };
    return s.carry ? s.carry.semanticTokens(settings, params.range) : semanticTokens(s.view, settings, params.range);
  });
  connection.onHover(({ textDocument, position }, token) => answerAt(textDocument.uri, position, token, null, (v, at) => hover(v, at, settings.hoverExplain)));
  connection.onDocumentSymbol(({ textDocument }, token) => answer(textDocument.uri, token, [], documentSymbols));
  connection.onDefinition(({ textDocument, position }, token) => answerAt(textDocument.uri, position, token, null, definition));
  connection.onReferences(({ textDocument, position, context }, token) =>
    answerAt(textDocument.uri, position, token, [], (v, at) => references(v, at, context.includeDeclaration)),
  );
  connection.onDocumentHighlight(({ textDocument, position }, token) => answerAt(textDocument.uri, position, token, [], documentHighlights));
  connection.onCodeLens(({ textDocument }, token) => answer(textDocument.uri, token, [], codeLenses));
  connection.languages.inlayHint.on(({ textDocument, range }, token) =>
    answer(textDocument.uri, token, [], (v, carry) => (settings.inlayHints ? inlayHints(v, carry ? carry.toOldRange(range) : range) : [])),
  );
  /** Quick fixes come without their edits when the editor resolves them (a large corrections file is read once, for the fix chosen). */
  const lazyFixes = () => capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
  connection.onCodeAction(async ({ textDocument, range }, token) => {
    const view = (await snapshot(textDocument.uri, token, true))?.view;
    if (view?.state !== 'ready') return [];
    const lazy = lazyFixes();
    const files = await userEntities.correctionsFiles(uriToPath(textDocument.uri), !lazy);
    return codeActions(view, range, files, { save: ownCorrections !== undefined, lazy });
  });
  connection.onCodeActionResolve(async (action, token) => {
    const data = action.data as FixData | undefined;
    const view = data && typeof data.uri === 'string' ? (await snapshot(data.uri, token, true))?.view : undefined;
    const file = view && typeof data?.path === 'string' ? await userEntities.correctionsFile(data.path) : undefined;
    const edit = view && file && data ? resolveEdit(view, data, file) : undefined;
    return edit ? { ...action, edit } : action;
  });
  connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    if (command !== InternalCommands.applySetRole) return null;
    const [path, entity, role, roleOf] = args as [unknown, Entity | undefined, unknown, unknown];
    const file = typeof path === 'string' ? await userEntities.correctionsFile(path) : undefined;
    const edit = file && entity && typeof role === 'string' ? setRoleEdit(file, entity, role, typeof roleOf === 'string' ? roleOf : undefined) : undefined;
    return edit ? (await connection.workspace.applyEdit(edit)).applied : false;
  });
  connection.onFoldingRanges(({ textDocument }, token) => answer(textDocument.uri, token, [], foldingRanges));
  connection.onWorkspaceSymbol(async (params, token) => {
    const open = new Set(store.uris());
    const results: SymbolInformation[] = [];
    for (const uri of open) results.push(...(await answer(uri, token, [], (v) => workspaceEntries(v, basename(uriToPath(uri) ?? uri)))));
    results.push(...(await raceCancellation(index.entries(open), token)));
    return results.filter((s) => fuzzyMatch(params.query, s.name)).slice(0, MAX_WORKSPACE_SYMBOLS);
  });

  const summaryOf = (v: DocumentView): Summary => {
    let summary = v.memo.get('summary') as Summary | undefined;
    if (!summary) v.memo.set('summary', (summary = reports.summarize(displayName(v.uri), v.analysis)));
    return summary;
  };
  connection.onRequest(ExplainRequest, async (params: ExplainParams, token): Promise<ExplainResult> => {
    return answerAt(params.uri, params.position, token, null, explainAt);
  });
  connection.onRequest(SummaryRequest, async (params: SummaryParams, token): Promise<SummaryResult> => {
    const v = (await snapshot(params.uri, token, true))?.view;
    return v?.state === 'ready' ? summaryOf(v) : null;
  });
  connection.onRequest(ExportRequest, async (params: ExportParams, token): Promise<ExportResult> => {
    const v = (await snapshot(params.uri, token, true))?.view;
    if (v?.state !== 'ready') return null;
    const file = displayName(v.uri);
    return params.format === 'json'
      ? `${JSON.stringify(reports.toJsonResult(file, v.analysis), null, 2)}\n`
      : reports.toMarkdown(file, v.analysis);
  });

  raw.onShutdown(() => {
    const refusal = lifecycle.refusal();
    if (refusal) throw refusal;
    lifecycle.phase = 'shutdown';
    for (const w of watching.splice(0)) w.dispose();
    articles.dispose();
    host.dispose();
    previewHost.dispose();
  });
  connection.listen();
}
