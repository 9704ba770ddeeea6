// Where the tests find the project and the seed article, wherever the bundle runs from.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding package.json, found from this bundle's location. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

/** The real article the project began from, in `shared/` beside the checkout (absent elsewhere). */
export const SEED = join(projectRoot(), '..', 'shared', 'seeds', '000_d6598c7fc33269be.txt');
