// The language server: wires LSP requests to the document cache and the feature modules. All
// analysis runs in the library (in a worker thread); this file only adapts.
import { watch } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Summary } from '../analysis/types';
import { AnalysisHost } from './analysisHost';
import { DEFAULT_SETTINGS, isExcluded, readSettings, sizeAboveLimit, type Settings } from './config';
import { DocumentStore, raceCancellation } from './documents';
import { hover } from './hover';
import { inlayHints } from './inlayHints';
import { codeLenses, foldingRanges } from './lenses';
import { definition, documentHighlights, references } from './navigation';
import {
  ExportRequest,
  StatusNotification,
  SummaryRequest,
  type ExportParams,
  type ExportResult,
  type StatusParams,
  type SummaryParams,
  type SummaryResult,
} from './protocol';
import { LEGEND, semanticTokens } from './semanticTokens';
import { documentSymbols, fuzzyMatch, workspaceEntries } from './symbols';
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

export function startServer({ connection, workerScript, reports, version }: ServerOptions): void {
  let settings: Settings = DEFAULT_SETTINGS;
  /** Answers wait for the first settings pull, so the first colours already follow the settings. */
  let settingsReady: Promise<void> = Promise.resolve();
  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  /** The extension's storage folder (initializationOptions.storagePath): the index cache lives there. */
  let storagePath: string | undefined;
  const log = (message: string) => connection.console.log(message);
  const host = new AnalysisHost(workerScript, 60_000, log);
  const previewHost = new AnalysisHost(workerScript, 10_000, log);
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
    article: (uri) => articles.article(uriToPath(uri)),
    onAnalysed: (view) => {
      void connection.sendNotification(StatusNotification, status(view));
      if (view.state === 'ready') articles.analysed(uriToPath(view.uri), view.analysis);
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
    log,
  });
  const index = new WorkspaceIndex({
    host,
    folders: () => folders,
    extensions: () => ['.news'],
    maxFileSize: () => settings.maxFileSize,
    isExcluded: excluded,
    userEntities: (path) => userEntities.forPath(path),
    log,
  });

  function status(view: DocumentView): StatusParams {
    const params: StatusParams = { uri: view.uri, version: view.version, state: view.state, counts: view.counts() };
    if (view.state === 'tooLarge') Object.assign(params, { tooLarge: true, size: view.detail.size, limit: view.detail.limit });
    if (view.detail.message) params.message = view.detail.message;
    return params;
  }

  async function loadSettings(fallback?: unknown): Promise<void> {
    const before = settings;
    if (capabilities.workspace?.configuration) {
      settings = readSettings(await connection.workspace.getConfiguration('newsLens').catch(() => undefined));
    } else if (fallback !== undefined) {
      settings = readSettings(fallback);
    }
    const reanalyse =
      before.maxFileSize !== settings.maxFileSize ||
      before.entitiesFile !== settings.entitiesFile ||
      before.exclude.join('\n') !== settings.exclude.join('\n');
    if (before.entitiesFile !== settings.entitiesFile) {
      userEntities.configure(folders, settings.entitiesFile);
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
  let watching: { dispose(): void }[] = [];
  async function watchFiles(): Promise<void> {
    for (const w of watching.splice(0)) w.dispose();
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      const registration = await connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            ...['.news', ...extensionsOf(settings.languages)].filter((e, i, all) => all.indexOf(e) === i).map((e) => ({ globPattern: `**/*${e}` })),
            { globPattern: `**/${basename(settings.entitiesFile)}` },
          ],
        })
        .catch(() => undefined);
      if (registration) watching.push(registration);
      return;
    }
    for (const folder of folders) {
      const file = userEntities.fileFor(folder);
      try {
        const watcher = watch(dirname(file), { persistent: false }, (_event, name) => {
          if (name === null || name === basename(file)) userEntitiesChanged();
        });
        watcher.on('error', () => watcher.close());
        watching.push({ dispose: () => watcher.close() });
      } catch {
        // the folder is gone or cannot be watched: the file is read again on the next settings change
      }
    }
  }

  function userEntitiesChanged(): void {
    if (!userEntities.reload()) return;
    log('user entities changed; analysing again');
    store.invalidate();
    index.invalidate(true);
    articles.rebuild();
    refreshClient();
  }

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = roots.map(uriToPath).filter((p): p is string => p !== undefined);
    // Editors without workspace/configuration pass settings at start: as { newsLens: {...} },
    // { settings: { newsLens: {...} } }, or the newsLens fields themselves.
    const init = params.initializationOptions as { newsLens?: unknown; settings?: { newsLens?: unknown }; storagePath?: unknown } | undefined;
    if (typeof init?.storagePath === 'string') storagePath = init.storagePath;
    if (init && typeof init === 'object') settings = readSettings(init.newsLens ?? init.settings?.newsLens ?? init.settings ?? init);
    userEntities.configure(folders, settings.entitiesFile);
    return {
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
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'News Lens', version },
    };
  });

  connection.onInitialized(() => {
    host.warmUp();
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
        folders = [...folders.filter((f) => !removed.has(f)), ...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        userEntities.configure(folders, settings.entitiesFile);
        store.invalidate();
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
      if (path !== undefined && userEntities.isEntitiesFile(path)) userEntitiesChanged();
      else if (path !== undefined) news.push(path);
    }
    if (news.length) {
      index.invalidate();
      articles.filesChanged(news.filter((p) => !store.has(pathToFileURL(p).href)));
    }
  });

  const documents = new TextDocuments(TextDocument);
  documents.onDidChangeContent(({ document }) =>
    store.update(document, store.has(document.uri) ? TYPING_DEBOUNCE_MS : 0),
  );
  documents.onDidClose(({ document }) => store.close(document.uri));
  documents.listen(connection);

  const view = async (uri: string, token: Parameters<DocumentStore['get']>[1]) => {
    await settingsReady;
    return store.get(uri, token);
  };

  connection.languages.semanticTokens.on(async (params, token) => {
    const v = await view(params.textDocument.uri, token);
    return v ? semanticTokens(v, settings) : { data: [] };
  });
  connection.languages.semanticTokens.onRange(async (params, token) => {
    // A large document still being analysed: answer the viewport from a quick preview.
    const preview = await store.preview(params.textDocument.uri, params.range, token).catch((error: unknown) => {
      if (error instanceof ResponseError) throw error;
      return undefined; // the preview failed or was superseded: wait for the whole analysis
    });
    if (preview) return semanticTokens(preview.view, settings, params.range, preview.line);
    const v = await view(params.textDocument.uri, token);
    return v ? semanticTokens(v, settings, params.range) : { data: [] };
  });
  connection.onHover(async (params, token) => {
    const v = await view(params.textDocument.uri, token);
    return v ? hover(v, params.position) : null;
  });
  connection.onDocumentSymbol(async (params, token) => {
    const v = await view(params.textDocument.uri, token);
    return v ? documentSymbols(v) : [];
  });
  connection.onDefinition(async (params, token) => {
    const v = await view(params.textDocument.uri, token);
    return v ? definition(v, params.position) : null;
  });
  connection.onReferences(async (params, token) => {
    const v = await view(params.textDocument.uri, token);
    return v ? references(v, params.position, params.context.includeDeclaration) : [];
  });
  connection.onDocumentHighlight(async (params, token) => {
    const v = await view(params.textDocument.uri, token);
    return v ? documentHighlights(v, params.position) : [];
  });
  connection.onCodeLens(async (params, token) => {
    const v = await view(params.textDocument.uri, token);
    return v ? codeLenses(v) : [];
  });
  connection.languages.inlayHint.on(async (params, token) => {
    const v = await view(params.textDocument.uri, token);
    return v && settings.inlayHints ? inlayHints(v, params.range) : [];
  });
  connection.onFoldingRanges(async (params, token) => {
    const v = await view(params.textDocument.uri, token);
    return v ? foldingRanges(v) : [];
  });
  connection.onWorkspaceSymbol(async (params, token) => {
    const open = new Set(store.uris());
    const results: SymbolInformation[] = [];
    for (const uri of open) {
      const v = await view(uri, token);
      if (v) results.push(...workspaceEntries(v, basename(uriToPath(uri) ?? uri)));
    }
    results.push(...(await raceCancellation(index.entries(open), token)));
    return results.filter((s) => fuzzyMatch(params.query, s.name)).slice(0, MAX_WORKSPACE_SYMBOLS);
  });

  const summaryOf = (v: DocumentView): Summary => {
    let summary = v.memo.get('summary') as Summary | undefined;
    if (!summary) v.memo.set('summary', (summary = reports.summarize(displayName(v.uri), v.analysis)));
    return summary;
  };
  connection.onRequest(SummaryRequest, async (params: SummaryParams, token): Promise<SummaryResult> => {
    const v = await view(params.uri, token);
    return v?.state === 'ready' ? summaryOf(v) : null;
  });
  connection.onRequest(ExportRequest, async (params: ExportParams, token): Promise<ExportResult> => {
    const v = await view(params.uri, token);
    if (v?.state !== 'ready') return null;
    const file = displayName(v.uri);
    return params.format === 'json'
      ? `${JSON.stringify(reports.toJsonResult(file, v.analysis), null, 2)}\n`
      : reports.toMarkdown(file, v.analysis);
  });

  connection.onShutdown(() => {
    for (const w of watching.splice(0)) w.dispose();
    articles.dispose();
    host.dispose();
    previewHost.dispose();
  });
  connection.listen();
}
