// Inlay hints after references that resolve to something the text does not name there:
// "Beijing" -> China, "the North" -> North Korea, and a group subject ("The ministers", "They")
// -> the names the analysis found as the actors of its commitment or stance.
import type { InlayHint, InlayHintLabelPart, Range } from 'vscode-languageserver-protocol';
import type { Entity, Mention } from '../analysis/types';
import { clip, oneLine, sentenceAt } from './format';
import type { DocumentView } from './view';

/** Longest hint label, in characters: past it a group of names becomes a count ("= 3 parties"). */
const HINT_MAX = 30;
const PRONOUNS = new Set(['he', 'she', 'they', 'we']);
/** How many words into a clause its subject's head word may stand ("The foreign and defense chiefs"). */
const SUBJECT_WORDS = 6;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[.\u2019']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== 'the');

const initials = (name: string[]) =>
  name
    .filter((w) => w !== 'of' && w !== 'and')
    .map((w) => w[0])
    .join('');

/** True when `inner` occurs in `outer` as consecutive words. */
function containsWords(outer: string[], inner: string[]): boolean {
  if (inner.length === 0) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, j) => outer[i + j] === w)) return true;
  return false;
}

/**
 * True when the mention plainly names the entity, so a hint would only repeat it: it contains the
 * full name, another of its names ("The US side": "US"), or the name's initials; or, said as a
 * name, all its words belong to the name ("Kamikawa" for "Kamikawa Yoko"). "Beijing" for China
 * and "the North" for North Korea (a reference) do not.
 */
export function namesItself(entity: Entity, mention: Mention): boolean {
  const said = words(mention.text);
  if (said.length === 0) return true;
  const names = [entity.name, ...entity.aliases.filter((a) => a !== mention.text)].map(words);
  const full = words(entity.name);
  if (names.some((name) => containsWords(said, name)) || said.includes(initials(full))) return true;
  return mention.form === 'name' && names.some((name) => said.every((w) => name.includes(w)));
}

/** Non-breaking spaces inside a label, so that a wrapped line never breaks a hint in two. */
const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

function part(view: DocumentView, entity: Entity, max = HINT_MAX): InlayHintLabelPart {
  return { value: unbroken(clip(entity.name, max)), location: { uri: view.uri, range: view.range(entity.mentions[0]) } };
}

/** "= Japan, United States" while it fits in HINT_MAX characters, else "= 3 parties". */
export function namesLabel(view: DocumentView, entities: Entity[], prefix: string): InlayHintLabelPart[] {
  const all = `${prefix}${entities.map((e) => oneLine(e.name)).join(', ')}`;
  if (entities.length === 1) return [{ value: prefix }, part(view, entities[0], HINT_MAX - prefix.length)];
  if (all.length > HINT_MAX) return [{ value: unbroken(`${prefix}${entities.length} parties`) }];
  const parts: InlayHintLabelPart[] = [{ value: prefix }];
  entities.forEach((entity, i) => {
    if (i > 0) parts.push({ value: ',\u00a0' });
    parts.push(part(view, entity));
  });
  return parts;
}

function allHints(view: DocumentView): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const entity of view.analysis.entities) {
    if (entity.mentions.length === 0) continue;
    for (const mention of entity.mentions) {
      if (mention.form === 'demonym' || namesItself(entity, mention)) continue;
      hints.push({
        position: view.doc.positionAt(mention.end),
        label: namesLabel(view, [entity], '→\u00a0'),
        tooltip: `"${mention.text}" refers to ${entity.name} (${entity.kind})`,
        paddingLeft: true,
      });
    }
  }
  hints.push(...groupSubjectHints(view));
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

/**
 * Hints after the unnamed subject of a commitment or stance whose actors the analysis resolved:
 * a pronoun ("They") or a plural noun ("The ministers", "The foreign and defense chiefs") at the
 * start of the clause, when no actor is named in the subject (or as a passive's agent).
 */
function groupSubjectHints(view: DocumentView): InlayHint[] {
  const { tokens } = view.analysis;
  const placed = new Set<number>();
  const hints: InlayHint[] = [];
  const clauses = [
    ...view.analysis.commitments.map((c) => ({ actors: c.actors, trigger: c.trigger.start, range: c.range })),
    ...view.analysis.stances.map((s) => ({ actors: s.holders, trigger: s.trigger.start, range: s.range })),
  ];
  for (const clause of clauses) {
    const actors = view.entities(clause.actors);
    if (actors.length === 0) continue;
    const sentence = sentenceAt(view, clause.trigger);
    if (!sentence) continue;
    const from = Math.max(sentence.start, Math.min(clause.range.start, clause.trigger));
    // Named before the trigger (the subject), or as the agent of a passive ("... implemented by the US forces").
    const named = (m: Mention) =>
      (m.start >= from && m.end <= clause.trigger) ||
      (m.start >= sentence.start && m.end <= sentence.end && /\bby (?:the )?$/i.test(view.text.slice(Math.max(0, m.start - 8), m.start)));
    if (actors.some((a) => a.mentions.some(named))) continue;
    let anchor = -1;
    let seen = 0;
    for (let t = sentence.firstToken; t < sentence.endToken && seen < SUBJECT_WORDS; t++) {
      const token = tokens[t];
      if (token.end <= from) continue;
      if (token.start >= clause.trigger) break;
      if (token.kind !== 'word') continue;
      seen++;
      const word = token.norm.toLowerCase();
      const plural = token.norm === word && word.length > 3 && /[^su]s$/.test(word);
      if (PRONOUNS.has(word) || plural) {
        anchor = t;
        break;
      }
    }
    if (anchor < 0 || placed.has(anchor)) continue;
    placed.add(anchor);
    const token = tokens[anchor];
    hints.push({
      position: view.doc.positionAt(token.end),
      label: namesLabel(view, actors, '=\u00a0'),
      tooltip: `The analysis resolved "${token.text}" to ${actors.map((a) => a.name).join(', ')}`,
      paddingLeft: true,
    });
  }
  return hints;
}

export function inlayHints(view: DocumentView, range: Range): InlayHint[] {
  let all = view.memo.get('inlayHints') as InlayHint[] | undefined;
  if (!all) view.memo.set('inlayHints', (all = allHints(view)));
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
    a.line < b.line || (a.line === b.line && a.character < b.character);
  return all.filter((hint) => !before(hint.position, range.start) && !before(range.end, hint.position));
}
