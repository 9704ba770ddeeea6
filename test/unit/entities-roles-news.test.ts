// Roles in the shapes everyday news writes them (issue 15): a lower-case title after the name, a
// title owned through a definite description ("the agency's", "the city's", "the Danish lender's"),
// and a title with no owner stated, owned by the body or state the text is about or the one its
// own noun ("Council leader"), a possessive pronoun ("his lawyer"), a copula ("X has been Norway's
// fisheries minister") or a counterpart makes plain; lower-case words inside a title a determiner
// opens, ranks and academic titles. Own sentences, hand-made tagger spans.
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

test('lower-case words inside a title a determiner opens: "A community leader, X", "Its commission chairman, X"', () => {
  const text =
    'The Lakes Trade Union met in Ormsby. Its commission chairman, Ravi Rao, said talks would resume. ' +
    'A community leader, Nia Obi, said residents would march.';
  const es = run(text, [
    ['Lakes Trade Union', 'ORG'],
    ['Ormsby', 'LOC'],
    ['Nia Obi', 'PER'],
    ['Ravi Rao', 'PER'],
  ]);
  assert.deepEqual(role(es, 'Nia Obi'), ['community leader', undefined]);
  assert.deepEqual(role(es, 'Ravi Rao'), ['commission chairman', 'Lakes Trade Union']);
  // Without a determiner, lower-case words make no title: "arrested local shop owner, X".
  const bare = run('Officers arrested local shop owner, Tim Hale, on Monday.', [['Tim Hale', 'PER']]);
  assert.equal(byName(bare, 'Tim Hale').role, undefined);
});

test('the title\'s own noun names the owner: "Council leader X" the council named before, "Village president X" the place (role.owner-title-noun)', () => {
  const text =
    'Dunmore City Council dropped the plan on Tuesday. Council leader Ada Frost said it was wrong. ' +
    'In Saltby, the mine will close. Village president Omar Lind said the village was never asked.';
  const es = run(text, [
    ['Dunmore City Council', 'ORG'],
    ['Ada Frost', 'PER'],
    ['Saltby', 'LOC'],
    ['Omar Lind', 'PER'],
  ]);
  assert.deepEqual(role(es, 'Ada Frost'), ['Council leader', 'Dunmore City Council']);
  assert.ok(byName(es, 'Ada Frost').why?.includes('role.owner-title-noun'));
  assert.deepEqual(role(es, 'Omar Lind'), ['Village president', 'Saltby']);
  // "X, village president of Y": a place owns a title that names a place's noun.
  const after = run('Rosa Quispe, village president of Tallca, said the road was closed.', [
    ['Rosa Quispe', 'PER'],
    ['Tallca', 'LOC'],
  ]);
  assert.deepEqual(role(after, 'Rosa Quispe'), ['village president', 'Tallca']);
});

test('a council named far back owns no "Council leader" title', () => {
  const text = 'Dunmore City Council dropped the plan. Shops reopened. Traffic eased. Buses ran late. Council leader Ada Frost said it was wrong.';
  const es = run(text, [
    ['Dunmore City Council', 'ORG'],
    ['Ada Frost', 'PER'],
  ]);
  assert.deepEqual(role(es, 'Ada Frost'), ['Council leader', undefined]);
});

test('"his lawyer, X": the person named before owns a personal title (role.owner-person); "the mayor, X" the place named last', () => {
  const text =
    'The court banned Marc Brun for two years. His lawyer, Lea Roux, called the ruling a disgrace. ' +
    'Fans in Vellby cheered the club. Nobody was surprised. The council will fix the roof, the mayor, Jan Holt, said.';
  const es = run(text, [
    ['Marc Brun', 'PER'],
    ['Lea Roux', 'PER'],
    ['Vellby', 'LOC'],
    ['Jan Holt', 'PER'],
  ]);
  assert.deepEqual(role(es, 'Lea Roux'), ['lawyer', 'Marc Brun']);
  assert.ok(byName(es, 'Lea Roux').why?.includes('role.owner-person'));
  assert.deepEqual(role(es, 'Jan Holt'), ['mayor', 'Vellby']);
});

test('"The Danish lender\'s chief financial officer, X": qualifiers between "the" and the body noun', () => {
  const text = "Fjord Bank cut its forecast. The Danish lender's chief financial officer, Per Dam, said costs rose.";
  const es = run(text, [
    ['Fjord Bank', 'ORG'],
    ['Danish', 'MISC'],
    ['Per Dam', 'PER'],
  ]);
  assert.deepEqual(role(es, 'Per Dam'), ['chief financial officer', 'Fjord Bank']);
});

test('a title after a copula: "X has been Norway\'s fisheries minister", "X is the chief executive of Y" (role.copula)', () => {
  const text = "Ola Brekke has been Norway's fisheries minister for a year. Ines Berg is the chief executive of Kelp Foods.";
  const es = run(text, [
    ['Ola Brekke', 'PER'],
    ['Norway', 'LOC'],
    ['Ines Berg', 'PER'],
    ['Kelp Foods', 'ORG'],
  ]);
  assert.deepEqual(role(es, 'Ola Brekke'), ['fisheries minister', 'Norway']);
  assert.ok(byName(es, 'Ola Brekke').why?.includes('role.copula'));
  assert.deepEqual(role(es, 'Ines Berg'), ['chief executive', 'Kelp Foods']);
  const none = run('Ola Brekke is the best striker in the league.', [['Ola Brekke', 'PER']]);
  assert.equal(byName(none, 'Ola Brekke').role, undefined);
});

test('"her Danish counterpart, X": the state of the demonym (role.counterpart)', () => {
  const text = 'Norwegian Foreign Minister Kari Moe and her Danish counterpart, Mette Lund, signed the deal.';
  const es = run(text, [
    ['Norwegian', 'MISC'],
    ['Kari Moe', 'PER'],
    ['Danish', 'MISC'],
    ['Mette Lund', 'PER'],
  ]);
  assert.deepEqual(role(es, 'Mette Lund'), ['counterpart', 'Denmark']);
  assert.ok(byName(es, 'Mette Lund').why?.includes('role.counterpart'));
});

test('ranks and academic titles: "Sgt. X, a spokesman," is the spokesman, "PC X" no body, "Dr X" a doctor', () => {
  const text = 'Sgt. Leo Marsh, a spokesman, said the cameras helped. PC Ann Cole and PC Raj Dev stopped the car. Dr Mary Njeri starts her rounds at six.';
  const es = run(text, [
    ['Leo Marsh', 'PER'],
    ['PC', 'ORG'],
    ['Ann Cole', 'PER'],
    ['Raj Dev', 'PER'],
    ['Mary Njeri', 'PER'],
  ]);
  assert.equal(byName(es, 'Leo Marsh').role, 'spokesman');
  assert.equal(byName(es, 'Ann Cole').role, 'PC');
  assert.equal(byName(es, 'Raj Dev').role, 'PC');
  assert.ok(!es.some((e) => e.name === 'PC'));
  assert.equal(byName(es, 'Mary Njeri').role, 'Dr');
  assert.ok(byName(es, 'Mary Njeri').why?.includes('role.academic-title'));
});

test('"Deputy mayor for housing X": a portfolio ends the title, the place named nearby owns it', () => {
  const text = 'Lyonne will cap rents from March. Deputy mayor for housing Claire Vidal said inspectors would check adverts.';
  const es = run(text, [
    ['Lyonne', 'LOC'],
    ['Claire Vidal', 'PER'],
  ]);
  assert.deepEqual(role(es, 'Claire Vidal'), ['Deputy mayor for housing', 'Lyonne']);
});
