// The Outline (hierarchical document symbols) and the entries workspace symbols search.
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-protocol';
import type { Entity, EntityKind, Quote } from '../analysis/types';
import { clip, commitmentLabel, entityLabel, oneLine, roleText, stanceLabel } from './format';
import type { DocumentView } from './view';

export const ENTITY_SYMBOL_KIND: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Variable,
  organization: SymbolKind.Class,
  country: SymbolKind.Module,
  place: SymbolKind.Property,
};

/** Outline labels stay short enough for a side bar; the rest is in the hover. */
const LABEL_MAX = 60;

interface Group {
  name: string;
  /** What the group's count counts (its children, unless the children are groups themselves). */
  count: number;
  children: DocumentSymbol[];
}

/**
 * Groups in the given order. Every group spans the document from its start, and each ends one
 * character after the one before: the Outline sorts by range (then by name), so distinct ends keep
 * the documented order (Actors, Places, Commitments, Stances, Quotes) rather than the alphabetical one.
 */
function groups(view: DocumentView, end: number, list: Group[]): DocumentSymbol[] {
  const shown = list.filter((g) => g.children.length > 0);
  return shown.map((g, i) => {
    const range = view.range({ start: 0, end: Math.max(0, end - (shown.length - 1 - i)) });
    const first = g.children[0].selectionRange;
    const inside = first.end.line < range.end.line || (first.end.line === range.end.line && first.end.character <= range.end.character);
    return {
      name: g.name,
      detail: String(g.count),
      kind: SymbolKind.Namespace,
      range,
      selectionRange: inside ? first : { start: range.start, end: range.start },
      children: g.children,
    };
  });
}

const leaves = (name: string, children: DocumentSymbol[]): Group => ({ name, count: children.length, children });

/** An entity: its name, the role as detail, at its first mention; the mentions are left to references and highlights. */
function entitySymbol(view: DocumentView, entity: Entity): DocumentSymbol {
  const first = view.range(entity.mentions[0]);
  const mentions = entity.mentions.length;
  return {
    name: clip(entity.name, LABEL_MAX),
    detail: [roleText(entity), `${mentions} ${mentions === 1 ? 'mention' : 'mentions'}`].filter(Boolean).join(' · '),
    kind: ENTITY_SYMBOL_KIND[entity.kind],
    range: first,
    selectionRange: first,
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
  const end = view.analysis.length;
  const ofKind = (kind: EntityKind) => entities.filter((e) => e.kind === kind && e.mentions.length > 0).map((e) => entitySymbol(view, e));
  const people = ofKind('person');
  const organizations = ofKind('organization');
  const countries = ofKind('country');
  const actorsEnd = Math.max(0, end - 3);
  const actors = groups(view, actorsEnd, [leaves('People', people), leaves('Organizations', organizations), leaves('Countries', countries)]);
  return groups(view, end, [
    { name: 'Actors', count: people.length + organizations.length + countries.length, children: actors },
    leaves('Places', ofKind('place')),
    leaves(
      'Commitments',
      commitments.map((c) => {
        const range = view.range({ start: Math.min(c.range.start, c.trigger.start), end: Math.max(c.range.end, c.trigger.end) });
        return {
          name: clip(commitmentLabel(view, c), LABEL_MAX),
          detail: c.time ? `${c.modality} · ${oneLine(c.time.text)}` : c.modality,
          kind: SymbolKind.Event,
          range,
          selectionRange: view.range(c.trigger),
        };
      }),
    ),
    leaves(
      'Stances',
      stances.map((s) => ({
        name: clip(stanceLabel(view, s), LABEL_MAX),
        detail: s.type,
        kind: SymbolKind.Operator,
        range: view.range({ start: Math.min(s.range.start, s.trigger.start), end: Math.max(s.range.end, s.trigger.end) }),
        selectionRange: view.range(s.trigger),
      })),
    ),
    { name: 'Quotes', count: view.analysis.quotes.length, children: quoteSymbols(view) },
  ]);
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
