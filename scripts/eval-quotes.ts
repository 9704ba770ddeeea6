// Scores the quotes pass against its evaluation set (test/fixtures/quotes/gold.txt, see README.md):
// quote spans (exact), precision of the quotes found, and speaker attribution, then the misses.
//
//   npm run eval:quotes [-- --quiet] [--file SET.txt]
//
// The whole engine runs (tokens, tagger, entities, quotes), so tagger and entity errors count. A gold
// quote's speaker is right when the found quote that overlaps it most names an entity called (name,
// alias or mention) as the gold says, or, for a gold "-", names nobody.
import type { Analysis, Quote } from '../server/src/analysis/index';
import { analyze } from '../test/support/analyzer';
import { ownGoldFile, readGold, type GoldQuote } from '../test/fixtures/quotes/gold';

const argv = process.argv.slice(2);
const quiet = argv.includes('--quiet');
const fileArg = argv.indexOf('--file');
const file = fileArg >= 0 ? argv[fileArg + 1] : ownGoldFile(process.cwd());

const lower = (s: string): string => s.toLowerCase();

function speakerNames(analysis: Analysis, q: Quote | undefined): string[] {
  const e = q?.speaker ? analysis.entities.find((x) => x.id === q.speaker) : undefined;
  return e ? [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(lower) : [];
}

function overlap(q: Quote, start: number, end: number): number {
  return Math.max(0, Math.min(q.range.end, end) - Math.max(q.range.start, start));
}

const counts = { gold: 0, found: 0, exact: 0, speaker: 0, kind: 0, matched: 0 };
const misses: string[] = [];

function score(id: string, text: string, analysis: Analysis, gold: GoldQuote): Quote | undefined {
  const start = text.indexOf(gold.text);
  const end = start + gold.text.length;
  let best: Quote | undefined;
  for (const q of analysis.quotes) if (overlap(q, start, end) > (best ? overlap(best, start, end) : 0)) best = q;
  const exact = !!best && best.range.start === start && best.range.end === end;
  const names = speakerNames(analysis, best);
  const speakerOk = !!best && (gold.speakers.length === 0 ? !best.speaker : gold.speakers.some((s) => names.includes(lower(s))));
  counts.gold++;
  if (exact) counts.exact++;
  if (speakerOk) counts.speaker++;
  if (best) {
    counts.matched++;
    if (best.direct === gold.direct) counts.kind++;
  }
  if (!exact || !speakerOk) {
    const said = best ? `${JSON.stringify(best.text.slice(0, 70))} by ${names[0] ?? '-'} [${best.why.join(' ')}]` : 'nothing';
    misses.push(
      `${id} ${exact ? '' : 'SPAN '}${speakerOk ? '' : 'SPEAKER '}gold ${JSON.stringify(gold.text.slice(0, 70))} by ${gold.speakers.join('/') || '-'}\n     found ${said}`,
    );
  }
  return exact ? best : undefined;
}

for (const item of readGold(file)) {
  const analysis = analyze(item.text);
  counts.found += analysis.quotes.length;
  const hits = new Set<Quote>();
  for (const gold of item.quotes) {
    const hit = score(item.id, item.text, analysis, gold);
    if (hit) hits.add(hit);
  }
  for (const q of analysis.quotes) {
    if (!hits.has(q) && !item.quotes.some((g) => overlap(q, item.text.indexOf(g.text), item.text.indexOf(g.text) + g.text.length) > 0)) {
      misses.push(`${item.id} EXTRA ${JSON.stringify(q.text.slice(0, 70))} [${q.why.join(' ')}]`);
    }
  }
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
if (!quiet) for (const m of misses) console.log(m);
console.log(`gold quotes ${counts.gold}, found ${counts.found}`);
console.log(`spans exact:          ${counts.exact}/${counts.gold} = ${pct(counts.exact, counts.gold)} (target >= 95%)`);
console.log(`precision (exact):    ${counts.exact}/${counts.found} = ${pct(counts.exact, counts.found)}`);
console.log(`speaker attribution:  ${counts.speaker}/${counts.gold} = ${pct(counts.speaker, counts.gold)} (target >= 90%)`);
console.log(`direct vs reported:   ${counts.kind}/${counts.matched} = ${pct(counts.kind, counts.matched)} of the quotes found`);
