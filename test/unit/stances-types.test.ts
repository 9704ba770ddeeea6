// The stance types of issue 15 (reject, disagree, deny, regret, defend, praise, concede, criticize
// verdicts), their holders and targets, on invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../fixtures/commitments/run';
import { analyze } from '../support/analyzer';
import { projectRoot } from '../support/paths';
import { RULES } from '../../server/src/analysis/commitments/rules';
import { STANCE_TABLE, STANCE_TYPES } from '../../server/src/analysis/commitments/stanceTable';
import { STANCE_TONES } from '../../shared/contract';

type Row = [string, string[], string[]];

const stances = (text: string, ...entities: string[]): Row[] => run(text, ...entities).stances.map((s) => [s.type, s.holders, s.targets]);

/** The whole engine (tagger, entities, quotes): stances read by entity names. */
function engine(text: string): Row[] {
  const a = analyze(text);
  const name = (id: string): string => a.entities.find((e) => e.id === id)?.name ?? id;
  return a.stances.map((s) => [s.type, s.holders.map(name), s.targets.map(name)]);
}

const E = ['Norland:country', 'Vesta:country', 'Harbour Union:organization'];

test('reject, disagree, deny, defend: verbs with their holder and target', () => {
  assert.deepEqual(stances("Norland rejected Vesta's offer of talks.", ...E), [['reject', ['Norland'], ['Vesta']]]);
  assert.deepEqual(stances('Norland flatly rebuffed the proposal.', ...E), [['reject', ['Norland'], []]]);
  assert.deepEqual(stances('Norland said it disagreed with Vesta on the tariff.', ...E), [['disagree', ['Norland'], ['Vesta']]]);
  assert.deepEqual(stances("The Harbour Union disputes Vesta's figures.", ...E), [['disagree', ['Harbour Union'], ['Vesta']]]);
  assert.deepEqual(stances('Norland denied that its ships had entered the strait.', ...E), [['deny', ['Norland'], []]]);
  assert.deepEqual(stances('The Harbour Union denies any wrongdoing.', ...E), [['deny', ['Harbour Union'], []]]);
  assert.deepEqual(stances('Norland defended the blockade as lawful.', ...E), [['defend', ['Norland'], []]]);
});

test('regret and disappointment, praise, appreciation', () => {
  assert.deepEqual(stances("Norland regretted Vesta's decision.", ...E), [['regret', ['Norland'], ['Vesta']]]);
  assert.deepEqual(stances('The Harbour Union said it was deeply disappointed by the closure.', ...E), [['regret', ['Harbour Union'], []]]);
  assert.deepEqual(stances('Norland apologised to Vesta for the incident.', ...E), [['regret', ['Norland'], ['Vesta']]]);
  assert.deepEqual(stances('Norland voiced its disappointment with Vesta.', ...E), [['regret', ['Norland'], ['Vesta']]]);
  assert.deepEqual(stances('Norland praised Vesta for its restraint.', ...E), [['praise', ['Norland'], ['Vesta']]]);
  assert.deepEqual(stances('Norland commended the Harbour Union.', ...E), [['praise', ['Norland'], ['Harbour Union']]]);
  assert.deepEqual(stances('Norland and Vesta signed the accord. The Harbour Union said the two countries set an example.', ...E), [
    ['praise', ['Harbour Union'], ['Norland', 'Vesta']],
  ]);
  assert.deepEqual(stances('Norland thanked Vesta for its help.', ...E), [['appreciate', ['Norland'], ['Vesta']]]);
});

test('concede: giving in, backing down, bowing to pressure', () => {
  assert.deepEqual(stances('Norland gave in to the Harbour Union after a week of strikes.', ...E), [['concede', ['Norland'], ['Harbour Union']]]);
  assert.deepEqual(stances('Norland backed down on Tuesday.', ...E), [['concede', ['Norland'], []]]);
  assert.deepEqual(stances('Norland dropped the levy, bowing to pressure from Vesta.', ...E), [['concede', ['Norland'], ['Vesta']]]);
  // "backed" alone is support, "backed down" is not.
  assert.deepEqual(stances('Norland backed Vesta.', ...E), [['support', ['Norland'], ['Vesta']]]);
});

test('multi-word verbs: voted against, hit out at, took issue with', () => {
  assert.deepEqual(stances('The Harbour Union voted against Norland.', ...E), [['oppose', ['Harbour Union'], ['Norland']]]);
  assert.deepEqual(stances('Norland hit out at Vesta over the fishing quotas.', ...E), [['criticize', ['Norland'], ['Vesta']]]);
  assert.deepEqual(stances('Norland took issue with Vesta over the quotas.', ...E), [['disagree', ['Norland'], ['Vesta']]]);
});

test('concern: fears, and the quotation speaker for "we"', () => {
  assert.deepEqual(stances('The Harbour Union welcomes the deal but fears job losses.', ...E), [
    ['welcome', ['Harbour Union'], []],
    ['concern', ['Harbour Union'], []],
  ]);
  assert.deepEqual(
    engine('"We are deeply worried about the ferries," Anna Berg of the Harbour Union said.').map((r) => r[0]),
    ['concern'],
  );
  // At the end of the clause too: "I am disappointed," she said.
  assert.deepEqual(engine('"I am deeply disappointed," said Mara Lind.'), [['regret', ['Mara Lind'], []]]);
});

test('criticism as a verdict: the speaker of the quotation, or the reporter of the clause', () => {
  const quoted = engine('"That decision is unlawful," said Mara Lind, a lawyer for the Harbour Union.');
  assert.deepEqual(quoted, [['criticize', ['Mara Lind'], []]]);
  const reported = stances('Norland said the treaty with Vesta had been a grave mistake.', ...E);
  assert.deepEqual(reported, [['criticize', ['Norland'], []]]);
  assert.deepEqual(stances("Norland said Vesta's plan was a betrayal of voters.", ...E), [['criticize', ['Norland'], ['Vesta']]]);
  assert.deepEqual(stances('Norland called the ruling "a disgrace".', ...E), [['criticize', ['Norland'], []]]);
  assert.deepEqual(stances('Norland said Vesta should not have signed the deal.', ...E), [['criticize', ['Norland'], ['Vesta']]]);
  assert.deepEqual(
    engine('"Vesta should have acted much sooner," said Mara Lind.').map((r) => [r[0], r[1]]),
    [['criticize', ['Mara Lind']]],
  );
  // Negated, or a verdict no one passes: no stance.
  assert.deepEqual(stances('Norland said the decision was not wrong.', ...E), []);
  assert.deepEqual(stances('There was outrage in the port.', ...E), []);
  // A verdict word before its noun is no verdict.
  assert.deepEqual(stances('Norland said Vesta was the wrong partner.', ...E), []);
});

test('concede as a verdict on one\'s own side: "we got it wrong"', () => {
  assert.deepEqual(engine('"We listened, and we got this one wrong," said Mara Lind.'), [['concede', ['Mara Lind'], []]]);
  assert.deepEqual(engine('"I was wrong about the ferries," Mara Lind said.'), [['concede', ['Mara Lind'], []]]);
});

test('targets: the agent of an act in the object, a definite description', () => {
  assert.deepEqual(stances('Norland rejected a challenge by Vesta.', ...E), [['reject', ['Norland'], ['Vesta']]]);
  // One of several holders can be the target when the object is its act.
  assert.deepEqual(stances('Norland and Vesta expressed appreciation for the measures to be taken by Vesta.', ...E), [
    ['appreciate', ['Norland', 'Vesta'], ['Vesta']],
  ]);
  assert.deepEqual(stances('The Harbour Union met on Monday. Norland criticised the union for the strike.', ...E), [
    ['criticize', ['Norland'], ['Harbour Union']],
  ]);
  // The description heading the object comes before names later in it.
  assert.deepEqual(stances('The Harbour Union sued Norland. Vesta backed the claim, accusing the union of protecting Norland.', ...E), [
    ['oppose', ['Harbour Union'], ['Norland']],
    ['support', ['Vesta'], []],
    ['criticize', ['Vesta'], ['Harbour Union']],
  ]);
  // A lone holder is never its own target.
  assert.deepEqual(stances('Norland rejected a challenge by Norland.', ...E), [['reject', ['Norland'], []]]);
});

test('no stance when negated, hypothetical or not a verb', () => {
  assert.deepEqual(stances('Norland did not reject the offer.', ...E), []);
  assert.deepEqual(stances('Norland could defend the plan.', ...E), []);
  assert.deepEqual(stances('The dispute with Vesta dragged on.', ...E), []);
  assert.deepEqual(stances('Norland refused to give in.', ...E), []);
});

test('every type has words in the table, a tone, and declared rule ids', () => {
  for (const type of STANCE_TYPES) {
    const e = STANCE_TABLE[type];
    const words = [...(e.verbs ?? []), ...(e.phrases ?? []), ...(e.nouns ?? []), ...(e.adjectives ?? []), ...(e.verdicts ?? [])];
    assert.ok(words.length > 0, `${type} has no trigger`);
    assert.ok(['negative', 'positive', 'pressing'].includes(STANCE_TONES[type]), `${type} has no tone`);
    if (e.verbs) assert.ok(RULES.has(`stance.${type}-verb`), `${type}: verb rule undeclared`);
    if (e.phrases) assert.ok(RULES.has(`stance.${type}-phrase`), `${type}: phrase rule undeclared`);
  }
});

test('on the news batch, every stance carries declared rule ids, a trigger rule first', () => {
  const dir = join(projectRoot(), 'test', 'fixtures', 'news-batch1');
  let count = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.news'))) {
    for (const s of analyze(readFileSync(join(dir, file), 'utf8')).stances) {
      count++;
      assert.match(s.why?.[0] ?? '', /^stance\./, `${file}: "${s.trigger.text}"`);
      for (const id of s.why ?? []) assert.ok(RULES.has(id), `${file}: undeclared rule ${id}`);
    }
  }
  assert.ok(count > 40, `only ${count} stances on the batch`);
});

test('another sense of the verb is no stance: "defended his title", "conceded two goals"', () => {
  assert.deepEqual(stances('Norland defended its title in the final.', ...E), []);
  assert.deepEqual(stances('Norland conceded two goals before the break.', ...E), []);
  assert.deepEqual(stances('The court denied bail to Vesta.', ...E), []);
  assert.deepEqual(stances('Norland conceded that the talks had failed.', ...E), [['concede', ['Norland'], []]]);
  // A bare "will defend" is an undertaking, not a stance.
  assert.deepEqual(stances('Norland will defend every metre of its waters.', ...E), []);
});

test('the parse gives the holder where the word rules find none', () => {
  // A long apposition between the subject and the verb.
  const apposition = analyze("Norland's chairman, Paul Kerr, chairman of the board since 2019, defended the plan as the only way to keep prices down.");
  const kerr = apposition.entities.find((e) => e.name === 'Paul Kerr');
  assert.ok(kerr, 'Paul Kerr is an entity');
  const defend = apposition.stances.find((s) => s.type === 'defend');
  assert.deepEqual(defend?.holders, [kerr.id]);
  assert.ok(defend?.why?.includes('holder.parse-subject'));
  // A participle after a comma holds the main clause's subject; its object's agent and the name in apposition are the targets.
  const a = analyze(
    "Germany's Federal Labour Court on Thursday dismissed the appeal, rejecting a challenge by the carrier Skyway and its parent, Orrin Holdings.",
  );
  const name = (id: string): string => a.entities.find((e) => e.id === id)?.name ?? id;
  const reject = a.stances.find((s) => s.type === 'reject');
  assert.deepEqual(reject?.holders.map(name), ['Federal Labour Court']);
  assert.deepEqual(reject?.targets.map(name).sort(), ['Orrin Holdings', 'Skyway']);
});
