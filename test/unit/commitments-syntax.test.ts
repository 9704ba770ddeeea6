// Commitments read from the parse (invented sentences): a reported future joined to another verb,
// the subject a coordinated verb shares, passive and "shall" futures attributed by a speaker,
// definite descriptions ("the firm", "the county"), passive events that no one undertakes. Each
// shape also runs without the parse, where the word rules decide alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createParser } from '../../server/src/analysis/syntax';
import { runWith } from '../fixtures/commitments/run';
import { analyze, syntax } from '../support/analyzer';

const parser = createParser(syntax);
const parsed = (text: string, ...entities: string[]) => runWith(parser, text, ...entities).commitments;
const plain = (text: string, ...entities: string[]) => runWith(undefined, text, ...entities).commitments;

test('"said it regretted X and would Y": a reported future of the speaker', () => {
  const text = 'Halvard Air said it regretted the ruling and would challenge it in court.';
  const [c, ...rest] = parsed(text, 'Halvard Air:organization');
  assert.deepEqual(rest, []);
  assert.deepEqual([c.actors, c.trigger, c.action, c.modality], [['Halvard Air'], 'would', 'challenge it in court', 'firm']);
});

test('a coordinated verb takes the subject of the verb it is joined to, not the speaker', () => {
  const text = 'Mayor Rosa Lind said the Tarnby Council accepted the ruling and would not appeal.';
  const [c] = parsed(text, 'Rosa Lind:person', 'Tarnby Council:organization');
  assert.deepEqual([c.actors, c.action, c.negated], [['Tarnby Council'], 'appeal', true]);
});

test('a passive future with no agent is undertaken by the body that announces it', () => {
  const ents = ['Global Vaccine Agency:organization', 'Orland:country'];
  const text = 'The Global Vaccine Agency met on Monday. The doses will be flown to Orland within days, the agency said.';
  const [c, ...rest] = parsed(text, ...ents);
  assert.deepEqual(rest, []);
  assert.deepEqual([c.actors, c.trigger, c.action], [['Global Vaccine Agency'], 'will be flown', 'The doses will be flown to Orland within days']);
  assert.deepEqual(plain(text, ...ents), [], 'no agent, no parse: nothing');
  const shall = parsed('The fuel levy shall be scrapped, the Ministry of Finance said.', 'Ministry of Finance:organization');
  assert.deepEqual(
    shall.map((x) => [x.actors, x.trigger, x.action]),
    [[['Ministry of Finance'], 'shall be scrapped', 'The fuel levy shall be scrapped']],
  );
});

test('a passive future no speaker reports stays no undertaking', () => {
  assert.deepEqual(parsed('The doses will be flown to Orland within days.', 'Orland:country'), []);
});

test('"will be joined by" and other passive events are no undertaking', () => {
  assert.deepEqual(parsed('President Lina Park will be joined by Foreign Minister Tom Reed.', 'Lina Park:person', 'Tom Reed:person'), []);
  assert.deepEqual(plain('The summit will be held by the Nordic Council in May.', 'Nordic Council:organization'), []);
});

test('"the firm" is the last company named, not the court that fined it', () => {
  const text = 'Cardexa, a payments firm, was fined by the General Court. The firm said it would appeal.';
  const [c] = plain(text, 'Cardexa:organization', 'General Court:organization');
  assert.deepEqual([c.actors, c.action], [['Cardexa'], 'appeal']);
});

test('"the council" is the body headed by that word; "the county" only a county named so', () => {
  const council = plain(
    'Lena Holm of the Council of Europe met the Hartley Housing Trust. The council will publish its report in May.',
    'Lena Holm:person',
    'Council of Europe:organization',
    'Hartley Housing Trust:organization',
  );
  assert.deepEqual(council[0].actors, ['Council of Europe']);
  const county = plain('Judges met at the Marlow County Courthouse. The county plans to add a second judge.', 'Marlow County Courthouse:place');
  assert.deepEqual(county, []);
});

test('coordinated futures: two clean actions with the shared subject, the condition on the second', () => {
  const text = 'The Ostmark Group will study the order carefully and will then, if need be, challenge it.';
  for (const out of [parsed(text, 'Ostmark Group:organization'), plain(text, 'Ostmark Group:organization')]) {
    assert.deepEqual(
      out.map((c) => [c.actors, c.action, c.modality]),
      [
        [['Ostmark Group'], 'study the order carefully', 'firm'],
        [['Ostmark Group'], 'challenge it', 'conditional'],
      ],
    );
  }
});

test('offers on terms, votes on a timetable and forecasts of a fate are no undertaking', () => {
  assert.deepEqual(plain('The Arvala Fund said it was ready to release the money once the reform passed.', 'Arvala Fund:organization'), []);
  assert.deepEqual(plain('The Senate is due to vote on the bill in May.', 'Senate:organization'), []);
  assert.deepEqual(plain('The Tarnby Rovers team is expected to lose its place in the league.', 'Tarnby Rovers:organization'), []);
  const pledge = plain('The Green Party will vote against the bill in May.', 'Green Party:organization');
  assert.deepEqual(
    pledge.map((c) => [c.actors, c.action]),
    [[['Green Party'], 'vote against the bill in May']],
  );
});

test('a gapped pledge list gives one pledge per name with its amount', () => {
  const out = plain('Sweden pledged $300 million, Canada $250 million and Japan $180 million.', 'Sweden:country', 'Canada:country', 'Japan:country');
  assert.deepEqual(
    out.map((c) => [c.actors, c.trigger, c.action]),
    [
      [['Sweden'], 'pledged', '$300 million'],
      [['Canada'], 'pledged', '$250 million'],
      [['Japan'], 'pledged', '$180 million'],
    ],
  );
  const one = plain('Sweden pledged $300 million, Canada said.', 'Sweden:country', 'Canada:country');
  assert.deepEqual(
    one.map((c) => [c.actors, c.action]),
    [[['Sweden'], '$300 million']],
  );
});

test('a pledge made to someone is an undertaking; when it was made is no deadline', () => {
  const out = plain('Chile made a first-ever pledge to the Gavi Alliance on Monday.', 'Chile:country', 'Gavi Alliance:organization');
  assert.deepEqual(
    out.map((c) => [c.actors, c.action, c.time, c.target]),
    [[['Chile'], 'pledge to the Gavi Alliance', undefined, ['Gavi Alliance']]],
  );
});

test('"it" after a person\'s reporting verb is the body the person speaks for', () => {
  const text = "The Nordic Ski Federation banned the team. The federation's president, Ola Berg, said it would publish the decision.";
  const [c, ...rest] = plain(text, 'Nordic Ski Federation:organization', 'Ola Berg:person');
  assert.deepEqual(rest, []);
  assert.deepEqual([c.actors, c.action], [['Nordic Ski Federation'], 'publish the decision']);
  assert.deepEqual(
    plain('Ola Berg said he would publish the decision.', 'Ola Berg:person').map((x) => x.actors),
    [['Ola Berg']],
  );
});

test('a place reports the undertaking of a body named after it, with a parenthesis in the action', () => {
  const text = 'The Arden Police Department will install licence plate reader (LPR) cameras on 40 patrol cars, Arden officials said.';
  const out = plain(text, 'Arden Police Department:organization', 'Arden:place');
  assert.deepEqual(
    out.map((c) => [c.actors, c.action]),
    [[['Arden Police Department'], 'install licence plate reader (LPR) cameras on 40 patrol cars']],
  );
  assert.deepEqual(plain('Ostland will attack the port, Arden said.', 'Ostland:country', 'Arden:place'), [], "another side's future is no undertaking");
});

test('"the ministry" is a ministry named so, else the minister reporting it; never another body', () => {
  const out = plain('The Civic Forum met on Monday. Marta Lind said the ministry would publish the draft.', 'Marta Lind:person', 'Civic Forum:organization');
  assert.deepEqual(out, [], 'a speaker who is no minister: no guess');
  const named = plain(
    'The Ministry of Justice met on Monday. Marta Lind said the ministry would publish the draft.',
    'Ministry of Justice:organization',
    'Marta Lind:person',
  );
  assert.deepEqual(
    named.map((c) => c.actors),
    [['Ministry of Justice']],
  );
  const analysis = analyze('The Civic Forum met on Monday. Justice Minister Marta Lind said the ministry would publish the draft next week.');
  const names = (ids: string[]) => ids.map((id) => analysis.entities.find((e) => e.id === id)?.name);
  assert.deepEqual(
    analysis.commitments.map((c) => [names(c.actors), c.action]),
    [[['Marta Lind'], 'publish the draft next week']],
  );
});

test('"is giving" a sum is a pledge; giving something else is not', () => {
  const out = plain('Norway pledged $90 million, while Denmark is giving just $2 million.', 'Norway:country', 'Denmark:country');
  assert.deepEqual(
    out.map((c) => [c.actors, c.trigger, c.action]),
    [
      [['Norway'], 'pledged', '$90 million'],
      [['Denmark'], 'giving', '$2 million'],
    ],
  );
  assert.deepEqual(plain('Denmark is giving a speech at the summit.', 'Denmark:country'), []);
});
