// Scores the syntax layer as users get it: each gold sentence's text tokenized by the engine's own
// tokenizer, mapped to UD words and parsed; words are aligned to the gold words by character span
// (as the CoNLL 2018 shared task's scorer does). Scores are over the gold words.

import { tokenize } from '../../server/src/analysis/text';
import type { SyntaxParser, UdSentence } from '../../server/src/analysis/syntax';

export interface OwnTokenScore {
  words: number;
  /** F1 of word segmentation. */
  segmentation: number;
  upos: number;
  uas: number;
  las: number;
}

/** Character spans ("start:end") of the gold words in the sentence's text; "" where a word is not found. */
function goldSpans(s: UdSentence, text: string): string[] {
  let at = 0;
  return s.words.map((w) => {
    const i = text.indexOf(w, at);
    if (i < 0 || text.slice(at, i).trim() !== '') return '';
    at = i + w.length;
    return `${i}:${at}`;
  });
}

/** Character spans of the parser's words: a token's words share its text in order of their lengths. */
function predictedSpans(words: readonly string[], tokenOf: Int32Array, starts: number[], ends: number[]): string[] {
  const spans: string[] = [];
  let cursor = -1;
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    const t = tokenOf[i];
    if (t !== last) cursor = starts[t];
    last = t;
    const single = (i === 0 || tokenOf[i - 1] !== t) && (i + 1 === words.length || tokenOf[i + 1] !== t);
    const end = single ? ends[t] : Math.min(ends[t], cursor + words[i].length);
    spans.push(`${cursor}:${end}`);
    cursor = end;
  }
  return spans;
}

export function scoreOwnTokens(parser: SyntaxParser, gold: readonly UdSentence[]): OwnTokenScore {
  let words = 0,
    predicted = 0,
    aligned = 0,
    upos = 0,
    uas = 0,
    las = 0;
  for (const g of gold) {
    const text = g.text ?? g.words.join(' ');
    const tokens = tokenize(text);
    const p = parser.parseTokens(tokens);
    const gs = goldSpans(g, text);
    const ps = predictedSpans(
      p.words,
      p.tokenOf,
      tokens.map((t) => t.start),
      tokens.map((t) => t.end),
    );
    const predictedAt = new Map(ps.map((span, i) => [span, i]));
    words += g.words.length;
    predicted += p.words.length;
    for (let i = 0; i < g.words.length; i++) {
      const j = gs[i] ? predictedAt.get(gs[i]) : undefined;
      if (j === undefined) continue;
      aligned++;
      if (p.upos[j] === g.upos[i]) upos++;
      const gh = g.heads[i];
      const ph = p.heads[j];
      const sameHead = gh === 0 ? ph === 0 : ph > 0 && gs[gh - 1] !== '' && ps[ph - 1] === gs[gh - 1];
      if (sameHead) {
        uas++;
        if (p.deprels[j] === g.deprels[i]) las++;
      }
    }
  }
  const pct = (x: number): number => (100 * x) / Math.max(1, words);
  return { words, segmentation: (200 * aligned) / Math.max(1, words + predicted), upos: pct(upos), uas: pct(uas), las: pct(las) };
}

export function formatOwnScore(name: string, s: OwnTokenScore): string {
  const f = (x: number): string => x.toFixed(2);
  return `${name.padEnd(22)} words ${String(s.words).padStart(6)}  words F1 ${f(s.segmentation)}  UPOS ${f(s.upos)}  UAS ${f(s.uas)}  LAS ${f(s.las)}`;
}
