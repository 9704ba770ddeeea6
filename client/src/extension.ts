// The News Lens extension: starts the language server (dist/server.js over IPC) for news articles,
// shows the status bar counts, registers the commands, and hands the client to the summary panel.
// No prompts on activation; activate() resolves once the server is running and returns an API
// object that tests (and other extensions) can use.
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands, ExplainRequest, NEWS_LANGUAGE, StatusNotification, type ExplainParams, type ExplainResult, type StatusParams } from '../../shared/contract';
import { readSettings } from '../../shared/settings';
import { registerCorrections } from './corrections';
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

/** The walkthrough's first step: the bundled sample article, as an unsaved editor the reader may change freely. */

async function openSample(extension: vscode.Uri): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension, 'media', 'walkthrough', 'sample.news'));
  const doc = await vscode.workspace.openTextDocument({ language: NEWS_LANGUAGE, content: new TextDecoder().decode(bytes) });
  await vscode.window.showTextDocument(doc);
}

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

/**
 * The server follows an absolute `newsLens.entitiesFile` only when it is the user's own setting
 * (a workspace must not make the server read the user's files): the answer says where it came from.
 */
function markUserEntitiesFile<R>(items: { section?: string; scopeUri?: string }[], result: R): R {
  if (!Array.isArray(result)) return result;
  return result.map((value: unknown, i) => {
    if (items[i]?.section !== 'newsLens' || !value || typeof value !== 'object') return value;
    const scope = items[i].scopeUri ? vscode.Uri.parse(items[i].scopeUri!) : undefined;
    const where = vscode.workspace.getConfiguration('newsLens', scope).inspect('entitiesFile');
    const fromUser = where?.workspaceValue === undefined && where?.workspaceFolderValue === undefined && where?.globalValue !== undefined;
    return { ...value, entitiesFileIsUserSetting: fromUser };
  }) as R;
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
    // The log (newsLens.logLevel) is there to look at; the status bar already reports failures.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // Hover cards may run two commands: reveal a quote, and the sidebar's "Show Commitments of …".
    markdown: { isTrusted: { enabledCommands: [Commands.revealRange, Commands.showActorCommitments] }, supportHtml: false },
    middleware: { workspace: { configuration: async (params, token, next) => markUserEntitiesFile(params.items, await next(params, token)) } },
    // The workspace index keeps its cache in the extension's storage folder; the user's own list of
    // corrections lives in its global storage.
    initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath, correctionsFile: await registerCorrections(context) },
  };
  const languageClient = new LanguageClient('newsLens', 'News Lens', serverOptions, clientOptions);
  client = languageClient;

  const statusBar = new StatusBar((doc) => annotated.includes(doc.languageId));
  context.subscriptions.push(statusBar);
  languageClient.onNotification(StatusNotification, (status: StatusParams) => statusBar.update(status));

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.annotateFile, async (target?: vscode.Uri) => {
      const doc = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage('News Lens: open a text file to annotate it as a news article.');
        return;
      }
      if (doc.languageId !== NEWS_LANGUAGE) await vscode.languages.setTextDocumentLanguage(doc, NEWS_LANGUAGE);
    }),
    vscode.commands.registerCommand(Commands.openSample, () => openSample(context.extensionUri)),
    vscode.commands.registerCommand(Commands.revealRange, async (uri: vscode.Uri | string, start: number, end: number) => {
      const doc = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
      await revealOffsets(doc, start, end ?? start);
    }),
  );
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.explainAtCursor, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !annotated.includes(editor.document.languageId)) {
        void vscode.window.showInformationMessage('News Lens: put the cursor on an entity, commitment or stance of an article.');
        return;
      }
      const params: ExplainParams = { uri: editor.document.uri.toString(), position: editor.selection.active };
      const trace = await languageClient.sendRequest<ExplainResult>(ExplainRequest, params);
      if (!trace) {
        void vscode.window.showInformationMessage('News Lens: no entity, commitment or stance at the cursor.');
        return;
      }
      languageClient.outputChannel.appendLine(`\n${vscode.workspace.asRelativePath(editor.document.uri)}:${params.position.line + 1}\n${trace}`);
      languageClient.outputChannel.show(true);
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
