// The statistical entity tagger: an averaged structured perceptron over hashed features, decoded
// with Viterbi under BIO constraints, optionally refined by a second stage that sees how the
// first pass labelled the same word elsewhere in the document. Weights: models/ner.bin.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Sentence, Token } from '../types';
import { IntTable } from './hash';
import { DocumentFeatures, FeatureBuffer, labelEvidence, lowerKey } from './features';
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
  /** Codes as unsigned bytes, so `code` indexes the 256-entry codebook directly. */
  weights: Uint8Array;
  cb: Float32Array;
  trans: Float64Array;
}

/** Adds row `r`'s weights (codes at w[r..r+LABELS)) to the emission scores at em[e..e+LABELS). */
function addRow(em: Float32Array, e: number, w: Uint8Array, cb: Float32Array, r: number): void {
  em[e] += cb[w[r]];
  em[e + 1] += cb[w[r + 1]];
  em[e + 2] += cb[w[r + 2]];
  em[e + 3] += cb[w[r + 3]];
  em[e + 4] += cb[w[r + 4]];
  em[e + 5] += cb[w[r + 5]];
  em[e + 6] += cb[w[r + 6]];
  em[e + 7] += cb[w[r + 7]];
  em[e + 8] += cb[w[r + 8]];
}

/**
 * Names in all-caps lines take the type the same name has in the document's mixed-case text,
 * where casing makes the tagger far more reliable ("NIGERIA AND GHANA AGREE ..." above a story
 * that says "Nigeria").
 */
function retypeHeadlineNames(words: readonly string[], labels: Uint8Array, doc: DocumentFeatures): void {
  const key = (s: NerSpan): string => words.slice(s.firstToken, s.endToken).map(lowerKey).join(' ');
  const spans = spansFromLabels(labels, labels.length);
  if (!spans.some((s) => doc.inCapsLine(s.firstToken))) return;
  const votes = new Map<string, number[]>();
  for (const s of spans) {
    if (doc.inCapsLine(s.firstToken)) continue;
    const k = key(s);
    let v = votes.get(k);
    if (!v) votes.set(k, (v = [0, 0, 0, 0]));
    v[NER_TYPES.indexOf(s.type)]++;
  }
  for (const s of spans) {
    if (!doc.inCapsLine(s.firstToken)) continue;
    const v = votes.get(key(s));
    if (!v) continue;
    const best = v.indexOf(Math.max(...v));
    if (NER_TYPES[best] === s.type) continue;
    labels[s.firstToken] = 1 + 2 * best;
    for (let i = s.firstToken + 1; i < s.endToken; i++) labels[i] = 2 + 2 * best;
  }
}

export class Tagger {
  private readonly gazetteer: IntTable;
  /** Feature hash -> offset of its row in every stage's weights. */
  private readonly rows: IntTable;
  private readonly stages: RuntimeStage[];
  private readonly buffer = new FeatureBuffer();
  private em = new Float32Array(256 * LABELS);
  /** Row offsets found for a sentence's features (-1: absent). */
  private found = new Int32Array(4096);

  constructor(model: ModelData) {
    this.gazetteer = new IntTable(model.gazetteer.keys, model.gazetteer.values);
    const offsets = new Int32Array(model.keys.length);
    for (let i = 0; i < offsets.length; i++) offsets[i] = i * LABELS;
    this.rows = new IntTable(model.keys, offsets);
    this.stages = model.stages.map((s) => ({
      weights: new Uint8Array(s.weights.buffer, s.weights.byteOffset, s.weights.length),
      cb: codebook(s.levels),
      trans: constrain(s.trans),
    }));
  }

  /**
   * Label ids (BIO, see model.ts) for every token of one document. The features are hashed and
   * looked up once: each row found adds its first-stage weights to the sentence's scores and its
   * later stages' weights to per-document score arrays, which those stages then complete with
   * their document-evidence features.
   */
  labels(words: readonly string[], sentences: readonly Sentence[]): Uint8Array {
    const n = words.length;
    const bounds = sentenceBounds(n, sentences);
    const doc = new DocumentFeatures(words, bounds.start, bounds.end, this.gazetteer);
    const later = this.stages.slice(1).map(() => new Float32Array(n * LABELS));
    const first = this.stages[0];
    let labels = new Uint8Array(n);
    for (let s = 0; s < bounds.start.length; s++) {
      const a = bounds.start[s];
      const b = bounds.end[s];
      const em = this.emissions(b - a);
      doc.sentenceFeatures(a, b, this.buffer);
      const { feats, offsets } = this.buffer;
      if (later.length === 1) {
        this.scoreTwoStages(feats, offsets, b - a, em, later[0], a * LABELS);
      } else {
        for (let t = 0; t < b - a; t++) {
          for (let f = offsets[t]; f < offsets[t + 1]; f++) {
            const r = this.rows.get(feats[f]);
            if (r < 0) continue;
            addRow(em, t * LABELS, first.weights, first.cb, r);
            for (let k = 0; k < later.length; k++) addRow(later[k], (a + t) * LABELS, this.stages[k + 1].weights, this.stages[k + 1].cb, r);
          }
        }
      }
      viterbi(em, b - a, first.trans, labels.subarray(a, b));
    }
    for (let k = 0; k < later.length; k++) {
      const stage = this.stages[k + 1];
      const evidence = labelEvidence(doc, labels, LABELS);
      const next = new Uint8Array(n);
      for (let s = 0; s < bounds.start.length; s++) {
        const a = bounds.start[s];
        const b = bounds.end[s];
        const em = later[k].subarray(a * LABELS, b * LABELS);
        doc.extraFeatures(a, b, this.buffer, evidence);
        const { feats, offsets } = this.buffer;
        for (let t = 0; t < b - a; t++) {
          for (let f = offsets[t]; f < offsets[t + 1]; f++) {
            const r = this.rows.get(feats[f]);
            if (r >= 0) addRow(em, t * LABELS, stage.weights, stage.cb, r);
          }
        }
        viterbi(em, b - a, stage.trans, next.subarray(a, b));
      }
      labels = next;
    }
    retypeHeadlineNames(words, labels, doc);
    return labels;
  }

  /**
   * The shipped two-stage case of the loop in `labels`, with the sums kept in locals: first-stage
   * scores of the sentence's tokens into em, second-stage scores into em2 from offset `at`.
   */
  private scoreTwoStages(feats: Uint32Array, offsets: Int32Array, n: number, em: Float32Array, em2: Float32Array, at: number): void {
    const rows = this.rows;
    const w1 = this.stages[0].weights;
    const c1 = this.stages[0].cb;
    const w2 = this.stages[1].weights;
    const c2 = this.stages[1].cb;
    // All lookups first, in a tight loop: independent cache misses then overlap.
    const total = offsets[n];
    if (this.found.length < total) this.found = new Int32Array(total * 2);
    const found = this.found;
    for (let f = 0; f < total; f++) found[f] = rows.get(feats[f]);
    for (let t = 0; t < n; t++) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0;
      let b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0, b7 = 0, b8 = 0;
      for (let f = offsets[t], end = offsets[t + 1]; f < end; f++) {
        const r = found[f];
        if (r < 0) continue;
        a0 += c1[w1[r]];
        a1 += c1[w1[r + 1]];
        a2 += c1[w1[r + 2]];
        a3 += c1[w1[r + 3]];
        a4 += c1[w1[r + 4]];
        a5 += c1[w1[r + 5]];
        a6 += c1[w1[r + 6]];
        a7 += c1[w1[r + 7]];
        a8 += c1[w1[r + 8]];
        b0 += c2[w2[r]];
        b1 += c2[w2[r + 1]];
        b2 += c2[w2[r + 2]];
        b3 += c2[w2[r + 3]];
        b4 += c2[w2[r + 4]];
        b5 += c2[w2[r + 5]];
        b6 += c2[w2[r + 6]];
        b7 += c2[w2[r + 7]];
        b8 += c2[w2[r + 8]];
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
      const e2 = at + e;
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

  private emissions(n: number): Float32Array {
    if (this.em.length < n * LABELS) this.em = new Float32Array(n * LABELS * 2);
    this.em.fill(0, 0, n * LABELS);
    return this.em;
  }

  /** Entity spans over a whole document (tokens and sentences as the text layer produced them). */
  tag(tokens: readonly Token[], sentences: readonly Sentence[]): NerSpan[] {
    const words = tokens.map((t) => t.norm || t.text);
    return spansFromLabels(this.labels(words, sentences), words.length);
  }
}

/** The folder holding package.json, walking up from this bundle's folder (else from the working directory). */
function projectRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      if (existsSync(join(dir, 'package.json'))) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error(`News Lens: no package.json above ${__dirname}`);
}

export function modelPath(): string {
  return join(projectRoot(), 'models', 'ner.bin');
}

export function loadTagger(path: string): Tagger {
  return new Tagger(decodeModel(readFileSync(path)));
}

let shared: Tagger | undefined;

/** The tagger with the committed model, loaded once. */
export function getTagger(): Tagger {
  shared ??= loadTagger(modelPath());
  return shared;
}
