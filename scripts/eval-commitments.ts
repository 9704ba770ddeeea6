// Scores commitments and stances against an annotated set (JSONL, see
// test/fixtures/commitments/README.md): precision and recall overall and per phenomenon/trap family,
// then the misses.
//
//   npm run eval:commitments [-- --oracle] [--file SET.jsonl] [--quiet]
//
// Default: the whole engine (analyze(): tokens, tagger, entities) feeds the extractor, so tagger
// and entity errors count. --oracle gives the extractor the entities the items list instead.
//
// A commitment is right when its trigger overlaps the gold trigger, its action starts with the same
// word as the gold action (leading adverbs aside) and shares at least half of the words (Jaccard),
// and its actors are
// exactly the gold actors. A stance is right when its type matches one in the same sentence and
// its holders and targets are exactly the gold ones. Modality, negation, time and targets of
// matched commitments are reported apart.

import { performance } from 'node:perf_hooks';
import { splitParagraphs, splitSentences, tokenize } from '../server/src/analysis/index';
import { analyze } from '../test/support/analyzer';
import { findCommitmentsAndStances } from '../server/src/analysis/commitments/index';
import type { Commitment, Entity, Stance } from '../server/src/analysis/types';
import { oracleInput, ownGoldFile, readGold } from '../test/fixtures/commitments/gold';
import { actorMatcher, locate, sameAction } from '../test/fixtures/commitments/match';

const argv = process.argv.slice(2);
const oracle = argv.includes('--oracle');
const quiet = argv.includes('--quiet');
const fileArg = argv.indexOf('--file');
const file = fileArg >= 0 ? argv[fileArg + 1] : ownGoldFile(process.cwd());
const items = readGold(file);

interface Count {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Count => ({ tp: 0, fp: 0, fn: 0 });
const families = new Map<string, { c: Count; s: Count }>();
const total = { c: zero(), s: zero() };
const extra = { modality: [0, 0], negated: [0, 0], time: [0, 0], target: [0, 0] };
const misses: string[] = [];
let extractMs = 0;
let analyzeMs = 0;

for (const item of items) {
  const t0 = performance.now();
  let entities: Entity[];
  let result: { commitments: Commitment[]; stances: Stance[] };
  const text = item.text;
  if (oracle) {
    const input = oracleInput(text, item.entities ?? []);
    entities = input.entities;
    const t1 = performance.now();
    result = findCommitmentsAndStances(input);
    extractMs += performance.now() - t1;
  } else {
    const analysis = analyze(text);
    const t1 = performance.now();
    analyzeMs += t1 - t0;
    entities = analysis.entities;
    result = findCommitmentsAndStances({ text, tokens: analysis.tokens, sentences: analysis.sentences, entities, times: analysis.times });
    extractMs += performance.now() - t1;
  }
  const sentences = splitSentences(text, tokenize(text), splitParagraphs(text));
  const sentenceOf = (pos: number): number => sentences.findIndex((s) => pos >= s.start && pos < s.end);

  const sameActors = actorMatcher(entities, (name) => (item.entities ?? []).find((e) => e.name === name)?.aliases ?? []);
  const nameList = (ids: string[] = []): string => '[' + ids.map((id) => entities.find((e) => e.id === id)?.name ?? id).join(', ') + ']';

  const itemCount = { c: zero(), s: zero() };
  // Commitments.
  const usedC = new Set<Commitment>();
  for (const g of item.commitments ?? []) {
    const [as] = locate(text, g.action);
    const [ts, te] = locate(text, g.trigger, as);
    const cand = result.commitments.filter((c) => !usedC.has(c) && c.trigger.start < te && c.trigger.end > ts);
    const ok = cand.find((c) => sameAction(c.action, g.action) && sameActors(c.actors, g.actors));
    if (ok) {
      usedC.add(ok);
      itemCount.c.tp++;
      const check = (key: keyof typeof extra, right: boolean, what: string): void => {
        extra[key][1]++;
        if (right) extra[key][0]++;
        else misses.push(`  ${item.id} ${key}: "${g.trigger}" ${what}`);
      };
      if (g.modality) check('modality', ok.modality === g.modality, `got ${ok.modality}, want ${g.modality}`);
      if (typeof g.negated === 'boolean') check('negated', ok.negated === g.negated, `got ${ok.negated}, want ${g.negated}`);
      if (g.time || ok.time) {
        const right = !!g.time && !!ok.time && (ok.time.text.includes(g.time) || g.time.includes(ok.time.text));
        check('time', right, `got "${ok.time?.text ?? ''}", want "${g.time ?? ''}"`);
      }
      if (g.target?.length || ok.target?.length) {
        check('target', sameActors(ok.target ?? [], g.target ?? []), `got ${nameList(ok.target)}, want [${(g.target ?? []).join(', ')}]`);
      }
    } else {
      itemCount.c.fn++;
      const near = cand[0];
      misses.push(
        `C- ${item.id} "${g.trigger}" ${JSON.stringify(g.actors)} "${g.action}"` +
          (near ? `\n     got ${nameList(near.actors)} "${near.action}"` : ' (no trigger)'),
      );
    }
  }
  for (const c of result.commitments) {
    if (usedC.has(c)) continue;
    itemCount.c.fp++;
    misses.push(`C+ ${item.id} "${c.trigger.text}" ${nameList(c.actors)} "${c.action}" (${c.modality}${c.negated ? ', negated' : ''})`);
  }
  // Stances.
  const usedS = new Set<Stance>();
  for (const g of item.stances ?? []) {
    const [ts] = locate(text, g.trigger);
    const sentence = sentenceOf(ts);
    const cand = result.stances.filter((s) => !usedS.has(s) && s.type === g.type && sentenceOf(s.trigger.start) === sentence);
    const ok = cand.find((s) => sameActors(s.holders, g.holders) && sameActors(s.targets, g.targets));
    if (ok) {
      usedS.add(ok);
      itemCount.s.tp++;
    } else {
      itemCount.s.fn++;
      const near = cand[0];
      misses.push(
        `S- ${item.id} ${g.type} "${g.trigger}" ${JSON.stringify(g.holders)} -> ${JSON.stringify(g.targets)}` +
          (near ? `\n     got ${nameList(near.holders)} -> ${nameList(near.targets)}` : ''),
      );
    }
  }
  for (const s of result.stances) {
    if (usedS.has(s)) continue;
    itemCount.s.fp++;
    misses.push(`S+ ${item.id} ${s.type} "${s.trigger.text}" ${nameList(s.holders)} -> ${nameList(s.targets)}`);
  }
  for (const key of ['all', ...(item.families ?? []), ...(item.domain ? ['domain:' + item.domain] : [])]) {
    const bucket = key === 'all' ? total : (families.get(key) ?? { c: zero(), s: zero() });
    for (const k of ['c', 's'] as const) {
      bucket[k].tp += itemCount[k].tp;
      bucket[k].fp += itemCount[k].fp;
      bucket[k].fn += itemCount[k].fn;
    }
    if (key !== 'all') families.set(key, bucket);
  }
}

const pct = (x: number, y: number): string => (y ? (x / y).toFixed(2) : '  - ');
const row = (c: Count): string => `P ${pct(c.tp, c.tp + c.fp)}  R ${pct(c.tp, c.tp + c.fn)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;

console.log(`${items.length} items from ${file}${oracle ? ' (oracle entities)' : ' (whole engine)'}`);
console.log(`commitments  ${row(total.c)}`);
console.log(`stances      ${row(total.s)}`);
for (const [k, [right, all]] of Object.entries(extra)) console.log(`  ${k.padEnd(9)} ${right}/${all} of matched commitments right`);
console.log('\nper family                commitments                              stances');
for (const key of [...families.keys()].sort()) {
  const f = families.get(key)!;
  console.log(`  ${key.padEnd(24)} ${row(f.c).padEnd(40)} ${row(f.s)}`);
}
console.log(`\nextractor ${extractMs.toFixed(1)} ms` + (oracle ? '' : `, rest of analyze() ${analyzeMs.toFixed(1)} ms`));
if (!quiet && misses.length) console.log('\nmisses (C-/S- missed, C+/S+ spurious):\n' + misses.join('\n'));
