import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString } from '../../server/src/analysis/ner/hash';
import { createParser } from '../../server/src/analysis/syntax';
import { decodeSyntaxModel, encodeSyntaxModel, QuantizedScorer, type Quantized } from '../../server/src/analysis/syntax/model';

/** A classifier from rows given as key -> [class, code] pairs. */
function classifier(classes: number, rows: [number, [number, number][]][], scale: number): Quantized {
  return {
    classes,
    keys: Uint32Array.from(rows, ([key]) => key),
    counts: Uint8Array.from(rows, ([, row]) => row.length),
    entries: Int16Array.from(rows.flatMap(([, row]) => row.map(([y, q]) => q * 256 + y))),
    scale,
  };
}

function model(tagger: Quantized, actions: Quantized, dictionary: Map<number, number>): Uint8Array {
  const labels = classifier(2, [], 1);
  return encodeSyntaxModel({ tags: ['NOUN', 'DET'], deprels: ['det', 'root'], tagger, actions, labels, dictionary, info: {} });
}

test('sparse rows survive encoding and score as their codes times the scale', () => {
  const wide = classifier(
    5,
    [
      [
        7,
        [
          [0, 3],
          [4, -127],
        ],
      ],
      [9, [[4, 2]]],
    ],
    0.5,
  );
  const narrow = classifier(
    3,
    [
      [
        7,
        [
          [1, -5],
          [2, 127],
        ],
      ],
    ],
    2,
  );
  const m = decodeSyntaxModel(model(wide, narrow, new Map()));
  const out = new Float32Array(5);
  new QuantizedScorer(m.tagger).score(Uint32Array.from([7, 9, 11]), 3, out);
  assert.deepEqual([...out], [1.5, 0, 0, 0, -62.5]);
  new QuantizedScorer(m.actions).score(Uint32Array.from([7, 7]), 2, out);
  assert.deepEqual([...out.subarray(0, 3)], [0, -20, 508]);
});

test('words in the tag dictionary take its tag, by exact form; others are scored', () => {
  const empty = classifier(2, [], 1);
  const parser = createParser(model(empty, classifier(3, [], 1), new Map([[hashString('the'), 1]])));
  assert.deepEqual(parser.tagWords(['the', 'cat', 'The']), ['DET', 'NOUN', 'NOUN']);
});
