// The digest's Sources: who is quoted, how often, directly or reported, by kind of source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarize } from '../../server/src/analysis/index';
import { analyze } from '../support/analyzer';

const TEXT = [
  'Energy Minister Paolo Conti said the grid would be ready by winter.',
  '“Prices will fall next year,” said Lucia Ferri, an economist at the University of Bologna.',
  'Vetra Energy Group said it would build two new plants.',
  '“I cannot pay these bills,” said Marco Bassi, a retired teacher. “Nobody listens.”',
  'Prices rose by a fifth in a year, a source close to the talks said.',
].join('\n');

test('sources: speakers by count, direct and reported, kinds of source, unnamed ones counted', () => {
  const s = summarize('energy.news', analyze(TEXT)).sources;
  assert.deepEqual([s.quotes, s.direct, s.reported, s.unnamed], [6, 3, 3, 1]);
  const rows = s.speakers.map((r) => [r.name, r.kind, r.quotes, r.direct, r.reported]);
  assert.deepEqual(rows, [
    ['Marco Bassi', 'citizen', 2, 2, 0],
    ['Paolo Conti', 'official', 1, 0, 1],
    ['Lucia Ferri', 'expert', 1, 1, 0],
    ['Vetra Energy Group', 'company', 1, 0, 1],
    ['Unnamed sources', 'other', 1, 0, 1],
  ]);
  assert.deepEqual(s.byKind, { official: 1, company: 1, expert: 1, citizen: 2, other: 1 });
  const bassi = s.speakers[0];
  assert.deepEqual(
    bassi.said.map((q) => TEXT.slice(q.range.start, q.range.end)),
    ['I cannot pay these bills', 'Nobody listens.'],
  );
});

test('an article without quotes has empty sources', () => {
  const s = summarize('plain.news', analyze('The bridge opened in 1932. It carries four lanes.')).sources;
  assert.deepEqual([s.quotes, s.unnamed, s.speakers.length], [0, 0, 0]);
});
