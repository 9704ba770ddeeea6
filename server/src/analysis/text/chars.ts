// Character classes for the text layer, one table lookup per UTF-16 code unit.
// The table is built once from Unicode property regexes over the whole Basic Multilingual Plane;
// astral code points (surrogate pairs) are classified on demand.

export const enum C {
  /** Anything else: symbols, private use, unassigned. */
  Other = 0,
  /** White space, line breaks and control characters: never part of a token. */
  Space,
  Letter,
  Digit,
  /** Combining marks (and variation selectors): stay with the character before them. */
  Mark,
  /** Invisible format characters (zero-width space/joiners, soft hyphen, bidi marks). */
  Format,
  /** ' ’ ʼ */
  Apos,
  /** " “ ” „ ‟ « » ‘ ‚ ‛ ‹ › ` */
  Quote,
  /** Hyphens that join words: - ‐ ‑ ‒ – − */
  Hyphen,
  /** Dashes that never join: — ― */
  Dash,
  Period,
  /** … */
  Ellipsis,
  Punct,
  Symbol,
  HighSurrogate,
  LowSurrogate,
}

let table: Uint8Array | undefined;

function build(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const chars: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    // Surrogates are classified separately; keep them out so the regexes never pair them up.
    chars.push(c >= 0xd800 && c <= 0xdfff ? ' ' : String.fromCharCode(c));
  }
  const all = chars.join('');
  const fill = (re: RegExp, cls: C): void => {
    for (const m of all.matchAll(re)) {
      const start = m.index ?? 0;
      t.fill(cls, start, start + m[0].length);
    }
  };
  fill(/\p{S}+/gu, C.Symbol);
  fill(/\p{P}+/gu, C.Punct);
  fill(/[\p{L}\p{Nl}\p{No}]+/gu, C.Letter);
  fill(/\p{Nd}+/gu, C.Digit);
  fill(/\p{M}+/gu, C.Mark);
  fill(/\p{Cf}+/gu, C.Format);
  fill(/[\p{Cc}\p{Z}]+/gu, C.Space);
  // Byte order mark and zero-width no-break space: invisible, treated like spaces.
  t[0xfeff] = C.Space;
  t[0x200b] = C.Space;
  t.fill(C.HighSurrogate, 0xd800, 0xdc00);
  t.fill(C.LowSurrogate, 0xdc00, 0xe000);
  for (const ch of "'\u2019\u02bc") t[ch.charCodeAt(0)] = C.Apos;
  for (const ch of '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u201a\u201b\u2039\u203a`') t[ch.charCodeAt(0)] = C.Quote;
  for (const ch of '-\u2010\u2011\u2012\u2013\u2212') t[ch.charCodeAt(0)] = C.Hyphen;
  for (const ch of '\u2014\u2015') t[ch.charCodeAt(0)] = C.Dash;
  t[0x2e] = C.Period;
  t[0x2026] = C.Ellipsis;
  return t;
}

/** The class table, indexed by UTF-16 code unit. */
export function classTable(): Uint8Array {
  return (table ??= build());
}

const astralLetter = /^[\p{L}\p{N}]$/u;
const astralMark = /^\p{M}$/u;
const astralDigit = /^\p{Nd}$/u;

/** Class of the astral code point starting at `i` (a valid surrogate pair): Letter, Digit, Mark or Other. */
export function astralClass(text: string, i: number): C {
  const pair = text.slice(i, i + 2);
  if (astralLetter.test(pair)) return astralDigit.test(pair) ? C.Digit : C.Letter;
  if (astralMark.test(pair)) return C.Mark;
  return C.Other;
}

/** True when `text[i]` starts a valid surrogate pair. */
export function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** Characters the tokenizer skips: spaces, controls and lone invisible format characters. */
export function isSkippable(cls: number): boolean {
  return cls === C.Space || cls === C.Format;
}

/** A–Z and the Unicode upper-case letters (BMP), by their first code unit; false past the end. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128 || Number.isNaN(c)) return c >= 65 && c <= 90;
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** a–z and the Unicode lower-case letters (BMP), by their first code unit; false past the end. */
export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128 || Number.isNaN(c)) return c >= 97 && c <= 122;
  const ch = text[i];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
