// The owner of a title the text names no owner with: the one the title's words, a possessive
// pronoun or the sentences around make plain ("Council leader X" → the council named before,
// "his lawyer, X" → the man named before, "Finance Minister X" → the state named nearby).
import type { FoundRole, RoleContext } from './roles';
import { BODY_HEADS, BODY_NOUNS, LOCAL_HEADS, OWNING_BODY_NOUNS, PERSONAL_HEADS, PLACE_NOUNS, STATE_HEADS } from './lexicon';

/** The owner found and the id of the rule that found it, or undefined. */
export function impliedOwner(ctx: RoleContext, first: number, found: FoundRole): { owner: number; ownerRule: string } | undefined {
  const { words, head, complement } = titleWords(found.role);
  // "the minister for Foreign Affairs": a capitalised complement names an owner not found; no guess.
  if (complement) return undefined;
  // "The Australian Olympic Committee's chief executive, X": an owner named but not found is no guess's either.
  if (found.at > 0 && /^['’]s?$/.test(ctx.tokens[found.at - 1].norm)) return undefined;
  const pronoun = found.at > 0 ? ctx.tokens[found.at - 1].norm.toLowerCase() : '';
  const possessive = pronoun === 'his' || pronoun === 'her' || pronoun === 'their' || pronoun === 'its';
  if (possessive && pronoun !== 'its' && PERSONAL_HEADS.has(head)) {
    const person = ctx.lastBefore(found.at, 'person');
    if (person !== undefined) return { owner: person, ownerRule: 'role.owner-person' };
  }
  const named = ownerOfTitleNoun(ctx, first, words);
  if (named !== undefined) return { owner: named, ownerRule: 'role.owner-title-noun' };
  const nearby = ownerNearby(ctx, first, head, pronoun === 'the');
  return nearby !== undefined ? { owner: nearby, ownerRule: 'role.owner-nearby' } : undefined;
}

/** The title's words before its complement, its head, and whether a capitalised complement follows. */
function titleWords(role: string): { words: string[]; head: string; complement: boolean } {
  const all = role.split(' ');
  const of = all.findIndex((w) => w === 'of' || w === 'for');
  const before = of < 0 ? all : all.slice(0, of);
  const complement = of >= 0 && all.slice(of + 1).some((w) => /^[A-Z]/.test(w));
  const words = before.map((w) => w.toLowerCase());
  return { words, head: words[words.length - 1] ?? '', complement };
}

/**
 * "Council leader X", "Club captain X": the organization named before with that noun in its name;
 * "Village president X", "City manager X": the place the text calls a village, else the one named
 * nearby, else the one named last.
 */
function ownerOfTitleNoun(ctx: RoleContext, first: number, words: string[]): number | undefined {
  for (let k = words.length - 2; k >= 0; k--) {
    const w = words[k];
    if (BODY_NOUNS.has(w) || OWNING_BODY_NOUNS.has(w)) {
      const body = ctx.bodyNamed(first, w, true);
      if (body !== undefined) return body;
    } else if (PLACE_NOUNS.has(w) && w !== 'state') return ctx.placeCalled(first, w) ?? ctx.placeNear(first) ?? ctx.placeFor(first);
  }
  return undefined;
}

/**
 * A minister's owner is the country named in the sentence or the one before; a mayor's the place
 * named there, else ("the mayor, X") the one named last; another officer's the organization named
 * in the sentence or the one before.
 */
function ownerNearby(ctx: RoleContext, first: number, head: string, definite: boolean): number | undefined {
  if (STATE_HEADS.has(head)) return ctx.countryFor(first);
  if (LOCAL_HEADS.has(head)) return ctx.placeNear(first) ?? (definite ? ctx.placeFor(first) : undefined);
  return BODY_HEADS.has(head) ? ctx.organizationFor(first) : undefined;
}

/** True when a place may own the title: local offices ("mayor"), heads of regions ("chief minister"), a title naming a place ("village president"). */
export function placeOwns(role: string): boolean {
  const words = role.toLowerCase().split(' ');
  const last = words[words.length - 1];
  const regional = last === 'minister' && (words[words.length - 2] === 'chief' || words[words.length - 2] === 'first');
  return LOCAL_HEADS.has(last) || regional || words.some((w) => PLACE_NOUNS.has(w) && w !== 'state');
}
