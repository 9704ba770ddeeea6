// The Outline (hierarchical document symbols) and the entries workspace symbols search.
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-protocol';
import type { Entity, EntityKind, Quote } from '../analysis/types';
import { clip, commitmentLabel, entityLabel, oneLine, stanceLabel } from './format';
import type { DocumentView } from './view';

export const ENTITY_SYMBOL_KIND: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Variable,
  organization: SymbolKind.Class,
  country: SymbolKind.Module,
  place: SymbolKind.Property,
};

/**
 * A group ("People", "Commitments" ...). Every group spans the whole document, so that an outline
 * sorted by position keeps the groups in this order (Actors, Places, Commitments, Stances, Quotes).
 */
function group(view: DocumentView, name: string, children: DocumentSymbol[]): DocumentSymbol[] {
  if (children.length === 0) return [];
  return [
    {
      name,
      detail: String(children.length),
      kind: SymbolKind.Namespace,
      range: view.range({ start: 0, end: view.analysis.length }),
      selectionRange: children[0].selectionRange,
      children,
    },
  ];
}

function entitySymbol(view: DocumentView, entity: Entity): DocumentSymbol {
  const kind = ENTITY_SYMBOL_KIND[entity.kind];
  const first = entity.mentions[0];
  const last = entity.mentions[entity.mentions.length - 1];
  return {
    name: entityLabel(entity),
    detail: `${entity.mentions.length}×`,
    kind,
    range: view.range({ start: first.start, end: last.end }),
    selectionRange: view.range(first),
    children: entity.mentions.map((mention, index) => ({
      name: oneLine(mention.text),
      detail: index === 0 ? 'first mention' : mention.form === 'name' ? '' : mention.form,
      kind,
      range: view.range(mention),
      selectionRange: view.range(mention),
    })),
  };
}

/** One symbol per speaker (the unnamed last), its quotes as children. */
function quoteSymbols(view: DocumentView): DocumentSymbol[] {
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of view.analysis.quotes) {
    const key = q.speaker && view.entityById.has(q.speaker) ? q.speaker : '';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  const keys = [...bySpeaker.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : 0));
  return keys.map((key) => {
    const quotes = bySpeaker.get(key) ?? [];
    const entity = view.entityById.get(key);
    const children = quotes.map((q) => ({
      name: clip(oneLine(q.direct ? `“${q.text}”` : q.text), 100),
      detail: q.direct ? 'direct' : 'reported',
      kind: SymbolKind.String,
      range: view.range(q.range),
      selectionRange: view.range(q.range),
    }));
    return {
      name: entity ? entityLabel(entity) : 'Unnamed sources',
      detail: `${quotes.length}×`,
      kind: entity ? ENTITY_SYMBOL_KIND[entity.kind] : SymbolKind.Null,
      range: view.range({ start: quotes[0].range.start, end: quotes[quotes.length - 1].range.end }),
      selectionRange: view.range(quotes[0].range),
      children,
    };
  });
}

export function documentSymbols(view: DocumentView): DocumentSymbol[] {
  const { entities, commitments, stances } = view.analysis;
  const ofKind = (kind: EntityKind) =>
    entities.filter((e) => e.kind === kind && e.mentions.length > 0).map((e) => entitySymbol(view, e));
  const actors = [
    ...group(view, 'People', ofKind('person')),
    ...group(view, 'Organizations', ofKind('organization')),
    ...group(view, 'Countries', ofKind('country')),
  ];
  return [
    ...group(view, 'Actors', actors),
    ...group(view, 'Places', ofKind('place')),
    ...group(
      view,
      'Commitments',
      commitments.map((c) => {
        const range = view.range({ start: Math.min(c.range.start, c.trigger.start), end: Math.max(c.range.end, c.trigger.end) });
        return {
          name: clip(commitmentLabel(view, c), 100),
          detail: c.time ? `${c.modality} · ${oneLine(c.time.text)}` : c.modality,
          kind: SymbolKind.Event,
          range,
          selectionRange: view.range(c.trigger),
        };
      }),
    ),
    ...group(
      view,
      'Stances',
      stances.map((s) => ({
        name: clip(stanceLabel(view, s), 100),
        detail: s.type,
        kind: SymbolKind.Operator,
        range: view.range({ start: Math.min(s.range.start, s.trigger.start), end: Math.max(s.range.end, s.trigger.end) }),
        selectionRange: view.range(s.trigger),
      })),
    ),
    ...group(view, 'Quotes', quoteSymbols(view)),
  ];
}

/** One workspace symbol per entity, at its first mention. */
export function workspaceEntries(view: DocumentView, container: string): SymbolInformation[] {
  return view.analysis.entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({
      name: entityLabel(e),
      kind: ENTITY_SYMBOL_KIND[e.kind],
      containerName: container,
      location: { uri: view.uri, range: view.range(e.mentions[0]) },
    }));
}

/** VS Code-style fuzzy match: the query's characters appear in order in the name (case-insensitive). */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let at = 0;
  for (const ch of q) {
    at = n.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
