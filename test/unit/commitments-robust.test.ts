// Bad input never crashes: empty, binary, odd Unicode, nested quotes, very long sentences, texts
// without entities, entities whose mentions do not line up with tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCommitmentsAndStances } from '../../server/src/analysis/commitments/index';
import type { Entity } from '../../server/src/analysis/types';
import { oracleInput } from '../fixtures/commitments/gold';

const runOn = (text: string) =>
  findCommitmentsAndStances(
    oracleInput(text, [
      { name: 'Japan', kind: 'country' },
      { name: 'Chile', kind: 'country' },
    ]),
  );

test('empty and punctuation-only texts', () => {
  assert.deepEqual(runOn(''), { commitments: [], stances: [], rejected: [] });
  assert.deepEqual(runOn('...,,,;;; "" \'\' ?!'), { commitments: [], stances: [], rejected: [] });
});

test('binary and odd Unicode', () => {
  let bin = '';
  for (let i = 0; i < 20000; i++) bin += String.fromCharCode((i * 7919) % 65536);
  assert.ok(Array.isArray(runOn(bin).commitments));
  const odd = 'Japan\u200b will\u00a0build 🚀 ports; Chile \ud800 vowed to\u0301 help. ' + '\u202e'.repeat(50);
  assert.ok(Array.isArray(runOn(odd).commitments));
});

test('deeply nested quotes and endless sentences', () => {
  const nested = '"'.repeat(2000) + 'Japan will build ports' + '"'.repeat(2000) + ' Chile said.';
  assert.ok(Array.isArray(runOn(nested).commitments));
  const endless = 'Japan and Chile agreed that they will '.repeat(3000) + 'cooperate.';
  const r = runOn(endless);
  assert.ok(r.commitments.length > 0);
  for (const c of r.commitments) assert.ok(c.range.start >= 0 && c.range.end <= endless.length && c.range.start <= c.range.end);
});

test('a long article of many sentences gives commitments with valid spans and unique ids', () => {
  const text = 'Japan pledged to build 40 ports by 2030. Chile condemned Japan for the delay. '.repeat(2000);
  const r = runOn(text);
  assert.equal(r.commitments.length, 2000);
  assert.equal(r.stances.length, 2000);
  assert.equal(new Set(r.commitments.map((c) => c.id)).size, r.commitments.length);
  for (const c of r.commitments.slice(0, 50)) {
    assert.equal(text.slice(c.trigger.start, c.trigger.end), c.trigger.text);
    assert.equal(c.time?.text, 'by 2030');
  }
});

test('entities whose mentions fall outside the text or inside tokens are tolerated', () => {
  const input = oracleInput('Japan-Chile talks: Japan will build a port.', []);
  const weird: Entity[] = [
    {
      id: 'e1',
      kind: 'country',
      name: 'Japan',
      aliases: [],
      mentions: [
        { start: 0, end: 5, text: 'Japan', form: 'name' },
        { start: 19, end: 24, text: 'Japan', form: 'name' },
      ],
    },
    {
      id: 'e2',
      kind: 'country',
      name: 'Chile',
      aliases: [],
      mentions: [
        { start: 6, end: 11, text: 'Chile', form: 'name' },
        { start: 900, end: 905, text: 'Chile', form: 'name' },
      ],
    },
  ];
  const r = findCommitmentsAndStances({ ...input, entities: weird });
  assert.deepEqual(
    r.commitments.map((c) => [c.actors, c.action]),
    [[['e1'], 'build a port']],
  );
});
