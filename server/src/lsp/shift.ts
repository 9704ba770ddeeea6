// Edits as offset arithmetic: a run of edits composes into one changed region (old text's
// [start, oldEnd) became the new text's [start, newEnd)), and offsets move through it.

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

/** Where a current offset stood in the old text; undefined inside the changed text. */
export function unmapOffset(offset: number, change: Change): number | undefined {
  if (offset <= change.start) return offset;
  if (offset >= change.newEnd) return offset - (change.newEnd - change.oldEnd);
  return undefined;
}

/** One change doing `first` then `second` (undefined: no change): the region covering both. */
export function composeChanges(first: Change | undefined, second: Change | undefined): Change | undefined {
  if (!first) return second;
  if (!second) return first;
  const start = Math.min(first.start, second.start);
  const end = Math.max(first.newEnd, second.oldEnd); // in the text between the two
  return { start, oldEnd: end - (first.newEnd - first.oldEnd), newEnd: end + (second.newEnd - second.oldEnd) };
}
