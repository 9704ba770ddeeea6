// `npm run soak`: the language server over stdio, as a long day of hostile and heavy use would treat
// it: malformed messages, the cases of issue 10, an edit storm, 1,000 open/close cycles, huge
// documents, 100,000 user entities. Asserts no crash, answers for the latest text, memory bounded;
// prints the figures. `--quick` runs a shorter version (for `npm test`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, positionAt, ServerProcess } from '../test/protocol/harness';
import { editStorm } from './lib/editStorm';
import { articles, documentOf, percentile, residentMegabytes, userEntitiesFile } from './lib/serverMaterial';

const quick = process.argv.includes('--quick');
/** The server's memory after the soak may not pass this. */
const MAX_RSS_MB = 1200;

const failures: string[] = [];
const figures: [string, string][] = [];
function check(ok: boolean, what: string): void {
  if (!ok) failures.push(what);
}

const texts = articles();
const ARTICLE = texts.find((t) => t.includes('Hayashi'))!;
const hoverText = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

/** A hover on `name` in `text`: its card names it and its range covers it in `text`. */
async function hoverFinds(server: ServerProcess, uri: string, text: string, name: string): Promise<boolean> {
  const at = text.indexOf(name);
  const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, at + 1) });
  const range = hover?.range;
  return (
    !!range && hoverText(hover).includes(name) && range.start.line === positionAt(text, at).line && range.start.character === positionAt(text, at).character
  );
}

/** Frames written straight to the server's input: bad JSON, wrong shapes, wrong parameters. */
async function malformed(server: ServerProcess): Promise<void> {
  const frame = (body: string) => server.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  const bodies = [
    '{"jsonrpc":"2.0","id":9001,"method":"textDocument/hover","params":',
    '[1,2,3]',
    'null',
    '"text"',
    '{"jsonrpc":"2.0","id":9002,"method":"no/such/method","params":{}}',
    '{"jsonrpc":"2.0","id":9003,"method":"textDocument/hover","params":null}',
    '{"jsonrpc":"2.0","id":9004,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:soak"},"position":{"line":"x","character":-5}}}',
    '{"jsonrpc":"2.0","id":9005,"method":"textDocument/semanticTokens/range","params":{"textDocument":{"uri":"untitled:soak"},"range":{"start":{"line":9,"character":0},"end":{"line":0,"character":0}}}}',
    '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:bad","languageId":"news","version":"one","text":{"x":1}}}}',
    '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:never-opened","version":2},"contentChanges":[{"text":"x"}]}}',
    '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:soak","version":3},"contentChanges":[{"range":{"start":{"line":1e9,"character":1e9},"end":{"line":-1,"character":0}},"text":"Z"}]}}',
    '{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"untitled:never-opened"}}}',
    `{"jsonrpc":"2.0","id":9006,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"${'x'.repeat(100_000)}"}}}`,
  ];
  await server.open('untitled:soak', ARTICLE, 1);
  for (const body of bodies) frame(body);
  await server.status('untitled:soak');
  check(server.alive, 'malformed messages: the server died');
  check(await openAndHover(server, 'untitled:after-malformed'), 'malformed messages: no answer after');
  figures.push(['malformed frames sent', String(bodies.length)]);
}

async function openAndHover(server: ServerProcess, uri: string, text = ARTICLE, name = 'Hayashi'): Promise<boolean> {
  await server.open(uri, text);
  await server.status(uri);
  return hoverFinds(server, uri, text, name);
}

/** The server cases of issue 10 in one workspace: bad texts, bad globs, a FIFO entities file, a repeated version. */
async function issueCases(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'news-lens-soak-'));
  execFileSync('mkfifo', [join(folder, '.newslens.json')]);
  const server = await ServerProcess.start({ folder, settings: { exclude: ['y'.repeat(70_000), `${'{a,b}'.repeat(20)}`] } });
  try {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:num', languageId: 'news', version: 1, text: 42 } });
    const uri = fileUri(join(folder, 'a.news'));
    check(await openAndHover(server, uri), 'issue cases: no answer with a FIFO entities file and bad globs');
    const other = texts.find((t) => !t.includes('Hayashi') && t.includes('Spain')) ?? texts[0];
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: other }] });
    while (server.statuses.filter((s) => s.uri === uri).length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    const symbols = JSON.stringify(await server.request('textDocument/documentSymbol', { textDocument: { uri } }));
    check(!symbols.includes('Hayashi'), 'issue cases: a repeated version number left the old text in the answers');
    check(server.alive, 'issue cases: the server died');
  } finally {
    await server.stop();
  }
}

async function storm(server: ServerProcess): Promise<void> {
  const text = `${documentOf(200_000, texts)}\n\n${ARTICLE}`;
  const uri = 'untitled:storm';
  await server.open(uri, text);
  await server.status(uri);
  const result = await editStorm(server, uri, text, 1, 'Hayashi', quick ? 3000 : 20_000);
  const kb = Math.round(text.length / 1024);
  figures.push([
    `edit storm (${result.hover.length} edits, one each 20 ms, ${kb} KB): hover p50 / p95`,
    `${percentile(result.hover, 50).toFixed(1)} / ${percentile(result.hover, 95).toFixed(1)} ms`,
  ]);
  figures.push(['  semantic tokens p50 / p95', `${percentile(result.tokens, 50).toFixed(1)} / ${percentile(result.tokens, 95).toFixed(1)} ms`]);
  check(result.emptyHovers === 0, `edit storm: ${result.emptyHovers} hovers on a name came back empty`);
  await server.status(uri, result.version);
  check(await hoverFinds(server, uri, result.text, 'Hayashi'), 'edit storm: the answer after the storm is not for the latest text');
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

async function cycles(server: ServerProcess): Promise<void> {
  const n = quick ? 100 : 1000;
  let rssAtTenth: number | undefined;
  let wrong = 0;
  for (let i = 0; i < n; i++) {
    const uri = `untitled:cycle-${i}`;
    const text = `${texts[i % texts.length]}\n\nForeign Minister Hayashi Kenta spoke in cycle ${i}.`;
    if (!(await openAndHover(server, uri, text))) wrong++;
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    if (i === Math.floor(n / 10)) rssAtTenth = residentMegabytes(server.child.pid);
  }
  check(wrong === 0, `open/close cycles: ${wrong} hovers wrong`);
  const rss = residentMegabytes(server.child.pid);
  figures.push([`${n} open/close cycles: RSS after a tenth, after all`, `${rssAtTenth} MB, ${rss} MB`]);
  if (rss !== undefined && rssAtTenth !== undefined) check(rss < rssAtTenth * 1.5 + 100, 'open/close cycles: memory keeps growing');
}

async function huge(server: ServerProcess): Promise<void> {
  const sizes = quick ? [300_000, 5_000_000] : [1_000_000, 5_000_000, 20_000_000];
  for (const size of sizes) {
    const uri = `untitled:huge-${size}`;
    const started = performance.now();
    await server.open(uri, documentOf(size, texts));
    const status = await server.status(uri);
    figures.push([`${(size / 1e6).toFixed(1)} MB document: status "${status.state}" after`, `${Math.round(performance.now() - started)} ms`]);
    check(status.state === (size > 1_048_576 ? 'tooLarge' : 'ready'), `huge documents: ${size} gave ${status.state}`);
    check(await openAndHover(server, `untitled:beside-${size}`), 'huge documents: a small one beside got no answer');
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
}

async function manyUserEntities(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'news-lens-soak-entities-'));
  writeFileSync(join(folder, '.newslens.json'), userEntitiesFile(100_000, [{ name: 'Yongbyon site', kind: 'place' }]));
  const started = performance.now();
  const server = await ServerProcess.start({ folder });
  try {
    const uri = fileUri(join(folder, 'a.news'));
    check(await openAndHover(server, uri), '100,000 user entities: no answer');
    figures.push(['100,000 user entities: start to first hover answered', `${Math.round(performance.now() - started)} ms`]);
    check(await hoverFinds(server, uri, ARTICLE, 'Yongbyon site'), '100,000 user entities: the user entity in the article was not found');
    figures.push(['  server RSS with them loaded', `${residentMegabytes(server.child.pid)} MB`]);
  } finally {
    await server.stop();
  }
}

async function lifecycleEnd(server: ServerProcess): Promise<void> {
  await server.request('shutdown', null);
  const refused = await server.request('textDocument/hover', { textDocument: { uri: 'untitled:soak' }, position: { line: 0, character: 0 } }).then(
    () => undefined,
    (error: { code?: number }) => error.code,
  );
  check(refused === -32600, `after shutdown a request got ${refused}, not -32600`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const server = await ServerProcess.start();
  try {
    await malformed(server);
    await issueCases();
    await storm(server);
    await cycles(server);
    await huge(server);
    await manyUserEntities();
    check(server.alive, 'the server died during the soak');
    const rss = residentMegabytes(server.child.pid);
    figures.push(['server RSS after the soak', `${rss} MB (bound ${MAX_RSS_MB} MB)`]);
    check(rss === undefined || rss <= MAX_RSS_MB, `RSS ${rss} MB above ${MAX_RSS_MB} MB`);
    await lifecycleEnd(server);
  } finally {
    await server.stop();
  }
  console.log(`\nSoak${quick ? ' (quick)' : ''}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const width = Math.max(...figures.map((f) => f[0].length));
  for (const [what, value] of figures) console.log(`  ${what.padEnd(width)}  ${value}`);
  console.log(`  failures: ${failures.length}`);
  for (const failure of failures) console.log(`  FAILED: ${failure}`);
  if (failures.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
