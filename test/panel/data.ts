// Real summaries for the panel tests: the library's `analyze` + `summarize` on the fixture articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../../server/src/analysis';
import { analyze } from '../support/analyzer';
import type { Summary } from '../../server/src/analysis/types';
import { projectRoot, SEED } from '../support/paths';

export interface Article {
  name: string;
  uri: string;
  text: string;
  summary: Summary;
}

export function article(name: string, text: string): Article {
  return { name, uri: `file:///articles/${name}`, text, summary: summarize(name, analyze(text)) };
}

/** Every `test/fixtures/articles/*.news`, analysed. */
export function fixtureArticles(): Article[] {
  const dir = join(projectRoot(), 'test', 'fixtures', 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.news'))
    .sort()
    .map((f) => article(f, readFileSync(join(dir, f), 'utf8')));
}

/** The project's real seed article, when this machine has it (never copied into the repo). */
export function seedArticle(): Article | undefined {
  const file = SEED;
  return existsSync(file) ? article('seed.news', readFileSync(file, 'utf8')) : undefined;
}
