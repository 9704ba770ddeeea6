// Pass: the user's corrections of commitments and stances (`.newslens.json`), after they are found.
// A correction is keyed by the trigger's text and its sentence's text (white space collapsed), not by
// offsets, so it survives edits elsewhere in the article. Each applied correction records its rule id
// on the item's `why`: `user.correction-modality`, `user.correction-actor` (dropped items are gone).
import { groupedOnce } from './grouped';
import type { Commitment, Correction, Entity, Sentence, Span, Stance, TextSpan } from '../types';

/** White space collapsed to single spaces, trimmed: how corrections key a trigger and a sentence. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The text of the sentence that holds `span` (collapsed), or the span's own text outside any sentence. */
export function sentenceTextOf(text: string, sentences: readonly Sentence[], span: Span): string {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (span.start < sentences[mid].start) hi = mid - 1;
    else if (span.start >= sentences[mid].end) lo = mid + 1;
    else return collapse(text.slice(sentences[mid].start, sentences[mid].end));
  }
  return collapse(text.slice(span.start, span.end));
}

const keyOf = (trigger: string, sentence: string): string => collapse(trigger) + '\u0000' + collapse(sentence);

/** The valid corrections of the triggers the article has, by key, the last one of a key winning. */
function byKey(corrections: readonly Correction[] | undefined, present: ReadonlySet<string>): Map<string, Correction> {
  const out = new Map<string, Correction>();
  if (!Array.isArray(corrections)) return out;
  const index = groupedOnce('corrections', corrections, (c) =>
    c && typeof c.trigger === 'string' && typeof c.sentence === 'string' && c.action ? c.trigger.trim() : undefined,
  );
  // Each trigger's corrections in the file's order: of two with the same key, the later wins.
  for (const trigger of present) for (const c of index.get(trigger) ?? []) out.set(keyOf(c.trigger, c.sentence), c);
  return out;
}

/** The entity a correction names as actor: by name or alias, case-insensitively. */
function entityNamed(entities: readonly Entity[], name: string): Entity | undefined {
  const key = collapse(name).toLowerCase();
  return entities.find((e) => e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key));
}

const noted = (why: string[] | undefined, id: string): string[] => [...(why ?? []), id];

/** Applies one correction to an item; false when the item is dropped. */
function apply<T extends { trigger: TextSpan; why?: string[] }>(
  item: T,
  c: Correction,
  entities: readonly Entity[],
  actors: (item: T, ids: string[]) => void,
  modality?: (item: T, m: Commitment['modality']) => boolean,
): boolean {
  const action = c.action;
  if (action === 'drop') return false;
  if (typeof action !== 'object') return true;
  if ('modality' in action && modality?.(item, action.modality)) item.why = noted(item.why, 'user.correction-modality');
  if ('actor' in action && typeof action.actor === 'string') {
    const entity = entityNamed(entities, action.actor);
    if (entity) {
      actors(item, [entity.id]);
      item.why = noted(item.why, 'user.correction-actor');
    }
  }
  return true;
}

const MODALITIES = new Set(['firm', 'tentative', 'conditional', 'expected']);

/** Applies the corrections to the commitments and stances found; returns the lists kept (ids unchanged). */
export function applyCorrections(
  input: { text: string; sentences: readonly Sentence[]; entities: readonly Entity[] },
  found: { commitments: Commitment[]; stances: Stance[] },
  corrections: readonly Correction[] | undefined,
): { commitments: Commitment[]; stances: Stance[] } {
  const present = new Set([...found.commitments, ...found.stances].map((item) => collapse(item.trigger.text)));
  const keyed = byKey(corrections, present);
  if (keyed.size === 0) return found;
  const triggers = new Set([...keyed.values()].map((c) => collapse(c.trigger)));
  const correctionOf = (trigger: TextSpan): Correction | undefined =>
    triggers.has(collapse(trigger.text)) ? keyed.get(keyOf(trigger.text, sentenceTextOf(input.text, input.sentences, trigger))) : undefined;
  const keep = <T extends { trigger: TextSpan; why?: string[] }>(
    items: T[],
    actors: (item: T, ids: string[]) => void,
    modality?: (item: T, m: Commitment['modality']) => boolean,
  ): T[] =>
    items.filter((item) => {
      const c = correctionOf(item.trigger);
      return c ? apply(item, c, input.entities, actors, modality) : true;
    });
  return {
    commitments: keep(
      found.commitments,
      (c, ids) => (c.actors = ids),
      (c, m) => MODALITIES.has(m) && ((c.modality = m), true),
    ),
    stances: keep(found.stances, (s, ids) => (s.holders = ids)),
  };
}
