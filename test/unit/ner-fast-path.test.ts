// The tagger's inference path (rows found once per word and tabled templates, a lexicon kept
// across documents) must score exactly the features training extracts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentFeatures, FeatureBuffer, FeatureRows, Lexicon } from '../../server/src/analysis/ner/features';
import { IntTable } from '../../server/src/analysis/ner/hash';
import { createTagger } from '../../server/src/analysis/ner/index';
import { decodeModel } from '../../server/src/analysis/ner/model';
import { splitParagraphs, splitSentences, tokenize } from '../../server/src/analysis/text/index';
import { model } from '../support/analyzer';
import { projectRoot } from '../support/paths';

const ARTICLES = readdirSync(join(projectRoot(), 'test', 'fixtures', 'articles'))
  .filter((f) => f.endsWith('.news'))
  .sort()
  .map((f) => readFileSync(join(projectRoot(), 'test', 'fixtures', 'articles', f), 'utf8'));

function document(text: string): { words: string[]; start: Int32Array; end: Int32Array } {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, splitParagraphs(text));
  return {
    words: tokens.map((t) => t.norm || t.text),
    start: Int32Array.from(sentences, (s) => s.firstToken),
    end: Int32Array.from(sentences, (s) => s.endToken),
  };
}

test('rows of the fast path are exactly the rows of the training features, token by token', () => {
  const weights = decodeModel(model);
  const gazetteer = new IntTable(weights.gazetteer.keys, weights.gazetteer.values);
  const table = new IntTable(
    weights.keys,
    Int32Array.from(weights.keys, (_, i) => i),
  );
  const rows = new FeatureRows(table);
  const lexicon = new Lexicon(true);
  const reference = new FeatureBuffer();
  const fast = new FeatureBuffer();
  const own = new Int32Array(64);
  let tokens = 0;
  for (const text of [...ARTICLES, 'KYIV AND WARSAW SIGN GRAIN DEAL\n\nKyiv and Warsaw signed a grain deal on Monday.']) {
    const { words, start, end } = document(text);
    const doc = new DocumentFeatures(words, start, end, gazetteer, lexicon);
    rows.update(lexicon);
    for (let s = 0; s < start.length; s++) {
      doc.sentenceFeatures(start[s], end[s], reference);
      doc.sentenceRows(start[s], end[s], rows, fast);
      for (let t = 0; t < end[s] - start[s]; t++) {
        const expected: number[] = [];
        for (let f = reference.offsets[t]; f < reference.offsets[t + 1]; f++) expected.push(table.get(reference.feats[f]));
        const got = Array.from(fast.rows.subarray(fast.offsets[t], fast.offsets[t + 1]));
        const i = start[s] + t;
        const count = rows.ownRows(lexicon, doc.wordIds[i], doc.inCapsLine(i), own);
        got.push(...own.subarray(0, count));
        const present = (a: number[]): number[] => a.filter((r) => r >= 0).sort((x, y) => x - y);
        assert.deepEqual(present(got), present(expected), `token ${i} "${words[i]}"`);
        tokens++;
      }
    }
  }
  assert.ok(tokens > 1000);
});

test('a document is tagged alike by a fresh tagger and by one that has seen other documents', () => {
  const fresh = createTagger(model);
  const used = createTagger(model);
  for (const text of ARTICLES.slice(1)) {
    const { words, start, end } = document(text);
    used.labels(
      words,
      Array.from(start, (a, s) => ({ start: 0, end: 0, firstToken: a, endToken: end[s], paragraph: 0 })),
    );
  }
  const { words, start, end } = document(ARTICLES[0]);
  const sentences = Array.from(start, (a, s) => ({ start: 0, end: 0, firstToken: a, endToken: end[s], paragraph: 0 }));
  assert.deepEqual(used.labels(words, sentences), fresh.labels(words, sentences));
});

test('a cased symbol that is no letter (a circled capital) does not stop the tagging of its document', () => {
  const text = 'Prime Minister Ana Ruiz visited Paris on Monday \u24b6 with officials of the World Bank.';
  const { words, start, end } = document(text);
  const labels = createTagger(model).labels(words, [{ start: 0, end: text.length, firstToken: start[0], endToken: end[end.length - 1], paragraph: 0 }]);
  assert.ok(labels.some((y) => y !== 0));
});
