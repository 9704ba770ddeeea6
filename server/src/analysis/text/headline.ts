// The headline: the first non-blank line when it reads as one.
//
// Rule: the first line is a headline when more text follows it, it is at most 200 characters, it is
// neither a byline ("By ...") nor starts with a dateline, and either it does not end like a sentence
// (no final . ! ? …), or it is a question or exclamation of at most 100 characters, or it is Title
// Case / ALL CAPS and at most 120 characters. A first line that is a full sentence in sentence case
// ending with a period (the seed article's lede) is not a headline.

import type { TextSpan } from '../types';
import { isUpperAt } from './chars';
import { endsSentence, lines, type Line } from './paragraphs';

/** Longest headline, in UTF-16 code units. */
export const MAX_HEADLINE = 200;

const SMALL_WORDS = new Set(
  'a an the and or but nor of in on at to for by with from as vs via over into onto off up out per than after amid against'.split(' '),
);

const NON_WORD = /[^\p{L}\p{N}'’-]+/u;
const LETTER = /\p{L}/u;
const DIGIT_FIRST = /^\p{N}/u;
const BYLINE = /^by\s+\p{Lu}/iu;

/** Words of a line: maximal runs of letters/digits/apostrophes/hyphens (for case tests only). */
function words(s: string): string[] {
  return s.split(NON_WORD).filter((w) => LETTER.test(w));
}

/** Title Case (most content words capitalised) or ALL CAPS, with at least two words. */
export function isTitleLike(s: string): boolean {
  const ws = words(s);
  if (ws.length < 2) return false;
  if (s === s.toUpperCase() && s !== s.toLowerCase()) return true;
  let content = 0;
  let capital = 0;
  for (const w of ws) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    content++;
    if (isUpperAt(w, 0) || DIGIT_FIRST.test(w)) capital++;
  }
  return content >= 2 && capital >= 0.8 * content;
}

/** The first `max` non-blank lines. */
export function firstLines(text: string, max: number): Line[] {
  return lines(text, max).filter((l) => l.start < l.end);
}

/** Whether a line looks like a byline: "By Jane Doe", "By Jane Doe and Sam Lee, Reuters". */
export function isByline(text: string, line: Line): boolean {
  return line.end - line.start <= 80 && BYLINE.test(text.slice(line.start, line.end)) && !endsSentence(text, line);
}

/**
 * The headline span, or undefined. `startsWithDateline` lets the caller veto a line that opens
 * with a dateline ("MANILA, June 3 -- ...").
 */
export function headlineOf(text: string, ls: Line[], startsWithDateline: (line: Line) => boolean): TextSpan | undefined {
  if (ls.length < 2) return undefined;
  const first = ls[0];
  const len = first.end - first.start;
  if (len > MAX_HEADLINE || isByline(text, first) || startsWithDateline(first)) return undefined;
  const s = text.slice(first.start, first.end);
  const last = text.charCodeAt(first.end - 1);
  const question = (last === 0x3f || last === 0x21) && len <= 100; // "Can the truce hold?"
  if (endsSentence(text, first) && !question && !(len <= 120 && isTitleLike(s))) return undefined;
  if (!LETTER.test(s)) return undefined;
  return { start: first.start, end: first.end, text: s };
}
