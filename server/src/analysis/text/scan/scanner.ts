// The tokenizer's state over one text: the character classes, the tokens found so far, and the
// small questions every scanner asks about a position. Scanners (./word.ts, ./number.ts, ...)
// are functions of a Scanner and a start position that return where their token ends.
import type { Token, TokenKind } from '../../types';
import { astralClass, C, classTable, isPairAt } from '../chars';
import { normalize } from './normalize';

/** Text length (UTF-16 units) above which tokens share their strings. */
const SHARE_STRINGS_ABOVE = 200_000;

export class Scanner {
  readonly t = classTable();
  readonly n: number;
  readonly tokens: Token[] = [];
  /** Positions before this cannot start an e-mail address (their run was already scanned). */
  noEmailBefore = 0;
  /** Position of the next '@' at or after the last e-mail check (-1: none left). */
  nextAt: number;
  /** End of the last token (-1 before the first). */
  prevEnd = -1;
  /**
   * In a long document, one string per distinct token text: it repeats its words, so its tokens
   * share them (a fifth less memory for 5 MB of news); an article is not worth the lookups.
   */
  private readonly seen?: Map<string, string>;

  constructor(readonly text: string) {
    this.n = text.length;
    this.nextAt = text.indexOf('@');
    if (this.n > SHARE_STRINGS_ABOVE) this.seen = new Map();
  }

  /** The class of the code unit at j (-1 past the end). */
  cls(j: number): number {
    return j < this.n ? this.t[this.text.charCodeAt(j)] : -1;
  }

  /** Length of a letter, digit or mark at j (2 for an astral one), else 0. */
  alnumLen(j: number): number {
    const c = this.cls(j);
    if (c === C.Letter || c === C.Digit) return 1;
    if (c === C.HighSurrogate && isPairAt(this.text, j)) {
      const a = astralClass(this.text, j);
      if (a === C.Letter || a === C.Digit) return 2;
    }
    return 0;
  }

  /** Length of a character that continues a word (letter, digit, mark; format before one of those), else 0. */
  wordLen(j: number): number {
    const c = this.cls(j);
    if (c === C.Letter || c === C.Digit || c === C.Mark) return 1;
    if (c === C.Format) return this.alnumLen(j + 1) || this.cls(j + 1) === C.Mark ? 1 : 0;
    if (c === C.HighSurrogate && isPairAt(this.text, j)) return astralClass(this.text, j) === C.Other ? 0 : 2;
    return 0;
  }

  isDigit(j: number): boolean {
    return this.cls(j) === C.Digit;
  }

  isAllDigits(s: number, e: number): boolean {
    for (let j = s; j < e; j++) if (this.cls(j) !== C.Digit) return false;
    return true;
  }

  isAllUpper(s: number, e: number): boolean {
    for (let j = s; j < e; j++) {
      const c = this.text.charCodeAt(j);
      if (c < 65 || c > 90) return false;
    }
    return true;
  }

  /** A hyphen left hanging after a word: "pre- and post-war", "32- and 35-inch", "al-". */
  trailingHyphen(j: number): boolean {
    const text = this.text;
    return text.charCodeAt(j) === 0x2d && (j + 1 >= this.n || this.cls(j + 1) === C.Space || text.charCodeAt(j + 1) === 0x29);
  }

  /** Whether position i starts a line (only spaces before it on its line). */
  atLineStart(i: number): boolean {
    for (let q = i - 1; q >= 0; q--) {
      const code = this.text.charCodeAt(q);
      if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0c) return true;
      if (this.cls(q) !== C.Space) return false;
    }
    return true;
  }

  /** Adds the token text[s, e); its norm is computed unless given. */
  push(s: number, e: number, kind: TokenKind, norm?: string): void {
    const text = this.text;
    let str = text.slice(s, e);
    if (this.seen) {
      const known = this.seen.get(str);
      if (known === undefined) this.seen.set(str, str);
      else str = known;
    }
    this.tokens.push({
      start: s,
      end: e,
      text: str,
      kind,
      norm: norm ?? (kind === 'symbol' ? str : normalize(text, s, e, this.t, str)),
      spaceBefore: s === 0 || s > this.prevEnd,
    });
    this.prevEnd = e;
  }
}
