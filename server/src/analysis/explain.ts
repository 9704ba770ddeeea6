// Why, for people: the ids of the rules that decided each entity, commitment and stance, as the CLI's
// `--explain` section, the editor's hover line and its "Explain at Cursor" trace show them.
import { md } from './markdown';
import type { Analysis, Commitment, Entity, Stance } from './types';

/** "`kind.place-head-word` → `merge.surname`", or a plain note when no rule was recorded. */
export function whyText(why: readonly string[] | undefined): string {
  return why && why.length ? why.map((id) => `\`${id}\``).join(' → ') : 'no rule recorded';
}

function names(ids: readonly string[], byId: ReadonlyMap<string, Entity>): string {
  const list = ids.map((id) => byId.get(id)?.name).filter((name): name is string => name !== undefined);
  return list.length ? list.map(md).join(', ') : 'unknown';
}

export function explainEntity(e: Entity): string {
  return `${e.id} ${e.kind} **${md(e.name)}**: ${whyText(e.why)}`;
}

export function explainCommitment(c: Commitment, byId: ReadonlyMap<string, Entity>): string {
  const flags = [c.modality, ...(c.negated ? ['negated'] : [])].join(', ');
  return `${c.id} commitment of ${names(c.actors, byId)}, “${md(c.trigger.text)}” (${flags}): ${whyText(c.why)}`;
}

export function explainStance(s: Stance, byId: ReadonlyMap<string, Entity>): string {
  return `${s.id} ${s.type} by ${names(s.holders, byId)}, “${md(s.trigger.text)}”: ${whyText(s.why)}`;
}

/** Every entity, commitment and stance with the rules that decided it, and the candidates rules turned down (Markdown). */
export function toExplanation(analysis: Analysis): string {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const out: string[] = ['## Why', ''];
  const section = (title: string, lines: string[]): void => {
    out.push(`### ${title}`, '', ...(lines.length ? lines.map((line) => `- ${line}`) : ['(none)']), '');
  };
  section('Entities', analysis.entities.map(explainEntity));
  section(
    'Commitments',
    analysis.commitments.map((c) => explainCommitment(c, byId)),
  );
  section(
    'Stances',
    analysis.stances.map((s) => explainStance(s, byId)),
  );
  if (analysis.rejected?.length)
    section(
      'Rejected',
      analysis.rejected.map((r) => `“${md(r.trigger.text)}”: \`${r.rule}\``),
    );
  return out.join('\n').replace(/\n+$/, '\n');
}
