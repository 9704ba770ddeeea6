// Entity building on maritime and security news (sentences written for these tests), with the spans
// a tagger gave or plausibly gives, mistakes included, listed by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../../server/src/analysis/entities/index';
import type { NerType } from '../../server/src/analysis/ner/index';
import type { Entity } from '../../server/src/analysis/types';
import { markSpans, prepare } from './entities-helpers';
import * as world from '../../server/src/analysis/entities/world';

function entitiesOf(text: string, names: [string, NerType][]): Entity[] {
  const p = prepare(text);
  return buildEntities(p.text, p.tokens, p.sentences, markSpans(p, names));
}

const kinds = (entities: Entity[]): string[] => entities.map((e) => `${e.kind}:${e.name}`);

test('a shoal, reef or atoll the tagger calls a person is a place', () => {
  const text = 'Two boats collided near Mischief Reef on Sunday. Patrols resumed later near Scarborough Shoal and Johnson Atoll.';
  const got = kinds(
    entitiesOf(text, [
      ['Mischief Reef', 'PER'],
      ['Scarborough Shoal', 'PER'],
      ['Johnson Atoll', 'PER'],
    ]),
  );
  assert.deepEqual(got.sort(), ['place:Johnson Atoll', 'place:Mischief Reef', 'place:Scarborough Shoal']);
});

test('a sentence\'s first "The" is no part of a body\'s name of several words; "The Hague" keeps it', () => {
  const text = 'The Indonesian Maritime Security Agency said a tanker ran aground. The Hague court will rule in May.';
  const got = kinds(
    entitiesOf(text, [
      ['The Indonesian Maritime Security Agency', 'ORG'],
      ['The Hague', 'LOC'],
    ]),
  );
  assert.ok(got.includes('organization:Indonesian Maritime Security Agency'), got.join(', '));
  assert.ok(got.includes('place:The Hague'), got.join(', '));
});

test('a naval rank before a name is a title, not part of the name', () => {
  const text = 'Navy spokesman Commodore Rafael Lim said the frigate had returned to port.';
  const got = entitiesOf(text, [['Commodore Rafael Lim', 'PER']]);
  const lim = got.find((e) => e.kind === 'person');
  assert.equal(lim?.name, 'Rafael Lim');
});

test('a capital before "does" or "did" acts for its state, also in a relative clause', () => {
  const text = 'Vietnam protested the survey. The ruling was a decision Hanoi does not accept, officials said.';
  const got = entitiesOf(text, [
    ['Vietnam', 'LOC'],
    ['Hanoi', 'LOC'],
  ]);
  const vietnam = got.find((e) => e.name === 'Vietnam');
  assert.ok(vietnam?.aliases.includes('Hanoi'), kinds(got).join(', '));
  assert.ok(!got.some((e) => e.kind === 'place' && e.name === 'Hanoi'));
});

test('an acronym made of every word\'s initial ("BOJ", "DOJ") joins the body named in full', () => {
  const text = 'Bank of Japan officials met on Monday. The BOJ kept rates unchanged, and the Department of Justice said the DOJ would appeal.';
  const got = entitiesOf(text, [
    ['Bank of Japan', 'ORG'],
    ['BOJ', 'ORG'],
    ['Department of Justice', 'ORG'],
    ['DOJ', 'ORG'],
  ]);
  assert.deepEqual(kinds(got).sort(), ['organization:Bank of Japan', 'organization:Department of Justice']);
  assert.ok(got.find((e) => e.name === 'Bank of Japan')?.aliases.includes('BOJ'));
});

test('"X, Google\'s parent," makes X a body; "Y, the company\'s president" belongs to the body named last', () => {
  const text = "Nordwave, Brightline's parent, said it would appeal. Lena Haugen, the company's president of public affairs, called the fine unfair.";
  const got = entitiesOf(text, [
    ['Nordwave', 'PER'],
    ['Brightline', 'ORG'],
    ['Lena Haugen', 'PER'],
  ]);
  assert.equal(got.find((e) => e.name === 'Nordwave')?.kind, 'organization', kinds(got).join(', '));
  const haugen = got.find((e) => e.name === 'Lena Haugen');
  assert.equal(haugen?.role, 'president');
  assert.equal(haugen?.roleOf, 'Nordwave');
});

test('a listed place whose name starts with "The" has its country ("The Hague" lies in the Netherlands)', () => {
  assert.equal(world.countryOfPlace('The Hague')?.code, 'NL');
  assert.equal(world.countryOfPlace('the Hague')?.code, 'NL');
});

test('central banks the tagger may miss or split are known bodies, with their initials', () => {
  const text = 'Bundesbank President Joachim Nagel spoke on Friday. Bank of England officials said the BoE would wait.';
  const got = entitiesOf(text, [
    ['Joachim Nagel', 'PER'],
    ['Bank of England', 'ORG'],
  ]);
  assert.ok(kinds(got).includes('organization:Bundesbank'), kinds(got).join(', '));
  assert.equal(got.find((e) => e.name === 'Joachim Nagel')?.roleOf, 'Bundesbank');
  assert.ok(got.find((e) => e.name === 'Bank of England')?.aliases.includes('BoE'));
});

test('the rest of a treaty\'s name after "Convention on the" is no place or body', () => {
  const text = 'Both sides cited the Convention on the Law of the Sea and the Treaty on the Non-Proliferation of Nuclear Weapons.';
  const got = entitiesOf(text, [
    ['Law of the Sea', 'LOC'],
    ['Non-Proliferation of Nuclear Weapons', 'ORG'],
  ]);
  assert.deepEqual(kinds(got), []);
});

test('"X, the Conservative leader": a party\'s adjective before the title keeps the role', () => {
  const text = 'Marta Oyelaran, the Liberal leader, said the budget was reckless.';
  const got = entitiesOf(text, [
    ['Marta Oyelaran', 'PER'],
    ['Liberal', 'MISC'],
  ]);
  assert.equal(got.find((e) => e.name === 'Marta Oyelaran')?.role, 'Liberal leader');
});

test('armed and political movements the tagger calls persons are bodies', () => {
  const text = 'Israeli jets struck Hezbollah positions overnight. Hamas said the talks had stalled.';
  const got = entitiesOf(text, [
    ['Israeli', 'MISC'],
    ['Hezbollah', 'PER'],
    ['Hamas', 'PER'],
  ]);
  assert.equal(got.find((e) => e.name === 'Hezbollah')?.kind, 'organization', kinds(got).join(', '));
  assert.equal(got.find((e) => e.name === 'Hamas')?.kind, 'organization', kinds(got).join(', '));
});

test("a body's name with a comma is one name when the acronym after it spells the whole", () => {
  const text = 'The Ministry of Agriculture, Forestry and Fisheries (MAFF) said rice stocks were ample. MAFF will report again in May.';
  const got = entitiesOf(text, [
    ['Ministry of Agriculture', 'ORG'],
    ['Forestry and Fisheries', 'ORG'],
    ['MAFF', 'ORG'],
    ['MAFF', 'ORG'],
  ]);
  assert.deepEqual(kinds(got), ['organization:Ministry of Agriculture, Forestry and Fisheries']);
  assert.ok(got[0].aliases.includes('MAFF'));
});
