import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { splitParagraphs, splitSentences, tokenize } from '../../server/src/analysis/text/index';
import { SEED } from '../support/paths';

function sentences(s: string): string[] {
  const toks = tokenize(s);
  return splitSentences(s, toks, splitParagraphs(s)).map((x) => s.slice(x.start, x.end));
}

const paragraphs = (s: string): string[] => splitParagraphs(s).map((p) => s.slice(p.start, p.end));

test('paragraphs: blank lines separate blocks, one paragraph per line otherwise', () => {
  assert.deepEqual(paragraphs('\n  First one.\n\n\nSecond one.  \r\n\r\nThird.\n'), ['First one.', 'Second one.', 'Third.']);
  assert.deepEqual(paragraphs('Ports reopen after storm\nThe port of Valdora reopened on Monday.\nShips queued overnight.'), [
    'Ports reopen after storm',
    'The port of Valdora reopened on Monday.',
    'Ships queued overnight.',
  ]);
  assert.deepEqual(paragraphs(''), []);
  assert.deepEqual(paragraphs(' \n\t\n'), []);
});

test('paragraphs: hard-wrapped prose is joined, short lines end paragraphs', () => {
  const s =
    'Rail strike ends\n' +
    'Union leaders and the transport ministry reached a deal late on\n' +
    'Tuesday that ends a nine-day strike, officials said, after talks\n' +
    'that ran through the night.\n' +
    'Trains will run a reduced timetable on Wednesday and the full one\n' +
    'from Thursday, the operator said in a statement.';
  assert.deepEqual(paragraphs(s), ['Rail strike ends', s.slice(s.indexOf('Union'), s.indexOf(' night.') + 7), s.slice(s.indexOf('Trains'))]);
});

test('sentences are not fooled by abbreviations, initials, decimals or numbers', () => {
  assert.deepEqual(
    sentences(
      'Gen. Omar Farah met U.S. envoy Lena J. Hart in St. Louis on Jan. 5. The talks ran to 3.5 hours. Shares of Borex Inc. fell 2.1% to No. 5 on the index.',
    ),
    [
      'Gen. Omar Farah met U.S. envoy Lena J. Hart in St. Louis on Jan. 5.',
      'The talks ran to 3.5 hours.',
      'Shares of Borex Inc. fell 2.1% to No. 5 on the index.',
    ],
  );
  assert.deepEqual(sentences('The deal was signed in the U.S. The market rose.'), ['The deal was signed in the U.S.', 'The market rose.']);
  assert.deepEqual(sentences('It closed at 5 p.m. on Friday. Trading resumes Monday.'), ['It closed at 5 p.m. on Friday.', 'Trading resumes Monday.']);
});

test('sentences: quotes, brackets, question and exclamation marks, ellipses', () => {
  assert.deepEqual(sentences('“We will not back down,” he said. “Why now?” she asked. It was over!'), [
    '“We will not back down,” he said.',
    '“Why now?” she asked.',
    'It was over!',
  ]);
  assert.deepEqual(sentences('He said: “The vote is final.” Then he left. (The room was silent.) Nobody spoke.'), [
    'He said: “The vote is final.”',
    'Then he left.',
    '(The room was silent.)',
    'Nobody spoke.',
  ]);
  assert.deepEqual(sentences('Prices rose... and rose. Then… Silence.'), ['Prices rose... and rose.', 'Then…', 'Silence.']);
});

test('sentences never cross paragraphs; a headline is its own sentence', () => {
  const s = 'Floods hit coastal towns\nHeavy rain fell overnight. Roads closed\n\nCrews worked all day';
  const toks = tokenize(s);
  const paras = splitParagraphs(s);
  const sents = splitSentences(s, toks, paras);
  assert.deepEqual(
    sents.map((x) => [s.slice(x.start, x.end), x.paragraph]),
    [
      ['Floods hit coastal towns', 0],
      ['Heavy rain fell overnight.', 1],
      ['Roads closed', 1],
      ['Crews worked all day', 2],
    ],
  );
  // Token ranges tile the token list.
  let next = 0;
  for (const x of sents) {
    assert.equal(x.firstToken, next);
    assert.equal(toks[x.firstToken].start, x.start);
    assert.equal(toks[x.endToken - 1].end, x.end);
    next = x.endToken;
  }
  assert.equal(next, toks.length);
});

test('the seed article: one paragraph per line, sentences end at full stops', { skip: !existsSync(SEED) }, () => {
  const s = readFileSync(SEED, 'utf8');
  const nonEmptyLines = s.split('\n').filter((l) => l.trim()).length;
  const paras = splitParagraphs(s);
  assert.equal(paras.length, nonEmptyLines);
  const toks = tokenize(s);
  const sents = splitSentences(s, toks, paras);
  const fullStops = toks.filter((t) => t.text === '.').length;
  assert.equal(sents.length, fullStops);
  for (const x of sents) assert.equal(s[x.end - 1], '.');
  // Possessives split: every "’s" in the text is its own token.
  const possessives = toks.filter((t) => t.norm === "'s").length;
  assert.equal(possessives, s.split('’s').length - 1);
});
