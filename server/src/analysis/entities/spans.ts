// Pass: the tagger's spans in order, names it broke in two joined again, and for each token inside
// a tagged body or MISC name the span holding it (so world knowledge keeps longer tagged names).
import type { NerSpan } from '../ner';
import { type EntityContext, normText } from './context';
import { FUNCTION_WORDS, LEGAL_FORMS, ORG_HEADS, PLACE_HEADS } from './lexicon';
import { worldKnown } from './names';

export function orderSpansPass(ctx: EntityContext): void {
  const { tokens, n, text } = ctx;
  const sorted = ctx.spans
    .filter((s) => Number.isInteger(s.firstToken) && Number.isInteger(s.endToken) && s.endToken > s.firstToken)
    .sort((x, y) => x.firstToken - y.firstToken);
  // A name the tagger broke in two: "Mistral" (MISC) + "AI" (ORG) is one organization; a first name
  // + one word of another type, "Luis" (PER) + "Montenegro" (LOC), one person.
  const ordered: NerSpan[] = [];
  for (const sp of sorted) {
    const prev = ordered[ordered.length - 1];
    // (Not across a line break: "EASTERN DIVISION" above "CLEVELAND 80 53" is a table's heading.)
    const adjacent =
      prev !== undefined &&
      prev.endToken === sp.firstToken &&
      sp.firstToken > 0 &&
      sp.firstToken < n &&
      tokens[sp.firstToken].spaceBefore &&
      !text.slice(tokens[sp.firstToken - 1].end, tokens[sp.firstToken].start).includes('\n');
    // (Not an adjective before the name: "Boston-based", "Communist-led".)
    if (
      adjacent &&
      prev.type === 'MISC' &&
      sp.type === 'ORG' &&
      !worldKnown(normText(ctx, prev.firstToken, prev.endToken)) &&
      !/-\p{Ll}+$/u.test(tokens[prev.endToken - 1].norm)
    ) {
      ordered[ordered.length - 1] = { firstToken: prev.firstToken, endToken: sp.endToken, type: 'ORG' };
    } else if (adjacent && prev.type === 'PER' && prev.endToken - prev.firstToken === 1 && sp.type !== 'PER' && sp.endToken - sp.firstToken === 1) {
      ordered[ordered.length - 1] = { firstToken: prev.firstToken, endToken: sp.endToken, type: 'PER' };
    } else if (prev !== undefined && prev.type === 'ORG' && sp.type === 'ORG' && commaJoinedByAcronym(ctx, prev.firstToken, sp.firstToken, sp.endToken)) {
      ordered[ordered.length - 1] = { firstToken: prev.firstToken, endToken: sp.endToken, type: 'ORG' };
      ctx.commaInName.add(sp.firstToken - 1);
    } else if (prev !== undefined && bodyNameWithAnd(ctx, prev, sp)) {
      ordered[ordered.length - 1] = { firstToken: prev.firstToken, endToken: sp.endToken, type: 'ORG' };
      ctx.joinedAt.set(prev.firstToken, 'kind.body-name-with-and');
    } else if (prev !== undefined && placeOfName(ctx, prev, sp)) {
      ordered[ordered.length - 1] = { firstToken: prev.firstToken, endToken: sp.endToken, type: 'LOC' };
      ctx.joinedAt.set(prev.firstToken, 'kind.place-head-of-name');
    } else ordered.push(sp);
  }
  ctx.ordered = ordered;
  // A longer body or event the tagger named around a known name keeps it: "New York Stock
  // Exchange", "Los Angeles Dodgers", "the Hong Kong Open"; so does a team named for its city.
  for (const sp of ordered) {
    if (sp.type !== 'ORG' && sp.type !== 'MISC') continue;
    for (let k = Math.max(0, sp.firstToken); k < Math.min(n, sp.endToken); k++) {
      ctx.taggedFirst[k] = sp.firstToken;
      ctx.taggedEnd[k] = sp.endToken;
      ctx.taggedOrg[k] = sp.type === 'ORG' ? 1 : 0;
    }
  }
}

/**
 * "Irish Business" + "and" + "Employers Confederation": two bodies' spans around "and", the second
 * ending in a body's head word, the first of several words without one and no name of its own
 * (not known, never tagged alone elsewhere; not "Tesco and Unilever Group"), are one body's name.
 */
function bodyNameWithAnd(ctx: EntityContext, prev: NerSpan, sp: NerSpan): boolean {
  const { tokens } = ctx;
  if (
    prev.type !== 'ORG' ||
    sp.type !== 'ORG' ||
    prev.endToken - prev.firstToken < 2 ||
    sp.firstToken !== prev.endToken + 1 ||
    prev.firstToken < 0 ||
    sp.endToken > ctx.n
  )
    return false;
  if (tokens[prev.endToken].norm !== 'and' || !ORG_HEADS.has(tokens[sp.endToken - 1].norm)) return false;
  const last = tokens[prev.endToken - 1].norm;
  if (ORG_HEADS.has(last) || LEGAL_FORMS.has(last) || LEGAL_FORMS.has(last.toLowerCase()) || LEGAL_FORMS.has(last.toUpperCase())) return false;
  const first = normText(ctx, prev.firstToken, prev.endToken);
  return (
    !worldKnown(first) &&
    !worldKnown(normText(ctx, sp.firstToken, sp.endToken)) &&
    ctx.spans.filter((s) => s.firstToken >= 0 && s.endToken <= ctx.n && normText(ctx, s.firstToken, s.endToken) === first).length === 1
  );
}

/** "Gulf" + "of" + "Finland": a place's head word, "of", then a place or state, as two spans. */
function placeOfName(ctx: EntityContext, prev: NerSpan, sp: NerSpan): boolean {
  const { tokens } = ctx;
  if (sp.firstToken !== prev.endToken + 1 || sp.type !== 'LOC' || prev.type === 'PER' || prev.endToken - prev.firstToken !== 1) return false;
  if (prev.firstToken < 0 || sp.endToken > ctx.n) return false;
  return tokens[prev.endToken].norm === 'of' && PLACE_HEADS.has(tokens[prev.firstToken].norm);
}

/**
 * Two names split by one comma, [a, comma) and [comma + 1, b), and an acronym in brackets right
 * after that spells the initials of the whole: "Ministry of Economy, Trade and Industry (METI)".
 */
function commaJoinedByAcronym(ctx: EntityContext, a: number, second: number, b: number): boolean {
  const { tokens, n } = ctx;
  if (
    a < 0 ||
    second < a + 2 ||
    b <= second ||
    b + 2 >= n ||
    tokens[second - 1].norm !== ',' ||
    b + 2 >= n ||
    tokens[b].norm !== '(' ||
    tokens[b + 2].norm !== ')'
  )
    return false;
  let initials = '';
  for (let k = a; k < b; k++) {
    if (k === second - 1) continue;
    const w = tokens[k].norm;
    if (!FUNCTION_WORDS.has(w.toLowerCase())) initials += w[0];
  }
  return initials.length >= 3 && initials === tokens[b + 1].norm.replace(/\./g, '');
}
