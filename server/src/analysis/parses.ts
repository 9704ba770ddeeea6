// The parses of an article's sentences, computed only when a pass asks for one (most sentences
// never need a parse) and kept for the other passes. A sentence too long for the parser to be worth
// its time, or one the parser fails on, has no parse: the pass then keeps to its word rules.
import type { ParsedSentence, SyntaxParser } from './syntax';
import type { Sentence, Token } from './types';

/** Sentences longer than this (in tokens) are not parsed: lists, tables, run-on text. */
export const MAX_PARSE_TOKENS = 100;

export interface Parses {
  /** The parse of sentence `si` (its `tokenOf` indexes the sentence's own tokens), or none. */
  of(si: number): ParsedSentence | undefined;
  /** Milliseconds spent parsing so far (for the timings of `npm run bench`). */
  readonly ms: number;
}

/** No parser: every sentence goes without. */
export const NO_PARSES: Parses = { of: () => undefined, ms: 0 };

/** A lazy per-sentence parse cache over one article's tokens and sentences. */
export function parseCache(parser: SyntaxParser | undefined, tokens: readonly Token[], sentences: readonly Sentence[]): Parses {
  if (!parser) return NO_PARSES;
  const done = new Map<number, ParsedSentence | undefined>();
  let ms = 0;
  const parse = (si: number): ParsedSentence | undefined => {
    const s = sentences[si];
    if (!s) return undefined;
    const a = Math.max(0, s.firstToken);
    const b = Math.min(tokens.length, s.endToken);
    if (b <= a || b - a > MAX_PARSE_TOKENS) return undefined;
    const t0 = performance.now();
    try {
      return parser.parseTokens(tokens.slice(a, b));
    } catch {
      return undefined;
    } finally {
      ms += performance.now() - t0;
    }
  };
  return {
    of(si) {
      if (!done.has(si)) done.set(si, parse(si));
      return done.get(si);
    },
    get ms() {
      return ms;
    },
  };
}
