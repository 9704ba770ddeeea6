// Where the entities stage keeps what the tagger found: teams named for their cities in results and
// standings, bodies named around a known place, names with their own "The" or "'s", a sports
// story's opener, a table's heading above a line, firms tagged as persons, places tagged in a
// person's name once. Hand-made tagger spans on news-like lines of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../../server/src/analysis/entities/index';
import type { NerType } from '../../server/src/analysis/ner/index';
import type { Entity } from '../../server/src/analysis/types';
import { byName, markSpans, mentionList, prepare } from './entities-helpers';

function run(text: string, names: [string, NerType][]): Entity[] {
  const p = prepare(text);
  return buildEntities(text, p.tokens, p.sentences, markSpans(p, names));
}

function kindsOf(es: Entity[], mention: string): string[] {
  return es
    .filter((e) => e.mentions.some((m) => m.text === mention && m.form === 'name'))
    .map((e) => e.kind)
    .sort();
}

test('teams named for their cities: results and standings lines are organizations, the venue stays a place', () => {
  const text = [
    'HOCKEY - NATIONAL LEAGUE RESULTS .',
    'Eastern Conference',
    'Boston 4 Chicago 2',
    'Denver 3 Phoenix 1',
    'Eastern Conference',
    'BOSTON 31 12 .721',
    'Chicago at Denver',
    'The home side in Chicago sold out the arena.',
  ].join('\n\n');
  const es = run(text, [
    ['NATIONAL LEAGUE', 'MISC'],
    ['Eastern Conference', 'MISC'],
    ['Boston', 'ORG'],
    ['BOSTON', 'ORG'],
    ['Chicago', 'ORG'],
    ['Denver', 'ORG'],
    ['Phoenix', 'ORG'],
  ]);
  // Every city on a results line is a team; "Chicago" after "in" is still the city.
  assert.deepEqual(kindsOf(es, 'Boston'), ['organization']);
  assert.deepEqual(kindsOf(es, 'Phoenix'), ['organization']);
  const chicago = es.filter((e) => e.mentions.some((m) => m.text === 'Chicago'));
  assert.ok(
    chicago.some((e) => e.kind === 'organization'),
    'the team',
  );
  // The sport in a story's opener is no place, and no name runs across a line break.
  assert.ok(!es.some((e) => /HOCKEY/.test(e.name)), es.map((e) => e.name).join(', '));
  assert.ok(!es.some((e) => e.mentions.some((m) => m.text.includes('\n'))), 'a mention across lines');
});

test('a city tagged as an organization in running text without a score or fixture stays the place', () => {
  const text = 'Officials in Chicago said the storm had passed. Chicago will reopen its schools on Monday.';
  const es = run(text, [['Chicago', 'ORG']]);
  assert.deepEqual(kindsOf(es, 'Chicago'), ['place']);
});

test('a body the tagger named around a known place keeps its full name', () => {
  const text =
    'Shares of Halvorsen Marine rose 4 percent on the New York Stock Exchange, and the Hong Kong Standard reported the deal. Traders in New York were surprised.';
  const es = run(text, [
    ['Halvorsen Marine', 'ORG'],
    ['New York Stock Exchange', 'ORG'],
    ['Hong Kong Standard', 'ORG'],
    ['New York', 'LOC'],
  ]);
  assert.equal(byName(es, 'New York Stock Exchange').kind, 'organization');
  assert.equal(byName(es, 'Hong Kong Standard').kind, 'organization');
  // The city itself is still found where it stands alone.
  assert.deepEqual(mentionList(byName(es, 'New York')), ['New York/name']);
  assert.equal(byName(es, 'New York').kind, 'place');
});

test("a name's own 'The' and its own 's stay; a possessive and a lower-case article do not", () => {
  const text =
    "The second test starts at The Oval on Thursday. The final is at Lord's in June. Britain's selectors named the squad. The Hague court ruled on Friday after talks at the Kremlin.";
  const es = run(text, [
    ['The Oval', 'LOC'],
    ["Lord's", 'LOC'],
    ['Britain', 'LOC'],
    ['The Hague', 'LOC'],
    ['the Kremlin', 'ORG'],
  ]);
  assert.deepEqual(mentionList(byName(es, 'The Oval')), ['The Oval/name']);
  assert.deepEqual(mentionList(byName(es, "Lord's")), ["Lord's/name"]);
  // A known state's "'s" is a possessive.
  assert.deepEqual(mentionList(byName(es, 'United Kingdom')), ['Britain/name']);
  assert.ok(es.some((e) => e.mentions.some((m) => m.text === 'The Hague')));
  assert.ok(es.some((e) => e.mentions.some((m) => m.text === 'Kremlin')));
});

test('a dateline-like sports opener is no place; a real dateline still is', () => {
  const sport = run('CYCLING - VALVERDE WINS STAGE .\n\nAlejandro Valverde won the stage on Sunday.', [
    ['VALVERDE', 'PER'],
    ['Alejandro Valverde', 'PER'],
  ]);
  assert.ok(!sport.some((e) => e.name.toUpperCase() === 'CYCLING'), sport.map((e) => e.name).join(', '));
  const dated = run('KORVALA, June 3 (Reuters) - Floods cut the town off on Tuesday.', []);
  assert.equal(byName(dated, 'KORVALA').kind, 'place');
});

test('a firm tagged as a person for its legal form; a place tagged once inside a person name', () => {
  const firm = run('Talvio SpA said profit rose. Analysts said Talvio would gain. Talvio shares rose.', [
    ['Talvio SpA', 'PER'],
    ['Talvio', 'PER'],
  ]);
  assert.equal(byName(firm, 'Talvio SpA').kind, 'organization');
  const place = run(
    'Envoy Lebed Chechnya talks resume. Fighting in Chechnya eased. Rebels in Chechnya held the town. Aid reached Chechnya. Chechnya was calm.',
    [
      ['Lebed Chechnya', 'PER'],
      ['Chechnya', 'LOC'],
    ],
  );
  const chechnya = place.find((e) => e.kind === 'place' && e.name === 'Chechnya');
  assert.ok(chechnya, place.map((e) => `${e.kind} ${e.name}`).join(', '));
  assert.equal(chechnya.mentions.length, 4);
});

test('a word the tagger keeps calling a person stays the person, even when it also names a state', () => {
  const text = 'Martin Holland escaped from the prison on Monday. Police said Holland was seen in a shop. Holland was caught on Tuesday.';
  const es = run(text, [
    ['Martin Holland', 'PER'],
    ['Holland', 'PER'],
  ]);
  assert.deepEqual(mentionList(byName(es, 'Martin Holland')), ['Martin Holland/name', 'Holland/name', 'Holland/name']);
  assert.ok(!es.some((e) => e.kind === 'country'), es.map((e) => `${e.kind} ${e.name}`).join(', '));
});

test("a title before a body's name is no vote for a place", () => {
  const text = 'The statement was carried by the official Korvan News Agency on Sunday. Mine managers Tallis Gold Mining Ltd said output fell.';
  const es = run(text, [
    ['Korvan News Agency', 'ORG'],
    ['Tallis Gold Mining Ltd', 'ORG'],
  ]);
  assert.equal(byName(es, 'Korvan News Agency').kind, 'organization');
  assert.equal(byName(es, 'Tallis Gold Mining Ltd').kind, 'organization');
});

test("an adjective before a body is not its name; a known place inside an event's name is no mention", () => {
  const text = 'A spokeswoman for Denver-based Quellan Systems declined to comment. Mira Osei won the Hong Kong Open on Sunday.';
  const es = run(text, [
    ['Denver-based', 'MISC'],
    ['Quellan Systems', 'ORG'],
    ['Mira Osei', 'PER'],
    ['Hong Kong Open', 'MISC'],
  ]);
  assert.deepEqual(mentionList(byName(es, 'Quellan Systems')), ['Quellan Systems/name']);
  assert.ok(!es.some((e) => e.name === 'Hong Kong'), es.map((e) => `${e.kind} ${e.name}`).join(', '));
});

test("a body's name with 'and' whose head comes only at its end stays one; an event named for a place is no place", () => {
  const text = 'The Marrow Valley Water and Sewerage Administration raised prices. Veterans of the Gulf War met on Monday.';
  const es = run(text, [
    ['Marrow Valley Water and Sewerage Administration', 'ORG'],
    ['Gulf War', 'MISC'],
  ]);
  assert.equal(byName(es, 'Marrow Valley Water and Sewerage Administration').kind, 'organization');
  assert.ok(!es.some((e) => e.name === 'Gulf War'), es.map((e) => `${e.kind} ${e.name}`).join(', '));
});
