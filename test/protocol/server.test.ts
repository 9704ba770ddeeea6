// The language server over stdio, as an editor sees it: real articles in, real LSP answers out.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type {
  CodeLens,
  DocumentSymbol,
  Hover,
  InlayHint,
  InlayHintLabelPart,
  Location,
  MarkupContent,
  SemanticTokens,
  SymbolInformation,
} from 'vscode-languageserver-protocol';
import type { Summary } from '../../server/src/analysis/types';
import { decodeTokens, fileUri, ServerProcess, waitFor } from './harness';
import { projectRoot, SEED } from '../support/paths';

const root = projectRoot();
const samples = join(root, 'samples');

function positionOf(text: string, needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" not in the text`);
  }
  const before = text.slice(0, at + 1);
  const line = before.split('\n').length - 1;
  return { line, character: at + 1 - (before.lastIndexOf('\n') + 1) };
}

const flatten = (symbols: DocumentSymbol[]): DocumentSymbol[] => symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
const childNames = (symbols: DocumentSymbol[], name: string) => (flatten(symbols).find((s) => s.name === name)?.children ?? []).map((s) => s.name);
/** The people of the outline as "name — role" (the role is the detail, before the mention count). */
const peopleWithRoles = (symbols: DocumentSymbol[]) =>
  (flatten(symbols).find((s) => s.name === 'People')?.children ?? []).map((s) => {
    const role = (s.detail ?? '').split(' · ').slice(0, -1).join(' · ');
    return role ? `${s.name} — ${role}` : s.name;
  });
const hoverText = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

describe('language server over stdio', () => {
  let server: ServerProcess;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };
  const tokensOf = async (uri: string, text: string) => {
    const result = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    return decodeTokens(text, result.data, legend.tokenTypes, legend.tokenModifiers);
  };

  before(async () => {
    server = await ServerProcess.start({ folder: samples });
    legend = server.initializeResult!.capabilities.semanticTokensProvider!.legend;
  });
  after(() => server.stop());

  test('initialize advertises the features and the token legend', () => {
    const caps = server.initializeResult!.capabilities;
    assert.deepEqual(legend.tokenTypes, ['person', 'organization', 'country', 'place', 'commitment', 'stance', 'time', 'quote']);
    assert.ok(legend.tokenModifiers.includes('declaration'));
    for (const feature of [
      'hoverProvider',
      'definitionProvider',
      'referencesProvider',
      'documentHighlightProvider',
      'workspaceSymbolProvider',
      'foldingRangeProvider',
    ] as const) {
      assert.ok(caps[feature], feature);
    }
    assert.ok(caps.codeLensProvider && caps.inlayHintProvider && caps.documentSymbolProvider);
  });

  test('a sample article: people as tokens, a hover with the role, the outline tree, a status', async () => {
    const path = join(samples, 'cable-watch.news');
    const text = readFileSync(path, 'utf8');
    const uri = fileUri(path);
    await server.open(uri, text);
    const tokens = await tokensOf(uri, text);
    const aino = tokens.find((t) => t.text === 'Aino Lehtonen');
    assert.deepEqual([aino?.type, aino?.modifiers], ['person', ['declaration']]);
    assert.ok(tokens.some((t) => t.text === 'Lehtonen' && t.type === 'person' && !t.modifiers.includes('declaration')));
    assert.ok(tokens.some((t) => t.text === 'Estonia' && t.type === 'country'));
    assert.ok(tokens.some((t) => t.text === 'Helsinki' && t.type === 'place'));

    const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Lehtonen', 1) });
    assert.match(hoverText(hover), /Aino Lehtonen.*person/);
    assert.match(hoverText(hover), /Defence Minister, Finland/);

    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name).slice(0, 2), ['Actors', 'Places']);
    assert.ok(peopleWithRoles(symbols).includes('Aino Lehtonen — Defence Minister, Finland'), JSON.stringify(peopleWithRoles(symbols)));
    assert.ok(childNames(symbols, 'Countries').includes('Sweden'));

    // The article is hard-wrapped: each multi-line paragraph folds.
    const folds = await server.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    const starts = folds.map((f) => f.startLine);
    assert.ok(starts.includes(positionOf(text, 'HELSINKI').line) && starts.includes(positionOf(text, 'Finnish Defence').line), JSON.stringify(folds));
    assert.ok(folds.every((f) => f.endLine > f.startLine));
    const highlights = await server.request<{ range: { start: { line: number } }; kind: number }[]>('textDocument/documentHighlight', {
      textDocument: { uri },
      position: positionOf(text, 'Lehtonen', 1),
    });
    assert.ok(highlights.length >= 2, JSON.stringify(highlights));
    assert.equal(highlights[0].kind, 3, 'the first mention is the declaration (Write)');

    const status = await server.status(uri, 1);
    assert.equal(status.state, 'ready');
    assert.ok(status.counts.people >= 3, JSON.stringify(status));
  });

  test('the workspace user entities file applies: ignored names are not entities, extra entities are', async () => {
    const path = join(samples, 'cable-watch.news');
    const uri = fileUri(path);
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = flatten(symbols).map((s) => s.name);
    assert.ok(!names.includes('Newswire'), 'samples/.newslens.json ignores "Newswire"');
    assert.ok(childNames(symbols, 'Places').includes('Balticconnector'));
  });

  test('edits are applied incrementally and answers follow the new text', async () => {
    const uri = 'untitled:edit-me';
    const text = 'Talks resume\nForeign Minister Hana Kovac of Croatia met officials in Zagreb on Monday.';
    await server.open(uri, text);
    const inserted = 'Prime Minister Ivo Horvat spoke first. ';
    const at = text.indexOf('Foreign');
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: inserted }],
    });
    const changed = text.slice(0, at) + inserted + text.slice(at);
    await server.status(uri, 2); // until then, answers come from the last analysis, moved over the edit
    const tokens = await tokensOf(uri, changed);
    assert.ok(
      tokens.some((t) => t.text === 'Hana Kovac' && t.type === 'person'),
      JSON.stringify(tokens),
    );
    assert.ok(
      tokens.some((t) => t.text === 'Ivo Horvat' && t.type === 'person'),
      JSON.stringify(tokens),
    );
  });

  test('references and definition resolve a metonym to its country', { skip: !existsSync(SEED) && 'seed article absent' }, async () => {
    const text = readFileSync(SEED, 'utf8');
    const uri = 'untitled:seed.news';
    await server.open(uri, text);
    const refs = await server.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: positionOf(text, 'Beijing'),
      context: { includeDeclaration: true },
    });
    const said = refs.map((r) => text.split('\n')[r.range.start.line].slice(r.range.start.character, r.range.end.character));
    assert.ok(said.includes('Beijing') && said.includes('China'), JSON.stringify(said));
    const def = await server.request<Location | null>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'Beijing') });
    assert.ok(def);
    assert.equal(text.split('\n')[def.range.start.line].slice(def.range.start.character, def.range.end.character), 'China');
  });

  test(
    'the seed article: ministers, countries, places and commitments as tokens, hovers and outline entries',
    { skip: !existsSync(SEED) && 'seed article absent' },
    async () => {
      const text = readFileSync(SEED, 'utf8');
      const uri = 'untitled:seed-outline.news';
      await server.open(uri, text);
      const tokens = await tokensOf(uri, text);
      for (const name of ['Kamikawa Yoko', 'Kihara Minoru', 'Antony Blinken', 'Lloyd Austin']) {
        assert.ok(
          tokens.some((t) => t.text === name && t.type === 'person'),
          `${name} is not a person token`,
        );
      }
      for (const country of ['Japan', 'China', 'Russia', 'Taiwan']) {
        assert.ok(
          tokens.some((t) => t.text === country && t.type === 'country'),
          `${country} is not a country token`,
        );
      }
      for (const place of ['Tokyo', 'Senkaku Islands', 'East China Sea']) {
        assert.ok(
          tokens.some((t) => t.text === place && t.type === 'place'),
          `${place} is not a place token`,
        );
      }
      const kamikawa = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Kamikawa said') });
      assert.match(hoverText(kamikawa), /Kamikawa Yoko/);
      assert.match(hoverText(kamikawa), /Foreign Minister, Japan/);
      const blinken = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Blinken') });
      assert.match(hoverText(blinken), /Secretary of State, United States/);

      const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const people = peopleWithRoles(symbols);
      assert.ok(people.includes('Kamikawa Yoko — Foreign Minister, Japan'), JSON.stringify(people));
      assert.ok(people.includes('Kihara Minoru — Defense Minister, Japan'), JSON.stringify(people));
      assert.ok(childNames(symbols, 'Countries').includes('North Korea'));
      assert.ok(childNames(symbols, 'Places').includes('Senkaku Islands'));
      const commitments = childNames(symbols, 'Commitments');
      assert.ok(commitments.length >= 3, `commitments in the outline: ${JSON.stringify(commitments)}`);
      assert.ok(
        tokens.some((t) => t.type === 'commitment'),
        'no commitment tokens',
      );
      const trigger = tokens.find((t) => t.type === 'commitment' && !t.modifiers.includes('action'))!;
      const card = await server.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: trigger.line, character: trigger.start - text.lastIndexOf('\n', trigger.start - 1) - 1 + 1 },
      });
      assert.match(hoverText(card), /\*\*Commitment\*\*/);
      assert.match(hoverText(card), /\*\*Who:\*\*/);
    },
  );

  test('code lens counts and inlay hints resolve "Beijing" and "the North"', { skip: !existsSync(SEED) && 'seed article absent' }, async () => {
    const text = readFileSync(SEED, 'utf8');
    const uri = 'untitled:seed-lens.news';
    await server.open(uri, text);
    const lenses = await server.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 1);
    const title = lenses[0].command!.title;
    assert.match(title, /^\d+ people · .*\d+ countries · .*\d+ places.* — Open summary$/);
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(Number(/^(\d+) people/.exec(title)![1]), childNames(symbols, 'People').length, 'the lens counts what the outline lists');
    assert.equal(lenses[0].command!.command, 'newsLens.openSummary');
    const hints = await server.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } },
    });
    const labels = hints.map((h) => {
      const line = text.split('\n')[h.position.line];
      const word = line.slice(0, h.position.character).split(/\s/).pop();
      return `${word} ${(h.label as InlayHintLabelPart[]).map((p) => p.value).join('')}`;
    });
    assert.ok(
      labels.some((l) => /Beijing.? →\u00a0China/.test(l)),
      JSON.stringify(labels),
    );
    assert.ok(
      labels.some((l) => /North.? →\u00a0North\u00a0Korea/.test(l)),
      JSON.stringify(labels),
    );
    assert.ok(!labels.some((l) => l.startsWith('Kamikawa ')), 'a plain alias of a name needs no hint');
  });

  test('newsLens/summary and newsLens/export answer for an open article', async () => {
    const path = join(samples, 'climate-fund.news');
    const text = readFileSync(path, 'utf8');
    const uri = fileUri(path);
    await server.open(uri, text);
    const summary = await server.request<Summary | null>('newsLens/summary', { uri });
    assert.ok(summary);
    assert.ok(
      summary.people.some((p) => p.name === 'Grace Wanjiru' && p.role === 'President'),
      JSON.stringify(summary.people),
    );
    assert.equal(summary.file, 'climate-fund.news');
    const markdown = await server.request<string | null>('newsLens/export', { uri, format: 'markdown' });
    assert.match(markdown ?? '', /Grace Wanjiru/);
    const json = JSON.parse((await server.request<string | null>('newsLens/export', { uri, format: 'json' })) ?? 'null');
    assert.equal(json.file, 'climate-fund.news');
    assert.equal(await server.request('newsLens/summary', { uri: 'untitled:never-opened' }), null);
  });

  test('workspace symbols find entities of open and unopened workspace files', async () => {
    const found = await server.request<SymbolInformation[]>('workspace/symbol', { query: 'Marchenko' });
    assert.ok(
      found.some((s) => s.name.startsWith('Oleh Marchenko') && s.location.uri.endsWith('grain-corridor.news')),
      JSON.stringify(found),
    );
    const open = await server.request<SymbolInformation[]>('workspace/symbol', { query: 'Lehtonen' });
    assert.ok(open.some((s) => s.location.uri.endsWith('cable-watch.news')));
  });

  test('cancellation: a cancelled request ends with RequestCancelled or a prompt answer', async () => {
    const uri = 'untitled:cancel-me.news';
    const paragraph = 'Foreign Minister Lena Brandt of Austria met officials from Hungary in Vienna on Friday. ';
    await server.open(uri, `Cancellation test\n${paragraph.repeat(6000)}`);
    const source = new (await import('vscode-jsonrpc')).CancellationTokenSource();
    const started = Date.now();
    const pending = server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }, source.token);
    setTimeout(() => source.cancel(), 10);
    const outcome = await pending.then(
      () => 'answered',
      (error: { code?: number }) => error.code,
    );
    assert.ok(outcome === -32800 || Date.now() - started < 2000, `outcome ${outcome} after ${Date.now() - started} ms`);
    // The server still answers.
    const again = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 20 } });
    assert.match(hoverText(again), /Lena Brandt/);
  });

  test('a large document answers its viewport from a quick preview at the right positions', async () => {
    const uri = 'untitled:large.news';
    const article = readFileSync(join(samples, 'cable-watch.news'), 'utf8');
    const text = Array.from({ length: 120 }, () => article).join('\n');
    assert.ok(text.length > 150_000);
    await server.open(uri, text);
    const lines = text.split('\n');
    const line = lines.indexOf(lines.find((l, i) => i > 1000 && l.includes('Aino Lehtonen'))!);
    const range = { start: { line: line - 2, character: 0 }, end: { line: line + 3, character: 0 } };
    const result = await server.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri }, range });
    const tokens = decodeTokens(text, result.data, legend.tokenTypes, legend.tokenModifiers);
    assert.ok(tokens.length > 0 && tokens.every((t) => t.line >= line - 2 && t.line <= line + 3), JSON.stringify(tokens));
    assert.ok(
      tokens.some((t) => t.text === 'Aino Lehtonen' && t.type === 'person' && t.line === line),
      JSON.stringify(tokens),
    );
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('odd input: an empty file, CRLF line ends, emoji and combining marks before names', async () => {
    await server.open('untitled:empty.news', '');
    assert.deepEqual((await tokensOf('untitled:empty.news', '')).length, 0);
    const lenses = await server.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: 'untitled:empty.news' } });
    assert.equal(lenses[0].command!.title, 'No actors found — Open summary');

    const text =
      'Talks in Oslo 🌊🌊\r\n\r\nOSLO — 🇳🇴 Foreign Minister Ingrid Valen of Norway met Cafe\u0301 owners in Bergen on Monday.\r\nValen said Norway will fund the harbour.\r\n';
    const uri = 'untitled:crlf.news';
    await server.open(uri, text);
    // decodeTokens counts lines by \n; with \r\n the \r stays at each line's end, so columns agree.
    const tokens = await tokensOf(uri, text);
    assert.ok(
      tokens.some((t) => t.text === 'Ingrid Valen' && t.type === 'person'),
      JSON.stringify(tokens),
    );
    assert.ok(
      tokens.some((t) => t.text === 'Bergen' && t.type === 'place'),
      JSON.stringify(tokens),
    );
    assert.ok(tokens.every((t) => !t.text.includes('\r') && !t.text.includes('\n')));
    const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Valen said') });
    assert.match(hoverText(hover), /Ingrid Valen/);
  });

  test('a 5 MB document is not analysed (status says too large) and the server keeps answering', async () => {
    const uri = 'untitled:huge.news';
    const huge = 'The minister said the talks in Geneva would continue next week. '.repeat(82_000);
    assert.ok(huge.length > 5_000_000);
    await server.open(uri, huge);
    const status = await server.status(uri);
    assert.equal(status.state, 'tooLarge');
    assert.equal(status.tooLarge, true);
    assert.ok((status.size ?? 0) > 5_000_000);
    const tokens = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(tokens.data, []);
    const lenses = await server.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.match(lenses[0].command!.title, /above the 1 MB limit/);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.ok(server.alive);
  });

  test('a binary-looking document neither crashes nor hangs the server', async () => {
    const uri = 'untitled:binary.news';
    let seed = 7;
    let junk = '';
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      junk += String.fromCharCode(seed % 65536 >= 0xd800 && seed % 65536 < 0xe000 ? 0 : seed % 65536);
    }
    await server.open(uri, `\u0000PK\u0003\u0004${junk}\n\n\u201c\u201c\u201c nested \u2018quotes\u2019 ${'"'.repeat(500)}`);
    const tokens = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(Array.isArray(tokens.data));
    const status = await server.status(uri);
    assert.ok(status.state === 'ready' || status.state === 'error', status.state);
    const after = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: fileUri(join(samples, 'cable-watch.news')) } });
    assert.ok(after.length > 0);
    assert.ok(server.alive);
  });
});

describe('settings and the user entities file', () => {
  let server: ServerProcess;
  let folder: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'newslens-ws-'));
    server = await ServerProcess.start({ folder, settings: { highlight: { kinds: ['person'] } } });
  });
  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('only the highlighted kinds come as tokens; a settings change is pulled and refreshes the editor', async () => {
    const legend = server.initializeResult!.capabilities.semanticTokensProvider!.legend;
    const text = 'Port talks\nTrade Minister Ingrid Valen of Norway met officials in Bergen on Monday.';
    const uri = fileUri(join(folder, 'a.news'));
    await server.open(uri, text);
    const tokens = async () =>
      decodeTokens(
        text,
        (await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data,
        legend.tokenTypes,
        legend.tokenModifiers,
      );
    assert.deepEqual([...new Set((await tokens()).map((t) => t.type))], ['person']);
    server.settings = {};
    server.serverRequests.length = 0;
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await waitFor(() => server.serverRequests.includes('workspace/semanticTokens/refresh'));
    assert.ok((await tokens()).some((t) => t.type === 'country'));
  });

  test('a new .newslens.json is picked up when the editor reports the file change', async () => {
    const text = 'Harbour news\nTrade Minister Ingrid Valen of Norway met harbour pilots in Bergen on Monday.';
    const uri = fileUri(join(folder, 'b.news'));
    await server.open(uri, text);
    const names = async () => flatten(await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).map((s) => s.name);
    const before = await names();
    assert.ok(before.includes('Norway') && !before.some((n) => n.startsWith('harbour pilots')), JSON.stringify(before));
    const file = join(folder, '.newslens.json');
    writeFileSync(file, JSON.stringify({ entities: [{ name: 'harbour pilots', kind: 'organization' }], ignore: ['Norway'] }));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 1 }] });
    await waitFor(async () => {
      const after = await names();
      return !after.includes('Norway') && after.some((n) => n.startsWith('harbour pilots'));
    });
  });

  test('excluded files are left alone', async () => {
    server.settings = { exclude: ['drafts/**'] };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = fileUri(join(folder, 'drafts', 'c.news'));
    await server.open(uri, 'Draft\nForeign Minister Ingrid Valen of Norway spoke.');
    // The settings are pulled asynchronously: the document ends up excluded once they are in.
    await waitFor(() => server.statuses.some((s) => s.uri === uri && s.state === 'excluded'));
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, []);
  });
});

test('an editor without workspace/configuration passes settings as initialization options (Helix style)', async () => {
  const server = await ServerProcess.start({
    capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } } },
    initializationOptions: { newsLens: { highlight: { kinds: ['country'] } } },
  });
  try {
    const legend = server.initializeResult!.capabilities.semanticTokensProvider!.legend;
    const text = 'Port talks\nTrade Minister Ingrid Valen of Norway met officials in Bergen on Monday.';
    const uri = 'untitled:helix.news';
    await server.open(uri, text);
    const result = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decodeTokens(text, result.data, legend.tokenTypes, legend.tokenModifiers);
    assert.deepEqual(
      tokens.map((t) => [t.text, t.type]),
      [['Norway', 'country']],
    );
  } finally {
    await server.stop();
  }
});

test('without editor file watchers, the server notices a new .newslens.json by itself', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'newslens-watch-'));
  const server = await ServerProcess.start({ folder, capabilities: { workspace: { configuration: true } } });
  try {
    const uri = fileUri(join(folder, 'a.news'));
    await server.open(uri, 'Harbour news\nTrade Minister Ingrid Valen of Norway met harbour pilots in Bergen on Monday.');
    const names = async () => flatten(await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).map((s) => s.name);
    assert.ok((await names()).includes('Norway'));
    writeFileSync(join(folder, '.newslens.json'), JSON.stringify({ ignore: ['Norway'] }));
    await waitFor(async () => !(await names()).includes('Norway'));
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
