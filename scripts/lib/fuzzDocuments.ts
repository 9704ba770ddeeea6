// Generated documents for `npm run fuzz`: our own news sentences mutated, random Unicode, and the
// pathological shapes (a thousand datelines, very long capitalised runs, nested quotes and brackets,
// one endless word, shouting). Seeded, so a failing document is reproduced from its number.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../test/support/paths';
import { mulberry32 } from './random';

export type Random = () => number;

/** Sentences of our own sample articles and test fixtures (never corpus or seed text). */
export function fixtureSentences(): string[] {
  const root = projectRoot();
  const sentences: string[] = [];
  for (const dir of [join(root, 'samples'), join(root, 'test', 'fixtures', 'articles')]) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.news')) continue;
      const text = readFileSync(join(dir, file), 'utf8');
      sentences.push(...text.split(/(?<=[.!?"”])\s+|\n+/).filter((s) => s.trim().length > 3));
    }
  }
  return sentences;
}

const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

const ODD = [
  '\u0000',
  '\ud800',
  '\udfff',
  '😀',
  '\u200b',
  '\u0301',
  '\u202e',
  '\ufeff',
  '\t',
  '\r\n',
  '\r',
  '\u2028',
  'ﬁ',
  'İ',
  'ß',
  '中国',
  '—',
  '…',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '(',
  ')',
  '[',
  ']',
  '"',
  "'",
];

/** One random change of a sentence: words swapped, doubled or dropped, odd characters, case, breaks. */
function mutate(r: Random, s: string): string {
  const words = s.split(' ');
  const i = int(r, 0, words.length - 1);
  const j = int(r, 0, words.length - 1);
  switch (int(r, 0, 9)) {
    case 0:
      [words[i], words[j]] = [words[j], words[i]];
      return words.join(' ');
    case 1:
      words.splice(i, 0, words[j]);
      return words.join(' ');
    case 2:
      words.splice(i, 1);
      return words.join(' ');
    case 3:
      return s.slice(0, i * 3) + pick(r, ODD) + s.slice(i * 3);
    case 4:
      return s.toUpperCase();
    case 5:
      return s.toLowerCase();
    case 6:
      return s.replace(/ /g, () => (r() < 0.2 ? '\n' : ' '));
    case 7:
      return s.replace(/[.,]/g, '');
    case 8:
      return s.slice(0, int(r, 0, s.length));
    default:
      return `${pick(r, ['(', '“', '"', '['])}${s}${pick(r, [')', '”', '"', ']'])}`;
  }
}

/** An article of mutated sentences from our fixtures, in paragraphs. */
function mutatedArticle(r: Random, sentences: string[]): string {
  const out: string[] = [pick(r, sentences)];
  const n = int(r, 1, 40);
  for (let k = 0; k < n; k++) {
    let s = pick(r, sentences);
    for (let m = int(r, 0, 3); m > 0; m--) s = mutate(r, s);
    out.push(s, r() < 0.3 ? '\n\n' : ' ');
  }
  return out.join(r() < 0.5 ? '\n\n' : ' ');
}

/** Random code units anywhere in the 16-bit range, lone surrogates included, and odd pieces. */
function randomUnicode(r: Random): string {
  let s = '';
  const n = int(r, 0, 3000);
  for (let k = 0; k < n; k++)
    s += r() < 0.5 ? String.fromCharCode(int(r, 0, 0xffff)) : r() < 0.5 ? pick(r, ODD) : String.fromCodePoint(int(r, 0x10000, 0x10ffff));
  return s;
}

const PLACES = ['SEOUL', 'TOKYO', 'LONDON', 'NEW YORK', 'OSLO', 'ST. PETERSBURG', 'RIO DE JANEIRO', 'Kyiv', 'MANILA'];
const MONTHS = ['Jan 3', 'March 14', 'Sept. 9', 'December 31', 'May 1'];

function datelines(r: Random): string {
  const lines: string[] = ['Wire roundup'];
  for (let k = 0; k < 1000; k++)
    lines.push(
      `${pick(r, PLACES)}, ${pick(r, MONTHS)} (${pick(r, ['Reuters', 'AP', 'AFP', 'Newswire'])}) — ${r() < 0.5 ? pick(r, ['Officials met.', 'Talks resumed.', '']) : ''}`,
    );
  return lines.join('\n');
}

function capitalisedRun(r: Random, sentences: string[]): string {
  const words = sentences
    .join(' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]+$/.test(w));
  const n = int(r, 1000, 8000);
  const run: string[] = [];
  for (let k = 0; k < n; k++) {
    const w = pick(r, words);
    run.push(w[0].toUpperCase() + w.slice(1));
  }
  return `${pick(r, sentences)} ${run.join(r() < 0.5 ? ' ' : ' of ')} said on Monday.`;
}

function nested(r: Random): string {
  const depth = int(r, 10, 2000);
  const pairs = [
    ['(', ')'],
    ['“', '”'],
    ['"', '"'],
    ['[', ']'],
    ['‘', '’'],
    ['«', '»'],
    ['{', '}'],
  ];
  const stack: string[][] = [];
  let s = 'The minister said ';
  for (let k = 0; k < depth; k++) {
    const p = pick(r, pairs);
    stack.push(p);
    s += `${p[0]}Japan ${r() < 0.3 ? 'will act ' : ''}`;
  }
  while (stack.length) s += (r() < 0.9 ? stack.pop()![1] : '') + ' ';
  return s;
}

function oneLongWord(r: Random): string {
  return pick(r, ['A', 'x', 'Ü', '-', '.', '😀']).repeat(int(r, 1000, 50_000));
}

/** The `index`-th document of a run seeded with `seed` (the same pair always gives the same text). */
export function fuzzDocument(seed: number, index: number, sentences: string[]): { kind: string; text: string } {
  const r = mulberry32((seed * 1_000_003 + index) >>> 0);
  const roll = r();
  if (roll < 0.7) return { kind: 'mutated news', text: mutatedArticle(r, sentences) };
  if (roll < 0.9) return { kind: 'random Unicode', text: randomUnicode(r) };
  const shape = int(r, 0, 4);
  if (shape === 0) return { kind: 'a thousand datelines', text: datelines(r) };
  if (shape === 1) return { kind: 'long capitalised run', text: capitalisedRun(r, sentences) };
  if (shape === 2) return { kind: 'nested quotes and brackets', text: nested(r) };
  if (shape === 3) return { kind: 'one endless word', text: oneLongWord(r) };
  return { kind: 'shouting', text: mutatedArticle(r, sentences).toUpperCase() };
}
