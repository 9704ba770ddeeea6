// World knowledge for entity building: states with their aliases, demonyms and capitals, well-known
// international organizations and their acronyms, and places whose country is known.
// Country names and capitals come from `countries-list`, alternative names from `i18n-iso-countries`
// (both MIT, bundled at build time); demonyms, capitals used as metonyms, organizations and places
// are hand lists.
import { countries as countryList } from 'countries-list';
import enNames from 'i18n-iso-countries/langs/en.json';

export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Short English name, e.g. "United States", "North Korea". */
  name: string;
  capital?: string;
  /** Sovereign state that a territory belongs to (territories are places, not countries). */
  partOf?: string;
}

/** Territories and other non-sovereign areas: their names denote places, not states. */
const TERRITORIES: Record<string, string> = {
  AC: 'GB', AI: 'GB', AQ: '', AS: 'US', AW: 'NL', AX: 'FI', BL: 'FR', BM: 'GB', BQ: 'NL', BV: 'NO',
  CC: 'AU', CK: 'NZ', CW: 'NL', CX: 'AU', EH: '', FK: 'GB', FO: 'DK', GF: 'FR', GG: 'GB', GI: 'GB',
  GL: 'DK', GP: 'FR', GS: 'GB', GU: 'US', HK: 'CN', HM: 'AU', IM: 'GB', IO: 'GB', JE: 'GB', KY: 'GB',
  MF: 'FR', MO: 'CN', MP: 'US', MQ: 'FR', MS: 'GB', NC: 'FR', NF: 'AU', NU: 'NZ', PF: 'FR', PM: 'FR',
  PN: 'GB', PR: 'US', RE: 'FR', SH: 'GB', SJ: 'NO', SX: 'NL', TA: 'GB', TC: 'GB', TF: 'FR', TK: 'NZ',
  UM: 'US', VG: 'GB', VI: 'US', WF: 'FR', YT: 'FR',
};

/** Extra names not in the packages (or spelled differently in news). */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'USA', 'US', 'America', 'United States of America', 'the United States'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  KR: ['Korea', 'Republic of Korea', 'ROK'],
  KP: ['DPRK', "Democratic People's Republic of Korea"],
  RU: ['Russian Federation'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  TR: ['Turkey', 'Turkiye'],
  CZ: ['Czech Republic'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  NL: ['Holland', 'The Netherlands'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  VA: ['Vatican', 'Holy See'],
  CI: ["Cote d'Ivoire", "Côte d'Ivoire"],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  PH: ['the Philippines'],
  BS: ['the Bahamas'],
  GM: ['the Gambia'],
};

/** Capitals as news writes them (the packages' spelling first, then these). */
const EXTRA_CAPITALS: Record<string, string[]> = {
  US: ['Washington', 'Washington D.C.', 'Washington, D.C.'],
  UA: ['Kyiv', 'Kiev'],
  IN: ['New Delhi', 'Delhi'],
  MM: ['Naypyidaw', 'Naypyitaw'],
  IL: ['Jerusalem'],
  ZA: ['Pretoria', 'Cape Town'],
  CI: ['Abidjan', 'Yamoussoukro'],
  BO: ['La Paz', 'Sucre'],
  NL: ['Amsterdam', 'The Hague'],
  TR: ['Ankara'],
  KP: ['Pyongyang'],
  KR: ['Seoul'],
  PS: ['Ramallah'],
  BN: ['Bandar Seri Begawan'],
};

/** Seats of power that, like capitals, stand for their state ("the Kremlin said"). */
const SEATS: Record<string, string[]> = {
  RU: ['Kremlin'],
  US: ['White House'],
  GB: ['Downing Street', 'Whitehall'],
  FR: ['Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace'],
  KR: ['Blue House'],
  CN: ['Zhongnanhai'],
};

/** Capitals too ambiguous to stand for their state (common words or names). */
const AMBIGUOUS_CAPITALS = new Set([
  'Victoria', 'Kingston', 'Georgetown', 'Hamilton', 'Male', 'Saint John', "St. John's", 'Castries',
  'Palikir', 'Apia', 'Basseterre', 'Roseau', 'Funafuti', 'Majuro', 'Melekeok', 'Tarawa',
  'South Tarawa', 'Yaren', 'Avarua', 'Alofi', 'Vaduz', 'Andorra la Vella', 'City of Victoria',
]);

/** Demonyms (adjectives and plural nouns) → ISO code. */
const DEMONYMS: Record<string, string[]> = {
  AF: ['Afghan', 'Afghans'], AL: ['Albanian', 'Albanians'], DZ: ['Algerian', 'Algerians'],
  AO: ['Angolan', 'Angolans'], AR: ['Argentine', 'Argentinian', 'Argentines', 'Argentinians'],
  AM: ['Armenian', 'Armenians'], AU: ['Australian', 'Australians'], AT: ['Austrian', 'Austrians'],
  AZ: ['Azerbaijani', 'Azeri', 'Azerbaijanis'], BH: ['Bahraini', 'Bahrainis'],
  BD: ['Bangladeshi', 'Bangladeshis'], BY: ['Belarusian', 'Belarusians'], BE: ['Belgian', 'Belgians'],
  BO: ['Bolivian', 'Bolivians'], BA: ['Bosnian', 'Bosnians'], BR: ['Brazilian', 'Brazilians'],
  BG: ['Bulgarian', 'Bulgarians'], KH: ['Cambodian', 'Cambodians'], CM: ['Cameroonian', 'Cameroonians'],
  CA: ['Canadian', 'Canadians'], CL: ['Chilean', 'Chileans'], CN: ['Chinese'],
  CO: ['Colombian', 'Colombians'], HR: ['Croatian', 'Croat', 'Croats', 'Croatians'], CU: ['Cuban', 'Cubans'],
  CY: ['Cypriot', 'Cypriots'], CZ: ['Czech', 'Czechs'], DK: ['Danish', 'Dane', 'Danes'],
  EC: ['Ecuadorian', 'Ecuadorians'], EG: ['Egyptian', 'Egyptians'], EE: ['Estonian', 'Estonians'],
  ET: ['Ethiopian', 'Ethiopians'], FI: ['Finnish', 'Finn', 'Finns'], FR: ['French', 'Frenchman'],
  GE: ['Georgian', 'Georgians'], DE: ['German', 'Germans'], GH: ['Ghanaian', 'Ghanaians'],
  GR: ['Greek', 'Greeks'], GT: ['Guatemalan', 'Guatemalans'], HT: ['Haitian', 'Haitians'],
  HN: ['Honduran', 'Hondurans'], HU: ['Hungarian', 'Hungarians'], IS: ['Icelandic', 'Icelanders'],
  IN: ['Indian', 'Indians'], ID: ['Indonesian', 'Indonesians'], IR: ['Iranian', 'Iranians'],
  IQ: ['Iraqi', 'Iraqis'], IE: ['Irish'], IL: ['Israeli', 'Israelis'], IT: ['Italian', 'Italians'],
  JM: ['Jamaican', 'Jamaicans'], JP: ['Japanese'], JO: ['Jordanian', 'Jordanians'],
  KZ: ['Kazakh', 'Kazakhstani', 'Kazakhs'], KE: ['Kenyan', 'Kenyans'], KW: ['Kuwaiti', 'Kuwaitis'],
  KG: ['Kyrgyz'], LA: ['Lao', 'Laotian', 'Laotians'], LV: ['Latvian', 'Latvians'],
  LB: ['Lebanese'], LY: ['Libyan', 'Libyans'], LT: ['Lithuanian', 'Lithuanians'],
  LU: ['Luxembourgish'], MG: ['Malagasy'], MY: ['Malaysian', 'Malaysians'], ML: ['Malian', 'Malians'],
  MT: ['Maltese'], MX: ['Mexican', 'Mexicans'], MD: ['Moldovan', 'Moldovans'],
  MN: ['Mongolian', 'Mongolians'], ME: ['Montenegrin', 'Montenegrins'], MA: ['Moroccan', 'Moroccans'],
  MZ: ['Mozambican', 'Mozambicans'], MM: ['Burmese'], NP: ['Nepali', 'Nepalese'],
  NL: ['Dutch'], NZ: ['New Zealander', 'New Zealanders'], NI: ['Nicaraguan', 'Nicaraguans'],
  NE: ['Nigerien', 'Nigeriens'], NG: ['Nigerian', 'Nigerians'], KP: ['North Korean', 'North Koreans'],
  MK: ['North Macedonian', 'Macedonian'], NO: ['Norwegian', 'Norwegians'], OM: ['Omani', 'Omanis'],
  PK: ['Pakistani', 'Pakistanis'], PS: ['Palestinian', 'Palestinians'], PA: ['Panamanian', 'Panamanians'],
  PY: ['Paraguayan', 'Paraguayans'], PE: ['Peruvian', 'Peruvians'], PH: ['Filipino', 'Philippine', 'Filipinos'],
  PL: ['Polish', 'Pole', 'Poles'], PT: ['Portuguese'], QA: ['Qatari', 'Qataris'],
  RO: ['Romanian', 'Romanians'], RU: ['Russian', 'Russians'], RW: ['Rwandan', 'Rwandans'],
  SA: ['Saudi', 'Saudis', 'Saudi Arabian'], SN: ['Senegalese'], RS: ['Serbian', 'Serb', 'Serbs', 'Serbians'],
  SG: ['Singaporean', 'Singaporeans'], SK: ['Slovak', 'Slovaks'], SI: ['Slovenian', 'Slovene', 'Slovenians'],
  SO: ['Somali', 'Somalis'], ZA: ['South African', 'South Africans'], KR: ['South Korean', 'South Koreans'],
  SS: ['South Sudanese'], ES: ['Spanish', 'Spaniard', 'Spaniards'], LK: ['Sri Lankan', 'Sri Lankans'],
  SD: ['Sudanese'], SE: ['Swedish', 'Swede', 'Swedes'], CH: ['Swiss'], SY: ['Syrian', 'Syrians'],
  TW: ['Taiwanese'], TJ: ['Tajik', 'Tajiks'], TZ: ['Tanzanian', 'Tanzanians'], TH: ['Thai'],
  TN: ['Tunisian', 'Tunisians'], TR: ['Turkish', 'Turk', 'Turks'], TM: ['Turkmen'],
  UG: ['Ugandan', 'Ugandans'], UA: ['Ukrainian', 'Ukrainians'], AE: ['Emirati', 'Emiratis'],
  GB: ['British', 'Briton', 'Britons', 'Brit', 'Brits'], US: ['American', 'Americans'],
  UY: ['Uruguayan', 'Uruguayans'], UZ: ['Uzbek', 'Uzbeks'], VE: ['Venezuelan', 'Venezuelans'],
  VN: ['Vietnamese'], YE: ['Yemeni', 'Yemenis'], ZM: ['Zambian', 'Zambians'], ZW: ['Zimbabwean', 'Zimbabweans'],
  SV: ['Salvadoran', 'Salvadorans'], DO: ['Dominican'], CR: ['Costa Rican', 'Costa Ricans'],
  SR: ['Surinamese'], BT: ['Bhutanese'],
};

export interface Organization {
  name: string;
  aliases: string[];
}

/** Well-known organizations, named by their acronym as often as by their full name. */
const ORGANIZATIONS: Organization[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'North Atlantic Treaty Organization', aliases: ['NATO', 'Nato'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'World Trade Organization', aliases: ['WTO'] },
  { name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC'] },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN', 'Asean'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'International Energy Agency', aliases: ['IEA'] },
  { name: 'Organisation for Economic Co-operation and Development', aliases: ['OECD'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'European Central Bank', aliases: ['ECB'] },
  { name: 'Federal Reserve', aliases: ['Fed'] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'International Court of Justice', aliases: ['ICJ'] },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'] },
  { name: 'Group of 20', aliases: ['G20', 'G-20'] },
  { name: 'World Bank', aliases: [] },
  { name: 'UNESCO', aliases: [] },
  { name: 'UNICEF', aliases: [] },
  { name: 'UN Refugee Agency', aliases: ['UNHCR'] },
  { name: 'World Food Programme', aliases: ['WFP'] },
  { name: 'Federal Bureau of Investigation', aliases: ['FBI'] },
  { name: 'Central Intelligence Agency', aliases: ['CIA'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO'] },
  { name: 'Asia-Pacific Economic Cooperation', aliases: ['APEC'] },
  { name: 'International Olympic Committee', aliases: ['IOC'] },
  { name: 'FIFA', aliases: [] },
  { name: 'UEFA', aliases: [] },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC'] },
  { name: 'Doctors Without Borders', aliases: ['MSF', 'Medecins Sans Frontieres', 'Médecins Sans Frontières'] },
  { name: 'Amnesty International', aliases: [] },
  { name: 'Human Rights Watch', aliases: [] },
  { name: 'Greenpeace', aliases: [] },
  { name: 'World Economic Forum', aliases: ['WEF'] },
  { name: 'International Labour Organization', aliases: ['ILO'] },
  { name: 'UN Development Programme', aliases: ['UNDP'] },
  { name: 'UN Environment Programme', aliases: ['UNEP'] },
  { name: 'Intergovernmental Panel on Climate Change', aliases: ['IPCC'] },
  { name: 'Economic Community of West African States', aliases: ['ECOWAS'] },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'] },
  { name: 'Arab League', aliases: [] },
  { name: 'Interpol', aliases: [] },
  { name: 'Europol', aliases: [] },
  { name: 'BRICS', aliases: [] },
  { name: 'Mercosur', aliases: [] },
  { name: 'NASA', aliases: [] },
  // Armed and political movements, which the tagger may take for persons.
  { name: 'Hamas', aliases: [] },
  { name: 'Hezbollah', aliases: [] },
  { name: 'Taliban', aliases: [] },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL'] },
  { name: 'al-Qaeda', aliases: ['al Qaeda', 'Al Qaeda', 'Al-Qaeda'] },
  // Central banks, often named by one word or their initials.
  { name: 'Bundesbank', aliases: [] },
  { name: 'Bank of England', aliases: ['BoE', 'BOE'] },
  { name: 'Bank of Japan', aliases: ['BOJ', 'BoJ'] },
  { name: "People's Bank of China", aliases: ['PBOC', 'PBoC'] },
  { name: 'Reserve Bank of India', aliases: [] },
  { name: 'Reserve Bank of Australia', aliases: ['RBA'] },
  { name: 'Swiss National Bank', aliases: ['SNB'] },
  { name: 'Bank of Canada', aliases: [] },
  // Widely known companies, often named by one word the tagger may take for a person or a place.
  { name: 'Apple', aliases: [] },
  { name: 'Google', aliases: [] },
  { name: 'Alphabet', aliases: [] },
  { name: 'Microsoft', aliases: [] },
  { name: 'Meta', aliases: [] },
  { name: 'Nvidia', aliases: [] },
  { name: 'Intel', aliases: [] },
  { name: 'OpenAI', aliases: [] },
  { name: 'Samsung', aliases: [] },
  { name: 'Sony', aliases: [] },
  { name: 'Huawei', aliases: [] },
  { name: 'Alibaba', aliases: [] },
  { name: 'Tencent', aliases: [] },
  { name: 'TikTok', aliases: [] },
  { name: 'Instagram', aliases: [] },
  { name: 'WhatsApp', aliases: [] },
  { name: 'ByteDance', aliases: [] },
  { name: 'Netflix', aliases: [] },
  { name: 'Airbnb', aliases: [] },
  { name: 'Uber', aliases: [] },
  { name: 'SpaceX', aliases: [] },
  { name: 'Tesla', aliases: [] },
  { name: 'Boeing', aliases: [] },
  { name: 'Airbus', aliases: [] },
  { name: 'Volkswagen', aliases: ['VW'] },
  { name: 'Toyota', aliases: [] },
  { name: 'BMW', aliases: [] },
  { name: 'Stellantis', aliases: [] },
  { name: 'Ford', aliases: [] },
  { name: 'General Motors', aliases: [] },
  { name: 'Unilever', aliases: [] },
  { name: 'Nestle', aliases: ['Nestlé'] },
  { name: 'Pfizer', aliases: [] },
  { name: 'Shell', aliases: [] },
  { name: 'BP', aliases: [] },
  { name: 'ExxonMobil', aliases: ['Exxon'] },
  { name: 'Gazprom', aliases: [] },
  { name: 'Saudi Aramco', aliases: ['Aramco'] },
  { name: 'Maersk', aliases: [] },
  { name: 'Walmart', aliases: [] },
  { name: 'Barclays', aliases: [] },
  { name: 'HSBC', aliases: [] },
  { name: 'JPMorgan', aliases: ['JPMorgan Chase'] },
  { name: 'Goldman Sachs', aliases: [] },
  { name: 'Reuters', aliases: [] },
  { name: 'Bloomberg', aliases: [] },
];

/**
 * Known names that are also ordinary words or surnames ("Shell", "Meta", "Ford", "Bloomberg"):
 * found only where the tagger marks a name, never by the gazetteer scan.
 */
export const TAGGED_ONLY = new Set(['WHO', 'AU', 'SCO', 'Fed', 'Shell', 'Meta', 'Ford', 'Bloomberg', 'Alphabet', 'Intel']);

/** Places (seas, straits, islands, regions, big cities) with the state they lie in ('' = none). */
const PLACES: Record<string, string> = {
  'East China Sea': '', 'South China Sea': '', 'Yellow Sea': '', 'Sea of Japan': '', 'Black Sea': '',
  'Baltic Sea': '', 'North Sea': '', 'Mediterranean': '', 'Mediterranean Sea': '', 'Red Sea': '',
  'Arabian Sea': '', 'Caspian Sea': '', 'Persian Gulf': '', 'Gulf of Aden': '', 'Strait of Hormuz': '',
  'Taiwan Strait': '', 'Indo-Pacific': '', 'Pacific': '', 'Pacific Ocean': '', 'Atlantic': '',
  'Atlantic Ocean': '', 'Indian Ocean': '', 'Arctic': '', 'Antarctica': '', 'Korean Peninsula': '',
  'Middle East': '', 'Europe': '', 'Asia': '', 'Africa': '', 'Latin America': '', 'Gaza': 'PS',
  'Gaza Strip': 'PS', 'West Bank': 'PS', 'Crimea': 'UA', 'Donbas': 'UA', 'Kashmir': '',
  'Senkaku Islands': 'JP', 'Senkakus': 'JP', 'Nansei Islands': 'JP', 'Okinawa': 'JP',
  'Okinawa Prefecture': 'JP', 'Hokkaido': 'JP', 'Osaka': 'JP', 'Kyoto': 'JP', 'Hiroshima': 'JP',
  'Nagasaki': 'JP', 'Yokohama': 'JP', 'Fukushima': 'JP', 'Shanghai': 'CN', 'Hong Kong': 'CN',
  'Guangzhou': 'CN', 'Shenzhen': 'CN', 'Wuhan': 'CN', 'Xinjiang': 'CN', 'Tibet': 'CN', 'Macau': 'CN',
  'Busan': 'KR', 'New York': 'US', 'New York City': 'US', 'Los Angeles': 'US', 'Chicago': 'US',
  'San Francisco': 'US', 'Hawaii': 'US', 'Guam': 'US', 'California': 'US', 'Texas': 'US',
  'Florida': 'US', 'Alaska': 'US', 'Silicon Valley': 'US', 'Manchester': 'GB', 'Scotland': 'GB',
  'Wales': 'GB', 'England': 'GB', 'Northern Ireland': 'GB', 'Edinburgh': 'GB', 'Birmingham': 'GB',
  'St Petersburg': 'RU', 'St. Petersburg': 'RU', 'Siberia': 'RU', 'Kharkiv': 'UA', 'Odesa': 'UA',
  'Odessa': 'UA', 'Mumbai': 'IN', 'Bengaluru': 'IN', 'Bangalore': 'IN', 'Kolkata': 'IN',
  'Chennai': 'IN', 'Karachi': 'PK', 'Lahore': 'PK', 'Istanbul': 'TR', 'Dubai': 'AE',
  'Sydney': 'AU', 'Melbourne': 'AU', 'Toronto': 'CA', 'Montreal': 'CA', 'Vancouver': 'CA',
  'Rio de Janeiro': 'BR', 'Sao Paulo': 'BR', 'São Paulo': 'BR', 'Johannesburg': 'ZA',
  'Lagos': 'NG', 'Munich': 'DE', 'Frankfurt': 'DE', 'Hamburg': 'DE', 'Milan': 'IT', 'Barcelona': 'ES',
  'Geneva': 'CH', 'Zurich': 'CH', 'Davos': 'CH', 'Marseille': 'FR', 'Lyon': 'FR', 'Rotterdam': 'NL',
  'Ho Chi Minh City': 'VN', 'Mindanao': 'PH', 'Luzon': 'PH', 'Bali': 'ID', 'Sumatra': 'ID',
  'Java': 'ID', 'Borneo': '', 'Tel Aviv': 'IL', 'Mecca': 'SA', 'Jeddah': 'SA', 'Alexandria': 'EG', 'Gold Coast': 'AU',
  'Brisbane': 'AU', 'Perth': 'AU', 'Adelaide': 'AU', 'Auckland': 'NZ',
  // Regions, seats of courts and ports often in the news.
  'The Hague': 'NL', 'Antwerp': 'BE', 'Strasbourg': 'FR', 'Calais': 'FR', 'Normandy': 'FR',
  'Brittany': 'FR', 'Corsica': 'FR', 'Bavaria': 'DE', 'Catalonia': 'ES', 'Andalusia': 'ES', 'Sicily': 'IT',
  'Sardinia': 'IT', 'Lombardy': 'IT', 'Naples': 'IT', 'Gdansk': 'PL', 'Palawan': 'PH', 'Cebu': 'PH', 'Davao': 'PH',
  'Hainan': 'CN', 'Guangdong': 'CN', 'Fujian': 'CN', 'Sichuan': 'CN', 'Da Nang': 'VN', 'Haiphong': 'VN',
  'Kaliningrad': 'RU', 'Punjab': '', 'Balochistan': 'PK', 'Aceh': 'ID', 'Papua': '', 'Sabah': 'MY', 'Sarawak': 'MY',
};

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
  const partOf = TERRITORIES[code];
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
  for (const a of EXTRA_ALIASES[code] ?? []) addCountryName(a, country);
  if (country.partOf !== undefined) continue;
  const capitals = [...(c.capital ? [c.capital] : []), ...(EXTRA_CAPITALS[code] ?? []), ...(SEATS[code] ?? [])];
  for (const cap of capitals) {
    if (!simpleName(cap) && !cap.startsWith('Washington')) continue;
    if (AMBIGUOUS_CAPITALS.has(cap) || countryByName.has(cap)) continue;
    if (country.capital === undefined && !SEATS[code]?.includes(cap)) country.capital = cap;
    if (!countryByCapital.has(cap)) countryByCapital.set(cap, country);
  }
  for (const d of DEMONYMS[code] ?? []) countryByDemonym.set(d, country);
}
for (const org of ORGANIZATIONS) {
  orgByName.set(org.name, org);
  for (const a of org.aliases) orgByName.set(a, org);
}
const placesAsWritten = new Set(Object.keys(PLACES));
// The hand list of places wins over the packages' old names of states ("Gold Coast" for Ghana).
for (const place of placesAsWritten) countryByName.delete(place);
for (const [place, code] of Object.entries(PLACES)) placeCountry.set(lookupKey(place).toLowerCase(), code);
for (const [capital, country] of countryByCapital) if (!placeCountry.has(capital.toLowerCase())) placeCountry.set(capital.toLowerCase(), country.code);

/** First words of every name above, as tokens show them ("U.S.", "People", "Washington"). */
const firstWords = new Set<string>();
for (const names of [countryByName.keys(), countryByDemonym.keys(), countryByCapital.keys(), orgByName.keys(), Object.keys(PLACES)]) {
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
