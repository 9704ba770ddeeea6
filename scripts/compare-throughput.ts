// `npm run bench:compare`: News Lens, compromise and wink-nlp (with wink-eng-lite-web-model) on the
// same files: the bench corpus's generated articles and wire copy (scripts/lib/benchCorpus.ts) and
// the CoNLL-2003 documents when corpora/conll2003 is there. Each tool runs in a fresh process of its
// own, one document at a time, and does the same work where it can: tokenize, tag, find the named
// entities. News Lens is timed twice: that work (text layer, tagger, entity rules) and the whole
// analysis (quotes, commitments, stances, dates too). Prints CPU time and MB/s of CPU time per kind
// of text, the load time and the peak RSS of each process, with the machine's load.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import { buildEntities, createAnalyzer, createTagger, splitParagraphs, splitSentences, tokenize } from '../server/src/analysis/index';
import { readModel } from '../server/src/model';
import { projectRoot } from '../test/support/paths';
import { benchCorpus, type BenchDocument } from './lib/benchCorpus';

const MB = 1024 * 1024;
const fmt = (n: number, d = 2): string => n.toFixed(d);
const root = projectRoot();

type Work = (text: string) => unknown;

const fail = (problem: string): never => {
  throw new Error(problem);
};

/** Loaders of each tool's work on one document; the libraries are required at run time, not bundled. */
const TOOLS: Record<string, { label: string; load: () => Work }> = {
  'newslens-entities': {
    label: 'News Lens: tokens, tagger, entities',
    load: () => {
      const tagger = createTagger(readModel(fail));
      return (text) => {
        const tokens = tokenize(text);
        const sentences = splitSentences(text, tokens, splitParagraphs(text));
        return buildEntities(text, tokens, sentences, tagger.tag(tokens, sentences));
      };
    },
  },
  'newslens-all': {
    label: 'News Lens: the whole analysis',
    load: () => createAnalyzer({ model: readModel(fail), logger: fail }).analyze,
  },
  compromise: {
    label: 'compromise: people, places, organizations',
    load: () => {
      const nlp = createRequire(__filename)('compromise') as (text: string) => Record<string, () => { out(format: string): unknown }>;
      return (text) => {
        const doc = nlp(text);
        return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
      };
    },
  },
  wink: {
    label: 'wink-nlp (lite web model): POS tags, entities',
    load: () => {
      const require = createRequire(__filename);
      const winkNLP = require('wink-nlp') as (model: unknown) => {
        readDoc(text: string): { tokens(): { out(f: unknown): unknown }; entities(): { out(f: unknown): unknown } };
        its: Record<string, unknown>;
      };
      const nlp = winkNLP(require('wink-eng-lite-web-model'));
      return (text) => {
        const doc = nlp.readDoc(text);
        return [doc.tokens().out(nlp.its.pos), doc.entities().out(nlp.its.detail)];
      };
    },
  },
};

/** The kinds of text compared, each a slice of the bench corpus. */
function kinds(docs: BenchDocument[]): [string, BenchDocument[]][] {
  const conll = docs.filter((d) => d.source.startsWith('conll'));
  const out: [string, BenchDocument[]][] = [
    ['articles', docs.filter((d) => d.kind === 'article')],
    ['wire copy', docs.filter((d) => d.kind === 'wire' && !d.source.startsWith('conll'))],
  ];
  if (conll.length) out.push(['CoNLL-2003', conll]);
  return out;
}

interface ToolResult {
  loadMs: number;
  rssMB: number;
  kinds: { name: string; docs: number; bytes: number; cpuMs: number }[];
}

/** `compare-throughput.js --tool NAME`: one tool over every kind, in this fresh process; prints JSON. */
function runTool(name: string): void {
  const start = performance.now();
  const work = TOOLS[name].load();
  const loadMs = performance.now() - start;
  const groups = kinds(benchCorpus(root));
  for (const [, docs] of groups) for (const d of docs.slice(0, 50)) work(d.text); // warm up the JIT
  const result: ToolResult = { loadMs, rssMB: 0, kinds: [] };
  for (const [kind, docs] of groups) {
    let bytes = 0;
    const cpu = process.cpuUsage();
    for (const d of docs) {
      work(d.text);
      bytes += Buffer.byteLength(d.text, 'utf8');
    }
    const used = process.cpuUsage(cpu);
    result.kinds.push({ name: kind, docs: docs.length, bytes, cpuMs: (used.user + used.system) / 1000 });
  }
  result.rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result) + '\n');
}

function main(): void {
  const load0 = os.loadavg()[0];
  const lines: string[] = [];
  for (const [name, tool] of Object.entries(TOOLS)) {
    const run = spawnSync(process.execPath, [process.argv[1], '--tool', name], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0) {
      lines.push(`${tool.label}: failed (${run.stderr.trim().split('\n').slice(-1)[0] ?? ''})`);
      continue;
    }
    const r = JSON.parse(run.stdout) as ToolResult;
    lines.push(`${tool.label}: load ${fmt(r.loadMs, 0)} ms, peak RSS ${fmt(r.rssMB, 0)} MB`);
    for (const k of r.kinds) {
      const mbs = k.bytes / MB / (k.cpuMs / 1000);
      lines.push(
        `  ${k.name.padEnd(11)} ${String(k.docs).padStart(5)} documents ${fmt(k.bytes / MB).padStart(6)} MB  ${fmt(k.cpuMs / 1000, 1).padStart(6)} s of CPU  ${fmt(mbs).padStart(6)} MB/s`,
      );
    }
  }
  const header = [
    `Throughput on the same files (node ${process.version}, one process per tool, CPU time of that process)`,
    `machine load: ${fmt(load0, 1)} -> ${fmt(os.loadavg()[0], 1)} (1-minute average, ${os.cpus().length} cores)`,
  ];
  process.stdout.write([...header, ...lines].join('\n') + '\n');
}

const toolArg = process.argv.indexOf('--tool');
if (toolArg >= 0) runTool(process.argv[toolArg + 1]);
else main();
