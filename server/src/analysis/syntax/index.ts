// The syntax layer: a part-of-speech tagger (UPOS plus VerbForm, Tense, Voice) and a greedy
// arc-hybrid dependency parser with Universal Dependencies labels, both averaged perceptrons over
// hashed features. Pure: the model's bytes (models/syntax.bin) are handed in.

import type { Token } from '../types';
import type { UdSentence } from './conllu';
import { parseWords, Scratch, tagWords } from './decode';
import { WordHashCache, Words } from './features';
import { decodeSyntaxModel, QuantizedScorer } from './model';
import { ParseState } from './state';
import { featsOf, uposOf } from './tags';

export { formatConllu, readConllu, type UdSentence } from './conllu';
export { articleConllu } from './article';

/** A parsed sentence: per UD word its form, UPOS, features, head (0 = root), label. */
export interface ParsedSentence extends UdSentence {
  /** For each word, the index (in the tokens given) of the engine token it comes from. */
  tokenOf: Int32Array;
}

export interface SyntaxParser {
  /** Tags and parses one sentence given as UD words (gold tokenization). */
  parseWords(words: readonly string[]): UdSentence;
  /** Tags and parses one sentence of the engine's tokens, mapped to UD words (see udWords). */
  parseTokens(tokens: readonly Token[]): ParsedSentence;
  /** The tagger only: a label per word (UPOS or UPOS|features). */
  tagWords(words: readonly string[]): string[];
}

/** Contractions UD splits that the engine's tokenizer keeps whole: the length of each part. */
const SPLITS = new Map<string, number[]>([
  ['cannot', [3, 3]],
  ['gonna', [3, 2]],
  ['wanna', [3, 2]],
  ['gotta', [3, 2]],
]);

/**
 * The UD words of engine tokens: the normalized form, contractions split ("cannot" -> can + not)
 * and hyphenated words split at their hyphens ("45-year-old" -> 45 - year - old), as UD English
 * does; "don't" and possessive 's are already two tokens. Returns the words and each one's token.
 */
export function udWords(tokens: readonly Token[]): { words: string[]; tokenOf: number[] } {
  const words: string[] = [];
  const tokenOf: number[] = [];
  const push = (w: string, t: number): void => {
    words.push(w);
    tokenOf.push(t);
  };
  tokens.forEach((tok, t) => {
    const w = tok.norm || tok.text;
    const parts = SPLITS.get(w.toLowerCase());
    if (parts) {
      push(w.slice(0, parts[0]), t);
      push(w.slice(parts[0]), t);
    } else if (tok.kind !== 'punct' && w.length > 2 && /[\p{L}\d]-[\p{L}\d]/u.test(w) && !/^(https?:|www\.)|@/i.test(w)) {
      w.split(/(-)/).forEach((p) => p && push(p, t));
    } else push(w, t);
  });
  return { words, tokenOf };
}

/** A parser over the model in `bytes` (models/syntax.bin); throws if they are no syntax model. */
export function createParser(bytes: Uint8Array): SyntaxParser {
  const model = decodeSyntaxModel(bytes);
  const tagger = new QuantizedScorer(model.tagger);
  const actions = new QuantizedScorer(model.actions);
  const labels = new QuantizedScorer(model.labels);
  const rootLabel = model.deprels.indexOf('root');
  const scratch = new Scratch();
  const cache = new WordHashCache();
  const st = new ParseState();
  let tags = new Int32Array(64);
  const uposNames = model.tags.map(uposOf);
  const featNames = model.tags.map(featsOf);

  const analyse = (words: readonly string[]): UdSentence => {
    const w = new Words(words, cache);
    if (tags.length < w.n) tags = new Int32Array(w.n * 2);
    tagWords(w, tagger, model.dictionary, tags, scratch);
    parseWords(st, w, tags, actions, labels, rootLabel, scratch);
    const upos = new Array<string>(w.n);
    const feats = new Array<string>(w.n);
    const deprels = new Array<string>(w.n);
    for (let i = 0; i < w.n; i++) {
      upos[i] = uposNames[tags[i]];
      feats[i] = featNames[tags[i]];
      deprels[i] = model.deprels[st.labels[i + 1]] ?? 'dep';
    }
    return { words: [...words], upos, feats, heads: st.heads.slice(1, w.n + 1), deprels };
  };
  return {
    parseWords: analyse,
    parseTokens(tokens) {
      const { words, tokenOf } = udWords(tokens);
      return { ...analyse(words), tokenOf: Int32Array.from(tokenOf) };
    },
    tagWords(words) {
      const w = new Words(words, cache);
      if (tags.length < w.n) tags = new Int32Array(w.n * 2);
      tagWords(w, tagger, model.dictionary, tags, scratch);
      return Array.from(tags.subarray(0, w.n), (y) => model.tags[y]);
    },
  };
}
