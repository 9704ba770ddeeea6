// The language server: wires LSP requests to the document cache and the feature modules. All
// analysis runs in the library (in a worker thread); this file only adapts. The parts share one
// ServerContext: the document features, the News Lens requests, the settings and watched files,
// and here the lifecycle (initialize, initialized, shutdown) and the open documents.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { readSettings } from '../../../shared/settings';
import { InternalCommands, LEGEND } from '../../../shared/contract';
import { registerCustomRequests } from './customRequests';
import { registerDocumentFeatures } from './documentFeatures';
import { Lifecycle } from './lifecycle';
import { logLevelOf } from './log';
import { ServerContext, uriToPath, type Reports } from './serverContext';
import { SettingsWatch } from './settingsWatch';
import { registerQuickFixes } from './quickFixes';
import { SafeTextDocument } from './textDocuments';

export type { Reports } from './serverContext';

export interface ServerOptions {
  connection: Connection;
  /** The script the analysis worker runs (the server bundle itself). */
  workerScript: string;
  reports: Reports;
  version: string;
}

/** Wait this long after the last keystroke before analysing in the background. */
const TYPING_DEBOUNCE_MS = 300;

export function startServer({ connection: raw, workerScript, reports, version }: ServerOptions): void {
  const lifecycle = new Lifecycle();
  /** The connection every feature registers on: its handlers run only between initialize and shutdown. */
  const ctx = new ServerContext(lifecycle.guard(raw), workerScript, reports);
  const connection = ctx.connection;
  const watch = new SettingsWatch(ctx);

  raw.onInitialize((params): InitializeResult => {
    if (lifecycle.phase !== 'starting') throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is already initialized');
    initialize(ctx, watch, params, version);
    lifecycle.phase = 'running';
    return initializeResult(version);
  });

  connection.onInitialized(() => {
    ctx.warmUp();
    const capabilities = ctx.capabilities;
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
        ctx.folders = [...ctx.folders.filter((f) => !removed.has(f)), ...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        void ctx.userEntities.configure(ctx.folders, ctx.settings).then(watch.entitiesLoaded);
        ctx.index.invalidate(true);
        ctx.articles.rebuild();
        void watch.watchFiles();
      });
    }
    ctx.settingsReady = watch.loadSettings();
    void ctx.settingsReady.then(() => watch.watchFiles()).then(() => ctx.articles.rebuild());
  });

  watch.register();

  const documents = new TextDocuments(SafeTextDocument);
  documents.onDidChangeContent(({ document }) => ctx.store.update(document, ctx.store.has(document.uri) ? TYPING_DEBOUNCE_MS : 0));
  documents.onDidClose(({ document }) => ctx.store.close(document.uri));
  documents.listen(connection);

  registerDocumentFeatures(ctx);
  registerCustomRequests(ctx);
  registerQuickFixes(ctx);

  raw.onShutdown(() => {
    const refusal = lifecycle.refusal();
    if (refusal) throw refusal;
    lifecycle.phase = 'shutdown';
    watch.dispose();
    ctx.dispose();
  });
  connection.listen();
}

/** Takes what `initialize` gives: the client's capabilities, the workspace folders and, for editors without workspace/configuration, the settings. */
function initialize(ctx: ServerContext, watch: SettingsWatch, params: InitializeParams, version: string): void {
  ctx.capabilities = params.capabilities;
  const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  ctx.folders = roots.map(uriToPath).filter((p): p is string => p !== undefined);
  // Editors without workspace/configuration pass settings at start: as { newsLens: {...} },
  // { settings: { newsLens: {...} } }, or the newsLens fields themselves.
  const init = params.initializationOptions as { newsLens?: unknown; settings?: { newsLens?: unknown }; storagePath?: unknown } | undefined;
  if (typeof init?.storagePath === 'string') ctx.storagePath = init.storagePath;
  if (init && typeof init === 'object') {
    const raw = init.newsLens ?? init.settings?.newsLens ?? init.settings ?? init;
    ctx.settings = readSettings(raw);
    ctx.logger.setLevel(logLevelOf(raw));
  }
  // The extension names the user's own corrections file (in its global storage) and saves what a fix edits.
  const own = (init as { correctionsFile?: unknown } | undefined)?.correctionsFile;
  ctx.ownCorrections = typeof own === 'string' && own ? own : undefined;
  ctx.userEntities.setGlobalFile(ctx.ownCorrections);
  void ctx.userEntities.configure(ctx.folders, ctx.settings).then(watch.entitiesLoaded);
  ctx.logger.info(`News Lens ${version} started (Node ${process.version}); workspace folders: ${ctx.folders.join(', ') || 'none'}`);
}

function initializeResult(version: string): InitializeResult {
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
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true },
      executeCommandProvider: { commands: [InternalCommands.applySetRole] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'News Lens', version },
  };
}
