// Words: letters, digits and marks, joined by inner hyphens ("Jae-myung"), periods of abbreviations
// ("U.S.", "Gen."), apostrophes that are not clitics ("O'Brien"), "&" and "$" after capitals
// ("AT&T", "US$"); clitics ("'s", "n't") are left for their own token.
import { abbrevKind, OPENERS, type AbbrevKind } from '../abbrev';
import { C, isUpperAt } from '../chars';
import type { Scanner } from './scanner';

/** Clitics split off a word: 's 'm 'd 're 've 'll (any case). Returns their length without the apostrophe, or 0. */
export function cliticLength(text: string, i: number): number {
  const a = text.charCodeAt(i) | 0x20;
  if (a === 0x73 /* s */ || a === 0x6d /* m */ || a === 0x64 /* d */) return 1;
  const b = text.charCodeAt(i + 1) | 0x20;
  if ((a === 0x72 && b === 0x65) /* re */ || (a === 0x76 && b === 0x65) /* ve */ || (a === 0x6c && b === 0x6c) /* ll */) {
    return 2;
  }
  return 0;
}

/**
 * Whether the period at j, after an abbreviation of this kind, also ends a sentence: when white
 * space follows and then the end of a line or the text, or (unless a title, or a month before a
 * number) an opening quote or a common sentence opener ("... of Acme Inc. The company said").
 */
function periodEndsSentence(sc: Scanner, j: number, kind: AbbrevKind): boolean {
  const { text, n } = sc;
  let q = j + 1;
  // "(U.S.)", "the U.S.”": a bracket or quote after the period closes before the sentence's end.
  if (q < n && (sc.cls(q) === C.Quote || sc.cls(q) === C.Apos || sc.cls(q) === C.Punct)) return false;
  let newline = false;
  while (q < n && (sc.cls(q) === C.Space || sc.cls(q) === C.Format)) {
    const code = text.charCodeAt(q);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0c) newline = true;
    q++;
  }
  if (q >= n || newline) return true;
  if (kind === 'title' || (kind === 'month' && sc.isDigit(q))) return false;
  const c = sc.cls(q);
  if ((c === C.Quote || c === C.Apos) && isUpperAt(text, q + 1)) return true;
  let r = q;
  while (r < n && r - q < 12 && sc.cls(r) === C.Letter) r++;
  return r > q && OPENERS.has(text.slice(q, r));
}

/** The period at j inside a word from s: where the word ends, or -1 when it goes on after the period. */
function afterPeriod(sc: Scanner, s: number, j: number): number {
  if (sc.alnumLen(j + 1)) return -1; // U.S, Amazon.com, v2.0
  let q = j + 1;
  while (q < j + 3 && sc.cls(q) === C.Space) q++;
  // In a hyphenated word the last part decides: "Russian-U.S." keeps its period.
  let h = j;
  while (h > s && sc.cls(h - 1) !== C.Hyphen) h--;
  const kind = abbrevKind(sc.text.slice(h, j), q > j + 1 && sc.isDigit(q));
  if (!kind || periodEndsSentence(sc, j, kind)) return j; // "in the U.S" "." at a sentence end
  if (sc.cls(j + 1) === C.Hyphen && sc.alnumLen(j + 2)) return -2; // U.S.-led
  return j + 1;
}

/** The apostrophe at j inside a word from s: where the word ends, or -1 when it goes on. */
function atApostrophe(sc: Scanner, s: number, j: number): number {
  const text = sc.text;
  if (j === s || !sc.alnumLen(j + 1)) return j;
  // "don't" -> "do" "n't"
  if (j - 1 > s && (text.charCodeAt(j - 1) | 0x20) === 0x6e && (text.charCodeAt(j + 1) | 0x20) === 0x74 && !sc.wordLen(j + 2)) {
    return j - 1;
  }
  const cl = cliticLength(text, j + 1);
  if (cl && !sc.wordLen(j + 1 + cl)) return j; // "Japan's" -> "Japan" "'s"
  return -1; // O'Brien, d'Ivoire
}

/** Scans a word from s; returns its end. */
export function scanWord(sc: Scanner, s: number): number {
  const text = sc.text;
  let j = s;
  for (;;) {
    const len = sc.wordLen(j);
    if (len) {
      j += len;
      continue;
    }
    const c = sc.cls(j);
    const code = text.charCodeAt(j);
    if (c === C.Hyphen) {
      if (sc.alnumLen(j + 1)) {
        j++;
        continue;
      }
      return sc.trailingHyphen(j) ? j + 1 : j;
    }
    if (c === C.Period) {
      const end = afterPeriod(sc, s, j);
      if (end >= 0) return end;
      j += end === -2 ? 2 : 1;
      continue;
    }
    if (c === C.Apos) {
      const end = atApostrophe(sc, s, j);
      if (end >= 0) return end;
      j++;
      continue;
    }
    if ((code === 0x26 /* & */ || code === 0x24) /* $ */ && j - s <= 3 && sc.isAllUpper(s, j)) {
      if (code === 0x24) return j + 1; // US$, HK$
      if (sc.cls(j + 1) === C.Letter && text.charCodeAt(j + 1) < 128) {
        j++; // AT&T, S&P
        continue;
      }
    }
    return j;
  }
}
