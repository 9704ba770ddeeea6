// `node dist/bench-corrections.js` (in `npm run bench`): what 100,000 user corrections (commitment
// corrections and notSame entries, none of them matching) add to the analysis of each fixture
// article, measured interleaved (with, without, without, with) so machine load hits both alike; medians.
// Target (issue 13): <= 10% on a 3 KB article.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UserEntities } from '../server/src/analysis/index';
import { analyze } from '../test/support/analyzer';
import { projectRoot } from '../test/support/paths';

const ROUNDS = 40;
const fixtures = join(projectRoot(), 'test', 'fixtures', 'articles');
const articles = (existsSync(fixtures) ? readdirSync(fixtures).sort() : []).filter((f) => f.endsWith('.news'));
const user: UserEntities = {
  corrections: Array.from({ length: 100_000 }, (_, i) => ({ trigger: `pledged${i % 500}`, sentence: `Sentence number ${i}.`, action: 'drop' as const })),
  notSame: Array.from({ length: 100_000 }, (_, i) => ({ name: `Name ${i}`, from: `Entity ${i}` })),
};

const time = (text: string, options: { userEntities?: UserEntities }): number => {
  const start = performance.now();
  analyze(text, options);
  return performance.now() - start;
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const lines = ['News Lens corrections benchmark: 100,000 corrections and 100,000 notSame entries, none matching', ''];
const first = performance.now();
analyze('Warm up.', { userEntities: user });
lines.push(`grouping the lists once: ${(performance.now() - first).toFixed(0)} ms (first analysis with them)`);
for (const name of articles) {
  const text = readFileSync(join(fixtures, name), 'utf8');
  for (let i = 0; i < 5; i++) {
    analyze(text, { userEntities: user });
    analyze(text);
  }
  const plain: number[] = [];
  const corrected: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    corrected.push(time(text, { userEntities: user }));
    plain.push(time(text, {}), time(text, {}));
    corrected.push(time(text, { userEntities: user }));
  }
  const [p, c] = [median(plain), median(corrected)];
  lines.push(
    `${name.padEnd(18)} ${(text.length / 1024).toFixed(1)} KB: median ${p.toFixed(2)} ms plain, ${c.toFixed(2)} ms with the lists: ${((100 * (c - p)) / p).toFixed(1)}% (target <= 10%)`,
  );
}
process.stdout.write(lines.join('\n') + '\n');
