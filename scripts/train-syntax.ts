// Trains the syntax model (tagger + arc-hybrid parser, averaged perceptrons over hashed features)
// on Universal Dependencies English and writes models/syntax.bin.
//
//   npm run train:syntax -- [--corpus corpora/ud] [--out models/syntax.bin]
//                           [--tag-epochs N] [--parse-epochs N] [--folds K] [--prune T:A:L[,...]]
//                           [--dictionary MIN_COUNT:MIN_SHARE]
//
// Trains on EWT train + the permissively licensed GUM train (rebuilt by scripts/ud-corpus.ts),
// then scores EWT dev and GUM dev with the model quantized at each pruning setting given (weights
// below T, A, L times the largest of the tagger, transition and label classifier become 0); the
// first is written to --out, the others next to it (.1, .2 ...). Choose on dev, never on test.
// The parser learns from jackknifed tags (each fold tagged by a tagger trained on the others), with
// the dynamic oracle exploring its own mistakes after the first epoch. Deterministic: seeded
// shuffles and exploration, no clock in the model.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createParser, type UdSentence } from '../server/src/analysis/syntax';
import { chooseAction, chooseLabel, dictionaryTags, Scratch, tagWords, type TagDictionary } from '../server/src/analysis/syntax/decode';
import { MAX_TAGGER_FEATURES, taggerFeatures, Words } from '../server/src/analysis/syntax/features';
import { argmax, encodeSyntaxModel } from '../server/src/analysis/syntax/model';
import { actionFeatures, labelFeatures } from '../server/src/analysis/syntax/parser-features';
import { ACTIONS, ParseState, SHIFT } from '../server/src/analysis/syntax/state';
import { tagLabel } from '../server/src/analysis/syntax/tags';
import { formatScore, loadUd, scoreParser } from './lib/ud-score';
import { mulberry32 } from './lib/random';
import { TrainScorer } from './lib/train-scorer';

/** Pruning thresholds (tagger:transitions:labels) of the shipped model, chosen on dev for size. */
const DEFAULT_PRUNE = '0.003:0.02:0.003';

/** Tag dictionary settings (minimum count : minimum share of the top tag), chosen on dev. */
const DEFAULT_DICTIONARY = '10:0.99';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

interface Example {
  words: Words;
  gold: Int32Array;
  /** Gold heads, 1-based (index 0 unused). */
  heads: Int32Array;
  /** Gold label ids, 1-based. */
  labels: Int32Array;
  /** The tags the parser trains on (jackknifed). */
  tags: Int32Array;
}

function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * The tag dictionary: each word form seen at least `minCount` times whose most frequent tag has at
 * least `minShare` of its occurrences takes that tag without scoring.
 */
function tagDictionary(data: readonly Example[], minCount: number, minShare: number): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const ex of data) {
    for (let i = 0; i < ex.words.n; i++) {
      const byTag = counts.get(ex.words.form[i]) ?? new Map<number, number>();
      byTag.set(ex.gold[i], (byTag.get(ex.gold[i]) ?? 0) + 1);
      counts.set(ex.words.form[i], byTag);
    }
  }
  const dictionary = new Map<number, number>();
  for (const [form, byTag] of [...counts].sort((a, b) => a[0] - b[0])) {
    const total = [...byTag.values()].reduce((a, b) => a + b, 0);
    const [tag, count] = [...byTag].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (total >= minCount && count >= minShare * total) dictionary.set(form, tag);
  }
  return dictionary;
}

function trainTagger(data: readonly Example[], classes: number, dictionary: TagDictionary, epochs: number, seed: number): TrainScorer {
  const model = new TrainScorer(classes);
  const rng = mulberry32(seed);
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float32Array(classes);
  for (let e = 0; e < epochs; e++) {
    for (const ex of shuffled(data, rng)) {
      const pred = new Int32Array(ex.words.n);
      dictionaryTags(ex.words, dictionary, pred);
      for (let i = 0; i < ex.words.n; i++) {
        if (pred[i] >= 0) continue;
        const k = taggerFeatures(ex.words, i, pred, feats);
        model.score(feats, k, scores);
        const y = argmax(scores, classes);
        model.update(feats, k, ex.gold[i], y);
        pred[i] = y;
      }
    }
  }
  return model.averaged();
}

/** Sets each example's `tags` to a tagger's output trained without the example's fold. */
function jackknife(data: readonly Example[], classes: number, dictionary: TagDictionary, epochs: number, folds: number): void {
  const scratch = new Scratch();
  for (let f = 0; f < folds; f++) {
    const tagger = trainTagger(
      data.filter((_, i) => i % folds !== f),
      classes,
      dictionary,
      epochs,
      7 + f,
    );
    data.forEach((ex, i) => {
      if (i % folds === f) tagWords(ex.words, tagger, dictionary, ex.tags, scratch);
    });
    process.stdout.write(`  jackknife fold ${f + 1}/${folds} done\n`);
  }
}

function trainParser(data: readonly Example[], labelCount: number, rootLabel: number, epochs: number): [TrainScorer, TrainScorer] {
  const actions = new TrainScorer(ACTIONS);
  const labels = new TrainScorer(labelCount);
  const rng = mulberry32(11);
  const st = new ParseState();
  const scratch = new Scratch();
  const costs = new Int32Array(ACTIONS);
  for (let e = 0; e < epochs; e++) {
    let wrong = 0;
    let steps = 0;
    for (const ex of shuffled(data, rng)) {
      st.reset(ex.words.n);
      while (!st.done()) {
        const pred = chooseAction(st, ex.words, ex.tags, actions, scratch);
        st.costs(ex.heads, costs);
        const min = Math.min(costs[0], costs[1], costs[2]);
        steps++;
        let next = pred;
        if (costs[pred] > min) {
          wrong++;
          const best = argmax(scratch.scores, ACTIONS, (y) => costs[y] === min);
          const k = actionFeatures(st, ex.words, ex.tags, scratch.feats);
          actions.update(scratch.feats, k, best, pred);
          if (e === 0 || rng() > 0.9) next = best;
        }
        let label = -1;
        if (next !== SHIFT) {
          const h = st.arcHead(next);
          const d = st.s(0);
          label = chooseLabel(st, h, d, ex.words, ex.tags, labels, rootLabel, scratch);
          if (ex.heads[d] === h && h !== 0) {
            if (label !== ex.labels[d]) {
              const k = labelFeatures(st, h, d, ex.words, ex.tags, scratch.feats);
              labels.update(scratch.feats, k, ex.labels[d], label);
            }
            label = ex.labels[d];
          }
        }
        st.apply(next, label);
      }
    }
    process.stdout.write(`  parser epoch ${e + 1}: ${((100 * wrong) / steps).toFixed(2)}% transitions off the oracle, ${actions.rows} + ${labels.rows} rows\n`);
  }
  return [actions.averaged(), labels.averaged()];
}

function examples(sentences: readonly UdSentence[], tagIds: Map<string, number>, labelIds: Map<string, number>): Example[] {
  return sentences.map((s) => {
    const n = s.words.length;
    const heads = new Int32Array(n + 1);
    const labels = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      heads[i + 1] = s.heads[i];
      labels[i + 1] = labelIds.get(s.deprels[i]) ?? 0;
    }
    const gold = Int32Array.from(s.words, (_, i) => tagIds.get(tagLabel(s.upos[i], s.feats[i])) ?? 0);
    return { words: new Words(s.words), gold, heads, labels, tags: Int32Array.from(gold) };
  });
}

function ids(values: Iterable<string>): Map<string, number> {
  return new Map([...new Set(values)].sort().map((v, i) => [v, i]));
}

function main(): void {
  const corpus = arg('corpus', 'corpora/ud');
  const out = arg('out', 'models/syntax.bin');
  const tagEpochs = Number(arg('tag-epochs', '8'));
  const parseEpochs = Number(arg('parse-epochs', '15'));
  const folds = Number(arg('folds', '4'));
  const started = Date.now();
  const train = [...loadUd(join(corpus, 'en_ewt-ud-train.conllu')), ...loadUd(join(corpus, 'en_gum-ud-train.conllu'))];
  const tagIds = ids(train.flatMap((s) => s.words.map((_, i) => tagLabel(s.upos[i], s.feats[i]))));
  const labelIds = ids(train.flatMap((s) => s.deprels));
  const rootLabel = labelIds.get('root') ?? 0;
  const data = examples(train, tagIds, labelIds);
  process.stdout.write(`train: ${train.length} sentences, ${tagIds.size} tags, ${labelIds.size} labels\n`);
  const [minCount, minShare] = arg('dictionary', DEFAULT_DICTIONARY).split(':').map(Number);
  const dictionary = tagDictionary(data, minCount, minShare);
  process.stdout.write(`tag dictionary: ${dictionary.size} forms\n`);
  if (folds > 1) jackknife(data, tagIds.size, dictionary, tagEpochs, folds);
  const tagger = trainTagger(data, tagIds.size, dictionary, tagEpochs, 3);
  process.stdout.write(`tagger: ${tagger.rows} rows (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  const [actions, labels] = trainParser(data, labelIds.size, rootLabel, parseEpochs);
  /** A pruning setting: thresholds for the tagger, the transitions and the labels ("0.01:0.04:0.02"). */
  const build = (spec: string): Uint8Array => {
    const [t, a, l] = spec.split(':').map(Number);
    return encodeSyntaxModel({
      tags: [...tagIds.keys()],
      deprels: [...labelIds.keys()],
      tagger: tagger.quantize(t),
      actions: actions.quantize(a ?? t),
      labels: labels.quantize(l ?? t),
      dictionary,
      info: { tagEpochs, parseEpochs, folds, prune: spec, dictionarySettings: `${minCount}:${minShare}`, trainSentences: train.length },
    });
  };
  const dev = ['ewt', 'gum'].map((name) => [name, loadUd(join(corpus, `en_${name}-ud-dev.conllu`))] as const);
  const specs = arg('prune', DEFAULT_PRUNE).split(',');
  mkdirSync(dirname(out), { recursive: true });
  specs.forEach((spec, i) => {
    const bytes = build(spec);
    const path = i === 0 ? out : `${out}.${i}`;
    writeFileSync(path, bytes);
    process.stdout.write(`wrote ${path} (prune ${spec}): ${(bytes.length / 1e6).toFixed(2)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    const parser = createParser(bytes);
    for (const [name, gold] of dev) process.stdout.write(formatScore(`${name} dev`, scoreParser(parser, gold)) + '\n');
  });
}

main();
