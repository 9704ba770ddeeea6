// Tests on names as strings and tokens: capitals, acronyms, headlines in capitals, look-up keys.
import type { Token } from '../types';
import { JOINERS, SMALL_WORDS } from './lexicon';
import * as world from './world';

export function isUpperInitial(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && s[0] !== s[0].toLowerCase());
}

export function isAcronym(s: string): boolean {
  // Cheap test first: two capitals or a capital and a dot ("UN", "U.N.").
  const c0 = s.charCodeAt(0);
  const c1 = s.charCodeAt(1);
  if (!(c0 >= 65 && c0 <= 90) || !((c1 >= 65 && c1 <= 90) || c1 === 46)) return false;
  return /^[A-Z][A-Z.&-]*[A-Z0-9]\.?$/.test(s) && s.replace(/[^A-Z]/g, '').length >= 2;
}

/** A token that can continue a multi-word name. */
export function nameLike(t: Token): boolean {
  return (t.kind === 'word' && isUpperInitial(t.text)) || JOINERS.has(t.norm) || t.kind === 'number';
}

/** A state, demonym, capital or known place. */
export function worldKnown(name: string): boolean {
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  // Cheap rejection: no known name starts with this plain word ("the", curly quotes and dashes are
  // left to the full look-up, which normalises them).
  if (first !== 'the' && first !== 'The' && !world.mayStartName(first) && /^[A-Za-z.'&-]+$/.test(first)) return false;
  const info = world.lookup(name);
  return !!(info.country || info.demonym || info.capitalOf || info.place);
}

/** Capitals only, three letters or more: a word of a headline in capitals, not an acronym like "US". */
export function isShouting(s: string): boolean {
  if (s.length < 3) return false;
  const c1 = s.charCodeAt(1);
  if (c1 >= 97 && c1 <= 122) return false; // "Japan": the common case, decided without allocating
  return s.indexOf('.') < 0 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** "RIO DE JANEIRO" → "Rio de Janeiro": capitalised words, small joining words lower-case. */
export function titleCase(s: string): string {
  if (isAscii(s)) return asciiTitleCase(s.toLowerCase());
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L}+)/gu, (all: string, sep: string, word: string) =>
      sep && SMALL_WORDS.has(word) ? all : sep + word[0].toUpperCase() + word.slice(1),
    );
}

/** titleCase of lower-case ASCII without the regular expression: each letter run after the start, a space or a hyphen capitalised. */
function asciiTitleCase(lower: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    if (!isAsciiLetter(lower.charCodeAt(i)) || (i > 0 && !isAsciiSeparator(lower.charCodeAt(i - 1)))) continue;
    let e = i + 1;
    while (e < lower.length && isAsciiLetter(lower.charCodeAt(e))) e++;
    if (i === 0 || !SMALL_WORDS.has(lower.slice(i, e))) {
      out += lower.slice(from, i) + lower[i].toUpperCase();
      from = i + 1;
    }
    i = e - 1;
  }
  return out + lower.slice(from);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

const isAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;
/** ASCII white space (as \s matches it) or a hyphen. */
const isAsciiSeparator = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 45;

/** World knowledge about a name, and when it is in capitals and unknown, about its title case. */
export function lookupWritten(name: string): world.WorldInfo {
  const info = world.lookup(name);
  if (isShouting(name) && !info.country && !info.demonym && !info.organization && !info.place) return world.lookup(titleCase(name));
  return info;
}

export function placeKey(name: string): string {
  const k = world.lookupKey(name).toLowerCase();
  // "Senkaku Islands" = "Senkakus".
  const m = /^(.*) islands$/.exec(k);
  return 'P:' + (m ? m[1] + 's' : k);
}

export function organizationKey(name: string): string {
  return 'O:' + world.lookupKey(name).toLowerCase();
}
