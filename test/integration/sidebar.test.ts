// The News Lens sidebar in a real extension host: three articles of our own story are added to
// the workspace; the Actors and Commitments Ledger trees show them; editing one updates the trees;
// Show Commitments of … filters the ledger; Export Ledger writes CSV.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../client/src/extension';
import { EXTENSION_ID, activateExtension, eventually, workspaceUri } from './helpers';

/** test/fixtures/ledger, from the bundle in dist/integration. */
const STORY = join(__dirname, '..', '..', 'test', 'fixtures', 'ledger');

type TreeNode = { type: string; threads?: unknown[]; thread?: { action: string; articles: number; badges: string[] } };

async function threads(api: NewsLensApi): Promise<vscode.TreeItem[]> {
  const tree = api.sidebar.ledger;
  const groups = (await tree.getChildren()) as TreeNode[];
  const items: vscode.TreeItem[] = [];
  for (const g of groups) for (const t of (await tree.getChildren(g as never)) as never[]) items.push(tree.getTreeItem(t));
  return items;
}

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

describe('News Lens sidebar', () => {
  let api: NewsLensApi;

  before(async () => {
    await activateExtension();
    api = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID)?.exports as NewsLensApi;
    await vscode.workspace.fs.createDirectory(workspaceUri('story'));
    for (const f of readdirSync(STORY).filter((n) => n.endsWith('.news'))) {
      await vscode.workspace.fs.writeFile(workspaceUri('story', f), new TextEncoder().encode(readFileSync(join(STORY, f), 'utf8')));
    }
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    api.sidebar.model.setFilter(undefined);
    await vscode.workspace.fs.delete(workspaceUri('story'), { recursive: true });
  });

  it('shows the actors and the commitments of the three articles', async () => {
    await vscode.commands.executeCommand('newsLens.actors.focus');
    await eventually(async () => {
      await api.sidebar.model.refresh();
      const abela = api.sidebar.model.actors.find((a) => a.name === 'Robert Abela');
      assert.equal(abela?.articles, 3);
    }, 60000);
    const items = await threads(api);
    const terminal = items.find((i) => label(i).includes('ferry terminal'));
    assert.ok(terminal, items.map(label).join(' / '));
    assert.match(String(terminal.description), /2 articles/);
    assert.match(String(terminal.description), /done/);
    assert.ok(items.some((i) => label(i).startsWith('publish the tender') && /overdue/.test(String(i.description))));
  });

  it('editing an article updates the ledger', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('story', '2025-01-20-gozo-opening.news'));
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\nThe European Commission said it would fund a second terminal at Cirkewwa by 2027.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await eventually(async () => {
      await api.sidebar.model.refresh();
      const items = await threads(api);
      const added = items.find((i) => label(i).includes('second terminal'));
      assert.ok(added, items.map(label).join(' / '));
      assert.match(String(added.description), /2027-01-01 – 2027-12-31/);
    }, 30000);
  });

  it('Show Commitments of … filters the ledger; Export Ledger writes CSV', async () => {
    const nationalist = api.sidebar.model.allActors().find((a) => a.name === 'Nationalist Party');
    assert.ok(nationalist);
    await vscode.commands.executeCommand('newsLens.showActorCommitments', { actor: nationalist });
    const items = await threads(api);
    assert.deepEqual(items.map(label), ['ask the auditor to review the cost by March']);
    api.sidebar.model.setFilter(undefined);
    const file = workspaceUri('story', 'ledger.csv');
    await vscode.commands.executeCommand('newsLens.exportLedger', 'csv', file);
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    assert.match(csv, /^actors,action,modality,negated,deadline,first,last,articles,badges,files\r\n/);
    assert.match(csv, /ferry terminal/);
  });
});
