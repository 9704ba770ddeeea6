// Integer hashing for the tagger's features and gazetteer keys. Feature ids are 32-bit hashes built
// from per-token string hashes, so inference never builds or looks up feature strings.

/** FNV-1a over a string's UTF-16 code units. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** Folds a value into a running hash. */
export function mix(h: number, v: number): number {
  return mix32(h, v) >>> 0;
}

/** Final avalanche (murmur3 fmix32). Never returns 0, which the tables use as "empty". */
export function finish(h: number): number {
  return finish32(h) >>> 0;
}

// The same two as signed 32-bit integers (the same bits): V8 keeps those unboxed, where an
// unsigned value of 2^31 or more becomes a heap number wherever it leaves a register. The hot
// paths of inference use these, and store the results in typed arrays or look them up in an IntTable.

/** `mix`, as a signed 32-bit integer. */
export function mix32(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995);
  return h ^ (h >>> 15);
}

/** `finish`, as a signed 32-bit integer (never 0). */
export function finish32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h || 1;
}

/**
 * An open-addressing table from non-zero 32-bit keys to non-negative int32 values, built once
 * from parallel arrays. Keys and values sit side by side: one cache line per probe. A bit per
 * key (set by the key's high bits) in a filter 16 times smaller than the slots answers most
 * absent keys without touching the slots.
 */
export class IntTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  constructor(keys: ArrayLike<number>, values: ArrayLike<number>) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    // size * 4 bits: about one in eight set; 1/16 of the slots' bytes.
    const filterBits = size * 4;
    this.filter = new Int32Array(filterBits >>> 5);
    this.filterShift = 32 - Math.log2(filterBits);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] | 0;
      let p = k & this.mask;
      while (this.slots[p * 2] !== 0 && this.slots[p * 2] !== k) p = (p + 1) & this.mask;
      this.slots[p * 2] = k;
      this.slots[p * 2 + 1] = values[i];
      const bit = k >>> this.filterShift;
      this.filter[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  /** The value stored for `key` (non-zero), or -1. */
  get(key: number): number {
    const k = key | 0;
    const bit = k >>> this.filterShift;
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    const mask = this.mask;
    let p = k & mask;
    for (;;) {
      const s = slots[p * 2];
      if (s === k) return slots[p * 2 + 1];
      if (s === 0) return -1;
      p = (p + 1) & mask;
    }
  }
}
