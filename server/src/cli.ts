#!/usr/bin/env node
// news-lens CLI: `news-lens analyze [--format json|markdown] [--explain] [--entities FILE |
// --no-entities] FILE...` (`-` reads standard input), and `news-lens index|ledger` over a folder of articles (cliIndex.ts).
import { readFileSync, statSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { createAnalyzer } from './analysis';
import { toExplanation } from './analysis/explain';
import { errorResult, toJsonResult, toMarkdown, type JsonResult } from './analysis/report';
import { articleConllu, createParser, type SyntaxParser } from './analysis/syntax';
import { isIndexCommand, runIndexCli } from './cliIndex';
import { isIndexWorker, serveIndexing } from './lsp/indexWorker';
import { readModel, readSyntaxModel, syntaxModelPath } from './model';
import { decodeText } from './textFile';
import { CliEntities, type EntitiesChoice } from './cliEntities';

const USAGE = `Usage: news-lens analyze [--format json|markdown] [--explain] FILE...
       news-lens index|ledger ... (news-lens index --help)

Reads each news article (UTF-8 text, or UTF-16 with a byte order mark; "-" for standard input)
and reports the people, organizations, countries and places it names (with roles and aliases), the
commitments made and the stances taken. Offsets count UTF-16 code units of the file's text.

Options:
  --format json       one JSON array, one result per file in input order (default)
  --format markdown   a readable brief per file
  --explain           also say which rules decided each entity, commitment and stance ("why": rule
                      ids in JSON, with the candidates rules rejected; a "Why" section in Markdown)
  --syntax            print each sentence's part-of-speech tags and dependency parse (CoNLL-U) instead
  --entities FILE     user entities and corrections from FILE (default: the .newslens.json
                      found from each file's folder upward)
  --no-entities       no user entities or corrections
  -h, --help          show this help
Exit codes: 0 all files analysed, 1 usage error, 2 some file could not be analysed.
`;

class UsageError extends Error {}

interface Args {
  format: 'json' | 'markdown';
  explain: boolean;
  files: string[];
  syntax: boolean;
  entities: EntitiesChoice;
}

function parseArgs(argv: string[]): Args | 'help' {
  if (argv.length === 0) throw new UsageError('missing command');
  if (argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return 'help';
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  let format: Args['format'] = 'json';
  let explain = false;
  let entities: EntitiesChoice = 'auto';
  const files: string[] = [];
  let optionsDone = false;
  let syntax = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!optionsDone && a === '--') {
      optionsDone = true;
    } else if (!optionsDone && (a === '--format' || a.startsWith('--format='))) {
      const value = a === '--format' ? rest[++i] : a.slice('--format='.length);
      if (value !== 'json' && value !== 'markdown')
        throw new UsageError(`--format must be json or markdown, not ${value === undefined ? 'nothing' : `"${value}"`}`);
      format = value;
    } else if (!optionsDone && a === '--syntax') {
      syntax = true;
    } else if (!optionsDone && a === '--explain') {
      explain = true;
    } else if (!optionsDone && (a === '--entities' || a.startsWith('--entities='))) {
      const value = a === '--entities' ? rest[++i] : a.slice('--entities='.length);
      if (!value) throw new UsageError('--entities needs a file');
      entities = { file: value };
    } else if (!optionsDone && a === '--no-entities') {
      entities = 'none';
    } else if (!optionsDone && a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option "${a}"`);
    } else {
      files.push(a);
    }
  }
  if (files.length === 0) throw new UsageError('no input file (use - for standard input)');
  return { format, explain, files, syntax, entities };
}

let stdinText: Buffer | undefined;

function readInput(file: string): Buffer {
  if (file === '-') {
    stdinText ??= readFileSync(0);
    return stdinText;
  }
  return readFileSync(file);
}

/** Text of `file`, or the reason it cannot be analysed. */
function load(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readInput(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return { error: `no such file: ${file}` };
    if (e.code === 'EISDIR') return { error: `is a directory: ${file}` };
    if (e.code === 'EACCES') return { error: `permission denied: ${file}` };
    return { error: `cannot read ${file}: ${e.message}` };
  }
  return decodeText(bytes);
}

/** The file name and modification time the article's date may come from. */
function articleOf(file: string): { fileName?: string; mtimeMs?: number } {
  if (file === '-') return {};
  try {
    return { fileName: file, mtimeMs: statSync(file).mtimeMs };
  } catch {
    return { fileName: file };
  }
}

/** `analyze --syntax`: each file's sentences as CoNLL-U (models/syntax.bin next to models/ner.bin). */
function printSyntax(files: string[]): number {
  let parser: SyntaxParser;
  try {
    parser = createParser(readFileSync(syntaxModelPath()));
  } catch (err) {
    process.stderr.write(`news-lens: the syntax model is unavailable (${(err as Error).message})\n`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const loaded = load(file);
    if ('error' in loaded) {
      failed = true;
      process.stderr.write(`news-lens: ${file === '-' ? '<stdin>' : file}: ${loaded.error}\n`);
      continue;
    }
    process.stdout.write(`# newdoc id = ${file === '-' ? '<stdin>' : file}\n${articleConllu(loaded.text, parser)}`);
  }
  return failed ? 2 : 0;
}

function warn(problem: string): void {
  process.stderr.write(`news-lens: warning: ${problem}\n`);
}

function main(argv: string[]): number {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`news-lens: ${err.message}\n\n${USAGE}`);
      return 1;
    }
    throw err;
  }
  if (args === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.syntax) return printSyntax(args.files);
  const analyzer = createAnalyzer({ model: readModel(warn), syntax: readSyntaxModel(warn), logger: warn });
  const results: JsonResult[] = [];
  const markdown: string[] = [];
  let failed = false;
  const user = new CliEntities(args.entities, (message) => process.stderr.write(`news-lens: warning: ${message}\n`));
  for (const file of args.files) {
    const name = file === '-' ? '<stdin>' : file;
    const loaded = load(file);
    if ('error' in loaded) {
      failed = true;
      process.stderr.write(`news-lens: ${name}: ${loaded.error}\n`);
      results.push(errorResult(name, loaded.error));
      markdown.push(`# ${name}\n\n**Error:** ${loaded.error}\n`);
      continue;
    }
    const analysis = analyzer.analyze(loaded.text, { userEntities: user.for(file), article: articleOf(file) });
    if (args.format === 'json') results.push(toJsonResult(name, analysis, { explain: args.explain }));
    else markdown.push(toMarkdown(name, analysis) + (args.explain ? `\n${toExplanation(analysis)}` : ''));
  }
  if (args.format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else process.stdout.write(markdown.join('\n---\n\n'));
  return failed ? 2 : 0;
}

if (!isMainThread && isIndexWorker()) serveIndexing();
else if (isIndexCommand(process.argv[2])) void runIndexCli(process.argv.slice(2), __filename).then((code) => (process.exitCode = code));
else process.exitCode = main(process.argv.slice(2));
