// Pass: one name, one kind. Persons' names fix what the tagger typed inconsistently ("Santos" of
// "Dorival Santos" tagged as an organization is the person; "Acme" of "Acme Foods" tagged as a
// person is the firm), and a name mentioned several times takes the kind its cues vote for.
import { POSSESSIVE } from '../lexicon/common';
import type { EntityKind } from '../types';
import { type Cand, type EntityContext, low, normText, note } from './context';
import { bodyApposition } from './cues';
import {
  BODY_NOUNS,
  EDGE_NOUNS,
  FIRM_NOUNS,
  HOLDING_NOUNS,
  HONORIFICS,
  LEGAL_FORMS,
  LOCAL_NOUNS,
  ORG_HEADS,
  PERSON_NOUNS,
  PLACE_AFTER,
  PAIR_PREPOSITIONS,
  PLACE_NOUNS,
  TRAVEL_VERBS,
} from './lexicon';
import { isUpperInitial, organizationKey, placeKey, worldKnown } from './names';
import { isTitleHead } from './roles';
import * as world from './world';

export function personWordsPass(ctx: EntityContext): void {
  const { tokens, cands } = ctx;
  // (A word the tagger mostly names alone as a place or body is no person's: "Chechnya" seven times
  // against one "Lebed Chechnya" of a headline.)
  const personWords = new Set<string>();
  const inPersonNames = new Map<string, number>();
  const aloneNotPerson = new Map<string, number>();
  for (const c of cands) {
    if (c.kind === 'person' && c.end - c.first >= 2) {
      for (let k = c.first; k < c.end; k++) {
        const w = tokens[k].norm;
        if (w.length < 3) continue;
        personWords.add(w);
        inPersonNames.set(w, (inPersonNames.get(w) ?? 0) + 1);
      }
    } else if (c.end - c.first === 1 && (c.kind === 'place' || c.kind === 'organization') && !c.user && c.form === 'name') {
      const w = tokens[c.first].norm;
      aloneNotPerson.set(w, (aloneNotPerson.get(w) ?? 0) + 1);
    }
  }
  for (const [w, alone] of aloneNotPerson) if (alone >= 3 && alone > 2 * (inPersonNames.get(w) ?? 0)) personWords.delete(w);
  ctx.personWords = personWords;
  addressedPersons(ctx);
  namedAfterBodyNoun(ctx);
  const orgFirstWords = new Set<string>();
  for (const c of cands) if (c.kind === 'organization' && c.end - c.first >= 2) orgFirstWords.add(tokens[c.first].norm);
  for (const c of cands) {
    if (c.end - c.first !== 1 || c.known || c.user || c.form !== 'name') continue;
    const w = tokens[c.first].norm;
    if ((c.kind === 'organization' || c.kind === 'place') && personWords.has(w) && !world.isKnownPlace(w)) {
      c.kind = 'person';
      c.key = '';
      note(c, 'kind.person-name-word');
    } else if (c.kind === 'person' && orgFirstWords.has(w) && !personWords.has(w)) {
      c.kind = 'organization';
      c.key = 'O:' + w.toLowerCase();
      note(c, 'kind.org-first-word');
    }
  }
}

/**
 * "Chidi Okafor" tagged as a body where the text also says "Mr Okafor": a name of two or three
 * capitalised words, no body's head word, ending in a surname a title of address names, is a
 * person (kind.addressed-surname).
 */
function addressedPersons(ctx: EntityContext): void {
  const { tokens } = ctx;
  const addressed = new Set<string>();
  for (const c of ctx.cands) if (c.kind === 'person' && c.first > 0 && HONORIFICS.has(low(ctx, c.first - 1))) addressed.add(tokens[c.end - 1].norm);
  if (addressed.size === 0) return;
  for (const c of ctx.cands) {
    const n = c.end - c.first;
    if (c.kind !== 'organization' || n < 2 || n > 3 || c.known || c.user || !addressed.has(tokens[c.end - 1].norm)) continue;
    let plain = true;
    for (let k = c.first; k < c.end; k++)
      if (!isUpperInitial(tokens[k].text) || ORG_HEADS.has(tokens[k].norm) || LEGAL_FORMS.has(tokens[k].norm)) plain = false;
    if (!plain) continue;
    c.kind = 'person';
    c.key = '';
    note(c, 'kind.addressed-surname');
    for (let k = c.first; k < c.end; k++) ctx.personWords.add(tokens[k].norm);
  }
}

/**
 * "the Danish insurer Nordhavn Forsikring", "Residents' group Stille Tage" tagged as a person: a
 * name of several words right after a body's noun in lower case is the body (kind.body-noun-before).
 */
function namedAfterBodyNoun(ctx: EntityContext): void {
  const { tokens } = ctx;
  for (const c of ctx.cands) {
    if (c.kind !== 'person' || c.end - c.first < 2 || c.user || c.first < 1) continue;
    const prev = tokens[c.first - 1];
    if (prev.kind !== 'word' || isUpperInitial(prev.text) || !BODY_NOUNS.has(prev.norm)) continue;
    c.kind = 'organization';
    c.key = organizationKey(normText(ctx, c.first, c.end));
    note(c, 'kind.body-noun-before');
  }
}

interface Votes {
  organization: number;
  place: number;
  person: number;
}

/**
 * A name mentioned several times is one kind throughout, by votes over its mentions: the tagger's
 * type, and cues around each mention — a firm's ("Tesla shares", "Acme's chief executive",
 * "analysts at Barclays", "Halden AG", "X said in a statement", "the German retailer X"), a
 * place's ("Islington council", "the province of X", the dateline), a person's ("Mr Ortiz",
 * "coach Ortiz"). A lone word without a first name or a title is a weak person ("Napoli" typed a
 * person twice and an organization once is the club). Names of several words are only moved
 * between organization and place.
 */
export function voteNameKindsPass(ctx: EntityContext): void {
  const { tokens, cands: list } = ctx;
  const votes = new Map<string, Votes>();
  const nameOf = list.map((c) => {
    if (c.known || c.user || c.team || c.form !== 'name' || c.kind === 'country') return '';
    if (c.end - c.first > 1) return c.kind === 'person' || c.end - c.first > world.MAX_NAME_TOKENS ? '' : normText(ctx, c.first, c.end).toLowerCase();
    const w = tokens[c.first].norm;
    return ctx.personWords.has(w) || worldKnown(w) ? '' : w.toLowerCase();
  });
  list.forEach((c, idx) => {
    const name = nameOf[idx];
    if (!name) return;
    let v = votes.get(name);
    if (!v) votes.set(name, (v = { organization: 0, place: 0, person: 0 }));
    vote(ctx, c, v);
  });
  list.forEach((c, idx) => {
    const v = nameOf[idx] ? votes.get(nameOf[idx]) : undefined;
    if (!v) return;
    // (Several words are only moved between organization and place: a title before "the official
    // Iraqi News Agency" is no vote for a place.)
    const person = c.end - c.first > 1 ? 0 : v.person;
    const kind: EntityKind = v.organization >= v.place && v.organization >= person ? 'organization' : v.place >= person ? 'place' : 'person';
    if (kind === c.kind) return;
    const name = normText(ctx, c.first, c.end);
    c.kind = kind;
    c.key = kind === 'organization' ? organizationKey(name) : kind === 'place' ? placeKey(name) : '';
    note(c, 'kind.vote');
  });
}

/**
 * A person's cue in everyday reports: "The victim, Priya,", "her neighbour, Callum,", "named
 * locally as Priya", "a man named Tom" (rule `kind.vote` records the decision).
 */
function namedAsPerson(ctx: EntityContext, i: number, e: number): boolean {
  const prev = low(ctx, i - 1);
  // (Written in lower case: "SHEARER NAMED AS ENGLAND CAPTAIN" is a headline's.)
  if (i < 1 || ctx.tokens[i - 1].text !== prev) return false;
  if (prev === 'named' || (prev === 'as' && (low(ctx, i - 2) === 'named' || low(ctx, i - 3) === 'named'))) return true;
  return prev === ',' && PERSON_NOUNS.has(low(ctx, i - 2)) && (low(ctx, e) === ',' || low(ctx, e) === '.');
}

/**
 * A place's cue in everyday text (besides a place's noun after it, "the Moyale border crossing",
 * `PLACE_AFTER`, which counts more): "on the edge of Bradford", "travel to
 * Aberdeen", "in Sheffield or Hull" (one word, a place on the other side of "and" or "or", after "in", "at", "from", "near", "to").
 */
function placeCue(ctx: EntityContext, c: Cand): boolean {
  const i = c.first;
  const prev = low(ctx, i - 1);
  if ((prev === 'of' && EDGE_NOUNS.has(low(ctx, i - 2))) || (prev === 'to' && TRAVEL_VERBS.has(low(ctx, i - 2)))) return true;
  // A pair after a place's preposition: "in Lisbon and Porto", "at its plants in Sheffield or Hull" (one word each).
  if (c.end - c.first !== 1) return false;
  if (prev === 'and' || prev === 'or') {
    const partner = ctx.candEndingAt.get(i - 2);
    return partner?.kind === 'place' && PAIR_PREPOSITIONS.has(low(ctx, partner.first - 1));
  }
  const next = low(ctx, c.end);
  if ((next !== 'and' && next !== 'or') || !PAIR_PREPOSITIONS.has(prev)) return false;
  return ctx.cands.find((o) => o.first === c.end + 1)?.kind === 'place';
}

/** One mention's votes: the cues around it, and the kind it has. */
function vote(ctx: EntityContext, c: Cand, v: Votes): void {
  const { tokens } = ctx;
  const i = c.first;
  const e = c.end;
  const prev = low(ctx, i - 1);
  const after = POSSESSIVE.has(tokens[e]?.norm ?? '') ? e + 1 : e;
  const firmNoun = FIRM_NOUNS.has(low(ctx, after)) || (low(ctx, after) === 'chief' && low(ctx, after + 1) === 'executive'); // not "X's chief minister"
  if (
    LEGAL_FORMS.has(tokens[e]?.norm ?? '') ||
    firmNoun ||
    bodyApposition(ctx, e - 1) ||
    (low(ctx, e) === 'said' && low(ctx, e + 1) === 'in' && low(ctx, e + 3) === 'statement')
  )
    v.organization += 2;
  else if ((prev === 'in' || prev === 'of') && HOLDING_NOUNS.has(low(ctx, i - 2))) v.organization += 2;
  else if (low(ctx, e) === 'declined' && low(ctx, e + 1) === 'to' && low(ctx, e + 2) === 'comment') v.organization += 1;
  else if (prev === 'at' && i >= 2 && isTitleHead(low(ctx, i - 2))) v.organization += 2;
  else if (BODY_NOUNS.has(prev) && !isUpperInitial(tokens[i - 1].text)) v.organization += 2;
  else if (PLACE_AFTER.has(low(ctx, e))) v.place += 3;
  else if (LOCAL_NOUNS.has(low(ctx, e)) || (prev === 'of' && PLACE_NOUNS.has(low(ctx, i - 2))) || placeCue(ctx, c)) v.place += 2;
  else if (HONORIFICS.has(prev) || isTitleHead(prev)) v.person += 2;
  else if (namedAsPerson(ctx, i, e)) v.person += 3;
  if (ctx.datelinePlace && c.start === ctx.datelinePlace.start) v.place += 3; // "BRISBANE, Australia -" names a place
  if (c.kind === 'organization') v.organization += 1;
  else if (c.kind === 'place') v.place += 1;
  else v.person += 0.4;
}
