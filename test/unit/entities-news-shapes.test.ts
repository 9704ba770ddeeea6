// Entity shapes of everyday news the tagger gets wrong (issue 15), fixed by named rules: a place's
// head word split from its "of" name, a quote's first word, a known place tagged MISC, the agency a
// dateline credits, a dateline's capitals, an organization's first word shared with a place.
// Own sentences, hand-made tagger spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../../server/src/analysis/entities/index';
import type { NerType } from '../../server/src/analysis/ner/index';
import type { Entity } from '../../server/src/analysis/types';
import { byName, markSpans, prepare } from './entities-helpers';

function run(text: string, names: [string, NerType][]): Entity[] {
  const p = prepare(text);
  return buildEntities(text, p.tokens, p.sentences, markSpans(p, names));
}

const names = (es: Entity[]): string[] => es.map((e) => `${e.kind}:${e.name}`);

test('"Bay" + "of" + "Biscay" tagged apart is one place (kind.place-head-of-name)', () => {
  const es = run('Two trawlers sank in the Bay of Biscay on Sunday.', [
    ['Bay', 'LOC'],
    ['Biscay', 'LOC'],
  ]);
  assert.deepEqual(names(es), ['place:Bay of Biscay']);
  assert.ok(byName(es, 'Bay of Biscay').why?.includes('kind.place-head-of-name'));
  // A person's name is never joined so: "Bay" tagged as a person stays apart.
  const apart = run('Lena Bay of Norway won.', [
    ['Lena Bay', 'PER'],
    ['Norway', 'LOC'],
  ]);
  assert.deepEqual(names(apart), ['person:Lena Bay', 'country:Norway']);
});

test("a quote's first word before a lower-case word is no place (skip.quote-opening-word), a name there still is", () => {
  const es = run('The mayor spoke. "Older drivers should not pay twice," she said.', [['Older', 'LOC']]);
  assert.deepEqual(names(es), []);
  const named = run('"Harwick needs a bridge," she said. Harwick has none.', [
    ['Harwick', 'LOC'],
    ['Harwick', 'LOC'],
  ]);
  assert.deepEqual(names(named), ['place:Harwick']);
});

test('a known place tagged MISC where it was tagged a place before is the same place (kind.misc-known-place)', () => {
  const text = 'Navies patrol the Indo-Pacific. Trade across the wider Indo-Pacific grew.';
  const es = run(text, [
    ['Indo-Pacific', 'LOC'],
    ['Indo-Pacific', 'MISC'],
  ]);
  assert.equal(byName(es, 'Indo-Pacific').mentions.length, 2);
  // Alone, a MISC stays no entity.
  assert.deepEqual(names(run('Trade across the wider Indo-Pacific grew.', [['Indo-Pacific', 'MISC']])), []);
});

test('the wire a dateline credits is no entity (skip.dateline-credit), unless the story names it; a place in capitals takes the form the text writes it in', () => {
  const text = 'Port deal signed\n\nOSLO, March 3 (Nordpress) - Norway signed the deal on Tuesday. Oslo said it would pay.\n';
  const es = run(text, [
    ['OSLO', 'LOC'],
    ['Nordpress', 'LOC'],
    ['Norway', 'LOC'],
    ['Oslo', 'LOC'],
  ]);
  assert.ok(!es.some((e) => e.name === 'Nordpress'));
  const named = run('OSLO, March 3 (Nordpress) - Nordpress sold its printing arm on Tuesday.\n', [
    ['OSLO', 'LOC'],
    ['Nordpress', 'ORG'],
  ]);
  assert.deepEqual(
    byName(named, 'Nordpress').mentions.map((m) => m.start),
    ['OSLO, March 3 (Nordpress) - '.length],
  );
  // "Oslo said" stands for Norway; the dateline's place is still named "Oslo", not "OSLO" (name.title-case).
  assert.ok(byName(es, 'Norway').aliases.includes('Oslo'));
  const place = byName(es, 'Oslo');
  assert.deepEqual([place.kind, place.aliases], ['place', ['OSLO']]);
  assert.ok(place.why?.includes('name.title-case'));
});

test('a first word an organization shares with a place the article names is no short name of it', () => {
  const text = 'Adriatic ferries were late. Adriatic Ferry Watch counted the delays on the Adriatic Sea.';
  const es = run(text, [
    ['Adriatic', 'ORG'],
    ['Adriatic Ferry Watch', 'ORG'],
    ['Adriatic Sea', 'LOC'],
  ]);
  assert.deepEqual(byName(es, 'Adriatic Ferry Watch').aliases, []);
  // "Adriatic ferries": the place's adjective before a lower-case word is no body either (skip.place-word-modifier).
  assert.deepEqual(names(es), ['organization:Adriatic Ferry Watch', 'place:Adriatic Sea']);
});

test("acronyms of things are no organizations: spelled by lower-case words before them, or a common noun's", () => {
  const text = "Officers fitted smart traffic cameras (STC) to buses. The STC readings went to the city. The depot's CCTV failed. Westmark Transit (WT) paid.";
  const es = run(text, [
    ['STC', 'ORG'],
    ['STC', 'ORG'],
    ['CCTV', 'ORG'],
    ['Westmark Transit', 'ORG'],
    ['WT', 'ORG'],
  ]);
  assert.deepEqual(names(es), ['organization:Westmark Transit']);
  assert.deepEqual(byName(es, 'Westmark Transit').aliases, ['WT']);
});

test('an opening "A" and a maker\'s noun are no part of the name after them', () => {
  const text = 'LEEDS, May 2 - A Crown Court jury cleared him. Drugmaker Pellion said it would appeal.';
  const es = run(text, [
    ['LEEDS', 'LOC'],
    ['A Crown Court', 'ORG'],
    ['Drugmaker Pellion', 'ORG'],
  ]);
  assert.deepEqual(names(es), ['place:LEEDS', 'organization:Crown Court', 'organization:Pellion']);
});

test('a one-word "person" that ends a club\'s name is the club (kind.org-short-name); streets are places', () => {
  const text = 'Pellham Wanderers lost at home. Wanderers manager Joe Tate was angry. Fans marched down Quarry Lane.';
  const es = run(text, [
    ['Pellham Wanderers', 'ORG'],
    ['Wanderers', 'PER'],
    ['Joe Tate', 'PER'],
    ['Quarry Lane', 'ORG'],
  ]);
  const club = byName(es, 'Pellham Wanderers');
  assert.deepEqual(club.aliases, ['Wanderers']);
  assert.ok(club.why?.includes('kind.org-short-name'));
  assert.equal(byName(es, 'Quarry Lane').kind, 'place');
  // A word of a person's full name stays the person's.
  const person = run('Ada Wanderers spoke. Later Wanderers left. Pellham Wanderers won.', [
    ['Ada Wanderers', 'PER'],
    ['Wanderers', 'PER'],
    ['Pellham Wanderers', 'ORG'],
  ]);
  assert.equal(byName(person, 'Ada Wanderers').kind, 'person');
  assert.ok(byName(person, 'Ada Wanderers').aliases.includes('Wanderers'));
});

test('first names alone in a police report are persons: "named locally as X", "her neighbour, X," (kind.vote)', () => {
  const text =
    'A woman was hurt in Dunholm. The victim, named locally as Ayla, was taken to hospital. Her neighbour, Rhys, called officers. Ayla is stable and Rhys is safe.';
  const es = run(text, [
    ['Dunholm', 'LOC'],
    ['Ayla', 'LOC'],
    ['Rhys', 'LOC'],
    ['Ayla', 'LOC'],
    ['Rhys', 'LOC'],
  ]);
  assert.deepEqual(names(es), ['place:Dunholm', 'person:Ayla', 'person:Rhys']);
  assert.ok(byName(es, 'Ayla').why?.includes('kind.vote'));
  // A headline in capitals gives no such cue.
  const head = run('SOCCER - TATE NAMED AS WALES CAPTAIN .\n\nTate will lead Wales.', [
    ['TATE', 'PER'],
    ['WALES', 'LOC'],
    ['Tate', 'PER'],
    ['Wales', 'LOC'],
  ]);
  assert.notEqual(byName(head, 'Wales').kind, 'person');
});

test('a venue named after a person is one place, whole (kind.facility-named-for-person); "Bruce Arena" stays a person', () => {
  const es = run('The final will be played at the Ingrid Solberg Memorial Arena on Sunday.', [['Ingrid Solberg Memorial Arena', 'PER']]);
  assert.deepEqual(names(es), ['place:Ingrid Solberg Memorial Arena']);
  assert.ok(byName(es, 'Ingrid Solberg Memorial Arena').why?.includes('kind.facility-named-for-person'));
  assert.deepEqual(names(run('Coach Bruce Arena was pleased.', [['Bruce Arena', 'PER']])), ['person:Bruce Arena']);
});

test('diseases, currencies, indices and acronyms of things are no bodies or places (skip.common-noun, skip.acronym-of-thing)', () => {
  const text = 'Cases of Mpox rose in Kisoro. The Shilling fell as the CPI climbed. Officers use the KVRS network, the Kisoro Road Safety Unit said.';
  const es = run(text, [
    ['Mpox', 'LOC'],
    ['Kisoro', 'LOC'],
    ['Shilling', 'ORG'],
    ['CPI', 'ORG'],
    ['KVRS', 'ORG'],
    ['Kisoro Road Safety Unit', 'ORG'],
  ]);
  assert.deepEqual(names(es), ['place:Kisoro', 'organization:Kisoro Road Safety Unit']);
  // An acronym before a verb stays a body.
  const body = run('The KVRS said it would appeal.', [['KVRS', 'ORG']]);
  assert.deepEqual(names(body), ['organization:KVRS']);
});

test('a one-word "organization" with a place\'s cue is the place: a place noun after it, "the edge of", "travel to", a pair after "in"', () => {
  const text =
    'Trucks queued at the Dolo border crossing. Officers patrol the edge of Marbury. The team will travel to Kelsey on Friday. ' +
    'The firm has plants in Sheffield and Tarnow. Rain is due between Tasmania and Wandle.';
  const es = run(text, [
    ['Dolo', 'ORG'],
    ['Marbury', 'ORG'],
    ['Kelsey', 'ORG'],
    ['Sheffield', 'LOC'],
    ['Tarnow', 'ORG'],
    ['Tasmania', 'LOC'],
    ['Wandle', 'ORG'],
  ]);
  for (const name of ['Dolo', 'Marbury', 'Kelsey', 'Tarnow']) {
    assert.equal(byName(es, name).kind, 'place', name);
    assert.ok(byName(es, name).why?.includes('kind.vote'), name);
  }
  assert.equal(byName(es, 'Wandle').kind, 'organization');
});

test('a known city tagged as a body is the place, unless it stands for its club ("Porto captain X", "( Porto )")', () => {
  const city = run('The government will study a similar scheme for Porto.', [['Porto', 'ORG']]);
  assert.deepEqual(names(city), ['place:Porto']);
  const club = run('Porto captain Rui Meira was injured.', [
    ['Porto', 'ORG'],
    ['Rui Meira', 'PER'],
  ]);
  assert.equal(byName(club, 'Porto').kind, 'organization');
});

test('"EU-Mercosur": one mention per known body inside the token (kind.hyphen-bodies); unknown parts make none', () => {
  const es = run('Talks on the EU-Mercosur trade deal will resume in October.', [['EU-Mercosur', 'MISC']]);
  assert.deepEqual(names(es), ['organization:European Union', 'organization:Mercosur']);
  assert.ok(byName(es, 'Mercosur').why?.includes('kind.hyphen-bodies'));
  assert.deepEqual(names(run('The Varlo-Mercosur talks resumed.', [['Varlo-Mercosur', 'MISC']])), []);
});

test('a name of several words right after a body noun in lower case is the body (kind.body-noun-before); a title keeps its person', () => {
  const text = "The Danish insurer Norvik Forsikring said it would leave. Residents' group Stille Gassen welcomed the ruling. Union official Tom Berg agreed.";
  const es = run(text, [
    ['Danish', 'MISC'],
    ['Norvik Forsikring', 'PER'],
    ['Stille Gassen', 'PER'],
    ['Tom Berg', 'PER'],
  ]);
  assert.equal(byName(es, 'Norvik Forsikring').kind, 'organization');
  assert.ok(byName(es, 'Norvik Forsikring').why?.includes('kind.body-noun-before'));
  assert.equal(byName(es, 'Stille Gassen').kind, 'organization');
  assert.equal(byName(es, 'Tom Berg').kind, 'person');
});

test('a sentence\'s opening adverb the tagger took into a first name is no part of it: "Later Tyrone, 19, was arrested"', () => {
  const es = run('Officers searched the park. Later Tyrone, 19, was arrested.', [['Later Tyrone', 'PER']]);
  assert.deepEqual(names(es), ['person:Tyrone']);
});

test('"Irish Business" + "and" + "Employers Confederation" tagged apart is one body (kind.body-name-with-and); its short name between commas joins it', () => {
  const text = 'The Dalmore Agriculture and Growers Federation, Dagf, said the wage was too high. Tesco and Unilever Group were silent.';
  const es = run(text, [
    ['Dalmore Agriculture', 'ORG'],
    ['Growers Federation', 'ORG'],
    ['Dagf', 'PER'],
    ['Tesco', 'ORG'],
    ['Unilever Group', 'ORG'],
  ]);
  const body = byName(es, 'Dalmore Agriculture and Growers Federation');
  assert.equal(body.kind, 'organization');
  assert.deepEqual(body.aliases, ['Dagf']);
  assert.ok(body.why?.includes('kind.body-name-with-and'));
  assert.ok(body.why?.includes('merge.acronym'));
  // A known name on either side stays apart.
  assert.ok(!es.some((e) => e.name.includes('Tesco and')));
  assert.equal(byName(es, 'Unilever Group').kind, 'organization');
});

test("a short name in capitals between commas before a verb is the body's; in a list it is a name of its own", () => {
  const es = run('The European Tenants Union, BTEU, welcomed the law. Halden Group, KORA, and Vell were fined.', [
    ['European Tenants Union', 'ORG'],
    ['BTEU', 'ORG'],
    ['Halden Group', 'ORG'],
    ['KORA', 'ORG'],
    ['Vell', 'ORG'],
  ]);
  assert.deepEqual(byName(es, 'European Tenants Union').aliases, ['BTEU']);
  assert.deepEqual(byName(es, 'Halden Group').aliases, []);
  assert.equal(byName(es, 'KORA').kind, 'organization');
});
