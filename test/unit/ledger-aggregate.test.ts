// The index kept up to date article by article (IndexAggregate): after an article changes, is
// removed or comes back, the actors, the ledger and the articles are those a fresh build over the
// final articles gives. Our own three-article story (test/fixtures/ledger), edited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../support/analyzer';
import { IndexAggregate, recordOf, summarizeIndex, type ArticleRecord } from '../../server/src/analysis/ledger';
import { projectRoot } from '../support/paths';

const DIR = join(projectRoot(), 'test', 'fixtures', 'ledger');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.news'))
  .sort();
const record = (file: string, text = readFileSync(join(DIR, file), 'utf8')): ArticleRecord => recordOf(file, analyze(text, { article: { fileName: file } }));
const originals = FILES.map((f) => record(f));
const TODAY = '2025-02-01';

function built(records: ArticleRecord[]): IndexAggregate {
  const aggregate = new IndexAggregate();
  for (const r of records) aggregate.set(r);
  return aggregate;
}

/** The aggregate's summary equals a fresh build over `records`. */
function assertSameAsFresh(aggregate: IndexAggregate, records: ArticleRecord[], today = TODAY): void {
  const fresh = summarizeIndex(records, today);
  const now = aggregate.summary(today);
  assert.deepEqual(now.actors, fresh.actors);
  assert.deepEqual(now.threads, fresh.threads);
  assert.deepEqual(now.articles, fresh.articles);
}

test('an article edited: its old reports and names leave, its new ones come, as in a fresh build', () => {
  const aggregate = built(originals);
  const before = aggregate.summary(TODAY);
  const second = FILES[1];
  // The reaffirming article now also names the Transport Minister and reaffirms the tender.
  const edited = record(
    second,
    `${readFileSync(join(DIR, second), 'utf8')}\nTransport Minister Chris Bonett said the government would publish the tender by April 30.\n`,
  );
  aggregate.set(edited);
  const finals = [originals[0], edited, originals[2]];
  assertSameAsFresh(aggregate, finals);
  const after = aggregate.summary(TODAY);
  assert.notDeepEqual(after.threads, before.threads, 'the edit changed the ledger');
  assert.ok(
    after.actors.some((a) => a.name === 'Chris Bonett'),
    after.actors.map((a) => a.name).join(),
  );
  // The same undertaking keeps its id across the change.
  const terminal = (s: typeof before) => s.threads.find((t) => t.action.includes('ferry terminal'))?.id;
  assert.equal(terminal(after), terminal(before));
});

test('an article removed, then back: the aggregates of the two, then of the three', () => {
  const aggregate = built(originals);
  aggregate.delete(FILES[0]);
  assertSameAsFresh(aggregate, originals.slice(1));
  // The terminal promise is reported once now, by the reaffirming article alone.
  const terminal = aggregate.summary(TODAY).threads.find((t) => t.action.includes('ferry terminal'));
  assert.equal(terminal?.reports.length, 1);
  aggregate.set(originals[0]);
  assertSameAsFresh(aggregate, originals);
  aggregate.delete('not-indexed.news');
  assertSameAsFresh(aggregate, originals);
});

test('the order articles come in, and another day, change nothing but the badges due', () => {
  const reversed = built([...originals].reverse());
  assertSameAsFresh(reversed, originals);
  assertSameAsFresh(reversed, originals, '2024-12-01');
  const publish = reversed.summary('2024-04-15').threads.find((t) => t.action.startsWith('publish'));
  assert.deepEqual(publish?.badges, ['due-soon']);
});

test("an actor's articles with their first mentions, from the kept offsets", () => {
  const aggregate = built(originals);
  const abela = aggregate.summary(TODAY).actors.find((a) => a.name === 'Robert Abela');
  assert.ok(abela);
  const articles = aggregate.actorArticles(abela);
  assert.deepEqual(articles.map((a) => a.article.file).sort(), FILES);
  for (const { article, entity, mentions, count } of articles) {
    const text = readFileSync(join(DIR, article.file), 'utf8');
    const e = originals.find((r) => r.file === article.file)?.entities.find((x) => x.id === entity);
    assert.equal(count, e?.count);
    assert.deepEqual(mentions, e?.mentions);
    assert.match(text.slice(mentions[0], mentions[1]), /Abela/);
  }
});
