// `npm run fuzz`: the analysis library against generated documents (scripts/lib/fuzzDocuments.ts):
// no throw, every offset inside the text and on its characters, time per KB within a bound. Runs the
// documents in a worker thread watched from the main one, so a hang is caught, reported and skipped.
// Options: --docs N (default 10,000), --quick (200 documents and a looser time bound, for `npm test`), --seed S.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze } from '../test/support/analyzer';
import { analysisProblem } from './lib/fuzzCheck';
import { fixtureSentences, fuzzDocument } from './lib/fuzzDocuments';

/**
 * The slowest an analysis may be, per KB of text (texts under 1 KB count as 1 KB). `--quick` (inside
 * `npm test`, on a machine that may be busy) only looks for runaway cases: a bound eight times looser.
 */
const MAX_MS_PER_KB = 250;
const QUICK_MAX_MS_PER_KB = 8 * MAX_MS_PER_KB;
/** A document taking longer than this is a hang. */
const HANG_MS = 30_000;

interface Job {
  seed: number;
  from: number;
  to: number;
}

type Report = { type: 'start'; index: number } | { type: 'done'; index: number; kind: string; chars: number; ms: number; problem?: string };

function runWorker({ seed, from, to }: Job): void {
  const sentences = fixtureSentences();
  // Loads the tagger's model and warms every path up: not any document's time.
  for (let k = 0; k < 20; k++) analyze(fuzzDocument(seed + 1, k, sentences).text);
  for (let index = from; index < to; index++) {
    const { kind, text } = fuzzDocument(seed, index, sentences);
    parentPort!.postMessage({ type: 'start', index } satisfies Report);
    const started = performance.now();
    let problem: string | undefined;
    try {
      problem = analysisProblem(text, analyze(text));
    } catch (error) {
      problem = `threw: ${error instanceof Error ? error.stack : String(error)}`;
    }
    parentPort!.postMessage({ type: 'done', index, kind, chars: text.length, ms: performance.now() - started, problem } satisfies Report);
  }
}

interface Figures {
  documents: number;
  characters: number;
  failures: string[];
  hangs: number[];
  worst: { msPerKb: number; index: number; kind: string; chars: number };
  kinds: Map<string, number>;
}

/** Runs documents [from, to) in a worker; resolves with the index to go on from (after a hang, the next). */
function runBatch(job: Job, figures: Figures): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(__filename, { workerData: job });
    let current = job.from;
    let timer: NodeJS.Timeout | undefined;
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        figures.hangs.push(current);
        void worker.terminate();
        resolve(current + 1);
      }, HANG_MS);
    };
    watch();
    worker.on('message', (report: Report) => {
      current = report.index;
      watch();
      if (report.type === 'start') return;
      figures.documents++;
      figures.characters += report.chars;
      figures.kinds.set(report.kind, (figures.kinds.get(report.kind) ?? 0) + 1);
      if (report.problem) figures.failures.push(`document ${report.index} (${report.kind}): ${report.problem}`);
      const msPerKb = report.ms / Math.max(1, report.chars / 1024);
      if (msPerKb > figures.worst.msPerKb) figures.worst = { msPerKb, index: report.index, kind: report.kind, chars: report.chars };
    });
    worker.on('error', (error) => figures.failures.push(`worker failed near document ${current}: ${error.message}`));
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve(job.to);
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : undefined;
  };
  const docs = option('--docs') ?? (args.includes('--quick') ? 200 : 10_000);
  const seed = option('--seed') ?? 20261206;
  const figures: Figures = { documents: 0, characters: 0, failures: [], hangs: [], worst: { msPerKb: 0, index: -1, kind: '', chars: 0 }, kinds: new Map() };
  const started = performance.now();
  for (let from = 0; from < docs;) from = await runBatch({ seed, from, to: docs }, figures);
  const seconds = (performance.now() - started) / 1000;

  console.log(`\nFuzz (seed ${seed}): ${figures.documents} documents analysed, ${(figures.characters / 1e6).toFixed(1)} M characters, ${seconds.toFixed(1)} s`);
  for (const [kind, n] of [...figures.kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(28)} ${n}`);
  console.log(`  crashes or bad offsets: ${figures.failures.length}`);
  console.log(`  hangs (over ${HANG_MS / 1000} s): ${figures.hangs.length}${figures.hangs.length ? ` (documents ${figures.hangs.join(', ')})` : ''}`);
  const { msPerKb, index, kind, chars } = figures.worst;
  const bound = args.includes('--quick') ? QUICK_MAX_MS_PER_KB : MAX_MS_PER_KB;
  const slow = msPerKb > bound;
  console.log(
    `  worst time per KB: ${msPerKb.toFixed(1)} ms (document ${index}, ${kind}, ${(chars / 1024).toFixed(1)} KB); bound ${bound} ms ${slow ? 'MISSED' : 'ok'}`,
  );
  for (const failure of figures.failures.slice(0, 10)) console.log(`  ${failure}`);
  if (figures.failures.length || figures.hangs.length || slow) process.exitCode = 1;
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  runWorker(workerData as Job);
}
