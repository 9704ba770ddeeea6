import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConll, SpanScore } from '../../server/src/analysis/ner/conll';
import { spansFromLabels } from '../../server/src/analysis/ner/index';
import { decodeModel, encodeModel, LABELS, labelName } from '../../server/src/analysis/ner/model';
import { gazetteerKey, lowerKey } from '../../server/src/analysis/ner/features';

// A small CoNLL-2003-style file (IOB1: I- starts an entity unless it follows the same type; B-
// separates two adjacent entities of one type), written for this test.
const FILE = [
  '-DOCSTART- -X- -X- O',
  '',
  'Harbor NNP I-NP I-ORG',
  'Freight NNP I-NP I-ORG',
  'hired VBD I-VP O',
  'Lena NNP I-NP I-PER',
  'Voss NNP I-NP I-PER',
  'in IN I-PP O',
  'Oslo NNP I-NP I-LOC',
  '. . O O',
  '',
  'Voss NNP I-NP I-PER',
  'Kline NNP I-NP B-PER',
  'met VBD I-VP O',
  '. . O O',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'Danish JJ I-NP I-MISC',
  'shares NNS I-NP O',
  'fell VBD I-VP O',
  '',
].join('\n');

test('parseConll splits documents and sentences and converts IOB1 to BIO', () => {
  const docs = parseConll(FILE);
  assert.equal(docs.length, 2);
  const [d] = docs;
  assert.deepEqual(Array.from(d.sentStart), [0, 8]);
  assert.deepEqual(Array.from(d.sentEnd), [8, 12]);
  assert.deepEqual(Array.from(d.gold, labelName), ['B-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-PER', 'B-PER', 'O', 'O']);
  assert.deepEqual(
    spansFromLabels(d.gold, d.gold.length).map((s) => `${s.type}:${d.words.slice(s.firstToken, s.endToken).join(' ')}`),
    ['ORG:Harbor Freight', 'PER:Lena Voss', 'LOC:Oslo', 'PER:Voss', 'PER:Kline'],
  );
  assert.deepEqual(Array.from(docs[1].gold, labelName), ['B-MISC', 'O', 'O']);
});

test('documents without -DOCSTART- lines are grouped from runs of sentences', () => {
  const sentences = Array.from({ length: 45 }, (_, i) => `Word${i} NNP I-NP I-LOC\n. . O O\n`).join('\n');
  const docs = parseConll(sentences);
  assert.equal(docs.length, 3);
  assert.equal(
    docs.reduce((n, d) => n + d.sentStart.length, 0),
    45,
  );
});

test('SpanScore counts exact matches only, per type and micro over PER/LOC/ORG', () => {
  const score = new SpanScore();
  score.add(
    [
      { firstToken: 0, endToken: 2, type: 'ORG' },
      { firstToken: 3, endToken: 5, type: 'PER' },
      { firstToken: 6, endToken: 7, type: 'LOC' },
      { firstToken: 8, endToken: 9, type: 'MISC' },
    ],
    [
      { firstToken: 0, endToken: 2, type: 'ORG' }, // right
      { firstToken: 3, endToken: 4, type: 'PER' }, // wrong boundary
      { firstToken: 6, endToken: 7, type: 'ORG' }, // wrong type
      { firstToken: 8, endToken: 9, type: 'MISC' }, // right, but not in the micro score
    ],
  );
  const micro = score.prf(['PER', 'LOC', 'ORG']);
  assert.deepEqual([micro.tp, micro.fp, micro.fn], [1, 2, 2]);
  assert.ok(Math.abs(micro.f - 100 / 3) < 1e-9);
  assert.equal(score.prf(['MISC']).f, 100);
  assert.match(score.report('t'), /P\/L\/O\s+33\.33\s+33\.33\s+33\.33/);
});

test('model files round-trip and reject foreign bytes', () => {
  const stage = {
    weights: Int8Array.from({ length: 2 * LABELS }, (_, i) => (i % 7) - 3),
    levels: Float32Array.from({ length: 128 }, (_, i) => i / 10),
    trans: Float32Array.from({ length: (LABELS + 1) * LABELS }, (_, i) => i / 100),
  };
  const bytes = encodeModel({
    gazetteer: { keys: Uint32Array.of(gazetteerKey(['New', 'York'])), values: Int32Array.of(1 << 4) },
    keys: Uint32Array.of(11, 22),
    stages: [stage],
    info: { note: 'test' },
  });
  const m = decodeModel(bytes);
  assert.deepEqual(Array.from(m.keys), [11, 22]);
  assert.deepEqual(Array.from(m.stages[0].weights), Array.from(stage.weights));
  assert.deepEqual(Array.from(m.stages[0].trans), Array.from(stage.trans));
  assert.equal(m.gazetteer.keys[0], gazetteerKey(['new', 'YORK']));
  assert.equal(m.info.note, 'test');
  assert.throws(() => decodeModel(new Uint8Array(64)), /not a News Lens NER model/);
  assert.throws(() => decodeModel(bytes.subarray(0, bytes.length - 8)), /truncated/);
});

test('lowerKey folds case and digits', () => {
  assert.equal(lowerKey('G7'), 'g0');
  assert.equal(lowerKey('1996-08-22'), '0000-00-00');
  assert.equal(lowerKey('ÉLYSÉE'), 'élysée');
});
