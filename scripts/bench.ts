// `npm run bench`: throughput of the whole analyze() pipeline on thousands of distinct documents
// (scripts/lib/benchCorpus.ts), as MB/s of CPU time per kind of text and per stage, with the model
// load time, the machine's load and the peak RSS of a fresh process for a 1 MB and a 5 MB document.
// Targets (issue 11): >= 2 MB/s of CPU on articles, >= 1.5 MB/s on dense wire copy, load <= 50 ms,
// peak RSS <= 120 MB (1 MB) and <= 250 MB (5 MB).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import { join } from 'node:path';
import { createAnalyzer, type Stage, type StageTimings } from '../server/src/analysis/index';
import { readModel } from '../server/src/model';
import { projectRoot } from '../test/support/paths';
import { benchCorpus, type BenchDocument, generatedArticle, generatedWire } from './lib/benchCorpus';
import { mulberry32 } from './lib/random';

const MB = 1024 * 1024;
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const fmt = (n: number, d = 2): string => n.toFixed(d);
const root = projectRoot();

type Timed = (text: string) => { timings: StageTimings };
/**
 * Reads and loads the model (as the CLI does) and returns the engine's timed analysis: the one
 * place the bench touches how the engine is made. A model that does not load fails the bench.
 */
function loadAnalyzer(): Timed {
  const fail = (problem: string): never => {
    throw new Error(problem);
  };
  return createAnalyzer({ model: readModel(fail), logger: fail }).analyzeWithTimings;
}
/** The stages the engine reports, in its order. */
const stagesOf = (analyze: Timed): Stage[] => Object.keys(analyze('').timings) as Stage[];

/**
 * `bench.js --rss N`: analyse one N MB document (generated articles, then wire copy) in this fresh
 * process and print its peak RSS, and the RSS before the analysis (node, bundle, model, the text).
 */
function rssChild(megabytes: number): void {
  const r = mulberry32(megabytes);
  const parts: string[] = [];
  for (let n = 0; n < megabytes * MB;) {
    const t = n < megabytes * MB * 0.6 ? generatedArticle(r) : generatedWire(r);
    parts.push(t);
    n += bytes(t) + 2;
  }
  const text = parts.join('\n\n');
  parts.length = 0;
  const analyze = loadAnalyzer();
  const beforeMB = process.memoryUsage().rss / MB;
  const start = performance.now();
  analyze(text);
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ rssMB: process.resourceUsage().maxRSS / 1024, beforeMB, ms, bytes: bytes(text) }) + '\n');
}

interface KindResult {
  docs: number;
  bytes: number;
  cpuMs: number;
  stages: StageTimings;
}

/** Analyses every document of one kind once, summing CPU time and the time of each stage. */
function measureKind(analyze: Timed, docs: BenchDocument[]): KindResult {
  const stages = stagesOf(analyze);
  const res: KindResult = { docs: docs.length, bytes: 0, cpuMs: 0, stages: Object.fromEntries(stages.map((s) => [s, 0])) as StageTimings };
  const cpu = process.cpuUsage();
  for (const d of docs) {
    const { timings } = analyze(d.text);
    for (const s of stages) res.stages[s] += timings[s];
    res.bytes += bytes(d.text);
  }
  const used = process.cpuUsage(cpu);
  res.cpuMs = (used.user + used.system) / 1000;
  return res;
}

/** Per stage, its share of the stages' wall time, and MB/s of the kind's CPU time spent in that share. */
function kindLines(name: string, k: KindResult): string[] {
  const mb = k.bytes / MB;
  const stages = Object.keys(k.stages) as Stage[];
  const sum = stages.reduce((s, x) => s + k.stages[x], 0);
  const line = (s: Stage): string => {
    const share = k.stages[s] / sum;
    return `  ${s.padEnd(12)} ${fmt(100 * share, 1).padStart(5)}%  ${fmt(mb / ((k.cpuMs * share) / 1000), 1).padStart(6)} MB/s of CPU`;
  };
  return [`${name}: ${k.docs} documents, ${fmt(mb)} MB, ${fmt(mb / (k.cpuMs / 1000))} MB/s of CPU time`, ...stages.map(line)];
}

function memoryLine(megabytes: number): string {
  const run = spawnSync(process.execPath, [process.argv[1], '--rss', String(megabytes)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) return `one ${megabytes} MB document: failed (${run.stderr.slice(0, 200)})`;
  const m = JSON.parse(run.stdout) as { rssMB: number; beforeMB: number; ms: number; bytes: number };
  return `one ${megabytes} MB document:    peak RSS ${fmt(m.rssMB, 0)} MB in a fresh process (${fmt(m.beforeMB, 0)} MB before analysing), ${fmt(m.ms, 0)} ms (${fmt(m.bytes / MB / (m.ms / 1000))} MB/s wall)`;
}

function main(): void {
  const loadStart = performance.now();
  const analyze = loadAnalyzer();
  const loadMs = performance.now() - loadStart;
  const docs = benchCorpus(root);
  const articles = docs.filter((d) => d.kind === 'article');
  const wire = docs.filter((d) => d.kind === 'wire');
  for (const d of docs.slice(0, 200)) analyze(d.text); // warm up the JIT
  const load0 = os.loadavg()[0];
  const a = measureKind(analyze, articles);
  const w = measureKind(analyze, wire);
  const cli = join(root, 'dist', 'cli.js');
  let coldMs = NaN;
  if (existsSync(cli)) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [cli, 'analyze', '-'], { input: 'Japan and China met in Tokyo on Monday.\n', encoding: 'utf8' });
    if (run.status === 0) coldMs = performance.now() - start;
  }
  const lines = [
    'News Lens benchmark (one core, node ' + process.version + ')',
    `machine load:          ${fmt(load0, 1)} -> ${fmt(os.loadavg()[0], 1)} (1-minute average, ${os.cpus().length} cores); CPU time is what this process spent`,
    `model load:            ${fmt(loadMs, 0)} ms: reading models/ner.bin and making the analyzer (target <= 50 ms)`,
    `CLI cold start:        ${fmt(coldMs, 0)} ms for a one-line article in a fresh process`,
    `sources:               ${[...new Set(docs.map((d) => d.source))].map((s) => `${s} ${docs.filter((d) => d.source === s).length}`).join(', ')}`,
    ...kindLines('articles (target >= 2 MB/s)', a),
    ...kindLines('wire copy, dense with names (target >= 1.5 MB/s)', w),
    memoryLine(1) + ' (target <= 120 MB)',
    memoryLine(5) + ' (target <= 250 MB)',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

const rssArg = process.argv.indexOf('--rss');
if (rssArg >= 0) rssChild(Number(process.argv[rssArg + 1]));
else main();
