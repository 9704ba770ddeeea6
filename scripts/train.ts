// Trains the entity tagger (averaged structured perceptron, BIO, constrained Viterbi, two stages)
// on CoNLL-2003 English and writes the quantized model to models/ner.bin.
//
//   npm run train -- [--corpus DIR] [--out FILE] [--epochs MAX] [--stages 1|2] [--prune X]
//                    [--dev-only] [--test]
//
// DIR (default corpora/conll2003, or $NER_CORPUS) holds eng.train, eng.testa (dev), eng.testb.
// First it trains on eng.train and picks each stage's epoch count (up to MAX) on eng.testa,
// printing dev scores; then it trains the shipped model on eng.train + eng.testa with those
// epochs (--dev-only ships the eng.train model instead). --test scores eng.testb with the written
// model, for reporting only: never tune on it. Stage 2 learns from the first stage's labels of the
// same word across the document, trained on out-of-fold first-stage predictions. Deterministic:
// seeded shuffles, no clock or randomness in the model.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DocumentFeatures, FeatureBuffer, labelEvidence, type Evidence } from '../server/src/analysis/ner/features';
import { IntTable } from '../server/src/analysis/ner/hash';
import { constrain, decodeModel, encodeModel, LABELS, LEVELS, viterbi, type StageWeights } from '../server/src/analysis/ner/model';
import { parseConll, SpanScore, type ConllDocument } from '../server/src/analysis/ner/conll';
import { createTagger, spansFromLabels, Tagger } from '../server/src/analysis/ner/index';
import { buildGazetteers } from './build-gazetteers';
import { mulberry32 } from './lib/random';

const L = LABELS;

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

/** Sentences as feature-row lists, packed in flat arrays. */
class Dataset {
  feats: Int32Array = new Int32Array(1 << 20);
  used = 0;
  /** Per token: start into feats; per sentence: first token. */
  tokOffsets: number[] = [0];
  sentFirstTok: number[] = [];
  gold: number[] = [];
  /** The document each sentence belongs to. */
  sentDoc: number[] = [];

  push(row: number): void {
    if (this.used === this.feats.length) {
      const next = new Int32Array(this.feats.length * 2);
      next.set(this.feats);
      this.feats = next;
    }
    this.feats[this.used++] = row;
  }

  get sentences(): number {
    return this.sentFirstTok.length;
  }
}

/** Feature hash -> training row. */
class FeatureIndex {
  readonly rows = new Map<number, number>();
  frozen = false;

  row(h: number): number {
    let r = this.rows.get(h);
    if (r === undefined) {
      if (this.frozen) return -1;
      r = this.rows.size;
      this.rows.set(h, r);
    }
    return r;
  }
}

function docFeatures(doc: ConllDocument, gazetteer: IntTable): DocumentFeatures {
  return new DocumentFeatures(doc.words, doc.sentStart, doc.sentEnd, gazetteer);
}

/** Feature rows of every sentence; with `evidence` (second stage), the extra features too. */
function extract(docs: readonly ConllDocument[], features: readonly DocumentFeatures[], index: FeatureIndex, evidence?: readonly Evidence[]): Dataset {
  const data = new Dataset();
  const buf = new FeatureBuffer();
  const extra = new FeatureBuffer();
  docs.forEach((doc, d) => {
    const df = features[d];
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s];
      const b = doc.sentEnd[s];
      df.sentenceFeatures(a, b, buf);
      if (evidence) df.extraFeatures(a, b, extra, evidence[d]);
      data.sentFirstTok.push(data.tokOffsets.length - 1);
      data.sentDoc.push(d);
      for (let i = a; i < b; i++) {
        for (let k = buf.offsets[i - a]; k < buf.offsets[i - a + 1]; k++) {
          const r = index.row(buf.feats[k]);
          if (r >= 0) data.push(r);
        }
        if (evidence) {
          for (let k = extra.offsets[i - a]; k < extra.offsets[i - a + 1]; k++) {
            const r = index.row(extra.feats[k]);
            if (r >= 0) data.push(r);
          }
        }
        data.tokOffsets.push(data.used);
        data.gold.push(doc.gold[i]);
      }
    }
  });
  data.sentFirstTok.push(data.tokOffsets.length - 1);
  return data;
}

class Perceptron {
  w: Float32Array;
  acc: Float64Array;
  trans = new Float32Array((L + 1) * L);
  transAcc = new Float64Array((L + 1) * L);
  c = 1;

  constructor(readonly rows: number) {
    this.w = new Float32Array(rows * L);
    this.acc = new Float64Array(rows * L);
  }

  averaged(): { w: Float32Array; trans: Float32Array } {
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i] - this.acc[i] / this.c;
    const trans = new Float32Array(this.trans.length);
    for (let i = 0; i < trans.length; i++) trans[i] = this.trans[i] - this.transAcc[i] / this.c;
    return { w, trans };
  }
}

let em = new Float32Array(1024 * L);

function decodeSentence(data: Dataset, s: number, w: Float32Array, trans: Float32Array, out: Uint8Array): number {
  const t0 = data.sentFirstTok[s];
  const n = data.sentFirstTok[s + 1] - t0;
  if (em.length < n * L) em = new Float32Array(n * L * 2);
  em.fill(0, 0, n * L);
  for (let t = 0; t < n; t++) {
    for (let k = data.tokOffsets[t0 + t]; k < data.tokOffsets[t0 + t + 1]; k++) {
      const r = data.feats[k] * L;
      for (let y = 0; y < L; y++) em[t * L + y] += w[r + y];
    }
  }
  viterbi(em, n, constrain(trans), out);
  return n;
}

function trainEpoch(p: Perceptron, data: Dataset, order: readonly number[]): void {
  const pred = new Uint8Array(4096);
  for (const s of order) {
    const t0 = data.sentFirstTok[s];
    const n = decodeSentence(data, s, p.w, p.trans, pred);
    let wrong = false;
    for (let t = 0; t < n; t++) if (pred[t] !== data.gold[t0 + t]) wrong = true;
    if (wrong) {
      for (let t = 0; t < n; t++) {
        const g = data.gold[t0 + t];
        const y = pred[t];
        if (g !== y) {
          for (let k = data.tokOffsets[t0 + t]; k < data.tokOffsets[t0 + t + 1]; k++) {
            const r = data.feats[k] * L;
            p.w[r + g] += 1;
            p.acc[r + g] += p.c;
            p.w[r + y] -= 1;
            p.acc[r + y] -= p.c;
          }
        }
        const pg = t === 0 ? 0 : data.gold[t0 + t - 1] + 1;
        const py = t === 0 ? 0 : pred[t - 1] + 1;
        if (pg !== py || g !== y) {
          p.trans[pg * L + g] += 1;
          p.transAcc[pg * L + g] += p.c;
          p.trans[py * L + y] -= 1;
          p.transAcc[py * L + y] -= p.c;
        }
      }
    }
    p.c++;
  }
}

/** Labels for every token of a dataset, sentence by sentence. */
function predict(data: Dataset, w: Float32Array, trans: Float32Array, sentences?: readonly number[]): Uint8Array {
  const labels = new Uint8Array(data.gold.length);
  const list = sentences ?? Array.from({ length: data.sentences }, (_, s) => s);
  for (const s of list) decodeSentence(data, s, w, trans, labels.subarray(data.sentFirstTok[s]));
  return labels;
}

function scoreLabels(data: Dataset, labels: Uint8Array): SpanScore {
  const score = new SpanScore();
  for (let s = 0; s < data.sentences; s++) {
    const a = data.sentFirstTok[s];
    const b = data.sentFirstTok[s + 1];
    score.add(spansFromLabels(data.gold.slice(a, b), b - a), spansFromLabels(labels.subarray(a, b), b - a));
  }
  return score;
}

/** Trains for `epochs`, scoring `dev` after each epoch when given; returns the averaged weights per epoch's best. */
function train(
  name: string,
  data: Dataset,
  rows: number,
  epochs: number,
  seed: number,
  dev?: Dataset,
  sentences?: readonly number[],
): { w: Float32Array; trans: Float32Array; bestEpoch: number; devF1: number } {
  type Best = { w: Float32Array; trans: Float32Array; bestEpoch: number; devF1: number };
  const p = new Perceptron(rows);
  const random = mulberry32(seed);
  const order = sentences ? [...sentences] : Array.from({ length: data.sentences }, (_, s) => s);
  let best: Best = { w: new Float32Array(0), trans: new Float32Array(0), bestEpoch: 0, devF1: -1 };
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const t = Date.now();
    trainEpoch(p, data, order);
    if (dev) {
      const avg = p.averaged();
      const f = scoreLabels(dev, predict(dev, avg.w, avg.trans)).mainF1();
      console.log(`  ${name} epoch ${e}: dev P/L/O F1 ${f.toFixed(2)} (${Date.now() - t} ms)`);
      if (f > best.devF1) best = { ...avg, bestEpoch: e, devF1: f };
    } else if (e === epochs) {
      best = { ...p.averaged(), bestEpoch: e, devF1: -1 };
    }
  }
  return best;
}

interface Quantized {
  /** Feature hash -> LABELS int8 codes, for rows with a non-zero code. */
  rows: Map<number, Int8Array>;
  levels: Float32Array;
  trans: Float32Array;
}

/**
 * Int8 codes for the weights of magnitude >= `prune` (relative to the largest). The codebook's
 * levels are spaced geometrically from the pruning threshold to the largest weight, so every kept
 * weight keeps about 3% relative precision.
 */
function quantize(index: FeatureIndex, w: Float32Array, trans: Float32Array, prune: number): Quantized {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  const min = Math.max(max * prune, 1e-9);
  const levels = new Float32Array(LEVELS);
  const ratio = Math.pow(max / min, 1 / (LEVELS - 2));
  for (let q = 1; q < LEVELS; q++) levels[q] = min * Math.pow(ratio, q - 1);
  const code = (v: number): number => {
    const a = Math.abs(v);
    if (a < min / 2) return 0;
    const q = a <= min ? 1 : Math.min(LEVELS - 1, 1 + Math.round(Math.log(a / min) / Math.log(ratio)));
    return v < 0 ? -q : q;
  };
  const rows = new Map<number, Int8Array>();
  for (const [h, r] of index.rows) {
    const row = new Int8Array(L);
    let any = false;
    for (let y = 0; y < L; y++) {
      row[y] = code(w[r * L + y]);
      if (row[y] !== 0) any = true;
    }
    if (any) rows.set(h, row);
  }
  return { rows, levels, trans: Float32Array.from(trans) };
}

/** One key table over every stage's kept features; each stage gets a weight row per key. */
function combine(stages: readonly Quantized[]): { keys: Uint32Array; stages: StageWeights[] } {
  const all = new Set<number>();
  for (const s of stages) for (const h of s.rows.keys()) all.add(h);
  const keys = Uint32Array.from([...all].sort((a, b) => a - b));
  return {
    keys,
    stages: stages.map((s) => {
      const weights = new Int8Array(keys.length * L);
      keys.forEach((h, i) => {
        const row = s.rows.get(h);
        if (row) weights.set(row, i * L);
      });
      return { weights, levels: s.levels, trans: s.trans };
    }),
  };
}

const FOLDS = 5;

interface FitResult {
  bytes: Uint8Array;
  epochs1: number;
  epochs2: number;
  features: number;
}

/**
 * Trains both stages on `fitDocs`. With `dev`, each stage runs up to the given epochs and keeps
 * the epoch that scores best on dev; without, it trains exactly the given epochs.
 */
function fit(
  fitDocs: readonly ConllDocument[],
  dev: readonly ConllDocument[] | undefined,
  gaz: { keys: Uint32Array; values: Int32Array },
  opts: { epochs1: number; epochs2: number; stages: number; prune: number; trainedOn: string },
): FitResult {
  const started = Date.now();
  const gazetteer = new IntTable(gaz.keys, gaz.values);
  const fitFeatures = fitDocs.map((d) => docFeatures(d, gazetteer));
  const devDocs = dev ?? [];
  const devFeatures = devDocs.map((d) => docFeatures(d, gazetteer));

  const index1 = new FeatureIndex();
  const fit1 = extract(fitDocs, fitFeatures, index1);
  index1.frozen = true;
  const dev1 = extract(devDocs, devFeatures, index1);
  console.log(`stage 1: ${index1.rows.size} features, ${fit1.gold.length} tokens`);
  const s1 = train('stage 1', fit1, index1.rows.size, opts.epochs1, 1, dev ? dev1 : undefined);
  if (dev) console.log(`stage 1 best: epoch ${s1.bestEpoch}, dev P/L/O ${s1.devF1.toFixed(2)}`);
  const stageWeights = [quantize(index1, s1.w, s1.trans, opts.prune)];
  let epochs2 = 0;

  if (opts.stages >= 2) {
    // Out-of-fold first-stage labels for the training documents, full-model labels for dev.
    const oof = new Uint8Array(fit1.gold.length);
    for (let k = 0; k < FOLDS; k++) {
      const trainSents: number[] = [];
      const heldSents: number[] = [];
      for (let s = 0; s < fit1.sentences; s++) (fit1.sentDoc[s] % FOLDS === k ? heldSents : trainSents).push(s);
      const m = train(`fold ${k + 1}`, fit1, index1.rows.size, s1.bestEpoch, 100 + k, undefined, trainSents);
      const labels = predict(fit1, m.w, m.trans, heldSents);
      for (const s of heldSents) for (let t = fit1.sentFirstTok[s]; t < fit1.sentFirstTok[s + 1]; t++) oof[t] = labels[t];
    }
    console.log(`  ${FOLDS} out-of-fold first stages done (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const perDoc = (docs: readonly ConllDocument[], labels: Uint8Array): Uint8Array[] => {
      const res: Uint8Array[] = [];
      let at = 0;
      for (const d of docs) {
        res.push(labels.slice(at, at + d.words.length));
        at += d.words.length;
      }
      return res;
    };
    const fitL = perDoc(fitDocs, oof);
    const devL = perDoc(devDocs, predict(dev1, s1.w, s1.trans));
    const index2 = new FeatureIndex();
    const fit2 = extract(
      fitDocs,
      fitFeatures,
      index2,
      fitFeatures.map((f, d) => labelEvidence(f, fitL[d], L)),
    );
    index2.frozen = true;
    const dev2 = extract(
      devDocs,
      devFeatures,
      index2,
      devFeatures.map((f, d) => labelEvidence(f, devL[d], L)),
    );
    console.log(`stage 2: ${index2.rows.size} features`);
    const s2 = train('stage 2', fit2, index2.rows.size, opts.epochs2, 2, dev ? dev2 : undefined);
    if (dev) console.log(`stage 2 best: epoch ${s2.bestEpoch}, dev P/L/O ${s2.devF1.toFixed(2)}`);
    stageWeights.push(quantize(index2, s2.w, s2.trans, opts.prune));
    epochs2 = s2.bestEpoch;
  }

  const combined = combine(stageWeights);
  const bytes = encodeModel({
    gazetteer: { keys: gaz.keys, values: gaz.values },
    keys: combined.keys,
    stages: combined.stages,
    info: { trainedOn: opts.trainedOn, epochs: [s1.bestEpoch, epochs2], prune: opts.prune },
  });
  console.log(`model: ${(bytes.length / 1e6).toFixed(2)} MB, ${combined.keys.length} features (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { bytes, epochs1: s1.bestEpoch, epochs2, features: combined.keys.length };
}

/** Scores a model through the runtime code path (quantized weights, document-level tagging). */
function evaluate(tagger: Tagger, docs: readonly ConllDocument[]): SpanScore {
  const score = new SpanScore();
  for (const d of docs) {
    const sentences = Array.from(d.sentStart, (a, s) => ({ start: 0, end: 0, firstToken: a, endToken: d.sentEnd[s], paragraph: 0 }));
    const labels = tagger.labels(d.words, sentences);
    for (let s = 0; s < d.sentStart.length; s++) {
      const a = d.sentStart[s];
      const b = d.sentEnd[s];
      score.add(spansFromLabels(d.gold.subarray(a, b), b - a), spansFromLabels(labels.subarray(a, b), b - a));
    }
  }
  return score;
}

function main(): void {
  const started = Date.now();
  const corpus = resolve(arg('corpus', process.env.NER_CORPUS ?? 'corpora/conll2003')!);
  const out = resolve(arg('out', 'models/ner.bin')!);
  const maxEpochs = Number(arg('epochs', '12'));
  const stages = Number(arg('stages', '2'));
  const prune = Number(arg('prune', '0.002'));
  const read = (f: string): ConllDocument[] => parseConll(readFileSync(join(corpus, f), 'utf8'));
  const trainDocs = read('eng.train');
  const devDocs = read('eng.testa');
  console.log(`corpus ${corpus}: ${trainDocs.length} train docs, ${devDocs.length} dev docs`);
  const gaz = buildGazetteers();
  console.log(`gazetteer: ${gaz.keys.length} keys`);

  // 1. Choose the epochs on dev, training on eng.train only.
  console.log('== tuning: train on eng.train, choose epochs on eng.testa');
  const tuned = fit(trainDocs, devDocs, gaz, { epochs1: maxEpochs, epochs2: maxEpochs, stages, prune, trainedOn: 'eng.train' });
  const devScore = evaluate(new Tagger(decodeModel(tuned.bytes)), devDocs);
  console.log(devScore.report('dev (eng.testa), model trained on eng.train, quantized'));

  // 2. The shipped model: eng.train + eng.testa with those epochs (unless --dev-only).
  let bytes = tuned.bytes;
  if (!flag('dev-only')) {
    console.log(`== final: train on eng.train + eng.testa, ${tuned.epochs1} + ${tuned.epochs2} epochs`);
    bytes = fit([...trainDocs, ...devDocs], undefined, gaz, {
      epochs1: tuned.epochs1,
      epochs2: tuned.epochs2,
      stages,
      prune,
      trainedOn: 'eng.train+eng.testa',
    }).bytes;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB (${((Date.now() - started) / 1000).toFixed(1)} s in all)`);
  if (flag('test')) {
    console.log(evaluate(createTagger(readFileSync(out)), read('eng.testb')).report(`test (eng.testb), ${out}`));
  }
}

main();
