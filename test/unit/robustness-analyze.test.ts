// Whatever the input, analysis returns (never throws, never hangs) and every offset stays inside the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../../server/src/analysis/entities/index';
import { analyze } from '../support/analyzer';
import type { NerSpan } from '../../server/src/analysis/ner/index';
import { Cancelled, type Analysis } from '../../server/src/analysis/types';
import { fixture, prepare } from './entities-helpers';
import { mulberry32 } from '../../scripts/lib/random';

const PIECES = [
  'Japan',
  '’s',
  "'s",
  'Beijing',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  '"',
  '“',
  '”',
  '(',
  ')',
  'the North',
  'US',
  'U.S.',
  'Foreign Minister',
  'Kamikawa Yoko',
  'and',
  'of',
  '-',
  '—',
  '…',
  'IEA',
  'Mr.',
  '$12.75',
  '30%',
  'Japan-US',
  'side',
  '\u0000',
  '\ud800',
  '\udfff',
  '😀',
  '\u200b',
  '\u0301',
  'é',
  'ß',
  'İ',
  '\u202e',
  '\t',
  '\r\n',
  'Ω',
  '中国',
  'ﬁ',
  'A',
  'z',
];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    if (r() < 0.15) s += String.fromCharCode(Math.floor(r() * 0x10000));
    else s += PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.6 ? ' ' : '');
  }
  return s;
}

function checkOffsets(text: string, a: Analysis): void {
  assert.equal(a.length, text.length);
  const inside = (s: { start: number; end: number }): void => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length, JSON.stringify(s));
  };
  for (const t of a.tokens) {
    inside(t);
    assert.equal(t.text, text.slice(t.start, t.end));
  }
  for (const s of [...a.sentences, ...a.paragraphs, ...a.times]) inside(s);
  if (a.headline) inside(a.headline);
  if (a.dateline) inside(a.dateline);
  const ids = new Set(a.entities.map((e) => e.id));
  a.entities.forEach((e, k) => {
    assert.equal(e.id, `e${k + 1}`);
    assert.ok(e.mentions.length > 0);
    for (const m of e.mentions) {
      inside(m);
      assert.equal(m.text, text.slice(m.start, m.end));
    }
  });
  for (const c of a.commitments) {
    inside(c.range);
    inside(c.trigger);
    for (const id of c.actors) assert.ok(ids.has(id));
  }
  for (const s of a.stances) {
    inside(s.range);
    for (const id of [...s.holders, ...s.targets]) assert.ok(ids.has(id));
  }
}

test('seeded random strings never throw and keep offsets inside the text', () => {
  const r = mulberry32(20240601);
  for (let k = 0; k < 150; k++) {
    const text = randomText(r, Math.floor(r() * 300));
    const a = analyze(text);
    checkOffsets(text, a);
    if (/\S/.test(text)) assert.ok(a.tokens.length > 0, 'the text layer produced tokens');
  }
});

test('empty, blank and odd Unicode input', () => {
  for (const text of [
    '',
    ' ',
    '\n\n\n',
    '\u0000\u0000',
    '\ud800',
    '\udc00Japan\ud800',
    '😀'.repeat(1000),
    '\u202eJapan’s\u202c Beijing',
    'A\u0301\u0301\u0301 Japan',
    '"'.repeat(5000),
    '“'.repeat(2000) + 'Japan' + '”'.repeat(2000),
    '('.repeat(3000) + 'Beijing said' + ')'.repeat(3000),
  ]) {
    checkOffsets(text, analyze(text));
  }
  // Deeply nested quotes around real sentences.
  let nested = 'Beijing condemned the launches.';
  for (let i = 0; i < 200; i++) nested = `“He said ‘${nested}’,” she said.`;
  checkOffsets(nested, analyze(nested));
});

test('a 5 MB article: analysed completely, offsets inside', () => {
  const base = fixture('diplomacy.news') + '\n\n' + fixture('business.news') + '\n\n';
  const text = base.repeat(Math.ceil((5 * 1024 * 1024) / base.length));
  const a = analyze(text);
  checkOffsets(text, a);
  // Entities reach the end of the text.
  let last = 0;
  for (const e of a.entities) for (const m of e.mentions) last = Math.max(last, m.end);
  assert.ok(last > text.length - base.length, 'mentions near the end');
});

test('binary-looking text and one enormous token', () => {
  const r = mulberry32(7);
  let bin = '';
  for (let i = 0; i < 20000; i++) bin += String.fromCharCode(Math.floor(r() * 256));
  checkOffsets(bin, analyze(bin));
  const word = 'A'.repeat(200_000);
  checkOffsets(word, analyze(word));
  const noSpaces = 'Japan.'.repeat(50_000);
  checkOffsets(noSpaces, analyze(noSpaces));
});

test('cancellation throws Cancelled; no other error escapes', () => {
  assert.throws(() => analyze(fixture('climate.news'), { isCancelled: () => true }), Cancelled);
  let calls = 0;
  assert.throws(() => analyze(fixture('climate.news'), { isCancelled: () => ++calls > 2 }), Cancelled);
  // Odd options (a hand-edited .newslens.json) are tolerated.
  checkOffsets(
    'Japan met China.',
    analyze('Japan met China.', { isCancelled: undefined, userEntities: { entities: [{ name: '', kind: 'person' }], ignore: [] } }),
  );
  const odd = JSON.parse(
    '{"entities": [null, 3, {"name": "Japan", "kind": "animal"}, {"name": "China", "kind": "place", "aliases": [1, null, "PRC"], "role": 5}], "ignore": [null, 7]}',
  );
  const a = analyze('Japan met China.', { userEntities: odd });
  checkOffsets('Japan met China.', a);
  assert.deepEqual(
    a.entities.map((e) => [e.name, e.kind, e.role]),
    [
      ['Japan', 'country', undefined],
      ['China', 'place', undefined],
    ],
  );
  checkOffsets('Japan met China.', analyze('Japan met China.', { userEntities: JSON.parse('{"entities": {"name": "x"}, "ignore": "Japan"}') }));
});

test('entity building tolerates arbitrary spans over random text', () => {
  const r = mulberry32(99);
  for (let k = 0; k < 100; k++) {
    const text = randomText(r, 80);
    const p = prepare(text);
    const spans: NerSpan[] = [];
    for (let i = 0; i < 20; i++) {
      const a = Math.floor(r() * (p.tokens.length + 4)) - 2;
      spans.push({ firstToken: a, endToken: a + Math.floor(r() * 6) - 1, type: (['PER', 'LOC', 'ORG', 'MISC'] as const)[Math.floor(r() * 4)] });
    }
    const es = buildEntities(text, p.tokens, p.sentences, spans);
    for (const e of es) for (const m of e.mentions) assert.equal(m.text, text.slice(m.start, m.end));
  }
});
