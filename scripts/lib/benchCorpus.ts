// The benchmark's corpus: thousands of distinct documents, never a few articles repeated. Generated
// news articles and wire copy (templates in our own wording, names, places and numbers drawn at
// random), our fixture articles, and the CoNLL-2003 documents written as text when the corpus is there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll } from '../../server/src/analysis/ner/conll';
import { mulberry32 } from './random';

export type Random = () => number;
export interface BenchDocument {
  kind: 'article' | 'wire';
  source: string;
  text: string;
}

const FIRST = [
  'Maria',
  'Tomas',
  'Aisha',
  'Kenji',
  'Olga',
  'Pedro',
  'Fatima',
  'Lars',
  'Nadia',
  'Samuel',
  'Ingrid',
  'Rahul',
  'Chen',
  'Amara',
  'Viktor',
  'Lucia',
  'Hamid',
  'Grace',
  'Oskar',
  'Elena',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Petrov',
  'Alvarez',
  'Haddad',
  'Novak',
  'Brennan',
  'Kowalski',
  'Mensah',
  'Fischer',
  'Rossi',
  'Yilmaz',
  'Sato',
  'Dubois',
  'Kaplan',
  'Nilsen',
  'Ortega',
  'Weber',
];
const CITY = [
  'Lisbon',
  'Nairobi',
  'Osaka',
  'Krakow',
  'Lyon',
  'Porto Alegre',
  'Tampere',
  'Ghent',
  'Izmir',
  'Accra',
  'Valparaiso',
  'Brno',
  'Leeds',
  'Cebu',
  'Tbilisi',
  'Bergen',
];
const COUNTRY = ['Portugal', 'Kenya', 'Japan', 'Poland', 'France', 'Brazil', 'Finland', 'Belgium', 'Turkey', 'Ghana', 'Chile', 'Norway', 'Georgia', 'Canada'];
const ORG = [
  'Northwind Energy',
  'the Ministry of Transport',
  'Harbor Bank',
  'the city council',
  'Atlas Motors',
  'the central bank',
  'Greenline Rail',
  'the health agency',
  'Solaris Group',
  'the union of dock workers',
];
const ROLE = ['minister', 'spokeswoman', 'chief executive', 'mayor', 'analyst', 'professor', 'coach', 'governor', 'union leader', 'prosecutor'];
const TOPIC = [
  'a new rail line',
  'water prices',
  'the port expansion',
  'school funding',
  'wind farms',
  'the fishing quota',
  'hospital waiting lists',
  'the housing plan',
  'bus fares',
  'the budget deficit',
];
const DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const VERB = ['said', 'told reporters', 'wrote in a statement', 'argued', 'warned', 'added'];
const PROMISE = ['will present', 'promised to publish', 'pledged to cut', 'plans to review', 'agreed to fund', 'vowed to block'];
const SPORT = ['beat', 'drew with', 'lost to', 'edged', 'thrashed'];

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const num = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const person = (r: Random): string => `${pick(r, FIRST)} ${pick(r, LAST)}`;

/** One sentence of an article, in one of several shapes. */
function articleSentence(r: Random): string {
  switch (num(r, 0, 7)) {
    case 0:
      return `${person(r)}, the ${pick(r, ROLE)} of ${pick(r, CITY)}, ${pick(r, VERB)} on ${pick(r, DAY)} that ${pick(r, ORG)} ${pick(r, PROMISE)} ${pick(r, TOPIC)} by ${num(r, 2026, 2031)}.`;
    case 1:
      return `"We cannot wait another ${num(r, 2, 12)} months for ${pick(r, TOPIC)}," ${pick(r, VERB).split(' ')[0]} ${person(r)}.`;
    case 2:
      return `The plan would cost about ${num(r, 3, 900)} million euros, according to ${pick(r, ORG)}.`;
    case 3:
      return `In ${pick(r, COUNTRY)}, ${pick(r, ORG)} reported a ${num(r, 1, 40)}.${num(r, 0, 9)} percent rise in complaints over ${pick(r, TOPIC)}.`;
    case 4:
      return `Critics, including ${person(r)} and ${person(r)}, say the timetable is unrealistic and the costs are hidden.`;
    case 5:
      return `${person(r)} will travel to ${pick(r, CITY)} next ${pick(r, DAY)} to meet officials from ${pick(r, COUNTRY)}.`;
    case 6:
      return `Residents of ${pick(r, CITY)} have waited since ${num(r, 1998, 2024)} for a decision, and many doubt it will come this year.`;
    default:
      return `"It is not a question of money but of will," the ${pick(r, ROLE)} added, before leaving the meeting early.`;
  }
}

/** A generated news article: a headline, a dateline, four to nine paragraphs. */
export function generatedArticle(r: Random): string {
  const head = `${pick(r, CITY)} ${pick(r, ['weighs', 'rejects', 'backs', 'delays'])} ${pick(r, TOPIC)}`;
  const paras: string[] = [];
  for (let p = num(r, 4, 9); p > 0; p--) {
    const ss: string[] = [];
    for (let s = num(r, 1, 4); s > 0; s--) ss.push(articleSentence(r));
    paras.push(ss.join(' '));
  }
  paras[0] = `${pick(r, CITY).toUpperCase()} (${pick(r, ['Reuters', 'AP', 'AFP'])}) - ${paras[0]}`;
  return [head, '', ...paras.flatMap((p) => [p, ''])].join('\n');
}

/** Generated wire copy dense with names: results, lists, short datelined items. */
export function generatedWire(r: Random): string {
  const lines: string[] = [
    `${pick(r, ['SOCCER', 'TENNIS', 'MARKETS', 'POLITICS'])} - ${pick(r, COUNTRY).toUpperCase()} ROUNDUP`,
    `${pick(r, CITY).toUpperCase()} ${num(r, 1, 28)} ${pick(r, DAY)}`,
  ];
  for (let n = num(r, 6, 20); n > 0; n--) {
    switch (num(r, 0, 3)) {
      case 0:
        lines.push(`${pick(r, CITY)} ${num(r, 0, 5)} ${pick(r, CITY)} ${num(r, 0, 5)}`);
        break;
      case 1:
        lines.push(
          `${person(r)} (${pick(r, COUNTRY)}) ${pick(r, SPORT)} ${person(r)} (${pick(r, COUNTRY)}) ${num(r, 4, 7)}-${num(r, 0, 6)} ${num(r, 4, 7)}-${num(r, 0, 6)}`,
        );
        break;
      case 2:
        lines.push(`${person(r)} of ${pick(r, ORG)} met ${person(r)} and ${person(r)} in ${pick(r, CITY)}, ${pick(r, COUNTRY)}.`);
        break;
      default:
        lines.push(`${pick(r, ORG)} shares rose ${num(r, 1, 9)}.${num(r, 0, 99)} percent in ${pick(r, CITY)} trading.`);
    }
  }
  return lines.join('\n') + '\n';
}

/** CoNLL-2003 documents as text: a sentence a line, words separated by spaces. */
function conllDocuments(root: string): BenchDocument[] {
  const out: BenchDocument[] = [];
  for (const f of ['eng.train', 'eng.testa']) {
    const file = join(root, 'corpora', 'conll2003', f);
    if (!existsSync(file)) continue;
    for (const d of parseConll(readFileSync(file, 'utf8'))) {
      const lines: string[] = [];
      for (let s = 0; s < d.sentStart.length; s++) lines.push(d.words.slice(d.sentStart[s], d.sentEnd[s]).join(' '));
      out.push({ kind: 'wire', source: 'conll ' + f, text: lines.join('\n') + '\n' });
    }
  }
  return out;
}

/** The whole corpus: `generated` articles and as many wire items, the fixtures, and CoNLL when present and asked for. */
export function benchCorpus(root: string, generated = 2000, seed = 11, conll = true): BenchDocument[] {
  const r = mulberry32(seed);
  const docs: BenchDocument[] = [];
  for (let i = 0; i < generated; i++) docs.push({ kind: 'article', source: 'generated', text: generatedArticle(r) });
  for (let i = 0; i < generated; i++) docs.push({ kind: 'wire', source: 'generated', text: generatedWire(r) });
  const fixtures = join(root, 'test', 'fixtures', 'articles');
  for (const f of existsSync(fixtures) ? readdirSync(fixtures).sort() : []) {
    if (f.endsWith('.news')) docs.push({ kind: 'article', source: 'fixtures', text: readFileSync(join(fixtures, f), 'utf8') });
  }
  return conll ? docs.concat(conllDocuments(root)) : docs;
}
