// The tagger's label set, constrained Viterbi decoding and the binary model format (models/ner.bin).

import { IntTable } from './hash';
import { DocumentFeatures, FeatureBuffer } from './features';

export const NER_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** BIO labels: 0 = O, 1 + 2t = B-type t, 2 + 2t = I-type t. */
export const LABELS = 1 + 2 * NER_TYPES.length;

export function labelName(y: number): string {
  if (y === 0) return 'O';
  return `${y % 2 === 1 ? 'B' : 'I'}-${NER_TYPES[(y - 1) >> 1]}`;
}

/** Whether label `cur` may follow `prev` (-1: sentence start). I-X only continues an X. */
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || cur % 2 === 1) return true;
  return prev > 0 && (prev - 1) >> 1 === (cur - 1) >> 1;
}

const ALLOWED = (() => {
  const a = new Uint8Array((LABELS + 1) * LABELS);
  for (let p = -1; p < LABELS; p++) for (let c = 0; c < LABELS; c++) a[(p + 1) * LABELS + c] = allowed(p, c) ? 1 : 0;
  return a;
})();

/**
 * Best label sequence under emission scores `em` (n x LABELS) and transition scores `trans`
 * ((LABELS + 1) x LABELS, row 0 = from the sentence start), honouring the hard constraints.
 */
export function viterbi(em: Float32Array, n: number, trans: Float32Array, out: Uint8Array): void {
  if (n === 0) return;
  const L = LABELS;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let c = 0; c < L; c++) score[c] = ALLOWED[c] ? trans[c] + em[c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = (i - 1) * L;
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[(p + 1) * L + c]) continue;
        const v = score[base + p] + trans[(p + 1) * L + c];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * L + c] = best + em[i * L + c];
      back[i * L + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < L; c++) {
    if (score[(n - 1) * L + c] > best) {
      best = score[(n - 1) * L + c];
      arg = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
}

/**
 * One quantized perceptron stage: feature hash -> row of LABELS int8 codes. Code q stands for the
 * weight sign(q) * levels[|q|] (levels[0] = 0): a codebook, so small and large weights both keep
 * their resolution.
 */
export interface StageWeights {
  keys: Uint32Array;
  weights: Int8Array;
  /** 128 magnitudes, ascending, levels[0] = 0. */
  levels: Float32Array;
  /** (LABELS + 1) x LABELS. */
  trans: Float32Array;
}

export const LEVELS = 128;

/** The weight each of the 256 int8 codes stands for, indexed by `code & 255`. */
export function codebook(levels: Float32Array): Float32Array {
  const cb = new Float32Array(256);
  for (let q = -127; q <= 127; q++) cb[q & 255] = Math.sign(q) * levels[Math.abs(q)];
  return cb;
}

export class Stage {
  private readonly table: IntTable;
  private readonly weights: Uint8Array;
  private readonly cb: Float32Array;
  private readonly trans: Float32Array;
  private em = new Float32Array(256 * LABELS);

  constructor(w: StageWeights) {
    const rows = new Int32Array(w.keys.length);
    for (let i = 0; i < rows.length; i++) rows[i] = i * LABELS;
    this.table = new IntTable(w.keys, rows);
    this.weights = new Uint8Array(w.weights.buffer, w.weights.byteOffset, w.weights.length);
    this.cb = codebook(w.levels);
    this.trans = w.trans;
  }

  /** Labels of sentence tokens a..b into out[a..b). */
  decode(doc: DocumentFeatures, a: number, b: number, buf: FeatureBuffer, out: Uint8Array, extra?: (i: number, emit: (t: number, v: number) => void) => void): void {
    const n = b - a;
    if (n === 0) return;
    doc.sentenceFeatures(a, b, buf, extra);
    if (this.em.length < n * LABELS) this.em = new Float32Array(n * LABELS * 2);
    const em = this.em;
    em.fill(0, 0, n * LABELS);
    const feats = buf.feats;
    const offsets = buf.offsets;
    const w = this.weights;
    const cb = this.cb;
    const table = this.table;
    for (let t = 0; t < n; t++) {
      const e = t * LABELS;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      for (let k = offsets[t], end = offsets[t + 1]; k < end; k++) {
        const r = table.get(feats[k]);
        if (r < 0) continue;
        s0 += cb[w[r]];
        s1 += cb[w[r + 1]];
        s2 += cb[w[r + 2]];
        s3 += cb[w[r + 3]];
        s4 += cb[w[r + 4]];
        s5 += cb[w[r + 5]];
        s6 += cb[w[r + 6]];
        s7 += cb[w[r + 7]];
        s8 += cb[w[r + 8]];
      }
      em[e] = s0;
      em[e + 1] = s1;
      em[e + 2] = s2;
      em[e + 3] = s3;
      em[e + 4] = s4;
      em[e + 5] = s5;
      em[e + 6] = s6;
      em[e + 7] = s7;
      em[e + 8] = s8;
    }
    const labels = out.subarray(a, b);
    viterbi(em, n, this.trans, labels);
  }
}

export interface ModelData {
  gazetteer: { keys: Uint32Array; values: Int32Array };
  stages: StageWeights[];
  info: Record<string, unknown>;
}

const MAGIC = 0x4e455231; // "NER1"

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** Serialises a model: header, JSON info, gazetteer, then each stage's arrays (4-byte aligned). */
export function encodeModel(m: ModelData): Uint8Array {
  const info = new TextEncoder().encode(
    JSON.stringify({ ...m.info, gazetteer: m.gazetteer.keys.length, stages: m.stages.map((s) => ({ features: s.keys.length })) }),
  );
  let size = 12 + pad4(info.length) + m.gazetteer.keys.length * 8;
  for (const s of m.stages) size += s.keys.length * 4 + pad4(s.weights.length) + s.trans.length * 4 + LEVELS * 4;
  const buf = new Uint8Array(size);
  const view = new DataView(buf.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, LABELS, true);
  view.setUint32(8, info.length, true);
  buf.set(info, 12);
  let at = 12 + pad4(info.length);
  const put = (a: ArrayBufferView): void => {
    buf.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad4(a.byteLength);
  };
  put(m.gazetteer.keys);
  put(m.gazetteer.values);
  for (const s of m.stages) {
    put(s.keys);
    put(s.weights);
    put(s.trans);
    put(s.levels);
  }
  return buf;
}

/** Reads a model written by encodeModel. Arrays are views into `bytes` (copied once if misaligned). */
export function decodeModel(bytes: Uint8Array): ModelData {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(aligned.buffer, aligned.byteOffset, aligned.byteLength);
  if (aligned.byteLength < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('not a News Lens NER model');
  if (view.getUint32(4, true) !== LABELS) throw new Error('NER model has a different label set');
  const infoLength = view.getUint32(8, true);
  const info = JSON.parse(new TextDecoder().decode(aligned.subarray(12, 12 + infoLength))) as Record<string, unknown> & {
    gazetteer: number;
    stages: { features: number }[];
  };
  let at = aligned.byteOffset + 12 + pad4(infoLength);
  const take = <A>(make: (buffer: ArrayBufferLike, offset: number, length: number) => A, length: number, bytesPer: number): A => {
    if (at + length * bytesPer > aligned.byteOffset + aligned.byteLength) throw new Error('NER model file is truncated');
    const a = make(aligned.buffer, at, length);
    at += pad4(length * bytesPer);
    return a;
  };
  const g = info.gazetteer;
  const gazetteer = {
    keys: take((b, o, l) => new Uint32Array(b, o, l), g, 4),
    values: take((b, o, l) => new Int32Array(b, o, l), g, 4),
  };
  const stages = info.stages.map((s) => ({
    keys: take((b, o, l) => new Uint32Array(b, o, l), s.features, 4),
    weights: take((b, o, l) => new Int8Array(b, o, l), s.features * LABELS, 1),
    trans: take((b, o, l) => new Float32Array(b, o, l), (LABELS + 1) * LABELS, 4),
    levels: take((b, o, l) => new Float32Array(b, o, l), LEVELS, 4),
  }));
  return { gazetteer, stages, info };
}
