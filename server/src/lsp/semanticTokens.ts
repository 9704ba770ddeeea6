// Semantic tokens: the painted segments of a document view, split at line ends, delta-encoded.
import type { Range, SemanticTokens } from 'vscode-languageserver-protocol';
import { HIGHLIGHT_KINDS, TOKEN_MODIFIERS, type HighlightKind, type Settings, type TokenModifier } from '../../../shared/contract';
import type { DocumentView, Item } from './view';

export type TokenType = HighlightKind;

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
  const text = view.text;
  const starts = lineStarts(text);
  /** The end of a line's text, before its line break. */
  const lineEnd = (line: number) => {
    if (line + 1 >= starts.length) return text.length;
    const next = starts[line + 1];
    return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  };
  let line = 0; // segments come in text order: the line only moves forward
  for (const segment of view.painted()) {
    const { type, modifiers } = classify(segment.item);
    if (!settings.highlightKinds.has(type)) continue;
    while (line + 1 < starts.length && starts[line + 1] <= segment.start) line++;
    for (let l = line; l < starts.length && starts[l] < segment.end; l++) {
      const from = Math.max(segment.start, starts[l]);
      const to = Math.min(segment.end, lineEnd(l));
      if (to > from) tokens.push({ line: l, character: from - starts[l], length: to - from, type, modifiers });
    }
  }
  view.memo.set(key, tokens);
  return tokens;
}

/** Offsets where lines start, as LSP counts lines (after \n, \r\n or a lone \r). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (ch === 10 || ch === 13) starts.push(i + 1);
  }
  return starts;
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
    data[i * 5 + 3] = HIGHLIGHT_KINDS.indexOf(token.type);
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
  return encodeTokens(lineTokens(view, settings), range, line);
}

/** Tokens (in document order) encoded, all or those of a range; `line` is added to their lines. */
export function encodeTokens(all: readonly LineToken[], range?: Range, line = 0): SemanticTokens {
  if (!range && line === 0) return { data: encode(all) };
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
