// A whole article's parse as CoNLL-U: the engine's tokens and sentences, each sentence parsed.

import { splitParagraphs, splitSentences, tokenize } from '../text';
import { formatConllu } from './conllu';
import type { SyntaxParser } from './index';

/** Every sentence of `text`, tagged and parsed, as CoNLL-U; MISC gives each word's token span. */
export function articleConllu(text: string, parser: SyntaxParser): string {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, splitParagraphs(text));
  const out: string[] = [];
  sentences.forEach((s, k) => {
    const sentenceTokens = tokens.slice(s.firstToken, s.endToken);
    if (sentenceTokens.length === 0) return;
    const p = parser.parseTokens(sentenceTokens);
    const misc = Array.from(p.tokenOf, (t) => `TokenSpan=${sentenceTokens[t].start}:${sentenceTokens[t].end}`);
    out.push(`# sent_id = ${k + 1}\n` + formatConllu({ ...p, text: text.slice(s.start, s.end) }, misc));
  });
  return out.join('');
}
