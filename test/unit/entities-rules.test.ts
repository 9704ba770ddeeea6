// Entity rules on short sentences with hand-made tagger spans: capitals by context, possessives,
// hyphenated pairs, references, apposed roles, acronyms, user entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../../server/src/analysis/entities/index';
import type { NerType } from '../../server/src/analysis/ner/index';
import type { Entity, UserEntities } from '../../server/src/analysis/types';
import { byName, markSpans, mentionList, prepare } from './entities-helpers';

function run(text: string, names: [string, NerType][], user?: UserEntities): Entity[] {
  const p = prepare(text);
  return buildEntities(text, p.tokens, p.sentences, markSpans(p, names), user);
}

test('a capital as subject, possessor or agent is its state; after in/at/to/from it is the place', () => {
  const text =
    'Beijing condemned the drills. Beijing’s escalating actions worried Manila. Talks were held in Beijing. He flew from Moscow to Beijing. The plan was rejected by Moscow.';
  const es = run(text, [
    ['Beijing', 'LOC'],
    ['Manila', 'LOC'],
    ['Moscow', 'LOC'],
  ]);
  assert.deepEqual(mentionList(byName(es, 'China')), ['Beijing/name', 'Beijing/name']);
  assert.deepEqual(mentionList(byName(es, 'Beijing')), ['Beijing/name', 'Beijing/name']);
  assert.equal(byName(es, 'Beijing').kind, 'place');
  assert.deepEqual(mentionList(byName(es, 'Russia')), ['Moscow/name']);
  assert.equal(byName(es, 'Russia').mentions[0].start, text.lastIndexOf('Moscow'));
  assert.deepEqual(mentionList(byName(es, 'Moscow')), ['Moscow/name']);
  // "worried Manila": the object of a verb is the state too.
  assert.deepEqual(mentionList(byName(es, 'Philippines')), ['Manila/name']);
  // The possessive is not part of the mention.
  assert.equal(byName(es, 'China').mentions[1].text, 'Beijing');
});

test('possessives, hyphenated pairs and the US side', () => {
  const text = 'Japan’s navy joined the Philippines’ coast guard. The Japan-US alliance holds. The US side agreed. The Japanese and US sides met.';
  const es = run(text, [
    ['Japan', 'LOC'],
    ['Philippines', 'LOC'],
    ['Japan-US', 'MISC'],
    ['US', 'LOC'],
    ['Japanese', 'MISC'],
  ]);
  const japan = byName(es, 'Japan');
  assert.deepEqual(mentionList(japan), ['Japan/name', 'Japan/name', 'Japanese/demonym']);
  const hyphen = text.indexOf('Japan-US');
  assert.deepEqual(japan.mentions[1], { start: hyphen, end: hyphen + 5, text: 'Japan', form: 'name' });
  const us = byName(es, 'United States');
  assert.deepEqual(mentionList(us), ['US/name', 'The US side/reference', 'US/name']);
  assert.deepEqual(us.mentions[0], { start: hyphen + 6, end: hyphen + 8, text: 'US', form: 'name' });
  assert.deepEqual(mentionList(byName(es, 'Philippines')), ['Philippines/name']);
});

test('"the North" is North Korea only when the article names it', () => {
  const named = run('North Korea fired a missile. Seoul said the North would pay.', [
    ['North Korea', 'LOC'],
    ['Seoul', 'LOC'],
  ]);
  assert.deepEqual(mentionList(byName(named, 'North Korea')), ['North Korea/name', 'the North/reference']);
  assert.deepEqual(mentionList(byName(named, 'South Korea')), ['Seoul/name']);
  const unnamed = run('Storms hit the North and the South on Monday.', []);
  assert.deepEqual(unnamed, []);
});

test('people: either name order, surnames to the latest full name, titles included by the tagger', () => {
  const text = 'Minoru Kihara met Kihara Minoru’s aide. President Ana Ruiz spoke. Ruiz left. Tom Ruiz arrived. Ruiz smiled.';
  const es = run(text, [
    ['Minoru Kihara', 'PER'],
    ['Kihara Minoru', 'PER'],
    ['President Ana Ruiz', 'PER'],
    ['Ruiz', 'PER'],
    ['Tom Ruiz', 'PER'],
  ]);
  const kihara = byName(es, 'Minoru Kihara');
  assert.deepEqual(kihara.aliases, ['Kihara Minoru']);
  const ana = byName(es, 'Ana Ruiz');
  assert.equal(ana.role, 'President');
  assert.deepEqual(mentionList(ana), ['Ana Ruiz/name', 'Ruiz/name']);
  assert.deepEqual(mentionList(byName(es, 'Tom Ruiz')), ['Tom Ruiz/name', 'Ruiz/name']);
});

test('shorter full names and last words join the fuller name', () => {
  const text = 'Commission President Ursula von der Leyen spoke for the European Commission. Von der Leyen will travel. The Commission agreed.';
  const es = run(text, [
    ['Commission', 'ORG'],
    ['Ursula von der Leyen', 'PER'],
    ['European Commission', 'ORG'],
    ['Von der Leyen', 'PER'],
  ]);
  assert.deepEqual(mentionList(byName(es, 'Ursula von der Leyen')), ['Ursula von der Leyen/name', 'Von der Leyen/name']);
  assert.deepEqual(mentionList(byName(es, 'European Commission')), ['Commission/name', 'European Commission/name', 'Commission/name']);
  assert.deepEqual([byName(es, 'Ursula von der Leyen').role, byName(es, 'Ursula von der Leyen').roleOf], ['President', 'European Commission']);
});

test('roles: apposition "X, the prime minister of Y", "Y’s finance minister, X", coordinated titles', () => {
  const text =
    'Lena Berg, 58, the prime minister of Norway, arrived. Sweden’s finance minister, Olof Lund, agreed. ' +
    'Norway’s Foreign Minister Eva Dahl and Defense Minister Per Moe spoke. Acme chief executive Jo Kim, 50, left.';
  const es = run(text, [
    ['Lena Berg', 'PER'],
    ['Norway', 'LOC'],
    ['Sweden', 'LOC'],
    ['Olof Lund', 'PER'],
    ['Eva Dahl', 'PER'],
    ['Per Moe', 'PER'],
    ['Acme', 'ORG'],
    ['Jo Kim', 'PER'],
  ]);
  const role = (n: string): [string | undefined, string | undefined] => [byName(es, n).role, byName(es, n).roleOf];
  assert.deepEqual(role('Lena Berg'), ['prime minister', 'Norway']);
  assert.deepEqual(role('Olof Lund'), ['finance minister', 'Sweden']);
  assert.deepEqual(role('Eva Dahl'), ['Foreign Minister', 'Norway']);
  assert.deepEqual(role('Per Moe'), ['Defense Minister', 'Norway']);
  assert.deepEqual(role('Jo Kim'), ['chief executive', 'Acme']);
});

test('roles: owner after the name, possessives of common nouns', () => {
  const text = 'President Lina Moreau of France spoke. The country’s finance minister, Paul Henri, agreed. Said Omar, a spokesman for the ministry, declined.';
  const es = run(text, [
    ['Lina Moreau', 'PER'],
    ['France', 'LOC'],
    ['Paul Henri', 'PER'],
    ['Said Omar', 'PER'],
  ]);
  assert.deepEqual([byName(es, 'Lina Moreau').role, byName(es, 'Lina Moreau').roleOf], ['President', 'France']);
  assert.deepEqual([byName(es, 'Paul Henri').role, byName(es, 'Paul Henri').roleOf], ['finance minister', undefined]);
  assert.deepEqual([byName(es, 'Said Omar').role, byName(es, 'Said Omar').roleOf], ['spokesman', undefined]);
});

test('roles: abbreviated ranks; "the head of the IMF, X"', () => {
  const text = 'Gen. Ana Ruiz inspected the troops. The head of the IMF, Kira Vance, said growth would slow. Sen. Tom Reyes objected.';
  const es = run(text, [
    ['Ana Ruiz', 'PER'],
    ['IMF', 'ORG'],
    ['Kira Vance', 'PER'],
    ['Tom Reyes', 'PER'],
  ]);
  assert.equal(byName(es, 'Ana Ruiz').role, 'Gen.');
  assert.deepEqual([byName(es, 'Kira Vance').role, byName(es, 'Kira Vance').roleOf], ['head', 'International Monetary Fund']);
  assert.equal(byName(es, 'Tom Reyes').role, 'Sen.');
});

test('roles: places own local offices only', () => {
  const text =
    'Los Angeles Mayor Karen Bass spoke. The mayor of Lisbon, Rui Moedas, agreed. In Osaka Foreign Minister Aiko Sato smiled. Texas Governor Greg Abbott left.';
  const es = run(text, [
    ['Los Angeles', 'LOC'],
    ['Karen Bass', 'PER'],
    ['Lisbon', 'LOC'],
    ['Rui Moedas', 'PER'],
    ['Osaka', 'LOC'],
    ['Aiko Sato', 'PER'],
    ['Texas', 'LOC'],
    ['Greg Abbott', 'PER'],
  ]);
  const role = (n: string): [string | undefined, string | undefined] => [byName(es, n).role, byName(es, n).roleOf];
  assert.deepEqual(role('Karen Bass'), ['Mayor', 'Los Angeles']);
  assert.deepEqual(role('Rui Moedas'), ['mayor', 'Lisbon']);
  assert.deepEqual(role('Aiko Sato'), ['Foreign Minister', undefined]);
  assert.deepEqual(role('Greg Abbott'), ['Governor', 'Texas']);
});

test('roles: "its" is the organization this sentence or the one before opened with', () => {
  const text = 'Northwind Bank said profits rose at Acme. Its chief executive Ida Berg was pleased. Ole Lund, its chairman, agreed.';
  const es = run(text, [
    ['Northwind Bank', 'ORG'],
    ['Acme', 'ORG'],
    ['Ida Berg', 'PER'],
    ['Ole Lund', 'PER'],
  ]);
  assert.deepEqual([byName(es, 'Ida Berg').role, byName(es, 'Ida Berg').roleOf], ['chief executive', 'Northwind Bank']);
  assert.deepEqual([byName(es, 'Ole Lund').role, byName(es, 'Ole Lund').roleOf], ['chairman', undefined], 'no organization in this sentence or the one before');
});

test('acronyms: defined in parentheses, initials of a full name, well-known ones', () => {
  const text =
    'The Pacific Fisheries Council (PFC) met the UN and the U.N. refugee agency. The PFC and NATO agreed. The World Trade Organization and the WTO differ.';
  const es = run(text, [
    ['Pacific Fisheries Council', 'ORG'],
    ['PFC', 'ORG'],
    ['UN', 'ORG'],
    ['World Trade Organization', 'ORG'],
  ]);
  assert.deepEqual(mentionList(byName(es, 'Pacific Fisheries Council')), ['Pacific Fisheries Council/name', 'PFC/name', 'PFC/name']);
  const un = byName(es, 'United Nations');
  assert.deepEqual(mentionList(un), ['UN/name', 'U.N./name']);
  assert.deepEqual(un.aliases, ['UN', 'U.N.']);
  assert.equal(byName(es, 'North Atlantic Treaty Organization').kind, 'organization');
  assert.deepEqual(mentionList(byName(es, 'World Trade Organization')), ['World Trade Organization/name', 'WTO/name']);
});

test('pairs of capitals go together; seats of power stand for their state', () => {
  const text = 'Ankara contacted both Kyiv and Moscow. Ships sailed from Odesa and Kyiv. The Kremlin said no. Talks at the White House ended.';
  const es = run(text, [
    ['Ankara', 'LOC'],
    ['Kyiv and Moscow', 'ORG'],
    ['Odesa', 'LOC'],
    ['Kyiv', 'LOC'],
    ['Kremlin', 'PER'],
    ['White House', 'LOC'],
  ]);
  assert.deepEqual(mentionList(byName(es, 'Ukraine')), ['Kyiv/name']);
  assert.equal(byName(es, 'Ukraine').mentions[0].start, text.indexOf('Kyiv'));
  assert.deepEqual(mentionList(byName(es, 'Russia')), ['Moscow/name', 'Kremlin/name']);
  assert.deepEqual(mentionList(byName(es, 'Kyiv')), ['Kyiv/name']);
  assert.equal(byName(es, 'Kyiv').mentions[0].start, text.lastIndexOf('Kyiv'));
  assert.equal(byName(es, 'Odesa').kind, 'place');
  assert.equal(byName(es, 'White House').kind, 'place');
});

test('Brussels acting is the European Union when the article names it, else Belgium', () => {
  const withEu = run('The EU welcomed the plan. Brussels hoped both sides would deliver.', [
    ['EU', 'ORG'],
    ['Brussels', 'LOC'],
  ]);
  assert.deepEqual(mentionList(byName(withEu, 'European Union')), ['EU/name', 'Brussels/name']);
  const without = run('Brussels hoped both sides would deliver.', [['Brussels', 'LOC']]);
  assert.deepEqual(mentionList(byName(without, 'Belgium')), ['Brussels/name']);
});

test('a headline in capitals still yields its states; acronyms stay acronyms', () => {
  const es = run('JAPAN, SOUTH KOREA AGREE TO WATCH NORTH KOREAN LAUNCHES WITH NATO\n\nTokyo and Seoul agreed.', []);
  assert.deepEqual(mentionList(byName(es, 'Japan')), ['JAPAN/name', 'Tokyo/name']);
  assert.deepEqual(mentionList(byName(es, 'South Korea')), ['SOUTH KOREA/name', 'Seoul/name']);
  assert.deepEqual(mentionList(byName(es, 'North Korea')), ['NORTH KOREAN/demonym']);
  assert.deepEqual(mentionList(byName(es, 'North Atlantic Treaty Organization')), ['NATO/name']);
  assert.ok(!es.some((e) => e.name === 'Agree' || e.name === 'AGREE'));
});

test('countries the tagger missed are still found; territories are places', () => {
  assert.deepEqual(
    run('North American and Latin American markets fell; American buyers left.', []).map((e) => mentionList(e)),
    [['American/demonym']],
  );
  assert.deepEqual(
    run('Chad Miller flew to Chad.', []).map((e) => [e.name, mentionList(e)]),
    [['Chad', ['Chad/name']]],
  );
  const es = run('Officials from Germany and Hong Kong met Chinese envoys.', []);
  assert.deepEqual(
    es.map((e) => [e.name, e.kind]),
    [
      ['Germany', 'country'],
      ['Hong Kong', 'place'],
      ['China', 'country'],
    ],
  );
  assert.equal(byName(es, 'China').mentions[0].form, 'demonym');
});

test('user entities add names, kinds, roles and aliases; ignored names disappear', () => {
  const text = 'Zorblax Corp hired Mira Vance. Zorblax said Vance, the firm’s engineer, would lead. Reuters reported it.';
  const user: UserEntities = {
    entities: [
      { name: 'Zorblax Corp', kind: 'organization', aliases: ['Zorblax'] },
      { name: 'Mira Vance', kind: 'person', role: 'chief engineer', roleOf: 'Zorblax Corp' },
    ],
    ignore: ['Reuters'],
  };
  const es = run(
    text,
    [
      ['Mira Vance', 'PER'],
      ['Vance', 'PER'],
      ['Reuters', 'ORG'],
      ['Zorblax', 'PER'],
    ],
    user,
  );
  const z = byName(es, 'Zorblax Corp');
  assert.equal(z.kind, 'organization');
  assert.deepEqual(mentionList(z), ['Zorblax Corp/name', 'Zorblax/name']);
  const mira = byName(es, 'Mira Vance');
  assert.deepEqual([mira.role, mira.roleOf], ['chief engineer', 'Zorblax Corp']);
  assert.ok(!es.some((e) => e.name === 'Reuters'));
  assert.deepEqual(
    es.map((e) => e.id),
    es.map((_, k) => `e${k + 1}`),
  );
});

test('bad spans from a tagger are tolerated', () => {
  const p = prepare('Japan and China met.');
  const es = buildEntities(p.text, p.tokens, p.sentences, [
    { firstToken: 0, endToken: 1, type: 'LOC' },
    { firstToken: 0, endToken: 3, type: 'ORG' },
    { firstToken: 2, endToken: 99, type: 'LOC' },
    { firstToken: -4, endToken: -1, type: 'PER' },
    { firstToken: 3, endToken: 3, type: 'MISC' },
  ]);
  for (const e of es) for (const m of e.mentions) assert.equal(m.text, p.text.slice(m.start, m.end));
  assert.deepEqual(byName(es, 'Japan').kind, 'country');
});

test('world knowledge corrects the tagger: lone capitals, firm names, brackets, known multi-word places', () => {
  const text =
    'LONDON (Reuters) - Beijing warned Verdant Farms. The European Investment Bank (EIB) and the Korean Peninsula were named. ' +
    'Verdant Farms and Verdant’s staff met the EIB.';
  const p = prepare(text);
  const tok = (s: string, nth = 0): number => {
    let at = text.indexOf(s);
    for (let k = 0; k < nth; k++) at = text.indexOf(s, at + 1);
    return p.tokens.findIndex((t) => t.start === at);
  };
  const es = buildEntities(text, p.tokens, p.sentences, [
    { firstToken: tok('LONDON'), endToken: tok('LONDON') + 1, type: 'ORG' },
    { firstToken: tok('Beijing'), endToken: tok('Beijing') + 1, type: 'PER' },
    { firstToken: tok('Verdant'), endToken: tok('Verdant') + 2, type: 'PER' },
    // The tagger ran the name on into the bracket and split the peninsula.
    { firstToken: tok('European'), endToken: tok('EIB') + 1, type: 'ORG' },
    { firstToken: tok('Korean'), endToken: tok('Korean') + 1, type: 'MISC' },
    { firstToken: tok('Peninsula'), endToken: tok('Peninsula') + 1, type: 'LOC' },
  ]);
  assert.deepEqual(mentionList(byName(es, 'LONDON')), ['LONDON/name']);
  assert.equal(byName(es, 'LONDON').kind, 'place');
  assert.deepEqual(mentionList(byName(es, 'China')), ['Beijing/name']);
  const verdant = byName(es, 'Verdant Farms');
  assert.equal(verdant.kind, 'organization');
  // Found again where the tagger missed it, full name and first word.
  assert.deepEqual(mentionList(verdant), ['Verdant Farms/name', 'Verdant Farms/name', 'Verdant/name']);
  const eib = byName(es, 'European Investment Bank');
  assert.deepEqual(mentionList(eib), ['European Investment Bank/name', 'EIB/name', 'EIB/name']);
  assert.equal(byName(es, 'Korean Peninsula').kind, 'place');
  assert.ok(!es.some((e) => e.name === 'Peninsula'));
});

test('dates the tagger took for names are dropped, names like months are kept', () => {
  const text = 'HELSINKI, Feb. 12 — Theresa May met Marcus Janet on March 3. May said Marcus agreed.';
  const es = run(text, [
    ['Feb.', 'PER'],
    ['Theresa May', 'PER'],
    ['Marcus Janet', 'PER'],
    ['March', 'PER'],
    ['May', 'PER'],
    ['Marcus', 'PER'],
  ]);
  assert.deepEqual(
    es.map((e) => [e.name, e.kind, mentionList(e)]),
    [
      ['HELSINKI', 'place', ['HELSINKI/name']],
      ['Theresa May', 'person', ['Theresa May/name', 'May/name']],
      ['Marcus Janet', 'person', ['Marcus Janet/name', 'Marcus/name']],
    ],
  );
});

test('treaties and articles are no actors, but the states in their names are', () => {
  const text = 'Article Five of the Japan-US Security Treaty applies.';
  const es = run(text, [
    ['Article Five', 'PER'],
    ['Japan-US Security Treaty', 'ORG'],
  ]);
  assert.deepEqual(
    es.map((e) => [e.name, e.kind, mentionList(e)]),
    [
      ['Japan', 'country', ['Japan/name']],
      ['United States', 'country', ['US/name']],
    ],
  );
});
