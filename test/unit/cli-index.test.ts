// `news-lens index` and `news-lens ledger` as a user runs them: on our three-article story plus
// bad files (skipped and reported, never ending the run), from standard input, through a cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../support/paths';

const CLI = join(projectRoot(), 'dist', 'cli.js');
const FIXTURES = join(projectRoot(), 'test', 'fixtures', 'ledger');
const root = mkdtempSync(join(tmpdir(), 'news-lens-index-'));
const dir = join(root, 'story');
mkdirSync(join(dir, 'older'), { recursive: true });
const articles = readdirSync(FIXTURES).filter((f) => f.endsWith('.news'));
for (const f of articles) copyFileSync(join(FIXTURES, f), join(dir, f.startsWith('2024-03') ? join('older', f) : f));
writeFileSync(join(dir, 'binary.news'), Buffer.from([0x41, 0x00, 0x42]));
writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
writeFileSync(join(dir, 'notes.md'), 'not an article');

function cli(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Line {
  file: string;
  date?: { date: string; source: string };
  entities: { name: string }[];
  commitments: { action: string; deadline?: { start: string; end: string } }[];
  times: { text: string; value?: string; start: number; end: number }[];
}

test('index --jsonl: one object per good article, bad files reported and skipped (exit 2)', () => {
  const r = cli(['index', '--jsonl', '--jobs', '2', dir]);
  assert.equal(r.code, 2, r.stderr);
  const lines: Line[] = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.file.slice(dir.length + 1)).sort(), articles.map((f) => (f.startsWith('2024-03') ? join('older', f) : f)).sort());
  assert.match(r.stderr, /binary\.news: binary file \(contains NUL bytes\) \(skipped\)/);
  assert.match(r.stderr, /latin1\.txt: not valid UTF-8 text \(skipped\)/);
  assert.doesNotMatch(r.stderr, /notes\.md/);
  const march = lines.find((l) => l.file.includes('2024-03-04')) as Line;
  assert.deepEqual(march.date, { date: '2024-03-04', source: 'dateline' });
  const text = readFileSync(join(FIXTURES, '2024-03-04-gozo-terminal.news'), 'utf8');
  for (const t of march.times) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(march.times.find((t) => t.text === 'within 90 days')?.value, '2024-03-04/2024-06-02');
  assert.deepEqual(march.commitments.find((c) => c.action.startsWith('publish'))?.deadline, { start: '2024-04-30', end: '2024-04-30' });
});

test('index: a JSON array by default; paths from standard input; all good files exit 0', () => {
  const list = articles.map((f) => join(FIXTURES, f)).join('\n');
  const r = cli(['index', '-'], `${list}\n`);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as Line[];
  assert.equal(out.length, articles.length);
  assert.ok(out.every((l) => l.entities.length > 0));
  const none = cli(['index', join(root, 'missing.news')]);
  assert.equal(none.code, 2);
  assert.deepEqual(JSON.parse(none.stdout), []);
  assert.match(none.stderr, /missing\.news: no such file/);
});

test('ledger: csv, json and markdown against --today; the cache answers a second run the same', () => {
  const cache = join(root, 'cache');
  const csv = cli(['ledger', '--format', 'csv', '--today', '2025-02-01', '--cache', cache, dir]);
  assert.equal(csv.code, 2, csv.stderr);
  const rows = csv.stdout.trim().split('\r\n');
  assert.equal(rows[0], 'actors,action,modality,negated,deadline,first,last,articles,badges,files');
  const terminal = rows.find((r) => r.includes('ferry terminal'));
  assert.match(terminal ?? '', /,2024-03-04,2024-06-10,2,done,/);
  assert.match(rows.find((r) => r.includes('publish the tender')) ?? '', /,overdue,/);
  const again = cli(['ledger', '--format', 'csv', '--today', '2025-02-01', '--cache', cache, dir]);
  assert.equal(again.stdout, csv.stdout);
  assert.ok(readdirSync(cache).some((f) => f.endsWith('.jsonl')));
  const json = JSON.parse(cli(['ledger', '--format', 'json', '--today', '2025-02-01', dir]).stdout) as { action: string; badges: string[] }[];
  assert.equal(json.length, rows.length - 1);
  assert.match(cli(['ledger', '--today', '2025-02-01', dir]).stdout, /^# Commitments ledger/);
});

test('usage errors exit 1 with the usage; --help exits 0', () => {
  for (const args of [
    ['index'],
    ['index', '--jobs', '0', dir],
    ['ledger', '--format', 'xml', dir],
    ['ledger', '--today', 'soon', dir],
    ['index', '--bogus', dir],
  ]) {
    const r = cli(args);
    assert.equal(r.code, 1, args.join(' '));
    assert.match(r.stderr, /Usage: news-lens index/);
  }
  const help = cli(['ledger', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /news-lens ledger/);
});
