// One analysed version of a document, with the indexes every LSP feature reads: the text snapshot
// (for offset <-> position), entities by id, and the "painted" layer that says which analysed item
// stands at each offset (entity mentions over commitment triggers over action phrases).
import type { Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Commitment, Entity, Quote, Span, Stance, TimeExpression } from '../analysis/types';
import type { Counts, StatusParams } from '../../../shared/contract';

export type ViewState = StatusParams['state'];

/** What a painted segment shows. */
export type Item =
  | { kind: 'mention'; entity: Entity; index: number }
  | { kind: 'commitment'; commitment: Commitment; part: 'trigger' | 'action' }
  | { kind: 'stance'; stance: Stance }
  | { kind: 'time'; time: TimeExpression }
  | { kind: 'quote'; quote: Quote };

/** A non-overlapping piece of text and the item that owns it. */
export interface Segment extends Span {
  item: Item;
}

export interface Layer extends Span {
  item: Item;
  priority: number;
}

export function emptyAnalysis(length: number): Analysis {
  return { length, paragraphs: [], sentences: [], tokens: [], entities: [], commitments: [], stances: [], times: [], quotes: [], problems: [] };
}

export class DocumentView {
  readonly doc: TextDocument;
  readonly entityById = new Map<string, Entity>();
  private paintedCache?: Segment[];
  /** Per-feature memo (e.g. encoded semantic tokens per settings), dropped with the view. */
  readonly memo = new Map<string, unknown>();

  constructor(
    readonly uri: string,
    readonly version: number,
    text: string,
    readonly analysis: Analysis,
    readonly state: ViewState = 'ready',
    readonly detail: { size?: number; limit?: number; message?: string } = {},
  ) {
    this.doc = TextDocument.create(uri, 'news', version, text);
    for (const entity of analysis.entities) this.entityById.set(entity.id, entity);
  }

  get text(): string {
    return this.doc.getText();
  }

  range(span: Span): Range {
    return { start: this.doc.positionAt(span.start), end: this.doc.positionAt(span.end) };
  }

  entities(ids: readonly string[] | undefined): Entity[] {
    const out: Entity[] = [];
    for (const id of ids ?? []) {
      const entity = this.entityById.get(id);
      if (entity) out.push(entity);
    }
    return out;
  }

  counts(): Counts {
    const counts: Counts = { people: 0, organizations: 0, countries: 0, places: 0, commitments: 0, stances: 0 };
    for (const entity of this.analysis.entities) {
      if (entity.kind === 'person') counts.people++;
      else if (entity.kind === 'organization') counts.organizations++;
      else if (entity.kind === 'country') counts.countries++;
      else counts.places++;
    }
    counts.commitments = this.analysis.commitments.length;
    counts.stances = this.analysis.stances.length;
    return counts;
  }

  /** Every analysed item as non-overlapping segments in text order. */
  painted(): Segment[] {
    this.paintedCache ??= paint(this.layers());
    return this.paintedCache;
  }

  /** The segment at an offset (a cursor right after a word still counts as on it). */
  itemAt(offset: number): Segment | undefined {
    const segments = this.painted();
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const segment = segments[mid];
      if (offset < segment.start) hi = mid - 1;
      else if (offset >= segment.end) lo = mid + 1;
      else return segment;
    }
    // `lo` is the first segment starting after offset: accept the one ending exactly at it.
    const before = segments[lo - 1];
    return before && before.end === offset ? before : undefined;
  }

  private layers(): Layer[] {
    const layers: Layer[] = [];
    const length = this.analysis.length;
    const add = (span: Span, item: Item, priority: number) => {
      const start = Math.max(0, span.start);
      const end = Math.min(length, span.end);
      if (end > start) layers.push({ start, end, item, priority });
    };
    for (const entity of this.analysis.entities) {
      entity.mentions.forEach((mention, index) => add(mention, { kind: 'mention', entity, index }, 4));
    }
    for (const time of this.analysis.times) add(time, { kind: 'time', time }, 3);
    for (const commitment of this.analysis.commitments) {
      add(commitment.trigger, { kind: 'commitment', commitment, part: 'trigger' }, 2);
      add(commitment.actionRange, { kind: 'commitment', commitment, part: 'action' }, 1);
    }
    for (const stance of this.analysis.stances) add(stance.trigger, { kind: 'stance', stance }, 2);
    // Quotes lie under everything else: what is named or undertaken inside one keeps its colour.
    for (const quote of this.analysis.quotes) add(quote.range, { kind: 'quote', quote }, 0);
    return layers;
  }
}

/**
 * Flattens overlapping layers: at each offset the layer with the highest priority wins (on a tie,
 * the one that starts later, i.e. the inner one). Linear in the number of layers times the depth of
 * overlap, which is small for real text.
 */
export function paint(layers: Layer[]): Segment[] {
  const byStart = [...layers].sort((a, b) => a.start - b.start || b.priority - a.priority);
  const points = [...new Set(layers.flatMap((layer) => [layer.start, layer.end]))].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let active: Layer[] = [];
  let next = 0;
  let last: Layer | undefined;
  for (let p = 0; p < points.length - 1; p++) {
    const from = points[p];
    const to = points[p + 1];
    active = active.filter((layer) => layer.end > from);
    while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
    let top: Layer | undefined;
    for (const layer of active) {
      if (!top || layer.priority > top.priority || (layer.priority === top.priority && layer.start > top.start)) {
        top = layer;
      }
    }
    if (!top) {
      last = undefined;
      continue;
    }
    const previous = segments[segments.length - 1];
    if (top === last && previous && previous.end === from) previous.end = to;
    else segments.push({ start: from, end: to, item: top.item });
    last = top;
  }
  return segments;
}
