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

/** Tags the words into `tags` (label ids). */
export function tagWords(words: Words, tagger: Scorer, tags: Int32Array, scratch: Scratch): void {
  for (let i = 0; i < words.n; i++) {
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
  return argmax(scratch.scores, labels.classes, (y) => y !== rootLabel);
}

/** The legal transition the model scores best. */
export function chooseAction(st: ParseState, words: Words, tags: Int32Array, actions: Scorer, scratch: Scratch): number {
  const k = actionFeatures(st, words, tags, scratch.feats);
  actions.score(scratch.feats, k, scratch.scores);
  return argmax(scratch.scores, ACTIONS, (y) => st.legal(y));
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
    const [h, d] = st.arcOf(action);
    st.apply(action, chooseLabel(st, h, d, words, tags, labels, rootLabel, scratch));
  }
}
