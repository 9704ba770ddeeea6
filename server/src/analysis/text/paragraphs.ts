// Lines and paragraphs.
//
// Paragraph rule: blank lines (or U+2029, form feed) always separate paragraphs. Inside a block of
// consecutive non-blank lines, each line is its own paragraph (news copy often puts one paragraph
// per line) UNLESS the block looks hard-wrapped: its longest line has 40 to 100 characters and most
// line breaks fall mid-sentence (the next line starts in lower case, or a full line — at least 75%
// of the longest — does not end with . ! ? … and closing quotes). In a hard-wrapped block, a line
// break ends a paragraph only after a short line (not full, next line not in lower case), e.g. a
// paragraph's last line or a title.

import type { Span } from '../types';
import { C, classTable, isLowerAt, isSkippable } from './chars';

/** A line's content without surrounding white space; `start === end` for a blank line. */
export type Line = Span;

/**
 * The lines of `text` (split at \n, \r\n, \r, U+2028; U+2029 and form feed add a blank line),
 * trimmed; with `maxNonBlank`, only up to that many non-blank lines (blank ones in between kept).
 */
export function lines(text: string, maxNonBlank = Infinity): Line[] {
  const t = classTable();
  const out: Line[] = [];
  const n = text.length;
  let lineStart = 0;
  let nonBlank = 0;
  const emit = (s: number, e: number): void => {
    while (s < e && isSkippable(t[text.charCodeAt(s)])) s++;
    while (e > s && isSkippable(t[text.charCodeAt(e - 1)])) e--;
    out.push({ start: s, end: s === e ? s : e });
    if (s < e) nonBlank++;
  };
  for (let i = 0; i < n && nonBlank < maxNonBlank; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x0c) {
      emit(lineStart, i);
      if (c === 0x2029 || c === 0x0c) out.push({ start: i, end: i });
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      lineStart = i + 1;
    }
  }
  if (nonBlank < maxNonBlank) emit(lineStart, n);
  return out;
}

/** Whether the line ends as a sentence does: . ! ? … possibly followed by closing quotes/brackets. */
export function endsSentence(text: string, line: Line): boolean {
  const t = classTable();
  let e = line.end;
  while (e > line.start) {
    const c = text.charCodeAt(e - 1);
    const k = t[c];
    if (k === C.Quote || k === C.Apos || c === 0x29 || c === 0x5d) e--;
    else break;
  }
  if (e === line.start) return false;
  const c = text.charCodeAt(e - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** Paragraph spans, trimmed of white space, in text order. */
export function splitParagraphs(text: string): Span[] {
  const all = lines(text);
  const out: Span[] = [];
  let b = 0;
  while (b < all.length) {
    if (all[b].start === all[b].end) {
      b++;
      continue;
    }
    let e = b + 1;
    while (e < all.length && all[e].start !== all[e].end) e++;
    splitBlock(text, all, b, e, out);
    b = e;
  }
  return out;
}

/** Adds the paragraphs of the non-blank lines all[b..e). */
function splitBlock(text: string, all: Line[], b: number, e: number, out: Span[]): void {
  let maxLen = 0;
  for (let i = b; i < e; i++) maxLen = Math.max(maxLen, all[i].end - all[i].start);
  let midSentence = 0;
  for (let i = b; i + 1 < e; i++) {
    const full = all[i].end - all[i].start >= 0.75 * maxLen;
    if (isLowerAt(text, all[i + 1].start) || (full && !endsSentence(text, all[i]))) midSentence++;
  }
  const breaks = e - b - 1;
  const wrapped = breaks > 0 && maxLen >= 40 && maxLen <= 100 && midSentence * 2 > breaks;
  let start = all[b].start;
  for (let i = b; i < e; i++) {
    const last = i + 1 === e;
    const short = all[i].end - all[i].start < 0.75 * maxLen;
    if (last || !wrapped || (short && !isLowerAt(text, all[i + 1].start))) {
      out.push({ start, end: all[i].end });
      if (!last) start = all[i + 1].start;
    }
  }
}
