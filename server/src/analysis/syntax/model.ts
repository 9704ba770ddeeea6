// The syntax model's classifiers (int8 weights through a codebook, as the entity tagger's) and its
// binary format (models/syntax.bin).

import { IntTable } from '../ner/hash';
import { codebook, LEVELS } from '../ner/model';

/** Anything that scores classes for a list of feature hashes: training weights or a shipped model. */
export interface Scorer {
  readonly classes: number;
  /** Sets out[0..classes) to the scores of the `count` features in `feats`. */
  score(feats: Uint32Array, count: number, out: Float32Array): void;
}

/** One quantized linear classifier: per feature key a row of `classes` int8 codes. */
export interface Quantized {
  classes: number;
  keys: Uint32Array;
  codes: Int8Array;
  /** LEVELS magnitudes, ascending, levels[0] = 0: code q stands for sign(q) * levels[|q|]. */
  levels: Float32Array;
}

export class QuantizedScorer implements Scorer {
  readonly classes: number;
  private readonly table: IntTable;
  private readonly codes: Uint8Array;
  private readonly cb: Float32Array;
  /** With at most 3 classes the table holds a row's codes themselves (one memory access, not two). */
  private readonly packed: boolean;

  constructor(q: Quantized) {
    const c = q.classes;
    this.classes = c;
    this.codes = new Uint8Array(q.codes.buffer, q.codes.byteOffset, q.codes.byteLength);
    this.packed = c <= 3;
    const values = new Int32Array(q.keys.length);
    for (let r = 0; r < values.length; r++) {
      let v = r;
      if (this.packed) {
        v = 0;
        for (let y = 0; y < c; y++) v |= this.codes[r * c + y] << (8 * y);
      }
      values[r] = v;
    }
    this.table = new IntTable(q.keys, values);
    this.cb = codebook(q.levels);
  }

  score(feats: Uint32Array, count: number, out: Float32Array): void {
    const c = this.classes;
    const codes = this.codes;
    const cb = this.cb;
    out.fill(0, 0, c);
    for (let f = 0; f < count; f++) {
      const v = this.table.get(feats[f]);
      if (v < 0) continue;
      if (this.packed) {
        for (let y = 0; y < c; y++) out[y] += cb[(v >>> (8 * y)) & 255];
        continue;
      }
      const base = v * c;
      for (let y = 0; y < c; y++) out[y] += cb[codes[base + y]];
    }
  }
}

/** The index of the highest of scores[0..n) among those `allowed` (all when omitted); -1 if none. */
export function argmax(scores: Float32Array, n: number, allowed?: (y: number) => boolean): number {
  let best = -1;
  for (let y = 0; y < n; y++) {
    if (allowed && !allowed(y)) continue;
    if (best < 0 || scores[y] > scores[best]) best = y;
  }
  return best;
}

export interface SyntaxModelData {
  /** Tagger labels (see tags.ts) and dependency labels, by class index. */
  tags: string[];
  deprels: string[];
  tagger: Quantized;
  /** The parser's transitions (shift, left arc, right arc). */
  actions: Quantized;
  /** The label of a new arc. */
  labels: Quantized;
  info: Record<string, unknown>;
}

const MAGIC = 0x53594e31; // "SYN1"
const PARTS = ['tagger', 'actions', 'labels'] as const;

function pad4(n: number): number {
  return (n + 3) & ~3;
}

export function encodeSyntaxModel(m: SyntaxModelData): Uint8Array {
  const shapes = PARTS.map((p) => ({ classes: m[p].classes, rows: m[p].keys.length }));
  const info = new TextEncoder().encode(JSON.stringify({ ...m.info, tags: m.tags, deprels: m.deprels, shapes }));
  let size = 8 + pad4(info.length);
  for (const p of PARTS) size += m[p].keys.length * 4 + pad4(m[p].codes.length) + LEVELS * 4;
  const buf = new Uint8Array(size);
  const view = new DataView(buf.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, info.length, true);
  buf.set(info, 8);
  let at = 8 + pad4(info.length);
  const put = (a: ArrayBufferView): void => {
    buf.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad4(a.byteLength);
  };
  for (const p of PARTS) {
    put(m[p].keys);
    put(m[p].codes);
    put(m[p].levels);
  }
  return buf;
}

/** Reads a model written by encodeSyntaxModel; arrays are views into `bytes` (copied once if misaligned). */
export function decodeSyntaxModel(bytes: Uint8Array): SyntaxModelData {
  const a = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(a.buffer, a.byteOffset, a.byteLength);
  if (a.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a News Lens syntax model');
  const infoLength = view.getUint32(4, true);
  if (8 + infoLength > a.byteLength) throw new Error('syntax model file is truncated');
  const info = JSON.parse(new TextDecoder().decode(a.subarray(8, 8 + infoLength))) as Record<string, unknown> & {
    tags: string[];
    deprels: string[];
    shapes: { classes: number; rows: number }[];
  };
  let at = a.byteOffset + 8 + pad4(infoLength);
  const take = <A>(make: (b: ArrayBufferLike, o: number, l: number) => A, length: number, bytesPer: number): A => {
    if (at + length * bytesPer > a.byteOffset + a.byteLength) throw new Error('syntax model file is truncated');
    const arr = make(a.buffer, at, length);
    at += pad4(length * bytesPer);
    return arr;
  };
  const [tagger, actions, labels] = info.shapes.map(({ classes, rows }) => ({
    classes,
    keys: take((b, o, l) => new Uint32Array(b, o, l), rows, 4),
    codes: take((b, o, l) => new Int8Array(b, o, l), rows * classes, 1),
    levels: take((b, o, l) => new Float32Array(b, o, l), LEVELS, 4),
  }));
  const { tags, deprels } = info;
  return { tags, deprels, tagger, actions, labels, info };
}
