// Settings and the workspace's user entities file, changed while the article is open: the server
// must pick them up without a reload.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, ARTICLE, eventually, hoverCard, NOTES, openFixture, semanticTokens, symbolNames, workspaceUri, type DecodedToken } from './helpers';

describe('settings and the user entities file', () => {
  let doc: vscode.TextDocument;
  const config = () => vscode.workspace.getConfiguration('newsLens');

  before(async () => {
    await activateExtension();
    doc = (await openFixture(ARTICLE)).document;
  });

  it('articles read as prose: wrapped, no ambiguous-character boxes around curly quotes, no rulers', () => {
    const editor = vscode.workspace.getConfiguration('editor', doc);
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(editor.get('unicodeHighlight.invisibleCharacters'), false);
    assert.equal(editor.get('wordWrap'), 'on');
    assert.deepEqual(editor.get('rulers'), []);
    // Other languages keep VS Code's own defaults.
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'typescript' }).get('unicodeHighlight.ambiguousCharacters'), true);
  });

  after(async () => {
    for (const key of ['inlayHints.enabled', 'highlight.kinds', 'languages']) await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(workspaceUri('.newslens.json')).then(undefined, () => undefined);
  });

  it('newsLens.inlayHints.enabled turns the hints off and on again', async () => {
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = () => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
    await eventually(async () => assert.ok((await hints())?.length, 'hints before the change'));
    await config().update('inlayHints.enabled', false, vscode.ConfigurationTarget.Workspace);
    await eventually(async () => assert.equal((await hints())?.length ?? 0, 0));
    await config().update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await eventually(async () => assert.ok((await hints())?.length, 'hints after turning them back on'));
  });

  it('newsLens.highlight.kinds limits the semantic tokens to the kinds chosen', async () => {
    await config().update('highlight.kinds', ['country'], vscode.ConfigurationTarget.Workspace);
    const tokens = await eventually(async () => {
      const found = await semanticTokens(doc);
      assert.ok(found.length > 0 && found.every((t) => t.type === 'country'), `types: ${[...new Set(found.map((t) => t.type))].join(',')}`);
      return found;
    });
    assert.ok(tokens.some((t) => t.text === 'Kenya'));
    await config().update('highlight.kinds', undefined, vscode.ConfigurationTarget.Workspace);
    await eventually(async () => assert.ok((await semanticTokens(doc)).some((t) => t.type === 'person')));
  });

  it('newsLens.languages extends the analysis to plain text', async () => {
    const copy = workspaceUri('notes-copy.txt');
    await vscode.workspace.fs.copy(workspaceUri(NOTES), copy, { overwrite: true });
    const notes = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(notes);
    assert.equal(notes.languageId, 'plaintext');
    await config().update('languages', ['news', 'plaintext'], vscode.ConfigurationTarget.Workspace);
    await eventually(async () => assert.ok((await symbolNames(notes.uri)).some((name) => name.includes('David Mwangi'))));
  });

  // Checked through semantic tokens and hovers, which the server refreshes: VS Code caches document
  // symbols per document version, so the Outline only shows the change after the next edit.
  it('picks up .newslens.json: added entities appear, ignored names disappear', async () => {
    await vscode.window.showTextDocument(doc);
    const typeOf = (tokens: DecodedToken[], text: string) => tokens.find((t) => t.text === text)?.type;
    await eventually(async () => {
      const tokens = await semanticTokens(doc);
      assert.equal(typeOf(tokens, 'World Meteorological Organization'), 'organization');
      assert.equal(typeOf(tokens, 'riverwatch'), undefined, 'riverwatch is no entity of its own');
    });
    const file = { entities: [{ name: 'riverwatch', kind: 'organization' }], ignore: ['World Meteorological Organization'] };
    await vscode.workspace.fs.writeFile(workspaceUri('.newslens.json'), new TextEncoder().encode(JSON.stringify(file, null, 2)));
    await eventually(async () => {
      const tokens = await semanticTokens(doc);
      assert.equal(typeOf(tokens, 'riverwatch'), 'organization');
      assert.equal(typeOf(tokens, 'World Meteorological Organization'), undefined, 'the ignored name is no entity');
    });
    assert.match(await hoverCard(doc, 'riverwatch', 2, /riverwatch/), /organization/);
    await vscode.workspace.fs.delete(workspaceUri('.newslens.json'));
    await eventually(async () => assert.equal(typeOf(await semanticTokens(doc), 'riverwatch'), undefined, 'back to normal without the file'));
  });
});
