// The article's date: override, front matter, dateline or a date line, file name, modification
// time; and the dates pass that fills times[].value and commitments' deadlines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../support/analyzer';
import { findArticleDate } from '../../server/src/analysis/dates';
import { findDateline, tokenize } from '../../server/src/analysis/text';

function dateOf(text: string, fileName?: string, mtime?: string, override?: string) {
  const dateline = findDateline(text, tokenize(text));
  return findArticleDate({ text, dateline, fileName, mtimeMs: mtime ? Date.parse(mtime) : undefined, override });
}

const BODY = 'The ministers met to discuss the port.\n';

test('a dateline with its year, or a date line at the top, gives the date', () => {
  assert.deepEqual(dateOf(`VALLETTA, Jan. 5, 2024 (Reuters) - ${BODY}`), { date: '2024-01-05', source: 'dateline' });
  assert.deepEqual(dateOf(`Harbour deal signed\nApril 28, 2024\n\n${BODY}`), { date: '2024-04-28', source: 'dateline' });
  assert.deepEqual(dateOf(`Published: Sunday 28 April 2024\n\n${BODY}`), { date: '2024-04-28', source: 'dateline' });
  assert.deepEqual(dateOf(`TALLINN 2024-02-29 ${BODY}`), { date: '2024-02-29', source: 'dateline' });
});

test('a dateline without its year takes the year nearest the file name or modification date', () => {
  const text = `TOKYO, March 3 (Reuters) - ${BODY}`;
  assert.deepEqual(dateOf(text, 'archive/2025-02-27-tokyo.news'), { date: '2025-03-03', source: 'dateline' });
  // Written on 3 January, filed late: the dateline's December is the previous year's.
  assert.deepEqual(dateOf(`OSLO, Dec. 30 - ${BODY}`, undefined, '2025-01-04T08:00:00Z'), { date: '2024-12-30', source: 'dateline', guess: true });
  // No file name, no modification time: no date from a year-less dateline.
  assert.equal(dateOf(text), undefined);
});

test('front matter and the user override come before the text', () => {
  const fm = `---\ntitle: Port talks\ndate: 2023-11-14\n---\nVALLETTA, Jan. 5, 2024 - ${BODY}`;
  assert.deepEqual(dateOf(fm), { date: '2023-11-14', source: 'front-matter' });
  assert.deepEqual(dateOf(`---\ndate: "May 2, 2022"\n---\n${BODY}`), { date: '2022-05-02', source: 'front-matter' });
  assert.deepEqual(dateOf(fm, '2020-01-01-x.news', undefined, '2019-07-04'), { date: '2019-07-04', source: 'override' });
  // A broken override or front matter date is passed over.
  assert.deepEqual(dateOf(`---\ndate: soon\n---\n${BODY}`, '2021-03-04.news', undefined, '2019-02-30'), { date: '2021-03-04', source: 'file-name' });
});

test('the file name, then the modification time (a guess)', () => {
  assert.deepEqual(dateOf(BODY, '/news/2024-04-28-talks.news'), { date: '2024-04-28', source: 'file-name' });
  assert.deepEqual(dateOf(BODY, 'talks_20240229.news'), { date: '2024-02-29', source: 'file-name' });
  assert.deepEqual(dateOf(BODY, 'talks_20230229.news', '2023-06-01T23:59:00Z'), { date: '2023-06-01', source: 'modified', guess: true });
  assert.deepEqual(dateOf(BODY, 'story-123456789.news'), undefined);
  assert.equal(dateOf(BODY, undefined, 'not a date'), undefined);
});

test('the analysis resolves its times and commitment deadlines against the date', () => {
  const text =
    'Ports deal\n\nVALLETTA, Dec. 28, 2024 (Reuters) - The Maltese government said on Sunday it would finish the new port by the end of next year. ' +
    'Prime Minister Robert Abela said the government will hire 500 workers within 90 days.\n';
  const a = analyze(text, { article: { fileName: 'ports.news' } });
  assert.deepEqual(a.date, { date: '2024-12-28', source: 'dateline' });
  const values = Object.fromEntries(a.times.map((t) => [t.text, t.value]));
  assert.equal(values['on Sunday'], '2024-12-29');
  assert.equal(values['by the end of next year'], '2025-12');
  assert.equal(values['within 90 days'], '2024-12-28/2025-03-28');
  const deadlines = a.commitments.filter((c) => c.time).map((c) => [c.time?.text, c.deadline]);
  assert.ok(deadlines.length >= 1, JSON.stringify(a.commitments.map((c) => c.action)));
  for (const [time, deadline] of deadlines) {
    if (time === 'by the end of next year') assert.deepEqual(deadline, { start: '2025-12-01', end: '2025-12-31' });
    if (time === 'within 90 days') assert.deepEqual(deadline, { start: '2024-12-28', end: '2025-03-28' });
  }
  // Without anything telling the date, nothing relative is resolved and nothing breaks.
  const bare = analyze('The council will vote next month.');
  assert.equal(bare.date, undefined);
  assert.equal(bare.times.find((t) => t.text.includes('next month'))?.value, undefined);
});
