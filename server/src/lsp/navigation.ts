// Definition (any mention -> the first mention), references and document highlights (all mentions).
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position } from 'vscode-languageserver-protocol';
import type { Entity } from '../analysis/types';
import type { DocumentView } from './view';

function entityAt(view: DocumentView, position: Position): Entity | undefined {
  const item = view.itemAt(view.doc.offsetAt(position))?.item;
  return item?.kind === 'mention' ? item.entity : undefined;
}

export function definition(view: DocumentView, position: Position): Location | null {
  const entity = entityAt(view, position);
  return entity ? { uri: view.uri, range: view.range(entity.mentions[0]) } : null;
}

export function references(view: DocumentView, position: Position, includeDeclaration: boolean): Location[] {
  const entity = entityAt(view, position);
  if (!entity) return [];
  return entity.mentions.filter((_, index) => includeDeclaration || index > 0).map((mention) => ({ uri: view.uri, range: view.range(mention) }));
}

export function documentHighlights(view: DocumentView, position: Position): DocumentHighlight[] {
  const entity = entityAt(view, position);
  if (!entity) return [];
  return entity.mentions.map((mention, index) => ({
    range: view.range(mention),
    kind: index === 0 ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
