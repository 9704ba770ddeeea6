// The document being read for commitments and stances: its tokens with their mentions (the Doc),
// its time expressions by token, and what the passes found, kept or rejected. The one context the
// trigger passes share; each sentence's own scope is a Clause (clause.ts).
import type { Parses } from '../parses';
import type { Commitment, Entity, Quote, Rejection, Sentence, Stance, TextSpan, TimeExpression, Token } from '../types';
import { Doc } from './actors';
import { IRREGULAR_PAST } from './lexicon';

export interface CommitmentInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpression[];
  /** The quotations found before (quotes/): their speakers say who "I" and "we" are inside them. */
  quotes?: Quote[];
  /** The sentences' parses, by sentence index, computed when asked for (none: word rules only). */
  parses?: Parses;
}

export class Scan {
  readonly tokens: Token[];
  readonly doc: Doc;
  readonly low: string[];
  readonly n: number;
  /** The time expressions in text order. */
  readonly times: TimeExpression[];
  /** Token → the time expression covering it (-1: none), so every lookup is constant time. */
  private readonly timeAt: Int32Array;
  readonly commitments: Commitment[] = [];
  readonly stances: Stance[] = [];
  readonly rejected: Rejection[] = [];
  /** Trigger start offsets already emitted (one commitment, one stance per trigger). */
  readonly seenCommitments = new Set<number>();
  readonly seenStances = new Set<number>();
  /** The sentences' parses, computed when a rule asks. */
  readonly parses: Parses | undefined;
  /** The quotations the quotes pass found, in text order. */
  readonly quotes: readonly Quote[];

  constructor(
    readonly text: string,
    input: CommitmentInput,
  ) {
    this.parses = input.parses;
    const tokens = (this.tokens = input.tokens);
    const n = tokens.length;
    const times = (this.times = [...input.times].sort((x, y) => x.start - y.start));
    const timeAt = (this.timeAt = new Int32Array(n).fill(-1));
    for (let k = 0, i = 0; k < times.length; k++) {
      while (i < n && tokens[i].end <= times[k].start) i++;
      for (let j = i; j < n && tokens[j].start < times[k].end; j++) timeAt[j] = k;
    }
    this.doc = new Doc(tokens, input.entities, (i) => this.isTime(i));
    this.low = this.doc.low;
    this.n = this.doc.n;
    this.quotes = input.quotes ?? [];
  }

  /** The direct quotation token i stands in, when the quotes pass found one. */
  quoteAt(i: number): Quote | undefined {
    const pos = this.tokens[i]?.start ?? -1;
    return this.quotes.find((q) => q.direct && pos >= q.range.start && pos < q.range.end);
  }

  /** Whether token i lies in a time expression. */
  isTime(i: number): boolean {
    return i >= 0 && i < this.n && this.timeAt[i] >= 0;
  }

  /** The text of tokens [a, b). */
  span(a: number, b: number): TextSpan {
    const start = this.tokens[a].start;
    const end = this.tokens[b - 1].end;
    return { start, end, text: this.text.slice(start, end) };
  }

  isPunct(i: number): boolean {
    return this.tokens[i]?.kind === 'punct';
  }

  isWordLike(i: number): boolean {
    return i < this.n && !this.isPunct(i) && this.tokens[i].kind !== 'symbol';
  }

  isParticiple(i: number): boolean {
    return i < this.n && (/[a-z](ed|en)$/.test(this.low[i]) || IRREGULAR_PAST.has(this.low[i]));
  }

  /** Records a trigger turned down by a named rule (a trap), for `--explain`. */
  reject(rule: string, a: number, b: number): void {
    this.rejected.push({ rule, trigger: this.span(a, b) });
  }
}
