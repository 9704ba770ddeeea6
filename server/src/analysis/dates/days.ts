// Calendar arithmetic on whole days: a day is the number of days since 1970-01-01 (UTC), so
// adding days is addition and no time zone or daylight saving can shift a date.

export type Day = number;

/** A closed range of days, `start` <= `end`. */
export interface DayRange {
  start: Day;
  end: Day;
}

const MS_PER_DAY = 86_400_000;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** The day of year y, month m (1–12), day d; undefined when there is no such date (February 30). */
export function dayOf(y: number, m: number, d: number): Day | undefined {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The day of a date that exists (month and day already checked or clamped). */
function dayAt(y: number, m: number, d: number): Day {
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** [year, month, day] of a day. */
export function partsOf(day: Day): [number, number, number] {
  const date = new Date(day * MS_PER_DAY);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** "2024-02-29". */
export function isoOf(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day of an ISO date ("2024-02-29", or a timestamp starting with one), else undefined. */
export function parseIsoDay(s: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The day a moment (milliseconds since the epoch) falls on, in UTC. */
export function dayOfTime(ms: number): Day {
  return Math.floor(ms / MS_PER_DAY);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The same day n months later (earlier when n < 0), clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, n: number): Day {
  const [y, m, d] = partsOf(day);
  const index = y * 12 + (m - 1) + n;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return dayAt(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function monthRange(y: number, m: number): DayRange {
  return { start: dayAt(y, m, 1), end: dayAt(y, m, daysInMonth(y, m)) };
}

/** Months m..m+count-1 of year y (m may run past December). */
export function monthsRange(y: number, m: number, count: number): DayRange {
  const start = dayAt(y, 1, 1);
  const first = addMonths(start, m - 1);
  return { start: first, end: addMonths(first, count) - 1 };
}

export function yearRange(y: number): DayRange {
  return { start: dayAt(y, 1, 1), end: dayAt(y, 12, 31) };
}

/** The Monday-to-Sunday week holding `day`. */
export function weekRange(day: Day): DayRange {
  const start = day - ((weekdayOf(day) + 6) % 7);
  return { start, end: start + 6 };
}

/** Whether the range is whole calendar months: the first of a month to the last of a month. */
export function wholeMonths(r: DayRange): number {
  const [y1, m1, d1] = partsOf(r.start);
  const [y2, m2, d2] = partsOf(r.end);
  if (d1 !== 1 || d2 !== daysInMonth(y2, m2)) return 0;
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

/**
 * The value of a range as `TimeExpression.value` writes it: "2024-06-03" for a day, "2024-06" for
 * a month, "2024" for a year, else an ISO 8601 interval "2024-06-03/2024-06-09".
 */
export function valueOf(r: DayRange): string {
  if (r.start === r.end) return isoOf(r.start);
  const months = wholeMonths(r);
  if (months === 1) return isoOf(r.start).slice(0, 7);
  if (months === 12 && isoOf(r.start).endsWith('-01-01')) return isoOf(r.start).slice(0, 4);
  return `${isoOf(r.start)}/${isoOf(r.end)}`;
}
