// The article's date, against which its relative times resolve. Pure: the caller passes the file
// name and modification time it knows. In order of trust: the user's override (`.newslens.json`),
// a leading front-matter block's `date:`, the dateline ("TOKYO, March 3 (Reuters) -") or a date
// line near the top ("April 28, 2024"), a date in the file name ("2024-04-28-talks.news"), the
// file's modification time (a guess). A date without its year takes the year that puts it nearest
// the file name's or modification date (a guess when only the modification time tells).

import type { ArticleDate, Dateline } from '../types';
import { dayOfTime, isoOf, parseIsoDay, type Day } from './days';
import { resolveTime } from './resolve';

export interface ArticleDateInput {
  text: string;
  dateline?: Dateline;
  /** The file's name or path (only its base name is read). */
  fileName?: string;
  /** The file's modification time, milliseconds since the epoch. */
  mtimeMs?: number;
  /** The user's date for this file (ISO), from `.newslens.json`. */
  override?: string;
}

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]{0,4000}?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONT_DATE = /^date[ \t]*:[ \t]*["']?([^"'\r\n]+?)["']?[ \t]*$/m;
const NAME_DATE = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/;
/** A line that is only a date, perhaps labelled: "April 28, 2024", "Published: Monday 28 April 2024". */
const DATE_LINE = /^(?:(?:published|updated|posted|date)\s*:?\s*)?((?:[A-Za-z]+,?\s+)?[A-Za-z0-9][A-Za-z0-9 .,\-/]{5,30}?)\s*$/i;
const HAS_YEAR = /\b(?:19|20)\d{2}\b/;

/** The article's date, or undefined when nothing tells it. */
export function findArticleDate(input: ArticleDateInput): ArticleDate | undefined {
  const override = input.override === undefined ? undefined : parseIsoDay(input.override);
  if (override !== undefined) return { date: isoOf(override), source: 'override' };
  const front = frontMatterDate(input.text);
  if (front !== undefined) return { date: isoOf(front), source: 'front-matter' };
  const named = fileNameDate(input.fileName);
  const modified = typeof input.mtimeMs === 'number' && Number.isFinite(input.mtimeMs) ? dayOfTime(input.mtimeMs) : undefined;
  const near = named ?? modified;
  const written = input.dateline?.date?.text ?? dateLine(input.text);
  if (written !== undefined) {
    const full = fullDate(written);
    if (full !== undefined) return { date: isoOf(full), source: 'dateline' };
    const resolved = near === undefined ? undefined : resolveTime(written, near);
    if (resolved && resolved.start === resolved.end) {
      return named === undefined ? { date: isoOf(resolved.start), source: 'dateline', guess: true } : { date: isoOf(resolved.start), source: 'dateline' };
    }
  }
  if (named !== undefined) return { date: isoOf(named), source: 'file-name' };
  if (modified !== undefined) return { date: isoOf(modified), source: 'modified', guess: true };
  return undefined;
}

/** A date with its year, resolved without any reference ("April 28, 2024", "2024-04-28"). */
function fullDate(text: string): Day | undefined {
  if (!HAS_YEAR.test(text)) return undefined;
  const r = resolveTime(text, 0);
  return r && r.start === r.end ? r.start : undefined;
}

function frontMatterDate(text: string): Day | undefined {
  const block = FRONT_MATTER.exec(text);
  const line = block ? FRONT_DATE.exec(block[1]) : null;
  if (!line) return undefined;
  return parseIsoDay(line[1].trim()) ?? fullDate(line[1]);
}

function fileNameDate(fileName: string | undefined): Day | undefined {
  if (typeof fileName !== 'string') return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const m = NAME_DATE.exec(base);
  return m ? parseIsoDay(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}

/** A full date standing alone on one of the first three non-empty lines. */
function dateLine(text: string): string | undefined {
  const lines = text
    .slice(0, 1000)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 3);
  for (const line of lines) {
    const m = DATE_LINE.exec(line);
    if (m && HAS_YEAR.test(m[1]) && fullDate(m[1]) !== undefined) return m[1];
  }
  return undefined;
}
