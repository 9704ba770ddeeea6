// The News Lens extension: starts the language server (dist/server.js over IPC) for news articles,
// shows the status bar counts, registers the commands, and hands the client to the summary panel.
// No prompts on activation; activate() resolves once the server is running and returns an API
// object that tests (and other extensions) can use.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { readSettings } from '../../server/src/lsp/config';
import { Commands, NEWS_LANGUAGE, StatusNotification, type StatusParams } from '../../server/src/lsp/protocol';
import { registerSummaryPanel } from './panel/host';
import { registerSidebar, type Sidebar } from './sidebar';
import { revealOffsets } from './reveal';
import { StatusBar } from './status';

export interface NewsLensApi {
  /** The language client (the same object across restarts). */
  readonly client: LanguageClient;
  /** Resolves when the language server is running (again, after a settings-driven restart). */
  ready(): Promise<void>;
  /** The last `newsLens/status` the server sent for a document URI. */
  status(uri: string): StatusParams | undefined;
  /** The News Lens sidebar (its index model and ledger tree). */
  readonly sidebar: Sidebar;
}

let client: LanguageClient | undefined;

function languages(): string[] {
  return readSettings({ languages: vscode.workspace.getConfiguration('newsLens').get('languages') }).languages;
}

/** Files and unsaved editors of the annotated languages. */
function selectorFor(ids: string[]): { scheme: string; language: string }[] {
  return ids.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

export async function activate(context: vscode.ExtensionContext): Promise<NewsLensApi> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  let annotated = languages();
  // Kept by reference: the client reads it again when it restarts after a `newsLens.languages` change.
  const documentSelector = selectorFor(annotated);
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannelName: 'News Lens',
    // Hover cards may run one command: the sidebar's "Show Commitments of …".
    markdown: { isTrusted: { enabledCommands: [Commands.showActorCommitments] }, supportHtml: false },
    // The workspace index keeps its cache in the extension's storage folder.
    initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
  };
  const languageClient = new LanguageClient('newsLens', 'News Lens', serverOptions, clientOptions);
  client = languageClient;

  const statusBar = new StatusBar((doc) => annotated.includes(doc.languageId));
  context.subscriptions.push(statusBar);
  languageClient.onNotification(StatusNotification, (status: StatusParams) => statusBar.update(status));

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.annotateFile, async (target?: vscode.Uri) => {
      const doc = target
        ? await vscode.workspace.openTextDocument(target)
        : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage('News Lens: open a text file to annotate it as a news article.');
        return;
      }
      if (doc.languageId !== NEWS_LANGUAGE) await vscode.languages.setTextDocumentLanguage(doc, NEWS_LANGUAGE);
    }),
    vscode.commands.registerCommand(Commands.revealRange, async (uri: vscode.Uri | string, start: number, end: number) => {
      const doc = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
      await revealOffsets(doc, start, end ?? start);
    }),
  );
  registerSummaryPanel(context, languageClient);
  const sidebar = registerSidebar(context, languageClient);

  let starting: Promise<void> = languageClient.start();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('newsLens.languages')) return;
      const next = languages();
      if (next.join('\n') === annotated.join('\n')) return;
      annotated = next;
      documentSelector.splice(0, documentSelector.length, ...selectorFor(next));
      statusBar.clear();
      starting = starting.then(
        () => languageClient.restart(),
        () => languageClient.start(),
      );
    }),
  );
  await starting;
  statusBar.render();
  void sidebar.model.refresh();

  return {
    client: languageClient,
    ready: () => starting,
    status: (uri) => statusBar.get(vscode.Uri.parse(uri).toString()),
    sidebar,
  };
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
