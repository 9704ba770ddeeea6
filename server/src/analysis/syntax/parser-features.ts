// The parser's features: of a configuration (which transition next) and of a new arc (its label).
// Words are 1-based here (0 = root); `tags[i]` is word i's tagger label id (word 1 at index 0).

import { EOS, h1, h2, h3, h4, ROOT, type Words } from './features';
import type { ParseState } from './state';

/** Most features either function emits. */
export const MAX_PARSER_FEATURES = 96;

const NONE = 0x9e3779b9;

function distance(a: number, b: number): number {
  const d = Math.abs(a - b);
  return d < 5 ? d : d < 8 ? 5 : d < 13 ? 6 : 7;
}

/** Word x's hashed lower-case form (stand-ins for the root and for no word). */
function wordOf(words: Words, x: number): number {
  return x > 0 ? words.lower[x - 1] : x === 0 ? ROOT : NONE;
}

/** Word x's tag, offset past the stand-ins for the root and for no word. */
function tagOf(tags: Int32Array, x: number): number {
  return x > 0 ? tags[x - 1] + 3 : x === 0 ? 1 : 2;
}

/** Writes the features for choosing the next transition into `out`; returns how many. */
export function actionFeatures(st: ParseState, words: Words, tags: Int32Array, out: Uint32Array): number {
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.buf(0);
  const b1 = st.buf(1);
  const b2 = st.buf(2);
  const s0w = wordOf(words, s0),
    s0t = tagOf(tags, s0),
    s1w = wordOf(words, s1),
    s1t = tagOf(tags, s1),
    s2t = tagOf(tags, s2);
  const b0w = b0 < 0 ? EOS : wordOf(words, b0),
    b0t = tagOf(tags, b0),
    b1w = wordOf(words, b1),
    b1t = tagOf(tags, b1),
    b2t = tagOf(tags, b2);
  const at = (a: Int32Array, x: number): number => (x >= 0 ? a[x] : -1);
  const lab = (x: number): number => (x >= 0 ? st.labels[x] + 1 : 0);
  const s0l = at(st.left1, s0),
    s0l2 = at(st.left2, s0),
    s0r = at(st.right1, s0),
    s0r2 = at(st.right2, s0);
  const s1l = at(st.left1, s1),
    s1r = at(st.right1, s1);
  const b0l = at(st.left1, b0),
    b0l2 = at(st.left2, b0);
  const s0lt = tagOf(tags, s0l),
    s0rt = tagOf(tags, s0r),
    b0lt = tagOf(tags, b0l),
    s1rt = tagOf(tags, s1r);
  const d0 = s0 >= 0 && b0 >= 0 ? distance(s0, b0) : 0;
  const d1 = s1 >= 0 ? distance(s1, s0) : 0;
  let k = 0;
  out[k++] = h1(1, s0w);
  out[k++] = h1(2, s0t);
  out[k++] = h2(3, s0w, s0t);
  out[k++] = h1(4, b0w);
  out[k++] = h1(5, b0t);
  out[k++] = h2(6, b0w, b0t);
  out[k++] = h1(7, b1w);
  out[k++] = h1(8, b1t);
  out[k++] = h2(9, b1w, b1t);
  out[k++] = h1(10, b2t);
  out[k++] = h1(11, s1w);
  out[k++] = h1(12, s1t);
  out[k++] = h2(13, s1w, s1t);
  out[k++] = h1(14, s2t);
  out[k++] = h4(15, s0w, s0t, b0w, b0t);
  out[k++] = h3(16, s0w, s0t, b0w);
  out[k++] = h3(17, s0w, b0w, b0t);
  out[k++] = h3(18, s0w, s0t, b0t);
  out[k++] = h3(19, s0t, b0w, b0t);
  out[k++] = h2(20, s0w, b0w);
  out[k++] = h2(21, s0t, b0t);
  out[k++] = h2(22, b0t, b1t);
  out[k++] = h4(23, s1w, s1t, s0w, s0t);
  out[k++] = h2(24, s1w, s0w);
  out[k++] = h2(25, s1t, s0t);
  out[k++] = h2(26, s1t, s0w);
  out[k++] = h2(27, s1w, s0t);
  out[k++] = h3(28, b0t, b1t, b2t);
  out[k++] = h3(29, s0t, b0t, b1t);
  out[k++] = h3(30, s1t, s0t, b0t);
  out[k++] = h3(31, s2t, s1t, s0t);
  out[k++] = h3(32, s0t, s0lt, b0t);
  out[k++] = h3(33, s0t, s0rt, b0t);
  out[k++] = h3(34, s0t, b0t, b0lt);
  out[k++] = h3(35, s0t, b0lt, tagOf(tags, b0l2));
  out[k++] = h3(36, s1t, s1rt, s0t);
  out[k++] = h3(37, s1t, s0t, s0rt);
  out[k++] = h3(38, s1t, s0t, s0lt);
  out[k++] = h3(39, s0t, s0lt, tagOf(tags, s0l2));
  out[k++] = h2(40, s0w, d0);
  out[k++] = h2(41, s0t, d0);
  out[k++] = h2(42, b0w, d0);
  out[k++] = h2(43, b0t, d0);
  out[k++] = h3(44, s0t, b0t, d0);
  out[k++] = h3(45, s1t, s0t, d1);
  out[k++] = h2(46, s1w, d1);
  out[k++] = h2(47, s0w, d1);
  out[k++] = h2(48, s0w, at(st.nRight, s0));
  out[k++] = h2(49, s0t, at(st.nRight, s0));
  out[k++] = h2(50, s0w, at(st.nLeft, s0));
  out[k++] = h2(51, s0t, at(st.nLeft, s0));
  out[k++] = h2(52, b0w, at(st.nLeft, b0));
  out[k++] = h2(53, b0t, at(st.nLeft, b0));
  out[k++] = h2(54, s1t, at(st.nRight, s1));
  out[k++] = h1(55, wordOf(words, s0l));
  out[k++] = h1(56, s0lt);
  out[k++] = h1(57, lab(s0l));
  out[k++] = h1(58, wordOf(words, s0r));
  out[k++] = h1(59, s0rt);
  out[k++] = h1(60, lab(s0r));
  out[k++] = h2(61, tagOf(tags, s0l2), lab(s0l2));
  out[k++] = h2(62, tagOf(tags, s0r2), lab(s0r2));
  out[k++] = h1(63, wordOf(words, b0l));
  out[k++] = h1(64, b0lt);
  out[k++] = h1(65, lab(b0l));
  out[k++] = h2(66, tagOf(tags, b0l2), lab(b0l2));
  out[k++] = h1(67, s1rt);
  out[k++] = h1(68, lab(s1r));
  out[k++] = h1(69, tagOf(tags, s1l));
  out[k++] = h2(70, wordOf(words, s1r), lab(s1r));
  out[k++] = h3(71, s0t, lab(s0l), lab(s0l2));
  out[k++] = h3(72, s0t, lab(s0r), lab(s0r2));
  out[k++] = h3(73, b0t, lab(b0l), lab(b0l2));
  out[k++] = h3(74, s0w, lab(s0l), lab(s0r));
  out[k++] = h3(75, s1t, lab(s1l), lab(s1r));
  out[k++] = h2(76, s0w, b1w);
  out[k++] = h3(77, s0t, b0w, b1w);
  out[k++] = h2(78, s1w, b0w);
  out[k++] = h3(79, s1t, s0t, b1t);
  out[k++] = h2(80, s0t, s0 > 0 ? words.suffix(s0 - 1, 3) : 0);
  out[k++] = h2(81, b0t, b0 > 0 ? words.suffix(b0 - 1, 3) : 0);
  out[k++] = h3(82, s0w, b0w, d0);
  out[k++] = h3(83, s1w, s0w, b0t);
  out[k++] = h3(84, s1t, s0w, b0w);
  out[k++] = h2(85, wordOf(words, s0l), s0w);
  out[k++] = h2(86, wordOf(words, b0l), b0w);
  out[k++] = h3(87, s0t, b0t, b1w);
  return k;
}

/** Writes the features for the label of the new arc head -> dep into `out`; returns how many. */
export function labelFeatures(st: ParseState, head: number, dep: number, words: Words, tags: Int32Array, out: Uint32Array): number {
  const dir = dep < head ? 1 : 2;
  const dw = wordOf(words, dep),
    dt = tagOf(tags, dep),
    hw = wordOf(words, head),
    ht = tagOf(tags, head);
  const dist = distance(head, dep);
  let k = 0;
  out[k++] = h2(1, dw, dir);
  out[k++] = h2(2, dt, dir);
  out[k++] = h2(3, hw, dir);
  out[k++] = h2(4, ht, dir);
  out[k++] = h3(5, dt, ht, dir);
  out[k++] = h3(6, dw, ht, dir);
  out[k++] = h3(7, dt, hw, dir);
  out[k++] = h3(8, dw, hw, dir);
  out[k++] = h4(9, dt, ht, dir, dist);
  out[k++] = h3(10, dt, tagOf(tags, dep - 1), tagOf(tags, dep + 1 <= st.n ? dep + 1 : -1));
  out[k++] = h3(11, ht, dt, tagOf(tags, head - 1 >= 0 ? head - 1 : -1));
  out[k++] = h2(12, dt, words.suffix(dep - 1, 3) || 1);
  out[k++] = h3(13, dt, st.nLeft[dep], st.nRight[dep]);
  // What already hangs under the dependent (case, mark, aux:pass ...) and under the head (a subject
  // taken, an object taken).
  let c = 0;
  for (let x = st.firstChild[dep]; x >= 0 && c < 8; x = st.nextSibling[x], c++) {
    out[k++] = h3(14, st.labels[x] + 1, dt, dir);
    out[k++] = h3(15, st.labels[x] + 1, wordOf(words, x), dir);
  }
  c = 0;
  for (let x = st.firstChild[head]; x >= 0 && c < 8; x = st.nextSibling[x], c++) {
    out[k++] = h4(16, st.labels[x] + 1, dt, dir, x < head === dep < head ? 1 : 0);
  }
  out[k++] = h1(17, 0);
  return k;
}
