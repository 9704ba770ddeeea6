import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { findDateline, findHeadline, findTimes, splitParagraphs, splitSentences, tokenize } from '../../server/src/analysis/text/index';
import { SEED } from '../support/paths';

function dateline(s: string): [string, string?, string?, string?] | undefined {
  const d = findDateline(s, tokenize(s));
  if (!d) return undefined;
  for (const part of [d, d.place, d.date, d.source]) {
    if (part) assert.ok(part.start >= 0 && part.end <= s.length && part.start < part.end);
  }
  assert.equal(d.place.text, s.slice(d.place.start, d.place.end));
  return [s.slice(d.start, d.end), d.place.text, d.date?.text, d.source?.text];
}

function times(s: string): string[] {
  const toks = tokenize(s);
  const found = findTimes(s, toks, splitSentences(s, toks, splitParagraphs(s)));
  for (const t of found) assert.equal(t.text, s.slice(t.start, t.end));
  return found.map((t) => (t.value ? `${t.text}=${t.value}` : t.text));
}

test('headline: a short first line without a full stop, or Title Case', () => {
  assert.deepEqual(findHeadline('Ferry Sinks Off Coast, 40 Rescued\nA ferry sank on Tuesday.'), {
    start: 0,
    end: 33,
    text: 'Ferry Sinks Off Coast, 40 Rescued',
  });
  assert.equal(findHeadline('\n\n  Grain prices climb as drought bites  \n\nWheat rose 4%.')?.text, 'Grain prices climb as drought bites');
  assert.equal(findHeadline('MINISTER QUITS OVER LEAKED MEMO.\nThe minister resigned.')?.text, 'MINISTER QUITS OVER LEAKED MEMO.');
  assert.equal(findHeadline('Can the truce hold?\nFighting eased on Friday.')?.text, 'Can the truce hold?');
  // A lede sentence, a lone line, a byline and a dateline are not headlines.
  assert.equal(findHeadline('The central bank raised rates on Thursday, its third increase this year.\nMarkets fell.'), undefined);
  assert.equal(findHeadline('Ferry sinks off coast'), undefined);
  assert.equal(findHeadline('By Tomas Lind\nThe ferry sank.'), undefined);
  assert.equal(findHeadline('OSLO, May 2 -- Storms hit\nMore later.'), undefined);
  assert.equal(findHeadline(''), undefined);
});

test('datelines in the common agency styles', () => {
  assert.deepEqual(dateline('MANILA, June 3 -- The coast guard said.'), ['MANILA, June 3 --', 'MANILA', 'June 3', undefined]);
  assert.deepEqual(dateline('LONDON: Prices rose.'), ['LONDON:', 'LONDON', undefined, undefined]);
  assert.deepEqual(dateline('NAIROBI — Heavy rain fell.'), ['NAIROBI —', 'NAIROBI', undefined, undefined]);
  assert.deepEqual(dateline('WASHINGTON (Reuters) - The Senate voted.'), ['WASHINGTON (Reuters) -', 'WASHINGTON', undefined, 'Reuters']);
  assert.deepEqual(dateline('Yen Slides Again\nTOKYO, Jan. 5 (AP) — Shares fell.'), ['TOKYO, Jan. 5 (AP) —', 'TOKYO', 'Jan. 5', 'AP']);
  assert.deepEqual(dateline('SAN FRANCISCO, Calif. -- Chip stocks fell.'), ['SAN FRANCISCO, Calif. --', 'SAN FRANCISCO', undefined, undefined]);
  assert.deepEqual(dateline('Port Strike Ends\nBy Lia Moreno\nST. LOUIS, Mo. (AP) — Dockers returned.'), [
    'ST. LOUIS, Mo. (AP) —',
    'ST. LOUIS',
    undefined,
    'AP',
  ]);
  assert.deepEqual(dateline('OSLO 1996-08-22\nThe talks ended.'), ['OSLO 1996-08-22', 'OSLO', '1996-08-22', undefined]);
  assert.deepEqual(dateline('Lima, March 9 -- Voters queued.'), ['Lima, March 9 --', 'Lima', 'March 9', undefined]);
  assert.deepEqual(dateline('NEW DELHI/ISLAMABAD (Reuters) - Talks began.'), ['NEW DELHI/ISLAMABAD (Reuters) -', 'NEW DELHI', undefined, 'Reuters']);
  assert.deepEqual(dateline('WASHINGTON, D.C. — Rain fell.'), ['WASHINGTON, D.C. —', 'WASHINGTON', undefined, undefined]);
});

test('no dateline where none is written', () => {
  assert.equal(dateline('UPDATE: Prices rose.'), undefined);
  assert.equal(dateline('Officials said: no deal.'), undefined);
  assert.equal(dateline('Meanwhile — the talks stalled.'), undefined);
  assert.equal(dateline('The minister said the talks would resume.'), undefined);
  assert.equal(dateline(''), undefined);
});

test('the seed article has no headline and no dateline', { skip: !existsSync(SEED) }, () => {
  const s = readFileSync(SEED, 'utf8');
  assert.equal(findHeadline(s), undefined);
  assert.equal(findDateline(s, tokenize(s)), undefined);
  const toks = tokenize(s);
  const found = findTimes(s, toks, splitSentences(s, toks, splitParagraphs(s)));
  assert.ok(found.some((t) => t.text === 'on Sunday'));
});

test('time expressions: dates with normalised values', () => {
  assert.deepEqual(times('The accord signed on Jan. 5, 2024 took effect 2024-06-03 and ends 3 March 2031.'), [
    'on Jan. 5, 2024=2024-01-05',
    '2024-06-03=2024-06-03',
    '3 March 2031=2031-03-03',
  ]);
  assert.deepEqual(times('Voting starts June 3 and results come in July 2025, officials said on Sunday.'), ['June 3', 'in July 2025=2025-07', 'on Sunday']);
  assert.deepEqual(times('He spoke Monday, Oct. 7, 2024 and again yesterday morning.'), ['Monday, Oct. 7, 2024=2024-10-07', 'yesterday morning']);
});

test('time expressions: deadlines and horizons', () => {
  assert.deepEqual(times('The plant will close by the end of this year and the line by 2030.'), ['by the end of this year', 'by 2030=2030']);
  assert.deepEqual(times('Talks resume next month; a deal is due within two years.'), ['next month', 'within two years']);
  assert.deepEqual(times('Officials expect a decision in the coming weeks and a vote early next year.'), ['in the coming weeks', 'early next year']);
  assert.deepEqual(times('The budget for this fiscal year caps emissions by 2035.'), ['this fiscal year', 'by 2035=2035']);
  assert.deepEqual(times('Output fell earlier this year and will recover by mid-2026, or by the end of 2027.'), [
    'earlier this year',
    'by mid-2026=2026',
    'by the end of 2027=2027',
  ]);
  assert.deepEqual(times('Work began three years ago and ends in the first half of next year, no later than Dec. 31.'), [
    'three years ago',
    'in the first half of next year',
    'no later than Dec. 31',
  ]);
  assert.deepEqual(times('Sales over the next five years should beat Q3 2025 levels.'), ['over the next five years', 'Q3 2025']);
});

test('time expressions: numbers, names and modals that are not times', () => {
  assert.deepEqual(times('About 2000 troops and 1,500 police joined the 2024 campaign.'), []);
  assert.deepEqual(times('The report, by Jan Novak, says ministers may resign.'), []);
  assert.deepEqual(times('The tariff starts in Jan. The talks continue.'), ['in Jan']);
  assert.deepEqual(times('They marched in protest; we may march again in May.'), ['in May']);
  assert.deepEqual(times('The levy was cut by two points.'), []);
});

test('time expressions: ranges, parts of days and named periods', () => {
  assert.deepEqual(times('Emissions fall between 2025 and 2030, from 2031 to 2035 they level off.'), [
    'between 2025=2025',
    '2030=2030',
    'from 2031=2031',
    'to 2035=2035',
  ]);
  assert.deepEqual(times('Shelling resumed last night and this morning, after a lull over the weekend.'), ['last night', 'this morning', 'over the weekend']);
  assert.deepEqual(times('The storm hit early Tuesday; rescuers have until Friday and the next 48 hours are key.'), [
    'early Tuesday',
    'until Friday',
    'the next 48 hours',
  ]);
  assert.deepEqual(times('Sales rose in recent months and should peak by year-end, a year earlier than planned.'), [
    'in recent months',
    'by year-end',
    'a year earlier',
  ]);
});

test('a first line longer than 200 characters is no headline', () => {
  const s = `${'word '.repeat(100_000)}\nSecond line.`;
  assert.equal(findHeadline(s), undefined);
});

test('time expressions: seasons and holidays after a preposition, not other uses of the words', () => {
  assert.deepEqual(times('The bridge will reopen in the spring, the tunnel by spring 2027 and the depot in the autumn of 2028.'), [
    'in the spring',
    'by spring 2027=2027',
    'in the autumn of 2028=2028',
  ]);
  assert.deepEqual(times('Talks resume after Easter and should end before Christmas.'), ['after Easter', 'before Christmas']);
  assert.deepEqual(times('After the fall of the regime, a fall in prices hit Easter Island and in the spring water trade.'), []);
});
