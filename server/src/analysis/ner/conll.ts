// CoNLL-2003 files and conlleval-style scoring, for the training and evaluation scripts.

import { NER_TYPES, type NerType } from './model';
import type { NerSpan } from './index';

export interface ConllDocument {
  words: string[];
  /** Gold BIO label ids (model.ts), converted from the file's IOB1/IOB2 tags. */
  gold: Uint8Array;
  sentStart: Int32Array;
  sentEnd: Int32Array;
}

/** Sentences grouped per document when the file has no -DOCSTART- lines. */
const FALLBACK_DOCUMENT_SENTENCES = 20;

/**
 * Parses a CoNLL file (word first, NER tag last on each line; blank lines end sentences;
 * -DOCSTART- lines start documents). Without -DOCSTART- lines, runs of sentences form documents.
 */
export function parseConll(text: string): ConllDocument[] {
  const docs: { words: string[]; tags: string[]; sentences: [number, number][] }[] = [];
  const hasDocStarts = text.includes('-DOCSTART-');
  let doc = { words: [] as string[], tags: [] as string[], sentences: [] as [number, number][] };
  let sentenceStart = 0;
  const endSentence = (): void => {
    if (doc.words.length > sentenceStart) doc.sentences.push([sentenceStart, doc.words.length]);
    sentenceStart = doc.words.length;
    if (!hasDocStarts && doc.sentences.length >= FALLBACK_DOCUMENT_SENTENCES) endDocument();
  };
  const endDocument = (): void => {
    if (doc.words.length > sentenceStart) doc.sentences.push([sentenceStart, doc.words.length]);
    if (doc.sentences.length) docs.push(doc);
    doc = { words: [], tags: [], sentences: [] };
    sentenceStart = 0;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      endDocument();
      continue;
    }
    if (!line) {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    doc.words.push(cols[0]);
    doc.tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
  }
  endDocument();
  return docs.map((d) => {
    const gold = new Uint8Array(d.words.length);
    for (const [a, b] of d.sentences) {
      let prevType = -1;
      for (let i = a; i < b; i++) {
        const tag = d.tags[i];
        const type = tag === 'O' ? -1 : NER_TYPES.indexOf(tag.slice(2) as NerType);
        if (type < 0) {
          gold[i] = 0;
          prevType = -1;
          continue;
        }
        gold[i] = tag.startsWith('B-') || type !== prevType ? 1 + 2 * type : 2 + 2 * type;
        prevType = type;
      }
    }
    return {
      words: d.words,
      gold,
      sentStart: Int32Array.from(d.sentences.map((s) => s[0])),
      sentEnd: Int32Array.from(d.sentences.map((s) => s[1])),
    };
  });
}

/** Exact-match span counts per type. */
export class SpanScore {
  readonly tp = new Map<string, number>();
  readonly fp = new Map<string, number>();
  readonly fn = new Map<string, number>();

  private bump(m: Map<string, number>, type: string): void {
    m.set(type, (m.get(type) ?? 0) + 1);
  }

  add(gold: readonly NerSpan[], predicted: readonly NerSpan[]): void {
    const key = (s: NerSpan): string => `${s.firstToken}:${s.endToken}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const s of predicted) this.bump(goldKeys.has(key(s)) ? this.tp : this.fp, s.type);
    for (const s of gold) if (!predKeys.has(key(s))) this.bump(this.fn, s.type);
  }

  /** Precision, recall and F1 (percent) over the given types. */
  prf(types: readonly string[]): { p: number; r: number; f: number; tp: number; fp: number; fn: number } {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const t of types) {
      tp += this.tp.get(t) ?? 0;
      fp += this.fp.get(t) ?? 0;
      fn += this.fn.get(t) ?? 0;
    }
    const p = tp + fp ? (100 * tp) / (tp + fp) : 0;
    const r = tp + fn ? (100 * tp) / (tp + fn) : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
  }

  /** PER/LOC/ORG micro F1, the project's headline number. */
  mainF1(): number {
    return this.prf(['PER', 'LOC', 'ORG']).f;
  }

  /** A conlleval-like table. */
  report(title: string): string {
    const rows = [`${title}`, '  type        P       R      F1   (tp/fp/fn)'];
    const line = (name: string, types: readonly string[]): void => {
      const s = this.prf(types);
      rows.push(`  ${name.padEnd(8)} ${s.p.toFixed(2).padStart(6)}  ${s.r.toFixed(2).padStart(6)}  ${s.f.toFixed(2).padStart(6)}   (${s.tp}/${s.fp}/${s.fn})`);
    };
    for (const t of NER_TYPES) line(t, [t]);
    line('P/L/O', ['PER', 'LOC', 'ORG']);
    line('all4', NER_TYPES);
    return rows.join('\n');
  }
}
