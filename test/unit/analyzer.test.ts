// createAnalyzer: everything comes from outside (model bytes, world knowledge, logger), and a stage
// that fails or is unavailable is recorded in `problems` and logged, never swallowed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, type UserEntity } from '../../server/src/analysis/index';
import { analyze, model } from '../support/analyzer';

const TEXT = 'Foreign Minister Ana Ruiz of Spain met officials of the Northwind Group in Lisbon on Monday.';

test('with the committed model an analysis has no problems', () => {
  const analysis = analyze(TEXT);
  assert.deepEqual(analysis.problems, []);
  assert.ok(analysis.entities.some((e) => e.name === 'Ana Ruiz' && e.kind === 'person'));
});

test('bytes that are no model: logged once, reported in every analysis, world knowledge still works', () => {
  const logged: string[] = [];
  const analyzer = createAnalyzer({ model: new Uint8Array([1, 2, 3]), logger: (m) => logged.push(m) });
  assert.equal(logged.length, 1);
  assert.match(logged[0], /entity tagger is unavailable \(not a News Lens NER model\)/);
  for (let i = 0; i < 2; i++) {
    const analysis = analyzer.analyze(TEXT);
    assert.deepEqual(analysis.problems, logged);
    assert.ok(analysis.entities.some((e) => e.name === 'Spain' && e.kind === 'country'));
    assert.ok(!analysis.entities.some((e) => e.name === 'Ana Ruiz'), 'without the tagger the person is not found');
  }
  assert.equal(logged.length, 1);
});

test("world knowledge given to the analyzer applies to every article, before the call's own entities", () => {
  const analyzer = createAnalyzer({
    model,
    world: { entities: [{ name: 'Northwind Group', kind: 'organization', aliases: ['Northwind'] }], ignore: ['Lisbon'] },
  });
  const analysis = analyzer.analyze(TEXT, { userEntities: { entities: [{ name: 'Ana Ruiz', kind: 'person', role: 'Foreign Minister', roleOf: 'Spain' }] } });
  const names = analysis.entities.map((e) => e.name);
  assert.ok(names.includes('Northwind Group'), names.join(', '));
  assert.ok(!names.includes('Lisbon'), names.join(', '));
  assert.equal(analysis.entities.find((e) => e.name === 'Ana Ruiz')?.roleOf, 'Spain');
});

test('a stage that throws is recorded and logged; the other stages still run', () => {
  const logged: string[] = [];
  const broken = {
    get name(): string {
      throw new Error('unreadable entry');
    },
    kind: 'person',
  } as UserEntity;
  const analyzer = createAnalyzer({ model, world: { entities: [broken] }, logger: (m) => logged.push(m) });
  const analysis = analyzer.analyze(TEXT);
  assert.deepEqual(analysis.problems, ['entities failed: unreadable entry']);
  assert.deepEqual(logged, analysis.problems);
  assert.deepEqual(analysis.entities, []);
  assert.ok(
    analysis.times.some((t) => t.text === 'on Monday' || t.text === 'Monday'),
    JSON.stringify(analysis.times),
  );
});

test('a logger that throws does not break the analysis', () => {
  const analyzer = createAnalyzer({
    model: new Uint8Array(0),
    logger: () => {
      throw new Error('log sink gone');
    },
  });
  assert.equal(analyzer.analyze(TEXT).problems.length, 1);
});
