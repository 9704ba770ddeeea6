// Averaged perceptron weights for training the syntax model: rows created on first update, the
// average kept with the "w - u / c" trick (Daume), and linear int8 quantization for shipping.

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
   * Linear int8 codes: code q stands for q * max / 127 (max: the largest weight). Weights below
   * `prune` times the largest become 0; each row keeps its nonzero codes, rows left empty are dropped.
   */
  quantize(prune = 0.004): Quantized {
    const C = this.classes;
    let max = 0;
    for (let i = 0; i < this.index.size * C; i++) max = Math.max(max, Math.abs(this.w[i]));
    const scale = Math.max(max, 1e-12) / 127;
    const keys: number[] = [];
    const counts: number[] = [];
    const entries: number[] = [];
    for (const [key, row] of [...this.index].sort((x, y) => x[0] - y[0])) {
      const before = entries.length;
      for (let y = 0; y < C; y++) {
        const v = this.w[row * C + y];
        const q = Math.abs(v) < max * prune ? 0 : Math.round(v / scale);
        if (q !== 0) entries.push(q * 256 + y);
      }
      if (entries.length === before) continue;
      keys.push(key);
      counts.push(entries.length - before);
    }
    return { classes: C, keys: Uint32Array.from(keys), counts: Uint8Array.from(counts), entries: Int16Array.from(entries), scale };
  }
}
