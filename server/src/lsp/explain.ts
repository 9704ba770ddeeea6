// "News Lens: Explain at Cursor" (`newsLens/explain`): the full trace of the entity, commitment or
// stance at a position: every rule that decided it, in order, and for a commitment or stance the
// rules behind its actors.
import type { Position } from 'vscode-languageserver-protocol';
import { explainCommitment, explainEntity, explainStance, whyText } from '../analysis/explain';
import type { Entity } from '../analysis/types';
import type { DocumentView } from './view';

/** Most rule ids the hover's "Why:" line shows; the command shows them all. */
const HOVER_IDS = 6;

/** The hover's closing line: "*Why:* `a` → `b`" (cut short after a few ids). */
export function whyLine(why: readonly string[] | undefined): string {
  const ids = why ?? [];
  const shown = whyText(ids.slice(0, HOVER_IDS));
  return `*Why:* ${ids.length > HOVER_IDS ? `${shown} → … (Explain at Cursor shows all ${ids.length})` : shown}`;
}

function rules(why: readonly string[] | undefined): string[] {
  if (!why || why.length === 0) return ['No rule was recorded for it.'];
  return ['Rules, in the order they fired:', '', ...why.map((id, i) => `${i + 1}. \`${id}\``)];
}

function actors(title: string, entities: Entity[]): string[] {
  return entities.length ? ['', `**${title}**`, '', ...entities.map((e) => `- ${explainEntity(e)}`)] : [];
}

/** The Markdown trace for the item at `position`, or null when no entity, commitment or stance is there. */
export function explainAt(view: DocumentView, position: Position): string | null {
  const item = view.itemAt(view.doc.offsetAt(position))?.item;
  if (!item) return null;
  const byId = view.entityById;
  switch (item.kind) {
    case 'mention':
      return [`### ${explainEntity(item.entity)}`, '', ...rules(item.entity.why)].join('\n');
    case 'commitment': {
      const c = item.commitment;
      const lines = [`### ${explainCommitment(c, byId)}`, '', ...rules(c.why)];
      return [...lines, ...actors('Actors', view.entities(c.actors)), ...actors('Toward', view.entities(c.target))].join('\n');
    }
    case 'stance': {
      const s = item.stance;
      const lines = [`### ${explainStance(s, byId)}`, '', ...rules(s.why)];
      return [...lines, ...actors('Held by', view.entities(s.holders)), ...actors('Toward', view.entities(s.targets))].join('\n');
    }
    case 'quote': {
      const q = item.quote;
      const speaker = q.speaker ? byId.get(q.speaker)?.name : undefined;
      const lines = [`### ${q.direct ? 'Quotation' : 'Reported speech'}${speaker ? ` of ${speaker}` : ', no named speaker'}`, '', ...rules(q.why)];
      return lines.join('\n');
    }
    case 'time':
      return null;
  }
}
