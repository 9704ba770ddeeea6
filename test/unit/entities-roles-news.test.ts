// Roles in the shapes everyday news writes them (issue 15): a lower-case title after the name, a
// title owned through a definite description ("the agency's", "the city's"), and a title with no
// owner stated, owned by the body or state the text is about. Own sentences, hand-made tagger spans.
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

const role = (es: Entity[], name: string): [string | undefined, string | undefined] => [byName(es, name).role, byName(es, name).roleOf];

test('a title after the name with a portfolio in lower case: "X, the minister of health,", "X, chairman of the board at Y"', () => {
  const text = 'Greta Holm, the minister of health, opened the ward. Ivo Sand, chairman of the board at Lindqvist Paper, resigned.';
  const es = run(text, [
    ['Greta Holm', 'PER'],
    ['Ivo Sand', 'PER'],
    ['Lindqvist Paper', 'ORG'],
  ]);
  assert.deepEqual(role(es, 'Greta Holm'), ['minister of health', undefined]);
  assert.deepEqual(role(es, 'Ivo Sand'), ['chairman of the board', 'Lindqvist Paper']);
  assert.ok(byName(es, 'Ivo Sand').why?.includes('role.apposition'));
});

test('a body in a complement stays the owner: "spokesman for the ministry" is no portfolio', () => {
  const text = 'The Ministry of Water said the dam was safe. Dan Obi, spokesman for the ministry, agreed.';
  const es = run(text, [
    ['Ministry of Water', 'ORG'],
    ['Dan Obi', 'PER'],
  ]);
  assert.equal(byName(es, 'Dan Obi').role, 'spokesman');
});

test('"the agency\'s emergencies chief, X" and "the city\'s police commissioner, X": the body or place named last', () => {
  const text =
    "The Red Lantern Relief Agency sent tents to Osterby. The agency's emergencies chief, Lars Eng, said more would come. " +
    "The city's police commissioner, Mona Berg, closed two roads.";
  const es = run(text, [
    ['Red Lantern Relief Agency', 'ORG'],
    ['Osterby', 'LOC'],
    ['Lars Eng', 'PER'],
    ['Mona Berg', 'PER'],
  ]);
  assert.deepEqual(role(es, 'Lars Eng'), ['emergencies chief', 'Red Lantern Relief Agency']);
  assert.deepEqual(role(es, 'Mona Berg'), ['police commissioner', 'Osterby']);
});

test('a title with no owner stated: the body or the state the sentence or the one before names (role.owner-nearby)', () => {
  const text =
    'Kettle Brothers Ltd will close its plant in Dunmore. Chief executive Rosa Vale said the decision was hard. ' +
    'Finland will cut the tax on diesel. Finance Minister Eero Aalto said prices would fall.';
  const es = run(text, [
    ['Kettle Brothers Ltd', 'ORG'],
    ['Dunmore', 'LOC'],
    ['Rosa Vale', 'PER'],
    ['Finland', 'LOC'],
    ['Eero Aalto', 'PER'],
  ]);
  assert.deepEqual(role(es, 'Rosa Vale'), ['Chief executive', 'Kettle Brothers Ltd']);
  assert.ok(byName(es, 'Rosa Vale').why?.includes('role.owner-nearby'));
  assert.deepEqual(role(es, 'Eero Aalto'), ['Finance Minister', 'Finland']);
});

test('no guess where the text names an owner the engine did not find, nor where nothing is named', () => {
  const text = "Harlan Mills Group bought a mill. The Northern Weavers Guild's chief executive, Tom Pell, objected. Coach Ben Ash was pleased.";
  const es = run(text, [
    ['Harlan Mills Group', 'ORG'],
    ['Tom Pell', 'PER'],
    ['Ben Ash', 'PER'],
  ]);
  assert.equal(byName(es, 'Tom Pell').roleOf, undefined);
  const lone = run('Coach Ben Ash was pleased with the win.', [['Ben Ash', 'PER']]);
  assert.deepEqual(role(lone, 'Ben Ash'), ['Coach', undefined]);
});

test('"Mr Okafor" is "Chidi Okafor", even where the tagger took the full name for a body (kind.addressed-surname)', () => {
  const text = 'Tunde Bakare won the 60 metres. Mr Bakare said he was tired.';
  const es = run(text, [
    ['Tunde Bakare', 'ORG'],
    ['Mr Bakare', 'PER'],
  ]);
  const person = byName(es, 'Tunde Bakare');
  assert.equal(person.kind, 'person');
  assert.deepEqual(person.aliases, ['Bakare']);
  assert.ok(person.why?.includes('kind.addressed-surname'));
  assert.equal(es.length, 1);
  // A firm's name ending so keeps its kind.
  const firm = run('Bakare Foods grew. Mr Bakare was pleased.', [
    ['Bakare Foods', 'ORG'],
    ['Mr Bakare', 'PER'],
  ]);
  assert.equal(byName(firm, 'Bakare Foods').kind, 'organization');
});

test('"the federation\'s president, X": the body last named with that noun in its name, however far back', () => {
  const text =
    'The Nordic Rowing Federation banned two coaches. Their lawyer said they would appeal. Fans were angry. ' +
    "Halvik Bank, a sponsor, said nothing. The federation's president, Siri Dahl, defended the ban.";
  const es = run(text, [
    ['Nordic Rowing Federation', 'ORG'],
    ['Halvik Bank', 'ORG'],
    ['Siri Dahl', 'PER'],
  ]);
  assert.deepEqual(role(es, 'Siri Dahl'), ['president', 'Nordic Rowing Federation']);
});
