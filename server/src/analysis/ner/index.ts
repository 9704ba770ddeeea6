// The statistical entity tagger: an averaged structured perceptron over hashed features, decoded
// with Viterbi under BIO constraints, optionally refined by a second stage that sees how the
// first pass labelled the same word elsewhere in the document. Weights: models/ner.bin.

import type { Sentence, Token } from '../types';
import { IntTable } from './hash';
import { DocumentFeatures, FeatureArena, FeatureBuffer, FeatureRows, labelEvidence, Lexicon, lowerKey } from './features';
import { codebook, constrain, decodeModel, LABELS, NER_TYPES, viterbi, type ModelData, type NerType } from './model';

export type { NerType } from './model';

export interface NerSpan {
  firstToken: number;
  /** Exclusive. */
  endToken: number;
  type: NerType;
  score?: number;
}

/** Sentence bounds as parallel arrays, clamped to the token list; a document without sentences is one. */
function sentenceBounds(tokenCount: number, sentences: readonly Sentence[]): { start: Int32Array; end: Int32Array } {
  const starts: number[] = [];
  const ends: number[] = [];
  let covered = 0;
  for (const s of sentences) {
    const a = Math.max(covered, Math.min(tokenCount, s.firstToken));
    const b = Math.min(tokenCount, s.endToken);
    if (b > a) {
      starts.push(a);
      ends.push(b);
      covered = b;
    }
  }
  if (starts.length === 0 && tokenCount > 0) {
    starts.push(0);
    ends.push(tokenCount);
  }
  return { start: Int32Array.from(starts), end: Int32Array.from(ends) };
}

/** Spans from BIO labels. */
export function spansFromLabels(labels: ArrayLike<number>, n: number): NerSpan[] {
  const spans: NerSpan[] = [];
  let i = 0;
  while (i < n) {
    const y = labels[i];
    if (y === 0) {
      i++;
      continue;
    }
    const type = (y - 1) >> 1;
    let j = i + 1;
    while (j < n && labels[j] === 2 + 2 * type) j++;
    spans.push({ firstToken: i, endToken: j, type: NER_TYPES[type] });
    i = j;
  }
  return spans;
}

interface RuntimeStage {
  /**
   * Every stage's codes (unsigned bytes, so a code indexes the 256-entry codebook directly),
   * interleaved: a feature's row holds stage 0's LABELS codes, then stage 1's ..., so one
   * lookup's weights for all stages share a cache line. This stage's start at row + `at`.
   */
  weights: Uint8Array;
  at: number;
  cb: Float32Array;
  trans: Float64Array;
}

/**
 * Adds to the scores in em of the n tokens from token `first` (float32, rounded after every
 * addition, as the model was tuned) the weights of their rows in `buf` (-1: none).
 */
function addRows(em: Float32Array, first: number, n: number, buf: FeatureBuffer, stage: RuntimeStage): void {
  const { rows, offsets } = buf;
  const { weights: w, cb } = stage;
  const at = stage.at;
  const f32 = Math.fround;
  for (let t = 0; t < n; t++) {
    const e = (first + t) * LABELS;
    let x0 = em[e],
      x1 = em[e + 1],
      x2 = em[e + 2],
      x3 = em[e + 3],
      x4 = em[e + 4],
      x5 = em[e + 5],
      x6 = em[e + 6],
      x7 = em[e + 7],
      x8 = em[e + 8];
    for (let f = offsets[t], end = offsets[t + 1]; f < end; f++) {
      if (rows[f] < 0) continue;
      const r = rows[f] + at;
      x0 = f32(x0 + cb[w[r]]);
      x1 = f32(x1 + cb[w[r + 1]]);
      x2 = f32(x2 + cb[w[r + 2]]);
      x3 = f32(x3 + cb[w[r + 3]]);
      x4 = f32(x4 + cb[w[r + 4]]);
      x5 = f32(x5 + cb[w[r + 5]]);
      x6 = f32(x6 + cb[w[r + 6]]);
      x7 = f32(x7 + cb[w[r + 7]]);
      x8 = f32(x8 + cb[w[r + 8]]);
    }
    em[e] = x0;
    em[e + 1] = x1;
    em[e + 2] = x2;
    em[e + 3] = x3;
    em[e + 4] = x4;
    em[e + 5] = x5;
    em[e + 6] = x6;
    em[e + 7] = x7;
    em[e + 8] = x8;
  }
}

/**
 * Names in all-caps lines take the type the same name has in the document's mixed-case text,
 * where casing makes the tagger far more reliable ("NIGERIA AND GHANA AGREE ..." above a story
 * that says "Nigeria"). Only the spans that may repeat a capitalised one (same first word in lower
 * case) have their key built.
 */
function retypeHeadlineNames(words: readonly string[], labels: Uint8Array, doc: DocumentFeatures): void {
  const key = (s: NerSpan): string => words.slice(s.firstToken, s.endToken).map(lowerKey).join(' ');
  const spans = spansFromLabels(labels, labels.length);
  const shouted = spans.filter((s) => doc.inCapsLine(s.firstToken));
  if (shouted.length === 0) return;
  const firstWords = new Set(shouted.map((s) => doc.lowerClass(s.firstToken)));
  const votes = new Map<string, number[]>();
  for (const s of shouted) votes.set(key(s), [0, 0, 0, 0]);
  for (const s of spans) {
    if (doc.inCapsLine(s.firstToken) || !firstWords.has(doc.lowerClass(s.firstToken))) continue;
    const v = votes.get(key(s));
    if (v) v[NER_TYPES.indexOf(s.type)]++;
  }
  for (const s of shouted) {
    const v = votes.get(key(s)) as number[];
    if (v[0] + v[1] + v[2] + v[3] === 0) continue;
    const best = v.indexOf(Math.max(...v));
    if (NER_TYPES[best] === s.type) continue;
    labels[s.firstToken] = 1 + 2 * best;
    for (let i = s.firstToken + 1; i < s.endToken; i++) labels[i] = 2 + 2 * best;
  }
}

/** Words the tagger remembers across documents before it starts afresh (bounds its memory). */
const LEXICON_LIMIT = 1 << 16;

export class Tagger {
  private readonly gazetteer: IntTable;
  private readonly stages: RuntimeStage[];
  private readonly buffer = new FeatureBuffer();
  private readonly arena = new FeatureArena();
  private em = new Float32Array(256 * LABELS);
  /** The later stages' scores for a whole document, reused from one document to the next. */
  private later: Float32Array[] = [];
  /** Distinct words seen, with their per-word feature data; kept across documents. */
  private readonly lexicon = new Lexicon(true);
  /** Rows of the features read without hashing (feature hash -> row offset in every stage's weights). */
  private readonly featureRows: FeatureRows;
  /**
   * Per lexicon word, the summed weights of its own features (FeatureRows.ownRows) for every
   * stage and label, outside all-caps lines; NaN until first needed. Weights are codebook
   * values with at most 33 significant bits, so double sums of them are exact in any order.
   */
  private own = new Float64Array(1024 * 2 * LABELS).fill(NaN);
  /** The same inside all-caps lines, by word id. */
  private readonly ownCaps = new Map<number, Float64Array>();
  private readonly ownScratch = new Int32Array(64);

  constructor(model: ModelData) {
    this.gazetteer = new IntTable(model.gazetteer.keys, model.gazetteer.values);
    const S = model.stages.length;
    const stride = S * LABELS;
    const offsets = new Int32Array(model.keys.length);
    for (let i = 0; i < offsets.length; i++) offsets[i] = i * stride;
    this.featureRows = new FeatureRows(new IntTable(model.keys, offsets));
    const weights = new Uint8Array(model.keys.length * stride);
    model.stages.forEach((s, k) => {
      const codes = new Uint8Array(s.weights.buffer, s.weights.byteOffset, s.weights.length);
      for (let i = 0, to = k * LABELS; i < codes.length; i += LABELS, to += stride) for (let y = 0; y < LABELS; y++) weights[to + y] = codes[i + y];
    });
    this.stages = model.stages.map((s, k) => ({ weights, at: k * LABELS, cb: codebook(s.levels), trans: constrain(s.trans) }));
  }

  /**
   * Label ids (BIO, see model.ts) for every token of one document. Each feature's row is found
   * once: it adds its first-stage weights to the sentence's scores and its later stages' weights
   * to per-document score arrays, which those stages then complete with their document-evidence
   * features.
   */
  labels(words: readonly string[], sentences: readonly Sentence[]): Uint8Array {
    const n = words.length;
    const bounds = sentenceBounds(n, sentences);
    if (this.lexicon.size > LEXICON_LIMIT) this.forgetWords();
    const doc = new DocumentFeatures(words, bounds.start, bounds.end, this.gazetteer, this.lexicon, this.arena);
    this.featureRows.update(this.lexicon);
    this.growOwn();
    const later = this.laterScores(n);
    const first = this.stages[0];
    let labels = new Uint8Array(n);
    for (let s = 0; s < bounds.start.length; s++) {
      const a = bounds.start[s];
      const b = bounds.end[s];
      const em = this.emissions(b - a);
      this.score(doc, a, b, em, later);
      viterbi(em, b - a, first.trans, labels, 0, a);
    }
    for (let k = 0; k < later.length; k++) {
      const stage = this.stages[k + 1];
      const evidence = labelEvidence(doc, labels, LABELS);
      const next = new Uint8Array(n);
      for (let s = 0; s < bounds.start.length; s++) {
        const a = bounds.start[s];
        const b = bounds.end[s];
        doc.extraRows(a, b, this.featureRows, this.buffer, evidence);
        addRows(later[k], a, b - a, this.buffer, stage);
        viterbi(later[k], b - a, stage.trans, next, a * LABELS, a);
      }
      labels = next;
    }
    retypeHeadlineNames(words, labels, doc);
    if (this.lexicon.size > LEXICON_LIMIT) this.forgetWords();
    return labels;
  }

  /** Room for n tokens' scores for every later stage; `score` writes each token's before it is read. */
  private laterScores(n: number): Float32Array[] {
    if (this.later.length === 0 || this.later[0].length < n * LABELS) {
      this.later = this.stages.slice(1).map(() => new Float32Array(Math.max(n, 1024) * LABELS));
    }
    return this.later;
  }

  private forgetWords(): void {
    this.lexicon.clear();
    this.featureRows.forget();
    this.ownCaps.clear();
    this.own = new Float64Array(1024 * this.stages.length * LABELS).fill(NaN);
  }

  private growOwn(): void {
    const per = this.stages.length * LABELS;
    if (this.own.length >= this.lexicon.size * per) return;
    const grown = new Float64Array(this.lexicon.size * 2 * per).fill(NaN);
    grown.set(this.own);
    this.own = grown;
  }

  /** The summed own-feature weights of word `id` (every stage, every label) in `out` from `at`. */
  private sumOwn(id: number, caps: boolean, out: Float64Array, at: number): void {
    const rows = this.ownScratch;
    const count = this.featureRows.ownRows(this.lexicon, id, caps, rows);
    for (let k = 0; k < this.stages.length; k++) {
      const { weights, cb, at: base } = this.stages[k];
      for (let y = 0; y < LABELS; y++) {
        let sum = 0;
        for (let f = 0; f < count; f++) if (rows[f] >= 0) sum += cb[weights[rows[f] + base + y]];
        out[at + k * LABELS + y] = sum;
      }
    }
  }

  /** The summed own-feature weights of token a + t's word: the array and the offset they start at. */
  private ownOf(doc: DocumentFeatures, i: number): Float64Array {
    const id = doc.wordIds[i];
    const per = this.stages.length * LABELS;
    if (doc.inCapsLine(i)) {
      let c = this.ownCaps.get(id);
      if (!c) {
        c = new Float64Array(per);
        this.sumOwn(id, true, c, 0);
        this.ownCaps.set(id, c);
      }
      this.ownAt = 0;
      return c;
    }
    this.ownAt = id * per;
    if (Number.isNaN(this.own[this.ownAt])) this.sumOwn(id, false, this.own, this.ownAt);
    return this.own;
  }

  /** Where ownOf's sums start in the array it returned. */
  private ownAt = 0;

  /**
   * Scores tokens a..b (one sentence): first-stage sums into em (from 0), later stages' into
   * later[k] at the tokens' own offsets. Sums are in doubles, stored once.
   */
  private score(doc: DocumentFeatures, a: number, b: number, em: Float32Array, later: Float32Array[]): void {
    doc.sentenceRows(a, b, this.featureRows, this.buffer);
    if (later.length === 1) {
      this.scoreTwoStages(doc, a, b, em, later[0]);
      return;
    }
    const { rows, offsets } = this.buffer;
    const S = this.stages.length;
    const per = S * LABELS;
    const sums = new Float64Array(per);
    for (let t = 0; t < b - a; t++) {
      const own = this.ownOf(doc, a + t);
      for (let j = 0; j < per; j++) sums[j] = own[this.ownAt + j];
      for (let f = offsets[t], end = offsets[t + 1]; f < end; f++) {
        const r = rows[f];
        if (r < 0) continue;
        for (let k = 0; k < S; k++) {
          const { weights, cb, at: base } = this.stages[k];
          for (let y = 0; y < LABELS; y++) sums[k * LABELS + y] += cb[weights[r + base + y]];
        }
      }
      for (let y = 0; y < LABELS; y++) em[t * LABELS + y] = sums[y];
      for (let k = 1; k < S; k++) {
        for (let y = 0; y < LABELS; y++) later[k - 1][(a + t) * LABELS + y] = sums[k * LABELS + y];
      }
    }
  }

  /** The shipped two-stage case of `score`, with the sums kept in locals. */
  private scoreTwoStages(doc: DocumentFeatures, a: number, b: number, em: Float32Array, em2: Float32Array): void {
    const { rows, offsets } = this.buffer;
    const w = this.stages[0].weights;
    const c1 = this.stages[0].cb;
    const c2 = this.stages[1].cb;
    for (let t = 0; t < b - a; t++) {
      const own = this.ownOf(doc, a + t);
      const o = this.ownAt;
      let a0 = own[o],
        a1 = own[o + 1],
        a2 = own[o + 2],
        a3 = own[o + 3],
        a4 = own[o + 4],
        a5 = own[o + 5],
        a6 = own[o + 6],
        a7 = own[o + 7],
        a8 = own[o + 8];
      let b0 = own[o + 9],
        b1 = own[o + 10],
        b2 = own[o + 11],
        b3 = own[o + 12],
        b4 = own[o + 13],
        b5 = own[o + 14],
        b6 = own[o + 15],
        b7 = own[o + 16],
        b8 = own[o + 17];
      for (let f = offsets[t], end = offsets[t + 1]; f < end; f++) {
        const r = rows[f];
        if (r < 0) continue;
        a0 += c1[w[r]];
        a1 += c1[w[r + 1]];
        a2 += c1[w[r + 2]];
        a3 += c1[w[r + 3]];
        a4 += c1[w[r + 4]];
        a5 += c1[w[r + 5]];
        a6 += c1[w[r + 6]];
        a7 += c1[w[r + 7]];
        a8 += c1[w[r + 8]];
        b0 += c2[w[r + 9]];
        b1 += c2[w[r + 10]];
        b2 += c2[w[r + 11]];
        b3 += c2[w[r + 12]];
        b4 += c2[w[r + 13]];
        b5 += c2[w[r + 14]];
        b6 += c2[w[r + 15]];
        b7 += c2[w[r + 16]];
        b8 += c2[w[r + 17]];
      }
      const e = t * LABELS;
      em[e] = a0;
      em[e + 1] = a1;
      em[e + 2] = a2;
      em[e + 3] = a3;
      em[e + 4] = a4;
      em[e + 5] = a5;
      em[e + 6] = a6;
      em[e + 7] = a7;
      em[e + 8] = a8;
      const e2 = (a + t) * LABELS;
      em2[e2] = b0;
      em2[e2 + 1] = b1;
      em2[e2 + 2] = b2;
      em2[e2 + 3] = b3;
      em2[e2 + 4] = b4;
      em2[e2 + 5] = b5;
      em2[e2 + 6] = b6;
      em2[e2 + 7] = b7;
      em2[e2 + 8] = b8;
    }
  }

  /** Room for n tokens' first-stage scores (`score` writes every one of them). */
  private emissions(n: number): Float32Array {
    if (this.em.length < n * LABELS) this.em = new Float32Array(n * LABELS * 2);
    return this.em;
  }

  /** Entity spans over a whole document (tokens and sentences as the text layer produced them). */
  tag(tokens: readonly Token[], sentences: readonly Sentence[]): NerSpan[] {
    // Built by push: the same array kind for every document, so optimized code stays valid.
    const words: string[] = [];
    for (const t of tokens) words.push(t.norm || t.text);
    return spansFromLabels(this.labels(words, sentences), words.length);
  }
}

/** A tagger over the weights of a model file's bytes; throws when the bytes are not a News Lens model. */
export function createTagger(bytes: Uint8Array): Tagger {
  return new Tagger(decodeModel(bytes));
}
