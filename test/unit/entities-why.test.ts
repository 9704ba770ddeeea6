// Every entity names the rules that decided it (`why`): on every fixture article, and on short
// sentences where one rule is known to decide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../support/analyzer';
import { SPAN_RULES } from '../../server/src/analysis/entities/classify';
import { buildEntities } from '../../server/src/analysis/entities/index';
import type { NerType } from '../../server/src/analysis/ner/index';
import type { Entity, UserEntities } from '../../server/src/analysis/types';
import { byName, fixturePath, markSpans, prepare } from './entities-helpers';
import { HELDOUT } from './entities-heldout-score';

/** Rule ids: a family and a kebab-case name, dotted ("kind.place-head-word"). */
const RULE_ID = /^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;

function run(text: string, names: [string, NerType][], user?: UserEntities): Entity[] {
  const p = prepare(text);
  return buildEntities(text, p.tokens, p.sentences, markSpans(p, names), user);
}

test('every entity of every fixture article carries the ids of the rules that decided it', () => {
  const articles = join(fixturePath('.'));
  const files = [
    ...readdirSync(articles)
      .filter((f) => f.endsWith('.news'))
      .map((f) => join(articles, f)),
    ...readdirSync(HELDOUT)
      .filter((f) => f.endsWith('.news'))
      .map((f) => join(HELDOUT, f)),
  ];
  assert.ok(files.length >= 10, `fixture articles found: ${files.length}`);
  let entities = 0;
  for (const file of files) {
    for (const e of analyze(readFileSync(file, 'utf8')).entities) {
      entities++;
      assert.ok(e.why && e.why.length > 0, `${file}: ${e.kind} ${e.name} has no why`);
      for (const id of e.why) assert.match(id, RULE_ID, `${file}: ${e.name}`);
    }
  }
  assert.ok(entities > 100, `entities checked: ${entities}`);
});

test('kinds name their rule: a place word over the tagger, a capital acting, a known body, the tagger', () => {
  const text = 'Ships crossed the Gulf of Finland. Beijing condemned the drills. Tesla cut prices, said Ana Ruiz.';
  const es = run(text, [
    ['Gulf of Finland', 'ORG'],
    ['Beijing', 'LOC'],
    ['Tesla', 'PER'],
    ['Ana Ruiz', 'PER'],
  ]);
  assert.ok(byName(es, 'Gulf of Finland').why?.includes('kind.place-head-word'));
  assert.ok(byName(es, 'China').why?.includes('metonymy.capital-acts'));
  assert.ok(byName(es, 'Tesla').why?.includes('kind.world-known-body'));
  assert.deepEqual(byName(es, 'Ana Ruiz').why, ['kind.tagger-person']);
});

test('merges name their rule: a surname, an acronym, the same words in another order', () => {
  const text = 'Minoru Kihara met the Nordic Fisheries Council (NFC). Kihara praised the NFC. Kihara Minoru left.';
  const es = run(text, [
    ['Minoru Kihara', 'PER'],
    ['Kihara Minoru', 'PER'],
    ['Kihara', 'PER'],
    ['Nordic Fisheries Council', 'ORG'],
    ['NFC', 'ORG'],
  ]);
  const kihara = byName(es, 'Minoru Kihara');
  assert.equal(kihara.mentions.length, 3);
  assert.ok(kihara.why?.includes('merge.surname'));
  assert.ok(kihara.why?.includes('merge.name-order'));
  const council = byName(es, 'Nordic Fisheries Council');
  assert.deepEqual(
    council.mentions.map((m) => m.text),
    ['Nordic Fisheries Council', 'NFC', 'NFC'],
  );
  assert.ok(council.why?.includes('merge.acronym'));
});

test('roles and user entities name their rule', () => {
  const text = 'Ana Ruiz, the prime minister of Spain, spoke. Foreign Minister Tom Reyes of Portugal agreed with Halden Works.';
  const user: UserEntities = { entities: [{ name: 'Halden Works', kind: 'organization', role: 'supplier' }] };
  const es = run(
    text,
    [
      ['Ana Ruiz', 'PER'],
      ['Spain', 'LOC'],
      ['Tom Reyes', 'PER'],
      ['Portugal', 'LOC'],
    ],
    user,
  );
  const ruiz = byName(es, 'Ana Ruiz');
  assert.equal(ruiz.roleOf, 'Spain');
  assert.ok(ruiz.why?.includes('role.apposition'));
  assert.ok(byName(es, 'Tom Reyes').why?.includes('role.title-before'));
  assert.deepEqual(byName(es, 'Halden Works').why, ['user.entity', 'role.user']);
});

test('the rules of the span table have distinct ids of the documented form', () => {
  const ids = SPAN_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, RULE_ID);
  // The last rule decides whatever the others left: a place.
  assert.equal(ids[ids.length - 1], 'kind.tagger-place');
});
