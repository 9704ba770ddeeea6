// Quotes through the whole engine: spans, speakers through names, pronouns and titles, the speaker's
// side for "we", and the lookups other passes use (quoteAt, speakerAt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteAt, speakerAt, type Analysis } from '../../server/src/analysis/index';
import { analyze } from '../support/analyzer';

const nameOf = (a: Analysis, id: string | undefined): string | undefined => a.entities.find((e) => e.id === id)?.name;
const who = (a: Analysis): [string, string | undefined, boolean][] => a.quotes.map((q) => [q.text, nameOf(a, q.speaker), q.direct]);

test('speaker after the quote, before it with a colon, and a quote that continues the speaker', () => {
  const a = analyze('“The river is rising fast,” said Mayor Helga Strand. “Leave now.”\nIn a statement, the Red Cross said: “Shelters are open.”');
  assert.deepEqual(who(a), [
    ['The river is rising fast', 'Helga Strand', true],
    ['Leave now.', 'Helga Strand', true],
    ['Shelters are open.', 'Red Cross', true],
  ]);
  assert.ok(a.quotes[1].why.includes('quotes.speaker.continued'));
  assert.ok(a.quotes[2].why.includes('quotes.speaker.colon'));
});

test('reported speech with the speaker before, after, and beside "according to"', () => {
  const a = analyze(
    'Economy Minister Jonas Berger said on Monday that growth would slow next year.\n' +
      'Exports fell in the third quarter, Berger said.\n' +
      'According to Berger, the budget will balance.',
  );
  assert.deepEqual(who(a), [
    ['growth would slow next year', 'Jonas Berger', false],
    ['Exports fell in the third quarter', 'Jonas Berger', false],
    ['the budget will balance', 'Jonas Berger', false],
  ]);
});

test('pronouns and titles find the entity last named that way; unnamed sources have no speaker', () => {
  const a = analyze(
    'Health Minister Clara Vidal visited the hospital in Porto on Friday.\n' +
      '“We need more nurses,” she said.\n' +
      'The minister said the budget would grow.\n' +
      'Two doctors, who asked not to be named, said the wards were full.',
  );
  assert.deepEqual(who(a), [
    ['We need more nurses', 'Clara Vidal', true],
    ['the budget would grow', 'Clara Vidal', false],
    ['the wards were full', undefined, false],
  ]);
  assert.ok(a.quotes[0].why.includes('quotes.speaker.pronoun'));
  assert.ok(a.quotes[1].why.includes('quotes.speaker.title'));
  assert.equal(a.quotes[2].source?.text, 'Two doctors');
});

test('a scare quote or a partial quote inside reported speech is no quote of its own', () => {
  const a = analyze('The so-called “peace plan” was rejected.\nOpposition leader Karl Lind said the plan was “dead on arrival” and would fail.');
  assert.deepEqual(who(a), [['the plan was “dead on arrival” and would fail', 'Karl Lind', false]]);
});

test('"we" in a quote stands for the speaker\'s country; speakerAt answers for any offset inside', () => {
  const text = 'Japan’s Trade Minister Yuko Sato met farmers in Osaka on Monday.\n“We will lower the tariff by June,” Sato said.';
  const a = analyze(text);
  const q = a.quotes[0];
  assert.equal(nameOf(a, q.speaker), 'Yuko Sato');
  assert.equal(nameOf(a, q.group), 'Japan');
  const inside = text.indexOf('lower');
  assert.equal(quoteAt(a.quotes, inside)?.id, q.id);
  assert.deepEqual(speakerAt(a.quotes, inside), { speaker: q.speaker, group: q.group });
  assert.equal(speakerAt(a.quotes, text.indexOf('Osaka')), undefined);
});

test('unbalanced and odd marks never throw and leave quotes inside the text', () => {
  const long = ['said the said , ', '" said " , said ', 'he told that “ ', '“ ‘ ” ’ " \n'].map((unit) => unit.repeat(20_000 / unit.length));
  for (const text of ['"', '“said', 'He said “', '"a," said "b', '“\n\n”', '" said the " said', 'said that', '”, she said.', ...long]) {
    const a = analyze(text);
    for (const q of a.quotes) {
      assert.ok(q.range.start >= 0 && q.range.end <= text.length && q.range.start <= q.range.end);
      assert.equal(text.slice(q.range.start, q.range.end), q.text);
    }
  }
});

test('"the spokesman" again is the one named before; words at the edges of a speaker phrase are left out', () => {
  const a = analyze(
    'A spokesman for Norvik Energy said the plant would close in May.\n' +
      'The spokesman added that no jobs would be lost.\n' +
      'Mayor Ana Ruiz has said the city would help. But she also said the budget was tight.',
  );
  assert.deepEqual(who(a), [
    ['the plant would close in May', 'Norvik Energy', false],
    ['no jobs would be lost', 'Norvik Energy', false],
    ['the city would help', 'Ana Ruiz', false],
    ['the budget was tight', 'Ana Ruiz', false],
  ]);
  assert.ok(a.quotes[1].why.includes('quotes.speaker.same-title'));
  assert.deepEqual(
    a.quotes.slice(2).map((q) => q.source?.text),
    ['Mayor Ana Ruiz', 'she'],
  );
});

test('a relative clause with its own subject speaks for that subject ("..., which critics said")', () => {
  const a = analyze('Oslo condemned the delays in the programme, which critics said had left towns without warnings.');
  assert.deepEqual(who(a), [['had left towns without warnings', undefined, false]]);
  assert.equal(a.quotes[0].source?.text, 'critics');
});

test('a speech verb with an object and a clause of its own reports nothing ("added a goal as ...")', () => {
  const a = analyze('Striker Tomas Lind added a second goal as the home side won 2-0.\nLind said the team had played its best game.');
  assert.deepEqual(who(a), [['the team had played its best game', 'Tomas Lind', false]]);
});

test('"the Briton said" is the last person named, not Britain', () => {
  const a = analyze('Boxer Danny Hale lost his title in Las Vegas on Saturday.\n“I will be back,” the Briton said.');
  assert.deepEqual(who(a), [['I will be back', 'Danny Hale', true]]);
});

test('adjuncts between the verb and its clause are skipped ("said after a visit to Kigali last week that ...")', () => {
  const a = analyze('Prime Minister Ana Lopes said after a visit to Kigali last week that the two governments had agreed on a plan.');
  assert.deepEqual(who(a), [['the two governments had agreed on a plan', 'Ana Lopes', false]]);
});

test('a speaker phrase in apposition after the clause ("C, the bank\'s governor, Rosa Medina, said")', () => {
  const a = analyze('Inflation remains too high, the central bank’s governor, Rosa Medina, said in a statement.');
  assert.deepEqual(who(a), [['Inflation remains too high', 'Rosa Medina', false]]);
});
