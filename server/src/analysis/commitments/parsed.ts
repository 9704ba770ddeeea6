// A sentence's dependency parse as the commitment and stance rules read it, in the document's token
// indexes: which verb a coordinated verb shares its subject with, whether a clause is reported ("X
// said it would ...", "..., the agency said"), and a verb's subject read as entities. Asked for only
// by a rule that needs it (the parse is computed on demand); where there is no parse the rules keep
// to their word windows.
import type { ParsedSentence } from '../syntax';
import type { Party } from './actors';
import type { Clause } from './clause';
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

/** Labels through which a verb without a subject of its own shares its head's ("..., rejecting", "and denied"). */
const SHARES_SUBJECT = new Set(['conj', 'advcl', 'xcomp', 'ccomp']);

/**
 * The holder the parse gives for the verb at token i, where the word rules found none: its nominal
 * subject (or, for a participle or coordinated verb, its head's), read as a name, a name in
 * apposition to it ("Voltana's chairman, Paul Kim, ..."), or the noun phrase it heads.
 */
export function parsedSubject(c: Clause, i: number): Party | undefined {
  const p = c.scan.parses?.of(c.si);
  if (!p) return undefined;
  const n = p.words.length;
  const tok = (w: number): number => c.a + p.tokenOf[w];
  let verb = -1;
  for (let w = 0; w < n && verb < 0; w++) if (tok(w) === i) verb = w;
  for (let hop = 0; verb >= 0 && hop < 3; hop++) {
    let subj = -1;
    for (let w = 0; w < n && subj < 0; w++) if (p.heads[w] === verb + 1 && p.deprels[w] === 'nsubj') subj = w;
    if (subj >= 0) return subjectParty(c, p, subj, tok);
    if (!SHARES_SUBJECT.has(p.deprels[verb]) || p.heads[verb] === 0) return undefined;
    verb = p.heads[verb] - 1;
  }
  return undefined;
}

/** The party of a subject word: its mention, a name in apposition to it, or its noun phrase resolved. */
function subjectParty(c: Clause, p: ParsedSentence, subj: number, tok: (w: number) => number): Party | undefined {
  const { doc } = c.scan;
  const named = (w: number): Party | undefined => {
    const m = doc.mention(tok(w));
    const ids = m?.ids.filter((id) => doc.isActor(id)) ?? [];
    return ids.length ? { ids, plural: ids.length > 1, start: m!.first, end: m!.end, via: 'actor.name' } : undefined;
  };
  const own = named(subj);
  // A place with a body in apposition is a dateline read as the subject: "OSLO, May 3 - Norway's Supreme Court ...".
  if (own && !own.ids.every((id) => doc.kindOf(id) === 'place')) return own;
  for (let w = 0; w < p.words.length; w++) {
    const appos = p.heads[w] === subj + 1 && p.deprels[w] === 'appos' ? named(w) : undefined;
    if (appos) return appos;
  }
  if (own) return own;
  let lo = subj;
  for (let w = subj - 1; w >= 0 && w > subj - 6 && p.heads[w] === subj + 1; w--) lo = w;
  const party = doc.resolveNP(tok(lo), tok(subj) + 1, c);
  return party && party.ids.length ? party : undefined;
}
