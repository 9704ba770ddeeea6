// Stances: type, holders (resolved like actors) and targets (the actors at the head of the object).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../fixtures/commitments/run';

const stances = (text: string, ...entities: string[]): [string, string[], string[]][] =>
  run(text, ...entities).stances.map((s) => [s.type, s.holders, s.targets]);

test('verb stances: condemn, oppose, criticize, support, welcome, appreciate, urge', () => {
  const E = ['Ghana:country', 'Togo:country'];
  assert.deepEqual(stances('Ghana condemned Togo for the border raid.', ...E), [['condemn', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana denounced Togo over the border raid.', ...E), [['condemn', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana opposes the bid by Togo.', ...E), [['oppose', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana sharply criticised Togo.', ...E), [['criticize', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana accused Togo of harbouring rebels.', ...E), [['criticize', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana backed Togo in the dispute.', ...E), [['support', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana welcomed the offer from Togo.', ...E), [['welcome', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana thanked Togo for its help.', ...E), [['appreciate', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana urged Togo to release the detainees.', ...E), [['urge', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana called on Togo to release the detainees.', ...E), [['urge', ['Ghana'], ['Togo']]]);
});

test('noun stances after verbs of expression: opposition, concern, condemnation, appreciation, support', () => {
  const E = ['Chile:country', 'Bolivia:country'];
  assert.deepEqual(stances("Chile expressed firm opposition to Bolivia's claim.", ...E), [['oppose', ['Chile'], ['Bolivia']]]);
  assert.deepEqual(stances('Chile voiced serious concerns about the troop movements by Bolivia.', ...E), [['concern', ['Chile'], ['Bolivia']]]);
  assert.deepEqual(stances('Chile reiterated its support for Bolivia.', ...E), [['support', ['Chile'], ['Bolivia']]]);
  assert.deepEqual(stances('Chile expressed appreciation for the aid sent by Bolivia.', ...E), [['appreciate', ['Chile'], ['Bolivia']]]);
  assert.deepEqual(stances('Chile is deeply concerned about Bolivia.', ...E), [['concern', ['Chile'], ['Bolivia']]]);
  // A concern that something poses is no one's stance.
  assert.deepEqual(stances('Chile said the move poses a concern for Bolivia.', ...E), []);
});

test('targets: the first actor of the object and those coordinated with it, not later ones', () => {
  const E = ['Poland:country', 'Belarus:country', 'Russia:country', 'Iran:country'];
  assert.deepEqual(stances('Poland condemned Belarus for its cooperation with Russia.', ...E), [['condemn', ['Poland'], ['Belarus']]]);
  assert.deepEqual(stances('Poland condemned Belarus and Russia for the drills.', ...E), [['condemn', ['Poland'], ['Belarus', 'Russia']]]);
  assert.deepEqual(stances('Poland urged Iran to stop supplying drones.', ...E), [['urge', ['Poland'], ['Iran']]]);
  assert.deepEqual(stances('Poland called for an inquiry into the attack.', ...E), [['urge', ['Poland'], []]]);
});

test('VP coordination shares the holder; "they" in the next sentence', () => {
  const text =
    'Ministers of Fiji and Samoa met in Apia. The ministers condemned the attack and urged Tonga to investigate. They also welcomed the aid from Australia.';
  assert.deepEqual(stances(text, 'Fiji:country', 'Samoa:country', 'Apia:place', 'Tonga:country', 'Australia:country'), [
    ['condemn', ['Fiji', 'Samoa'], []],
    ['urge', ['Fiji', 'Samoa'], ['Tonga']],
    ['welcome', ['Fiji', 'Samoa'], ['Australia']],
  ]);
});

test('passive: "was condemned by X" makes X the holder', () => {
  assert.deepEqual(stances('Serbia was condemned by Croatia for the arrests.', 'Serbia:country', 'Croatia:country'), [['condemn', ['Croatia'], ['Serbia']]]);
});

test('no stance when negated, hypothetical, demanded of someone, or without a holder', () => {
  const E = ['Ghana:country', 'Togo:country'];
  assert.deepEqual(stances('Ghana did not condemn Togo.', ...E), []);
  assert.deepEqual(stances('Ghana could condemn Togo.', ...E), []);
  assert.deepEqual(stances('Ghana refused to condemn Togo.', ...E), []);
  assert.deepEqual(stances('Critics condemned Togo.', ...E), []);
});

test('more stance verbs: decry, protest against, object to, applaud, hit out at', () => {
  const E = ['Ghana:country', 'Togo:country'];
  assert.deepEqual(stances('Ghana decried the raid by Togo.', ...E), [['condemn', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana protested against the detention of its citizens by Togo.', ...E), [['oppose', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana objected to the new tariffs imposed by Togo.', ...E), [['oppose', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana applauded Togo for the release.', ...E), [['welcome', ['Ghana'], ['Togo']]]);
  assert.deepEqual(stances('Ghana hit out at Togo over the border closure.', ...E), [['criticize', ['Ghana'], ['Togo']]]);
  // Nouns and crowds are no stance: "the protests", "thousands protested".
  assert.deepEqual(stances('Thousands protested in Accra against the new tax.', ...E, 'Accra:place'), []);
});

test('where it happened is no target: "condemned the arrest of dockworkers in Iran"', () => {
  assert.deepEqual(stances('The union condemned the arrest of dockworkers in Iran.', 'Iran:country'), []);
  assert.deepEqual(stances('The ITF condemned the arrest of dockworkers in Iran.', 'ITF:organization', 'Iran:country'), [['condemn', ['ITF'], []]]);
});
