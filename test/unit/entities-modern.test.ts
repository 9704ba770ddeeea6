// Entity building on modern news sentences (written for these tests), with the spans a tagger gave
// or plausibly gives, mistakes included, listed by hand: Title Case headlines, coordinations, capitals
// standing for a city or its state, firms the tagger typed as persons or places, datelines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../../server/src/analysis/entities/index';
import type { NerType } from '../../server/src/analysis/ner/index';
import { summarize } from '../../server/src/analysis/report';
import type { Analysis, Entity } from '../../server/src/analysis/types';
import { byName, markSpans, mentionList, prepare } from './entities-helpers';

function entitiesOf(text: string, names: [string, NerType][]): Entity[] {
  const p = prepare(text);
  return buildEntities(p.text, p.tokens, p.sentences, markSpans(p, names));
}

const kinds = (entities: Entity[]): string[] => entities.map((e) => `${e.kind}:${e.name}`);

test('Title Case headline: words the body never capitalises make no names; names the body gives stay', () => {
  const text =
    'Kenya and Norway Agree to Build Shared Flood Warning Network\n\n' +
    'NAIROBI - Kenya and Norway agreed on Monday to build a network of river gauges. ' +
    'Hydrologist Amina Odhiambo said the storm season starts in March.\n';
  const entities = entitiesOf(text, [
    ['Norway Agree', 'ORG'],
    ['Build Shared Flood Warning Network', 'ORG'],
    ['Kenya', 'LOC'],
    ['Norway', 'LOC'],
    ['NAIROBI', 'LOC'],
    ['Amina Odhiambo', 'PER'],
  ]);
  assert.deepEqual(kinds(entities), ['country:Kenya', 'country:Norway', 'place:NAIROBI', 'person:Amina Odhiambo']);
  // The headline's "Norway" is found again once the tagger's "Norway Agree" is refused.
  assert.equal(byName(entities, 'Norway').mentions[0].start, text.indexOf('Norway'));

  const sport = 'Harbour Town Edge Rovers in Cup Thriller\n\nHarbour Town beat Rovers 2-1 on Saturday. Rovers had led at half time.\n';
  const teams = entitiesOf(sport, [
    ['Harbour Town Edge Rovers', 'ORG'],
    ['Harbour Town', 'ORG'],
    ['Rovers', 'ORG'],
  ]);
  assert.deepEqual(kinds(teams), ['organization:Harbour Town', 'organization:Rovers']);
  assert.equal(byName(teams, 'Rovers').mentions.length, 3, 'the headline mention joins the body mentions');

  const storm = 'Storm Batters Coast, Cutting Power to Thousands\n\nHeavy rain hit the coast on Sunday, officials said. Seaboard Power said lines were down.\n';
  assert.deepEqual(
    kinds(
      entitiesOf(storm, [
        ['Storm Batters Coast', 'LOC'],
        ['Cutting Power', 'ORG'],
        ['Seaboard Power', 'ORG'],
      ]),
    ),
    ['organization:Seaboard Power'],
  );
});

test("a sentence-case headline keeps the tagger's names", () => {
  const text = 'Halden Robotics buys rival for $40 million\n\nOSLO - Halden Robotics said on Friday it would buy a rival.\n';
  const entities = entitiesOf(text, [
    ['Halden Robotics', 'ORG'],
    ['OSLO', 'LOC'],
  ]);
  assert.equal(byName(entities, 'Halden Robotics').mentions.length, 2);
});

test('coordinations tagged as one name are split when both sides stand alone, not otherwise', () => {
  const text =
    'The United Auto Workers and Ford failed to agree on Friday. Ford said it would raise its offer. ' +
    'Floods closed roads between Milan and Turin. Trinidad and Tobago sent aid. ' +
    'Marks and Spencer cut prices. The Ministry of Defence and Security denied the report.\n';
  const entities = entitiesOf(text, [
    ['United Auto Workers and Ford', 'ORG'],
    ['Ford', 'ORG'],
    ['Milan and Turin', 'LOC'],
    ['Trinidad and Tobago', 'LOC'],
    ['Marks and Spencer', 'ORG'],
    ['Ministry of Defence and Security', 'ORG'],
  ]);
  assert.deepEqual(kinds(entities), [
    'organization:United Auto Workers',
    'organization:Ford',
    'place:Milan',
    'place:Turin',
    'country:Trinidad and Tobago',
    'organization:Marks and Spencer',
    'organization:Ministry of Defence and Security',
  ]);
  assert.equal(byName(entities, 'Ford').mentions.length, 2);
});

test("a capital before a local noun is the city; as a possessor of a state's noun, the state", () => {
  const text =
    "The Lisbon city council voted to freeze rents. London's firefighters worked through the night. " +
    "Beijing's stance has hardened, and Moscow's forces pulled back. Paris's metro was closed.\n";
  const entities = entitiesOf(text, [
    ['Lisbon', 'LOC'],
    ['London', 'LOC'],
    ['Beijing', 'LOC'],
    ['Moscow', 'LOC'],
    ['Paris', 'LOC'],
  ]);
  assert.deepEqual(kinds(entities), ['place:Lisbon', 'place:London', 'country:China', 'country:Russia', 'place:Paris']);
});

test('"Brussels" acting is the EU institution the article names, else Belgium', () => {
  const eu = 'The European Commission proposed new rules. Brussels wants member states to act by 2028.\n';
  const withEu = entitiesOf(eu, [
    ['European Commission', 'ORG'],
    ['Brussels', 'LOC'],
  ]);
  assert.deepEqual(kinds(withEu), ['organization:European Commission']);
  assert.deepEqual(mentionList(withEu[0]), ['European Commission/name', 'Brussels/name']);
  const alone = entitiesOf('Brussels wants a seat at the table, the Belgian foreign minister said.\n', [
    ['Brussels', 'LOC'],
    ['Belgian', 'MISC'],
  ]);
  assert.deepEqual(kinds(alone), ['country:Belgium']);
});

test('firms the tagger typed as persons or places: known names, firm cues, votes over mentions', () => {
  const text =
    'Tesla cut prices again. Shares in Halden rose 4% after Halden said in a statement that sales grew. ' +
    'Analysts at Brightwell raised their forecasts. Napoli beat Como 2-0, and Napoli now lead the table. ' +
    'His Napoli side has won six in a row. Unifor, the Canadian auto union, called a strike. ' +
    'The Islington council stewards were praised. The German retailer Kaufhof, its largest customer, agreed.\n';
  const p = prepare(text);
  const spans = markSpans(p, [
    ['Tesla', 'PER'],
    ['Halden', 'PER'],
    ['Brightwell', 'LOC'],
    ['Napoli', 'PER'],
    ['Como', 'LOC'],
    ['Islington', 'ORG'],
    ['Kaufhof', 'LOC'],
  ]);
  // The tagger typed "Napoli" a person twice and an organization once.
  const napoli = spans.filter((s) => p.tokens[s.firstToken].text === 'Napoli');
  assert.equal(napoli.length, 3);
  napoli[2].type = 'ORG';
  const entities = buildEntities(p.text, p.tokens, p.sentences, spans);
  for (const name of ['Tesla', 'Halden', 'Brightwell', 'Napoli', 'Unifor', 'Kaufhof']) assert.equal(byName(entities, name).kind, 'organization', name);
  assert.equal(byName(entities, 'Napoli').mentions.length, 3);
  assert.equal(byName(entities, 'Islington').kind, 'place');
});

test('a lone word with a title or honorific stays a person; a word of a title is no organization', () => {
  const text =
    'Coach Varga said the team was tired. Varga later apologised. ' +
    'Interior Minister Kipchumba Murkomen said funds would be released. The Dutch lawmaker Anneke de Vries objected.\n';
  const entities = entitiesOf(text, [
    ['Varga', 'PER'],
    ['Interior', 'ORG'],
    ['Kipchumba Murkomen', 'PER'],
    ['Anneke de Vries', 'ORG'],
    ['Dutch', 'MISC'],
  ]);
  assert.deepEqual(kinds(entities), ['person:Varga', 'person:Kipchumba Murkomen', 'country:Netherlands', 'person:Anneke de Vries']);
  assert.equal(byName(entities, 'Kipchumba Murkomen').role, 'Interior Minister');
  assert.equal(byName(entities, 'Anneke de Vries').role, 'lawmaker');
});

test('international bodies and federations are organizations, never countries, whatever the tagger says', () => {
  const text = 'The United Nations and the IOC met FIFA officials. The G7 and Greenpeace disagreed. The U.N. said both countries must act.\n';
  const entities = entitiesOf(text, [
    ['United Nations', 'LOC'],
    ['IOC', 'PER'],
    ['FIFA', 'LOC'],
  ]);
  assert.deepEqual(kinds(entities), [
    'organization:United Nations',
    'organization:International Olympic Committee',
    'organization:FIFA',
    'organization:Group of Seven',
    'organization:Greenpeace',
  ]);
  assert.deepEqual(mentionList(byName(entities, 'United Nations')), ['United Nations/name', 'U.N./name']);
});

test('datelines: the place is an entity even when untagged; its agency is no entity; capitals in title case', () => {
  const text = 'INDIA, BANGLADESH SIGN RIVER DEAL\n\nDETROIT (AP) - India and Bangladesh signed a river deal on Monday.\n';
  const entities = entitiesOf(text, [
    ['INDIA', 'LOC'],
    ['BANGLADESH', 'LOC'],
    ['AP', 'ORG'],
    ['India', 'LOC'],
    ['Bangladesh', 'LOC'],
  ]);
  assert.deepEqual(kinds(entities), ['country:India', 'country:Bangladesh', 'place:DETROIT']);
  assert.deepEqual(byName(entities, 'DETROIT').aliases, []);
});

test('summary: a place is grouped under the country the article places it in', () => {
  const text = 'Rain flooded the Kenyan port of Lamu and the town of Garsen on Sunday. Kenya asked for help.\n';
  const p = prepare(text);
  const entities = buildEntities(
    p.text,
    p.tokens,
    p.sentences,
    markSpans(p, [
      ['Lamu', 'LOC'],
      ['Garsen', 'LOC'],
      ['Kenyan', 'MISC'],
      ['Kenya', 'LOC'],
    ]),
  );
  const analysis: Analysis = {
    length: text.length,
    paragraphs: [],
    sentences: p.sentences,
    tokens: p.tokens,
    entities,
    commitments: [],
    stances: [],
    times: [],
    quotes: [],
    problems: [],
  };
  const places = summarize('x', analysis).places;
  assert.deepEqual(
    places.map((g) => [g.country ?? '-', g.places.map((e) => e.name)]),
    [
      ['Kenya', ['Lamu']],
      ['-', ['Garsen']],
    ],
  );
});

test('names the tagger broke in two are joined; federations named by a sport and a country are bodies', () => {
  const text =
    'Mistral AI, the Paris-based start-up, raised money. Portuguese Prime Minister Luis Montenegro flew home. ' +
    'Cricket Australia and USA Swimming backed the plan. Montenegro and Portugal signed a pact.\n';
  const p = prepare(text);
  const spans = markSpans(p, [
    ['Mistral', 'MISC'],
    ['AI', 'ORG'],
    ['Portuguese', 'MISC'],
    ['Luis', 'PER'],
    ['Montenegro', 'LOC'],
    ['Australia', 'LOC'],
    ['USA', 'LOC'],
    ['Portugal', 'LOC'],
  ]);
  const entities = buildEntities(p.text, p.tokens, p.sentences, spans);
  assert.deepEqual(kinds(entities), [
    'organization:Mistral AI',
    'country:Portugal',
    'person:Luis Montenegro',
    'organization:Cricket Australia',
    'organization:USA Swimming',
    'country:Montenegro',
  ]);
});

test('a known firm named alone joins the fuller name only when that came first', () => {
  const text =
    'Samsung Electronics reported lower profits. Samsung shares fell 2%. ' +
    'Regulators wrote to Google. Researchers from Google DeepMind left. Investors bought a stake in Anthropic, and Anthropic declined to comment.\n';
  const entities = entitiesOf(text, [
    ['Samsung Electronics', 'ORG'],
    ['Samsung', 'ORG'],
    ['Google', 'ORG'],
    ['Google DeepMind', 'ORG'],
    ['Anthropic', 'LOC'],
  ]);
  assert.deepEqual(kinds(entities), ['organization:Samsung Electronics', 'organization:Google', 'organization:Google DeepMind', 'organization:Anthropic']);
  assert.equal(byName(entities, 'Samsung Electronics').mentions.length, 2);
});

test('roles: an owner inside an apposition ("X, the CMA\'s chief executive", "X, the City manager")', () => {
  const text =
    "The Competition and Markets Authority (CMA) opened an inquiry. Sarah Cardell, the CMA's chief executive, spoke. " +
    'Manchester City lost again. Pep Guardiola, the City manager, was calm. EU antitrust chief Teresa Ribera agreed.\n';
  const entities = entitiesOf(text, [
    ['Competition and Markets Authority', 'ORG'],
    ['CMA', 'ORG'],
    ['Sarah Cardell', 'PER'],
    ['Manchester City', 'ORG'],
    ['City', 'ORG'],
    ['Pep Guardiola', 'PER'],
    ['EU', 'ORG'],
    ['Teresa Ribera', 'PER'],
  ]);
  const cardell = byName(entities, 'Sarah Cardell');
  assert.deepEqual([cardell.role, cardell.roleOf], ['chief executive', 'Competition and Markets Authority']);
  const pep = byName(entities, 'Pep Guardiola');
  assert.deepEqual([pep.role, pep.roleOf], ['manager', 'Manchester City']);
  const ribera = byName(entities, 'Teresa Ribera');
  assert.deepEqual([ribera.role, ribera.roleOf], ['antitrust chief', 'European Union']);
});

test('a dateline names a place whatever the tagger says; old names of states do not hide cities', () => {
  const text = 'TOWNSVILLE, Australia - Organisers met on Tuesday. Townsville agreed, and training moved to the Gold Coast.\n';
  const entities = entitiesOf(text, [
    ['TOWNSVILLE', 'ORG'],
    ['Townsville', 'ORG'],
    ['Australia', 'LOC'],
    ['Gold Coast', 'LOC'],
  ]);
  assert.deepEqual(kinds(entities), ['place:Townsville', 'country:Australia', 'place:Gold Coast']);
  assert.equal(byName(entities, 'Townsville').mentions.length, 2);
});

test('a multi-word name is one kind throughout: "the province of X" and "X governor" are one place', () => {
  const text =
    'The quake damaged homes in the province of Davao Oriental. Davao Oriental governor Nelson Reyes said rescuers were busy. ' +
    "West Bengal's chief minister, Mamata Banerjee, agreed. Shares in Aalto Savings rose.\n";
  const p = prepare(text);
  const spans = markSpans(p, [
    ['Davao Oriental', 'ORG'],
    ['Nelson Reyes', 'PER'],
    ['West Bengal', 'LOC'],
    ['Mamata Banerjee', 'PER'],
    ['Aalto Savings', 'PER'],
  ]);
  const entities = buildEntities(p.text, p.tokens, p.sentences, spans);
  assert.deepEqual(kinds(entities), [
    'place:Davao Oriental',
    'person:Nelson Reyes',
    'place:West Bengal',
    'person:Mamata Banerjee',
    'organization:Aalto Savings',
  ]);
  assert.equal(byName(entities, 'Davao Oriental').mentions.length, 2);
  assert.equal(byName(entities, 'Nelson Reyes').roleOf, 'Davao Oriental');
  assert.equal(byName(entities, 'Mamata Banerjee').roleOf, 'West Bengal');
});

test("a short name in parentheses after a body's full name is its alias, capitals or not", () => {
  const text = 'The Philippine Institute of Volcanology and Seismology (Phivolcs) warned of aftershocks. Phivolcs later lifted the warning.\n';
  const entities = entitiesOf(text, [
    ['Philippine Institute of Volcanology and Seismology', 'ORG'],
    ['Phivolcs', 'ORG'],
  ]);
  assert.deepEqual(kinds(entities), ['organization:Philippine Institute of Volcanology and Seismology']);
  assert.deepEqual(entities[0].aliases, ['Phivolcs']);
});
