// Hashed features of the syntax model, shared by training (scripts/train-syntax.ts) and inference.
// Each word is hashed once (lower case, form, shape, affixes); a feature id is an integer mix of a
// template id and those hashes, so no feature string is ever built.

import { finish, hashString, mix } from '../ner/hash';
import { lowerKey, shapeOf } from '../ner/features';

const SEEDS = Uint32Array.from({ length: 128 }, (_, t) => mix(0x3c6ef372, t));

export function h1(t: number, a: number): number {
  return finish(mix(SEEDS[t], a));
}
export function h2(t: number, a: number, b: number): number {
  return finish(mix(mix(SEEDS[t], a), b));
}
export function h3(t: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(SEEDS[t], a), b), c));
}
export function h4(t: number, a: number, b: number, c: number, d: number): number {
  return finish(mix(mix(mix(mix(SEEDS[t], a), b), c), d));
}

/** Stand-ins for the word before the sentence, after it, and the parser's root. */
export const BOS = hashString('<s>');
export const EOS = hashString('</s>');
export const ROOT = hashString('<root>');

/** Affix hashes per word: prefixes of 1..3 letters, then suffixes of 1..4. */
const AFFIXES = 7;

/** Hashes per word: lower case, form, shape, then the affixes. */
const PER_WORD = 3 + AFFIXES;

function hashWord(w: string, out: Uint32Array, at: number): void {
  const lower = lowerKey(w);
  out[at] = hashString(lower);
  out[at + 1] = hashString(w);
  out[at + 2] = hashString(shapeOf(w));
  for (let k = 1; k <= 4; k++) {
    if (k <= 3) out[at + 2 + k] = k <= lower.length ? hashString(lower.slice(0, k)) : 0;
    out[at + 5 + k] = k <= lower.length ? hashString(lower.slice(-k)) : 0;
  }
}

/** Words' hashes remembered across sentences: up to `limit` words, then forgotten and begun again. */
export class WordHashCache {
  private readonly rows = new Map<string, number>();
  readonly data: Uint32Array;

  constructor(private readonly limit = 1 << 15) {
    this.data = new Uint32Array(limit * PER_WORD);
  }

  /** Where word w's hashes start in `data`. */
  at(w: string): number {
    let at = this.rows.get(w);
    if (at === undefined) {
      if (this.rows.size >= this.limit) this.rows.clear();
      at = this.rows.size * PER_WORD;
      hashWord(w, this.data, at);
      this.rows.set(w, at);
    }
    return at;
  }
}

/** A sentence's words, hashed once (through `cache` when given). */
export class Words {
  readonly n: number;
  readonly lower: Uint32Array;
  readonly form: Uint32Array;
  readonly shape: Uint32Array;
  readonly affix: Uint32Array;

  constructor(words: readonly string[], cache: WordHashCache = new WordHashCache(1)) {
    const n = words.length;
    this.n = n;
    this.lower = new Uint32Array(n);
    this.form = new Uint32Array(n);
    this.shape = new Uint32Array(n);
    this.affix = new Uint32Array(n * AFFIXES);
    const data = cache.data;
    for (let i = 0; i < n; i++) {
      const at = cache.at(words[i]);
      this.lower[i] = data[at];
      this.form[i] = data[at + 1];
      this.shape[i] = data[at + 2];
      for (let k = 0; k < AFFIXES; k++) this.affix[i * AFFIXES + k] = data[at + 3 + k];
    }
  }

  suffix(i: number, k: number): number {
    return this.affix[i * AFFIXES + 2 + k];
  }
}

const enum T {
  Bias = 1,
  Lower,
  Form,
  Prefix,
  Suffix,
  Shape,
  LowerM1,
  LowerP1,
  LowerM2,
  LowerP2,
  SuffixM1,
  SuffixP1,
  ShapeM1,
  ShapeP1,
  TagM1,
  TagM1M2,
  TagM1Lower,
  LowerM1Lower,
  LowerLowerP1,
  FirstShape,
  TagM1LowerP1,
  TagM1Suffix,
  FormP1,
  LowerM1P1,
}

/** Most features the tagger emits for one word. */
export const MAX_TAGGER_FEATURES = 32;

/**
 * Writes the tagger's features of word i into `out` (from 0), given the labels `tags` of the words
 * before it (label ids + 1, so 0 never stands for a label); returns how many.
 */
export function taggerFeatures(s: Words, i: number, tags: Int32Array, out: Uint32Array): number {
  const n = s.n;
  const lower = s.lower[i];
  const m1 = i > 0 ? s.lower[i - 1] : BOS;
  const p1 = i + 1 < n ? s.lower[i + 1] : EOS;
  const t1 = i > 0 ? tags[i - 1] + 1 : 0;
  const t2 = i > 1 ? tags[i - 2] + 1 : 0;
  let k = 0;
  out[k++] = h1(T.Bias, 0);
  out[k++] = h1(T.Lower, lower);
  out[k++] = h1(T.Form, s.form[i]);
  for (let j = 1; j <= 3; j++) {
    const a = s.affix[i * AFFIXES + j - 1];
    if (a) out[k++] = h2(T.Prefix, j, a);
  }
  for (let j = 1; j <= 4; j++) {
    const a = s.suffix(i, j);
    if (a) out[k++] = h2(T.Suffix, j, a);
  }
  out[k++] = h1(T.Shape, s.shape[i]);
  out[k++] = h1(T.LowerM1, m1);
  out[k++] = h1(T.LowerP1, p1);
  out[k++] = h1(T.LowerM2, i > 1 ? s.lower[i - 2] : BOS);
  out[k++] = h1(T.LowerP2, i + 2 < n ? s.lower[i + 2] : EOS);
  out[k++] = h1(T.SuffixM1, i > 0 ? s.suffix(i - 1, 3) : BOS);
  out[k++] = h1(T.SuffixP1, i + 1 < n ? s.suffix(i + 1, 3) : EOS);
  out[k++] = h1(T.ShapeM1, i > 0 ? s.shape[i - 1] : BOS);
  out[k++] = h1(T.ShapeP1, i + 1 < n ? s.shape[i + 1] : EOS);
  out[k++] = h1(T.TagM1, t1);
  out[k++] = h2(T.TagM1M2, t1, t2);
  out[k++] = h2(T.TagM1Lower, t1, lower);
  out[k++] = h2(T.LowerM1Lower, m1, lower);
  out[k++] = h2(T.LowerLowerP1, lower, p1);
  out[k++] = h2(T.TagM1LowerP1, t1, p1);
  out[k++] = h2(T.TagM1Suffix, t1, s.suffix(i, 3));
  out[k++] = h1(T.FormP1, i + 1 < n ? s.form[i + 1] : EOS);
  out[k++] = h2(T.LowerM1P1, m1, p1);
  if (i === 0) out[k++] = h1(T.FirstShape, s.shape[i]);
  return k;
}
