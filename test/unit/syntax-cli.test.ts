// `news-lens analyze --syntax`: every sentence of the article as CoNLL-U, spans that slice the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readConllu } from '../../server/src/analysis/syntax';
import { projectRoot } from '../support/paths';
import { fixture, fixturePath } from './entities-helpers';
import { treeProblem } from './syntax-helpers';

const CLI = join(projectRoot(), 'dist', 'cli.js');

test('--syntax prints one tree per sentence, each word pointing at its token in the file', () => {
  const r = spawnSync(process.execPath, [CLI, 'analyze', '--syntax', fixturePath('diplomacy.news')], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  const text = fixture('diplomacy.news');
  const sentences = readConllu(r.stdout);
  assert.ok(sentences.length >= 5, `${sentences.length} sentences`);
  for (const s of sentences) assert.equal(treeProblem(s), undefined, s.words.join(' '));
  const rows = r.stdout.split('\n').filter((l) => /^\d+\t/.test(l));
  for (const row of rows) {
    const cols = row.split('\t');
    assert.equal(cols.length, 10);
    const [start, end] = /TokenSpan=(\d+):(\d+)/.exec(cols[9])!.slice(1).map(Number);
    assert.ok(text.slice(start, end).includes(cols[1].replace(/"/g, '')) || /["'-]/.test(cols[1]), `${cols[1]} at ${start}:${end}`);
  }
});

test('--syntax on a missing file reports it and exits 2', () => {
  const r = spawnSync(process.execPath, [CLI, 'analyze', '--syntax', join(projectRoot(), 'no-such-file.news')], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no such file/);
});
