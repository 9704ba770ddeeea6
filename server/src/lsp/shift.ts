// Carries an analysis of an older text over to the current one: the two texts differ in one region
// (common prefix and suffix; a run of edits composes into one), and every span of the analysis is
// moved through it. Spans inside the changed region shrink to nothing until the next analysis.
import type { Analysis } from '../analysis/types';

/** The old text's [start, oldEnd) became the new text's [start, newEnd). */
export interface Change {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function diffTexts(before: string, after: string): Change {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** Where an old span start goes: text inserted at it pushes it along. */
export function mapStart(offset: number, change: Change): number {
  if (offset < change.start) return offset;
  if (offset >= change.oldEnd) return offset + change.newEnd - change.oldEnd;
  return change.newEnd;
}

/** Where an old span end goes: text inserted at it stays outside. */
export function mapEnd(offset: number, change: Change): number {
  if (offset <= change.start) return offset;
  if (offset >= change.oldEnd) return offset + change.newEnd - change.oldEnd;
  return change.start;
}

const isSpan = (value: object): value is { start: number; end: number } =>
  typeof (value as { start?: unknown }).start === 'number' && typeof (value as { end?: unknown }).end === 'number';

/** A copy of every object and array in `value` with its spans moved through the change. */
function shiftValue<T>(value: T, change: Change): T {
  if (Array.isArray(value)) return value.map((item: unknown) => shiftValue(item, change)) as T;
  if (!value || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = shiftValue(field, change);
  if (isSpan(value)) {
    const start = mapStart(value.start, change);
    copy.start = start;
    copy.end = Math.max(start, mapEnd(value.end, change));
  }
  return copy as T;
}

/**
 * The analysis of an older text, its spans moved onto the current text (`length` long). Tokens are
 * left out: the features that answer from a carried-over analysis (highlights, hovers, navigation)
 * don't read them, and reports wait for a fresh analysis.
 */
export function shiftAnalysis(analysis: Analysis, change: Change, length: number): Analysis {
  const { tokens: _tokens, ...rest } = analysis;
  return { ...shiftValue(rest, change), tokens: [], length };
}
