// The CLI at scale: `news-lens index` writes one JSON object per article as it goes (the analyze
// shape plus the article's date and times); `news-lens ledger` prints the commitments ledger
// across the articles. Articles are analysed by a pool of worker threads, optionally through a
// cache on disk; a bad file is reported and skipped, never ends the run.
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { formatLedger, summarizeIndex, type ArticleRecord, type LedgerFormat } from './analysis/ledger';
import { modelPath, syntaxModelPath } from './model';
import type { UserEntities } from './analysis/types';
import { IndexCache } from './lsp/indexCache';
import { cacheScope, indexFile, type IndexerContext, type IndexTarget } from './lsp/indexer';
import { IndexPool } from './lsp/indexPool';
import { parseUserEntities } from './lsp/userEntities';
import { walkArticles } from './lsp/walk';

export const INDEX_USAGE = `Usage: news-lens index [--jsonl] [--jobs N] [--cache DIR] PATH...
       news-lens ledger [--format csv|json|markdown] [--today YYYY-MM-DD] [--jobs N] [--cache DIR] PATH...

PATH is an article file or a folder (its *.news and *.txt files, recursively); "-" reads paths
from standard input, one per line. A folder's .newslens.json gives user entities and dates.

index    one JSON object per article, written as each is done: the analyze result plus "date"
         (the article's date and where it came from) and "times" (with resolved "value")
           --jsonl        one object per line (default: one JSON array)
ledger   the commitments across the articles, one undertaking per row with its reports
           --format       csv, json or markdown (default markdown)
           --today        the date overdue and due-soon are judged against (default: today)
Both:      --jobs N       worker threads (default: the number of CPUs)
           --cache DIR    keep results in DIR; a later run re-reads only changed files
Exit codes: 0 all files indexed, 1 usage error, 2 some file was skipped.
`;

const EXTENSIONS = ['.news', '.txt'];
const MAX_FILE_SIZE = 1_048_576;

class UsageError extends Error {}

interface IndexArgs {
  command: 'index' | 'ledger';
  jsonl: boolean;
  format: LedgerFormat;
  today: string;
  jobs: number;
  cache?: string;
  paths: string[];
}

export function isIndexCommand(command: string | undefined): boolean {
  return command === 'index' || command === 'ledger';
}

function parseIndexArgs(argv: string[]): IndexArgs {
  const [command, ...rest] = argv;
  const args: IndexArgs = {
    command: command as IndexArgs['command'],
    jsonl: false,
    format: 'markdown',
    today: new Date().toISOString().slice(0, 10),
    jobs: availableParallelism(),
    paths: [],
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '--jsonl' && command === 'index') args.jsonl = true;
    else if (name === '--jobs') {
      args.jobs = Number(value());
      if (!Number.isInteger(args.jobs) || args.jobs < 1 || args.jobs > 64) throw new UsageError('--jobs must be a whole number from 1 to 64');
    } else if (name === '--cache') args.cache = value();
    else if (name === '--format' && command === 'ledger') {
      const f = value();
      if (f !== 'csv' && f !== 'json' && f !== 'markdown') throw new UsageError(`--format must be csv, json or markdown, not "${f}"`);
      args.format = f;
    } else if (name === '--today' && command === 'ledger') {
      args.today = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(args.today)) throw new UsageError('--today must be a date, YYYY-MM-DD');
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else args.paths.push(a);
  }
  if (!args.paths.length) throw new UsageError('no file or folder given (use - to read paths from standard input)');
  return args;
}

/** The user entities (and dates) file of a folder given on the command line. */
function folderConfig(dir: string, warn: (m: string) => void): UserEntities | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, '.newslens.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const { entities, problems } = parseUserEntities(JSON.parse(text));
    for (const p of problems) warn(`${join(dir, '.newslens.json')}: ${p}`);
    return entities;
  } catch (error) {
    warn(`${join(dir, '.newslens.json')}: not valid JSON (${(error as Error).message}); ignored`);
    return undefined;
  }
}

/** The files to index, with the user entities and date of the folder they were found in. */
async function targetsOf(paths: string[], warn: (m: string) => void): Promise<{ targets: IndexTarget[]; entities?: UserEntities }> {
  const list = paths.flatMap((p) =>
    p === '-'
      ? readFileSync(0, 'utf8')
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean)
      : [p],
  );
  const targets: IndexTarget[] = [];
  let first: UserEntities | undefined;
  for (const p of list) {
    const isDir = await stat(p).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) {
      targets.push({ path: p, file: p });
      continue;
    }
    const entities = folderConfig(p, warn);
    first ??= entities;
    const files: string[] = [];
    await walkArticles(p, { extensions: EXTENSIONS }, files);
    for (const f of files) {
      const rel = relative(p, f).split('\\').join('/');
      targets.push({ path: f, file: f, userEntities: entities, date: entities?.dates?.[rel] });
    }
  }
  return { targets, entities: first };
}

/** Runs `index` or `ledger`; resolves to the exit code. */
export async function runIndexCli(argv: string[], script: string): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(INDEX_USAGE);
    return 0;
  }
  let args: IndexArgs;
  try {
    args = parseIndexArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`news-lens: ${error.message}\n\n${INDEX_USAGE}`);
    return 1;
  }
  const warn = (m: string) => process.stderr.write(`news-lens: warning: ${m}\n`);
  const { targets, entities } = await targetsOf(args.paths, warn);
  const pool = new IndexPool(script, { size: Math.min(args.jobs, Math.max(1, targets.length)), timeoutMs: 120_000 });
  const cache = args.cache ? await IndexCache.open(args.cache, await cacheScope(script, [modelPath(), syntaxModelPath()], entities)) : undefined;
  const ctx: IndexerContext = { pool, cache, maxFileSize: MAX_FILE_SIZE, json: args.command === 'index' };
  const records: ArticleRecord[] = [];
  let failed = 0;
  let written = 0;
  const out = (s: string) => process.stdout.write(s);
  if (args.command === 'index' && !args.jsonl) out('[');
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < targets.length) {
      const target = targets[next++];
      const result = await indexFile(target, ctx);
      if ('error' in result) {
        failed++;
        process.stderr.write(`news-lens: ${target.file}: ${result.error} (skipped)\n`);
        continue;
      }
      if (args.command === 'ledger') records.push(result.record);
      else if (args.jsonl) out(`${result.json}\n`);
      else out(`${written ? ',' : ''}\n${result.json}`);
      written++;
      if (written % 200 === 0) await cache?.flush();
    }
  };
  try {
    await Promise.all(Array.from({ length: pool.size * 2 }, runner));
  } finally {
    pool.dispose();
    await cache?.flush();
  }
  if (args.command === 'index' && !args.jsonl) out(written ? '\n]\n' : ']\n');
  if (args.command === 'ledger') {
    records.sort((a, b) => (a.file < b.file ? -1 : 1));
    out(formatLedger(summarizeIndex(records, args.today, entities).threads, args.format));
  }
  return failed ? 2 : 0;
}
