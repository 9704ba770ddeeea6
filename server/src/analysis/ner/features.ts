// Feature extraction for the entity tagger, shared by training (scripts/train.ts) and inference.
// A document is a list of token strings plus sentence bounds. Per token we hash a few strings once
// (word, lower case, shape, affixes); every feature id is then an integer mix of those hashes, so
// no feature string is ever built.

import { finish, finish32, hashString, mix, mix32, type IntTable } from './hash';

/** Gazetteer categories: bit positions in a gazetteer entry's mask. */
export const GAZ = {
  firstName: 0,
  lastName: 1,
  person: 2,
  country: 3,
  city: 4,
  region: 5,
  organization: 6,
  orgSuffix: 7,
  demonym: 8,
  personTitle: 9,
  capital: 10,
  placeWord: 11,
  sportsTeam: 12,
  misc: 13,
} as const;
export const GAZ_CATEGORIES = 14;
/** Set on a gazetteer key that is a proper prefix of a longer entry. */
export const GAZ_PREFIX = 1 << 15;
export const GAZ_MAX_TOKENS = 6;

const GAZ_SEED = 0x2f6b1d3;
const FEATURE_SEED = 0x51ed270b;

/** The lower-cased, digit-normalised form the tagger and gazetteers key words by. */
export function lowerKey(word: string): string {
  const lower = word.toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\d/g, '0') : lower;
}

/** The hash key of a gazetteer entry given as words. */
export function gazetteerKey(words: readonly string[]): number {
  let h = GAZ_SEED;
  for (const w of words) h = mix(h, hashString(lowerKey(w)));
  return finish(h);
}

// Casing classes of a token.
const C_LOWER = 0; // starts with a lower-case letter
const C_TITLE = 1; // upper-case first letter, some lower-case letters
const C_CAPS = 2; // two or more letters, all upper case
const C_LETTER = 3; // a single upper-case letter (initials: "J", "J.")
const C_NUMBER = 4; // starts with a digit
const C_PUNCT = 5; // no letter or digit
const C_OTHER = 6;

function isUpperChar(c: string): boolean {
  return c !== c.toLowerCase();
}
function isLowerChar(c: string): boolean {
  return c !== c.toUpperCase();
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

function casingClass(w: string): number {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (c >= 'a' && c <= 'z') lower++;
    else if (c >= 'A' && c <= 'Z') upper++;
    else if (c >= '0' && c <= '9') digits++;
    else if (isUpperChar(c)) upper++;
    else if (isLowerChar(c)) lower++;
  }
  if (upper + lower === 0) return digits > 0 ? C_NUMBER : C_PUNCT;
  const first = w.search(LETTER_OR_DIGIT);
  // Cased symbols that are no letters (circled letters, Roman numerals) have no first letter.
  if (first < 0) return C_OTHER;
  const f = w[first];
  if (f >= '0' && f <= '9') return C_NUMBER;
  if (isLowerChar(f)) return C_LOWER;
  if (lower === 0) return upper >= 2 ? C_CAPS : C_LETTER;
  if (isUpperChar(f)) return C_TITLE;
  return C_OTHER;
}

/** Word shape with runs collapsed: "McDonald's" -> "XxXx'x", "1996-08-22" -> "d-d-d". */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 10; i++) {
    const c = w[i];
    let k: string;
    if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (isUpperChar(c)) k = 'X';
    else if (isLowerChar(c)) k = 'x';
    else k = c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

// Feature templates. Each id is mixed into the feature hash; values never collide across templates.
const enum T {
  Bias = 1,
  Lower,
  Word,
  LowerM1,
  LowerP1,
  LowerM2,
  LowerP2,
  Shape,
  ShapeM1Shape,
  ShapeShapeP1,
  Shape3,
  Prefix,
  Suffix,
  BigramM1,
  BigramP1,
  Skip,
  FirstInSentence,
  CapsSentenceShape,
  CapsSentenceLower,
  DocCase,
  DocCaseM1,
  DocCaseP1,
  Gaz,
  GazM1,
  GazP1,
  LowerM1Shape,
  RunHead,
  RunHeadGaz,
  RunFirst,
  RunLength,
  ShapeLowerP1,
  Extra,
}

// Hashes a document's tokens are read by, as signed 32-bit integers (see mix32).
const BOS = hashString('<s>') | 0;
/** Lower-case words that may join two capitalized words into one name ("Bank of England"). */
const CONNECTORS = new Set(
  ['of', 'for', 'and', '&', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'bin', 'el'].map((w) => hashString(w) | 0),
);
const EOS = hashString('</s>') | 0;

/** Each template's starting hash. */
const SEEDS = Uint32Array.from({ length: 64 }, (_, t) => mix(FEATURE_SEED, t));
/** An upper bound on one token's features (base templates, gazetteer categories x 3, run). */
const MAX_TOKEN_FEATURES = 64 + 5 * GAZ_CATEGORIES;

// Feature hashes as signed 32-bit integers (see mix32): their bits are what the model's keys hold.
function h1(t: number, v: number): number {
  return finish32(mix32(SEEDS[t], v));
}
function h2(t: number, v: number, w: number): number {
  return finish32(mix32(mix32(SEEDS[t], v), w));
}
function h3(t: number, v: number, w: number, x: number): number {
  return finish32(mix32(mix32(mix32(SEEDS[t], v), w), x));
}

/**
 * Distinct words with what the features read from each (hashes of the word, its lower case and
 * shape; casing class; prefix and suffix hashes), each word analysed once. One per document in
 * training; the tagger keeps one across documents.
 */
export class Lexicon {
  /** Open addressing by word hash (hWord): id + 1 per slot, 0 empty; the words themselves in `words`. */
  private slots = new Int32Array(INITIAL_WORDS * 2);
  private readonly words: string[] = [];
  size = 0;
  hWord = new Uint32Array(INITIAL_WORDS);
  hLower = new Uint32Array(INITIAL_WORDS);
  hShape = new Uint32Array(INITIAL_WORDS);
  casing = new Uint8Array(INITIAL_WORDS);
  /** Prefix / suffix hashes of lengths 1..4 (0 when the word is shorter), 8 per word. */
  affix = new Uint32Array(INITIAL_WORDS * 8);
  /** Per word, its lower-case class: words with the same lower-case hash share one. */
  lowerClass = new Int32Array(INITIAL_WORDS);
  private readonly lowerClasses = new Map<number, number>();
  /** One byte per lower-case class, all 0 between uses (DocumentFeatures' scratch). */
  classScratch = new Uint8Array(INITIAL_WORDS);

  /** `outlivesDocuments`: long words are copied, so the lexicon never keeps a document's text alive through a slice of it. */
  constructor(private readonly outlivesDocuments = false) {}

  id(w: string): number {
    const h = hashString(w);
    const slots = this.slots;
    const mask = slots.length - 1;
    let at = h & mask;
    for (let e = slots[at]; e !== 0; e = slots[at]) {
      if (this.hWord[e - 1] === h && this.words[e - 1] === w) return e - 1;
      at = (at + 1) & mask;
    }
    const id = this.size++;
    if (id === this.casing.length) this.resize(id * 2);
    this.words.push(this.outlivesDocuments && w.length > 12 ? (JSON.parse(JSON.stringify(w)) as string) : w);
    this.hWord[id] = h;
    slots[at] = id + 1;
    if (this.size * 2 > slots.length) this.rehash(slots.length * 2);
    const lower = lowerKey(w);
    this.hLower[id] = hashString(lower);
    let cls = this.lowerClasses.get(this.hLower[id]);
    if (cls === undefined) {
      cls = this.lowerClasses.size;
      this.lowerClasses.set(this.hLower[id], cls);
      if (cls === this.classScratch.length) this.classScratch = new Uint8Array(cls * 2);
    }
    this.lowerClass[id] = cls;
    this.hShape[id] = hashString(shapeOf(w));
    this.casing[id] = casingClass(w);
    let p = 0x9e37;
    let s = 0x7f4a;
    const len = Math.min(4, lower.length);
    for (let k = 0; k < 8; k++) this.affix[id * 8 + k] = 0;
    for (let k = 0; k < len; k++) {
      p = Math.imul(p ^ lower.charCodeAt(k), 0x01000193) >>> 0;
      s = Math.imul(s ^ lower.charCodeAt(lower.length - 1 - k), 0x01000193) >>> 0;
      this.affix[id * 8 + k] = p || 1;
      this.affix[id * 8 + 4 + k] = s || 1;
    }
    return id;
  }

  /** Forgets every word (ids start again from 0). */
  clear(): void {
    this.words.length = 0;
    this.lowerClasses.clear();
    this.size = 0;
    this.slots = new Int32Array(INITIAL_WORDS * 2);
    if (this.casing.length > INITIAL_WORDS) this.resize(INITIAL_WORDS);
    if (this.classScratch.length > INITIAL_WORDS) this.classScratch = new Uint8Array(INITIAL_WORDS);
  }

  /** The word table at `capacity` slots (a power of two), every word placed again. */
  private rehash(capacity: number): void {
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      let p = this.hWord[id] & mask;
      while (slots[p] !== 0) p = (p + 1) & mask;
      slots[p] = id + 1;
    }
    this.slots = slots;
  }

  private resize(capacity: number): void {
    const keep = Math.min(this.size, capacity);
    const grown = <A extends Uint32Array | Int32Array | Uint8Array>(a: A, per: number, make: (n: number) => A): A => {
      const b = make(capacity * per);
      b.set(a.subarray(0, keep * per));
      return b;
    };
    this.hWord = grown(this.hWord, 1, (k) => new Uint32Array(k));
    this.hLower = grown(this.hLower, 1, (k) => new Uint32Array(k));
    this.hShape = grown(this.hShape, 1, (k) => new Uint32Array(k));
    this.casing = grown(this.casing, 1, (k) => new Uint8Array(k));
    this.affix = grown(this.affix, 8, (k) => new Uint32Array(k));
    this.lowerClass = grown(this.lowerClass, 1, (k) => new Int32Array(k));
  }
}

const INITIAL_WORDS = 1024;

/**
 * Memory for one DocumentFeatures' per-token arrays, reused by the next document (the previous
 * one's arrays are then overwritten): a reused arena spares the tagger about ten array
 * allocations per document. `take` returns the arrays zeroed (runStart and runEnd at -1).
 */
export class FeatureArena {
  private capacity = -1;
  private h32 = new Int32Array(0);
  private i32 = new Int32Array(0);
  private u8 = new Uint8Array(0);

  take(n: number) {
    if (n > this.capacity) {
      this.capacity = this.capacity < 0 ? n : Math.max(n, this.capacity * 2);
      this.h32 = new Int32Array(this.capacity * 2);
      this.i32 = new Int32Array(this.capacity * 3);
      this.u8 = new Uint8Array(this.capacity * (3 + 2 * GAZ_CATEGORIES));
    }
    const c = this.capacity;
    const u8 = (k: number, per: number): Uint8Array => this.u8.subarray(c * k, c * k + n * per).fill(0);
    return {
      hLower: this.h32.subarray(0, n),
      hShape: this.h32.subarray(c, c + n),
      runStart: this.i32.subarray(0, n).fill(-1),
      runEnd: this.i32.subarray(c, c + n).fill(-1),
      wordIds: this.i32.subarray(2 * c, 2 * c + n),
      casing: u8(0, 1),
      docCase: u8(1, 1),
      capsSentence: u8(2, 1),
      gazCode: u8(3, GAZ_CATEGORIES),
      bestLen: u8(3 + GAZ_CATEGORIES, GAZ_CATEGORIES),
    };
  }
}

/** Per-document token data the features read. Built once per document. */
export class DocumentFeatures {
  readonly n: number;
  /** The lexicon's hashes of each token's lower case and shape, as signed integers (see mix32). */
  private readonly hLower: Int32Array;
  private readonly hShape: Int32Array;
  private readonly casing: Uint8Array;
  private readonly docCase: Uint8Array;
  private readonly gazCode: Uint8Array;
  private readonly capsSentence: Uint8Array;
  /** The run of capitalized words (with inner connectors) holding each token: [runStart, runEnd), -1 outside. */
  private readonly runStart: Int32Array;
  private readonly runEnd: Int32Array;
  /** Each token's word in the lexicon. */
  readonly wordIds: Int32Array;
  /** matchGazetteer's scratch: per token and category, the longest match so far. */
  private readonly bestLen: Uint8Array;

  constructor(
    words: readonly string[],
    readonly sentStart: Int32Array,
    readonly sentEnd: Int32Array,
    gazetteer: IntTable,
    /** Where each word's own data is kept (word hash, affixes: read through wordIds). */
    private readonly lexicon: Lexicon = new Lexicon(),
    /** Memory for the per-token arrays, when documents are analysed one at a time (the tagger); else fresh arrays. */
    arena: FeatureArena = new FeatureArena(),
  ) {
    const n = words.length;
    this.n = n;
    const a = arena.take(n);
    this.hLower = a.hLower;
    this.hShape = a.hShape;
    this.casing = a.casing;
    this.docCase = a.docCase;
    this.gazCode = a.gazCode;
    this.capsSentence = a.capsSentence;
    this.runStart = a.runStart;
    this.runEnd = a.runEnd;
    this.bestLen = a.bestLen;
    // Each distinct word is analysed once (by the lexicon); its tokens copy the results.
    this.wordIds = a.wordIds;
    for (let i = 0; i < n; i++) {
      const id = lexicon.id(words[i]);
      this.wordIds[i] = id;
      this.hLower[i] = lexicon.hLower[id];
      this.hShape[i] = lexicon.hShape[id];
      this.casing[i] = lexicon.casing[id];
    }
    this.markCapsSentences();
    this.findCapitalizedRuns();
    this.computeDocumentCasing();
    this.matchGazetteer(gazetteer);
  }

  private markCapsSentences(): void {
    for (let s = 0; s < this.sentStart.length; s++) {
      let letters = 0;
      let lowers = 0;
      for (let i = this.sentStart[s]; i < this.sentEnd[s]; i++) {
        const c = this.casing[i];
        if (c === C_LOWER || c === C_TITLE || c === C_OTHER) lowers++;
        if (c <= C_LETTER || c === C_OTHER) letters++;
      }
      if (letters > 0 && lowers === 0) this.capsSentence.fill(1, this.sentStart[s], this.sentEnd[s]);
    }
  }

  private isCapitalizedWord(i: number): boolean {
    const c = this.casing[i];
    return c === C_TITLE || c === C_CAPS || c === C_LETTER;
  }

  /** Runs of capitalized words outside all-caps lines, e.g. "Nansei Islands", "Bank of England". */
  private findCapitalizedRuns(): void {
    for (let s = 0; s < this.sentStart.length; s++) {
      const a = this.sentStart[s];
      const b = this.sentEnd[s];
      if (this.capsSentence[a]) continue;
      let i = a;
      while (i < b) {
        if (!this.isCapitalizedWord(i)) {
          i++;
          continue;
        }
        let j = i + 1;
        for (;;) {
          if (j < b && this.isCapitalizedWord(j)) j++;
          else if (j + 1 < b && CONNECTORS.has(this.hLower[j]) && this.isCapitalizedWord(j + 1)) j += 2;
          else break;
        }
        this.runStart.fill(i, i, j);
        this.runEnd.fill(j, i, j);
        i = j;
      }
    }
  }

  /**
   * How the same word is written elsewhere in the document, away from sentence starts and
   * all-caps lines: bit 1 title case, bit 2 lower case, bit 4 all caps, bit 8 next to another
   * title-case word.
   */
  private computeDocumentCasing(): void {
    const seen = this.lexicon.classScratch;
    const cls = this.lexicon.lowerClass;
    const ids = this.wordIds;
    for (let s = 0; s < this.sentStart.length; s++) {
      const a = this.sentStart[s];
      const b = this.sentEnd[s];
      if (this.capsSentence[a]) continue;
      for (let i = a + 1; i < b; i++) {
        const c = this.casing[i];
        let bits = c === C_TITLE ? 1 : c === C_LOWER ? 2 : c === C_CAPS ? 4 : 0;
        if (c === C_TITLE && ((i + 1 < b && this.casing[i + 1] === C_TITLE) || (i - 1 > a && this.casing[i - 1] === C_TITLE))) {
          bits |= 8;
        }
        if (bits) seen[cls[ids[i]]] |= bits;
      }
    }
    for (let i = 0; i < this.n; i++) this.docCase[i] = seen[cls[ids[i]]];
    for (let i = 0; i < this.n; i++) seen[cls[ids[i]]] = 0;
  }

  private matchGazetteer(gazetteer: IntTable): void {
    const bestLen = this.bestLen;
    for (let s = 0; s < this.sentStart.length; s++) {
      const b = this.sentEnd[s];
      for (let i = this.sentStart[s]; i < b; i++) {
        if (this.casing[i] === C_PUNCT) continue;
        let h = GAZ_SEED;
        for (let len = 1; len <= GAZ_MAX_TOKENS && i + len <= b; len++) {
          h = mix32(h, this.hLower[i + len - 1]);
          const v = gazetteer.get(finish32(h));
          if (v < 0) break;
          const cats = v & (GAZ_PREFIX - 1);
          if (cats) {
            for (let c = 0; c < GAZ_CATEGORIES; c++) {
              if (!(cats & (1 << c))) continue;
              for (let k = 0; k < len; k++) {
                const at = (i + k) * GAZ_CATEGORIES + c;
                if (bestLen[at] >= len) continue;
                bestLen[at] = len;
                this.gazCode[at] = len === 1 ? 4 : k === 0 ? 1 : k === len - 1 ? 3 : 2;
              }
            }
          }
          if (!(v & GAZ_PREFIX)) break;
        }
      }
    }
  }

  /**
   * Writes the feature hashes of tokens `a..b` (one sentence) into `out`, token i's features at
   * `out.feats[out.offsets[i - a] .. out.offsets[i - a + 1])`.
   */
  sentenceFeatures(a: number, b: number, out: FeatureBuffer): void {
    out.reset(b - a);
    const hL = this.hLower;
    const hS = this.hShape;
    const cas = this.casing;
    const lex = this.lexicon;
    const ids = this.wordIds;
    let f: Uint32Array = out.feats;
    let k = 0;
    for (let i = a; i < b; i++) {
      out.offsets[i - a] = k;
      if (k + MAX_TOKEN_FEATURES > f.length) f = out.grow(k);
      const lm1 = i > a ? hL[i - 1] : BOS;
      const lm2 = i > a + 1 ? hL[i - 2] : BOS;
      const lp1 = i + 1 < b ? hL[i + 1] : EOS;
      const lp2 = i + 2 < b ? hL[i + 2] : EOS;
      const sm1 = i > a ? hS[i - 1] : BOS;
      const sp1 = i + 1 < b ? hS[i + 1] : EOS;
      const caps = this.capsSentence[i];
      f[k++] = h1(T.Bias, 0);
      f[k++] = h1(T.Lower, hL[i]);
      if (!caps) f[k++] = h1(T.Word, lex.hWord[ids[i]]);
      f[k++] = h1(T.LowerM1, lm1);
      f[k++] = h1(T.LowerP1, lp1);
      f[k++] = h1(T.LowerM2, lm2);
      f[k++] = h1(T.LowerP2, lp2);
      f[k++] = h1(T.Shape, hS[i]);
      f[k++] = h2(T.ShapeM1Shape, sm1, hS[i]);
      f[k++] = h2(T.ShapeShapeP1, hS[i], sp1);
      f[k++] = h3(T.Shape3, sm1, hS[i], sp1);
      for (let j = 1; j < 4; j++) {
        const p = lex.affix[ids[i] * 8 + j];
        if (p === 0) break;
        f[k++] = h2(T.Prefix, j, p);
        f[k++] = h2(T.Suffix, j, lex.affix[ids[i] * 8 + 4 + j]);
      }
      f[k++] = h2(T.BigramM1, lm1, hL[i]);
      f[k++] = h2(T.BigramP1, hL[i], lp1);
      f[k++] = h2(T.Skip, lm1, lp1);
      f[k++] = h2(T.LowerM1Shape, lm1, hS[i]);
      f[k++] = h2(T.ShapeLowerP1, hS[i], lp1);
      if (i === a) f[k++] = h1(T.FirstInSentence, cas[i]);
      const rs = this.runStart[i];
      if (rs >= 0) {
        const re = this.runEnd[i];
        const place = re - rs === 1 ? 0 : i === rs ? 1 : i === re - 1 ? 3 : 2;
        const head = re - 1;
        f[k++] = h2(T.RunHead, hL[head], place);
        f[k++] = h2(T.RunLength, Math.min(re - rs, 4), place);
        if (re - rs > 1) f[k++] = h2(T.RunFirst, hL[rs], place);
        for (let c = 0; c < GAZ_CATEGORIES; c++) {
          const code = this.gazCode[head * GAZ_CATEGORIES + c];
          if (code) f[k++] = h3(T.RunHeadGaz, c, code, place);
        }
      }
      if (caps) {
        f[k++] = h1(T.CapsSentenceShape, hS[i]);
        f[k++] = h1(T.CapsSentenceLower, hL[i]);
      }
      const position = caps ? 2 : i === a ? 1 : 0;
      f[k++] = h3(T.DocCase, this.docCase[i], cas[i], position);
      if (i > a) f[k++] = h2(T.DocCaseM1, this.docCase[i - 1], cas[i - 1]);
      if (i + 1 < b) f[k++] = h2(T.DocCaseP1, this.docCase[i + 1], cas[i + 1]);
      const capital = cas[i] === C_TITLE || cas[i] === C_CAPS || cas[i] === C_LETTER ? 1 : 0;
      const g = i * GAZ_CATEGORIES;
      for (let c = 0; c < GAZ_CATEGORIES; c++) {
        const code = this.gazCode[g + c];
        if (code) f[k++] = h3(T.Gaz, c, code, capital);
        if (i > a && this.gazCode[g - GAZ_CATEGORIES + c]) f[k++] = h2(T.GazM1, c, this.gazCode[g - GAZ_CATEGORIES + c]);
        if (i + 1 < b && this.gazCode[g + GAZ_CATEGORIES + c]) f[k++] = h2(T.GazP1, c, this.gazCode[g + GAZ_CATEGORIES + c]);
      }
    }
    out.offsets[b - a] = k;
  }

  /**
   * The tagger's fast path to sentenceFeatures' features: for tokens `a..b`, the model rows (see
   * FeatureRows) of every feature except the token's own-word ones (Bias, Lower, Word, Shape,
   * affixes, the all-caps pair: see FeatureRows.ownRows), token i's at
   * `out.rows[out.offsets[i - a] .. out.offsets[i - a + 1])`; features the model lacks are left out.
   */
  sentenceRows(a: number, b: number, m: FeatureRows, out: FeatureBuffer): void {
    out.reset(b - a);
    const hL = this.hLower;
    const hS = this.hShape;
    const cas = this.casing;
    const ids = this.wordIds;
    const nb = m.neighbour;
    let r = out.rows;
    let k = 0;
    // Hashed features get a placeholder now and their rows afterwards, all in one tight loop:
    // independent table lookups then overlap their cache misses.
    let pending = 0;
    let pa = out.pendingAt;
    let pk = out.pendingKey;
    for (let i = a; i < b; i++) {
      out.offsets[i - a] = k;
      if (k + MAX_TOKEN_FEATURES > r.length) {
        out.grow(k);
        r = out.rows;
      }
      if (pending + MAX_TOKEN_FEATURES > pa.length) {
        out.growPending();
        pa = out.pendingAt;
        pk = out.pendingKey;
      }
      const lm1 = i > a ? hL[i - 1] : BOS;
      const lp1 = i + 1 < b ? hL[i + 1] : EOS;
      const sm1 = i > a ? hS[i - 1] : BOS;
      const sp1 = i + 1 < b ? hS[i + 1] : EOS;
      r[k++] = i > a ? nb[ids[i - 1] * 4] : m.bosM1;
      r[k++] = i + 1 < b ? nb[ids[i + 1] * 4 + 1] : m.eosP1;
      r[k++] = i > a + 1 ? nb[ids[i - 2] * 4 + 2] : m.bosM2;
      r[k++] = i + 2 < b ? nb[ids[i + 2] * 4 + 3] : m.eosP2;
      // Eight hashed features, rows found after the loop: placeholders r[k .. k + 8).
      pk[pending] = h2(T.ShapeM1Shape, sm1, hS[i]);
      pk[pending + 1] = h2(T.ShapeShapeP1, hS[i], sp1);
      pk[pending + 2] = h3(T.Shape3, sm1, hS[i], sp1);
      pk[pending + 3] = h2(T.BigramM1, lm1, hL[i]);
      pk[pending + 4] = h2(T.BigramP1, hL[i], lp1);
      pk[pending + 5] = h2(T.Skip, lm1, lp1);
      pk[pending + 6] = h2(T.LowerM1Shape, lm1, hS[i]);
      pk[pending + 7] = h2(T.ShapeLowerP1, hS[i], lp1);
      for (let j = 0; j < 8; j++) {
        pa[pending++] = k;
        r[k++] = -1;
      }
      if (i === a) r[k++] = m.firstInSentence[cas[i]];
      const rs = this.runStart[i];
      if (rs >= 0) {
        const re = this.runEnd[i];
        const place = re - rs === 1 ? 0 : i === rs ? 1 : i === re - 1 ? 3 : 2;
        const head = re - 1;
        pa[pending] = k;
        pk[pending++] = h2(T.RunHead, hL[head], place);
        r[k++] = -1;
        r[k++] = m.runLength[Math.min(re - rs, 4) * 4 + place];
        if (re - rs > 1) {
          pa[pending] = k;
          pk[pending++] = h2(T.RunFirst, hL[rs], place);
          r[k++] = -1;
        }
        for (let c = 0; c < GAZ_CATEGORIES; c++) {
          const code = this.gazCode[head * GAZ_CATEGORIES + c];
          if (code) r[k++] = m.runHeadGaz[(c * 5 + code) * 4 + place];
        }
      }
      const caps = this.capsSentence[i];
      const position = caps ? 2 : i === a ? 1 : 0;
      r[k++] = m.docCase[(this.docCase[i] * 7 + cas[i]) * 3 + position];
      if (i > a) r[k++] = m.docCaseM1[this.docCase[i - 1] * 7 + cas[i - 1]];
      if (i + 1 < b) r[k++] = m.docCaseP1[this.docCase[i + 1] * 7 + cas[i + 1]];
      const capital = cas[i] === C_TITLE || cas[i] === C_CAPS || cas[i] === C_LETTER ? 1 : 0;
      const g = i * GAZ_CATEGORIES;
      for (let c = 0; c < GAZ_CATEGORIES; c++) {
        const code = this.gazCode[g + c];
        if (code) r[k++] = m.gaz[(c * 5 + code) * 2 + capital];
        if (i > a && this.gazCode[g - GAZ_CATEGORIES + c]) r[k++] = m.gazM1[c * 5 + this.gazCode[g - GAZ_CATEGORIES + c]];
        if (i + 1 < b && this.gazCode[g + GAZ_CATEGORIES + c]) r[k++] = m.gazP1[c * 5 + this.gazCode[g + GAZ_CATEGORIES + c]];
      }
    }
    out.offsets[b - a] = k;
    const table = m.table;
    for (let p = 0; p < pending; p++) r[pa[p]] = table.get(pk[p]);
  }

  /** Like sentenceFeatures, for the second stage's extra features only (see labelEvidence). */
  extraFeatures(a: number, b: number, out: FeatureBuffer, extra: Evidence): void {
    out.reset(b - a);
    let f: Uint32Array = out.feats;
    let k = 0;
    const emit = (t: number, v: number): void => {
      if (k >= f.length) f = out.grow(k);
      f[k++] = h2(T.Extra, t, v);
    };
    for (let i = a; i < b; i++) {
      out.offsets[i - a] = k;
      extra(i, emit);
    }
    out.offsets[b - a] = k;
  }

  /** The rows (FeatureRows) of extraFeatures' features, in the same order: -1 for a feature the model lacks. */
  extraRows(a: number, b: number, m: FeatureRows, out: FeatureBuffer, extra: Evidence): void {
    out.reset(b - a);
    let k = 0;
    const emit = (t: number, v: number): void => {
      if (k >= out.rows.length) out.grow(k);
      out.rows[k++] = m.extraRow(t, v);
    };
    for (let i = a; i < b; i++) {
      out.offsets[i - a] = k;
      extra(i, emit);
    }
    out.offsets[b - a] = k;
  }

  /** The lower-case hash of token i (the key document-level statistics group words by). */
  lowerHash(i: number): number {
    return this.hLower[i];
  }

  /** Token i's lower-case class: tokens with the same lower case (lowerKey) share one. */
  lowerClass(i: number): number {
    return this.lexicon.lowerClass[this.wordIds[i]];
  }

  /** True when token i lies in an all-caps line (a headline). */
  inCapsLine(i: number): boolean {
    return this.capsSentence[i] === 1;
  }

  /** True when token i starts with an upper-case letter. */
  capitalized(i: number): boolean {
    const c = this.casing[i];
    return c === C_TITLE || c === C_CAPS || c === C_LETTER;
  }
}

const EXTRA_TEMPLATES = 9;
const EXTRA_VALUES = 288;

/**
 * One model's rows (feature hash -> row, via `table`) for the features sentenceRows and ownRows
 * read without hashing: the templates whose values are few are tabled once, and each lexicon
 * word's rows as a neighbour (LowerM1, LowerP1, LowerM2, LowerP2) are found once per word.
 */
export class FeatureRows {
  readonly firstInSentence = new Int32Array(7);
  readonly docCase = new Int32Array(16 * 7 * 3);
  readonly docCaseM1 = new Int32Array(16 * 7);
  readonly docCaseP1 = new Int32Array(16 * 7);
  readonly gaz = new Int32Array(GAZ_CATEGORIES * 5 * 2);
  readonly gazM1 = new Int32Array(GAZ_CATEGORIES * 5);
  readonly gazP1 = new Int32Array(GAZ_CATEGORIES * 5);
  readonly runLength = new Int32Array(5 * 4);
  readonly runHeadGaz = new Int32Array(GAZ_CATEGORIES * 5 * 4);
  /** Rows of the second stage's evidence features (t, v) for v < EXTRA_VALUES (labelEvidence's values all are). */
  private readonly extra = new Int32Array(EXTRA_TEMPLATES * EXTRA_VALUES);
  readonly bias: number;
  readonly bosM1: number;
  readonly bosM2: number;
  readonly eosP1: number;
  readonly eosP2: number;
  /** Per lexicon word, its rows as the previous, next, second previous, second next word. */
  neighbour = new Int32Array(INITIAL_WORDS * 4);
  /** Lexicon words whose neighbour rows are known. */
  private known = 0;

  constructor(readonly table: IntTable) {
    const row = (h: number): number => table.get(h);
    this.bias = row(h1(T.Bias, 0));
    this.bosM1 = row(h1(T.LowerM1, BOS));
    this.bosM2 = row(h1(T.LowerM2, BOS));
    this.eosP1 = row(h1(T.LowerP1, EOS));
    this.eosP2 = row(h1(T.LowerP2, EOS));
    for (let c = 0; c < 7; c++) this.firstInSentence[c] = row(h1(T.FirstInSentence, c));
    for (let d = 0; d < 16; d++) {
      for (let c = 0; c < 7; c++) {
        for (let p = 0; p < 3; p++) this.docCase[(d * 7 + c) * 3 + p] = row(h3(T.DocCase, d, c, p));
        this.docCaseM1[d * 7 + c] = row(h2(T.DocCaseM1, d, c));
        this.docCaseP1[d * 7 + c] = row(h2(T.DocCaseP1, d, c));
      }
    }
    for (let c = 0; c < GAZ_CATEGORIES; c++) {
      for (let code = 0; code < 5; code++) {
        for (let cap = 0; cap < 2; cap++) this.gaz[(c * 5 + code) * 2 + cap] = row(h3(T.Gaz, c, code, cap));
        this.gazM1[c * 5 + code] = row(h2(T.GazM1, c, code));
        this.gazP1[c * 5 + code] = row(h2(T.GazP1, c, code));
        for (let p = 0; p < 4; p++) this.runHeadGaz[(c * 5 + code) * 4 + p] = row(h3(T.RunHeadGaz, c, code, p));
      }
    }
    for (let len = 0; len < 5; len++) for (let p = 0; p < 4; p++) this.runLength[len * 4 + p] = row(h2(T.RunLength, len, p));
    for (let t = 0; t < EXTRA_TEMPLATES; t++) for (let v = 0; v < EXTRA_VALUES; v++) this.extra[t * EXTRA_VALUES + v] = row(h2(T.Extra, t, v));
  }

  /** The row of the evidence feature (t, v), -1 if the model lacks it. */
  extraRow(t: number, v: number): number {
    return t >= 0 && t < EXTRA_TEMPLATES && v >= 0 && v < EXTRA_VALUES ? this.extra[t * EXTRA_VALUES + v] : this.table.get(h2(T.Extra, t, v));
  }

  /** Finds the neighbour rows of the lexicon's new words (after `lexicon.clear()`, call `forget` first). */
  update(lexicon: Lexicon): void {
    if (this.neighbour.length < lexicon.size * 4) {
      const grown = new Int32Array(Math.max(lexicon.size, INITIAL_WORDS) * 8);
      grown.set(this.neighbour.subarray(0, this.known * 4));
      this.neighbour = grown;
    }
    for (let id = this.known; id < lexicon.size; id++) {
      const h = lexicon.hLower[id];
      this.neighbour[id * 4] = this.table.get(h1(T.LowerM1, h));
      this.neighbour[id * 4 + 1] = this.table.get(h1(T.LowerP1, h));
      this.neighbour[id * 4 + 2] = this.table.get(h1(T.LowerM2, h));
      this.neighbour[id * 4 + 3] = this.table.get(h1(T.LowerP2, h));
    }
    this.known = lexicon.size;
  }

  forget(): void {
    this.known = 0;
    if (this.neighbour.length > INITIAL_WORDS * 4) this.neighbour = new Int32Array(INITIAL_WORDS * 4);
  }

  /**
   * Rows of word `id`'s own features, the ones sentenceRows leaves out (`caps`: the token is in
   * an all-caps line), into `out`; returns how many.
   */
  ownRows(lexicon: Lexicon, id: number, caps: boolean, out: Int32Array): number {
    let k = 0;
    const put = (row: number): void => {
      if (row >= 0) out[k++] = row;
    };
    const hL = lexicon.hLower[id];
    const hS = lexicon.hShape[id];
    put(this.bias);
    put(this.table.get(h1(T.Lower, hL)));
    if (!caps) put(this.table.get(h1(T.Word, lexicon.hWord[id])));
    put(this.table.get(h1(T.Shape, hS)));
    for (let j = 1; j < 4; j++) {
      const p = lexicon.affix[id * 8 + j];
      if (p === 0) break;
      put(this.table.get(h2(T.Prefix, j, p)));
      put(this.table.get(h2(T.Suffix, j, lexicon.affix[id * 8 + 4 + j])));
    }
    if (caps) {
      put(this.table.get(h1(T.CapsSentenceShape, hS)));
      put(this.table.get(h1(T.CapsSentenceLower, hL)));
    }
    return k;
  }
}

/** Emits the extra features of token i. */
export type Evidence = (i: number, emit: (t: number, v: number) => void) => void;

/** A reusable, growable buffer of feature hashes (or, as `rows`, model rows) for one sentence. */
export class FeatureBuffer {
  feats = new Uint32Array(4096);
  /** The same memory as `feats`, for rows (-1: the model lacks the feature). */
  rows = new Int32Array(this.feats.buffer);
  offsets = new Int32Array(257);
  /** sentenceRows' hashed features waiting for their rows: where they go, and their hashes. */
  pendingAt = new Int32Array(4096);
  pendingKey = new Uint32Array(4096);

  reset(tokens: number): void {
    if (this.offsets.length < tokens + 1) this.offsets = new Int32Array(tokens * 2 + 1);
  }

  growPending(): void {
    const at = new Int32Array(this.pendingAt.length * 2);
    at.set(this.pendingAt);
    this.pendingAt = at;
    const key = new Uint32Array(this.pendingKey.length * 2);
    key.set(this.pendingKey);
    this.pendingKey = key;
  }

  grow(used: number): Uint32Array {
    const next = new Uint32Array(this.feats.length * 2);
    next.set(this.feats.subarray(0, used));
    this.feats = next;
    this.rows = new Int32Array(next.buffer);
    return next;
  }
}

function fractionBucket(count: number, total: number): number {
  if (count === total) return 3;
  const f = count / total;
  return f > 0.5 ? 2 : f > 0.2 ? 1 : 0;
}

/**
 * Second-stage evidence from a first pass over the whole document: the first-pass labels around
 * the token, and how the other occurrences of the same word were labelled (a name tagged once is
 * then tagged alike throughout). The result feeds `extraFeatures`.
 */
export function labelEvidence(doc: DocumentFeatures, labels: Uint8Array, labelCount: number): Evidence {
  const index = new Map<number, number>();
  const counts: number[] = [];
  for (let i = 0; i < doc.n; i++) {
    if (!doc.capitalized(i)) continue;
    const h = doc.lowerHash(i);
    let at = index.get(h);
    if (at === undefined) {
      at = counts.length;
      index.set(h, at);
      for (let y = 0; y <= labelCount; y++) counts.push(0);
    }
    counts[at + labels[i]]++;
    counts[at + labelCount]++;
  }
  return (i, emit) => {
    emit(1, labels[i]);
    emit(2, i > 0 ? labels[i - 1] : labelCount);
    emit(3, i + 1 < doc.n ? labels[i + 1] : labelCount);
    if (!doc.capitalized(i)) return;
    const at = index.get(doc.lowerHash(i));
    if (at === undefined) return;
    const total = counts[at + labelCount] - 1;
    if (total <= 0) {
      emit(5, 0);
      return;
    }
    const caps = doc.inCapsLine(i) ? 1 : 0;
    let best = -1;
    let bestCount = 0;
    for (let y = 0; y < labelCount; y++) {
      const c = counts[at + y] - (labels[i] === y ? 1 : 0);
      if (c <= 0) continue;
      emit(4, y * 4 + fractionBucket(c, total));
      if (caps) emit(8, y * 4 + fractionBucket(c, total));
      if (c > bestCount) {
        bestCount = c;
        best = y;
      }
    }
    emit(6, best * 16 + labels[i]);
    // In headlines the casing says little: the same word's labels elsewhere weigh more.
    emit(7, (best * 16 + labels[i]) * 2 + caps);
  };
}
