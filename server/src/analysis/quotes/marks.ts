// Quotation marks paired into quoted stretches, paragraph by paragraph. Straight marks open and close
// in turn, curly ones by their shape; single marks are nested quotes or apostrophes and are left
// inside. A paragraph that leaves a quote open continues it when the next paragraph opens with a
// mark; otherwise the quote ends with its paragraph. Stray closing marks are skipped: any text pairs
// up without error.
import type { Span } from '../types';

export interface Marked {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; absent when the quote ends with its paragraph unclosed. */
  close?: number;
  /** The quoted text: inside the marks, trimmed. */
  start: number;
  end: number;
  /** Paragraphs it spans beyond the first. */
  continued: number;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
/** " “ ” „ « »: a double mark (tested on char codes: this runs on every character). */
const isMark = (code: number): boolean => code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb;

function firstChar(text: string, p: Span): number {
  let i = p.start;
  while (i < p.end && /\s/.test(text[i])) i++;
  return i;
}

function trimmed(text: string, open: number, end: number, closed: boolean): Span {
  let start = open + 1;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (closed && end > start && text[end - 1] === ',') end--;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Every quoted stretch of the text, in order. */
export function pairMarks(text: string, paragraphs: readonly Span[]): Marked[] {
  const out: Marked[] = [];
  let open = -1;
  let continued = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let i = para.start;
    if (open >= 0) i = firstChar(text, para) + 1; // the mark that re-opens a continued quote
    for (; i < para.end; i++) {
      if (!isMark(text.charCodeAt(i))) continue;
      const ch = text[i];
      if (open < 0) {
        if (!CLOSING.has(ch)) open = i;
      } else if (!OPENING.has(ch)) {
        out.push({ open, close: i, ...trimmed(text, open, i, true), continued });
        open = -1;
        continued = 0;
      }
    }
    if (open < 0) continue;
    const next = paragraphs[p + 1];
    const nextFirst = next ? text[firstChar(text, next)] : undefined;
    if (nextFirst !== undefined && (nextFirst === '"' || OPENING.has(nextFirst))) {
      continued++;
      continue;
    }
    out.push({ open, ...trimmed(text, open, para.end, false), continued });
    open = -1;
    continued = 0;
  }
  return out;
}
