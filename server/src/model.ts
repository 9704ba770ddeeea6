// Where the committed NER model lives on disk, for the programs that read it (the CLI, the server's
// analysis worker, the scripts and the tests); the analysis library itself only receives its bytes.
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

/**
 * The model file's bytes (the committed model unless `path` names another); when it cannot be read,
 * `log` is told why and the bytes are empty (the analyzer then reports the tagger unavailable).
 */
export function readModel(log: (message: string) => void, path = modelPath()): Uint8Array {
  try {
    return readFileSync(path);
  } catch (err) {
    log(`cannot read the entity model: ${err instanceof Error ? err.message : String(err)}`);
    return new Uint8Array(0);
  }
}
