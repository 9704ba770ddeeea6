// What the parse says about a verb's subject, for the passes' holders and actors where the word
// rules find none: the nominal subject of the verb (or of the verb it hangs on), read as entities.
import type { ParsedSentence } from '../syntax';
import type { Party } from './actors';
import type { Clause } from './clause';

/** Labels through which a verb without a subject of its own shares its head's ("..., rejecting", "and denied"). */
const SHARES_SUBJECT = new Set(['conj', 'advcl', 'xcomp', 'ccomp']);

/**
 * The holder the parse gives for the verb at token i, where the word rules found none: its nominal
 * subject (or, for a participle or coordinated verb, its head's), read as a name, a name in
 * apposition to it ("Voltana's chairman, Paul Kim, ..."), or the noun phrase it heads.
 */
export function parsedSubject(c: Clause, i: number): Party | undefined {
  const p = c.scan.parseAt(c.a);
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
