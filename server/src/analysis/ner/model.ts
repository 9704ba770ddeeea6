// The tagger's label set, constrained Viterbi decoding and the binary model format (models/ner.bin).

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

/** Transition scores with the forbidden transitions set to -Infinity. */
export function constrain(trans: ArrayLike<number>): Float64Array {
  const t = new Float64Array((LABELS + 1) * LABELS);
  for (let i = 0; i < t.length; i++) t[i] = ALLOWED[i] ? trans[i] : -Infinity;
  return t;
}

let scoreBuffer = new Float64Array(256 * LABELS);
let backBuffer = new Uint8Array(256 * LABELS);

/**
 * Best label sequence under emission scores `em` (n x LABELS from `emAt`) and constrained
 * transition scores `trans` ((LABELS + 1) x LABELS from `constrain`, row 0 = from the sentence
 * start), written to `out` from `outAt`.
 */
export function viterbi(em: Float32Array, n: number, trans: Float64Array, out: Uint8Array, emAt = 0, outAt = 0): void {
  if (n === 0) return;
  const L = LABELS;
  if (scoreBuffer.length < n * L) {
    scoreBuffer = new Float64Array(n * L * 2);
    backBuffer = new Uint8Array(n * L * 2);
  }
  const score = scoreBuffer;
  const back = backBuffer;
  for (let c = 0; c < L; c++) score[c] = trans[c] + em[emAt + c];
  for (let i = 1; i < n; i++) {
    const base = (i - 1) * L;
    for (let c = 0; c < L; c++) {
      if (c > 0 && c % 2 === 0) {
        // I-X follows only B-X (c - 1) or I-X (c): every other predecessor scores -Infinity.
        const fromB = score[base + c - 1] + trans[c * L + c];
        const fromI = score[base + c] + trans[(c + 1) * L + c];
        const takeI = fromI > fromB;
        score[i * L + c] = (takeI ? fromI : fromB) + em[emAt + i * L + c];
        back[i * L + c] = takeI ? c : c - 1;
        continue;
      }
      let best = score[base] + trans[L + c];
      let arg = 0;
      for (let p = 1; p < L; p++) {
        const v = score[base + p] + trans[(p + 1) * L + c];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * L + c] = best + em[emAt + i * L + c];
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
    out[outAt + i] = arg;
    arg = back[i * L + arg];
  }
}

/**
 * One quantized perceptron stage: per feature row, LABELS int8 codes. Code q stands for the weight
 * sign(q) * levels[|q|] (levels[0] = 0): a codebook, so small and large weights both keep their
 * resolution.
 */
export interface StageWeights {
  weights: Int8Array;
  /** LEVELS magnitudes, ascending, levels[0] = 0. */
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

export interface ModelData {
  gazetteer: { keys: Uint32Array; values: Int32Array };
  /** Feature hashes; feature r's weights are row r of every stage. */
  keys: Uint32Array;
  stages: StageWeights[];
  info: Record<string, unknown>;
}

const MAGIC = 0x4e455231; // "NER1"

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** Serialises a model: header, JSON info, gazetteer, then each stage's arrays (4-byte aligned). */
export function encodeModel(m: ModelData): Uint8Array {
  const info = new TextEncoder().encode(JSON.stringify({ ...m.info, gazetteer: m.gazetteer.keys.length, features: m.keys.length, stages: m.stages.length }));
  let size = 12 + pad4(info.length) + m.gazetteer.keys.length * 8 + m.keys.length * 4;
  for (const s of m.stages) size += pad4(s.weights.length) + s.trans.length * 4 + LEVELS * 4;
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
  put(m.keys);
  for (const s of m.stages) {
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
    features: number;
    stages: number;
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
  const keys = take((b, o, l) => new Uint32Array(b, o, l), info.features, 4);
  const stages = Array.from({ length: info.stages }, () => ({
    weights: take((b, o, l) => new Int8Array(b, o, l), info.features * LABELS, 1),
    trans: take((b, o, l) => new Float32Array(b, o, l), (LABELS + 1) * LABELS, 4),
    levels: take((b, o, l) => new Float32Array(b, o, l), LEVELS, 4),
  }));
  return { gazetteer, keys, stages, info };
}
