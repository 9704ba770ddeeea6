// The user's corrections (`.newslens.json`): each kind on its own sentences, applied by the analysis
// with its rule id, keyed by trigger and sentence text so an edit elsewhere keeps them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, UserEntities } from '../../server/src/analysis';
import { analyze } from '../support/analyzer';
import { parseUserEntities } from '../../server/src/lsp/userEntities';

const ARTICLE =
  'Chilean President Lucia Vera pledged on Monday to build two desalination plants by 2030.\n\n' +
  'Peru agreed to join the project, officials in Lima said.\n\n' +
  'The Andean Water Council condemned the delay.\n';

const nameOf = (a: Analysis, id: string): string | undefined => a.entities.find((e) => e.id === id)?.name;
const triggers = (a: Analysis): string[] => a.commitments.map((c) => c.trigger.text);

test('without corrections the fixture has the commitments the corrections below change', () => {
  const a = analyze(ARTICLE);
  assert.deepEqual(triggers(a), ['pledged', 'agreed']);
  assert.equal(a.commitments[0].modality, 'firm');
  assert.deepEqual(
    a.stances.map((s) => s.trigger.text),
    ['condemned'],
  );
});

test('drop: the commitment keyed by its trigger and sentence is gone, the other stays', () => {
  const sentence = 'Chilean President Lucia Vera pledged on Monday to build two desalination plants by 2030.';
  const a = analyze(ARTICLE, { userEntities: { corrections: [{ trigger: 'pledged', sentence, action: 'drop' }] } });
  assert.deepEqual(triggers(a), ['agreed']);
});

test('drop survives an edit elsewhere and white space changed inside the sentence', () => {
  const sentence = 'Chilean President Lucia Vera pledged on Monday to build two desalination plants by 2030.';
  const edited = 'A new first paragraph.\n\n' + ARTICLE.replace('on Monday', 'on\nMonday');
  const a = analyze(edited, { userEntities: { corrections: [{ trigger: 'pledged', sentence, action: 'drop' }] } });
  assert.deepEqual(triggers(a), ['agreed']);
});

test('a correction whose sentence was rewritten no longer applies', () => {
  const sentence = 'Chilean President Lucia Vera pledged on Tuesday to build two desalination plants by 2030.';
  const a = analyze(ARTICLE, { userEntities: { corrections: [{ trigger: 'pledged', sentence, action: 'drop' }] } });
  assert.deepEqual(triggers(a), ['pledged', 'agreed']);
});

test('modality: set, with its rule id on why', () => {
  const sentence = 'Chilean President Lucia Vera pledged on Monday to build two desalination plants by 2030.';
  const a = analyze(ARTICLE, { userEntities: { corrections: [{ trigger: 'pledged', sentence, action: { modality: 'expected' } }] } });
  assert.equal(a.commitments[0].modality, 'expected');
  assert.ok(a.commitments[0].why?.includes('user.correction-modality'));
});

test('actor: a commitment and a stance given to an entity named by an alias', () => {
  const user: UserEntities = {
    entities: [{ name: 'Republic of Peru', kind: 'country', aliases: ['Peru'] }],
    corrections: [
      { trigger: 'pledged', sentence: 'Chilean President Lucia Vera pledged on Monday to build two desalination plants by 2030.', action: { actor: 'peru' } },
      { trigger: 'condemned', sentence: 'The Andean Water Council condemned the delay.', action: { actor: 'Peru' } },
    ],
  };
  const a = analyze(ARTICLE, { userEntities: user });
  assert.deepEqual(
    a.commitments[0].actors.map((id) => nameOf(a, id)),
    ['Republic of Peru'],
  );
  assert.ok(a.commitments[0].why?.includes('user.correction-actor'));
  assert.deepEqual(
    a.stances[0].holders.map((id) => nameOf(a, id)),
    ['Republic of Peru'],
  );
});

test('notSame: a name split off the entity it was merged into, with its own id and rule', () => {
  const text = 'Kim Young spoke first. Later Young said the talks went well. Kim Young left at noon.\n';
  const before = analyze(text, { userEntities: { entities: [{ name: 'Kim Young', kind: 'person', aliases: ['Young'] }] } });
  assert.deepEqual(
    before.entities.map((e) => [e.name, e.mentions.length]),
    [['Kim Young', 3]],
  );
  const after = analyze(text, {
    userEntities: { entities: [{ name: 'Kim Young', kind: 'person', aliases: ['Young'] }], notSame: [{ name: 'young', from: 'Kim Young' }] },
  });
  assert.deepEqual(
    after.entities.map((e) => [e.id, e.name, e.mentions.length]),
    [
      ['e1', 'Kim Young', 2],
      ['e2', 'Young', 1],
    ],
  );
  assert.deepEqual(after.entities[1].why, ['user.correction-notsame']);
  assert.deepEqual(after.entities[0].aliases, []);
});

test('the file format: corrections and notSame parsed, bad entries reported and skipped', () => {
  const { entities, problems } = parseUserEntities({
    version: 1,
    notSame: [{ name: 'Young', from: 'Kim Young' }, { name: 'x' }],
    corrections: [
      { trigger: 'pledged', sentence: 'S.', action: 'drop' },
      { trigger: 'vowed', sentence: 'S.', action: { modality: 'tentative' } },
      { trigger: 'vowed', sentence: 'S.', action: { modality: 'maybe' } },
      { trigger: 'urged', sentence: 'S.', action: { actor: 'Peru' } },
    ],
  });
  assert.deepEqual(entities.notSame, [{ name: 'Young', from: 'Kim Young' }]);
  assert.deepEqual(
    entities.corrections?.map((c) => c.action),
    ['drop', { modality: 'tentative' }, { actor: 'Peru' }],
  );
  assert.deepEqual(problems, [
    'notSame[1] needs "name" and "from"',
    'corrections[2] needs "trigger", "sentence" and an "action" ("drop", {"modality"} or {"actor"})',
  ]);
  assert.deepEqual(parseUserEntities({ version: 2 }).problems, ['"version" must be 1']);
});

test('long lists: the one correction and split that match among 100,000 others apply; of two with one key the later wins', () => {
  const sentence = 'Chilean President Lucia Vera pledged on Monday to build two desalination plants by 2030.';
  const others = Array.from({ length: 100_000 }, (_, i) => ({ trigger: `pledged${i}`, sentence: `Sentence ${i}.`, action: 'drop' as const }));
  const corrections = [
    ...others,
    { trigger: 'pledged', sentence, action: 'drop' as const },
    { trigger: 'pledged', sentence, action: { modality: 'tentative' as const } },
  ];
  const a = analyze(ARTICLE, { userEntities: { corrections } });
  assert.deepEqual(
    a.commitments.map((c) => [c.trigger.text, c.modality]),
    [
      ['pledged', 'tentative'],
      ['agreed', 'firm'],
    ],
  );
  const notSame = [...Array.from({ length: 100_000 }, (_, i) => ({ name: `N${i}`, from: `F${i}` })), { name: 'Vera', from: 'Lucia Vera' }];
  const text = ARTICLE + 'Vera spoke later.\n';
  assert.deepEqual(analyze(text).entities.filter((e) => e.name === 'Vera').length, 0);
  assert.deepEqual(
    analyze(text, { userEntities: { notSame } })
      .entities.filter((e) => e.name === 'Vera')
      .map((e) => e.why),
    [['user.correction-notsame']],
  );
});
