// Averaged perceptron weights for training the syntax model: rows created on first update, the
// average kept with the "w - u / c" trick (Daume), and int8 codebook quantization for shipping.

import { LEVELS } from '../../server/src/analysis/ner/model';
import type { Quantized, Scorer } from '../../server/src/analysis/syntax/model';

export class TrainScorer implements Scorer {
  private readonly index = new Map<number, number>();
  private w = new Float32Array(1 << 16);
  private u = new Float64Array(1 << 16);
  private c = 1;

  constructor(readonly classes: number) {}

  get rows(): number {
    return this.index.size;
  }

  score(feats: Uint32Array, count: number, out: Float32Array): void {
    const C = this.classes;
    out.fill(0, 0, C);
    for (let f = 0; f < count; f++) {
      const row = this.index.get(feats[f]);
      if (row === undefined) continue;
      const base = row * C;
      for (let y = 0; y < C; y++) out[y] += this.w[base + y];
    }
  }

  private row(key: number): number {
    let r = this.index.get(key);
    if (r === undefined) {
      r = this.index.size;
      this.index.set(key, r);
      if ((r + 1) * this.classes > this.w.length) {
        const w = new Float32Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return r;
  }

  /** One perceptron step: `good` up, `bad` down (nothing if equal); every call counts for the average. */
  update(feats: Uint32Array, count: number, good: number, bad: number): void {
    if (good !== bad) {
      for (let f = 0; f < count; f++) {
        const base = this.row(feats[f]) * this.classes;
        this.w[base + good] += 1;
        this.w[base + bad] -= 1;
        this.u[base + good] += this.c;
        this.u[base + bad] -= this.c;
      }
    }
    this.c++;
  }

  /** A scorer with the averaged weights (for decoding; no further training). */
  averaged(): TrainScorer {
    const a = new TrainScorer(this.classes);
    for (const [key, row] of this.index) a.index.set(key, row);
    const n = this.index.size * this.classes;
    a.w = new Float32Array(n);
    for (let i = 0; i < n; i++) a.w[i] = this.w[i] - this.u[i] / this.c;
    a.u = new Float64Array(0);
    return a;
  }

  /**
   * Int8 codes over a codebook of LEVELS magnitudes spaced geometrically from `prune` times the
   * largest weight up to it; weights below that become 0, and rows left all zero are dropped.
   */
  quantize(prune = 0.004): Quantized {
    const C = this.classes;
    let max = 0;
    for (let i = 0; i < this.index.size * C; i++) max = Math.max(max, Math.abs(this.w[i]));
    const min = max * prune;
    const ratio = Math.pow(max / Math.max(min, 1e-12), 1 / (LEVELS - 2));
    const levels = new Float32Array(LEVELS);
    for (let q = 1; q < LEVELS; q++) levels[q] = min * Math.pow(ratio, q - 1);
    const keys: number[] = [];
    const codes: number[] = [];
    const entries = [...this.index].sort((x, y) => x[0] - y[0]);
    for (const [key, row] of entries) {
      const rowCodes = Array.from({ length: C }, (_, y) => {
        const v = this.w[row * C + y];
        if (Math.abs(v) < min * Math.sqrt(1 / ratio)) return 0;
        const q = Math.min(LEVELS - 1, Math.max(1, Math.round(Math.log(Math.abs(v) / min) / Math.log(ratio)) + 1));
        return Math.sign(v) * q;
      });
      if (rowCodes.every((q) => q === 0)) continue;
      keys.push(key);
      codes.push(...rowCodes);
    }
    return { classes: C, keys: Uint32Array.from(keys), codes: Int8Array.from(codes), levels };
  }
}
