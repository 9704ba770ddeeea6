// Pairing quotation marks: straight and curly, over paragraphs, nested, unbalanced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairMarks } from '../../server/src/analysis/quotes/marks';
import { splitParagraphs } from '../../server/src/analysis/index';

const quoted = (text: string): string[] => pairMarks(text, splitParagraphs(text)).map((m) => text.slice(m.start, m.end));

test('straight and curly marks pair alike; the comma before the closing mark is left out', () => {
  assert.deepEqual(quoted('“We will go,” she said. "So will we," he said.'), ['We will go', 'So will we']);
});

test('single marks inside double ones stay inside (nested quotes, apostrophes)', () => {
  assert.deepEqual(quoted(`"He said 'never' and the union's leaders left," she said.`), [`He said 'never' and the union's leaders left`]);
  assert.deepEqual(quoted('“They told us ‘wait’,” she said.'), ['They told us ‘wait’']);
});

test('a quote left open continues into a paragraph that opens with a mark', () => {
  const text = '“First part of it.\n“Second part,” the coach said.\nAfter.';
  assert.deepEqual(quoted(text), ['First part of it.\n“Second part']);
  assert.equal(pairMarks(text, splitParagraphs(text))[0].continued, 1);
});

test('an opening mark never closed ends with its paragraph; a stray closing mark is skipped', () => {
  const text = '“Never closed here.\nNext paragraph” with a stray mark.';
  const marks = pairMarks(text, splitParagraphs(text));
  assert.deepEqual(
    marks.map((m) => text.slice(m.start, m.end)),
    ['Never closed here.'],
  );
  assert.equal(marks[0].close, undefined);
});

test('any run of marks pairs without error', () => {
  for (const text of ['"', '”“', '"""', '“\n“\n“', '" "\n"', '', '«a» „b” "c']) assert.ok(Array.isArray(quoted(text)));
});

test('a comma spaced off before the closing mark is left out with its space', () => {
  assert.deepEqual(quoted('" We were buying , " one trader said .'), ['We were buying']);
});
