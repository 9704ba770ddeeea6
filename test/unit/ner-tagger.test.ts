import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spansFromLabels, type NerSpan } from '../../server/src/analysis/ner/index';
import { tagger } from '../support/analyzer';
import { allowed, constrain, LABELS, viterbi } from '../../server/src/analysis/ner/model';
import { splitParagraphs, splitSentences, tokenize } from '../../server/src/analysis/text/index';
import type { Sentence, Token } from '../../server/src/analysis/types';

function run(text: string): { tokens: Token[]; sentences: Sentence[]; spans: NerSpan[]; found: Set<string> } {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, splitParagraphs(text));
  const spans = tagger.tag(tokens, sentences);
  const found = new Set(spans.map((s) => `${s.type}:${text.slice(tokens[s.firstToken].start, tokens[s.endToken - 1].end)}`));
  return { tokens, sentences, spans, found };
}

/** True when no I-X label follows anything but B-X or I-X. */
function validSequence(labels: ArrayLike<number>, sentences: { firstToken: number; endToken: number }[]): boolean {
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (!allowed(i === s.firstToken ? -1 : labels[i - 1], labels[i])) return false;
    }
  }
  return true;
}

const ARTICLE = [
  'Finance Minister Maria Lopez met executives of Northwind Bank in Madrid on Tuesday, officials said.',
  'The talks, which also involved the International Monetary Fund, focused on the cost of energy in Spain.',
  '"We are not going to raise taxes," Lopez told reporters after the meeting.',
  'Shares of Northwind Bank rose 3 percent in Frankfurt, while the euro was steady against the dollar.',
  'Later in the week, President Daniel Okafor of Nigeria is expected to visit Paris and Berlin.',
].join(' ');

test('finds people, organizations and places in clear news sentences', () => {
  const { found } = run(ARTICLE);
  for (const expected of [
    'PER:Maria Lopez',
    'PER:Lopez',
    'PER:Daniel Okafor',
    'ORG:Northwind Bank',
    'ORG:International Monetary Fund',
    'LOC:Madrid',
    'LOC:Spain',
    'LOC:Frankfurt',
    'LOC:Nigeria',
    'LOC:Paris',
    'LOC:Berlin',
  ]) {
    assert.ok(found.has(expected), `expected ${expected}; found ${[...found].join(', ')}`);
  }
  for (const word of ['Tuesday', 'Finance Minister', 'President']) {
    assert.ok(![...found].some((f) => f.endsWith(`:${word}`)), `${word} is not an entity`);
  }
});

test('spans are non-empty, ordered, and never cross a sentence boundary', () => {
  const { spans, sentences } = run(ARTICLE);
  assert.ok(spans.length > 0);
  let last = -1;
  for (const s of spans) {
    assert.ok(s.firstToken < s.endToken);
    assert.ok(s.firstToken >= last);
    last = s.endToken;
    const inside = sentences.find((x) => x.firstToken <= s.firstToken && s.endToken <= x.endToken);
    assert.ok(inside, `span ${s.firstToken}-${s.endToken} crosses a sentence boundary`);
  }
});

test('decoding honours the BIO constraints even when emissions prefer an invalid sequence', () => {
  // Emissions that favour I-PER (label 2) everywhere, including the first token.
  const n = 4;
  const em = new Float32Array(n * LABELS);
  for (let i = 0; i < n; i++) em[i * LABELS + 2] = 10;
  const out = new Uint8Array(n);
  viterbi(em, n, constrain(new Float32Array((LABELS + 1) * LABELS)), out);
  assert.ok(validSequence(out, [{ firstToken: 0, endToken: n }]));
  assert.deepEqual(Array.from(out), [1, 2, 2, 2]);
});

test('tagger output is a valid label sequence on real text', () => {
  const tokens = tokenize(ARTICLE);
  const sentences = splitSentences(ARTICLE, tokens, splitParagraphs(ARTICLE));
  const labels = tagger.labels(
    tokens.map((t) => t.norm),
    sentences,
  );
  assert.ok(validSequence(labels, sentences));
  assert.equal(spansFromLabels(labels, labels.length).length, tagger.tag(tokens, sentences).length);
});

test('output is deterministic', () => {
  const first = run(ARTICLE).spans;
  const second = run(ARTICLE).spans;
  assert.deepEqual(second, first);
});

test('an all-caps headline still yields its names', () => {
  const text = 'NIGERIA AND GHANA AGREE TRADE DEAL IN ACCRA\n\nNigeria and Ghana signed a trade deal in Accra on Monday, the two governments said.';
  const { found } = run(text);
  assert.ok(found.has('LOC:Nigeria'));
  assert.ok(found.has('LOC:Accra'));
  assert.ok(found.has('LOC:NIGERIA'), [...found].join(', '));
});

test('robust to empty input, missing sentences, odd Unicode and a 10,000-token sentence', () => {
  assert.deepEqual(tagger.tag([], []), []);
  // Tokens without sentences are tagged as one sentence.
  const t = tokenize('Angela Merkel visited Warsaw.');
  const spans = tagger.tag(t, []);
  assert.ok(spans.every((s) => s.endToken <= t.length));
  // Odd Unicode.
  for (const text of ['\u0000\uFFFF\uD800 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Ünïcödé ＡＢＣ 東京 مرحبا', '"""(((«»)))"""']) {
    const tokens = tokenize(text);
    const out = tagger.tag(tokens, splitSentences(text, tokens, splitParagraphs(text)));
    assert.ok(out.every((s) => s.firstToken >= 0 && s.endToken <= tokens.length));
  }
  // One huge sentence: linear, valid.
  const words: string[] = [];
  const vocab = ['The', 'minister', 'said', 'Paris', 'and', 'Acme', 'Corp', 'would', 'meet', 'JOHN', 'Smith', ',', '.'];
  for (let i = 0; i < 10_000; i++) words.push(vocab[(i * 7 + (i >> 3)) % vocab.length]);
  const labels = tagger.labels(words, [{ start: 0, end: 0, firstToken: 0, endToken: words.length, paragraph: 0 }]);
  assert.equal(labels.length, words.length);
  assert.ok(validSequence(labels, [{ firstToken: 0, endToken: words.length }]));
});

const SEED = '/work/shared/seeds/000_d6598c7fc33269be.txt';
test('seed article: ministers, countries, places and organizations', { skip: !existsSync(SEED) }, () => {
  const { found } = run(readFileSync(SEED, 'utf8'));
  const expected = [
    'PER:Kamikawa Yoko',
    'PER:Kihara Minoru',
    'PER:Antony Blinken',
    'PER:Lloyd Austin',
    'LOC:Japan',
    'LOC:United States',
    'LOC:China',
    'LOC:Taiwan',
    'LOC:North Korea',
    'LOC:Russia',
    'LOC:Tokyo',
    'LOC:East China Sea',
    'LOC:Senkaku Islands',
    'LOC:Nansei Islands',
    'LOC:Okinawa Prefecture',
    'ORG:Self-Defense Forces',
    'ORG:US Indo-Pacific Command',
  ];
  const missing = expected.filter((e) => !found.has(e));
  assert.deepEqual(missing, [], `found: ${[...found].join(', ')}`);
});
