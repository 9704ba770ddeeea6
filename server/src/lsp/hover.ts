// Hover cards: an entity (kind, name, role, aliases, mentions, its commitments and stances, what it
// said), a commitment (who, what, modality, time, negation, the sentence), a stance, a time
// expression, or a quote (who said it, how, for whom).
import type { Hover, Position } from 'vscode-languageserver-protocol';
import type { Commitment, Entity, Quote, Stance, TimeExpression } from '../analysis/types';
import { dayRangeText, plural } from '../../../shared/format';
import { whyLine } from './explain';
import { clip, commitmentLabel, md, namesText, oneLine, roleText, sentenceAt, stanceLabel } from './format';
import { quoteAt } from '../analysis/quotes';
import { Commands } from '../../../shared/contract';
import type { DocumentView } from './view';

const LIST_LIMIT = 6;

/** The card for the item at `position`; with `explain`, an entity's, commitment's or stance's ends with its rule ids. */
export function hover(view: DocumentView, position: Position, explain = false): Hover | null {
  const segment = view.itemAt(view.doc.offsetAt(position));
  if (!segment) return null;
  const item = segment.item;
  let value: string;
  switch (item.kind) {
    case 'mention':
      value = entityCard(view, item.entity) + (explain ? `\n\n${whyLine(item.entity.why)}` : '');
      break;
    case 'commitment':
      value = commitmentCard(view, item.commitment) + (explain ? `\n\n${whyLine(item.commitment.why)}` : '');
      break;
    case 'stance':
      value = stanceCard(view, item.stance) + (explain ? `\n\n${whyLine(item.stance.why)}` : '');
      break;
    case 'time':
      value = timeCard(view, item.time);
      break;
    case 'quote':
      value = quoteCard(view, item.quote);
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
  const commitments = view.analysis.commitments.filter((c) => c.actors.includes(entity.id) || c.target?.includes(entity.id));
  if (commitments.length) {
    lines.push('', '**Commitments**', '');
    lines.push(...list(commitments, (c) => `${md(clip(commitmentLabel(view, c), 120))} *(${c.modality})*`));
  }
  const stances = view.analysis.stances.filter((s) => s.holders.includes(entity.id) || s.targets.includes(entity.id));
  if (stances.length) {
    lines.push('', '**Stances**', '');
    lines.push(...list(stances, (s) => md(clip(stanceLabel(view, s), 120))));
  }
  const said = view.analysis.quotes.filter((q) => q.speaker === entity.id);
  if (said.length) {
    lines.push('', `**Said** (${said.length})`, '');
    lines.push(...list(said, (q) => quoteLink(view, q)));
  }
  return lines.join('\n');
}

/** The first words of a quote, linked to it (the reveal command, the only one hovers may run). */
function quoteLink(view: DocumentView, q: Quote): string {
  const words = clip(oneLine(q.text), 80);
  const args = encodeURIComponent(JSON.stringify([view.uri, q.range.start, q.range.end]));
  const label = q.direct ? `“${words}”` : words;
  return `[${md(label)}](command:${Commands.revealRange}?${args}) *(${q.direct ? 'direct' : 'reported'})*`;
}

function quoteCard(view: DocumentView, q: Quote): string {
  const speaker = view.entities(q.speaker ? [q.speaker] : [])[0];
  const lines = [`**Quote** · ${q.direct ? 'direct' : 'reported'}`, ''];
  const who = speaker ? md(speaker.name) + (roleText(speaker) ? ` — ${md(roleText(speaker) ?? '')}` : '') : 'no named speaker';
  lines.push(`**Said by:** ${who}${q.source && (!speaker || q.source.text !== speaker.name) ? ` (“${md(oneLine(q.source.text))}”)` : ''}  `);
  if (q.trigger) lines.push(`**Attribution:** ${md(q.trigger.text)}  `);
  const group = view.entities(q.group && q.group !== q.speaker ? [q.group] : [])[0];
  if (group) lines.push(`**Speaks for:** ${md(group.name)}  `);
  lines.push('', `> ${md(clip(oneLine(q.text), 320))}`);
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
  const speaker = view.entities([quoteAt(view.analysis.quotes, commitment.trigger.start)?.speaker ?? ''])[0];
  if (speaker) lines.push(`**In the words of:** ${md(speaker.name)}  `);
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
