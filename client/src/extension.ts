// The News Lens extension: starts the language server (dist/server.js over IPC) for news articles,
// shows the status bar counts, registers the commands, and hands the client to the summary panel.
// No prompts on activation; activate() resolves once the server is running and returns an API
// object that tests (and other extensions) can use.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { readSettings } from '../../server/src/lsp/config';
import { Commands, NEWS_LANGUAGE, StatusNotification, type StatusParams } from '../../server/src/lsp/protocol';
import { registerCorrections } from './corrections';
import { registerSummaryPanel } from './panel/host';
import { revealOffsets } from './reveal';
import { StatusBar } from './status';

export interface NewsLensApi {
  /** The language client (the same object across restarts). */
  readonly client: LanguageClient;
  /** Resolves when the language server is running (again, after a settings-driven restart). */
  ready(): Promise<void>;
  /** The last `newsLens/status` the server sent for a document URI. */
  status(uri: string): StatusParams | undefined;
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
    markdown: { isTrusted: false, supportHtml: false },
    initializationOptions: { correctionsFile: await registerCorrections(context) },
    middleware: { workspace: { configuration: async (params, token, next) => markUserEntitiesFile(params.items, await next(params, token)) } },
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

  return {
    client: languageClient,
    ready: () => starting,
    status: (uri) => statusBar.get(vscode.Uri.parse(uri).toString()),
  };
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
