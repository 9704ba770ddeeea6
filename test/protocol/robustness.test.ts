// The eleven ways the server could be crashed, hung or kept waiting (issue 10), each reproduced over
// stdio as an editor or a hostile workspace would, and shown to fail no more.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { DocumentSymbol, Hover, MarkupContent, SemanticTokens } from 'vscode-languageserver-protocol';
import { md as escapeMarkdown } from '../../server/src/analysis/markdown';
import { md } from '../../server/src/lsp/format';
import { decodeTokens, fileUri, positionAt, ServerProcess, type StartOptions } from './harness';
import { projectRoot } from '../support/paths';

const articles = join(projectRoot(), 'test', 'fixtures', 'articles');
const DIPLOMACY = readFileSync(join(articles, 'diplomacy.news'), 'utf8');
const CLIMATE = readFileSync(join(articles, 'climate.news'), 'utf8');
const hoverText = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';
const errorCode = (error: unknown) => (error as { code?: number }).code;

const servers: ServerProcess[] = [];
async function start(options: StartOptions = {}): Promise<ServerProcess> {
  const server = await ServerProcess.start(options);
  servers.push(server);
  return server;
}
after(() => Promise.all(servers.map((s) => s.stop())));

function workspace(files: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'news-lens-robust-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

/** Opens an article and hovers a name in it once analysed: the server is alive and answering. */
async function answersHover(server: ServerProcess, uri: string, text = DIPLOMACY, name = 'Hayashi'): Promise<string> {
  await server.open(uri, text);
  await server.status(uri);
  return hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, text.indexOf(name) + 1) }));
}

describe('robustness (issue 10)', () => {
  test('1. a didOpen or didChange with a text that is not a string neither crashes nor stops the server', async () => {
    const server = await start();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:n', languageId: 'news', version: 1, text: 42 } });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:o', languageId: 'news', version: 1, text: { a: 1 } } });
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'untitled:n', version: 2 },
      contentChanges: [{ text: 7 }, { range: 'x', text: 'y' }, null],
    });
    assert.equal((await server.status('untitled:n')).state, 'ready');
    assert.match(await answersHover(server, 'untitled:fine'), /Hayashi/);
    assert.ok(server.alive);
  });

  test('2. an exclude glob over 64 KiB or with a million brace expansions is ignored with a message, not fatal nor slow', async () => {
    const server = await start({ settings: { exclude: ['x'.repeat(70_000), `${'{a,b}'.repeat(20)}.news`, 'drafts/**'] } });
    assert.match(await answersHover(server, fileUri(join(tmpdir(), 'kept.news'))), /Hayashi/);
    assert.ok(
      server.logs.some((l) => /70000 characters is too long/.test(l.message)),
      server.logs.map((l) => l.message).join('\n'),
    );
    assert.ok(
      server.logs.some((l) => /expands to too many patterns/.test(l.message)),
      server.logs.map((l) => l.message).join('\n'),
    );
    assert.ok(server.alive);
  });

  test('3. a .newslens.json that is a FIFO, a link to /dev/zero or 21 MB neither hangs initialize nor the analysis', async () => {
    const fifo = workspace();
    execFileSync('mkfifo', [join(fifo, '.newslens.json')]);
    const zero = workspace();
    symlinkSync('/dev/zero', join(zero, '.newslens.json'));
    const huge = workspace({ '.newslens.json': '' });
    truncateSync(join(huge, '.newslens.json'), 21 * 1024 * 1024);
    const cases: [string, StartOptions, RegExp][] = [
      [fifo, { folder: fifo }, /not a regular file/],
      [zero, { folder: zero }, /outside the workspace folder/],
      [zero, { folder: zero, settings: { entitiesFile: '/dev/zero', entitiesFileIsUserSetting: true } }, /not a regular file/],
      [huge, { folder: huge }, /21 MB is above the limit of 20 MB/],
    ];
    for (const [folder, options, message] of cases) {
      const server = await start(options);
      assert.match(await answersHover(server, fileUri(join(folder, 'a.news'))), /Hayashi/);
      assert.ok(
        server.logs.some((l) => message.test(l.message)),
        server.logs.map((l) => l.message).join('\n'),
      );
    }
  });

  test('4. 100,000 user entities: loaded once, matched in one pass, the one named in the article found', async () => {
    const entities = Array.from({ length: 100_000 }, (_, i) => ({ name: `Filler Body ${i.toString(36)}`, kind: 'organization', aliases: [`FB${i}`] }));
    entities.push({ name: 'Yongbyon', kind: 'organization', aliases: ['Yongbyon site'] });
    const folder = workspace({ '.newslens.json': JSON.stringify({ entities }) });
    const server = await start({ folder });
    const uri = fileUri(join(folder, 'a.news'));
    await server.open(uri, DIPLOMACY);
    await server.status(uri);
    const legend = server.initializeResult!.capabilities.semanticTokensProvider!.legend;
    const result = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decodeTokens(DIPLOMACY, result.data, legend.tokenTypes, legend.tokenModifiers);
    assert.ok(
      tokens.some((t) => t.text === 'Yongbyon site' && t.type === 'organization'),
      JSON.stringify(tokens.filter((t) => /Yong/.test(t.text))),
    );
  });

  test('5. an entities file outside the workspace is not read; a JSON error never quotes the file', async () => {
    const outside = workspace({ 'secret.json': JSON.stringify({ entities: [{ name: 'Hayashi Kenta', kind: 'place' }] }) });
    const folder = workspace();
    for (const entitiesFile of [join(outside, 'secret.json'), `../${outside.split('/').pop()}/secret.json`]) {
      const server = await start({ folder, settings: { entitiesFile } });
      assert.doesNotMatch(await answersHover(server, fileUri(join(folder, 'a.news'))), /place/);
      assert.ok(
        server.logs.some((l) => /outside the workspace folder/.test(l.message)),
        server.logs.map((l) => l.message).join('\n'),
      );
    }
    const broken = workspace({ '.newslens.json': '{"entities": [SECRET-CONTENT' });
    const server = await start({ folder: broken });
    await answersHover(server, fileUri(join(broken, 'a.news')));
    assert.ok(
      server.logs.some((l) => /not valid JSON/.test(l.message)),
      server.logs.map((l) => l.message).join('\n'),
    );
    assert.ok(!server.logs.some((l) => /SECRET/.test(l.message)), server.logs.map((l) => l.message).join('\n'));
  });

  test('6. while the text changes, a hover answers from the last analysis at the moved position; tokens refresh when the new one lands', async () => {
    const server = await start();
    const uri = 'untitled:typing';
    await server.open(uri, DIPLOMACY);
    await server.status(uri, 1);
    const inserted = 'Breaking news from the region. ';
    const text = inserted + DIPLOMACY;
    await server.edit(uri, DIPLOMACY, 0, 0, inserted, 2);
    const at = text.indexOf('Hayashi');
    const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, at + 1) });
    assert.match(hoverText(hover), /Hayashi/);
    assert.deepEqual(hover?.range?.start, positionAt(text, at));
    assert.equal(server.statuses.filter((s) => s.uri === uri).length, 1, 'answered before the new analysis');
    const refreshes = server.serverRequests.length;
    await server.status(uri, 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(server.serverRequests.slice(refreshes).includes('workspace/semanticTokens/refresh'));
  });

  test('6. a small article is answered while a 1 MB one is being analysed', async () => {
    const server = await start();
    let large = '';
    while (large.length < 900_000) large += `${CLIMATE}\n\n${DIPLOMACY}\n\n`;
    await server.open('untitled:large', large);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const hover = await answersHover(server, 'untitled:small');
    assert.match(hover, /Hayashi/);
    assert.ok(!server.statuses.some((s) => s.uri === 'untitled:large'), 'the large one was still being analysed');
  });

  test('7. a didChange that repeats the version number still brings answers for the new text', async () => {
    const server = await start();
    const uri = 'untitled:same-version';
    await server.open(uri, DIPLOMACY, 1);
    await server.status(uri, 1);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: CLIMATE }] });
    while (server.statuses.filter((s) => s.uri === uri).length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = JSON.stringify(symbols);
    assert.match(names, /Spain/);
    assert.doesNotMatch(names, /Hayashi/);
  });

  test('8. the lifecycle: -32002 before initialize, one initialize only, -32600 after shutdown, exit 0', async () => {
    const server = ServerProcess.spawn();
    servers.push(server);
    const hover = { textDocument: { uri: 'untitled:x' }, position: { line: 0, character: 0 } };
    await assert.rejects(server.request('textDocument/hover', hover), (e) => errorCode(e) === -32002);
    await assert.rejects(server.request('shutdown', null), (e) => errorCode(e) === -32002);
    await server.initialize();
    await assert.rejects(server.initialize(), (e) => errorCode(e) === -32600);
    assert.match(await answersHover(server, 'untitled:after-init'), /Hayashi/);
    await server.request('shutdown', null);
    await assert.rejects(server.request('textDocument/hover', hover), (e) => errorCode(e) === -32600);
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    await server.connection.sendNotification('exit');
    assert.equal(await exited, 0);
  });

  test('11. Markdown: & is escaped, dots and dashes inside text are not (addresses stay whole), list markers at the start are', () => {
    assert.equal(md('AT&T and example.com, a well-known site'), 'AT\\&T and example.com, a well-known site');
    assert.equal(md('1. first'), '1\\. first');
    assert.equal(md('- item'), '\\- item');
    assert.equal(escapeMarkdown('Procter & Gamble [sic]'), 'Procter \\& Gamble \\[sic\\]');
  });

  test('11. a hover quoting a sentence with & and an address shows them as written', async () => {
    const server = await start();
    const text = 'Talks resume\n\nForeign Minister Hana Kovac of Croatia said Croatia will buy AT&T satellites listed on example.com by 2027.';
    const hover = await answersHover(server, 'untitled:amp', text, 'will');
    assert.match(hover, /AT\\&T satellites listed on example\.com by 2027/);
  });
});
