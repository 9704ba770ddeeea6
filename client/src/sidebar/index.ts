// The News Lens view container: the Actors, Commitments ledger and Articles trees over the
// workspace index, a shared filter, "Show Commitments of …" and Export Ledger (CSV, JSON, Markdown).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, LedgerRequest, type IndexActor, type LedgerParams } from '../../../shared/contract';
import { ActorsTree } from './actorsTree';
import { ArticlesTree } from './articlesTree';
import { LedgerTree } from './ledgerTree';
import { IndexModel, treeMessage } from './model';

export const VIEWS = { actors: 'newsLens.actors', ledger: 'newsLens.ledger', articles: 'newsLens.articles' } as const;

const FORMATS: { format: LedgerParams['format']; label: string; ext: string }[] = [
  { format: 'csv', label: 'CSV', ext: 'csv' },
  { format: 'json', label: 'JSON', ext: 'json' },
  { format: 'markdown', label: 'Markdown', ext: 'md' },
];

export interface Sidebar {
  readonly model: IndexModel;
  readonly ledger: LedgerTree;
}

export function registerSidebar(context: vscode.ExtensionContext, client: LanguageClient): Sidebar {
  const model = new IndexModel(client);
  const actors = new ActorsTree(model);
  const ledger = new LedgerTree(model);
  const articles = new ArticlesTree(model);
  const views = [
    vscode.window.createTreeView(VIEWS.actors, { treeDataProvider: actors, showCollapseAll: true }),
    vscode.window.createTreeView(VIEWS.ledger, { treeDataProvider: ledger, showCollapseAll: true }),
    vscode.window.createTreeView(VIEWS.articles, { treeDataProvider: articles }),
  ];
  model.onDidChange(() => {
    const message = treeMessage(model);
    for (const v of views) v.message = message;
  });
  model.visible = () => views.some((v) => v.visible);
  for (const v of views) context.subscriptions.push(v.onDidChangeVisibility((e) => e.visible && model.shown()));
  void vscode.commands.executeCommand('setContext', 'newsLens.ledgerGrouping', ledger.grouping);

  /** From a tree item ({actor}), a hover card ({name, kind}) or the palette (nothing: pick one). */
  const showCommitmentsOf = async (node?: { actor?: IndexActor; name?: string; kind?: string }) => {
    let actor = node?.actor;
    if (!actor && node?.name) {
      const name = node.name;
      actor = model.allActors().find((a) => a.kind === node.kind && (a.name === name || a.aliases.includes(name)));
      if (!actor) void vscode.window.showInformationMessage(`News Lens: ${name} is not in the workspace index yet.`);
      if (!actor) return;
    }
    if (!actor) {
      const pick = await vscode.window.showQuickPick(
        model.allActors().map((a) => ({ label: a.name, description: `${a.kind} · ${a.articles} articles`, actor: a })),
        { placeHolder: 'Show the commitments of …', matchOnDescription: true },
      );
      actor = pick?.actor;
    }
    if (!actor) return;
    model.setFilter({ kind: 'actor', id: actor.id, name: actor.name });
    ledger.setGrouping('actor');
    await vscode.commands.executeCommand(`${VIEWS.ledger}.focus`);
  };

  context.subscriptions.push(
    model,
    ...views,
    vscode.commands.registerCommand(Commands.filterIndex, async () => {
      const text = await vscode.window.showInputBox({
        prompt: 'Show the actors, commitments and articles whose names, actions or files hold these words',
        value: model.filter?.kind === 'text' ? model.filter.text : '',
      });
      if (text === undefined) return;
      model.setFilter(text.trim() ? { kind: 'text', text: text.trim() } : undefined);
    }),
    vscode.commands.registerCommand(Commands.clearIndexFilter, () => model.setFilter(undefined)),
    vscode.commands.registerCommand(Commands.showActorCommitments, showCommitmentsOf),
    vscode.commands.registerCommand(Commands.groupLedgerByActor, () => ledger.setGrouping('actor')),
    vscode.commands.registerCommand(Commands.groupLedgerByDeadline, () => ledger.setGrouping('deadline')),
    vscode.commands.registerCommand(Commands.refreshIndex, () => model.refresh()),
    vscode.commands.registerCommand(Commands.exportLedger, (format?: LedgerParams['format'], target?: vscode.Uri) => exportLedger(client, format, target)),
  );
  return { model, ledger };
}

/** Writes the ledger to a file the user picks (or `target`); returns the file, if written. */
async function exportLedger(client: LanguageClient, format?: LedgerParams['format'], target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const chosen = FORMATS.find((f) => f.format === format) ?? (await vscode.window.showQuickPick(FORMATS, { placeHolder: 'Export the commitments ledger as' }));
  if (!chosen) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, `ledger.${chosen.ext}`),
      filters: { [chosen.label]: [chosen.ext] },
    }));
  if (!uri) return undefined;
  const text = await client.sendRequest<string>(LedgerRequest, { format: chosen.format });
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  if (!target) void vscode.window.showInformationMessage(`News Lens: the ledger is in ${vscode.workspace.asRelativePath(uri)}.`);
  return uri;
}
