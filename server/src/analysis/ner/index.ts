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

/** Documents up to this many tokens keep their first-stage feature rows for the second stage. */
const ROW_CACHE_TOKENS = 200_000;

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
  private cache = new Int32Array(1 << 16);

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

  /** Label ids (BIO, see model.ts) for every token of one document. */
  labels(words: readonly string[], sentences: readonly Sentence[]): Uint8Array {
    const n = words.length;
    const bounds = sentenceBounds(n, sentences);
    const doc = new DocumentFeatures(words, bounds.start, bounds.end, this.gazetteer);
    const useCache = n <= ROW_CACHE_TOKENS;
    // rowStart[i]..rowStart[i + 1]: token i's feature rows in this.cache (when cached).
    const rowStart = new Int32Array(useCache ? n + 1 : 0);
    let used = 0;
    let labels = new Uint8Array(n);
    for (let k = 0; k < this.stages.length; k++) {
      const stage = this.stages[k];
      const evidence = k === 0 ? undefined : labelEvidence(doc, labels, LABELS);
      const next = new Uint8Array(n);
      for (let s = 0; s < bounds.start.length; s++) {
        const a = bounds.start[s];
        const b = bounds.end[s];
        const em = this.emissions(b - a);
        if (k === 0 || !useCache) {
          doc.sentenceFeatures(a, b, this.buffer);
          const { feats, offsets } = this.buffer;
          for (let t = 0; t < b - a; t++) {
            if (useCache) rowStart[a + t] = used;
            for (let f = offsets[t]; f < offsets[t + 1]; f++) {
              const r = this.rows.get(feats[f]);
              if (r < 0) continue;
              addRow(em, t * LABELS, stage.weights, stage.cb, r);
              if (useCache) {
                if (used === this.cache.length) this.growCache();
                this.cache[used++] = r;
              }
            }
          }
          if (useCache) rowStart[b] = used;
        } else {
          for (let t = 0; t < b - a; t++) {
            for (let f = rowStart[a + t]; f < rowStart[a + t + 1]; f++) addRow(em, t * LABELS, stage.weights, stage.cb, this.cache[f]);
          }
        }
        if (evidence) {
          doc.extraFeatures(a, b, this.buffer, evidence);
          const { feats, offsets } = this.buffer;
          for (let t = 0; t < b - a; t++) {
            for (let f = offsets[t]; f < offsets[t + 1]; f++) {
              const r = this.rows.get(feats[f]);
              if (r >= 0) addRow(em, t * LABELS, stage.weights, stage.cb, r);
            }
          }
        }
        viterbi(em, b - a, stage.trans, next.subarray(a, b));
      }
      labels = next;
    }
    if (this.cache.length > 1 << 20) this.cache = new Int32Array(1 << 16);
    retypeHeadlineNames(words, labels, doc);
    return labels;
  }

  private emissions(n: number): Float32Array {
    if (this.em.length < n * LABELS) this.em = new Float32Array(n * LABELS * 2);
    this.em.fill(0, 0, n * LABELS);
    return this.em;
  }

  private growCache(): void {
    const next = new Int32Array(this.cache.length * 2);
    next.set(this.cache);
    this.cache = next;
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
