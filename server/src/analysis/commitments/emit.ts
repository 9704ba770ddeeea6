// Turning what a trigger rule found into a Commitment or a Stance: spans, deadline, counterparts,
// one result per trigger, and the ids of the rules that decided it on `why`.
import type { Commitment, Modality, Span, StanceType } from '../types';
import { unique, type Party } from './actors';
import type { Clause } from './clause';
import { objectEnd, targetsIn } from './phrases';

/** An undertaking a trigger rule found, in tokens. */
export interface Found {
  trigger: [number, number];
  actors: Party;
  actionStart: number;
  actionEnd: number;
  /** Token index up to which a deadline is looked for. */
  clauseEnd: number;
  modality: Modality;
  negated: boolean;
  target: string[];
  /** The rules that decided it so far (trigger, actor, modality, negation). */
  why: string[];
  /** Several undertakings share the trigger (a gapped list): each is told apart by its action. */
  shared?: boolean;
}

/** The actor rule, then how the party was resolved when that says more ("actor.pronoun"). */
export function actorRules(rule: string, party: Party | undefined): string[] {
  return party?.via ? [rule, party.via] : [rule];
}

export function emitCommitment(c: Clause, f: Found): void {
  const { tokens, seenCommitments } = c.scan;
  if (!f.actors.ids.length || f.actionEnd <= f.actionStart) return;
  const trigger = c.scan.span(f.trigger[0], f.trigger[1]);
  const action = c.scan.span(f.actionStart, f.actionEnd);
  // One commitment per trigger; a gapped list's parts are keyed by their actions (never a trigger's offset).
  const key = f.shared ? -1 - action.start : trigger.start;
  if (seenCommitments.has(key)) return;
  seenCommitments.add(key);
  const rangeStart = Math.min(tokens[f.actors.start]?.start ?? trigger.start, trigger.start, action.start);
  const rangeEnd = Math.max(action.end, trigger.end);
  const actors = unique(f.actors.ids);
  const why = [...f.why];
  const out: Commitment = {
    id: '',
    actors,
    trigger,
    action: action.text.replace(/\s+/g, ' '),
    actionRange: { start: action.start, end: action.end },
    range: { start: rangeStart, end: rangeEnd },
    modality: f.modality,
    negated: f.negated,
  };
  const after = c.deadline(Math.max(action.start, trigger.start), tokens[Math.max(f.clauseEnd, f.actionEnd) - 1].end);
  const time = after ?? c.leadingDeadline(Math.min(trigger.start, tokens[f.actors.start]?.start ?? trigger.start));
  if (time) {
    out.time = time;
    why.push(after ? 'time.deadline' : 'time.leading-deadline');
  }
  const inAction = targetsIn(c, f.actionStart, f.actionEnd, actors);
  const target = unique([...f.target, ...inAction]).filter((id) => !actors.includes(id));
  if (target.length) {
    out.target = target;
    why.push(f.target.some((id) => !actors.includes(id)) ? 'target.object' : 'target.in-action');
  }
  out.why = why;
  c.scan.commitments.push(out);
}

/**
 * The targets of a stance and the rule that found them; `ownSide` keeps a target that is one of
 * several holders ("Japan and the US appreciated the measures to be taken by the US forces").
 */
export interface Targets {
  ids: string[];
  rule: string;
  ownSide?: boolean;
}

export const NO_TARGETS: Targets = { ids: [], rule: '' };

/** A stance of `holders` toward `targets` at the trigger tokens; `why` holds the trigger and holder rules. */
export function addStance(c: Clause, type: StanceType, holders: Party | undefined, targets: Targets, trigger: [number, number], why: string[]): void {
  const { tokens, seenStances } = c.scan;
  if (!holders || !holders.ids.length) return;
  const t = c.scan.span(trigger[0], trigger[1]);
  if (seenStances.has(t.start)) return;
  seenStances.add(t.start);
  const from = Math.min(tokens[holders.start]?.start ?? t.start, t.start);
  const range: Span = { start: from, end: tokens[objectEnd(c, trigger[1]) - 1]?.end ?? t.end };
  const own = targets.ownSide && holders.ids.length > 1 && !holders.ids.every((h) => targets.ids.includes(h));
  const kept = unique(own ? targets.ids : targets.ids.filter((id) => !holders.ids.includes(id)));
  c.scan.stances.push({ id: '', type, holders: unique(holders.ids), targets: kept, trigger: t, range, why: kept.length ? [...why, targets.rule] : why });
}
