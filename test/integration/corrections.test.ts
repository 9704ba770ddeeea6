// A quick fix in the real editor: "Mark … as place" on an organization writes .newslens.json (created,
// then saved by the extension), the highlight and the server's outline follow; Undo in that file
// takes it back (deleting the file the fix created).
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../client/src/extension';
import { activateExtension, ARTICLE, eventually, EXTENSION_ID, openFixture, positionOf, semanticTokens, workspaceUri } from './helpers';

const NAME = 'World Meteorological Organization';

describe('quick fixes', () => {
  const file = () => workspaceUri('.newslens.json');
  before(activateExtension);
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(file()).then(undefined, () => undefined);
  });

  it('"Mark as place" on an organization changes the highlight and the outline; Undo takes it back', async () => {
    const editor = await openFixture(ARTICLE);
    const doc = editor.document;
    const kind = async () => (await semanticTokens(doc)).find((t) => t.text === NAME)?.type;
    await eventually(async () => assert.equal(await kind(), 'organization'));
    const at = positionOf(doc, NAME, 1);
    const actions = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        new vscode.Range(at, at),
        undefined,
        100,
      ); // resolve them (edits come on resolve)
      const action = found?.find((a) => a.title === `Mark '${NAME}' as place`);
      assert.ok(action?.edit, JSON.stringify(found?.map((a) => a.title)));
      return action;
    });
    assert.ok(await vscode.workspace.applyEdit(actions.edit!));
    if (actions.command) await vscode.commands.executeCommand(actions.command.command, ...(actions.command.arguments ?? []));
    await eventually(async () => assert.equal(await kind(), 'place'));
    // The outline as the server sends it (VS Code caches its outline per version of the article's text).
    const { client } = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID)!.exports;
    const group = async () => {
      const symbols = await client.sendRequest<{ name: string; children?: { name: string }[] }[]>('textDocument/documentSymbol', {
        textDocument: { uri: doc.uri.toString() },
      });
      return symbols.find((g) => g.children?.some((s) => s.name === NAME))?.name;
    };
    await eventually(async () => assert.equal(await group(), 'Places'));

    const json = await vscode.workspace.openTextDocument(file());
    assert.deepEqual(JSON.parse(json.getText()).entities, [{ name: NAME, kind: 'place' }]);
    await vscode.window.showTextDocument(json);
    await vscode.commands.executeCommand('undo');
    // The fix created the file: its Undo deletes it again, and the article is analysed without it.
    await eventually(async () =>
      assert.equal(
        await vscode.workspace.fs.stat(file()).then(
          () => 'there',
          () => 'gone',
        ),
        'gone',
      ),
    );
    await eventually(async () => assert.equal(await kind(), 'organization'));
    assert.notEqual(await group(), 'Places');
  });
});
