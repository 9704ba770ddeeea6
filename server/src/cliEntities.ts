// The CLI's user entities and corrections: the file given with `--entities FILE`, none with
// `--no-entities`, or by default the `.newslens.json` found from each input file's folder upward (as
// the editor reads its workspace's). Read with the editor's parser: regular files only, size capped,
// bad entries reported (on standard error, never quoting the file) and skipped.
import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { UserEntities } from './analysis/types';
import { loadUserEntities, MAX_ENTITIES_FILE_BYTES } from './lsp/userEntities';

export const ENTITIES_FILE = '.newslens.json';

/** `--entities FILE`, `--no-entities`, or the default lookup. */
export type EntitiesChoice = { file: string } | 'none' | 'auto';

/** The file's text, undefined when there is none, or why it is not read. */
function readFile(path: string): { text?: string; problem?: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return {};
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: 'not a regular file; not read' };
    if (stat.size > MAX_ENTITIES_FILE_BYTES) return { problem: `above the limit of ${MAX_ENTITIES_FILE_BYTES / 1048576} MB; not read` };
    const buffer = Buffer.alloc(stat.size);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return { text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

/** The nearest `.newslens.json` in `folder` or above it. */
export function findEntitiesFile(folder: string): string | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const file = join(dir, ENTITIES_FILE);
    const { text, problem } = readFile(file);
    if (text !== undefined || problem !== undefined) return file;
    if (dirname(dir) === dir) return undefined;
  }
}

export class CliEntities {
  private loaded = new Map<string, UserEntities | undefined>();

  constructor(
    private readonly choice: EntitiesChoice,
    private readonly warn: (message: string) => void,
  ) {}

  /** The user entities for an input file (`-`: the current folder's). */
  for(input: string): UserEntities | undefined {
    if (this.choice === 'none') return undefined;
    const file = this.choice === 'auto' ? findEntitiesFile(input === '-' ? process.cwd() : dirname(input)) : this.choice.file;
    return file === undefined ? undefined : this.load(file);
  }

  private load(file: string): UserEntities | undefined {
    if (this.loaded.has(file)) return this.loaded.get(file);
    const { text, problem } = readFile(file);
    let entities: UserEntities | undefined;
    if (problem) this.warn(`${file}: ${problem}`);
    else if (text === undefined) this.warn(`${file}: no such file`);
    else {
      const loaded = loadUserEntities(text);
      for (const message of loaded.problems.slice(0, 20)) this.warn(`${file}: ${message}`);
      entities = loaded.entities;
    }
    this.loaded.set(file, entities);
    return entities;
  }
}
