// Where the committed models (NER, syntax) live on disk, for the programs that read them (the CLI, the
// server's analysis and index workers, the scripts and the tests); the analysis library itself only
// receives their bytes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding package.json, walking up from this bundle's folder (else from the working directory). */
function projectRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      if (existsSync(join(dir, 'package.json'))) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error(`News Lens: no package.json above ${__dirname}`);
}

export function modelPath(): string {
  return join(projectRoot(), 'models', 'ner.bin');
}

/** The committed syntax model (part-of-speech tags and dependencies), next to the NER model. */
export function syntaxModelPath(): string {
  return join(projectRoot(), 'models', 'syntax.bin');
}

/** A model file's bytes; when it cannot be read, `log` is told why and the bytes are empty. */
function readBytes(what: string, log: (message: string) => void, path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (err) {
    log(`cannot read the ${what}: ${err instanceof Error ? err.message : String(err)}`);
    return new Uint8Array(0);
  }
}

/**
 * The model file's bytes (the committed model unless `path` names another); when it cannot be read,
 * `log` is told why and the bytes are empty (the analyzer then reports the tagger unavailable).
 */
export function readModel(log: (message: string) => void, path = modelPath()): Uint8Array {
  return readBytes('entity model', log, path);
}

/** The syntax model's bytes, as `readModel` (empty bytes: the analyzer reports the parser unavailable). */
export function readSyntaxModel(log: (message: string) => void, path = syntaxModelPath()): Uint8Array {
  return readBytes('syntax model', log, path);
}
