// Sentence splitting over tokens, within paragraphs.
//
// A sentence ends after . ? ! or an ellipsis, with any closing quotes/brackets attached to it, when
// the next token can start a sentence (not lower case, not , ; : % or a closing bracket). An
// abbreviation keeps its period only when the tokenizer judged that no sentence ends there
// ("Gen. Omar", "U.S. envoy"); at a sentence end it is split ("the U.S" "."), as CoNLL does, so
// abbreviations need no rule here. An ellipsis ends a sentence only before an upper-case word or a
// quote. Sentences never cross paragraphs, and a run of more than MAX_SENTENCE_TOKENS tokens
// without a boundary is cut so later stages stay linear.

import type { Sentence, Span, Token } from '../types';
import { isLowerAt, isUpperAt } from './chars';

export const MAX_SENTENCE_TOKENS = 400;

const CLOSERS = new Set(['\u201d', '\u2019', '\u00bb', '\u203a', ')', ']', '}']);
const NO_START = new Set([',', ';', ':', '%', ')', ']', '}']);

function isTerminalPunct(tok: Token): boolean {
  if (tok.kind !== 'punct') return false;
  const s = tok.norm;
  if (s === '.' || s === '...') return true;
  const c = s.charCodeAt(0);
  return c === 0x3f || c === 0x21; // ? !
}

function isOpeningQuote(tok: Token): boolean {
  const s = tok.text;
  return s === '\u201c' || s === '\u2018' || s === '\u00ab' || s === '(' || s === '[' || ((s === '"' || s === "'") && tok.spaceBefore);
}

/**
 * If a sentence may end at token j, the index one past its last token (closing quotes and brackets
 * included), else -1. `limit` is one past the paragraph's last token.
 */
function boundaryAfter(text: string, tokens: Token[], j: number, limit: number): number {
  const tok = tokens[j];
  if (!isTerminalPunct(tok)) return -1;
  let m = j + 1;
  while (m < limit) {
    const c = tokens[m];
    if (c.spaceBefore || !(CLOSERS.has(c.text) || c.text === '"' || c.text === "'")) break;
    m++;
  }
  if (m >= limit) return limit;
  const next = tokens[m];
  if (isLowerAt(text, next.start) || NO_START.has(next.norm)) return -1;
  if (tok.norm !== '...') return m;
  return isUpperAt(text, next.start) || isOpeningQuote(next) ? m : -1;
}

/** Splits the tokens into sentences, never across paragraphs. Tokens outside every paragraph join the nearest one. */
export function splitSentences(text: string, tokens: Token[], paragraphs: Span[]): Sentence[] {
  const out: Sentence[] = [];
  const push = (first: number, end: number, paragraph: number): void => {
    out.push({ start: tokens[first].start, end: tokens[end - 1].end, firstToken: first, endToken: end, paragraph });
  };
  let p = 0;
  let k = 0;
  while (k < tokens.length) {
    while (p + 1 < paragraphs.length && tokens[k].start >= paragraphs[p].end) p++;
    let limit = k + 1;
    if (p + 1 < paragraphs.length) {
      const paraEnd = paragraphs[p].end;
      while (limit < tokens.length && tokens[limit].start < paraEnd) limit++;
    } else {
      limit = tokens.length;
    }
    let first = k;
    for (let j = k; j < limit; j++) {
      let end = boundaryAfter(text, tokens, j, limit);
      if (end < 0 && j + 1 - first >= MAX_SENTENCE_TOKENS) end = j + 1;
      if (end > 0) {
        push(first, end, p);
        first = end;
        j = end - 1;
      }
    }
    if (first < limit) push(first, limit, p);
    k = limit;
  }
  return out;
}
