// The tokenizer: one linear pass over UTF-16 code units, CoNLL-2003 (Penn Treebank-like) tokens with
// exact offsets. See ./README.md for the conventions.

import type { Token, TokenKind } from '../types';
import { abbrevKind, OPENERS, type AbbrevKind } from './abbrev';
import { astralClass, C, classTable, isPairAt, isUpperAt } from './chars';

/** Clitics split off a word: 's 'm 'd 're 've 'll (any case). Returns their length without the apostrophe, or 0. */
function cliticLength(text: string, i: number): number {
  const a = text.charCodeAt(i) | 0x20;
  if (a === 0x73 /* s */ || a === 0x6d /* m */ || a === 0x64 /* d */) return 1;
  const b = text.charCodeAt(i + 1) | 0x20;
  if ((a === 0x72 && b === 0x65) /* re */ || (a === 0x76 && b === 0x65) /* ve */ || (a === 0x6c && b === 0x6c) /* ll */) {
    return 2;
  }
  return 0;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Characters of an e-mail address's local part. */
function isEmailLocal(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

const URL_PREFIXES = ['http://', 'https://', 'www.'];

/** Whether text at i starts with `prefix` (lower-case ASCII), ignoring case. */
function startsWithCI(text: string, i: number, prefix: string): boolean {
  if (text.length - i < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(i + k);
    if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

function startsWithUrl(text: string, i: number): boolean {
  return URL_PREFIXES.some((p) => startsWithCI(text, i, p));
}

/** Straightened form of str = text[s, e): quotes, apostrophes, hyphens, ellipses, full-width ASCII. */
function normalize(text: string, s: number, e: number, t: Uint8Array, str: string): string {
  let plain = true;
  for (let j = s; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128 || c === 96) {
      plain = false;
      break;
    }
  }
  if (plain) return str;
  let out = '';
  for (let j = s; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c < 128 && c !== 96) {
      out += text[j];
      continue;
    }
    switch (t[c]) {
      case C.Apos:
        out += "'";
        break;
      case C.Quote:
        out += c === 0x2018 || c === 0x201a || c === 0x201b || c === 0x2039 || c === 0x203a || c === 96 ? "'" : '"';
        break;
      case C.Hyphen:
        out += '-';
        break;
      case C.Dash:
        out += '--';
        break;
      case C.Ellipsis:
        out += '...';
        break;
      case C.Format:
        break;
      default:
        out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : text[j];
    }
  }
  return out;
}

/** Splits `text` into tokens. Never throws; every token is a non-empty slice of `text`. */
/** Text length (UTF-16 units) above which tokens share their strings. */
const SHARE_STRINGS_ABOVE = 200_000;

export function tokenize(text: string): Token[] {
  const t = classTable();
  const n = text.length;
  const tokens: Token[] = [];
  /** Positions before this cannot start an e-mail address (their run was already scanned). */
  let noEmailBefore = 0;
  /** Position of the next '@' at or after the last e-mail check (-1: none left). */
  let nextAt = text.indexOf('@');
  let prevEnd = -1;

  const cls = (j: number): number => (j < n ? t[text.charCodeAt(j)] : -1);

  /** Length of a letter, digit or mark at j (2 for an astral one), else 0. */
  const alnumLen = (j: number): number => {
    const c = cls(j);
    if (c === C.Letter || c === C.Digit) return 1;
    if (c === C.HighSurrogate && isPairAt(text, j)) {
      const a = astralClass(text, j);
      if (a === C.Letter || a === C.Digit) return 2;
    }
    return 0;
  };
  /** Length of a character that continues a word (letter, digit, mark; format before one of those), else 0. */
  const wordLen = (j: number): number => {
    const c = cls(j);
    if (c === C.Letter || c === C.Digit || c === C.Mark) return 1;
    if (c === C.Format) return alnumLen(j + 1) || cls(j + 1) === C.Mark ? 1 : 0;
    if (c === C.HighSurrogate && isPairAt(text, j)) return astralClass(text, j) === C.Other ? 0 : 2;
    return 0;
  };
  const isDigit = (j: number): boolean => cls(j) === C.Digit;

  /** Scans a word from s; returns its end. */
  const scanWord = (s: number): number => {
    let j = s;
    for (;;) {
      const len = wordLen(j);
      if (len) {
        j += len;
        continue;
      }
      const c = cls(j);
      const code = text.charCodeAt(j);
      if (c === C.Hyphen) {
        if (alnumLen(j + 1)) {
          j++;
          continue;
        }
        return trailingHyphen(j) ? j + 1 : j;
      }
      if (c === C.Period) {
        if (alnumLen(j + 1)) {
          j++; // U.S, Amazon.com, v2.0
          continue;
        }
        let q = j + 1;
        while (q < j + 3 && cls(q) === C.Space) q++;
        // In a hyphenated word the last part decides: "Russian-U.S." keeps its period.
        let h = j;
        while (h > s && cls(h - 1) !== C.Hyphen) h--;
        const kind = abbrevKind(text.slice(h, j), q > j + 1 && isDigit(q));
        if (!kind || periodEndsSentence(j, kind)) return j; // "in the U.S" "." at a sentence end
        j++;
        if (cls(j) === C.Hyphen && alnumLen(j + 1)) {
          j++; // U.S.-led
          continue;
        }
        return j;
      }
      if (c === C.Apos) {
        if (j === s || !alnumLen(j + 1)) return j;
        // "don't" -> "do" "n't"
        if (
          j - 1 > s &&
          (text.charCodeAt(j - 1) | 0x20) === 0x6e &&
          (text.charCodeAt(j + 1) | 0x20) === 0x74 &&
          !wordLen(j + 2)
        ) {
          return j - 1;
        }
        const cl = cliticLength(text, j + 1);
        if (cl && !wordLen(j + 1 + cl)) return j; // "Japan's" -> "Japan" "'s"
        j++; // O'Brien, d'Ivoire
        continue;
      }
      if ((code === 0x26 /* & */ || code === 0x24) /* $ */ && j - s <= 3 && isAllUpper(s, j)) {
        if (code === 0x24) return j + 1; // US$, HK$
        if (cls(j + 1) === C.Letter && text.charCodeAt(j + 1) < 128) {
          j++; // AT&T, S&P
          continue;
        }
      }
      return j;
    }
  };

  const isAllDigits = (s: number, e: number): boolean => {
    for (let j = s; j < e; j++) if (cls(j) !== C.Digit) return false;
    return true;
  };

  const isAllUpper = (s: number, e: number): boolean => {
    for (let j = s; j < e; j++) {
      const c = text.charCodeAt(j);
      if (c < 65 || c > 90) return false;
    }
    return true;
  };

  /** Scans a number from s (a digit); returns its end. */
  const scanNumber = (s: number): number => {
    let j = s;
    for (;;) {
      const len = wordLen(j);
      if (len) {
        j += len;
        continue;
      }
      const code = text.charCodeAt(j);
      if (code === 0x2c /* , */) {
        if (isDigit(j + 1) && isDigit(j + 2) && isDigit(j + 3) && !isDigit(j + 4)) {
          j += 4;
          continue;
        }
        return j;
      }
      if (code === 0x2e /* . */ || code === 0x3a /* : */ || code === 0x2f /* / */) {
        if (isDigit(j + 1)) {
          j++;
          continue;
        }
        return j;
      }
      if (cls(j) === C.Hyphen) {
        if (alnumLen(j + 1)) {
          j++;
          continue;
        }
        return trailingHyphen(j) ? j + 1 : j;
      }
      return j;
    }
  };

  /** A hyphen left hanging after a word: "pre- and post-war", "32- and 35-inch", "al-". */
  const trailingHyphen = (j: number): boolean =>
    text.charCodeAt(j) === 0x2d && (j + 1 >= n || cls(j + 1) === C.Space || text.charCodeAt(j + 1) === 0x29);

  /**
   * Whether the period at j, after an abbreviation of this kind, also ends a sentence: when white
   * space follows and then the end of a line or the text, or (unless a title, or a month before a
   * number) an opening quote or a common sentence opener ("... of Acme Inc. The company said").
   */
  const periodEndsSentence = (j: number, kind: AbbrevKind): boolean => {
    let q = j + 1;
    // "(U.S.)", "the U.S.”": a bracket or quote after the period closes before the sentence's end.
    if (q < n && (cls(q) === C.Quote || cls(q) === C.Apos || cls(q) === C.Punct)) return false;
    let newline = false;
    while (q < n && (cls(q) === C.Space || cls(q) === C.Format)) {
      const code = text.charCodeAt(q);
      if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0c) newline = true;
      q++;
    }
    if (q >= n || newline) return true;
    if (kind === 'title' || (kind === 'month' && isDigit(q))) return false;
    const c = cls(q);
    if ((c === C.Quote || c === C.Apos) && isUpperAt(text, q + 1)) return true;
    let r = q;
    while (r < n && r - q < 12 && cls(r) === C.Letter) r++;
    return r > q && OPENERS.has(text.slice(q, r));
  };

  /** Whether position i starts a line (only spaces before it on its line). */
  const atLineStart = (i: number): boolean => {
    let q = i - 1;
    for (; q >= 0; q--) {
      const code = text.charCodeAt(q);
      if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0c) return true;
      if (cls(q) !== C.Space) return false;
    }
    return true;
  };

  /** A URL from s (which starts with http://, https:// or www.); returns its end. */
  const scanUrl = (s: number): number => {
    let j = s;
    let open = 0;
    let close = 0;
    while (j < n) {
      const c = cls(j);
      const code = text.charCodeAt(j);
      if (c === C.Space || c === C.Format || c === -1 || code === 0x3c || code === 0x3e || code === 0x22) break;
      if (c === C.Quote || c === C.Dash || c === C.Ellipsis) break;
      if (code === 0x28) open++;
      else if (code === 0x29) close++;
      j++;
    }
    for (;;) {
      const code = text.charCodeAt(j - 1);
      if (code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x27) {
        j--;
      } else if (code === 0x29 && close > open) {
        close--;
        j--;
      } else break;
    }
    return j;
  };

  /** An e-mail address starting at s, or s when there is none. */
  const scanEmail = (s: number): number => {
    if (s < noEmailBefore) return s;
    if (nextAt < 0) return s; // no '@' left in the text
    if (nextAt < s) nextAt = text.indexOf('@', s);
    if (nextAt < 0 || nextAt - s > 64) return s; // no '@' close enough for a local part
    let q = s;
    while (q < n && isEmailLocal(text.charCodeAt(q))) q++;
    if (text.charCodeAt(q) !== 0x40 /* @ */ || !isAsciiAlnum(text.charCodeAt(q + 1))) {
      noEmailBefore = q;
      return s;
    }
    let r = q + 1;
    while (r < n) {
      const code = text.charCodeAt(r);
      if (code !== 0x2e && code !== 0x2d && !isAsciiAlnum(code)) break;
      r++;
    }
    while (r > q + 1 && (text.charCodeAt(r - 1) === 0x2e || text.charCodeAt(r - 1) === 0x2d)) r--;
    const lastDot = text.lastIndexOf('.', r - 1);
    if (lastDot < q + 2 || lastDot >= r - 1) {
      noEmailBefore = q;
      return s;
    }
    return r;
  };

  /** A symbol or emoji cluster from s: the character, its marks, skin tones, ZWJ sequences, flags. */
  const scanCluster = (s: number): number => {
    let j = s + (isPairAt(text, s) ? 2 : 1);
    let regional = text.charCodeAt(s) === 0xd83c && text.charCodeAt(s + 1) >= 0xdde6 && text.charCodeAt(s + 1) <= 0xddff;
    while (j < n) {
      const c = cls(j);
      const code = text.charCodeAt(j);
      if (c === C.Mark) {
        j++;
      } else if (code === 0x200d /* ZWJ */ && j + 1 < n) {
        if (isPairAt(text, j + 1)) j += 3;
        else if (cls(j + 1) === C.Symbol || cls(j + 1) === C.Other) j += 2;
        else break;
      } else if (isPairAt(text, j)) {
        const low = text.charCodeAt(j + 1);
        if (code === 0xd83c && low >= 0xdffb && low <= 0xdfff) j += 2; // skin tone
        else if (code === 0xdb40) j += 2; // tag sequence (subdivision flags)
        else if (regional && code === 0xd83c && low >= 0xdde6 && low <= 0xddff) {
          j += 2; // second regional indicator of a flag
          regional = false;
        } else break;
      } else break;
    }
    return j;
  };

  // In a long document, one string per distinct token text: it repeats its words, so its tokens
  // share them (a fifth less memory for 5 MB of news); an article is not worth the lookups.
  const seen = n > SHARE_STRINGS_ABOVE ? new Map<string, string>() : undefined;
  const push = (s: number, e: number, kind: TokenKind, norm?: string): void => {
    let str = text.slice(s, e);
    if (seen) {
      const known = seen.get(str);
      if (known === undefined) seen.set(str, str);
      else str = known;
    }
    tokens.push({
      start: s,
      end: e,
      text: str,
      kind,
      norm: norm ?? (kind === 'symbol' ? str : normalize(text, s, e, t, str)),
      spaceBefore: s === 0 || s > prevEnd,
    });
    prevEnd = e;
  };

  let i = 0;
  while (i < n) {
    const c = t[text.charCodeAt(i)];
    if (c === C.Space || c === C.Format) {
      i++;
      continue;
    }
    const code = text.charCodeAt(i);
    let e: number;
    switch (c) {
      case C.Letter: {
        if ((code | 0x20) === 0x68 || (code | 0x20) === 0x77) {
          if (startsWithUrl(text, i)) {
            e = scanUrl(i);
            push(i, e, 'word');
            break;
          }
        }
        e = scanEmail(i);
        if (e > i) {
          push(i, e, 'word');
          break;
        }
        e = scanWord(i);
        push(i, e, text.charCodeAt(e - 1) === 0x24 ? 'symbol' : 'word');
        break;
      }
      case C.Digit: {
        e = scanEmail(i);
        if (e > i) {
          push(i, e, 'word');
          break;
        }
        e = scanNumber(i);
        // A numbered list item at the start of a line keeps its period: "1. Pivotal", "10. Oslo"; a
        // tied rank its "=": "4= Ana Ruiz".
        const mark = text.charCodeAt(e);
        if ((mark === 0x2e || mark === 0x3d) && e - i <= 3 && (e + 1 >= n || cls(e + 1) === C.Space) && isAllDigits(i, e) && atLineStart(i)) e++;
        push(i, e, 'number');
        break;
      }
      case C.Apos: {
        const adjacent = i === prevEnd;
        const cl = cliticLength(text, i + 1);
        if (cl && !wordLen(i + 1 + cl)) {
          e = i + 1 + cl;
          push(i, e, 'word'); // 's after a closing quote or a number: "1990's"
        } else if (cls(i + 1) === C.Apos && code === 0x27 && text.charCodeAt(i + 1) === 0x27) {
          e = i + 2;
          push(i, e, 'punct', '"'); // ''
        } else if (!adjacent && isDigit(i + 1) && isDigit(i + 2) && !isDigit(i + 3)) {
          e = scanNumber(i + 1);
          push(i, e, 'number'); // '90s
        } else {
          e = i + 1;
          push(i, e, 'punct');
        }
        break;
      }
      case C.Quote: {
        e = code === 96 && text.charCodeAt(i + 1) === 96 ? i + 2 : i + 1;
        push(i, e, 'punct', e === i + 2 ? '"' : undefined);
        break;
      }
      case C.Hyphen:
      case C.Dash: {
        e = i + 1;
        while (cls(e) === C.Hyphen || cls(e) === C.Dash) e++;
        const single = e === i + 1 && c === C.Hyphen && code !== 0x2013;
        push(i, e, 'punct', single ? '-' : '--');
        break;
      }
      case C.Period: {
        if (isDigit(i + 1) && !(i > 0 && wordLen(i - 1))) {
          e = scanNumber(i + 1);
          push(i, e, 'number'); // .5
          break;
        }
        e = i + 1;
        while (cls(e) === C.Period) e++;
        push(i, e, 'punct', e > i + 1 ? '...' : '.');
        break;
      }
      case C.Ellipsis: {
        e = i + 1;
        while (cls(e) === C.Ellipsis) e++;
        push(i, e, 'punct', '...');
        break;
      }
      case C.Punct: {
        if (code === 0x3f || code === 0x21) {
          e = i + 1;
          for (let d = text.charCodeAt(e); d === 0x3f || d === 0x21; d = text.charCodeAt(++e));
          push(i, e, 'punct'); // ?! !!!
        } else if ((code === 0x40 || code === 0x23) && alnumLen(i + 1)) {
          e = scanWord(i + 1);
          push(i, e, 'word'); // @handle, #hashtag
        } else if (code === 0x2a) {
          e = i + 1;
          while (text.charCodeAt(e) === 0x2a) e++;
          push(i, e, 'punct'); // ** as one token
        } else {
          e = i + 1;
          while (cls(e) === C.Mark) e++;
          push(i, e, code === 0x25 ? 'symbol' : 'punct');
        }
        break;
      }
      case C.HighSurrogate: {
        if (isPairAt(text, i)) {
          const a = astralClass(text, i);
          if (a === C.Letter || a === C.Digit) {
            e = scanWord(i);
            push(i, e, 'word');
            break;
          }
        }
        e = scanCluster(i);
        push(i, e, 'symbol');
        break;
      }
      case C.Symbol: {
        if (code === 0x2b && isDigit(i + 1) && !(i > 0 && wordLen(i - 1))) {
          e = scanNumber(i + 1);
          push(i, e, 'number'); // +20, +0.7
          break;
        }
        e = scanCluster(i);
        push(i, e, 'symbol');
        break;
      }
      default: {
        // Marks with nothing to attach to, lone low surrogates, anything else.
        e = scanCluster(i);
        push(i, e, 'symbol');
      }
    }
    i = e > i ? e : i + 1;
  }
  return tokens;
}
