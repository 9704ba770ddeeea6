// Readable text for entities, commitments and stances, shared by hovers, outline, lenses and hints.
import { md as escapeMarkdown } from '../analysis/markdown';
import type { Commitment, Entity, Sentence, Stance } from '../analysis/types';
import type { DocumentView } from './view';

/** Text on one line: runs of white space (line breaks of hard-wrapped text) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Foreign Minister, Japan", "Foreign Minister" or undefined. */
export function roleText(entity: Entity): string | undefined {
  if (!entity.role) return undefined;
  return oneLine(entity.roleOf ? `${entity.role}, ${entity.roleOf}` : entity.role);
}

/** "Kamikawa Yoko — Foreign Minister, Japan". */
export function entityLabel(entity: Entity): string {
  const role = roleText(entity);
  return role ? `${oneLine(entity.name)} — ${role}` : oneLine(entity.name);
}

/** "Japan and the United States", "A, B and C", or "(unknown)" when no actor was resolved. */
export function namesText(entities: readonly Entity[], empty = '(unknown)'): string {
  const names = entities.map((entity) => oneLine(entity.name));
  if (names.length === 0) return empty;
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function commitmentLabel(view: DocumentView, commitment: Commitment): string {
  const negation = commitment.negated ? 'not ' : '';
  return `${namesText(view.entities(commitment.actors))}: ${negation}${commitment.action}`;
}

export function stanceLabel(view: DocumentView, stance: Stance): string {
  const targets = view.entities(stance.targets);
  const holders = namesText(view.entities(stance.holders));
  return targets.length ? `${holders} ${stance.type} ${namesText(targets)}` : `${holders} ${stance.type}`;
}

/** The sentence holding an offset (binary search), if any. */
export function sentenceAt(view: DocumentView, offset: number): Sentence | undefined {
  const sentences = view.analysis.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return sentences[mid];
  }
  return undefined;
}

/** Text cut to `max` characters on a word boundary, white space collapsed. */
export function clip(text: string, max: number): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max)}…`;
}

/** Escapes text for Markdown (hover cards), on one line, so article text never turns into markup. */
export function md(text: string): string {
  return escapeMarkdown(oneLine(text));
}
