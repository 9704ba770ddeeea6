// Semantic tokens: the painted segments of a document view, split at line ends, delta-encoded.
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { HIGHLIGHT_KINDS, type HighlightKind, type Settings } from './config';
import type { DocumentView, Item } from './view';

/** Token types (the kinds `newsLens.highlight.kinds` chooses from) and modifiers; package.json
 * `contributes.semanticTokenTypes/Modifiers` lists the same. */
export const TOKEN_TYPES = HIGHLIGHT_KINDS;
export const TOKEN_MODIFIERS = [
  'declaration', // an entity's first mention
  'reference', // a mention by demonym, metonym or other reference rather than by name
  'action', // the action phrase of a commitment (the trigger has no modifier)
  'negated',
  'tentative',
  'conditional',
  'expected',
] as const;
export type TokenType = HighlightKind;
type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** One token in absolute line/character form, before delta encoding. */
export interface LineToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

function classify(item: Item): { type: TokenType; modifiers: TokenModifier[] } {
  switch (item.kind) {
    case 'mention': {
      const modifiers: TokenModifier[] = [];
      if (item.index === 0) modifiers.push('declaration');
      if (item.entity.mentions[item.index].form !== 'name') modifiers.push('reference');
      return { type: item.entity.kind, modifiers };
    }
    case 'commitment': {
      const { commitment } = item;
      const modifiers: TokenModifier[] = [];
      if (item.part === 'action') modifiers.push('action');
      if (commitment.negated) modifiers.push('negated');
      if (commitment.modality !== 'firm') modifiers.push(commitment.modality);
      return { type: 'commitment', modifiers };
    }
    case 'stance':
      return { type: 'stance', modifiers: [] };
    case 'time':
      return { type: 'time', modifiers: [] };
    case 'quote':
      return { type: 'quote', modifiers: [] };
  }
}

/** All tokens of the view for the kinds the settings highlight, in document order (memoised per view). */
export function lineTokens(view: DocumentView, settings: Settings): LineToken[] {
  const key = `tokens:${[...settings.highlightKinds].join(',')}`;
  const cached = view.memo.get(key) as LineToken[] | undefined;
  if (cached) return cached;
  const tokens: LineToken[] = [];
  const doc = view.doc;
  for (const segment of view.painted()) {
    const { type, modifiers } = classify(segment.item);
    if (!settings.highlightKinds.has(type)) continue;
    const start = doc.positionAt(segment.start);
    const end = doc.positionAt(segment.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      // Without a column, offsetAt clamps to the end of the line before its line break.
      const to = line === end.line ? end.character : doc.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) - doc.offsetAt({ line, character: 0 });
      if (to > from) tokens.push({ line, character: from, length: to - from, type, modifiers });
    }
  }
  view.memo.set(key, tokens);
  return tokens;
}

/** LSP's relative encoding: 5 integers per token. */
export function encode(tokens: readonly LineToken[]): number[] {
  const data = new Array<number>(tokens.length * 5);
  let line = 0;
  let character = 0;
  tokens.forEach((token, i) => {
    const deltaLine = token.line - line;
    data[i * 5] = deltaLine;
    data[i * 5 + 1] = deltaLine === 0 ? token.character - character : token.character;
    data[i * 5 + 2] = token.length;
    data[i * 5 + 3] = TOKEN_TYPES.indexOf(token.type);
    let bits = 0;
    for (const modifier of token.modifiers) bits |= 1 << TOKEN_MODIFIERS.indexOf(modifier);
    data[i * 5 + 4] = bits;
    line = token.line;
    character = token.character;
  });
  return data;
}

/**
 * The tokens of a view, all or those of a range. `line` is the document line of the view's first
 * line (a preview covers a window of the document).
 */
export function semanticTokens(view: DocumentView, settings: Settings, range?: Range, line = 0): SemanticTokens {
  const key = `encoded:${[...settings.highlightKinds].join(',')}`;
  if (!range && line === 0) {
    let data = view.memo.get(key) as number[] | undefined;
    if (!data) view.memo.set(key, (data = encode(lineTokens(view, settings))));
    return { data };
  }
  const all = lineTokens(view, settings);
  const startLine = range ? range.start.line - line : 0;
  const endLine = range ? range.end.line - line : Infinity;
  const inRange: LineToken[] = [];
  for (let i = lowerBound(all, startLine); i < all.length && all[i].line <= endLine; i++) {
    const token = all[i];
    const before = range && token.line === startLine && token.character + token.length <= range.start.character;
    const after = range && token.line === endLine && token.character >= range.end.character;
    if (!before && !after) inRange.push(line === 0 ? token : { ...token, line: token.line + line });
  }
  return { data: encode(inRange) };
}

function lowerBound(tokens: readonly LineToken[], line: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
