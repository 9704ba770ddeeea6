// Relative times resolved against the article's date: every form the ledger needs, across year
// ends, leap days and week boundaries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIsoDay, resolveTime, valueOf } from '../../server/src/analysis/dates';
import { addMonths, dayOf, isoOf, weekdayOf } from '../../server/src/analysis/dates/days';

/** The value `text` resolves to, written on `ref`. */
function at(ref: string, text: string): string | undefined {
  const day = parseIsoDay(ref);
  assert.ok(day !== undefined, ref);
  const r = resolveTime(text, day);
  if (r) assert.ok(r.start <= r.end, `${text}: ${isoOf(r.start)} after ${isoOf(r.end)}`);
  return r && valueOf(r);
}

test('day arithmetic: leap years, month ends, weekdays', () => {
  assert.equal(dayOf(2024, 2, 29) !== undefined, true);
  assert.equal(dayOf(2023, 2, 29), undefined);
  assert.equal(dayOf(1900, 2, 29), undefined);
  assert.equal(dayOf(2000, 2, 29) !== undefined, true);
  assert.equal(isoOf(addMonths(dayOf(2024, 1, 31) as number, 1)), '2024-02-29');
  assert.equal(isoOf(addMonths(dayOf(2024, 2, 29) as number, 12)), '2025-02-28');
  assert.equal(isoOf(addMonths(dayOf(2024, 12, 15) as number, 1)), '2025-01-15');
  assert.equal(weekdayOf(dayOf(2024, 4, 28) as number), 0); // a Sunday
  assert.equal(weekdayOf(dayOf(1969, 12, 31) as number), 3); // before the epoch: a Wednesday
});

test('weekdays: the nearest one, "next" and "last" across a year end', () => {
  // 2024-12-30 is a Monday.
  assert.equal(at('2024-12-30', 'on Sunday'), '2024-12-29');
  assert.equal(at('2024-12-30', 'on Thursday'), '2025-01-02');
  assert.equal(at('2024-12-30', 'Monday'), '2024-12-30');
  assert.equal(at('2024-12-30', 'next Friday'), '2025-01-03');
  assert.equal(at('2024-12-30', 'next Monday'), '2025-01-06');
  assert.equal(at('2024-12-30', 'last Monday'), '2024-12-23');
  assert.equal(at('2024-12-30', 'Sunday night'), '2024-12-29');
  assert.equal(at('2024-12-30', 'last night'), '2024-12-29');
  assert.equal(at('2024-12-31', 'tomorrow'), '2025-01-01');
  assert.equal(at('2025-01-01', 'yesterday'), '2024-12-31');
  assert.equal(at('2024-02-28', 'tomorrow morning'), '2024-02-29');
  assert.equal(at('2023-02-28', 'tomorrow'), '2023-03-01');
});

test('weeks, months, quarters and years relative to the article', () => {
  assert.equal(at('2025-01-02', 'last week'), '2024-12-23/2024-12-29');
  assert.equal(at('2025-01-02', 'this week'), '2024-12-30/2025-01-05');
  assert.equal(at('2024-12-28', 'this coming week'), '2024-12-30/2025-01-05');
  assert.equal(at('2024-12-15', 'next month'), '2025-01');
  assert.equal(at('2025-01-15', 'last month'), '2024-12');
  assert.equal(at('2024-11-20', 'next quarter'), '2025-01-01/2025-03-31');
  assert.equal(at('2024-06-01', 'by the end of this year'), '2024-12');
  assert.equal(at('2024-06-01', 'the end of the year'), '2024-12');
  assert.equal(at('2024-12-31', 'next year'), '2025');
  assert.equal(at('2024-03-10', 'this fiscal year'), '2024');
  assert.equal(at('2024-03-10', 'early next year'), '2025-01-01/2025-04-30');
  assert.equal(at('2024-03-10', 'later this year'), '2024-03-11/2024-12-31');
  assert.equal(at('2024-03-10', 'earlier this year'), '2024-01-01/2024-03-09');
  assert.equal(at('2024-03-10', 'the first half of next year'), '2025-01-01/2025-06-30');
  assert.equal(at('2024-03-10', 'the second quarter'), '2024-04-01/2024-06-30');
  assert.equal(at('2024-03-10', 'year-end'), '2024-12');
  assert.equal(at('2024-03-10', 'the end of 2030'), '2030-12');
  assert.equal(at('2024-03-10', 'the beginning of next month'), '2024-04-01/2024-04-10');
});

test('counts of units: "within 90 days" runs from the article, over month ends and leap days', () => {
  assert.equal(at('2024-12-01', 'within 90 days'), '2024-12-01/2025-03-01');
  assert.equal(at('2023-12-01', 'within 90 days'), '2023-12-01/2024-02-29');
  assert.equal(at('2024-01-31', 'in a month'), '2024-01-31/2024-02-29');
  assert.equal(at('2024-02-29', 'within a year'), '2024-02-29/2025-02-28');
  assert.equal(at('2024-02-29', 'four years from now'), '2028-02-29');
  assert.equal(at('2025-01-10', 'three weeks ago'), '2024-12-20');
  assert.equal(at('2025-01-10', 'two years ago'), '2023-01-10');
  assert.equal(at('2025-01-10', 'a month later'), undefined); // later than some other event
  assert.equal(at('2024-12-20', 'the coming weeks'), '2024-12-20/2025-01-10');
  assert.equal(at('2024-12-20', 'the next five years'), '2024-12-20/2029-12-20');
  assert.equal(at('2025-01-20', 'the past two months'), '2024-11-20/2025-01-20');
});

test('dates without a year take the nearest year; a weekday named with it picks the year', () => {
  assert.equal(at('2024-12-28', 'January 5'), '2025-01-05');
  assert.equal(at('2025-01-03', 'on Dec. 30'), '2024-12-30');
  assert.equal(at('2024-06-01', 'by 3 June'), '2024-06-03');
  assert.equal(at('2024-12-28', 'Monday, June 3'), '2024-06-03'); // 2024-06-03 was a Monday
  assert.equal(at('2025-03-01', 'February 29'), '2024-02-29'); // the only leap day near
  assert.equal(at('2024-11-01', 'in March'), '2025-03');
  assert.equal(at('2024-02-01', 'in March'), '2024-03');
  assert.equal(at('2024-12-28', 'by Jan. 5, 2025'), '2025-01-05');
  assert.equal(at('2024-12-28', 'June 2026'), '2026-06');
  assert.equal(at('2024-12-28', 'end-June'), '2025-06-21/2025-06-30');
  assert.equal(at('2024-12-28', 'February 30'), undefined);
});

test('seasons and holidays: the next one not yet over, or the one of the year named', () => {
  assert.equal(at('2024-04-15', 'in the spring'), '2024-03-01/2024-05-31');
  assert.equal(at('2024-06-15', 'in the spring'), '2025-03-01/2025-05-31');
  assert.equal(at('2024-12-28', 'by spring 2026'), '2026-03-01/2026-05-31');
  assert.equal(at('2024-01-10', 'in the winter'), '2023-12-01/2024-02-29'); // the winter under way, to a leap day
  assert.equal(at('2024-12-28', 'the autumn of 2027'), '2027-09-01/2027-11-30');
  assert.equal(at('2024-12-28', 'before Christmas'), '2025-12-25');
  assert.equal(at('2024-12-20', 'before Christmas'), '2024-12-25');
  assert.equal(at('2024-01-01', 'by Easter'), '2024-03-31');
  assert.equal(at('2025-01-01', 'by Easter'), '2025-04-20');
  assert.equal(at('2024-01-01', 'Thanksgiving'), '2024-11-28');
  assert.equal(at('2024-01-01', 'during Ramadan'), undefined);
  assert.equal(at('2024-06-15', 'next spring'), '2025-03-01/2025-05-31');
  assert.equal(at('2024-06-15', 'last winter'), '2023-12-01/2024-02-29');
});

test('absolute forms resolve whatever the article date', () => {
  for (const ref of ['1999-12-31', '2024-02-29']) {
    assert.equal(at(ref, 'by 2030'), '2030');
    assert.equal(at(ref, '2024-06-03'), '2024-06-03');
    assert.equal(at(ref, '6/3/2024'), '2024-06-03');
    assert.equal(at(ref, '2024-2030'), '2024-01-01/2030-12-31');
    assert.equal(at(ref, 'Q3 2025'), '2025-07-01/2025-09-30');
    assert.equal(at(ref, 'H2 2025'), '2025-07-01/2025-12-31');
    assert.equal(at(ref, 'FY2025'), '2025');
    assert.equal(at(ref, 'fiscal 2025'), '2025');
    assert.equal(at(ref, 'mid-2025'), '2025-05-01/2025-08-31');
    assert.equal(at(ref, 'late 2025'), '2025-09-01/2025-12-31');
  }
});

test('text that names no time resolves to nothing, never throws', () => {
  for (const text of [
    '',
    ' ',
    'the',
    'by',
    'banana',
    'next banana',
    'the end of',
    'the first half of banana',
    '99/99/9999',
    '2030-2020',
    'Q5 2025',
    '\u0000',
    'x'.repeat(10_000),
  ]) {
    assert.equal(at('2024-05-05', text), undefined, JSON.stringify(text.slice(0, 20)));
  }
});
