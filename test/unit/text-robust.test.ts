// Property-style checks: random strings, huge inputs and odd Unicode never throw, never hang, and
// every span stays inside the text and consistent with the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline, findHeadline, findTimes, MAX_SENTENCE_TOKENS, splitParagraphs, splitSentences, tokenize } from '../../server/src/analysis/text/index';
import { mulberry32 } from '../../scripts/lib/random';

// Pieces random texts are made of: words, abbreviations, punctuation, quotes, odd Unicode.
const PIECES = [
  'Japan',
  'the',
  'U.S.',
  'Gen.',
  'Inc.',
  'K.',
  'Jae-myung',
  "don't",
  'Philippines',
  "'s",
  '’s',
  '’',
  "'",
  '$',
  '12.75',
  '30%',
  '€2bn',
  '1,000',
  '2024-06-03',
  'June',
  '3',
  'by',
  'end',
  'of',
  'next',
  'year',
  'within',
  '.',
  '.',
  ',',
  '?',
  '!',
  '...',
  '…',
  '“',
  '”',
  '"',
  '(',
  ')',
  '--',
  '—',
  '–',
  '-',
  ':',
  ';',
  '/',
  '@',
  '#',
  '&',
  ' ',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u2028',
  '\u2029',
  '\f',
  '\u200b',
  '\u200d',
  '\u00ad',
  '\ufeff',
  '\u0301',
  '\ufe0f',
  '👍🏽',
  '🇯🇵',
  '👨‍👩‍👧',
  '\ud800',
  '\udc00',
  '\u0000',
  '\u001b',
  'MANILA',
  'WASHINGTON (Reuters) -',
  'https://x.org/a(b)',
  'a@b.co',
  'Zoë',
  'Nguyễn',
  '東京',
  '𝐀𝐁',
  'ﬁ',
];

function randomText(rand: () => number, pieces: number, minLength = 0): string {
  let s = '';
  for (let i = 0; i < pieces || s.length < minLength; i++) {
    if (rand() < 0.1) s += String.fromCharCode(Math.floor(rand() * 0x10000));
    else s += PIECES[Math.floor(rand() * PIECES.length)];
  }
  return s;
}

const SKIPPABLE = /^[\p{Z}\p{Cc}\p{Cf}\u200b\ufeff]$/u;

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Checks every invariant of the text layer on `s`. */
function checkAll(s: string): void {
  const toks = tokenize(s);
  let prev = -1;
  const covered = new Uint8Array(s.length);
  for (const t of toks) {
    assert.ok(t.start >= 0 && t.start < t.end && t.end <= s.length, `token span ${t.start}-${t.end}`);
    assert.ok(t.start >= prev, 'tokens in order, not overlapping');
    assert.equal(t.text, s.slice(t.start, t.end));
    assert.equal(t.spaceBefore, t.start === 0 || t.start > prev);
    assert.ok(t.norm.length > 0 || /^[\p{Cf}]+$/u.test(t.text));
    // Never split a surrogate pair.
    assert.ok(!(isLow(s.charCodeAt(t.start)) && isHigh(s.charCodeAt(t.start - 1))), 'token starts inside a pair');
    assert.ok(!(isHigh(s.charCodeAt(t.end - 1)) && isLow(s.charCodeAt(t.end))), 'token ends inside a pair');
    covered.fill(1, t.start, t.end);
    prev = t.end;
  }
  // Every character outside tokens is white space, a control or an invisible format character.
  for (let i = 0; i < s.length; i++) {
    if (!covered[i]) assert.match(s[i], SKIPPABLE, `uncovered char U+${s.charCodeAt(i).toString(16)} at ${i}`);
  }
  const paras = splitParagraphs(s);
  let pEnd = 0;
  for (const p of paras) {
    assert.ok(p.start >= pEnd && p.start < p.end && p.end <= s.length, 'paragraphs in order and non-empty');
    pEnd = p.end;
  }
  const sents = splitSentences(s, toks, paras);
  let next = 0;
  for (const x of sents) {
    assert.equal(x.firstToken, next, 'sentences tile the tokens');
    assert.ok(x.endToken > x.firstToken && x.endToken - x.firstToken <= MAX_SENTENCE_TOKENS);
    assert.equal(x.start, toks[x.firstToken].start);
    assert.equal(x.end, toks[x.endToken - 1].end);
    const p = paras[x.paragraph];
    assert.ok(p && x.start >= p.start && x.end <= p.end, 'sentence inside its paragraph');
    next = x.endToken;
  }
  assert.equal(next, toks.length);
  const inside = (a: { start: number; end: number; text?: string } | undefined): void => {
    if (!a) return;
    assert.ok(a.start >= 0 && a.start <= a.end && a.end <= s.length);
    if (a.text !== undefined) assert.equal(a.text, s.slice(a.start, a.end));
  };
  inside(findHeadline(s));
  const d = findDateline(s, toks);
  if (d) [d, d.place, d.date, d.source].forEach(inside);
  let tEnd = 0;
  for (const t of findTimes(s, toks, sents)) {
    inside(t);
    assert.ok(t.start >= tEnd && t.start < t.end);
    tEnd = t.end;
  }
}

test('random strings keep every invariant', () => {
  const rand = mulberry32(20240603);
  for (let n = 0; n < 400; n++) checkAll(randomText(rand, 1 + Math.floor(rand() * 80)));
});

test('random UTF-16 code units (binary garbage, lone surrogates) keep every invariant', () => {
  const rand = mulberry32(7);
  for (let n = 0; n < 100; n++) {
    let s = '';
    const len = Math.floor(rand() * 300);
    for (let i = 0; i < len; i++) s += String.fromCharCode(Math.floor(rand() * 0x10000));
    checkAll(s);
  }
  checkAll(Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)).toString('utf8'));
  checkAll(Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 104729) % 256)).toString('latin1'));
});

test('empty and blank inputs', () => {
  for (const s of ['', ' ', '\n\n\n', '\u200b\u200d', '\ufeff', '\u0000\u0000', '\u00a0\u3000\u2028']) {
    assert.equal(tokenize(s).length, 0, JSON.stringify(s));
    assert.equal(splitParagraphs(s).length, 0, JSON.stringify(s));
    checkAll(s);
  }
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(splitParagraphs(''), []);
  assert.deepEqual(splitSentences('', [], []), []);
  assert.deepEqual(findTimes('', [], []), []);
  // Sentences that do not fit the tokens (a caller's mistake) are clamped, not trusted.
  const toks = tokenize('by 2030');
  assert.deepEqual(
    findTimes('by 2030', toks, [{ start: 0, end: 99, firstToken: 0, endToken: 9, paragraph: 0 }]).map((t) => t.text),
    ['by 2030'],
  );
});

// Degenerate inputs that would expose quadratic scanning; a hang fails through the timeout.
test('huge and degenerate inputs finish and keep invariants', { timeout: 120_000 }, () => {
  const big = randomText(mulberry32(99), 0, 5_000_000);
  checkAll(big);
  const nested = '“‘'.repeat(5000) + 'deep' + '’”'.repeat(5000);
  checkAll(nested);
  assert.equal(tokenize(nested).length, 20_001);
  const cases = [
    'a'.repeat(1_000_000),
    '.'.repeat(200_000),
    'a.'.repeat(200_000),
    'a-'.repeat(200_000),
    '@'.repeat(100_000),
    'a@'.repeat(100_000),
    'x'.repeat(50) + '@'.repeat(10) + 'a.b'.repeat(100_000),
    '1,'.repeat(200_000),
    "a'".repeat(200_000),
    '\ud800'.repeat(100_000),
    '\u0301'.repeat(100_000),
    '👍\u200d'.repeat(100_000),
    'www.' + 'a('.repeat(100_000),
    'Word '.repeat(200_000),
    '\n'.repeat(200_000),
  ];
  for (const s of cases) checkAll(s);
});
