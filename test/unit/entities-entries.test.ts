// The one loader of named entries: the user's entities and the world knowledge of data/*.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEntries } from '../../server/src/analysis/entities/entries';
import * as world from '../../server/src/analysis/entities/world';
import countries from '../../server/src/analysis/entities/data/countries.json';
import organizations from '../../server/src/analysis/entities/data/organizations.json';
import places from '../../server/src/analysis/entities/data/places.json';

test('entries without a name or a known kind are left out; names are trimmed; each keeps its place', () => {
  const loaded = loadEntries([
    { name: ' Halden Works ', kind: 'organization', aliases: ['Halden', '  ', 7] },
    { name: '', kind: 'person' },
    null,
    { name: 'Ana Ruiz', kind: 'wizard' },
    { name: 'Ana Ruiz', kind: 'person', aliases: 'Ruiz' },
  ]);
  assert.deepEqual(
    loaded.map((e) => [e.index, e.names]),
    [
      [0, ['Halden Works', 'Halden']],
      [4, ['Ana Ruiz']],
    ],
  );
  for (const bad of [undefined, null, 'Halden', {}, 3]) assert.deepEqual(loadEntries(bad), []);
});

test('every entry of the world data is read by the loader', () => {
  for (const [file, list] of [
    ['countries', countries],
    ['organizations', organizations],
    ['places', places],
  ] as const) {
    assert.equal(loadEntries(list).length, list.length, file);
  }
});

test('what the world data adds: seats of power, tagged-only names, places without a state', () => {
  assert.equal(world.countryByCapitalOf('Kremlin')?.name, 'Russia');
  assert.equal(world.countryByCapitalOf('White House')?.name, 'United States');
  // A seat of power stands for its state but is not its capital.
  assert.equal(world.countryByCode('RU')?.capital, 'Moscow');
  assert.equal(world.organizationByName('IAEA')?.name, 'International Atomic Energy Agency');
  assert.deepEqual(world.organizationByName('Doctors Without Borders')?.aliases, ['MSF', 'Medecins Sans Frontieres', 'Médecins Sans Frontières']);
  assert.ok(world.TAGGED_ONLY.has('Shell') && world.TAGGED_ONLY.has('WHO'));
  assert.ok(!world.TAGGED_ONLY.has('World Health Organization'));
  assert.equal(world.countryOfPlace('Davao')?.name, 'Philippines');
  assert.ok(world.isKnownPlace('Kashmir'));
  assert.equal(world.countryOfPlace('Kashmir'), undefined);
  assert.equal(world.countryByDemonymOf('Filipinos')?.name, 'Philippines');
});
