// Commitment trigger families, modality, negation, conditions and deadlines, on sentences written
// for these tests (entities given, so the tagger plays no part).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../fixtures/commitments/run';

function one(text: string, ...entities: string[]) {
  const r = run(text, ...entities);
  assert.equal(r.commitments.length, 1, `one commitment in: ${text}\n${JSON.stringify(r.commitments)}`);
  return r.commitments[0];
}

test('verb + to: agree, pledge, vow, promise, commit, undertake, decide, resolve, vote are firm', () => {
  for (const verb of ['agreed', 'pledged', 'vowed', 'promised', 'committed', 'undertook', 'decided', 'resolved', 'voted']) {
    const c = one(`Peru ${verb} to build three desalination plants.`, 'Peru:country');
    assert.deepEqual([c.actors, c.trigger, c.action, c.modality, c.negated], [['Peru'], verb, 'build three desalination plants', 'firm', false]);
  }
});

test('present tense and auxiliaries: "has pledged", "agrees", "will agree to"', () => {
  assert.equal(one('Norway has pledged to double its aid budget.', 'Norway:country').trigger, 'pledged');
  assert.equal(one('Norway agrees to double its aid budget.', 'Norway:country').trigger, 'agrees');
  assert.equal(one('Norway will agree to double its aid budget.', 'Norway:country').action, 'double its aid budget');
});

test('a short phrase may stand between the verb and its infinitive', () => {
  const c = one('Mayor Rosa Diaz had promised during her campaign not to raise bus fares.', 'Rosa Diaz:person');
  assert.deepEqual([c.actors, c.action, c.negated], [['Rosa Diaz'], 'raise bus fares', true]);
});

test('plan, aim, intend, seek, consider are tentative; sought and considered are not commitments', () => {
  assert.equal(one('Ikea plans to open 12 stores in India.', 'Ikea:organization').modality, 'tentative');
  assert.equal(one('Ikea aims to open 12 stores in India.', 'Ikea:organization').modality, 'tentative');
  assert.equal(one('Ikea intends to open 12 stores in India.', 'Ikea:organization').modality, 'tentative');
  assert.equal(one('Ikea is seeking to open 12 stores in India.', 'Ikea:organization').modality, 'tentative');
  const c = one('Ikea is considering opening 12 stores in India.', 'Ikea:organization');
  assert.equal(c.action, 'opening 12 stores in India');
  assert.equal(run('Ikea sought to reassure its suppliers.', 'Ikea:organization').commitments.length, 0);
  assert.equal(run('Ikea considered the offer from the city.', 'Ikea:organization').commitments.length, 0);
});

test('will and shall with an actor subject are firm undertakings', () => {
  const c = one('Rwanda will host the summit in 2026.', 'Rwanda:country');
  assert.deepEqual([c.trigger, c.action, c.modality, c.time], ['will', 'host the summit in 2026', 'firm', 'in 2026']);
  assert.equal(one('The contractor said Bechtel shall complete the tunnel by March.', 'Bechtel:organization').trigger, 'shall');
});

test('"would" counts only in reported speech or under a condition', () => {
  assert.equal(one('Chile said it would raise the royalty on copper.', 'Chile:country').actors[0], 'Chile');
  assert.equal(run('Chile would raise the royalty on copper.', 'Chile:country').commitments.length, 0);
});

test('expected, set and due to give the expected modality', () => {
  const c = one('Heineken is expected to announce job cuts next week.', 'Heineken:organization');
  assert.deepEqual([c.trigger, c.modality, c.time], ['is expected to', 'expected', 'next week']);
  assert.equal(one('Heineken is set to close two breweries.', 'Heineken:organization').modality, 'expected');
});

test("negation: refuse to, rule out, vow not to, will not, won't", () => {
  for (const text of [
    'Tanzania refused to sign the declaration.',
    'Tanzania ruled out signing the declaration.',
    'Tanzania vowed not to sign the declaration.',
    'Tanzania will not sign the declaration.',
    "Tanzania won't sign the declaration.",
  ]) {
    const c = one(text, 'Tanzania:country');
    assert.equal(c.negated, true, text);
    assert.match(c.action, /sign(ing)? the declaration/);
  }
  assert.equal(one('Tanzania has no plans to sign the declaration.', 'Tanzania:country').negated, true);
});

test('conditions: the commitment is conditional, a trigger inside the condition is none', () => {
  const before = one('If the court approves, Uber will pay its drivers a minimum wage.', 'Uber:organization');
  assert.deepEqual([before.modality, before.action], ['conditional', 'pay its drivers a minimum wage']);
  const after = one('Uber will pay its drivers a minimum wage unless the court objects.', 'Uber:organization');
  assert.deepEqual([after.modality, after.action], ['conditional', 'pay its drivers a minimum wage']);
  const r = run('Lyft will cut fares only if Uber agrees to do the same.', 'Lyft:organization', 'Uber:organization');
  assert.deepEqual(
    r.commitments.map((c) => [c.actors[0], c.modality]),
    [['Lyft', 'conditional']],
  );
  // "until" with a date is a deadline, not a condition.
  const until = one('Siemens agreed to keep the plant open until 2031.', 'Siemens:organization');
  assert.deepEqual([until.modality, until.time], ['firm', 'until 2031']);
});

test('deadlines: by, next, within, and a leading "By 2030,"', () => {
  assert.equal(one('Ghana pledged to end gas flaring by 2030.', 'Ghana:country').time, 'by 2030');
  assert.equal(one('Ghana pledged to end gas flaring within five years.', 'Ghana:country').time, 'within five years');
  assert.equal(one('By 2035, Ghana will end gas flaring.', 'Ghana:country').time, 'By 2035');
  // When the undertaking was made is no deadline.
  assert.equal(one('Ghana agreed on Monday to end gas flaring.', 'Ghana:country').time, undefined);
});

test('chains: "agreed that X will", "decided that ... will be set up", "promised that they will"', () => {
  const inner = one('The two governments agreed that Ecuador will extradite the suspects.', 'Ecuador:country', 'Peru:country');
  assert.deepEqual([inner.actors, inner.trigger, inner.action], [['Ecuador'], 'agreed', 'extradite the suspects']);
  const passive = one('Ecuador and Peru decided that a border commission will be set up in Quito.', 'Ecuador:country', 'Peru:country', 'Quito:place');
  assert.deepEqual([passive.actors, passive.trigger], [['Ecuador', 'Peru'], 'decided']);
  assert.match(passive.action, /^a border commission will be set up/);
  const they = one('Ecuador and Peru promised that they will reopen the border crossing.', 'Ecuador:country', 'Peru:country');
  assert.deepEqual([they.actors, they.action], [['Ecuador', 'Peru'], 'reopen the border crossing']);
});

test('reaffirmed obligation: "reaffirmed that the treaty covers ..."', () => {
  const c = one('Britain reaffirmed that its defence pact covers the Falkland Islands.', 'Britain:country', 'Falkland Islands:place');
  assert.deepEqual([c.actors, c.trigger, c.modality], [['Britain'], 'reaffirmed', 'firm']);
});

test('nominal forms: a commitment to, its pledge of, a plan to, a goal of, a deal with X to', () => {
  const noun = one('Spain announced a commitment to phase out coal by 2027.', 'Spain:country');
  assert.deepEqual([noun.actors, noun.trigger, noun.action, noun.time], [['Spain'], 'commitment', 'phase out coal by 2027', 'by 2027']);
  const of = one("Donors praised Qatar's pledge of 500 million dollars for reconstruction.", 'Qatar:country');
  assert.deepEqual([of.actors, of.trigger], [['Qatar'], 'pledge']);
  const its = one('Canada unveiled its plan to cap emissions from oil sands.', 'Canada:country');
  assert.deepEqual([its.actors, its.modality], [['Canada'], 'tentative']);
  const deal = one('Renault signed a deal with Geely to build engines.', 'Renault:organization', 'Geely:organization');
  assert.deepEqual([deal.actors, deal.target, deal.action], [['Renault'], ['Geely'], 'build engines']);
  // A plan that was dropped or kept is no standing commitment.
  assert.equal(run('Canada abandoned its plan to cap emissions.', 'Canada:country').commitments.length, 0);
  assert.equal(run('Canada has fulfilled its pledge to cap emissions.', 'Canada:country').commitments.length, 0);
});

test('passive forms with an agent: "will be built by", "to be implemented by"', () => {
  const p = one('A new metro line will be built by Alstom in Lima.', 'Alstom:organization', 'Lima:place');
  assert.deepEqual([p.actors, p.trigger, p.action], [['Alstom'], 'will be built', 'A new metro line will be built']);
  const n = one('Residents welcomed the repairs to be carried out by Network Rail.', 'Network Rail:organization');
  assert.deepEqual([n.actors, n.trigger, n.action], [['Network Rail'], 'to be carried', 'the repairs to be carried']);
  // No agent, no chain: nobody undertook it.
  assert.equal(run('A new metro line will be built in Lima.', 'Lima:place').commitments.length, 0);
});

test('targets: the counterpart or beneficiary', () => {
  assert.deepEqual(one('Japan pledged to provide Vietnam with patrol boats.', 'Japan:country', 'Vietnam:country').target, ['Vietnam']);
  assert.deepEqual(one('Japan agreed with Vietnam to hold joint drills.', 'Japan:country', 'Vietnam:country').target, ['Vietnam']);
});

test('the action stops before a time clause, not before a time phrase', () => {
  assert.equal(
    one('Canada Post will resume deliveries on Monday after workers ratified the contract.', 'Canada Post:organization').action,
    'resume deliveries on Monday',
  );
  assert.equal(one('FIFA vowed to act after the incident in Madrid.', 'FIFA:organization', 'Madrid:place').action, 'act after the incident in Madrid');
});

test('"the decision by X to", "signed a pact to", "assured Y that it will"', () => {
  const by = one('Workers were stunned by the decision by Heineken to close the brewery.', 'Heineken:organization');
  assert.deepEqual([by.actors, by.trigger, by.action], [['Heineken'], 'decision', 'close the brewery']);
  const pact = one('Kenya and Ethiopia signed a pact to build a cross-border power line.', 'Kenya:country', 'Ethiopia:country');
  assert.deepEqual([pact.actors, pact.trigger], [['Ethiopia', 'Kenya'], 'pact']);
  const told = one('Germany assured Lithuania that it will station a brigade on its soil.', 'Germany:country', 'Lithuania:country');
  assert.deepEqual(told.actors, ['Germany']);
});

test('pledge and promise take a bare noun phrase: headlines and "pledged support"', () => {
  const h = one('Seoul and Tokyo pledge closer watch on missile launches', 'South Korea:country:Seoul', 'Japan:country:Tokyo');
  assert.deepEqual([h.actors, h.action], [['Japan', 'South Korea'], 'closer watch on missile launches']);
  assert.equal(one('Norway pledged further support for the fund.', 'Norway:country').action, 'further support for the fund');
});

test('clauses: "X will A and Y will B", lists in the action, "once a deal is reached", "officials from both countries plan"', () => {
  const r = run(
    'Under the deal, Berlin will pay 60% of the cost and Nairobi will provide land, staff and water data.',
    'Germany:country:Berlin',
    'Kenya:country:Nairobi',
  );
  assert.deepEqual(
    r.commitments.map((c) => [c.actors, c.action]),
    [
      [['Germany'], 'pay 60% of the cost'],
      [['Kenya'], 'provide land, staff and water data'],
    ],
  );
  assert.equal(one('Turkey pledged to escort grain ships once a deal is reached.', 'Turkey:country').modality, 'conditional');
  assert.equal(one('Turkey pledged to escort grain ships once a week.', 'Turkey:country').modality, 'firm');
  const text = 'Norway and Kenya signed an accord. Officials from both countries plan to meet again in Nairobi in September.';
  const plan = run(text, 'Norway:country', 'Kenya:country', 'Nairobi:place').commitments.find((c) => c.trigger === 'plan');
  assert.deepEqual([plan?.actors, plan?.time], [['Kenya', 'Norway'], 'in September']);
});

test('"would" reported by an attribution after the clause', () => {
  const c = one('Germany would send two frigates to the Red Sea, the defence minister said.', 'Germany:country', 'Red Sea:place');
  assert.deepEqual([c.actors, c.trigger, c.action], [['Germany'], 'would', 'send two frigates to the Red Sea']);
});
