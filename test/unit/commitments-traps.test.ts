// What is NOT a commitment: hopes, fears and predictions, past accomplishments, demands of others,
// hypotheticals inside conditions, statements of need, reported assessments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../fixtures/commitments/run';

const none = (text: string, ...entities: string[]): void => {
  const r = run(text, ...entities);
  assert.deepEqual(r.commitments, [], text);
};

test('hopes', () => {
  none('Peru voiced hope that the mining dispute would be resolved by June.', 'Peru:country');
  none('Peru hopes to sign the trade deal by June.', 'Peru:country');
  none("Lima's mayor hopes the city will host the Pan American Games.", 'Lima:place');
  none('Peru is optimistic that Chile will lower its tariffs.', 'Peru:country', 'Chile:country');
});

test('fears and predictions', () => {
  none('Farmers fear that the drought will ruin the harvest in Kenya.', 'Kenya:country');
  none('Economists predict that Brazil will cut rates in May.', 'Brazil:country');
  none('Analysts said Tesla will report lower deliveries.', 'Tesla:organization');
  none('Analysts expect Tesla to report lower deliveries.', 'Tesla:organization');
  none('The new bridge will ease traffic in Lagos, officials said.', 'Lagos:place');
  none('Chelsea will face Napoli in the final.', 'Chelsea:organization', 'Napoli:organization');
  none('Tesla will likely miss its delivery target.', 'Tesla:organization');
  none("Moody's warned that Egypt could default next year.", "Moody's:organization", 'Egypt:country');
});

test('past accomplishments', () => {
  none('Kenya has already built 40,000 affordable homes.', 'Kenya:country');
  none('Kenya completed the railway to Naivasha in 2019.', 'Kenya:country', 'Naivasha:place');
  none('The promised upgrade of the Kenyan grid was finished last year.', 'Kenya:country:Kenyan');
});

test('demands of others', () => {
  const r = run('The European Union urged Serbia to recognise the election result.', 'European Union:organization', 'Serbia:country');
  assert.deepEqual(r.commitments, []);
  assert.deepEqual(
    r.stances.map((s) => [s.type, s.holders, s.targets]),
    [['urge', ['European Union'], ['Serbia']]],
  );
  none('Unions called on Ryanair to agree to a pay rise.', 'Ryanair:organization');
  none('Greenpeace demanded that Shell stop drilling in the Arctic.', 'Greenpeace:organization', 'Shell:organization', 'Arctic:place');
  none('Investors pressed Nissan to commit to a new strategy.', 'Nissan:organization');
});

test('hypotheticals inside conditions', () => {
  none('The takeover cannot proceed until Brazil agrees to waive the rules.', 'Brazil:country');
  none('If Iran pledges to halt enrichment, talks could resume.', 'Iran:country');
  none('Talks could resume if Iran agrees to halt enrichment.', 'Iran:country');
});

test('statements of need', () => {
  none('Greece needs to refinance 12 billion euros of debt this year.', 'Greece:country');
  none('Athens said Greece must cut its deficit.', 'Greece:country', 'Athens:place');
  none('Athens stressed the need for Greece to cut its deficit.', 'Greece:country', 'Athens:place');
  none('Greece should cut its deficit, the IMF said.', 'Greece:country', 'IMF:organization');
});

test('reported assessments', () => {
  none('Japan and India agreed that the region faces growing risks.', 'Japan:country', 'India:country');
  none('Japan and India concurred that Beijing is aimed at dominating the sea lanes.', 'Japan:country', 'India:country', 'China:country:Beijing');
  none('The two leaders agreed that the talks were productive.', 'Japan:country', 'India:country');
  none('The ministry confirmed that the talks took place in Delhi.', 'Delhi:place');
});

test('adjectival and passive uses of trigger words', () => {
  none('The planned merger of Bayer and Monsanto drew protests.', 'Bayer:organization', 'Monsanto:organization');
  none('The policy is aimed at helping exporters in Vietnam.', 'Vietnam:country');
  none('The deal agreed by Vietnam last year was cancelled.', 'Vietnam:country');
});

test('questions are not reports', () => {
  none('Will Turkey agree to the new quota?', 'Turkey:country');
});

test('indecision: "has not decided whether it will"', () => {
  none('Ireland has not decided whether it will join the mission.', 'Ireland:country');
  none('Ireland will decide next week whether to join the mission.', 'Ireland:country');
});
