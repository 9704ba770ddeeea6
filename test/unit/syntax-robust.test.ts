import { test } from 'node:test';
import assert from 'node:assert/strict';
import { committedParser, parseText, treeProblem } from './syntax-helpers';
import { createParser } from '../../server/src/analysis/syntax';

const BAD_INPUTS: [string, string][] = [
  ['no verbs', 'Tokyo, Seoul, Manila; oil, gas and rice.'],
  ['a table', 'Team  W  D  L  Pts\nArsenal  10  2  1  32\nChelsea  9  3  1  30\n'],
  ['all caps', 'THE GOVERNMENT WILL NOT RAISE TAXES, THE MINISTER SAID ON MONDAY.'],
  ['punctuation only', '... !!! ??? -- ;;; ((( ))) """'],
  ['emoji and symbols', '🇯🇵 🙂‍↔️ € $ % @ # 12:30 2024-06-03'],
  ['one word', 'Yes'],
  ['a list', '1. Ana Ruiz\n2. Ben Cole\n3. Chen Li\n'],
];

for (const [name, text] of BAD_INPUTS) {
  test(`bad input parses into trees: ${name}`, () => {
    for (const p of parseText(text)) assert.equal(treeProblem(p), undefined, `${name}: ${p.words.join(' ')}`);
  });
}

test('a very long sentence without a period parses into one tree over every word', () => {
  const words = Array.from({ length: 20000 }, (_, i) => ['officials', 'met', 'in', 'Manila', 'and', 'talked', ','][i % 7]);
  const p = committedParser().parseWords(words);
  assert.equal(p.words.length, 20000);
  assert.equal(treeProblem(p), undefined);
});

test('an empty sentence gives an empty parse', () => {
  const p = committedParser().parseWords([]);
  assert.equal(p.words.length, 0);
  assert.equal(p.heads.length, 0);
});

test('bytes that are no syntax model are refused', () => {
  assert.throws(() => createParser(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])), /not a News Lens syntax model/);
  assert.throws(() => createParser(new Uint8Array(0)), /not a News Lens syntax model/);
});
