// Greedy decoding, shared by training and inference: the tagger left to right, then the parser's
// transitions, each the best legal one under the model.

import { MAX_TAGGER_FEATURES, taggerFeatures, type Words } from './features';
import { argmax, type Scorer } from './model';
import { actionFeatures, labelFeatures, MAX_PARSER_FEATURES } from './parser-features';
import { ACTIONS, type ParseState } from './state';

/** Scratch space for one decoder (not shared between concurrent calls). */
export class Scratch {
  feats = new Uint32Array(Math.max(MAX_TAGGER_FEATURES, MAX_PARSER_FEATURES));
  scores = new Float32Array(256);
}

/** Frequent words the training data gives one tag only: form hash -> label id (no scoring needed). */
export type TagDictionary = ReadonlyMap<number, number>;

/** Sets tags[i] to the dictionary's tag of word i, or -1 where it has none. */
export function dictionaryTags(words: Words, dictionary: TagDictionary, tags: Int32Array): void {
  for (let i = 0; i < words.n; i++) tags[i] = dictionary.get(words.form[i]) ?? -1;
}

/**
 * Tags the words into `tags` (label ids): the dictionary's tag where it has one, else the tagger's,
 * left to right (so the tagger sees the tags before a word and the dictionary's after it).
 */
export function tagWords(words: Words, tagger: Scorer, dictionary: TagDictionary, tags: Int32Array, scratch: Scratch): void {
  dictionaryTags(words, dictionary, tags);
  for (let i = 0; i < words.n; i++) {
    if (tags[i] >= 0) continue;
    const k = taggerFeatures(words, i, tags, scratch.feats);
    tagger.score(scratch.feats, k, scratch.scores);
    tags[i] = argmax(scratch.scores, tagger.classes);
  }
}

/** The best label id for the arc head -> dep; the root's dependent gets `rootLabel`. */
export function chooseLabel(
  st: ParseState,
  head: number,
  dep: number,
  words: Words,
  tags: Int32Array,
  labels: Scorer,
  rootLabel: number,
  scratch: Scratch,
): number {
  if (head === 0) return rootLabel;
  const k = labelFeatures(st, head, dep, words, tags, scratch.feats);
  labels.score(scratch.feats, k, scratch.scores);
  const scores = scratch.scores;
  let best = -1;
  for (let y = 0; y < labels.classes; y++) if (y !== rootLabel && (best < 0 || scores[y] > scores[best])) best = y;
  return best;
}

/** The legal transition the model scores best (unscored when only one is legal). */
export function chooseAction(st: ParseState, words: Words, tags: Int32Array, actions: Scorer, scratch: Scratch): number {
  const forced = st.forced();
  if (forced >= 0) return forced;
  const k = actionFeatures(st, words, tags, scratch.feats);
  actions.score(scratch.feats, k, scratch.scores);
  const scores = scratch.scores;
  let best = -1;
  for (let y = 0; y < ACTIONS; y++) if (st.legal(y) && (best < 0 || scores[y] > scores[best])) best = y;
  return best;
}

/** Parses tagged words: heads and label ids end up in `st.heads` / `st.labels` (1-based). */
export function parseWords(st: ParseState, words: Words, tags: Int32Array, actions: Scorer, labels: Scorer, rootLabel: number, scratch: Scratch): void {
  st.reset(words.n);
  while (!st.done()) {
    const action = chooseAction(st, words, tags, actions, scratch);
    if (action === 0) {
      st.apply(action, -1);
      continue;
    }
    st.apply(action, chooseLabel(st, st.arcHead(action), st.s(0), words, tags, labels, rootLabel, scratch));
  }
}
