// The seed article through the whole pipeline (tagger model included). Skipped when the seed is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../support/analyzer';
import { byName } from './entities-helpers';
import { SEED } from '../support/paths';

test('seed article: ministers with roles, six countries, places, organizations, Beijing as China', { skip: !existsSync(SEED) && 'seed article absent' }, () => {
  const text = readFileSync(SEED, 'utf8');
  const { entities } = analyze(text);
  const person = (name: string, role: string, roleOf: string): void => {
    const e = byName(entities, name);
    assert.equal(e.kind, 'person', name);
    assert.deepEqual([e.role, e.roleOf], [role, roleOf], name);
  };
  person('Kamikawa Yoko', 'Foreign Minister', 'Japan');
  person('Kihara Minoru', 'Defense Minister', 'Japan');
  person('Antony Blinken', 'Secretary of State', 'United States');
  person('Lloyd Austin', 'Secretary of Defense', 'United States');
  assert.deepEqual(byName(entities, 'Kamikawa Yoko').aliases, ['Kamikawa']);
  assert.deepEqual(byName(entities, 'Kihara Minoru').aliases, ['Kihara']);
  for (const c of ['Japan', 'United States', 'China', 'Taiwan', 'North Korea', 'Russia']) assert.equal(byName(entities, c).kind, 'country', c);
  for (const p of ['Tokyo', 'East China Sea', 'Senkaku Islands', 'Nansei Islands', 'Okinawa Prefecture']) assert.equal(byName(entities, p).kind, 'place', p);
  for (const o of ['Self-Defense Forces', 'US Indo-Pacific Command']) assert.equal(byName(entities, o).kind, 'organization', o);

  const china = byName(entities, 'China');
  const beijing = china.mentions.filter((m) => m.text === 'Beijing');
  assert.equal(beijing.length, 2);
  for (const m of beijing) assert.equal(m.form, 'name');
  assert.ok(!entities.some((e) => e.name === 'Beijing'), 'Beijing acts for China here, it is no place');
  const us = byName(entities, 'United States');
  assert.ok(us.aliases.includes('US'));
  assert.ok(us.mentions.some((m) => m.form === 'reference' && /^the US side$/i.test(m.text)));
  const japan = byName(entities, 'Japan');
  assert.equal(japan.mentions.filter((m) => m.form === 'demonym' && m.text === 'Japanese').length, 2);
  // "Japan’s Senkaku Islands": the mention covers "Japan" only.
  for (const m of japan.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(japan.mentions.every((m) => !m.text.includes('’')));
  const north = byName(entities, 'North Korea');
  assert.deepEqual(
    north.mentions.map((m) => [m.text, m.form]),
    [
      ['North Korea', 'name'],
      ['the North', 'reference'],
    ],
  );
  // Tokyo is where the talks were held: a place, not the Japanese state.
  assert.deepEqual(
    byName(entities, 'Tokyo').mentions.map((m) => m.start),
    [text.indexOf('Tokyo')],
  );
});
