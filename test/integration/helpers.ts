// Shared by the integration tests: the fixture workspace, the extension, and polling for state
// (the language server answers asynchronously, so every check is retried until it holds).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

import { eventually } from './eventually';

export { eventually };

export const EXTENSION_ID = 'news-lens.news-lens';
export const ARTICLE = 'flood-network.news';
export const NOTES = 'field-notes.txt';

export function workspaceUri(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the fixture workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

/** Activates News Lens (its language client started) and returns nothing else: tests use the editor's API. */
export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  await extension.activate();
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(doc);
}

/** The position `offset` characters into the first occurrence of `needle` in the document. */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const index = doc.getText().indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in ${doc.uri.path}`);
  return doc.positionAt(index + offset);
}

/** Markdown and plain strings of hovers, joined. */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** The hover card's text at `needle` (+`offset`), polled until it matches `ready`. */
export function hoverCard(doc: vscode.TextDocument, needle: string, offset: number, ready: RegExp): Promise<string> {
  return eventually(async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, needle, offset));
    const text = hoverText(hovers ?? []);
    assert.match(text, ready);
    return text;
  });
}

/** Every symbol of a DocumentSymbol tree, depth first, with its path of names. */
export function flattenSymbols(symbols: vscode.DocumentSymbol[], path: string[] = []): { symbol: vscode.DocumentSymbol; path: string[] }[] {
  return symbols.flatMap((symbol) => [{ symbol, path: [...path, symbol.name] }, ...flattenSymbols(symbol.children, [...path, symbol.name])]);
}

/** The names of all the document's symbols (groups, entities, mentions, commitments ...). */
export async function symbolNames(uri: vscode.Uri): Promise<string[]> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
  return flattenSymbols(symbols ?? []).map((s) => s.symbol.name);
}

export interface DecodedToken {
  text: string;
  type: string;
  modifiers: string[];
  range: vscode.Range;
}

/** The document's semantic tokens, decoded with the provider's legend. */
export async function semanticTokens(doc: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
  if (!legend || !tokens) return [];
  const decoded: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  const data = tokens.data;
  for (let i = 0; i + 5 <= data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const range = new vscode.Range(line, character, line, character + data[i + 2]);
    decoded.push({
      text: doc.getText(range),
      type: legend.tokenTypes[data[i + 3]] ?? `#${data[i + 3]}`,
      modifiers: legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit)),
      range,
    });
  }
  return decoded;
}
