// Entity building on the fixture articles, with the spans a CoNLL-style tagger gives (listed by hand),
// so that these check the clustering, world knowledge and roles, not the statistical model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../../server/src/analysis/entities/index';
import type { NerType } from '../../server/src/analysis/ner/index';
import type { Entity } from '../../server/src/analysis/types';
import { byName, fixture, markSpans, mentionList, prepare } from './entities-helpers';

function entitiesOf(file: string, names: [string, NerType][]): { text: string; entities: Entity[] } {
  const p = prepare(fixture(file));
  return { text: p.text, entities: buildEntities(p.text, p.tokens, p.sentences, markSpans(p, names)) };
}

function checkInvariants(text: string, entities: Entity[]): void {
  entities.forEach((e, k) => {
    assert.equal(e.id, `e${k + 1}`);
    assert.ok(!e.aliases.includes(e.name), `${e.name} lists itself as an alias`);
    for (const m of e.mentions) assert.equal(m.text, text.slice(m.start, m.end));
    for (let i = 1; i < e.mentions.length; i++) assert.ok(e.mentions[i - 1].end <= e.mentions[i].start);
  });
  // Entities in order of first mention.
  for (let k = 1; k < entities.length; k++) assert.ok(entities[k - 1].mentions[0].start < entities[k].mentions[0].start);
}

test('diplomacy: capitals for their states by context, demonyms, "the North", roles with counterparts', () => {
  const { text, entities } = entitiesOf('diplomacy.news', [
    ['Park Ji-won', 'PER'],
    ['Hayashi Kenta', 'PER'],
    ['Park', 'PER'],
    ['Hayashi', 'PER'],
    ['Wang Lei', 'PER'],
    ['Maria Lopez', 'PER'],
    ['Lopez', 'PER'],
    ['Kenta Hayashi', 'PER'],
    ['Seoul', 'LOC'],
    ['Tokyo', 'LOC'],
    ['SEOUL', 'LOC'],
    ['South Korea', 'LOC'],
    ['Japan', 'LOC'],
    ['North Korea', 'LOC'],
    ['United States', 'LOC'],
    ['Pyongyang', 'LOC'],
    ['Beijing', 'LOC'],
    ['North', 'LOC'],
    ['China', 'LOC'],
    ['Korean Peninsula', 'LOC'],
    ['Yongbyon', 'LOC'],
    ['Washington', 'LOC'],
    ['US', 'LOC'],
    ['South Korean', 'MISC'],
    ['Japanese', 'MISC'],
    ['International Atomic Energy Agency', 'ORG'],
    ['IAEA', 'ORG'],
  ]);
  checkInvariants(text, entities);
  const korea = byName(entities, 'South Korea');
  assert.equal(korea.kind, 'country');
  // Headline "Seoul and Tokyo pledge ...": both capitals act for their states.
  assert.deepEqual(mentionList(korea), ['Seoul/name', 'South Korea/name', 'South Korean/demonym', 'South Korean/demonym']);
  assert.deepEqual(korea.mentions[0], { start: 0, end: 5, text: 'Seoul', form: 'name' });
  const japan = byName(entities, 'Japan');
  // "... said Tokyo strongly condemned the launches": Japan again.
  assert.deepEqual(mentionList(japan), ['Tokyo/name', 'Japan/name', 'Japanese/demonym', 'Tokyo/name', 'Japanese/demonym']);
  assert.equal(japan.mentions[3].start, text.indexOf('Tokyo strongly'));
  // The dateline and "met ... in Seoul", "to Seoul" are the city; "visit Beijing" too.
  const seoul = byName(entities, 'Seoul');
  assert.equal(seoul.kind, 'place');
  assert.deepEqual(mentionList(seoul), ['SEOUL/name', 'Seoul/name', 'Seoul/name']);
  assert.deepEqual(seoul.aliases, ['SEOUL']);
  assert.ok(!entities.some((e) => e.name === 'Tokyo'));
  assert.deepEqual(mentionList(byName(entities, 'Beijing')), ['Beijing/name']);
  assert.equal(byName(entities, 'Beijing').mentions[0].start, text.indexOf('Beijing in April'));
  const china = byName(entities, 'China');
  assert.deepEqual(mentionList(china), ['Beijing/name', 'China/name', 'Beijing/name']);
  assert.equal(china.mentions[2].start, text.indexOf('Beijing opposed'));
  const north = byName(entities, 'North Korea');
  assert.deepEqual(mentionList(north), ['North Korea/name', 'Pyongyang/name', 'the North/reference', 'the North/reference']);
  assert.equal(north.mentions[2].start, text.indexOf('the North to return'));
  assert.deepEqual(mentionList(byName(entities, 'United States')), ['United States/name', 'Washington/name', 'US/name', 'United States/name']);
  // People: either name order, surnames, roles through "her Japanese counterpart, ...".
  const park = byName(entities, 'Park Ji-won');
  assert.equal(park.kind, 'person');
  assert.deepEqual([park.role, park.roleOf, park.aliases], ['Foreign Minister', 'South Korea', ['Park']]);
  const hayashi = byName(entities, 'Hayashi Kenta');
  assert.deepEqual([hayashi.role, hayashi.roleOf], ['Foreign Minister', 'Japan']);
  assert.deepEqual(hayashi.aliases, ['Hayashi', 'Kenta Hayashi']);
  const wang = byName(entities, 'Wang Lei');
  assert.deepEqual([wang.role, wang.roleOf], ['foreign ministry spokesperson', 'China']);
  const lopez = byName(entities, 'Maria Lopez');
  assert.deepEqual([lopez.role, lopez.roleOf, lopez.aliases], ['Secretary of State', 'United States', ['Lopez']]);
  const iaea = byName(entities, 'International Atomic Energy Agency');
  assert.equal(iaea.kind, 'organization');
  assert.deepEqual(mentionList(iaea), ['International Atomic Energy Agency/name', 'IAEA/name', 'IAEA/name']);
  assert.equal(byName(entities, 'Korean Peninsula').kind, 'place');
});

test('business: organizations with short names and defined acronyms, compound roles', () => {
  const { text, entities } = entitiesOf('business.news', [
    ['Acme Foods', 'ORG'],
    ['Verdant Farms', 'ORG'],
    ['LONDON', 'LOC'],
    ['Reuters', 'ORG'],
    ['Europe', 'LOC'],
    ['Tom Reyes', 'PER'],
    ['Reyes', 'PER'],
    ['Verdant', 'ORG'],
    ['Wales', 'LOC'],
    ['Britain', 'LOC'],
    ['Competition and Markets Authority', 'ORG'],
    ['CMA', 'ORG'],
    ['Grace Okafor', 'PER'],
    ['Okafor', 'PER'],
    ['Acme', 'ORG'],
    ['London', 'LOC'],
    ['Barclays', 'ORG'],
    ['German', 'MISC'],
    ['Kaufmarkt', 'ORG'],
    ['Lena Vogt', 'PER'],
    ['British', 'MISC'],
  ]);
  checkInvariants(text, entities);
  const acme = byName(entities, 'Acme Foods');
  assert.equal(acme.id, 'e1');
  assert.deepEqual(acme.aliases, ['Acme']);
  assert.equal(acme.mentions.length, 7);
  // "Acme's largest customer": the possessive is not part of the mention.
  assert.ok(acme.mentions.some((m) => m.start === text.indexOf("Acme's") && m.end === m.start + 4));
  assert.deepEqual(byName(entities, 'Verdant Farms').aliases, ['Verdant']);
  const reyes = byName(entities, 'Tom Reyes');
  assert.deepEqual([reyes.role, reyes.roleOf, reyes.aliases], ['chief executive and chair', 'Acme Foods', ['Reyes']]);
  // "Kaufmarkt, Acme's largest customer, said ... Its chief executive, Lena Vogt": its = Kaufmarkt.
  const vogt = byName(entities, 'Lena Vogt');
  assert.deepEqual([vogt.role, vogt.roleOf], ['chief executive', 'Kaufmarkt']);
  const okafor = byName(entities, 'Grace Okafor');
  assert.deepEqual([okafor.role, okafor.roleOf], ['founder', 'Verdant Farms']);
  const cma = byName(entities, 'Competition and Markets Authority');
  assert.deepEqual(mentionList(cma), ['Competition and Markets Authority/name', 'CMA/name', 'CMA/name']);
  const uk = byName(entities, 'United Kingdom');
  assert.equal(uk.kind, 'country');
  assert.deepEqual(mentionList(uk), ['Britain/name', 'British/demonym']);
  assert.deepEqual(mentionList(byName(entities, 'Germany')), ['German/demonym', 'German/demonym']);
  const london = byName(entities, 'London');
  assert.equal(london.kind, 'place');
  assert.deepEqual(london.aliases, ['LONDON']);
  assert.equal(byName(entities, 'Wales').kind, 'place');
});

test('climate: capitals as actors, defined acronyms, demonyms, titled people', () => {
  const { text, entities } = entitiesOf('climate.news', [
    ['Spain', 'LOC'],
    ['Morocco', 'LOC'],
    ['MADRID', 'LOC'],
    ['Ana Ruiz', 'PER'],
    ['Moroccan', 'MISC'],
    ['Youssef Amrani', 'PER'],
    ['Madrid', 'LOC'],
    ['Ruiz', 'PER'],
    ['Spanish', 'MISC'],
    ['International Energy Agency', 'ORG'],
    ['IEA', 'ORG'],
    ['North Africa', 'LOC'],
    ['Europe', 'LOC'],
    ['European', 'MISC'],
    ['Rabat', 'LOC'],
    ['European Investment Bank', 'ORG'],
    ['EIB', 'ORG'],
    ['Ouarzazate', 'LOC'],
    ['Carla Mendes', 'PER'],
    ['Greenpeace Spain', 'ORG'],
    ['Amrani', 'PER'],
    ['European Commission', 'ORG'],
  ]);
  checkInvariants(text, entities);
  const spain = byName(entities, 'Spain');
  // "Spain's minister", "Spanish homes", "Madrid should have acted" — but not "in Madrid".
  assert.deepEqual(mentionList(spain), ['Spain/name', 'Spain/name', 'Spain/name', 'Spanish/demonym', 'Madrid/name']);
  assert.equal(spain.mentions[4].start, text.indexOf('Madrid should'));
  const morocco = byName(entities, 'Morocco');
  assert.ok(mentionList(morocco).includes('Rabat/name'));
  assert.ok(mentionList(morocco).includes('Moroccan/demonym'));
  assert.deepEqual(mentionList(byName(entities, 'Madrid')), ['MADRID/name', 'Madrid/name']);
  const ruiz = byName(entities, 'Ana Ruiz');
  // No owner stated before the name: the state named first in the sentence before (role.owner-nearby).
  assert.deepEqual([ruiz.role, ruiz.roleOf, ruiz.aliases], ['Deputy Prime Minister', 'Spain', ['Ruiz']]);
  const amrani = byName(entities, 'Youssef Amrani');
  assert.deepEqual([amrani.role, amrani.roleOf], ['Energy Minister', 'Morocco']);
  assert.deepEqual(byName(entities, 'International Energy Agency').aliases, ['IEA']);
  assert.deepEqual(byName(entities, 'European Investment Bank').aliases, ['EIB']);
  // "European" is no state: dropped.
  assert.ok(!entities.some((e) => e.name === 'European'));
});

test('local government: titles before names, "the chair of the X" after them', () => {
  const { text, entities } = entitiesOf('local.news', [
    ['Brookfield City Council', 'ORG'],
    ['Riverside', 'LOC'],
    ['Helen Carter', 'PER'],
    ['Carter', 'PER'],
    ['David Osei', 'PER'],
    ['Osei', 'PER'],
    ['Brookfield Transit Authority', 'ORG'],
    ['BTA', 'ORG'],
    ['Priya Nair', 'PER'],
    ['James Whitfield', 'PER'],
    ['London', 'LOC'],
    ['Sam Hughes', 'PER'],
    ['Riverside Residents Association', 'ORG'],
  ]);
  checkInvariants(text, entities);
  assert.deepEqual([byName(entities, 'Helen Carter').role, byName(entities, 'Helen Carter').aliases], ['Mayor', ['Carter']]);
  assert.equal(byName(entities, 'David Osei').role, 'Councillor');
  assert.equal(byName(entities, 'James Whitfield').role, 'Transport Secretary');
  assert.equal(byName(entities, 'Priya Nair').role, 'director');
  const hughes = byName(entities, 'Sam Hughes');
  assert.deepEqual([hughes.role, hughes.roleOf], ['chair', 'Riverside Residents Association']);
  assert.deepEqual(byName(entities, 'Brookfield Transit Authority').aliases, ['BTA']);
  assert.equal(entities.filter((e) => e.kind === 'country').length, 0);
});

test('sports: national teams as countries, owners of sports roles', () => {
  const { text, entities } = entitiesOf('sports.news', [
    ['Brazil', 'LOC'],
    ['Argentina', 'LOC'],
    ['Copa', 'MISC'],
    ['RIO DE JANEIRO', 'LOC'],
    ['Copa America', 'MISC'],
    ['Uruguay', 'LOC'],
    ['Lucas Moura', 'PER'],
    ['Julian Alvarez', 'PER'],
    ['Dorival Santos', 'PER'],
    ['Santos', 'PER'],
    ['Moura', 'PER'],
    ['Brazilian', 'MISC'],
    ['Lionel Ortega', 'PER'],
    ['South American Football Confederation', 'ORG'],
    ['CONMEBOL', 'ORG'],
    ['Argentine', 'MISC'],
    ['AFA', 'ORG'],
    ['Colombia', 'LOC'],
    ['Sao Paulo', 'LOC'],
  ]);
  checkInvariants(text, entities);
  assert.deepEqual(mentionList(byName(entities, 'Brazil')), ['Brazil/name', 'Brazil/name', 'Brazil/name', 'Brazilian/demonym']);
  const santos = byName(entities, 'Dorival Santos');
  assert.deepEqual([santos.role, santos.roleOf, santos.mentions.length], ['coach', 'Brazil', 3]);
  const ortega = byName(entities, 'Lionel Ortega');
  assert.deepEqual([ortega.role, ortega.roleOf], ['captain', 'Argentina']);
  assert.equal(byName(entities, 'Lucas Moura').role, 'Striker');
  assert.deepEqual(byName(entities, 'South American Football Confederation').aliases, ['CONMEBOL']);
  // MISC names other than demonyms are dropped.
  assert.ok(!entities.some((e) => e.name.startsWith('Copa')));
  assert.equal(byName(entities, 'Sao Paulo').kind, 'place');
  assert.equal(byName(entities, 'RIO DE JANEIRO').kind, 'place');
});
