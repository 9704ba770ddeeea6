// Cues around a name that the passes consult: scores and fixtures, dates, appositions naming a body,
// a capital acting for its state, what the tagger typed elsewhere, a headline's evidence.
import { POSSESSIVE } from '../lexicon/common';
import { isCalendarWord, WEEKDAYS } from '../text/calendar';
import type { MentionForm } from '../types';
import { add, byRule, type EntityContext, low, normText } from './context';
import { AFTER_BODY_NOUN, AUX, BODY_NOUNS, CITY_NOUNS, DETERMINER_A, OBJECT_PREV, PLACE_PREV, SUBJECT_PREV, WEEKDAY_SHORT } from './lexicon';
import { isShouting, isUpperInitial, titleCase, worldKnown } from './names';
import * as world from './world';

/** A score or a fixture after tokens [a, b): "Chicago 4", "CHICAGO 71 64", "Chicago at Toronto". */
export function teamCue(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens, n } = ctx;
  if (b >= n) return false;
  if (tokens[b].kind === 'number')
    return /^\d{1,3}$/.test(tokens[b].norm) && !(b + 1 < n && /^(%|percent|per|years?|km|miles|people|times)$/.test(low(ctx, b + 1)));
  const next = low(ctx, b);
  return (next === 'at' || next === 'v' || next === 'vs' || next === 'vs.') && b + 1 < n && isUpperInitial(tokens[b + 1].text) && ctx.sentenceStart[a] === 1;
}

/** A month's name or short form, in any case, with or without its dot ("Feb.", "june"). */
export function isMonthWord(w: string): boolean {
  const lower = w.toLowerCase();
  return isCalendarWord(lower) && !WEEKDAYS.has(lower);
}

/** "Feb." or "March 3" or "Tuesday": a date's word, not a name ("May said" stays a name). */
export function isDateWord(ctx: EntityContext, i: number): boolean {
  const w = ctx.tokens[i].norm;
  const lower = w.toLowerCase();
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (WEEKDAY_SHORT.has(bare) || WEEKDAYS.has(bare)) return true;
  return isMonthWord(w) && (w.endsWith('.') || (i + 1 < ctx.n && ctx.tokens[i + 1].kind === 'number'));
}

/**
 * "Japan-US", "US-China", "EU-Mercosur": one mention per state (`kind.hyphen-states`) or known body
 * (`kind.hyphen-bodies`) inside the token, when every part is one. Returns true when found.
 */
export function hyphenCountries(ctx: EntityContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t.norm.indexOf('-') <= 0) return false;
  const parts = t.norm.split('-');
  if (parts.length < 2 || parts.length > 4) return false;
  const found: (world.Country | world.Organization)[] = [];
  for (const p of parts) {
    const c = world.countryByNameOf(p) ?? world.countryByDemonymOf(p) ?? world.organizationByName(p);
    if (!c) return false;
    found.push(c);
  }
  let offset = t.start;
  for (let k = 0; k < parts.length; k++) {
    const c = found[k];
    const at = { first: i, end: i + 1, start: offset, stop: offset + parts[k].length };
    if ('code' in c) {
      const form: MentionForm = world.countryByNameOf(parts[k]) ? 'name' : 'demonym';
      add(ctx, { ...at, kind: 'country', form, key: 'C:' + c.code, known: c.name, why: byRule('kind.hyphen-states') });
    } else add(ctx, { ...at, kind: 'organization', form: 'name', key: 'O:' + c.name.toLowerCase(), known: c.name, why: byRule('kind.hyphen-bodies') });
    offset += parts[k].length + 1;
  }
  return true;
}

/** "X, the Canadian auto union" / "X, a German insurer" / "X, Google's parent": an apposition naming a body follows token i. */
export function bodyApposition(ctx: EntityContext, i: number): boolean {
  const { tokens, n } = ctx;
  if (low(ctx, i + 1) !== ',') return false;
  let from = i + 2;
  if (DETERMINER_A.has(low(ctx, from))) from++;
  else {
    // "X, Google's parent": a name's possessive before the noun.
    let j = from;
    while (j < Math.min(n, from + 3) && tokens[j].kind === 'word' && isUpperInitial(tokens[j].text)) j++;
    if (j === from || j >= n || !POSSESSIVE.has(tokens[j].norm)) return false;
    from = j + 1;
  }
  for (let k = from; k < Math.min(n, from + 4); k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    const w = t.norm.toLowerCase();
    if (BODY_NOUNS.has(w)) return k + 1 >= n || tokens[k + 1].kind === 'punct' || AFTER_BODY_NOUN.has(low(ctx, k + 1));
    if (isUpperInitial(t.text) && !world.countryByDemonymOf(t.norm) && !w.endsWith('-based')) return false;
  }
  return false;
}

/** True when a local noun ("council", "residents", "Metropolitan Police") follows within three words. */
function cityNounWithin(ctx: EntityContext, i: number): boolean {
  for (let k = i; k < Math.min(ctx.n, i + 3) && ctx.tokens[k].kind === 'word'; k++) if (CITY_NOUNS.has(low(ctx, k))) return true;
  return false;
}

/** A capital as subject, possessor or agent stands for its state; after in/at/to/from it is the place. */
export function actsForState(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens, n } = ctx;
  if (isShouting(normText(ctx, a, b))) return false; // dateline "TOKYO -"
  const next = b < n ? tokens[b] : undefined;
  if (next && next.norm === '(') return false;
  if (next && next.norm === ',' && b + 1 < n && (isMonthWord(tokens[b + 1].norm) || tokens[b + 1].kind === 'number')) return false;
  // The word before, over an article ("at the White House").
  const p = low(ctx, a - 1) === 'the' ? a - 2 : a - 1;
  const prev = low(ctx, p);
  if (PLACE_PREV.has(prev)) return false;
  // "Beijing's stance" is the state's; "London's firefighters", "Lisbon's city council" the city's.
  if (next && POSSESSIVE.has(next.norm)) return !cityNounWithin(ctx, b + 1);
  // The second of a pair goes as the first: "contacted both Kyiv and Moscow", "in Seoul and Tokyo".
  if (prev === 'and' || prev === 'or' || prev === ',') {
    const before = ctx.candEndingAt.get(p - 1);
    if (before) return before.kind === 'country' && before.form === 'name';
  }
  // Object or agent: "contacted Kyiv", "urged Seoul", "condemned by Beijing".
  if (OBJECT_PREV.has(prev) || /^[a-z]+ed$/.test(prev)) return true;
  const subjectSlot = p < 0 || ctx.sentenceStart[p + 1] === 1 || SUBJECT_PREV.has(prev);
  if (!next) return false;
  const nw = next.norm.toLowerCase();
  if ((nw === 'and' || nw === 'or' || nw === ',') && b + 1 < n) {
    // "Beijing and Moscow have ..." (a coordinated subject) — the partner decides.
    const partner = normText(ctx, b + 1, b + 2);
    if (nw === ',' && (partner === 'which' || partner === 'who')) return subjectSlot; // "Beijing, which ..."
    return subjectSlot && (world.countryByCapitalOf(partner) !== undefined || world.countryByNameOf(partner) !== undefined);
  }
  if (next.kind === 'word' && !isUpperInitial(next.text)) {
    // "Beijing has", "Moscow warned", "Seoul wants" — not "Tokyo residents".
    if (AUX.has(nw) || /ed$/.test(nw)) return true;
    return subjectSlot && !CITY_NOUNS.has(nw);
  }
  return false;
}

/** One word the tagger typed each time as a person: twice, or once beside a full name holding it. */
export function taggedPerson(ctx: EntityContext, w: string): boolean {
  const t = ctx.loneTypes.get(w);
  return t !== undefined && t.other === 0 && (t.person >= 2 || ctx.personSpanWords.has(w));
}

/** A name the tagger marked alone somewhere. */
function taggedAlone(ctx: EntityContext, name: string): boolean {
  if (!ctx.spanNames) {
    const names = new Set<string>();
    for (const sp of ctx.spans) {
      if (sp.firstToken >= 0 && sp.endToken <= ctx.n && sp.endToken > sp.firstToken && sp.endToken - sp.firstToken <= world.MAX_NAME_TOKENS)
        names.add(normText(ctx, sp.firstToken, sp.endToken));
    }
    ctx.spanNames = names;
  }
  return ctx.spanNames.has(name);
}

/** Tokens [a, b) as a name known or tagged alone elsewhere. */
export function strongName(ctx: EntityContext, a: number, b: number): boolean {
  const name = normText(ctx, a, b);
  return worldKnown(name) || world.organizationByName(name) !== undefined || taggedAlone(ctx, name);
}

/** Tokens [a, b) as a name of its own: known, tagged alone elsewhere, or several capitalised words. */
export function standsAlone(ctx: EntityContext, a: number, b: number): boolean {
  if (strongName(ctx, a, b)) return true;
  if (b - a < 2) return false;
  for (let k = a; k < b; k++) {
    const w = ctx.tokens[k];
    if (w.kind !== 'word' || !isUpperInitial(w.text)) return false;
  }
  return true;
}

/** A headline's name whose capitalised words the body also capitalises, or that world knowledge holds. */
export function headlineName(ctx: EntityContext, a: number, b: number): boolean {
  const name = normText(ctx, a, b);
  if (worldKnown(name) || world.organizationByName(name) || (isShouting(name) && worldKnown(titleCase(name)))) return true;
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'word' && isUpperInitial(t.text) && !ctx.bodyCaps.has(t.norm.toLowerCase())) return false;
  }
  return true;
}
