// A sentence's dependency parse as the commitment rules read it, in the document's token indexes:
// which verb a coordinated verb shares its subject with, and whether a clause is reported ("X said
// it would ...", "..., the agency said"). Asked for only by a rule that needs it (the parse is
// computed on demand); where there is no parse the rules keep to their word windows.
import type { ParsedSentence } from '../syntax';
import { REPORT_VERBS } from './lexicon';

const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'csubj']);

export class SentenceParse {
  /** Document token → its first UD word (-1: none). */
  private readonly wordAt: Int32Array;
  private readonly kids: number[][];

  constructor(
    private readonly p: ParsedSentence,
    /** The document index of the sentence's first token. */
    private readonly base: number,
    tokens: number,
  ) {
    this.wordAt = new Int32Array(tokens).fill(-1);
    for (let w = p.tokenOf.length - 1; w >= 0; w--) this.wordAt[p.tokenOf[w]] = w;
    this.kids = p.words.map(() => []);
    p.heads.forEach((h, w) => h > 0 && this.kids[h - 1].push(w));
  }

  /** The word of document token i, or -1. */
  word(i: number): number {
    const t = i - this.base;
    return t >= 0 && t < this.wordAt.length ? this.wordAt[t] : -1;
  }

  /** The document token of word w. */
  token(w: number): number {
    return this.base + this.p.tokenOf[w];
  }

  private head(w: number): number {
    return this.p.heads[w] - 1;
  }

  private rel(w: number): string {
    return this.p.deprels[w];
  }

  /** A finite verb by its own form ("urged"), not by an auxiliary ("would release"). */
  private finite(w: number): boolean {
    return this.p.feats[w].includes('VerbForm=Fin');
  }

  /** The verb an auxiliary word w belongs to ("would" in "would appeal"), else w. */
  private verb(w: number): number {
    return w >= 0 && (this.rel(w) === 'aux' || this.rel(w) === 'aux:pass') ? this.head(w) : w;
  }

  /** Whether word w is a past participle (tagged so: "flown", "withdrawn"). */
  participle(w: number): boolean {
    return w >= 0 && this.p.feats[w].includes('VerbForm=Part');
  }

  /** The verb a coordinated word w is joined to ("... regretted the ruling and would challenge it": regretted), or -1. */
  private coordinatedWith(w: number): number {
    if (w < 0 || this.rel(w) !== 'conj') return -1;
    let h = this.head(w);
    while (h >= 0 && this.rel(h) === 'conj') h = this.head(h);
    // "said the force would release images and urged ...": a finite verb joined to an infinitive
    // is joined to the finite verb above it.
    if (h >= 0 && this.finite(w) && !this.finite(h)) for (let up = this.head(h); up >= 0; up = this.head(up)) if (this.finite(up)) return up;
    return h;
  }

  /**
   * For a coordinated verb at document token i with no subject of its own: the token where the verb
   * group it is joined to starts (its first auxiliary), whose subject it shares; else undefined.
   */
  coordinatedVerbStart(i: number): number | undefined {
    const w = this.verb(this.word(i));
    if (w < 0 || this.kids[w].some((k) => SUBJECTS.has(this.rel(k)))) return undefined;
    const h = this.coordinatedWith(w);
    if (h < 0 || h >= w) return undefined;
    let first = h;
    for (const k of this.kids[h]) if ((this.rel(k) === 'aux' || this.rel(k) === 'aux:pass') && k < first) first = k;
    return this.token(first);
  }

  /**
   * The reporting verb of the clause whose verb is at document token i: "X said (that) it would
   * ..." (the clause under "said"), "... and would ..." joined to such a clause, or "..., the agency
   * said" (a report hanging on the clause). Its document token, or undefined.
   */
  reportingVerb(i: number): number | undefined {
    let w = this.verb(this.word(i));
    if (w < 0) return undefined;
    for (let up = this.coordinatedWith(w); up >= 0; up = this.coordinatedWith(w)) w = up;
    const h = this.head(w);
    if (h >= 0 && (this.rel(w) === 'ccomp' || this.rel(w) === 'parataxis') && this.isReport(h)) return this.token(h);
    for (const k of this.kids[w]) {
      if (k > w && (this.rel(k) === 'parataxis' || this.rel(k) === 'advcl' || this.rel(k) === 'ccomp') && this.isReport(k) && this.hasSubject(k))
        return this.token(k);
    }
    return undefined;
  }

  private isReport(w: number): boolean {
    return REPORT_VERBS.has(this.p.words[w].toLowerCase());
  }

  private hasSubject(w: number): boolean {
    return this.kids[w].some((k) => SUBJECTS.has(this.rel(k)));
  }
}
