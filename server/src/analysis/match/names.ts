// Finds many given names in a text in one pass. The names are sorted once into a table of typed
// arrays (optionally in shared memory, so the language server's worker threads all read one copy);
// at each token start a binary search tells whether any name begins with the text up to the next
// token end, and whether one is exactly that. A list of 100,000 names costs one sort to build and
// about one binary search per token to match: the cost no longer grows with the list per text.

/** A name found: its text offsets and token span [first, end), and the value stored with it. */
export interface NameMatch {
  start: number;
  stop: number;
  first: number;
  end: number;
  value: number;
}

export interface TokenBounds {
  start: number;
  end: number;
}

/**
 * The names in code-unit order, their characters in one array; each name's values (numbers the
 * caller gives, e.g. an entity's index) in another; and a payload string per value (e.g. the
 * entity as JSON). Plain data: it crosses to a worker thread as it is, and when its arrays are
 * backed by a SharedArrayBuffer they are shared, not copied.
 */
export interface NameTable {
  chars: Uint16Array;
  /** Name i is chars[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  /** Name i's values are values[valueStarts[i] .. valueStarts[i + 1]). */
  valueStarts: Int32Array;
  values: Int32Array;
  /** Payload of value v: payload[payloadOffsets[v] .. payloadOffsets[v + 1]). */
  payload: Uint16Array;
  payloadOffsets: Int32Array;
}

function array<T extends Int32Array | Uint16Array>(Kind: { new (buffer: ArrayBufferLike): T; BYTES_PER_ELEMENT: number }, length: number, shared: boolean): T {
  const bytes = Math.max(1, length) * Kind.BYTES_PER_ELEMENT;
  return new Kind(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}

/**
 * Builds a table from names and their values (parallel lists; values are 0 .. payloads-1) and one
 * payload per value. Empty names are left out; a name may come with several values.
 */
export function buildNameTable(names: readonly string[], values: readonly number[], payloads: readonly string[], shared = false): NameTable {
  // Most names are unique: a name's value is kept as a number, a list only for a repeated name.
  const byName = new Map<string, number | number[]>();
  let valueCount = 0;
  names.forEach((name, i) => {
    if (!name) return;
    const known = byName.get(name);
    byName.set(name, known === undefined ? values[i] : [...(typeof known === 'number' ? [known] : known), values[i]]);
    valueCount++;
  });
  const sorted = [...byName.keys()].sort();
  let charCount = 0;
  for (const name of sorted) charCount += name.length;
  const table: NameTable = {
    chars: array(Uint16Array, charCount, shared),
    offsets: array(Int32Array, sorted.length + 1, shared),
    valueStarts: array(Int32Array, sorted.length + 1, shared),
    values: array(Int32Array, valueCount, shared),
    payload: array(
      Uint16Array,
      payloads.reduce((n, p) => n + p.length, 0),
      shared,
    ),
    payloadOffsets: array(Int32Array, payloads.length + 1, shared),
  };
  const { offsets, valueStarts } = table;
  writeChars(table.chars, sorted);
  let c = 0;
  let v = 0;
  sorted.forEach((name, i) => {
    offsets[i] = c;
    c += name.length;
    valueStarts[i] = v;
    const value = byName.get(name)!;
    if (typeof value === 'number') table.values[v++] = value;
    else for (const each of value) table.values[v++] = each;
  });
  offsets[sorted.length] = c;
  valueStarts[sorted.length] = v;
  const { payloadOffsets } = table;
  writeChars(table.payload, payloads);
  let p = 0;
  payloads.forEach((text, i) => {
    payloadOffsets[i] = p;
    p += text.length;
  });
  payloadOffsets[payloads.length] = p;
  return table;
}

/** Writes the strings' UTF-16 code units one after another. */
function writeChars(target: Uint16Array, strings: readonly string[]): void {
  let c = 0;
  for (const text of strings) for (let k = 0; k < text.length; k++) target[c++] = text.charCodeAt(k);
}

/** The number of names in a table. */
export const tableSize = (table: NameTable) => table.offsets.length - 1;

/** Code-unit order of `piece` against name i: negative, 0 or positive; `prefix` when the name begins with piece. */
function compare(table: NameTable, i: number, piece: string): { order: number; prefix: boolean } {
  const from = table.offsets[i];
  const length = table.offsets[i + 1] - from;
  const n = Math.min(length, piece.length);
  for (let k = 0; k < n; k++) {
    const d = table.chars[from + k] - piece.charCodeAt(k);
    if (d !== 0) return { order: d, prefix: false };
  }
  return { order: length - piece.length, prefix: length >= piece.length };
}

/** The first name not before `piece`, and whether it begins with it / is it. */
function lookup(table: NameTable, piece: string): { index: number; prefix: boolean; exact: boolean } {
  let lo = 0;
  let hi = tableSize(table);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(table, mid, piece).order < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= tableSize(table)) return { index: lo, prefix: false, exact: false };
  const { order, prefix } = compare(table, lo, piece);
  return { index: lo, prefix, exact: order === 0 };
}

/**
 * Every occurrence of a name that starts at a token start and ends at a token end, in text order
 * (longer first at one start; a name's values in the order given). Occurrences of one name never
 * overlap each other: as with a left-to-right search, one starting inside the previous is skipped.
 */
export function findNames(table: NameTable, text: string, tokens: readonly TokenBounds[]): NameMatch[] {
  const out: NameMatch[] = [];
  if (tableSize(table) === 0) return out;
  const lastStop = new Map<number, number>();
  for (let a = 0; a < tokens.length; a++) {
    const start = tokens[a].start;
    const found: NameMatch[] = [];
    for (let b = a; b < tokens.length; b++) {
      const { index, prefix, exact } = lookup(table, text.slice(start, tokens[b].end));
      if (!prefix) break;
      if (!exact || (lastStop.get(index) ?? -1) > start) continue;
      lastStop.set(index, tokens[b].end);
      for (let v = table.valueStarts[index]; v < table.valueStarts[index + 1]; v++) {
        found.push({ start, stop: tokens[b].end, first: a, end: b + 1, value: table.values[v] });
      }
    }
    out.push(...found.sort((x, y) => y.stop - x.stop));
  }
  return out;
}

/** The payload stored for a value. */
export function payloadOf(table: NameTable, value: number): string {
  let s = '';
  const end = table.payloadOffsets[value + 1];
  for (let k = table.payloadOffsets[value]; k < end; k += 4096) s += String.fromCharCode(...table.payload.subarray(k, Math.min(end, k + 4096)));
  return s;
}

const cache = new WeakMap<object, NameTable>();

/**
 * The table of a list, built on first use and kept as long as the list lives: the same list object
 * (a user entities file as loaded once) is matched against every text without rebuilding.
 */
export function tableFor<L extends object>(list: L, build: (list: L) => NameTable): NameTable {
  let table = cache.get(list);
  if (!table) cache.set(list, (table = build(list)));
  return table;
}
