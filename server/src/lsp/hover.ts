// Hover cards: an entity (kind, name, role, aliases, mentions, its commitments and stances), a
// commitment (who, what, modality, time, negation, the sentence), a stance, or a time expression.
import type { Hover, Position } from 'vscode-languageserver-protocol';
import type { Commitment, Entity, Stance, TimeExpression } from '../analysis/types';
import { clip, commitmentLabel, md, namesText, plural, roleText, sentenceAt, stanceLabel } from './format';
import { Commands, dayRangeText } from './protocol';
import type { DocumentView } from './view';

const LIST_LIMIT = 6;

export function hover(view: DocumentView, position: Position): Hover | null {
  const segment = view.itemAt(view.doc.offsetAt(position));
  if (!segment) return null;
  const item = segment.item;
  let value: string;
  switch (item.kind) {
    case 'mention':
      value = entityCard(view, item.entity);
      break;
    case 'commitment':
      value = commitmentCard(view, item.commitment);
      break;
    case 'stance':
      value = stanceCard(view, item.stance);
      break;
    case 'time':
      value = timeCard(view, item.time);
      break;
  }
  return { contents: { kind: 'markdown', value }, range: view.range(segment) };
}

function list<T>(items: readonly T[], render: (item: T) => string): string[] {
  const lines = items.slice(0, LIST_LIMIT).map((item) => `- ${render(item)}`);
  if (items.length > LIST_LIMIT) lines.push(`- …and ${items.length - LIST_LIMIT} more`);
  return lines;
}

function quote(view: DocumentView, offset: number): string[] {
  const sentence = sentenceAt(view, offset);
  return sentence ? ['', `> ${md(clip(view.text.slice(sentence.start, sentence.end), 320))}`] : [];
}

function entityCard(view: DocumentView, entity: Entity): string {
  const lines = [`**${md(entity.name)}** · ${entity.kind}`];
  const role = roleText(entity);
  if (role) lines.push('', md(role));
  if (entity.aliases.length) lines.push('', `Also: ${entity.aliases.map(md).join(', ')}`);
  lines.push('', plural(entity.mentions.length, 'mention'));
  if (entity.kind !== 'place') {
    const args = encodeURIComponent(JSON.stringify([{ name: entity.name, kind: entity.kind }]));
    lines.push('', `[Show commitments across articles](command:${Commands.showActorCommitments}?${args})`);
  }
  const commitments = view.analysis.commitments.filter(
    (c) => c.actors.includes(entity.id) || c.target?.includes(entity.id),
  );
  if (commitments.length) {
    lines.push('', '**Commitments**', '');
    lines.push(...list(commitments, (c) => `${md(clip(commitmentLabel(view, c), 120))} *(${c.modality})*`));
  }
  const stances = view.analysis.stances.filter((s) => s.holders.includes(entity.id) || s.targets.includes(entity.id));
  if (stances.length) {
    lines.push('', '**Stances**', '');
    lines.push(...list(stances, (s) => md(clip(stanceLabel(view, s), 120))));
  }
  return lines.join('\n');
}

function commitmentCard(view: DocumentView, commitment: Commitment): string {
  const lines = [`**Commitment** · ${commitment.modality}${commitment.negated ? ' · negated' : ''}`, ''];
  lines.push(`**Who:** ${md(namesText(view.entities(commitment.actors)))}  `);
  lines.push(`**What:** ${commitment.negated ? 'not ' : ''}${md(clip(commitment.action, 200))}  `);
  lines.push(`**Trigger:** ${md(commitment.trigger.text)}  `);
  if (commitment.time) lines.push(`**When:** ${md(commitment.time.text)}${commitment.deadline ? ` (${dayRangeText(commitment.deadline)})` : ''}  `);
  const targets = view.entities(commitment.target);
  if (targets.length) lines.push(`**Toward:** ${md(namesText(targets))}  `);
  lines.push(...quote(view, commitment.trigger.start));
  return lines.join('\n');
}

function stanceCard(view: DocumentView, stance: Stance): string {
  const lines = [`**Stance** · ${stance.type}`, ''];
  lines.push(`**Held by:** ${md(namesText(view.entities(stance.holders)))}  `);
  const targets = view.entities(stance.targets);
  if (targets.length) lines.push(`**Toward:** ${md(namesText(targets))}  `);
  lines.push(...quote(view, stance.trigger.start));
  return lines.join('\n');
}

function timeCard(view: DocumentView, time: TimeExpression): string {
  const lines = [`**Time** · ${md(time.text)}`];
  if (time.value && time.value !== time.text) lines.push('', `Resolves to ${md(time.value)}`);
  const deadlines = view.analysis.commitments.filter((c) => c.time && c.time.start === time.start);
  if (deadlines.length) {
    lines.push('', '**Deadline of**', '');
    lines.push(...list(deadlines, (c) => md(clip(commitmentLabel(view, c), 120))));
  }
  return lines.join('\n');
}
