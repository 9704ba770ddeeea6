// A generator of distinct synthetic news articles for the index bench: each article is built from
// its own seed, drawing people, bodies, countries, cities, actions, deadlines and sentence shapes,
// so 10,000 articles share vocabulary (as a real archive does) but no two are the same text.
// About 3 KB each. Written from scratch for News Lens; no corpus text.
import { mulberry32 } from './random';

const FIRST =
  'Anna Paul Maria Tomas Leila Omar Grace Henrik Sofia Ivan Amara Kenji Lucia Rafael Nadia Pieter Ines Mateo Yusuf Hana Elena Samuel Farah Jonas Mei Carlos Aisha Viktor Clara Diego'.split(
    ' ',
  );
const LAST =
  'Grech Lindqvist Okafor Moreau Castell Haddad Novak Tanaka Silva Brennan Kowalski Mensah Duarte Virtanen Rahman Costa Weber Nakamura Adeyemi Petrov Horvat Bianchi Larsen Ferreira Kaya Mwangi Olsen Varga Ruiz Stein'.split(
    ' ',
  );
const ROLES = [
  'Prime Minister',
  'Finance Minister',
  'Foreign Minister',
  'Energy Minister',
  'Health Minister',
  'Transport Minister',
  'Interior Minister',
  'central bank governor',
  'chief executive',
  'mayor',
];
const COUNTRIES =
  'Malta Norway Kenya Chile Portugal Vietnam Ghana Finland Peru Poland Morocco Indonesia Canada Ireland Jordan Senegal Uruguay Estonia Tunisia Colombia'.split(
    ' ',
  );
const DEMONYMS: Record<string, string> = {
  Malta: 'Maltese',
  Norway: 'Norwegian',
  Kenya: 'Kenyan',
  Chile: 'Chilean',
  Portugal: 'Portuguese',
  Vietnam: 'Vietnamese',
  Ghana: 'Ghanaian',
  Finland: 'Finnish',
  Peru: 'Peruvian',
  Poland: 'Polish',
  Morocco: 'Moroccan',
  Indonesia: 'Indonesian',
  Canada: 'Canadian',
  Ireland: 'Irish',
  Jordan: 'Jordanian',
  Senegal: 'Senegalese',
  Uruguay: 'Uruguayan',
  Estonia: 'Estonian',
  Tunisia: 'Tunisian',
  Colombia: 'Colombian',
};
const CITIES =
  'VALLETTA OSLO NAIROBI SANTIAGO LISBON HANOI ACCRA HELSINKI LIMA WARSAW RABAT JAKARTA OTTAWA DUBLIN AMMAN DAKAR MONTEVIDEO TALLINN TUNIS BOGOTA'.split(' ');
const BODY_HEADS = ['Ministry of', 'National Agency for', 'Council for', 'Authority for', 'Institute of'];
const BODY_TAILS = [
  'Energy',
  'Water Resources',
  'Ports',
  'Public Health',
  'Digital Services',
  'Rail Transport',
  'Fisheries',
  'Housing',
  'Climate Policy',
  'Trade',
];
const COMPANIES = [
  'Nordlys Energy',
  'Harbourline Group',
  'Sahel Telecom',
  'Andes Copper',
  'Baltic Rail',
  'Coral Shipping',
  'Meridian Bank',
  'Solaris Grid',
  'Kestrel Airways',
  'Tidewater Foods',
];
const AGENCIES = ['Reuters', 'AP', 'AFP'];
const ACTIONS = [
  'build a new ferry terminal at the northern port',
  'cut fuel subsidies for fishing fleets',
  'open twelve new rural clinics',
  'raise the minimum wage by 6 percent',
  'publish the audit of the rail contracts',
  'hire 400 extra teachers',
  'close the last coal plant',
  'sign a water-sharing agreement with its neighbour',
  'lower the tax on small businesses',
  'expand the metro line to the airport',
  'repay the emergency loan',
  'hold a referendum on the new constitution',
  'ban single-use plastics in markets',
  'double the budget for flood defences',
  'privatise the state airline',
  'connect every school to broadband',
  'review the licences of offshore wind farms',
  'invest 2 billion euros in the power grid',
  'withdraw troops from the border region',
  'reform the pension system',
];
const TIMES = [
  'by the end of the year',
  'within 90 days',
  'next month',
  'by 2030',
  'in the spring',
  'before Christmas',
  'by the end of next year',
  'within two years',
  'next week',
  'by March',
  'in the first half of next year',
  'by mid-2027',
];
const MODALS = ['would', 'will', 'plans to', 'may', 'could', 'pledged to', 'promised to', 'is expected to'];
const STANCES = ['condemned', 'welcomed', 'criticised', 'supported', 'voiced concern over', 'urged a review of'];
const TOPICS = [
  'the budget',
  'the port deal',
  'the strike',
  'the election timetable',
  'the border dispute',
  'the energy plan',
  'the fishing quotas',
  'the court ruling',
];
const FILLERS = [
  'Analysts said the measure would weigh on public finances for several years.',
  'Opposition lawmakers called the timetable unrealistic.',
  'Unions said they would watch the plan closely.',
  'The announcement came after weeks of protests in the capital.',
  'Officials did not give further details.',
  'Markets were little changed after the statement.',
];
/** Background sentences with slots: {P} a person, {C} a country, {N} a number, {T} a topic, {B} a company. */
const BACKGROUND = [
  '{P}, a former adviser to the ministry, said the figures showed {N} households were waiting for support.',
  'Exports from {C} rose {N} percent in the last quarter, official data showed.',
  'The dispute over {T} has dragged on since {Y}, when talks first stalled.',
  '{B} shares fell {N} percent in early trading before recovering.',
  'Environmental groups said more than {N} hectares of wetland could be affected.',
  '{P} of the opposition said the government had ignored warnings about {T}.',
  'A survey of {N} business owners found most expected prices to keep rising.',
  'Diplomats from {C} are due to visit the capital to discuss {T}.',
  'The central bank kept its main interest rate at {N} percent last month.',
  'Residents in the coastal districts said repairs after the storm had been slow.',
  '{P}, who chairs the parliamentary committee, asked for the documents to be released.',
  'Some {N} workers joined a demonstration outside the ministry on Saturday.',
  'The port handled {N} containers last year, a record for the island.',
  'Critics pointed to delays in a similar project in {C}.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One article from its index (the seed): [file name, text]. */
export function generateArticle(index: number): [string, string] {
  const rnd = mulberry32(0x5eed + index * 7919);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const year = 2022 + Math.floor(rnd() * 4);
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const cityIndex = Math.floor(rnd() * CITIES.length);
  const country = COUNTRIES[cityIndex];
  const other = pick(COUNTRIES.filter((c) => c !== country));
  const people = Array.from({ length: 3 }, () => `${pick(FIRST)} ${pick(LAST)}`);
  const roles = people.map(() => pick(ROLES));
  const body = `${pick(BODY_HEADS)} ${pick(BODY_TAILS)}`;
  const company = pick(COMPANIES);
  const surname = (p: string) => p.split(' ')[1];
  const sentences: string[] = [];
  const actions = new Set<string>();
  while (actions.size < 3) actions.add(pick(ACTIONS));
  const [a1, a2, a3] = [...actions];
  sentences.push(
    `${DEMONYMS[country]} ${roles[0]} ${people[0]} said on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} the government ${pick(MODALS)} ${a1} ${pick(TIMES)}.`,
  );
  sentences.push(
    `${surname(people[0])} told reporters in ${CITIES[cityIndex][0]}${CITIES[cityIndex].slice(1).toLowerCase()} that ${country} ${pick(['will not', 'would not'])} ${a2} ${pick(TIMES)}.`,
  );
  sentences.push(
    `The ${body} said it ${pick(MODALS)} ${a3} ${pick(TIMES)}, according to a statement issued ${pick(['late on Sunday', 'on Friday', 'earlier this week'])}.`,
  );
  sentences.push(
    `${roles[1][0].toUpperCase()}${roles[1].slice(1)} ${people[1]} ${pick(STANCES)} ${pick(TOPICS)}, saying ${other} had ${pick(['raised', 'questioned', 'backed'])} similar plans ${pick(['last year', 'in 2021', 'two years ago'])}.`,
  );
  sentences.push(`${company} said it would ${pick(['invest', 'spend', 'set aside'])} ${10 + Math.floor(rnd() * 990)} million euros ${pick(TIMES)}.`);
  sentences.push(`${other}'s ${pick(ROLES)} ${people[2]} ${pick(STANCES)} the decision and met ${surname(people[0])} on ${day} ${MONTHS[(month + 10) % 12]}.`);
  for (let i = 0; i < 6; i++) sentences.push(pick(FILLERS).replace('several', String(2 + Math.floor(rnd() * 9))));
  const fill = (s: string) =>
    s
      .replace('{P}', `${pick(FIRST)} ${pick(LAST)}`)
      .replace('{C}', pick(COUNTRIES))
      .replace('{N}', String(2 + Math.floor(rnd() * 5000)))
      .replace('{T}', pick(TOPICS))
      .replace('{B}', pick(COMPANIES))
      .replace('{Y}', String(2010 + Math.floor(rnd() * 12)));
  for (let i = 0; i < 21; i++) sentences.push(fill(pick(BACKGROUND)));
  sentences.push(
    `${surname(people[1])} said the ${body} had ${pick(['completed', 'finished', 'started'])} work on ${pick(TOPICS).replace('the ', '')} in ${MONTHS[(month + 5) % 12]}, with ${100 + Math.floor(rnd() * 9000)} people affected.`,
  );
  // Shuffle the middle, keep the lede first.
  const middle = sentences.slice(1);
  for (let i = middle.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [middle[i], middle[j]] = [middle[j], middle[i]];
  }
  const headline = `${country} ${pick(['vows to', 'plans to', 'moves to', 'weighs plan to'])} ${a1.split(' ').slice(0, 4).join(' ')}`;
  const dateline = `${CITIES[cityIndex]}, ${MONTHS[month - 1]} ${day}, ${year} (${pick(AGENCIES)}) - `;
  const paragraphs: string[] = [];
  for (let i = 0; i < middle.length; i += 3) paragraphs.push(middle.slice(i, i + 3).join(' '));
  const text = `${headline}\n\n${dateline}${sentences[0]}\n\n${paragraphs.join('\n\n')}\n\nReporting by ${pick(FIRST)} ${pick(LAST)}; editing by ${pick(FIRST)} ${pick(LAST)} #${index}\n`;
  const name = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}-${country.toLowerCase()}-${index}.news`;
  return [name, text];
}
