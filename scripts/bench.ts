// `npm run bench`: throughput of the whole analyze() pipeline, model load time, peak memory, share of
// time per stage, and linearity (a 1 MB vs a 5 MB document). Targets (issue 2): >= 1 MB/s on one
// core, load <= 300 ms, peak RSS <= 200 MB; commitments add <= 30% (issue 3).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import { join } from 'node:path';
import { createAnalyzer, type Stage, type StageTimings } from '../server/src/analysis/index';
import { readModel } from '../server/src/model';
import { projectRoot, SEED } from '../test/support/paths';

const MB = 1024 * 1024;

/** A benchmark without the model measures nothing: stop. */
function fail(problem: string): never {
  throw new Error(problem);
}

const root = projectRoot();
const loadStart = performance.now();
const { analyzeWithTimings } = createAnalyzer({ model: readModel(fail), logger: fail });
const loadMs = performance.now() - loadStart;

const articles: { name: string; text: string }[] = [];
const fixtures = join(root, 'test', 'fixtures', 'articles');
for (const f of existsSync(fixtures) ? readdirSync(fixtures).sort() : []) {
  if (f.endsWith('.news')) articles.push({ name: f, text: readFileSync(join(fixtures, f), 'utf8') });
}
if (existsSync(SEED)) articles.push({ name: 'seed', text: readFileSync(SEED, 'utf8') });
if (articles.length === 0) throw new Error('no articles to measure (test/fixtures/articles/*.news)');

const STAGES: Stage[] = ['text', 'ner', 'entities', 'commitments', 'quotes'];
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const fmt = (n: number, d = 2): string => n.toFixed(d);

// Warm up (JIT) on each article once.
for (const a of articles) analyzeWithTimings(a.text);

// 1. Corpus: the articles analysed one by one, repeated until >= 5 MB.
const total: StageTimings = { text: 0, ner: 0, entities: 0, commitments: 0, quotes: 0 };
let corpusBytes = 0;
let docs = 0;
const corpusStart = performance.now();
const corpusCpu = process.cpuUsage();
while (corpusBytes < 5 * MB) {
  for (const a of articles) {
    const { timings } = analyzeWithTimings(a.text);
    for (const s of STAGES) total[s] += timings[s];
    corpusBytes += bytes(a.text);
    docs++;
  }
}
const corpusMs = performance.now() - corpusStart;
const cpuUsed = process.cpuUsage(corpusCpu);
/** CPU time of this process: what one core spent, whatever else the machine was running. */
const corpusCpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
const corpusRssMB = process.resourceUsage().maxRSS / 1024;

// 2. One big document of 1 MB and of 5 MB: the cost must grow linearly.
function bigDocument(size: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let k = 0; n < size; k++) {
    const t = articles[k % articles.length].text;
    parts.push(t);
    n += bytes(t) + 2;
  }
  return parts.join('\n\n');
}
function timeDocument(text: string): { ms: number; timings: StageTimings } {
  const start = performance.now();
  const { timings } = analyzeWithTimings(text);
  return { ms: performance.now() - start, timings };
}
const one = bigDocument(MB);
const five = bigDocument(5 * MB);
const t1 = timeDocument(one);
const t5 = timeDocument(five);

const rssMB = process.resourceUsage().maxRSS / 1024;

// 3. A fresh process: the CLI on a one-line article (bundle parse, world knowledge, model load, analysis).
const cli = join(root, 'dist', 'cli.js');
let coldMs = NaN;
if (existsSync(cli)) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [cli, 'analyze', '-'], { input: 'Japan and China met in Tokyo on Monday.\n', encoding: 'utf8' });
  if (run.status === 0) coldMs = performance.now() - start;
}
const stageSum = STAGES.reduce((s, k) => s + total[k], 0);
const engine = total.text + total.ner + total.entities;

const lines = [
  'News Lens benchmark (one core, node ' + process.version + ')',
  '',
  `model load:            ${fmt(loadMs, 0)} ms            (target <= 300 ms)`,
  `CLI cold start:        ${fmt(coldMs, 0)} ms for a one-line article in a fresh process (node start, bundle, model, analysis)`,
  `corpus:                ${articles.length} articles (${articles.map((a) => a.name).join(', ')}), ${docs} analyses, ${fmt(corpusBytes / MB)} MB`,
  `whole pipeline:        ${fmt(corpusBytes / MB / (corpusMs / 1000))} MB/s wall clock, ${fmt(corpusBytes / MB / (corpusCpuMs / 1000))} MB/s of CPU time (target >= 1 MB/s)`,
  `machine load:          ${os.loadavg()[0].toFixed(1)} (1-minute average, ${os.cpus().length} cores): wall clock suffers when it is above ~1`,
  `per article:           ${fmt(corpusMs / docs, 2)} ms on average (${fmt(corpusBytes / docs / 1024, 1)} KB each)`,
  'share of time per stage:',
  ...STAGES.map((s) => `  ${s.padEnd(12)} ${fmt((100 * total[s]) / stageSum, 1).padStart(5)}%   ${fmt(total[s], 0).padStart(7)} ms`),
  `commitments add:       ${fmt((100 * total.commitments) / Math.max(1e-9, engine), 1)}% to text+ner+entities (target <= 30%)`,
  `one 1 MB document:     ${fmt(t1.ms, 0)} ms  (${fmt(bytes(one) / MB / (t1.ms / 1000))} MB/s)`,
  `one 5 MB document:     ${fmt(t5.ms, 0)} ms  (${fmt(bytes(five) / MB / (t5.ms / 1000))} MB/s)`,
  `5 MB / 1 MB time:      ${fmt(t5.ms / t1.ms)}x for ${fmt(bytes(five) / bytes(one))}x the text (linear ~5x)`,
  `  5 MB stages:         ${STAGES.map((s) => `${s} ${fmt(t5.timings[s], 0)} ms`).join(', ')}`,
  `peak RSS:              ${fmt(corpusRssMB, 0)} MB over the corpus of articles, ${fmt(rssMB, 0)} MB with the 5 MB document (target <= 200 MB)`,
];
process.stdout.write(lines.join('\n') + '\n');
