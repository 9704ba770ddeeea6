// What `npm run fuzz` asserts of every analysis: every span of every kind (found by walking the
// whole result) lies inside the text, on character boundaries (never between the halves of a
// surrogate pair), and its `text`, when it has one, is the text it spans; ids refer to entities.
import type { Analysis } from '../../server/src/analysis/types';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when an offset does not split a surrogate pair. */
function onCharacter(text: string, offset: number): boolean {
  return offset === 0 || offset === text.length || !(isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1)));
}

/** The first problem found with an analysis of `text`, or undefined. */
export function analysisProblem(text: string, analysis: Analysis): string | undefined {
  if (analysis.length !== text.length) return `length ${analysis.length} for a text of ${text.length}`;
  const ids = new Set(analysis.entities.map((e) => e.id));
  for (const list of [analysis.commitments, analysis.stances]) {
    for (const item of list as { actors?: string[]; holders?: string[]; targets?: string[]; target?: string[] }[]) {
      for (const id of [...(item.actors ?? []), ...(item.holders ?? []), ...(item.targets ?? []), ...(item.target ?? [])]) {
        if (!ids.has(id)) return `unknown entity id ${id}`;
      }
    }
  }
  return spanProblem(text, analysis, 'analysis');
}

function spanProblem(text: string, value: unknown, path: string): string | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = spanProblem(text, value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const span = value as { start?: unknown; end?: unknown; text?: unknown };
  if (typeof span.start === 'number' || typeof span.end === 'number') {
    const { start, end } = span as { start: number; end: number };
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      return `${path}: span ${start}-${end} outside a text of ${text.length}`;
    }
    if (!onCharacter(text, start) || !onCharacter(text, end)) return `${path}: span ${start}-${end} splits a surrogate pair`;
    if (typeof span.text === 'string' && span.text !== text.slice(start, end)) return `${path}: text "${span.text.slice(0, 40)}" is not the text it spans`;
  }
  for (const [key, field] of Object.entries(value)) {
    const problem = spanProblem(text, field, `${path}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}
