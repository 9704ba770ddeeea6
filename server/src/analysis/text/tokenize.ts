// The tokenizer: one linear pass over UTF-16 code units, CoNLL-2003 (Penn Treebank-like) tokens with
// exact offsets. See ./README.md for the conventions. Each character class starts a token of its
// own kind (the functions below); the scanners of ./scan/ find where it ends.

import type { Token } from '../types';
import { astralClass, C, isPairAt } from './chars';
import { scanCluster } from './scan/cluster';
import { scanEmail } from './scan/email';
import { scanNumber } from './scan/number';
import { Scanner } from './scan/scanner';
import { startsWithUrl, scanUrl } from './scan/url';
import { cliticLength, scanWord } from './scan/word';

/** A URL, an e-mail address or a word from i (a letter); returns its end. */
function letterToken(sc: Scanner, i: number, code: number): number {
  let e: number;
  if (((code | 0x20) === 0x68 || (code | 0x20) === 0x77) && startsWithUrl(sc.text, i)) {
    e = scanUrl(sc, i);
    sc.push(i, e, 'word');
    return e;
  }
  e = scanEmail(sc, i);
  if (e > i) {
    sc.push(i, e, 'word');
    return e;
  }
  e = scanWord(sc, i);
  sc.push(i, e, sc.text.charCodeAt(e - 1) === 0x24 ? 'symbol' : 'word');
  return e;
}

/** An e-mail address or a number from i (a digit). */
function digitToken(sc: Scanner, i: number): number {
  let e = scanEmail(sc, i);
  if (e > i) {
    sc.push(i, e, 'word');
    return e;
  }
  e = scanNumber(sc, i);
  // A numbered list item at the start of a line keeps its period: "1. Pivotal", "10. Oslo"; a
  // tied rank its "=": "4= Ana Ruiz".
  const mark = sc.text.charCodeAt(e);
  if ((mark === 0x2e || mark === 0x3d) && e - i <= 3 && (e + 1 >= sc.n || sc.cls(e + 1) === C.Space) && sc.isAllDigits(i, e) && sc.atLineStart(i)) e++;
  sc.push(i, e, 'number');
  return e;
}

/** A clitic, a doubled quote, a year ('90s) or a lone apostrophe from i. */
function apostropheToken(sc: Scanner, i: number, code: number): number {
  const text = sc.text;
  const adjacent = i === sc.prevEnd;
  const cl = cliticLength(text, i + 1);
  let e: number;
  if (cl && !sc.wordLen(i + 1 + cl)) {
    e = i + 1 + cl;
    sc.push(i, e, 'word'); // 's after a closing quote or a number: "1990's"
  } else if (sc.cls(i + 1) === C.Apos && code === 0x27 && text.charCodeAt(i + 1) === 0x27) {
    e = i + 2;
    sc.push(i, e, 'punct', '"'); // ''
  } else if (!adjacent && sc.isDigit(i + 1) && sc.isDigit(i + 2) && !sc.isDigit(i + 3)) {
    e = scanNumber(sc, i + 1);
    sc.push(i, e, 'number'); // '90s
  } else {
    e = i + 1;
    sc.push(i, e, 'punct');
  }
  return e;
}

/** A run of dashes or hyphens: "-" alone, anything longer (or an en or em dash) "--". */
function dashToken(sc: Scanner, i: number, c: number, code: number): number {
  let e = i + 1;
  while (sc.cls(e) === C.Hyphen || sc.cls(e) === C.Dash) e++;
  const single = e === i + 1 && c === C.Hyphen && code !== 0x2013;
  sc.push(i, e, 'punct', single ? '-' : '--');
  return e;
}

/** ".5", or a run of periods ("." or "..."). */
function periodToken(sc: Scanner, i: number): number {
  let e: number;
  if (sc.isDigit(i + 1) && !(i > 0 && sc.wordLen(i - 1))) {
    e = scanNumber(sc, i + 1);
    sc.push(i, e, 'number'); // .5
    return e;
  }
  e = i + 1;
  while (sc.cls(e) === C.Period) e++;
  sc.push(i, e, 'punct', e > i + 1 ? '...' : '.');
  return e;
}

/** "?!", "!!!", "@handle", "#tag", "**", "%" or one punctuation mark. */
function punctToken(sc: Scanner, i: number, code: number): number {
  const text = sc.text;
  let e = i + 1;
  if (code === 0x3f || code === 0x21) {
    for (let d = text.charCodeAt(e); d === 0x3f || d === 0x21; d = text.charCodeAt(++e));
    sc.push(i, e, 'punct'); // ?! !!!
  } else if ((code === 0x40 || code === 0x23) && sc.alnumLen(i + 1)) {
    e = scanWord(sc, i + 1);
    sc.push(i, e, 'word'); // @handle, #hashtag
  } else if (code === 0x2a) {
    while (text.charCodeAt(e) === 0x2a) e++;
    sc.push(i, e, 'punct'); // ** as one token
  } else {
    while (sc.cls(e) === C.Mark) e++;
    sc.push(i, e, code === 0x25 ? 'symbol' : 'punct');
  }
  return e;
}

/** A word in an astral script, "+20", or a symbol or emoji cluster. */
function symbolToken(sc: Scanner, i: number, c: number, code: number): number {
  let e: number;
  if (c === C.HighSurrogate && isPairAt(sc.text, i)) {
    const a = astralClass(sc.text, i);
    if (a === C.Letter || a === C.Digit) {
      e = scanWord(sc, i);
      sc.push(i, e, 'word');
      return e;
    }
  } else if (c === C.Symbol && code === 0x2b && sc.isDigit(i + 1) && !(i > 0 && sc.wordLen(i - 1))) {
    e = scanNumber(sc, i + 1);
    sc.push(i, e, 'number'); // +20, +0.7
    return e;
  }
  // Symbols, and marks with nothing to attach to, lone low surrogates, anything else.
  e = scanCluster(sc, i);
  sc.push(i, e, 'symbol');
  return e;
}

/** The token starting at i (of class c); returns its end. */
function tokenAt(sc: Scanner, i: number, c: number): number {
  const code = sc.text.charCodeAt(i);
  switch (c) {
    case C.Letter:
      return letterToken(sc, i, code);
    case C.Digit:
      return digitToken(sc, i);
    case C.Apos:
      return apostropheToken(sc, i, code);
    case C.Quote: {
      const e = code === 96 && sc.text.charCodeAt(i + 1) === 96 ? i + 2 : i + 1;
      sc.push(i, e, 'punct', e === i + 2 ? '"' : undefined);
      return e;
    }
    case C.Hyphen:
    case C.Dash:
      return dashToken(sc, i, c, code);
    case C.Period:
      return periodToken(sc, i);
    case C.Ellipsis: {
      let e = i + 1;
      while (sc.cls(e) === C.Ellipsis) e++;
      sc.push(i, e, 'punct', '...');
      return e;
    }
    case C.Punct:
      return punctToken(sc, i, code);
    default:
      return symbolToken(sc, i, c, code);
  }
}

/** Splits `text` into tokens. Never throws; every token is a non-empty slice of `text`. */
export function tokenize(text: string): Token[] {
  const sc = new Scanner(text);
  const { t, n } = sc;
  let i = 0;
  while (i < n) {
    const c = t[text.charCodeAt(i)];
    if (c === C.Space || c === C.Format) {
      i++;
      continue;
    }
    const e = tokenAt(sc, i, c);
    i = e > i ? e : i + 1;
  }
  return sc.tokens;
}
