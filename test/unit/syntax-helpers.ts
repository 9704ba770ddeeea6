// Shared by the syntax tests: the committed model, loaded once, and a tree check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParser, type SyntaxParser, type UdSentence } from '../../server/src/analysis/syntax';
import { splitParagraphs, splitSentences, tokenize } from '../../server/src/analysis/text/index';

let parser: SyntaxParser | undefined;

export function committedParser(): SyntaxParser {
  parser ??= createParser(readFileSync(join(__dirname, '..', '..', '..', 'models', 'syntax.bin')));
  return parser;
}

/** Why the parse is not one tree over its words (one root, heads in range, no cycle), or undefined. */
export function treeProblem(s: UdSentence): string | undefined {
  const n = s.words.length;
  if (s.heads.length !== n || s.upos.length !== n || s.deprels.length !== n) return 'arrays of different lengths';
  const roots = [...s.heads].filter((h) => h === 0).length;
  if (n > 0 && roots !== 1) return `${roots} roots`;
  // 0 unknown, 1 on the path being followed, 2 reaches the root.
  const mark = new Uint8Array(n + 1);
  mark[0] = 2;
  for (let i = 0; i < n; i++) {
    if (s.heads[i] < 0 || s.heads[i] > n || s.heads[i] === i + 1) return `word ${i + 1} has head ${s.heads[i]}`;
    if ((s.heads[i] === 0) !== (s.deprels[i] === 'root')) return `word ${i + 1}: root label and head disagree`;
  }
  for (let i = 1; i <= n; i++) {
    const path: number[] = [];
    let x = i;
    while (mark[x] === 0) {
      mark[x] = 1;
      path.push(x);
      x = s.heads[x - 1];
    }
    if (mark[x] === 1) return `cycle through word ${x}`;
    for (const y of path) mark[y] = 2;
  }
  return undefined;
}

/** Each sentence of `text` parsed from the engine's tokens. */
export function parseText(text: string): ReturnType<SyntaxParser['parseTokens']>[] {
  const tokens = tokenize(text);
  return splitSentences(text, tokens, splitParagraphs(text)).map((s) => committedParser().parseTokens(tokens.slice(s.firstToken, s.endToken)));
}
