// The sentence scope the trigger rules read: its token range, its time expressions, the condition
// clauses in it, the speaker of its quotation and the last subject found in it. Opened once per
// sentence and passed to every rule, so no rule keeps state of its own.
import type { Modality, TextSpan, TimeExpression } from '../types';
import type { Party, Voice } from './actors';
import { BE, CONDITION_WORDS, FUTURE_MODALS, NEGATORS, REPORT_VERBS, VERB_GROUP } from './lexicon';
import { SentenceParse } from './parsed';
import type { Scan } from './scan';

/** A condition clause: tokens [start, end) opened by `word`, and the rule naming it. */
interface Condition {
  start: number;
  end: number;
  rule: string;
}

const PAST_TIME = /\b(last|ago|yesterday|earlier|previous|past)\b/i;

export class Clause implements Voice {
  /** The last subject found in the sentence, for VP coordination ("... and urged"). */
  subject: Party | undefined;
  /** Modal tokens a commitment verb's that-clause already used ("agreed that X will ..."). */
  readonly consumed = new Set<number>();
  readonly conds: Condition[];
  /** The sentence's parse, once a rule asked for it (null: asked, none to be had). */
  private parsed: SentenceParse | null | undefined;

  constructor(
    readonly scan: Scan,
    /** The sentence's tokens [a, b). */
    readonly a: number,
    readonly b: number,
    /** Its time expressions, in text order. */
    readonly times: TimeExpression[],
    /** Who speaks in its quotation, for "we" and "I". */
    readonly speaker: string[],
    /** The sentence's index, for its parse. */
    readonly si = -1,
  ) {
    this.conds = conditionSpans(scan, a, b);
  }

  /** The sentence's parse (computed on the first call), or undefined when there is none. */
  parse(): SentenceParse | undefined {
    if (this.parsed === undefined) {
      const p = this.scan.parses?.of(this.si);
      this.parsed = p ? new SentenceParse(p, this.a, this.b - this.a) : null;
    }
    return this.parsed ?? undefined;
  }

  /** Voice: the start of the verb group a coordinated verb at token p is joined to, from the parse. */
  coordinatedVerbStart(p: number): number | undefined {
    return this.parse()?.coordinatedVerbStart(p);
  }

  /** The subject of the verb at token p; it becomes the sentence's subject when resolved. */
  subjectOf(p: number): Party | undefined {
    const sub = this.scan.doc.subjectBefore(p, this.a, this);
    if (sub && sub.ids.length) this.subject = sub;
    return sub;
  }

  /** The subject of the verb at token p with `outer` as the sentence's subject ("... and said Minsk would"). */
  subjectWith(p: number, outer: Party | undefined): Party | undefined {
    return this.scan.doc.subjectBefore(p, this.a, { subject: outer, speaker: this.speaker, coordinatedVerbStart: (q) => this.coordinatedVerbStart(q) });
  }

  inCond(i: number): boolean {
    return this.conds.some((c) => i >= c.start && i < c.end);
  }

  /** The first condition clause starting after token i, else the sentence's end. */
  condStartAfter(i: number): number {
    let best = this.b;
    for (const c of this.conds) if (c.start > i && c.start < best) best = c.start;
    return best;
  }

  /** Next clause boundary after token `from` (for deadlines that follow the action). */
  clauseEndAfter(from: number): number {
    const { low } = this.scan;
    const stop = this.condStartAfter(from);
    let k = from;
    while (k < this.b && k < stop && !(this.scan.isPunct(k) && (low[k] === ',' || low[k] === ';' || low[k] === '.'))) k++;
    return k;
  }

  /** The rule of a condition binding the undertaking (subject at `subjectStart`, trigger, action end), if any. */
  condition(subjectStart: number, trigger: number, end: number): string | undefined {
    const { low } = this.scan;
    let clauseEnd = this.clauseEndAfter(end);
    // "will study it and will then, if need be, challenge it": the condition is the second future's.
    for (let k = end; k < clauseEnd; k++) if ((low[k] === 'and' || low[k] === 'but') && FUTURE_MODALS.has(low[k + 1])) clauseEnd = k;
    const c = this.conds.find(
      ({ start: x, end: y }) => low[x] !== 'whether' && ((x >= trigger && x <= clauseEnd + 1) || (y <= subjectStart && subjectStart - y <= 2)),
    );
    return c?.rule;
  }

  /** Conditional when a condition binds it, else `base`; the deciding rule goes on `why`. */
  modality(subjectStart: number, trigger: number, end: number, base: Modality, rule: string, why: string[]): Modality {
    const cond = this.condition(subjectStart, trigger, end);
    why.push(cond ?? rule);
    return cond ? 'conditional' : base;
  }

  /** Is token i preceded (within its verb group) by a negation? */
  negatedBefore(i: number): boolean {
    const { low } = this.scan;
    for (let k = i - 1; k >= this.a && k >= i - 3; k--) {
      if (NEGATORS.has(low[k]) && low[k] !== 'no') return true;
      if (!(BE.has(low[k]) || VERB_GROUP.has(low[k]))) break;
    }
    return false;
  }

  /** The token after a time expression starting at j ("agreed on Tuesday to ..."), else j. */
  skipTime(j: number): number {
    const { tokens } = this.scan;
    const at = tokens[j]?.start ?? -1;
    const t = this.times.find((x) => x.start === at);
    if (!t) return j;
    let k = j;
    while (k < this.b && tokens[k].start < t.end) k++;
    return k;
  }

  /** The first time expression in [from, to) (character offsets) that is no past time. */
  deadline(from: number, to: number): TextSpan | undefined {
    for (const t of this.times) {
      if (t.start < from) continue;
      if (t.end > to) break;
      if (PAST_TIME.test(t.text)) continue;
      return { start: t.start, end: t.end, text: t.text };
    }
    return undefined;
  }

  /** "By 2030, the country will ...": a deadline opening the sentence before the subject. */
  leadingDeadline(before: number): TextSpan | undefined {
    const t = this.times.find((x) => x.end <= before && /^(by|before|within|no later than)\b/i.test(x.text));
    return t && { start: t.start, end: t.end, text: t.text };
  }
}

/** Condition clauses in [from, to): token ranges a trigger inside is not asserted in. */
function conditionSpans(scan: Scan, from: number, to: number): Condition[] {
  const { low, tokens } = scan;
  const out: Condition[] = [];
  for (let k = from; k < to; k++) {
    const w = low[k];
    let open = false;
    let word = w;
    if (CONDITION_WORDS.has(w)) {
      open = true;
      if ((w === 'until' || w === 'till') && (scan.isTime(k + 1) || tokens[k + 1]?.kind === 'number')) open = false;
      if (w === 'once' && (low[k + 1] === 'again' || low[k + 1] === 'more' || (low[k + 1] === 'a' && /^(day|week|month|year|decade)$/.test(low[k + 2] ?? ''))))
        open = false;
      if (w === 'provided' && low[k - 1] !== ',' && low[k + 1] !== 'that') open = false;
    } else if (w === 'subject' && low[k + 1] === 'to') {
      open = true;
      word = 'subject-to';
    } else if (w === 'as' && low[k + 1] === 'long' && low[k + 2] === 'as') {
      open = !(low[k + 4] === 'takes' || low[k + 3] === 'necessary' || low[k + 3] === 'needed');
      word = 'as-long-as';
    }
    if (!open) continue;
    const start = low[k - 1] === 'only' || low[k - 1] === 'even' ? k - 1 : k;
    const atClauseStart = k === from || ['', ',', 'and', 'but', 'that', ';', '"'].includes(low[k - 1] ?? '');
    let end = k + 1;
    while (end < to && !(low[end] === ';' || (atClauseStart && low[end] === ','))) end++;
    out.push({ start, end, rule: 'modality.conditional-' + word });
    k = end - 1;
  }
  return out;
}

/**
 * The speaker of a quotation in sentence `si` (or one whose attribution follows in the next
 * sentence): '"We will ...," the minister said', 'said Lee', 'Lee said: "..."'. `previous` is the
 * last sentence's speaker ("we" in the attribution itself).
 */
export function quoteSpeaker(scan: Scan, sentences: { firstToken: number; endToken: number }[], si: number, previous: string[]): string[] {
  const { low, doc, n } = scan;
  const s = sentences[si];
  let quotes = 0;
  for (let i = s.firstToken; i < Math.min(n, s.endToken); i++) if (low[i] === '"') quotes++;
  if (!quotes) return [];
  const voice: Voice = { subject: undefined, speaker: previous };
  for (const sent of [s, sentences[si + 1]]) {
    if (!sent) break;
    const x = sent.firstToken;
    const y = Math.min(n, sent.endToken);
    let inside = sent === s ? false : quotes % 2 === 1;
    for (let i = x; i < y; i++) {
      if (low[i] === '"') {
        inside = !inside;
        continue;
      }
      if (inside || !REPORT_VERBS.has(low[i]) || doc.isCapitalized(i)) continue;
      // "said Ms. Lee" / "Lee said"
      let e = i + 1;
      while (e < y && e < i + 8 && !scan.isPunct(e) && !doc.isVerbish(e)) e++;
      const after = e > i + 1 ? doc.resolveNP(i + 1, e, voice) : undefined;
      if (after && after.ids.length) return after.ids;
      const before = doc.subjectBefore(i, x, voice);
      if (before && before.ids.length) return before.ids;
    }
  }
  return [];
}
