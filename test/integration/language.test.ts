// The language features of News Lens through VS Code's own API, answered by the real language
// server over IPC, on a fixture article written for these tests.
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, ARTICLE, eventually, flattenSymbols, hoverCard, openFixture, positionOf, semanticTokens } from './helpers';

describe('language features on a news article', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    doc = (await openFixture(ARTICLE)).document;
  });

  it('opens *.news files in the news language', () => {
    assert.equal(doc.languageId, 'news');
  });

  it('outlines actors by kind, places and commitments', async () => {
    const symbols = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      assert.ok(found?.length, 'no document symbols yet');
      return found;
    });
    const all = flattenSymbols(symbols);
    const under = (...path: string[]) =>
      all.filter((s) => s.path.length === path.length + 1 && path.every((name, i) => s.path[i] === name)).map((s) => s.symbol);
    const people = under('Actors', 'People');
    const haugland = people.find((s) => s.name.includes('Ingrid Haugland'));
    assert.ok(haugland, `no Ingrid Haugland among the people: ${people.map((s) => s.name).join(' | ')}`);
    assert.equal(haugland.name, 'Ingrid Haugland', 'the label is the name alone');
    assert.match(haugland.detail, /Foreign Minister/, 'the outline names her role as the detail');
    assert.equal(haugland.children.length, 0, 'her mentions are left to references and highlights');
    const countries = under('Actors', 'Countries').map((s) => s.name);
    for (const country of ['Norway', 'Kenya'])
      assert.ok(
        countries.some((name) => name.startsWith(country)),
        `countries: ${countries.join(' | ')}`,
      );
    const places = under('Places').map((s) => s.name);
    assert.ok(
      places.some((name) => name.startsWith('Mombasa')),
      `places: ${places.join(' | ')}`,
    );
    assert.ok(under('Commitments').length > 0, 'the pledges are listed under Commitments');
  });

  it('shows a hover card with the role on a later mention', async () => {
    const text = await hoverCard(doc, 'Haugland told', 2, /Ingrid Haugland/);
    assert.match(text, /Foreign Minister/);
    assert.match(text, /Norw/, 'the card says whose minister she is');
  });

  it('shows who committed to what, how firmly and by when on a commitment', async () => {
    const card = await hoverCard(doc, 'pledged', 2, /Commitment/);
    assert.match(card, /Norway/);
    assert.match(card, /Kenya/);
    assert.match(card, /open the first river monitoring stations/);
    assert.match(card, /firm/);
    assert.match(card, /by the end of June/);
  });

  it('names the speaker of a quote, and lists what a speaker said with links to it', async () => {
    const quote = await hoverCard(doc, '"We will not', 1, /Quote/);
    assert.match(quote, /Said by:\*\* Ingrid Haugland/);
    const speaker = await hoverCard(doc, 'Haugland told', 2, /Said/);
    assert.match(speaker, /\*\*Said\*\* \(2\)/);
    assert.match(speaker, /command:newsLens\.revealRange\?/);
  });

  it('marks a negated commitment as such', async () => {
    const card = await hoverCard(doc, 'wait for the next', 1, /Commitment/);
    assert.match(card, /negated/);
  });

  it('finds every mention of an entity as references, and the first as its definition', async () => {
    const from = positionOf(doc, 'Haugland told', 2);
    const locations = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, from);
      assert.ok((found ?? []).length >= 2, `references: ${JSON.stringify(found)}`);
      return found;
    });
    const texts = locations.map((l) => doc.getText(l.range));
    assert.ok(texts.includes('Ingrid Haugland'), `mentions: ${texts.join(' | ')}`);
    assert.ok(texts.includes('Haugland'), `mentions: ${texts.join(' | ')}`);
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, from);
    const target = definitions?.[0];
    assert.ok(target, 'a definition');
    const range = 'targetRange' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
    assert.equal(doc.getText(range), 'Ingrid Haugland');
  });

  it('colours people, countries, places, commitments and stances with semantic tokens', async () => {
    const tokens = await eventually(async () => {
      const found = await semanticTokens(doc);
      assert.ok(found.length > 0, 'no semantic tokens yet');
      return found;
    });
    const typeAt = (needle: string, offset = 0) => {
      const at = positionOf(doc, needle, offset);
      return tokens.find((t) => t.range.contains(at))?.type;
    };
    assert.equal(typeAt('Ingrid Haugland'), 'person');
    assert.equal(typeAt('Haugland told'), 'person');
    assert.equal(typeAt('Kenya agreed'), 'country');
    assert.equal(typeAt('in Geneva', 3), 'place');
    assert.equal(typeAt('pledged'), 'commitment');
    assert.equal(typeAt('condemned'), 'stance');
    const first = tokens.find((t) => t.range.contains(positionOf(doc, 'Ingrid Haugland')));
    assert.ok(first?.modifiers.includes('declaration'), `the first mention is a declaration: ${JSON.stringify(first)}`);
    const later = tokens.find((t) => t.range.contains(positionOf(doc, 'Haugland told')));
    assert.ok(!later?.modifiers.includes('declaration'), 'a later mention is not');
  });

  it('puts a code lens with the counts at the top that opens the summary', async () => {
    const lens = await eventually(async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10);
      const top = lenses?.find((l) => l.range.start.line === 0 && l.command);
      assert.ok(top, `no code lens at the top: ${JSON.stringify(lenses)}`);
      return top;
    });
    assert.match(lens.command!.title, /\b\d+ (people|person)\b/);
    assert.match(lens.command!.title, /\b\d+ countr(y|ies)\b/);
    assert.match(lens.command!.title, /Open summary/);
    assert.equal(lens.command!.command, 'newsLens.openSummary');
  });

  it('shows inlay hints after a capital that acts for its country', async () => {
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
      assert.ok(found?.length, 'no inlay hints yet');
      return found;
    });
    const label = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join(''));
    const afterOslo = doc.positionAt(doc.getText().indexOf('Oslo') + 'Oslo'.length);
    const osloHint = hints.find((h) => h.position.isEqual(afterOslo));
    assert.ok(osloHint, `no hint after Oslo; hints: ${hints.map((h) => `${h.position.line}:${h.position.character} ${label(h)}`).join(' | ')}`);
    assert.match(label(osloHint), /Norway/);
  });
});
