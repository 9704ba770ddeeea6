// The syntax model's classifiers (linear int8 weights over hashed features) and its
// binary format (models/syntax.bin).

import { IntTable } from '../ner/hash';

/** Anything that scores classes for a list of feature hashes: training weights or a shipped model. */
export interface Scorer {
  readonly classes: number;
  /** Sets out[0..classes) to the scores of the `count` features in `feats`. */
  score(feats: Uint32Array, count: number, out: Float32Array): void;
}

/**
 * One quantized linear classifier with sparse rows: per feature key its nonzero weights, each an
 * int8 code and a class, packed as (code << 8) | class; code q stands for q * scale.
 */
export interface Quantized {
  classes: number;
  keys: Uint32Array;
  /** How many nonzero weights each row has. */
  counts: Uint8Array;
  /** The rows' weights, row after row. */
  entries: Int16Array;
  scale: number;
}

/** The packed codes' sum into out[0..c), each code standing for itself. */
function addPacked(v: number, c: number, out: Float32Array): void {
  for (let y = 0; y < c; y++) out[y] += (v << (24 - 8 * y)) >> 24;
}

/**
 * A quantized classifier laid out for lookups: a table from feature key to where its row starts
 * and how long it is (for up to 3 classes, the row's codes themselves: one memory access).
 */
export class QuantizedScorer implements Scorer {
  readonly classes: number;
  private readonly table: IntTable;
  private readonly entries: Int16Array;
  private readonly scale: number;
  private readonly packed: boolean;

  constructor(q: Quantized) {
    const c = q.classes;
    this.classes = c;
    this.entries = q.entries;
    this.scale = q.scale;
    this.packed = c <= 3;
    const values = new Int32Array(q.keys.length);
    let start = 0;
    for (let r = 0; r < values.length; r++) {
      const n = q.counts[r];
      if (this.packed) {
        for (let j = start; j < start + n; j++) values[r] |= ((q.entries[j] >> 8) & 255) << (8 * (q.entries[j] & 255));
      } else values[r] = (start << 8) | n;
      start += n;
    }
    this.table = new IntTable(q.keys, values);
  }

  score(feats: Uint32Array, count: number, out: Float32Array): void {
    const c = this.classes;
    const entries = this.entries;
    out.fill(0, 0, c);
    for (let f = 0; f < count; f++) {
      const v = this.table.get(feats[f]);
      if (v < 0) continue;
      if (this.packed) {
        addPacked(v, c, out);
        continue;
      }
      const end = (v >>> 8) + (v & 255);
      for (let j = v >>> 8; j < end; j++) {
        const e = entries[j];
        out[e & 255] += e >> 8;
      }
    }
    for (let y = 0; y < c; y++) out[y] *= this.scale;
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
  /** Frequent unambiguous words: form hash -> tag id. */
  dictionary: Map<number, number>;
  info: Record<string, unknown>;
}

const MAGIC = 0x53594e32; // "SYN2": sparse rows of linear int8 codes
const PARTS = ['tagger', 'actions', 'labels'] as const;

function pad4(n: number): number {
  return (n + 3) & ~3;
}

export function encodeSyntaxModel(m: SyntaxModelData): Uint8Array {
  const shapes = PARTS.map((p) => ({ classes: m[p].classes, rows: m[p].keys.length, entries: m[p].entries.length, scale: m[p].scale }));
  const info = new TextEncoder().encode(JSON.stringify({ ...m.info, tags: m.tags, deprels: m.deprels, dictionary: [...m.dictionary], shapes }));
  let size = 8 + pad4(info.length);
  for (const p of PARTS) size += m[p].keys.length * 4 + pad4(m[p].counts.length) + pad4(m[p].entries.length * 2);
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
    put(m[p].counts);
    put(m[p].entries);
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
    dictionary?: [number, number][];
    shapes: { classes: number; rows: number; entries: number; scale: number }[];
  };
  let at = a.byteOffset + 8 + pad4(infoLength);
  const take = <A>(make: (b: ArrayBufferLike, o: number, l: number) => A, length: number, bytesPer: number): A => {
    if (at + length * bytesPer > a.byteOffset + a.byteLength) throw new Error('syntax model file is truncated');
    const arr = make(a.buffer, at, length);
    at += pad4(length * bytesPer);
    return arr;
  };
  const [tagger, actions, labels] = info.shapes.map(({ classes, rows, entries, scale }) => ({
    classes,
    keys: take((b, o, l) => new Uint32Array(b, o, l), rows, 4),
    counts: take((b, o, l) => new Uint8Array(b, o, l), rows, 1),
    entries: take((b, o, l) => new Int16Array(b, o, l), entries, 2),
    scale,
  }));
  const { tags, deprels } = info;
  return { tags, deprels, tagger, actions, labels, dictionary: new Map(info.dictionary ?? []), info };
}
