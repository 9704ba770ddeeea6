// The cross-article index over our own three-article story (test/fixtures/ledger): one actor
// across articles, an undertaking reaffirmed as one thread, badges against "today".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../support/analyzer';
import { formatLedger, recordOf, summarizeIndex, type ArticleRecord } from '../../server/src/analysis/ledger';
import { contentStems, nameKey } from '../../server/src/analysis/ledger/words';
import { projectRoot } from '../support/paths';

const DIR = join(projectRoot(), 'test', 'fixtures', 'ledger');
const records: ArticleRecord[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.news'))
  .sort()
  .map((f) => recordOf(f, analyze(readFileSync(join(DIR, f), 'utf8'), { article: { fileName: f } })));

test('names and action words match across articles', () => {
  assert.equal(nameKey('the Ministry of Défense'), 'ministry of defense');
  assert.equal(nameKey("Malta's"), 'malta');
  assert.deepEqual(contentStems('hire 200 workers'), contentStems('hired 200 workers'));
  assert.deepEqual(contentStems('build the terminal'), contentStems('built a terminal'));
});

test('one actor across articles, with its articles and aliases', () => {
  const { actors } = summarizeIndex(records, '2024-07-01');
  const abela = actors.find((a) => a.name === 'Robert Abela');
  assert.ok(abela, actors.map((a) => a.name).join());
  assert.equal(abela.kind, 'person');
  assert.equal(abela.articles, 3);
  assert.ok(abela.aliases.includes('Abela'));
  const malta = actors.filter((a) => a.kind === 'country' && a.name === 'Malta');
  assert.equal(malta.length, 1);
  assert.equal(malta[0].articles, 3);
});

test('a bare surname claimed by two people stays apart; a user entity names the actor', () => {
  const person = (file: string, id: string, name: string, aliases: string[]): ArticleRecord => ({
    file,
    entities: [{ id, kind: 'person', name, aliases, count: 1, mentions: [0, 1] }],
    commitments: [],
    done: [],
    counts: { entities: 1, commitments: 0, stances: 0 },
  });
  const rs = [person('a', 'e1', 'Anna Grech', ['Grech']), person('b', 'e1', 'Paul Grech', ['Grech']), person('c', 'e1', 'Grech', [])];
  assert.deepEqual(
    summarizeIndex(rs, '2025-01-01')
      .actors.map((a) => a.name)
      .sort(),
    ['Anna Grech', 'Grech', 'Paul Grech'],
  );
  const one = [person('a', 'e1', 'Anna Grech', ['Grech']), person('c', 'e1', 'Grech', [])];
  assert.deepEqual(
    summarizeIndex(one, '2025-01-01').actors.map((a) => [a.name, a.articles]),
    [['Anna Grech', 2]],
  );
  const user = summarizeIndex(one, '2025-01-01', { entities: [{ name: 'Dr Anna Grech', kind: 'person', aliases: ['Anna Grech'] }] }).actors;
  assert.deepEqual(
    user.map((a) => [a.name, a.user, a.articles]),
    [['Dr Anna Grech', true, 2]],
  );
});

test('the ledger: a reaffirmed undertaking is one thread; overdue, done, negated against today', () => {
  const { threads } = summarizeIndex(records, '2025-02-01');
  const terminal = threads.find((t) => t.action.includes('ferry terminal'));
  assert.ok(terminal, threads.map((t) => t.action).join(' / '));
  assert.equal(terminal.reports.length, 2);
  assert.equal(terminal.first, '2024-03-04');
  assert.equal(terminal.last, '2024-06-10');
  assert.deepEqual(terminal.deadline, { start: '2024-12-01', end: '2024-12-31' }); // "by December", the latest report's
  assert.ok(terminal.badges.includes('done'), terminal.badges.join()); // the January article reports it opened
  const tender = threads.find((t) => t.action.startsWith('publish the tender'));
  assert.deepEqual(tender?.badges, ['overdue']);
  const fares = threads.find((t) => t.action.includes('ferry fares'));
  assert.deepEqual(fares?.badges, ['negated']);
  const audit = threads.find((t) => t.action.includes('auditor'));
  assert.deepEqual(audit?.deadline, { start: '2025-03-01', end: '2025-03-31' });
  assert.deepEqual(summarizeIndex(records, '2025-03-15').threads.find((t) => t.id === audit?.id)?.badges, ['due-soon']);
  assert.deepEqual(summarizeIndex(records, '2024-12-01').threads.find((t) => t.action.startsWith('publish'))?.badges, ['overdue']);
  assert.deepEqual(summarizeIndex(records, '2024-04-15').threads.find((t) => t.action.startsWith('publish'))?.badges, ['due-soon']);
});

test('the articles by date, newest first; the ledger as CSV, JSON and Markdown', () => {
  const s = summarizeIndex(records, '2025-02-01');
  assert.deepEqual(
    s.articles.map((a) => a.date?.date),
    ['2025-01-20', '2024-06-10', '2024-03-04'],
  );
  const csv = formatLedger(s.threads, 'csv').split('\r\n');
  assert.equal(csv[0], 'actors,action,modality,negated,deadline,first,last,articles,badges,files');
  assert.equal(csv.length, s.threads.length + 2);
  assert.ok(
    csv.some((l) => l.includes('2024-12-01/2024-12-31,2024-03-04,2024-06-10,2,done')),
    csv.join('\n'),
  );
  assert.equal(JSON.parse(formatLedger(s.threads, 'json')).length, s.threads.length);
  const md = formatLedger(s.threads, 'markdown');
  assert.match(md, /^# Commitments ledger/);
  assert.equal(md.split('\n').filter((l) => l.startsWith('| ')).length, s.threads.length + 1);
  assert.equal(
    formatLedger([{ ...s.threads[0], action: '=cmd|x, "y"' }], 'csv')
      .split('\r\n')[1]
      .split(',')[1],
    `"'=cmd|x`,
  );
});

test('no records, or records of nothing: empty index, no throw', () => {
  assert.deepEqual(summarizeIndex([], '2025-01-01'), { actors: [], threads: [], articles: [] });
  const empty = recordOf('x.news', analyze(''));
  assert.deepEqual(summarizeIndex([empty], '2025-01-01').threads, []);
});
