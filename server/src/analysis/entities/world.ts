// World knowledge for entity building: states with their aliases, demonyms and capitals, well-known
// international organizations and their acronyms, and places whose country is known.
// Country names and capitals come from `countries-list`, alternative names from `i18n-iso-countries`
// (both MIT, bundled at build time); what news adds to them (aliases, demonyms, capitals as news
// writes them, seats of power, territories), organizations and places are the hand-kept data files
// of `data/`, entries shaped as the user's entities and read by the same loader.
import { countries as countryList } from 'countries-list';
import enNames from 'i18n-iso-countries/langs/en.json';
import type { UserEntity } from '../types';
import countryData from './data/countries.json';
import organizationData from './data/organizations.json';
import placeData from './data/places.json';
import { loadEntries } from './entries';

export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Short English name, e.g. "United States", "North Korea". */
  name: string;
  capital?: string;
  /** Sovereign state that a territory belongs to (territories are places, not countries). */
  partOf?: string;
}

/** What news adds to a state or territory of the packages, by its ISO code. */
interface CountryEntry extends UserEntity {
  code: string;
  /** Sovereign state a territory belongs to ('' = none): territories are places, not countries. */
  partOf?: string;
  /** Adjectives and plural nouns ("Japanese", "Britons"). */
  demonyms?: string[];
  /** Capitals as news writes them, after the packages' spelling. */
  capitals?: string[];
  /** Seats of power that, like capitals, stand for their state ("the Kremlin said"). */
  seats?: string[];
  /** Capitals too ambiguous to stand for their state (common words or names). */
  ambiguousCapitals?: string[];
}

interface OrganizationEntry extends UserEntity {
  /** Names that are also ordinary words or surnames: found only where the tagger marks a name. */
  taggedOnly?: string[];
}

interface PlaceEntry extends UserEntity {
  /** ISO code of the state it lies in (none for seas, regions across borders). */
  country?: string;
}

const countryEntries = new Map(loadEntries<CountryEntry>(countryData).map((e) => [e.entry.code, e]));
const organizationEntries = loadEntries<OrganizationEntry>(organizationData);
const placeEntries = loadEntries<PlaceEntry>(placeData);

export interface Organization {
  name: string;
  aliases: string[];
}

/**
 * Known names that are also ordinary words or surnames ("Shell", "Meta", "Ford", "Bloomberg"):
 * found only where the tagger marks a name, never by the gazetteer scan.
 */
export const TAGGED_ONLY: ReadonlySet<string> = new Set(organizationEntries.flatMap((e) => e.entry.taggedOnly ?? []));

// ---------------------------------------------------------------------------------------------
// Indexes

const byCode = new Map<string, Country>();
const countryByName = new Map<string, Country>();
const countryByDemonym = new Map<string, Country>();
const countryByCapital = new Map<string, Country>();
const orgByName = new Map<string, Organization>();
const placeCountry = new Map<string, string>();

function simpleName(s: string): boolean {
  return !/[,()]/.test(s);
}

for (const [code, c] of Object.entries(countryList) as [string, { name: string; capital?: string; alias?: string[] }][]) {
  const partOf = countryEntries.get(code)?.entry.partOf;
  const country: Country = { code, name: c.name };
  if (partOf !== undefined) country.partOf = partOf;
  byCode.set(code, country);
}

function addCountryName(name: string, country: Country): void {
  const key = name.replace(/^the\s+/i, '');
  if (!countryByName.has(key)) countryByName.set(key, country);
}

for (const country of byCode.values()) {
  const { code } = country;
  const c = (countryList as Record<string, { name: string; capital?: string; alias?: string[] }>)[code];
  addCountryName(country.name, country);
  for (const a of c.alias ?? []) if (simpleName(a)) addCountryName(a, country);
  const en = (enNames.countries as Record<string, string | string[]>)[code];
  for (const a of en === undefined ? [] : Array.isArray(en) ? en : [en]) if (simpleName(a)) addCountryName(a, country);
  const extra = countryEntries.get(code);
  // (The entry's own name is the package's, added first.)
  for (const a of extra?.names ?? []) addCountryName(a, country);
  if (country.partOf !== undefined) continue;
  const seats = extra?.entry.seats ?? [];
  const ambiguous = extra?.entry.ambiguousCapitals ?? [];
  const capitals = [...(c.capital ? [c.capital] : []), ...(extra?.entry.capitals ?? []), ...seats];
  for (const cap of capitals) {
    if (!simpleName(cap) && !cap.startsWith('Washington')) continue;
    if (ambiguous.includes(cap) || countryByName.has(cap)) continue;
    if (country.capital === undefined && !seats.includes(cap)) country.capital = cap;
    if (!countryByCapital.has(cap)) countryByCapital.set(cap, country);
  }
  for (const d of extra?.entry.demonyms ?? []) countryByDemonym.set(d, country);
}
for (const { names } of organizationEntries) {
  const org: Organization = { name: names[0], aliases: names.slice(1) };
  for (const name of names) orgByName.set(name, org);
}
const placesAsWritten = new Set(placeEntries.flatMap((p) => p.names));
// The hand list of places wins over the packages' old names of states ("Gold Coast" for Ghana).
for (const place of placesAsWritten) countryByName.delete(place);
for (const { names, entry } of placeEntries) for (const name of names) placeCountry.set(lookupKey(name).toLowerCase(), entry.country ?? '');
for (const [capital, country] of countryByCapital) if (!placeCountry.has(capital.toLowerCase())) placeCountry.set(capital.toLowerCase(), country.code);

/** First words of every name above, as tokens show them ("U.S.", "People", "Washington"). */
const firstWords = new Set<string>();
for (const names of [countryByName.keys(), countryByDemonym.keys(), countryByCapital.keys(), orgByName.keys(), placesAsWritten]) {
  for (const name of names) {
    for (const sep of [/\s/, /[\s,]/, /[\s,']/, /[\s,'.]/]) firstWords.add(name.split(sep)[0]);
  }
}

/** False when no name that world knowledge holds starts with this token (a cheap first filter). */
export function mayStartName(token: string): boolean {
  return firstWords.has(token);
}

/** Removes a leading "the" and normalises quotes, dashes and spaces, as names are looked up. */
export function lookupKey(name: string): string {
  let plain = true;
  for (let i = 0; i < name.length && plain; i++) {
    const c = name.charCodeAt(i);
    // Curly quotes, dashes, white space other than single inner spaces.
    if (c < 32 || (c >= 0x2010 && c <= 0x2019) || c === 0x2bc || c === 0xa0) plain = false;
    else if (c === 32 && (i === 0 || i === name.length - 1 || name.charCodeAt(i + 1) === 32)) plain = false;
  }
  if (plain) return name.startsWith('the ') || name.startsWith('The ') ? name.slice(4) : name;
  return name
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '');
}

/** Everything world knowledge says about one name, looked up at once. */
export interface WorldInfo {
  /** The state it names (territories excluded). */
  country?: Country;
  /** The state its demonym stands for. */
  demonym?: Country;
  /** The state whose capital (or seat of power) it is. */
  capitalOf?: Country;
  organization?: Organization;
  /** A listed place or a capital, as written. */
  place: boolean;
}

export function lookup(name: string): WorldInfo {
  const key = lookupKey(name);
  const c = countryByName.get(key);
  const capitalOf = countryByCapital.get(key);
  return {
    country: c && c.partOf === undefined ? c : undefined,
    demonym: countryByDemonym.get(key),
    capitalOf,
    organization: orgByName.get(key),
    // Territories ("Hong Kong", "Greenland") are places.
    place: capitalOf !== undefined || placesAsWritten.has(key) || c?.partOf !== undefined,
  };
}

/** The state a name denotes ("US", "the United States", "Britain"), territories excluded. */
export function countryByNameOf(name: string): Country | undefined {
  const c = countryByName.get(lookupKey(name));
  return c && c.partOf === undefined ? c : undefined;
}

export function countryByDemonymOf(word: string): Country | undefined {
  return countryByDemonym.get(lookupKey(word));
}

export function countryByCapitalOf(name: string): Country | undefined {
  return countryByCapital.get(lookupKey(name));
}

export function countryByCode(code: string): Country | undefined {
  return byCode.get(code);
}

export function organizationByName(name: string): Organization | undefined {
  return orgByName.get(lookupKey(name));
}

/** The state a place lies in, when world knowledge says (capitals, territories, the hand list). */
export function countryOfPlace(name: string): Country | undefined {
  const key = lookupKey(name);
  const code = placeCountry.get(key.toLowerCase());
  if (code !== undefined) return code ? byCode.get(code) : undefined;
  const territory = countryByName.get(key);
  if (territory?.partOf) return byCode.get(territory.partOf);
  return undefined;
}

/** True when world knowledge lists `name`, as written, as a place (sea, island group, region, city). */
export function isKnownPlace(name: string): boolean {
  return lookup(name).place;
}

/** Longest number of tokens in any multi-word name above (bounds look-ups over token windows). */
export const MAX_NAME_TOKENS = 6;
