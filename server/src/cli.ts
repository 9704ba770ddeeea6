#!/usr/bin/env node
// news-lens CLI: `news-lens analyze [--format json|markdown] [--entities FILE | --no-entities] FILE...`
// (`-` reads standard input).
import { readFileSync } from 'node:fs';
import { analyze, taggerProblem } from './analysis';
import { errorResult, toJsonResult, toMarkdown, type JsonResult } from './analysis/report';
import { CliEntities, type EntitiesChoice } from './cliEntities';

const USAGE = `Usage: news-lens analyze [--format json|markdown] FILE...

Reads each news article (UTF-8 text, or UTF-16 with a byte order mark; "-" for standard input)
and reports the people, organizations, countries and places it names (with roles and aliases), the
commitments made and the stances taken. Offsets count UTF-16 code units of the file's text.

Options:
  --format json       one JSON array, one result per file in input order (default)
  --format markdown   a readable brief per file
  --entities FILE     user entities and corrections from FILE (default: the .newslens.json
                      found from each file's folder upward)
  --no-entities       no user entities or corrections
  -h, --help          show this help
Exit codes: 0 all files analysed, 1 usage error, 2 some file could not be analysed.
`;

class UsageError extends Error {}

interface Args {
  format: 'json' | 'markdown';
  files: string[];
  entities: EntitiesChoice;
}

function parseArgs(argv: string[]): Args | 'help' {
  if (argv.length === 0) throw new UsageError('missing command');
  if (argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return 'help';
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  let format: Args['format'] = 'json';
  let entities: EntitiesChoice = 'auto';
  const files: string[] = [];
  let optionsDone = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!optionsDone && a === '--') {
      optionsDone = true;
    } else if (!optionsDone && (a === '--format' || a.startsWith('--format='))) {
      const value = a === '--format' ? rest[++i] : a.slice('--format='.length);
      if (value !== 'json' && value !== 'markdown') throw new UsageError(`--format must be json or markdown, not ${value === undefined ? 'nothing' : `"${value}"`}`);
      format = value;
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
  return { format, files, entities };
}

/** Why `bytes` is not a text this tool reads, or undefined when it is readable UTF-8 text. */
function binaryProblem(bytes: Uint8Array): string | undefined {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return 'binary file (contains NUL bytes)';
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (bytes.length > 0 && control / bytes.length > 0.3) return 'binary file (mostly control characters)';
  return undefined;
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
  return decode(bytes);
}

/** Byte order marks and the encodings they announce. */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * The file's text: UTF-8, or UTF-16 when a byte order mark says so. The mark stays in the text as
 * one space, so every offset reported is an offset into the file's text, mark included.
 */
function decode(bytes: Buffer): { text: string } | { error: string } {
  const encoding = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b))?.[1];
  if (encoding === undefined || encoding === 'utf-8') {
    const binary = binaryProblem(bytes);
    if (binary) return { error: binary };
  }
  try {
    const text = new TextDecoder(encoding ?? 'utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text };
  } catch {
    return { error: encoding?.startsWith('utf-16') ? `not valid ${encoding.toUpperCase()} text` : 'not valid UTF-8 text' };
  }
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
    const analysis = analyze(loaded.text, { userEntities: user.for(file) });
    if (args.format === 'json') results.push(toJsonResult(name, analysis));
    else markdown.push(toMarkdown(name, analysis));
  }
  const problem = taggerProblem();
  if (problem) process.stderr.write(`news-lens: warning: the entity tagger is unavailable (${problem}); names come from world knowledge only\n`);
  if (args.format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else process.stdout.write(markdown.join('\n---\n\n'));
  return failed ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
