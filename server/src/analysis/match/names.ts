// Finds many given names in a text in one pass: the names sorted once (per list), then at each
// token start a binary search tells whether any name begins with the text up to the next token end,
// and an exact lookup whether one ends there. A list of 100,000 names costs one sort to build and
// about one binary search per token to match; the cost no longer grows with the list per text.

/** A name found: its text offsets and token span [first, end), with what the caller attached. */
export interface NameMatch<T> {
  start: number;
  stop: number;
  first: number;
  end: number;
  value: T;
}

export interface TokenBounds {
  start: number;
  end: number;
}

export class NameMatcher<T> {
  private readonly sorted: string[];
  private readonly values = new Map<string, T[]>();

  /** @param entries names (matched exactly as written, case included) with a value each; a name may repeat */
  constructor(entries: Iterable<[string, T]>) {
    for (const [name, value] of entries) {
      if (!name) continue;
      const list = this.values.get(name);
      if (list) list.push(value);
      else this.values.set(name, [value]);
    }
    this.sorted = [...this.values.keys()].sort();
  }

  get size(): number {
    return this.sorted.length;
  }

  /**
   * Every occurrence of a name that starts at a token start and ends at a token end, in text order
   * (longer first at one start). Occurrences of one name never overlap each other: as with a
   * left-to-right search, one starting inside the previous is skipped.
   */
  find(text: string, tokens: readonly TokenBounds[]): NameMatch<T>[] {
    const out: NameMatch<T>[] = [];
    if (this.sorted.length === 0) return out;
    const lastStop = new Map<string, number>();
    for (let a = 0; a < tokens.length; a++) {
      const start = tokens[a].start;
      const found: NameMatch<T>[] = [];
      for (let b = a; b < tokens.length; b++) {
        const piece = text.slice(start, tokens[b].end);
        if (!this.hasPrefix(piece)) break;
        const values = this.values.get(piece);
        if (!values || (lastStop.get(piece) ?? -1) > start) continue;
        lastStop.set(piece, tokens[b].end);
        for (const value of values) found.push({ start, stop: tokens[b].end, first: a, end: b + 1, value });
      }
      out.push(...found.sort((x, y) => y.stop - x.stop));
    }
    return out;
  }

  /** True when some name begins with `prefix` (binary search in the sorted names). */
  private hasPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo].startsWith(prefix);
  }
}

const cache = new WeakMap<object, NameMatcher<unknown>>();

/**
 * The matcher of a list, built on first use and kept as long as the list lives: the same list
 * object (a user entities file as loaded once) is matched against every text without rebuilding.
 */
export function matcherFor<L extends object, T>(list: L, build: (list: L) => Iterable<[string, T]>): NameMatcher<T> {
  let matcher = cache.get(list) as NameMatcher<T> | undefined;
  if (!matcher) cache.set(list, (matcher = new NameMatcher(build(list))));
  return matcher;
}
