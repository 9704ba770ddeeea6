// The statistical entity tagger: an averaged structured perceptron over hashed features, decoded
// with Viterbi under BIO constraints, optionally refined by a second stage that sees how the
// first pass labelled the same word elsewhere in the document. Weights: models/ner.bin.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Sentence, Token } from '../types';
import { IntTable } from './hash';
import { DocumentFeatures, FeatureBuffer, labelEvidence } from './features';
import { decodeModel, LABELS, NER_TYPES, Stage, type ModelData, type NerType } from './model';

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

export class Tagger {
  private readonly gazetteer: IntTable;
  private readonly stages: Stage[];
  private readonly buffer = new FeatureBuffer();

  constructor(model: ModelData) {
    this.gazetteer = new IntTable(model.gazetteer.keys, model.gazetteer.values);
    this.stages = model.stages.map((s) => new Stage(s));
  }

  /** Label ids (BIO, see model.ts) for every token of one document. */
  labels(words: readonly string[], sentences: readonly Sentence[]): Uint8Array {
    const bounds = sentenceBounds(words.length, sentences);
    const doc = new DocumentFeatures(words, bounds.start, bounds.end, this.gazetteer);
    let labels = new Uint8Array(words.length);
    for (let k = 0; k < this.stages.length; k++) {
      const extra = k === 0 ? undefined : labelEvidence(doc, labels, LABELS);
      const next = new Uint8Array(words.length);
      for (let s = 0; s < bounds.start.length; s++) {
        this.stages[k].decode(doc, bounds.start[s], bounds.end[s], this.buffer, next, extra);
      }
      labels = next;
    }
    return labels;
  }

  /** Entity spans over a whole document (tokens and sentences as the text layer produced them). */
  tag(tokens: readonly Token[], sentences: readonly Sentence[]): NerSpan[] {
    const words = tokens.map((t) => t.norm || t.text);
    return spansFromLabels(this.labels(words, sentences), words.length);
  }
}

/** The folder holding package.json, walking up from this bundle's folder. */
function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`News Lens: no package.json above ${__dirname}`);
    dir = up;
  }
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
