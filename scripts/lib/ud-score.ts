// Scores a syntax parser against gold CoNLL-U sentences (gold tokenization): UPOS accuracy, the
// accuracy of the kept verb features, UAS and LAS over all words (punctuation included, as the
// CoNLL 2018 shared task's scorer does), and speed.

import { readFileSync } from 'node:fs';
import { readConllu, type SyntaxParser, type UdSentence } from '../../server/src/analysis/syntax';
import { featsOf, tagLabel } from '../../server/src/analysis/syntax/tags';

export interface UdScore {
  words: number;
  upos: number;
  feats: number;
  uas: number;
  las: number;
  /** Parsing (tagging included) speed in MB of sentence text per second. */
  mbPerSecond: number;
}

export function loadUd(path: string): UdSentence[] {
  return readConllu(readFileSync(path, 'utf8'));
}

/** The byte size of a sentence's text (its `# text`, or its words joined by spaces). */
export function textBytes(s: UdSentence): number {
  return Buffer.byteLength(s.text ?? s.words.join(' '));
}

export function scoreParser(parser: SyntaxParser, gold: readonly UdSentence[]): UdScore {
  let words = 0,
    upos = 0,
    feats = 0,
    uas = 0,
    las = 0,
    bytes = 0;
  const t0 = process.hrtime.bigint();
  const parsed = gold.map((s) => parser.parseWords(s.words));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  gold.forEach((g, si) => {
    const p = parsed[si];
    bytes += textBytes(g);
    for (let i = 0; i < g.words.length; i++) {
      words++;
      if (p.upos[i] === g.upos[i]) upos++;
      if (p.feats[i] === featsOf(tagLabel(g.upos[i], g.feats[i]))) feats++;
      if (p.heads[i] === g.heads[i]) {
        uas++;
        if (p.deprels[i] === g.deprels[i]) las++;
      }
    }
  });
  const pct = (x: number): number => (100 * x) / Math.max(1, words);
  return { words, upos: pct(upos), feats: pct(feats), uas: pct(uas), las: pct(las), mbPerSecond: bytes / 1e6 / seconds };
}

export function formatScore(name: string, s: UdScore): string {
  const f = (x: number): string => x.toFixed(2);
  return `${name.padEnd(22)} words ${String(s.words).padStart(6)}  UPOS ${f(s.upos)}  feats ${f(s.feats)}  UAS ${f(s.uas)}  LAS ${f(s.las)}  ${s.mbPerSecond.toFixed(2)} MB/s`;
}
