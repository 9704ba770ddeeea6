// The text layer: tokens, paragraphs, sentences, headline, dateline and time expressions.
// Conventions are described in ./README.md.

import type { Dateline, TextSpan, Token } from '../types';
import { datelineAt } from './dateline';
import { firstLines, headlineOf, isByline, MAX_HEADLINE } from './headline';
import { tokenize } from './tokenize';

export { tokenize } from './tokenize';
export { splitParagraphs } from './paragraphs';
export { splitSentences, MAX_SENTENCE_TOKENS } from './sentences';
export { findTimes } from './times';

/** The first line when it reads as a headline (see ./headline.ts for the rule). */
export function findHeadline(text: string): TextSpan | undefined {
  const ls = firstLines(text, 2);
  if (ls.length < 2 || ls[0].end - ls[0].start > MAX_HEADLINE) return undefined;
  const head = tokenize(text.slice(0, ls[0].end));
  return headlineOf(text, ls, (line) => datelineAt(text, head, line) !== undefined);
}

/**
 * The dateline at the start of the body: the first line, or the line after the headline and any
 * bylines; or the line after that when this one is short (a kicker or caption, under 100 characters).
 */
export function findDateline(text: string, tokens: Token[]): Dateline | undefined {
  const ls = firstLines(text, 5);
  let i = headlineOf(text, ls, (line) => datelineAt(text, tokens, line) !== undefined) ? 1 : 0;
  while (i < ls.length && isByline(text, ls[i])) i++;
  if (i >= ls.length) return undefined;
  const d = datelineAt(text, tokens, ls[i]);
  if (d || i + 1 >= ls.length || ls[i].end - ls[i].start >= 100) return d;
  return datelineAt(text, tokens, ls[i + 1]);
}
