// The CLI and the user's corrections: the .newslens.json found from the article's folder upward,
// `--entities FILE`, `--no-entities`, and a bad file reported without stopping the analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../support/paths';

const CLI = join(projectRoot(), 'dist', 'cli.js');
const TEXT = 'Harbour talks\nBrixham signed a deal with Trade Minister Ingrid Valen of Norway on Monday. Valen pledged to open a new ferry line by 2027.\n';

function run(
  args: string[],
  cwd?: string,
): { code: number | null; out: { entities: { name: string; kind: string }[]; commitments: unknown[] }[]; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'analyze', ...args], { encoding: 'utf8', timeout: 60_000, cwd });
  return { code: r.status, out: r.status === 0 ? JSON.parse(r.stdout) : [], stderr: r.stderr };
}
const kindOf = (res: { entities: { name: string; kind: string }[] }, name: string) => res.entities.find((e) => e.name === name)?.kind;

const root = mkdtempSync(join(tmpdir(), 'news-lens-cli-entities-'));
const nested = join(root, 'desk', 'today');
mkdirSync(nested, { recursive: true });
const article = join(nested, 'harbour.news');
writeFileSync(article, TEXT);
const plain = mkdtempSync(join(tmpdir(), 'news-lens-cli-plain-'));
writeFileSync(join(plain, 'harbour.news'), TEXT);
writeFileSync(
  join(root, '.newslens.json'),
  JSON.stringify({
    version: 1,
    entities: [{ name: 'Brixham', kind: 'place' }],
    corrections: [{ trigger: 'pledged', sentence: 'Valen pledged to open a new ferry line by 2027.', action: 'drop' }],
  }),
);

test('without a .newslens.json above it, the article is analysed as it is', () => {
  const r = run([join(plain, 'harbour.news')]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(kindOf(r.out[0], 'Brixham'), 'organization');
  assert.equal(r.out[0].commitments.length, 1);
});

test('the .newslens.json two folders up applies by default: an entity kind and a correction', () => {
  const r = run([article]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(kindOf(r.out[0], 'Brixham'), 'place');
  assert.equal(r.out[0].commitments.length, 0);
});

test('--no-entities leaves it out; --entities FILE applies a file from anywhere; standard input looks from the current folder', () => {
  const none = run(['--no-entities', article]);
  assert.equal(kindOf(none.out[0], 'Brixham'), 'organization');
  assert.equal(none.out[0].commitments.length, 1);
  const given = run(['--entities', join(root, '.newslens.json'), join(plain, 'harbour.news')]);
  assert.equal(kindOf(given.out[0], 'Brixham'), 'place');
  const r = spawnSync(process.execPath, [CLI, 'analyze', '-'], { input: TEXT, encoding: 'utf8', cwd: nested });
  assert.equal(kindOf(JSON.parse(r.stdout)[0], 'Brixham'), 'place');
});

test('a missing or broken file is a warning, and the analysis goes on without it', () => {
  const missing = run(['--entities', join(plain, 'nope.json'), join(plain, 'harbour.news')]);
  assert.equal(missing.code, 0);
  assert.match(missing.stderr, /nope\.json: no such file/);
  const broken = join(plain, 'broken.json');
  writeFileSync(broken, '{"entities": [');
  const r = run(['--entities', broken, join(plain, 'harbour.news')]);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /broken\.json: not valid JSON; ignored/);
  assert.equal(kindOf(r.out[0], 'Brixham'), 'organization');
  assert.equal(run(['--entities']).code, 1);
});
