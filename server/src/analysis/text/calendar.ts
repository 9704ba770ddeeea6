// Calendar words shared by datelines and time expressions.

import type { Token } from '../types';

const MONTH_NAMES = 'january february march april may june july august september october november december'.split(' ');

/** Abbreviated month names, lower case ("May" is never abbreviated). */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Month number by lower-case name or abbreviation. */
const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((m, i) => MONTHS.set(m, i + 1));
for (const a of MONTH_ABBREVIATIONS) MONTHS.set(a, MONTH_NAMES.findIndex((m) => m.startsWith(a)) + 1);

const WEEKDAY_NAMES = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');
export const WEEKDAYS = new Set(WEEKDAY_NAMES);

const CALENDAR_WORDS = new Set([...MONTHS.keys(), ...[...MONTHS.keys()].map((m) => `${m}.`), ...WEEKDAYS]);

/** Whether a lower-case word names a month ("june", "jan.") or a weekday. */
export function isCalendarWord(lower: string): boolean {
  return CALENDAR_WORDS.has(lower);
}

function isCapitalized(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Month number (1–12) of a capitalised month name or abbreviation ("June", "Jan.", "Sept"), else 0. */
export function monthOfWord(s: string): number {
  if (!isCapitalized(s) || s.length > 10) return 0;
  const bare = s.endsWith('.') ? s.slice(0, -1) : s;
  return MONTHS.get(bare.toLowerCase()) ?? 0;
}

/** Month number (1–12) of a lower-case month name or abbreviation ("june", "jan.", "sept"), else 0. */
export function monthOfLower(s: string): number {
  return MONTHS.get(s.endsWith('.') ? s.slice(0, -1) : s) ?? 0;
}

/** Weekday number (0 = Sunday ... 6 = Saturday) of a lower-case weekday name, else -1. */
export function weekdayOfLower(s: string): number {
  return WEEKDAY_NAMES.indexOf(s);
}

/** Month number of a word token ("June", "Jan."), else 0. */
export function monthOf(tok: Token): number {
  return tok.kind === 'word' ? monthOfWord(tok.text) : 0;
}

/** Whether the token is a capitalised weekday name ("Sunday"). */
export function isWeekday(tok: Token): boolean {
  return tok.kind === 'word' && isCapitalized(tok.text) && WEEKDAYS.has(tok.text.toLowerCase());
}

/** Day of month from "3", "03", "3rd", "21st", else 0. */
export function dayOf(tok: Token): number {
  if (tok.kind !== 'number') return 0;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(tok.text);
  if (!m) return 0;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : 0;
}

/** A four-digit year between 1000 and 2999 ("2030"), else 0. */
export function yearOf(tok: Token): number {
  if (tok.kind !== 'number' || tok.text.length !== 4 || !/^[12]\d{3}$/.test(tok.text)) return 0;
  return Number(tok.text);
}

/** "2024-06-03" with a valid month and day, else undefined. */
export function isoDateOf(tok: Token): string | undefined {
  if (tok.kind !== 'number' || tok.text.length !== 10) return undefined;
  const m = /^([12]\d{3})-(\d{2})-(\d{2})$/.exec(tok.text);
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? tok.text : undefined;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Index of the first token starting at or after `offset` (binary search; tokens.length when none). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
