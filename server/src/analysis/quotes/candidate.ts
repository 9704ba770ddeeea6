// A quote found, before its speaker is resolved: where it stands, and where its attribution names the
// speaker (a token range), or that it continues the quote before it.
import type { Span, TextSpan } from '../types';

export interface Candidate {
  range: Span;
  direct: boolean;
  /** Tokens [from, to) of the speaker phrase. */
  speaker?: [number, number];
  trigger?: TextSpan;
  why: string[];
}
