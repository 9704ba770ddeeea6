// Quotes as an editor sees them over stdio: the `quote` token, a quote's hover naming its speaker, a
// speaker's hover listing what it said with links there, the Quotes group of the outline, and the
// Sources of `newsLens/summary`.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DocumentSymbol, Hover, MarkupContent, SemanticTokens } from 'vscode-languageserver-protocol';
import type { Summary } from '../../server/src/analysis/types';
import { decodeTokens, fileUri, ServerProcess } from './harness';

const TEXT = [
  'Mayor Helga Strand ordered the evacuation of the river district on Sunday.',
  '“The water is still rising, and we will not take any chances,” Strand said.',
  'A police spokesman said three bridges had been closed.',
  'Strand said the shelters in the north of Lindby would stay open all week.',
  '“We will reopen the bridge by Friday,” she said.',
  '',
].join('\n');

function positionOf(needle: string) {
  const at = TEXT.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = TEXT.slice(0, at);
  return { line: before.split('\n').length - 1, character: at - (before.lastIndexOf('\n') + 1) };
}

const hoverText = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';
const flatten = (symbols: DocumentSymbol[]): DocumentSymbol[] => symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);

describe('quotes over the language server', () => {
  let server: ServerProcess;
  let dir: string;
  let uri: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-quotes-'));
    const path = join(dir, 'flood.news');
    writeFileSync(path, TEXT);
    uri = fileUri(path);
    server = await ServerProcess.start({ folder: dir });
    await server.open(uri, TEXT);
    await server.status(uri, 1);
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a quote is a `quote` token; a name inside it keeps its own', async () => {
    const legend = server.initializeResult!.capabilities.semanticTokensProvider!.legend;
    const result = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decodeTokens(TEXT, result.data, legend.tokenTypes, legend.tokenModifiers);
    const quoted = tokens.filter((t) => t.type === 'quote').map((t) => t.text);
    assert.ok(
      quoted.some((t) => t.startsWith('The water is still rising')),
      JSON.stringify(quoted),
    );
    assert.ok(
      quoted.some((t) => t.startsWith('three bridges had been closed')),
      JSON.stringify(quoted),
    );
    assert.ok(
      tokens.some((t) => t.text === 'Lindby' && t.type !== 'quote'),
      'the place inside the reported words keeps its kind',
    );
  });

  test('the hover of a quote names its speaker, the hover of the speaker lists what she said', async () => {
    const onQuote = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf('still rising') }));
    assert.match(onQuote, /\*\*Quote\*\* · direct/);
    assert.match(onQuote, /Said by:\*\* Helga Strand — Mayor/);
    const unnamed = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf('bridges') }));
    assert.match(unnamed, /no named speaker \(“A police spokesman”\)/);

    const onStrand = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf('Strand said the') }));
    assert.match(onStrand, /\*\*Said\*\* \(3\)/);
    const links = [...onStrand.matchAll(/\]\(command:newsLens\.revealRange\?([^)\s]+)\)/g)].map((m) => JSON.parse(decodeURIComponent(m[1])));
    assert.equal(links.length, 3);
    const [target, start, end] = links[1];
    assert.equal(target, uri);
    assert.equal(TEXT.slice(start, end), 'the shelters in the north of Lindby would stay open all week');
    // A commitment made inside a quote says in whose words.
    const onPledge = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf('will reopen') }));
    assert.match(onPledge, /\*\*Commitment\*\*/);
    assert.match(onPledge, /In the words of:\*\* Helga Strand/);
  });

  test('the outline groups the quotes by speaker, unnamed sources last', async () => {
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const quotes = symbols.find((s) => s.name === 'Quotes');
    assert.ok(quotes, JSON.stringify(symbols.map((s) => s.name)));
    assert.deepEqual(
      quotes.children?.map((s) => [s.name, s.detail]),
      [
        ['Helga Strand — Mayor', '3×'],
        ['Unnamed sources', '1×'],
      ],
    );
    assert.ok(flatten(quotes.children ?? []).some((s) => s.name.startsWith('“The water is still rising') && s.detail === 'direct'));
  });

  test('newsLens/summary counts the sources', async () => {
    const summary = await server.request<Summary | null>('newsLens/summary', { uri });
    assert.ok(summary);
    const s = summary.sources;
    assert.deepEqual([s.quotes, s.direct, s.reported, s.unnamed], [4, 2, 2, 1]);
    assert.equal(s.byKind.official, 4, JSON.stringify(s.byKind));
    assert.deepEqual(
      s.speakers.map((r) => [r.name, r.quotes, r.direct, r.reported]),
      [
        ['Helga Strand', 3, 2, 1],
        ['Unnamed sources', 1, 0, 1],
      ],
    );
  });
});
