// Resolves a time expression's text ("by the end of next year", "on Sunday", "within 90 days") to
// the range of days it names, against the article's date. Pure: text and a reference day in,
// a range out (undefined when the expression names no fixed time: "a month later", "Ramadan").
//
// Conventions (documented in the README):
//   a date or month without a year is the one nearest the reference ("January 5" written on
//   2024-12-28 is 2025-01-05), or after a deadline's preposition ("by", "before", "until") the next
//   one not yet over ("by December" written in June is this December); a weekday alone is the nearest one (within three days either side);
//   "next"/"last" + weekday is the first one after/before; "this week" is Monday to Sunday;
//   seasons are meteorological and northern: spring March–May, summer June–August, autumn
//   September–November, winter December–February (winter 2026 starts in December 2026); a season
//   or holiday without a year is the next one not yet over; "early"/"mid"/"late" are thirds (of
//   the months when the period is whole months); "the end of" a year is December, of a month its
//   last ten days; "within 90 days" runs from the reference to 90 days later; "the coming weeks"
//   without a count is three of them; fiscal years are taken as calendar years.

import { monthOfLower, weekdayOfLower } from '../text/calendar';
import { addMonths, dayOf, monthRange, monthsRange, partsOf, weekdayOf, weekRange, wholeMonths, yearRange, type Day, type DayRange } from './days';

const PREP_PREFIX =
  /^(?:no later than|as early as|as of|ahead of|prior to|up until|by|before|until|till|within|in|on|at|since|from|after|through|throughout|during|over|starting|inside|to|between|around) /;
const NUMBER_WORDS = new Map(
  Object.entries({
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    eighteen: 18,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    hundred: 100,
    few: 3,
    several: 3,
  }),
);
/** Units in days (negative: in months). */
const UNIT_SIZE = new Map(Object.entries({ hour: 0, day: 1, week: 7, weekend: 7, month: -1, quarter: -3, year: -12, decade: -120, century: -1200 }));
const DEICTIC_OFFSET = new Map(Object.entries({ this: 0, current: 0, coming: 1, next: 1, following: 1, last: -1, past: -1, previous: -1 }));
const FORWARD = new Set(['coming', 'next', 'following']);
/** Prepositions of a deadline: a date after them without its year is the next one, not the nearest. */
const FORWARD_PREPS = new Set(['by', 'before', 'until', 'till', 'within', 'no later than', 'ahead of', 'prior to', 'up until']);
const BACKWARD = new Set(['past', 'last', 'recent']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const SEASON_START = new Map(Object.entries({ spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }));
const EDGE_WORDS = new Set(['end', 'start', 'beginning', 'middle', 'close', 'turn']);
const ORDINALS = new Map(Object.entries({ first: 1, second: 2, third: 3, fourth: 4, final: 0 }));
/** How far back or forward a horizon without a count reaches ("the coming weeks": three). */
const DEFAULT_COUNT = 3;

/** The days the expression names, resolved against `ref`; undefined when it names no fixed time. */
export function resolveTime(text: string, ref: Day): DayRange | undefined {
  const norm = text
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = PREP_PREFIX.exec(norm);
  const prep = m ? m[0].trim() : '';
  const words = (m ? norm.slice(m[0].length) : norm).split(' ').filter(Boolean);
  if (words[0] === 'the') words.shift();
  if (!words.length) return undefined;
  const fwd = FORWARD_PREPS.has(prep);
  return count(words, prep, ref) ?? horizon(words, ref) ?? edge(words, ref, fwd) ?? modified(words, ref, fwd) ?? period(words, ref, fwd);
}

/** A count of units: "90 days" (from the reference on), "three years ago", "two weeks from now". */
function count(w: string[], prep: string, ref: Day): DayRange | undefined {
  const n = numberOf(w[0]);
  const unit = unitOf(w[1]);
  if (n === undefined || unit === undefined) return undefined;
  const rest = w.slice(2).join(' ');
  if (rest === 'ago') return point(addUnits(ref, unit, -n));
  if (rest === 'from now' || (rest === '' && prep === 'after')) return point(addUnits(ref, unit, n));
  if (rest === '' && prep !== '') return { start: ref, end: addUnits(ref, unit, n) };
  return undefined; // "a month later": later than some other event
}

/** "the coming weeks", "the next five years", "the past two days", "recent months". */
function horizon(w: string[], ref: Day): DayRange | undefined {
  const dir = w[0];
  if (!FORWARD.has(dir) && !BACKWARD.has(dir)) return undefined;
  let i = 1;
  let n = DEFAULT_COUNT;
  if (w[i] === 'couple' && w[i + 1] === 'of') {
    n = 2;
    i += 2;
  } else if (numberOf(w[i]) !== undefined) {
    n = numberOf(w[i]) as number;
    i++;
  }
  const unit = unitOf(w[i]);
  if (unit === undefined || !w[i].endsWith('s') || i + 1 !== w.length) return undefined;
  return FORWARD.has(dir) ? { start: ref, end: addUnits(ref, unit, n) } : { start: addUnits(ref, unit, -n), end: ref };
}

/** "the end of this year", "the beginning of 2025", "the first half of next year", "the second quarter". */
function edge(w: string[], ref: Day, fwd: boolean): DayRange | undefined {
  if (EDGE_WORDS.has(w[0]) && w[1] === 'of') {
    const p = ofPeriod(w.slice(2), ref, fwd);
    return p && edgeOf(w[0], p);
  }
  const ordinal = ORDINALS.get(w[0]);
  if (ordinal === undefined || (w[1] !== 'half' && w[1] !== 'quarter')) return undefined;
  const year = w.length === 2 ? yearRange(partsOf(ref)[0]) : w[2] === 'of' ? ofPeriod(w.slice(3), ref, fwd) : undefined;
  if (!year || wholeMonths(year) !== 12) return undefined;
  const parts = w[1] === 'half' ? 2 : 4;
  const index = ordinal === 0 ? parts : ordinal;
  if (index > parts) return undefined;
  const [y] = partsOf(year.start);
  return monthsRange(y, 1 + (index - 1) * (12 / parts), 12 / parts);
}

/** The period after "of": "this year", "2030", "the year" (the reference's). */
function ofPeriod(w: string[], ref: Day, fwd: boolean): DayRange | undefined {
  return period(w[0] === 'the' ? w.slice(1) : w, ref, fwd);
}

function edgeOf(word: string, p: DayRange): DayRange {
  if (word === 'middle') return thirds(p)[1];
  const months = wholeMonths(p);
  const fromEnd = word === 'end' || word === 'close' || word === 'turn';
  if (months >= 12) {
    const n = Math.round(months / 12);
    return fromEnd ? { start: addMonths(p.end + 1, -n), end: p.end } : { start: p.start, end: addMonths(p.start, n) - 1 };
  }
  if (months === 1) return fromEnd ? { start: p.start + 20, end: p.end } : { start: p.start, end: p.start + 9 };
  const third = thirds(p);
  return fromEnd ? third[2] : third[0];
}

/** "early next year", "mid-2025", "late June", "earlier this year", "later this month". */
function modified(w: string[], ref: Day, fwd: boolean): DayRange | undefined {
  const dash = /^(mid|end|early|late)-(.+)$/.exec(w[0]);
  const mod = dash ? dash[1] : w[0];
  const rest = dash ? [dash[2], ...w.slice(1)] : w.slice(1);
  if (!['early', 'mid', 'late', 'earlier', 'later', 'end'].includes(mod) || !rest.length) return undefined;
  const p = period(rest, ref, fwd);
  if (!p) return undefined;
  if (mod === 'end') return edgeOf('end', p);
  if (mod === 'earlier') return p.start < ref && ref <= p.end ? { start: p.start, end: ref - 1 } : p;
  if (mod === 'later') return p.start <= ref && ref < p.end ? { start: ref + 1, end: p.end } : p;
  return thirds(p)[mod === 'early' ? 0 : mod === 'mid' ? 1 : 2];
}

/** The range in three: by whole months when it is whole months in a multiple of three, else by days. */
function thirds(p: DayRange): [DayRange, DayRange, DayRange] {
  const months = wholeMonths(p);
  if (months >= 3 && months % 3 === 0) {
    const a = addMonths(p.start, months / 3);
    const b = addMonths(p.start, (2 * months) / 3);
    return [
      { start: p.start, end: a - 1 },
      { start: a, end: b - 1 },
      { start: b, end: p.end },
    ];
  }
  const len = p.end - p.start + 1;
  if (len < 3) return [p, p, p];
  const a = Math.floor(len / 3);
  return [
    { start: p.start, end: p.start + a - 1 },
    { start: p.start + a, end: p.end - a },
    { start: p.end - a + 1, end: p.end },
  ];
}

/** A period named without modifier: a date, a month, a year, a weekday, a season, "next week" ... */
function period(words: string[], ref: Day, fwd = false): DayRange | undefined {
  if (!words.length) return undefined;
  let w = words;
  if (w.length > 1 && DAY_PARTS.has(w[w.length - 1]) && !DEICTIC_OFFSET.has(w[0])) w = w.slice(0, -1); // "Sunday night"
  const weekday = w.length > 1 ? weekdayOfLower(w[0]) : -1;
  if (weekday >= 0) w = w.slice(1); // "Monday, June 3"
  if (DEICTIC_OFFSET.has(w[0]) && w.length > 1) return deictic(w, ref);
  if (w.length === 1) return single(w[0], ref, fwd);
  if (w.length === 2 && w[0] === 'fiscal') return yearOfWord(w[1]);
  if (w[1] === 'of' && w.length === 3 && SEASON_START.has(w[0])) return seasonIn(w[0], w[2]); // "autumn of 2027"
  if (w.length === 2 && (SEASON_START.has(w[0]) || isHoliday(w[0]))) return seasonIn(w[0], w[1]);
  const quarter = /^([qh])([1-4])$/.exec(w[0]);
  if (quarter && w.length === 2) return quarterOf(quarter[1] === 'q' ? 4 : 2, Number(quarter[2]), w[1]);
  return monthDay(w, ref, weekday, fwd);
}

/** "June 3", "3 June 2024", "June 2024", "Jan. 5, 2024"; a year-less date named with its weekday takes a year where it falls on it. */
function monthDay(w: string[], ref: Day, weekday: number, fwd: boolean): DayRange | undefined {
  if (w.length < 2 || w.length > 3) return undefined;
  const m1 = monthOfLower(w[0]);
  const m2 = monthOfLower(w[1]);
  const year = w.length === 3 ? yearNumber(w[2]) : undefined;
  if (w.length === 3 && year === undefined) return undefined;
  if (m1 && w.length === 2 && yearNumber(w[1]) !== undefined) return monthRange(yearNumber(w[1]) as number, m1);
  const month = m1 || m2;
  const day = dayNumber(m1 ? w[1] : w[0]);
  if (!month || !day || (m1 && m2)) return undefined;
  if (year !== undefined) return point(dayOf(year, month, day));
  const onWeekday = (y: number) => {
    const d = dayOf(y, month, day);
    return d !== undefined && weekdayOf(d) === weekday ? point(d) : undefined;
  };
  const near = fwd ? upcoming : nearest;
  return (weekday >= 0 ? near(ref, onWeekday) : undefined) ?? near(ref, (y) => point(dayOf(y, month, day)));
}

/** One word: "2030", "2024-06-03", "6/3/2024", "2024-2030", "June", "Sunday", "tomorrow", "spring", "Christmas", "FY2025". */
function single(a: string, ref: Day, fwd: boolean): DayRange | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a);
  if (iso) return point(dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(a);
  if (slash) return point(dayOf(fullYear(slash[3]), Number(slash[1]), Number(slash[2])));
  const span = /^([12]\d{3})[-/](\d{2}|[12]\d{3})$/.exec(a);
  if (span) {
    const to = span[2].length === 2 ? Number(span[1].slice(0, 2) + span[2]) : Number(span[2]);
    return to >= Number(span[1]) ? { start: yearRange(Number(span[1])).start, end: yearRange(to).end } : undefined;
  }
  const year = yearOfWord(a);
  if (year) return year;
  const month = monthOfLower(a);
  if (month) return (fwd ? upcoming : nearest)(ref, (y) => monthRange(y, month));
  const weekday = weekdayOfLower(a);
  if (weekday >= 0) return point(ref + ((((weekday - weekdayOf(ref)) % 7) + 10) % 7) - 3);
  const [y, m] = partsOf(ref);
  const named: Record<string, () => DayRange | undefined> = {
    today: () => point(ref),
    tonight: () => point(ref),
    tomorrow: () => point(ref + 1),
    yesterday: () => point(ref - 1),
    'year-end': () => monthRange(y, 12),
    year: () => yearRange(y),
    month: () => monthRange(y, m),
    week: () => weekRange(ref),
    weekend: () => weekendNear(ref),
  };
  if (named[a]) return named[a]();
  if (SEASON_START.has(a) || isHoliday(a)) return upcoming(ref, (yy) => seasonOf(a, yy));
  return undefined;
}

/** "this year", "next month", "last week", "this coming week", "next fiscal year", "next Monday", "last June", "this spring", "last night". */
function deictic(words: string[], ref: Day): DayRange | undefined {
  let w = words;
  if (w.length > 2 && DEICTIC_OFFSET.has(w[1])) w = [w[1], ...w.slice(2)]; // "this coming week"
  if (w.length === 3 && w[1] === 'fiscal') w = [w[0], w[2]];
  if (w.length !== 2) return undefined;
  const off = DEICTIC_OFFSET.get(w[0]) as number;
  const what = w[1];
  const [y, m] = partsOf(ref);
  if (DAY_PARTS.has(what)) return point(what === 'night' && off < 0 ? ref - 1 : ref + off);
  const weekday = weekdayOfLower(what);
  if (weekday >= 0) {
    const diff = (((weekday - weekdayOf(ref)) % 7) + 7) % 7;
    if (off > 0) return point(ref + (diff || 7));
    if (off < 0) return point(ref - ((weekdayOf(ref) - weekday + 7) % 7 || 7));
    return point(weekRange(ref).start + ((weekday + 6) % 7));
  }
  const month = monthOfLower(what);
  if (month) return relativeOccurrence(ref, off, (yy) => monthRange(yy, month));
  if (SEASON_START.has(what)) return relativeOccurrence(ref, off, (yy) => seasonOf(what, yy));
  const unit = unitOf(what);
  if (unit === 'day') return point(ref + off);
  if (unit === 'week') return weekRange(ref + 7 * off);
  if (unit === 'weekend') return shift(weekendOf(ref), 7 * off);
  if (unit === 'month') return monthRange(...(partsOf(addMonths(monthRange(y, m).start, off)).slice(0, 2) as [number, number]));
  if (unit === 'quarter') return monthsRange(y, Math.floor((m - 1) / 3) * 3 + 1 + 3 * off, 3);
  if (unit === 'year') return yearRange(y + off);
  if (unit === 'decade') return { start: yearRange(Math.floor(y / 10) * 10 + 10 * off).start, end: yearRange(Math.floor(y / 10) * 10 + 10 * off + 9).end };
  return undefined;
}

/** "this June": the one in the reference's year, or holding it; "next": the first starting after; "last": the last ending before. */
function relativeOccurrence(ref: Day, off: number, make: (y: number) => DayRange | undefined): DayRange | undefined {
  const [y] = partsOf(ref);
  const all = [y - 2, y - 1, y, y + 1, y + 2].map(make).filter((r): r is DayRange => !!r);
  if (off > 0) return all.find((r) => r.start > ref);
  if (off < 0) return all.filter((r) => r.end < ref).pop();
  return all.find((r) => r.start <= ref && ref <= r.end) ?? make(y);
}

/** The occurrence (over the neighbouring years) nearest the reference; ties go forward. */
function nearest(ref: Day, make: (y: number) => DayRange | undefined): DayRange | undefined {
  const [y] = partsOf(ref);
  let best: DayRange | undefined;
  let bestDistance = Infinity;
  for (const yy of [y, y + 1, y - 1]) {
    const r = make(yy);
    if (!r) continue;
    const distance = ref < r.start ? r.start - ref : ref > r.end ? ref - r.end + 0.5 : 0;
    if (distance < bestDistance) [best, bestDistance] = [r, distance];
  }
  return best;
}

/** The first occurrence not yet over at the reference. */
function upcoming(ref: Day, make: (y: number) => DayRange | undefined): DayRange | undefined {
  const [y] = partsOf(ref);
  return [y - 1, y, y + 1].map(make).find((r) => r !== undefined && r.end >= ref);
}

function seasonIn(name: string, yearWord: string): DayRange | undefined {
  const y = yearNumber(yearWord);
  return y === undefined ? undefined : seasonOf(name, y);
}

/** A season or holiday of year y (winter y runs from December y into February y+1). */
function seasonOf(name: string, y: number): DayRange | undefined {
  const start = SEASON_START.get(name);
  if (start !== undefined) return monthsRange(y, start, 3);
  if (name === 'christmas') return point(dayOf(y, 12, 25));
  if (name === 'easter') return point(easter(y));
  if (name === 'thanksgiving') {
    const first = dayOf(y, 11, 1) as Day;
    return point(first + ((4 - weekdayOf(first) + 7) % 7) + 21); // fourth Thursday of November
  }
  return undefined; // lunar holidays (Ramadan, Eid, Diwali, Hanukkah, Passover) move with another calendar
}

function isHoliday(word: string): boolean {
  return ['christmas', 'easter', 'thanksgiving', 'ramadan', 'eid', 'diwali', 'hanukkah', 'passover'].includes(word);
}

/** Easter Sunday of year y (the Gregorian computus). */
function easter(y: number): Day | undefined {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return dayOf(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** Saturday and Sunday of the reference's Monday-to-Sunday week. */
function weekendOf(ref: Day): DayRange {
  const week = weekRange(ref);
  return { start: week.start + 5, end: week.end };
}

/** "over the weekend": the one just past early in the week (Monday, Tuesday), else this week's. */
function weekendNear(ref: Day): DayRange {
  const wd = weekdayOf(ref);
  return shift(weekendOf(ref), wd === 1 || wd === 2 ? -7 : 0);
}

function quarterOf(parts: number, index: number, yearWord: string): DayRange | undefined {
  const y = yearNumber(yearWord);
  if (y === undefined || index > parts) return undefined;
  return monthsRange(y, 1 + (index - 1) * (12 / parts), 12 / parts);
}

/** "2030" or "FY2025"/"FY25" as a year's range. */
function yearOfWord(a: string): DayRange | undefined {
  const fy = /^fy(\d{2}|\d{4})$/.exec(a);
  const y = fy ? fullYear(fy[1]) : yearNumber(a);
  return y === undefined ? undefined : yearRange(y);
}

function yearNumber(a: string | undefined): number | undefined {
  return a !== undefined && /^[12]\d{3}$/.test(a) ? Number(a) : undefined;
}

function fullYear(a: string): number {
  return a.length === 2 ? 2000 + Number(a) : Number(a);
}

function dayNumber(a: string | undefined): number {
  const m = a === undefined ? null : /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(a);
  return m ? Number(m[1]) : 0;
}

function numberOf(a: string | undefined): number | undefined {
  if (a === undefined) return undefined;
  if (/^\d{1,4}$/.test(a)) return Number(a);
  return NUMBER_WORDS.get(a);
}

function unitOf(a: string | undefined): string | undefined {
  if (a === undefined) return undefined;
  const single = a.endsWith('ies') ? `${a.slice(0, -3)}y` : a.endsWith('s') ? a.slice(0, -1) : a;
  return UNIT_SIZE.has(single) ? single : undefined;
}

function addUnits(day: Day, unit: string, n: number): Day {
  const size = UNIT_SIZE.get(unit) as number;
  if (unit === 'hour') return day + Math.floor(n / 24);
  return size > 0 ? day + size * n : addMonths(day, -size * n);
}

function point(day: Day | undefined): DayRange | undefined {
  return day === undefined ? undefined : { start: day, end: day };
}

function shift(r: DayRange, days: number): DayRange {
  return { start: r.start + days, end: r.end + days };
}
