// Answers for the current text from the last analysis while a new one runs: positions asked about
// are moved back into the analysed text, and every position and range in the answer forward onto
// the current text, through the one region the edits since changed. Whatever stands inside that
// region has no answer until the new analysis lands.
import type { Position, Range, SemanticTokens } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../../../shared/contract';
import { encodeTokens, lineTokens, semanticTokens, type LineToken } from './semanticTokens';
import { mapEnd, mapStart, unmapOffset, type Change } from './shift';
import type { DocumentView } from './view';

const isPosition = (value: object): value is Position => typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number';
const isRange = (value: object): value is Range =>
  !!(value as Range).start && !!(value as Range).end && isPosition((value as Range).start) && isPosition((value as Range).end);

export class Carry {
  private readonly tokens = new Map<string, LineToken[]>();

  /**
   * @param view the last analysed view
   * @param doc the document as it is now
   * @param change what the edits since changed, from the view's text to the current one
   */
  constructor(
    readonly view: DocumentView,
    readonly doc: TextDocument,
    readonly change: Change,
  ) {}

  /** The analysed text's position of a current one; undefined inside the changed region. */
  toOld(position: Position): Position | undefined {
    const offset = unmapOffset(this.doc.offsetAt(position), this.change);
    return offset === undefined ? undefined : this.view.doc.positionAt(offset);
  }

  /** A current range in the analysed text (its ends clamped out of the changed region). */
  toOldRange(range: Range): Range {
    const start = this.doc.offsetAt(range.start);
    const end = this.doc.offsetAt(range.end);
    const { change } = this;
    const back = (offset: number, fallback: number) => unmapOffset(offset, change) ?? fallback;
    return { start: this.view.doc.positionAt(back(start, change.start)), end: this.view.doc.positionAt(back(end, change.oldEnd)) };
  }

  /** An answer computed on the analysed view, its positions, ranges and lines moved onto the current text. */
  fromOld<T>(answer: T): T {
    if (Array.isArray(answer)) return answer.map((item: unknown) => this.fromOld(item)) as T;
    if (!answer || typeof answer !== 'object') return answer;
    if (isRange(answer)) return this.range(answer) as T;
    if (isPosition(answer)) return this.doc.positionAt(mapStart(this.view.doc.offsetAt(answer), this.change)) as T;
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(answer)) copy[key] = this.fromOld(field);
    if (typeof copy.startLine === 'number' && typeof copy.endLine === 'number') {
      copy.startLine = this.line(copy.startLine, mapStart);
      copy.endLine = Math.max(copy.startLine as number, this.line(copy.endLine, mapEnd));
    }
    return copy as T;
  }

  /** Semantic tokens of the current text: the analysed ones moved, those the edits touched left out. */
  semanticTokens(settings: Settings, range?: Range): SemanticTokens {
    if (!range) return this.allTokens(settings);
    const key = [...settings.highlightKinds].join();
    let moved = this.tokens.get(key);
    if (!moved) this.tokens.set(key, (moved = this.moveTokens(lineTokens(this.view, settings))));
    return encodeTokens(moved, range);
  }

  /**
   * All tokens, from the analysed view's encoding: LSP encodes each token relative to the one
   * before, so the edits change only the tokens they touch (left out) and the first one after them
   * (encoded again); the rest is copied as it is. A few copies of an array, whatever the size.
   */
  private allTokens(settings: Settings): SemanticTokens {
    const tokens = lineTokens(this.view, settings);
    const data = semanticTokens(this.view, settings).data;
    const old = this.view.doc;
    const { change } = this;
    const offsetOf = (i: number) => old.offsetAt(tokens[i]);
    // First token ending after the change starts, first starting at or after it ends.
    let first = lowerBound(tokens.length, (i) => offsetOf(i) + tokens[i].length <= change.start);
    let after = lowerBound(tokens.length, (i) => offsetOf(i) < change.oldEnd);
    after = Math.max(after, first);
    first = Math.min(first, after);
    if (after === tokens.length) return { data: data.slice(0, first * 5) };
    const previous = first > 0 ? tokens[first - 1] : { line: 0, character: 0 };
    const at = this.doc.positionAt(mapStart(offsetOf(after), change));
    const deltaLine = at.line - previous.line;
    const next = [deltaLine, deltaLine === 0 ? at.character - previous.character : at.character, ...data.slice(after * 5 + 2, after * 5 + 5)];
    return { data: data.slice(0, first * 5).concat(next, data.slice(after * 5 + 5)) };
  }

  private moveTokens(tokens: readonly LineToken[]): LineToken[] {
    const { change } = this;
    const old = this.view.doc;
    const out: LineToken[] = [];
    for (const token of tokens) {
      const start = old.offsetAt(token);
      const end = start + token.length;
      if (end > change.start && start < change.oldEnd) continue; // edited
      const at = this.doc.positionAt(mapStart(start, change));
      out.push({ ...token, line: at.line, character: at.character });
    }
    return out;
  }

  private range(range: Range): Range {
    const start = mapStart(this.view.doc.offsetAt(range.start), this.change);
    const end = Math.max(start, mapEnd(this.view.doc.offsetAt(range.end), this.change));
    return { start: this.doc.positionAt(start), end: this.doc.positionAt(end) };
  }

  private line(line: number, map: (offset: number, change: Change) => number): number {
    return this.doc.positionAt(map(this.view.doc.offsetAt({ line, character: 0 }), this.change)).line;
  }
}

/** The first index in [0, n) for which `before` is false (`before` true then false along the range). */
function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
