import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as world from '../../server/src/analysis/entities/world';

test('states by name and common aliases', () => {
  for (const [alias, name] of [
    ['US', 'United States'],
    ['U.S.', 'United States'],
    ['USA', 'United States'],
    ['America', 'United States'],
    ['the United States', 'United States'],
    ['UK', 'United Kingdom'],
    ['U.K.', 'United Kingdom'],
    ['Britain', 'United Kingdom'],
    ['North Korea', 'North Korea'],
    ['DPRK', 'North Korea'],
    ['Russian Federation', 'Russia'],
    ['Japan', 'Japan'],
    ['Taiwan', 'Taiwan'],
    ['the Philippines', 'Philippines'],
  ]) {
    assert.equal(world.countryByNameOf(alias)?.name, name, alias);
  }
  assert.equal(world.countryByNameOf('us'), undefined);
  // Territories are places, in the state they belong to.
  assert.equal(world.countryByNameOf('Hong Kong'), undefined);
  assert.ok(world.isKnownPlace('Greenland'));
  assert.equal(world.countryOfPlace('Greenland')?.name, 'Denmark');
});

test('demonyms and capitals lead to their state', () => {
  for (const [d, name] of [
    ['Japanese', 'Japan'],
    ['American', 'United States'],
    ['Chinese', 'China'],
    ['North Korean', 'North Korea'],
    ['British', 'United Kingdom'],
  ]) {
    assert.equal(world.countryByDemonymOf(d)?.name, name, d);
  }
  for (const [c, name] of [
    ['Beijing', 'China'],
    ['Moscow', 'Russia'],
    ['Seoul', 'South Korea'],
    ['Kyiv', 'Ukraine'],
    ['Kiev', 'Ukraine'],
    ['Washington', 'United States'],
    ['Tokyo', 'Japan'],
    ['Pyongyang', 'North Korea'],
  ]) {
    assert.equal(world.countryByCapitalOf(c)?.name, name, c);
  }
  assert.equal(world.countryByCapitalOf('Kingston'), undefined);
});

test('organizations and places with their countries', () => {
  assert.equal(world.organizationByName('U.N.')?.name, 'United Nations');
  assert.equal(world.organizationByName('NATO')?.name, 'North Atlantic Treaty Organization');
  assert.equal(world.countryOfPlace('Okinawa Prefecture')?.name, 'Japan');
  assert.equal(world.countryOfPlace('Senkaku Islands')?.name, 'Japan');
  assert.equal(world.countryOfPlace('Tokyo')?.name, 'Japan');
  assert.equal(world.countryOfPlace('SEOUL')?.name, 'South Korea');
  assert.equal(world.countryOfPlace('East China Sea'), undefined);
  assert.ok(world.isKnownPlace('East China Sea'));
});
