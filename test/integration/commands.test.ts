// The News Lens commands, run the way a keybinding or the palette runs them.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, ARTICLE, eventually, EXTENSION_ID, NOTES, openFixture, symbolNames, workspaceUri } from './helpers';

describe('commands', () => {
  before(activateExtension);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('"Annotate This File" switches a plain text file to news and analyses it', async () => {
    const editor = await openFixture(NOTES);
    assert.equal(editor.document.languageId, 'plaintext');
    await vscode.commands.executeCommand('newsLens.annotateFile');
    const doc = await eventually(() => {
      const active = vscode.window.activeTextEditor?.document;
      assert.equal(active?.uri.toString(), workspaceUri(NOTES).toString());
      assert.equal(active?.languageId, 'news');
      return active!;
    });
    await eventually(async () => assert.ok((await symbolNames(doc.uri)).some((name) => name.includes('David Mwangi'))));
  });

  it('"Open Summary" opens the summary panel beside the article', async () => {
    const editor = await openFixture(ARTICLE);
    await vscode.commands.executeCommand('newsLens.openSummary', editor.document.uri);
    const tab = await eventually(() => {
      const found = vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('newsLens.summary'));
      assert.ok(found, 'no summary webview tab');
      return found;
    });
    assert.equal(tab.label, `Summary: ${ARTICLE}`);
    assert.notEqual(tab.group.viewColumn, vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.label === ARTICLE))?.viewColumn, 'beside the article');
  });

  it('"Export Summary" writes a Markdown brief and the JSON result', async () => {
    const article = workspaceUri(ARTICLE);
    const markdownFile = workspaceUri('exports', 'brief.md');
    const jsonFile = workspaceUri('exports', 'result.json');
    await vscode.workspace.fs.createDirectory(workspaceUri('exports'));
    await vscode.commands.executeCommand('newsLens.exportSummary', article, 'markdown', markdownFile);
    await vscode.commands.executeCommand('newsLens.exportSummary', article, 'json', jsonFile);
    const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const markdown = await eventually(() => read(markdownFile));
    assert.match(markdown, /^#/m, 'a Markdown heading');
    assert.match(markdown, /Ingrid Haugland/);
    assert.match(markdown, /Flood Warning Network/, 'the headline');
    const json = JSON.parse(await eventually(() => read(jsonFile))) as unknown;
    assert.ok(json && typeof json === 'object');
    assert.match(JSON.stringify(json), /Ingrid Haugland/);
  });

  it('"Export Summary" to a new editor opens the brief as Markdown', async () => {
    await vscode.commands.executeCommand('newsLens.exportSummary', workspaceUri(ARTICLE), 'markdown', 'untitled');
    const doc = await eventually(() => {
      const active = vscode.window.activeTextEditor?.document;
      assert.equal(active?.languageId, 'markdown');
      return active!;
    });
    assert.equal(doc.isUntitled, true);
    assert.match(doc.getText(), /Mwangi/);
  });

  it('"Open a Sample Article" opens an unsaved news article that is analysed', async () => {
    await vscode.commands.executeCommand('newsLens.openSample');
    const doc = await eventually(() => {
      const active = vscode.window.activeTextEditor?.document;
      assert.equal(active?.languageId, 'news');
      return active!;
    });
    assert.equal(doc.isUntitled, true, 'the reader may change it without touching the installed extension');
    await eventually(async () =>
      assert.ok(
        (await symbolNames(doc.uri)).some((name) => name === 'Helena Matos'),
        'the sample is analysed',
      ),
    );
  });

  it('every command a walkthrough step links to exists', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { walkthroughs: { steps: { description: string }[] }[] } };
    const linked = pkg.contributes.walkthroughs.flatMap((w) =>
      w.steps.flatMap((step) => [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1])),
    );
    assert.ok(linked.includes('newsLens.openSample') && linked.includes('newsLens.openSummary'), linked.join(', '));
    const known = new Set(await vscode.commands.getCommands(true));
    for (const command of linked) assert.ok(known.has(command), `${command} is not a command`);
  });
});
