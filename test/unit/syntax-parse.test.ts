import { test } from 'node:test';
import assert from 'node:assert/strict';
import { udWords } from '../../server/src/analysis/syntax';
import { tokenize } from '../../server/src/analysis/text/index';
import { parseText, treeProblem } from './syntax-helpers';

/** The word (1-based index) whose form is `form`. */
function at(words: string[], form: string): number {
  const i = words.indexOf(form);
  assert.ok(i >= 0, `no word "${form}" in ${words.join(' ')}`);
  return i + 1;
}

test('engine tokens map to UD words: clitics stay split, "cannot" and hyphenated words split', () => {
  const { words, tokenOf } = udWords(tokenize("The mayor can't come and cannot stay; a 45-year-old man's car."));
  assert.deepEqual(words, ['The', 'mayor', 'ca', "n't", 'come', 'and', 'can', 'not', 'stay', ';', 'a', '45', '-', 'year', '-', 'old', 'man', "'s", 'car', '.']);
  assert.equal(tokenOf[at(words, 'can') - 1], tokenOf[at(words, 'not') - 1]);
  assert.equal(tokenOf[at(words, 'year') - 1], tokenOf[at(words, '45') - 1]);
});

test('a reported passive future: subject, speaker, tense and voice', () => {
  const [p] = parseText('The health minister said the vaccines will be flown to the islands next week.');
  assert.equal(treeProblem(p), undefined);
  const said = at(p.words, 'said');
  const flown = at(p.words, 'flown');
  assert.equal(p.deprels[said - 1], 'root');
  assert.match(p.feats[said - 1], /Tense=Past/);
  assert.equal(p.heads[at(p.words, 'minister') - 1], said);
  assert.equal(p.deprels[at(p.words, 'minister') - 1], 'nsubj');
  assert.equal(p.heads[flown - 1], said);
  assert.match(p.feats[flown - 1], /Voice=Pass/);
  assert.equal(p.deprels[at(p.words, 'vaccines') - 1], 'nsubj:pass');
  assert.equal(p.heads[at(p.words, 'will') - 1], flown);
  assert.equal(p.upos[at(p.words, 'will') - 1], 'AUX');
});

test('an apposition after a name and a coordinated verb share the subject', () => {
  const [p] = parseText('Ana Ruiz, the transport minister, opened the bridge and thanked the workers.');
  assert.equal(treeProblem(p), undefined);
  const opened = at(p.words, 'opened');
  assert.equal(p.heads[at(p.words, 'Ruiz') - 1] === opened || p.heads[at(p.words, 'Ana') - 1] === opened, true);
  assert.equal(p.deprels[at(p.words, 'minister') - 1], 'appos');
  assert.equal(p.heads[at(p.words, 'thanked') - 1], opened);
  assert.equal(p.deprels[at(p.words, 'thanked') - 1], 'conj');
  assert.equal(p.upos[at(p.words, 'bridge') - 1], 'NOUN');
});
