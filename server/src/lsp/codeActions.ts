// Quick fixes that correct the analysis, each written to a corrections file (`.newslens.json`): on an
// entity mention, mark its kind, ignore the name, merge it into another entity (an alias) or split it
// off; on a commitment or stance, drop it, set its modality or name its actor. Commitment and stance
// corrections are keyed by the trigger's text and its sentence's text (see analysis/corrections).
import { CodeActionKind, type CodeAction, type Range, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { collapse, sentenceTextOf } from '../analysis/corrections';
import type { Commitment, Correction, CorrectionAction, Entity, EntityKind, Modality, NotSame, Stance, UserEntity } from '../analysis/types';
import { fileEdit, listOf, type CorrectionsFile, type FileJson } from './correctionsEdit';
import { InternalCommands } from '../../../shared/contract';
import type { DocumentView } from './view';

const KINDS: readonly EntityKind[] = ['person', 'organization', 'country', 'place'];
const MODALITIES: readonly Modality[] = ['firm', 'tentative', 'conditional', 'expected'];
/** At most this many "Same as …" and "Actor is …" fixes, nearest entities first. */
const MAX_CHOICES = 6;

type Fix = { title: string; change: (json: FileJson) => void };

/** The user entity entry named `name` (case-insensitively), added when missing. */
function entryFor(json: FileJson, e: Entity): UserEntity {
  const entries = listOf<UserEntity>(json, 'entities');
  const key = e.name.toLowerCase();
  let entry = entries.find((u) => u && typeof u.name === 'string' && u.name.toLowerCase() === key);
  if (!entry) entries.push((entry = e.aliases.length ? { name: e.name, kind: e.kind, aliases: [...e.aliases] } : { name: e.name, kind: e.kind }));
  return entry;
}

function addAliases(entry: UserEntity, names: string[]): void {
  const aliases = Array.isArray(entry.aliases) ? entry.aliases : [];
  for (const n of names) if (n !== entry.name && !aliases.includes(n)) aliases.push(n);
  if (aliases.length) entry.aliases = aliases;
}

/** The entities `keep` accepts, nearest a position first (by their nearest mention). */
function nearest(view: DocumentView, offset: number, keep: (e: Entity) => boolean): Entity[] {
  const distance = (e: Entity) => Math.min(...e.mentions.map((m) => Math.abs(m.start - offset)));
  return view.analysis.entities
    .filter(keep)
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, MAX_CHOICES);
}

function entityFixes(view: DocumentView, e: Entity, index: number): Fix[] {
  const written = collapse(e.mentions[index].text);
  const fixes: Fix[] = KINDS.filter((k) => k !== e.kind).map((kind) => ({
    title: `Mark '${e.name}' as ${kind}`,
    change: (json) => void (entryFor(json, e).kind = kind),
  }));
  fixes.push({
    title: `Not a name here: ignore '${written}'`,
    change: (json) => {
      const ignore = listOf<string>(json, 'ignore');
      if (!ignore.includes(written)) ignore.push(written);
    },
  });
  for (const other of nearest(view, e.mentions[index].start, (o) => o !== e)) {
    fixes.push({ title: `Same as '${other.name}'`, change: (json) => addAliases(entryFor(json, other), [e.name, ...e.aliases]) });
  }
  if (written !== e.name) {
    fixes.push({
      title: `Not the same as '${e.name}': split '${written}' off`,
      change: (json) => {
        const list = listOf<NotSame>(json, 'notSame');
        if (!list.some((n) => n && n.name === written && n.from === e.name)) list.push({ name: written, from: e.name });
      },
    });
  }
  return fixes;
}

/** Sets the correction of a trigger in its sentence (replacing the one of the same trigger and sentence). */
function correct(view: DocumentView, item: Commitment | Stance, action: CorrectionAction): (json: FileJson) => void {
  const trigger = collapse(item.trigger.text);
  const sentence = sentenceTextOf(view.text, view.analysis.sentences, item.trigger);
  return (json) => {
    const list = listOf<Correction>(json, 'corrections');
    const same = list.findIndex((c) => c && c.trigger === trigger && c.sentence === sentence);
    if (same < 0) list.push({ trigger, sentence, action });
    else list[same] = { trigger, sentence, action };
  };
}

function itemFixes(view: DocumentView, item: Commitment | Stance, isCommitment: boolean): Fix[] {
  const fixes: Fix[] = [{ title: isCommitment ? 'Not a commitment' : 'Not a stance', change: correct(view, item, 'drop') }];
  if (isCommitment) {
    const c = item as Commitment;
    for (const modality of MODALITIES.filter((m) => m !== c.modality))
      fixes.push({ title: `Modality: ${modality}`, change: correct(view, item, { modality }) });
  }
  const current = new Set(isCommitment ? (item as Commitment).actors : (item as Stance).holders);
  for (const e of nearest(view, item.trigger.start, (e) => e.kind !== 'place' && !current.has(e.id))) {
    fixes.push({ title: `Actor is '${e.name}'`, change: correct(view, item, { actor: e.name }) });
  }
  return fixes;
}

/** The edit of "Set role": the entity's entry gets the role (and whose it is), added when missing. */
export function setRoleEdit(
  file: CorrectionsFile,
  e: Pick<Entity, 'name' | 'kind' | 'aliases'>,
  role: string,
  roleOf: string | undefined,
): WorkspaceEdit | undefined {
  if (!e || typeof e.name !== 'string' || !KINDS.includes(e.kind) || !role.trim()) return undefined;
  return fileEdit(file, (json) => {
    const entry = entryFor(json, {
      id: '',
      mentions: [],
      name: e.name,
      kind: e.kind,
      aliases: Array.isArray(e.aliases) ? e.aliases.filter((a) => typeof a === 'string') : [],
    });
    entry.role = role.trim();
    if (roleOf?.trim()) entry.roleOf = roleOf.trim();
    else delete entry.roleOf;
  });
}

/** The fixes offered at an offset (on a mention, a commitment or a stance). */
function fixesAt(view: DocumentView, offset: number): { fixes: Fix[]; person?: Entity } {
  const item = view.itemAt(offset)?.item;
  if (item?.kind === 'mention') return { fixes: entityFixes(view, item.entity, item.index), person: item.entity.kind === 'person' ? item.entity : undefined };
  if (item?.kind === 'commitment') return { fixes: itemFixes(view, item.commitment, true) };
  if (item?.kind === 'stance') return { fixes: itemFixes(view, item.stance, false) };
  return { fixes: [] };
}

/** What a fix offered without its edit carries to `codeAction/resolve`. */
export interface FixData {
  uri: string;
  version: number;
  offset: number;
  path: string;
  index: number;
}

/**
 * The quick fixes at the start of `range`, one per fix and corrections file. With `save`, each runs
 * the client's command that saves the file after the edit (VS Code leaves an edited file unsaved).
 * With `lazy`, the edits are left for `codeAction/resolve` (the file is read only for the fix chosen).
 */
export function codeActions(
  view: DocumentView,
  range: Range,
  files: readonly CorrectionsFile[],
  { save, lazy }: { save: boolean; lazy: boolean },
): CodeAction[] {
  const offset = view.doc.offsetAt(range.start);
  const { fixes, person } = fixesAt(view, offset);
  const actions: CodeAction[] = [];
  for (const file of files) {
    fixes.forEach((fix, index) => {
      const edit = lazy ? undefined : fileEdit(file, fix.change);
      if (!lazy && !edit) return;
      const title = file.where ? `${fix.title} (${file.where})` : fix.title;
      const action: CodeAction = { title, kind: CodeActionKind.QuickFix };
      if (edit) action.edit = edit;
      else action.data = { uri: view.uri, version: view.version, offset, path: file.path, index } satisfies FixData;
      if (save) action.command = { title: 'Save corrections', command: InternalCommands.saveCorrections, arguments: [file.path] };
      actions.push(action);
    });
    // "Set role …" asks for the role in the editor (our client only), then runs `InternalCommands.applySetRole`.
    if (save && person) {
      const { name, kind, aliases } = person;
      const title = `Set role of '${name}'…${file.where ? ` (${file.where})` : ''}`;
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        command: { title, command: InternalCommands.setRole, arguments: [file.path, { name, kind, aliases }] },
      });
    }
  }
  return actions;
}

/** The edit of a fix offered lazily, on the analysis it was offered on; undefined when that is gone or nothing changes. */
export function resolveEdit(view: DocumentView, data: FixData, file: CorrectionsFile): WorkspaceEdit | undefined {
  if (view.version !== data.version) return undefined;
  const fix = fixesAt(view, data.offset).fixes[data.index];
  return fix ? fileEdit(file, fix.change) : undefined;
}
