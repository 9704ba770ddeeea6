// Pass: organizations merged. "Indo-Pacific Command" = "US Indo-Pacific Command"; "Acme" = "Acme
// Foods"; "Commission" = "European Commission"; a known firm named by one word joins a fuller name
// the article gives first ("Samsung Electronics ... Samsung shares").
import { type Cand, type EntityContext, note } from './context';
import * as world from './world';

/** Where names merge: first word, last word, name without a leading state, each to a cluster key. */
interface NameIndex {
  /** The name without a leading state ("US", "Japanese") → key. */
  byWords: Map<string, string>;
  firstWord: Map<string, string>;
  /** Where the fuller name of each first word is first named. */
  firstWordAt: Map<string, number>;
  /** The organization whose name ends with a word ("Commission"), '' when several do. */
  lastWord: Map<string, string>;
}

export function mergeOrganizationsPass(ctx: EntityContext): void {
  const { tokens } = ctx;
  // Known firms named by one word join a fuller name the article gives ("Samsung" = "Samsung Electronics").
  const orgs = ctx.mentions.filter((c) => c.kind === 'organization' && !c.user && (!c.known || (c.end - c.first === 1 && c.known === tokens[c.first].norm)));
  /** Each mention's words, lower-cased. */
  const wordsOf = orgs.map((c) => {
    const ws: string[] = [];
    for (let k = c.first; k < c.end; k++) ws.push(tokens[k].norm.toLowerCase());
    return ws;
  });
  const index = indexNames(ctx, orgs, wordsOf);
  // "Baltic" where the article names both "Baltic Cable Watch" and the "Baltic Sea": no short name.
  const placeFirstWords = new Set<string>();
  for (const c of ctx.mentions) {
    if ((c.kind === 'place' || c.kind === 'country') && c.end - c.first >= 2) placeFirstWords.add(tokens[c.first].norm.toLowerCase());
  }
  for (const w of placeFirstWords) index.firstWord.delete(w);
  dropPlaceWordModifiers(ctx, placeFirstWords);
  /** Known one-word names decided by their first mention. */
  const decided = new Set<string>();
  /** Key → the key of the fuller name it merges into (one step: fuller names are not remapped), and the rule. */
  const remap = new Map<string, { to: string; rule: string }>();
  for (let m = 0; m < orgs.length; m++) {
    const c = orgs[m];
    const ws = wordsOf[m];
    // A known firm joins a fuller name only when that was named first ("Samsung Electronics ... Samsung
    // shares"), not a fuller name named after it ("Google ... Google DeepMind").
    if (c.known) {
      if (decided.has(c.key)) continue;
      decided.add(c.key);
      if ((index.firstWordAt.get(ws[0]) ?? Infinity) > c.start) continue;
    }
    const target = mergeTarget(index, ws);
    if (target && target.to !== c.key && !remap.has(target.to)) remap.set(c.key, target);
  }
  shortNamesTaggedPersons(ctx, index);
  for (const c of orgs) {
    const r = remap.get(c.key);
    if (!r) continue;
    c.key = r.to;
    note(c, r.rule);
  }
}

/**
 * "Nordic and Baltic ministers": a one-word "organization" that starts a place's name the article
 * gives ("Baltic Sea") and stands before a lower-case word is that place's adjective, no body
 * (rule `skip.place-word-modifier`: no entity is left to record it).
 */
function dropPlaceWordModifiers(ctx: EntityContext, placeFirstWords: Set<string>): void {
  const { tokens, n } = ctx;
  const modifier = (c: Cand): boolean =>
    c.kind === 'organization' &&
    c.end - c.first === 1 &&
    !c.user &&
    !c.known &&
    c.end < n &&
    placeFirstWords.has(tokens[c.first].norm.toLowerCase()) &&
    /^\p{Ll}/u.test(tokens[c.end].text);
  if (ctx.mentions.some(modifier)) ctx.mentions = ctx.mentions.filter((c) => !modifier(c));
}

/**
 * "Rovers manager X" with "Kestrel Rovers" named: a one-word "person" that is the last word of an
 * organization's name (and of no person's full name) is that organization (kind.org-short-name).
 */
function shortNamesTaggedPersons(ctx: EntityContext, index: NameIndex): void {
  const { tokens } = ctx;
  for (const c of ctx.mentions) {
    if (c.kind !== 'person' || c.end - c.first !== 1 || c.user) continue;
    const w = tokens[c.first].norm;
    const to = index.lastWord.get(w.toLowerCase());
    if (!to || ctx.personSpanWords.has(w) || ctx.personWords.has(w)) continue;
    c.kind = 'organization';
    c.key = to;
    note(c, 'kind.org-short-name');
  }
}

function mergeTarget(index: NameIndex, ws: string[]): { to: string; rule: string } | undefined {
  const to = index.byWords.get(ws.join(' '));
  if (to) return { to, rule: 'merge.org-without-state' };
  if (ws.length !== 1) return undefined;
  const first = index.firstWord.get(ws[0]);
  if (first) return { to: first, rule: 'merge.org-first-word' };
  const last = index.lastWord.get(ws[0]);
  if (last) return { to: last, rule: 'merge.org-last-word' };
  return undefined;
}

function indexNames(ctx: EntityContext, orgs: Cand[], wordsOf: string[][]): NameIndex {
  const { tokens } = ctx;
  const index: NameIndex = { byWords: new Map(), firstWord: new Map(), firstWordAt: new Map(), lastWord: new Map() };
  orgs.forEach((c, m) => {
    const ws = wordsOf[m];
    if (ws.length < 2) return;
    if (!index.firstWord.has(ws[0])) {
      index.firstWord.set(ws[0], c.key);
      index.firstWordAt.set(ws[0], c.start);
    }
    const prev = index.lastWord.get(ws[ws.length - 1]);
    index.lastWord.set(ws[ws.length - 1], prev === undefined || prev === c.key ? c.key : '');
    // The name without a leading state ("US", "Japanese"): the same organization.
    let head = tokens[c.first].norm;
    for (let cut = 1; cut < ws.length; cut++) {
      if (cut > 1) head += ' ' + tokens[c.first + cut - 1].norm;
      if (!world.countryByNameOf(head) && !world.countryByDemonymOf(head)) break;
      const rest = ws.slice(cut).join(' ');
      if (!index.byWords.has(rest)) index.byWords.set(rest, c.key);
    }
  });
  return index;
}
