// Inlay hints after references that resolve to something the text does not name there:
// "Beijing" -> China, "the North" -> North Korea, and a group subject ("The ministers", "They")
// -> the names the analysis found as the actors of its commitment or stance.
import type { InlayHint, InlayHintLabelPart, Range } from 'vscode-languageserver-protocol';
import type { Entity, Mention } from '../analysis/types';
import { sentenceAt } from './format';
import type { DocumentView } from './view';

const NAMES_SHOWN = 4;
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it', 'both']);
/** Words between a subject and its verb that are not the subject. */
const SKIP = new Set([
  'also', 'not', 'never', 'jointly', 'further', 'then', 'still', 'again', 'both', 'all', 'each', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'have', 'has', 'had', 'is', 'are', 'was', 'were',
  'be', 'been', 'to', "n't", 'do', 'does', 'did',
]);

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[.\u2019']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== 'the');

/** True when the mention obviously names the entity: its words are in the name, or it is the name's initials. */
export function namesItself(entity: Entity, mention: Mention): boolean {
  const said = words(mention.text);
  if (said.length === 0) return true;
  const known = [entity.name, ...entity.aliases.filter((a) => a !== mention.text)].map(words);
  for (const name of known) {
    if (said.every((w) => name.includes(w))) return true;
    const initials = name.filter((w) => w !== 'of' && w !== 'and').map((w) => w[0]).join('');
    if (said.length === 1 && said[0] === initials) return true;
  }
  return false;
}

function part(view: DocumentView, entity: Entity): InlayHintLabelPart {
  return { value: entity.name, location: { uri: view.uri, range: view.range(entity.mentions[0]) } };
}

function namesLabel(view: DocumentView, entities: Entity[], prefix: string): InlayHintLabelPart[] {
  const parts: InlayHintLabelPart[] = [{ value: prefix }];
  entities.slice(0, NAMES_SHOWN).forEach((entity, i) => {
    if (i > 0) parts.push({ value: ', ' });
    parts.push(part(view, entity));
  });
  if (entities.length > NAMES_SHOWN) parts.push({ value: ` +${entities.length - NAMES_SHOWN}` });
  return parts;
}

function allHints(view: DocumentView): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const entity of view.analysis.entities) {
    if (entity.mentions.length === 0) continue;
    for (const mention of entity.mentions) {
      if (mention.form === 'demonym') continue;
      if (mention.form === 'name' && namesItself(entity, mention)) continue;
      hints.push({
        position: view.doc.positionAt(mention.end),
        label: [{ value: '→ ' }, part(view, entity)],
        tooltip: `"${mention.text}" refers to ${entity.name} (${entity.kind})`,
        paddingLeft: true,
      });
    }
  }
  hints.push(...groupSubjectHints(view));
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

/** Hints after the unnamed subject of a commitment or stance whose actors the analysis resolved. */
function groupSubjectHints(view: DocumentView): InlayHint[] {
  const { tokens } = view.analysis;
  const placed = new Set<number>();
  const hints: InlayHint[] = [];
  const clauses = [
    ...view.analysis.commitments.map((c) => ({ actors: c.actors, trigger: c.trigger.start, start: c.range.start })),
    ...view.analysis.stances.map((s) => ({ actors: s.holders, trigger: s.trigger.start, start: s.range.start })),
  ];
  for (const clause of clauses) {
    const actors = view.entities(clause.actors);
    if (actors.length === 0) continue;
    const sentence = sentenceAt(view, clause.trigger);
    if (!sentence) continue;
    const from = Math.max(sentence.start, Math.min(clause.start, clause.trigger));
    const named = actors.some((a) => a.mentions.some((m) => m.start >= from && m.end <= clause.trigger));
    if (named) continue;
    // Walk back from the trigger to the subject's head word.
    let anchor = -1;
    for (let t = sentence.endToken - 1; t >= sentence.firstToken; t--) {
      const token = tokens[t];
      if (token.start >= clause.trigger) continue;
      if (token.start < from) break;
      const word = token.norm.toLowerCase();
      if (token.kind !== 'word' || SKIP.has(word) || /ly$/.test(word)) continue;
      anchor = t;
      break;
    }
    if (anchor < 0 || placed.has(anchor)) continue;
    const token = tokens[anchor];
    const word = token.norm.toLowerCase();
    const isGroup = PRONOUNS.has(word) || token.norm === word; // a pronoun or a common noun ("ministers")
    if (!isGroup || word === 'that' || word === 'which' || word === 'who') continue;
    placed.add(anchor);
    hints.push({
      position: view.doc.positionAt(token.end),
      label: namesLabel(view, actors, '= '),
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
