// Futures that are no undertaking of their subject: dates in the diary (scheduled meetings, visits,
// results) and forecasts one side reports about another. Threats are declared intentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../fixtures/commitments/run';

const none = (text: string, ...entities: string[]): void => {
  assert.deepEqual(run(text, ...entities).commitments, [], text);
};

test('scheduled events are not commitments', () => {
  none('Trade ministers of the Mercosur bloc will meet in Asuncion in June to review the tariff schedule.', 'Mercosur:organization', 'Asuncion:place');
  none('Heineken will report full-year results on Wednesday.', 'Heineken:organization');
  none('Chancellor Olaf Scholz will visit Beijing next month, a government spokesman said.', 'Olaf Scholz:person', 'China:country:Beijing');
  none('Kenya is due to hold talks with the IMF next week on a new loan.', 'Kenya:country', 'IMF:organization');
  // Declining the date is a decision.
  const declined = run('Brazil will not attend the climate summit in Baku.', 'Brazil:country', 'Baku:place');
  assert.deepEqual(
    declined.commitments.map((c) => [c.actors, c.negated]),
    [[['Brazil'], true]],
  );
  // Agreed, a meeting is an undertaking; "hold" with a non-meeting object is one too.
  const r = run('Serbia and Kosovo agreed to meet again in Brussels next month.', 'Serbia:country', 'Kosovo:country', 'Brussels:place');
  assert.equal(r.commitments.length, 1);
  assert.deepEqual(r.commitments[0].actors, ['Kosovo', 'Serbia']);
  assert.equal(r.commitments[0].trigger, 'agreed');
  const h = run('Ecuador will hold a referendum on the new mining law by March.', 'Ecuador:country');
  assert.equal(h.commitments.length, 1);
  assert.equal(h.commitments[0].action, 'hold a referendum on the new mining law by March');
});

test('a future one side reports about another is a forecast', () => {
  none('Officials in Seoul said on Monday that North Korea will test another missile before the election.', 'South Korea:country:Seoul', 'North Korea:country');
  none('Estonia accused Moscow of jamming GPS signals and said Russia would expand the campaign.', 'Estonia:country', 'Russia:country:Moscow');
  none('Iran will retaliate against any strike, Israeli officials said.', 'Iran:country', 'Israel:country:Israeli');
  none('The Bank of Canada will hold rates at 3 percent in January, according to a survey of economists.', 'Bank of Canada:organization');
  none('Airbus will miss its delivery goal again, industry analysts said on Monday.', 'Airbus:organization');
  // The speaker's own side, or a speaker whose side is unknown, keeps the commitment.
  const own = run(
    'Officials in Seoul said on Monday that South Korea will send two more frigates to the Strait of Hormuz.',
    'South Korea:country:Seoul',
    'Strait of Hormuz:place',
  );
  assert.equal(own.commitments.length, 1);
  assert.deepEqual(own.commitments[0].actors, ['South Korea']);
  const unknown = run('Peru will cap fuel prices until December, Luis Arce said.', 'Peru:country', 'Luis Arce:person');
  assert.equal(unknown.commitments.length, 1);
  const sourced = run('Ford will close its plant in Valencia next year, according to people familiar with the plans.', 'Ford:organization', 'Valencia:place');
  assert.equal(sourced.commitments.length, 1);
});

test('threats are tentative commitments, conditional when bound to a condition', () => {
  const r = run('Turkey threatened to block the accession of Sweden unless Stockholm extradited the suspects.', 'Turkey:country', 'Sweden:country:Stockholm');
  assert.equal(r.commitments.length, 1);
  assert.equal(r.commitments[0].trigger, 'threatened');
  assert.equal(r.commitments[0].action, 'block the accession of Sweden');
  assert.equal(r.commitments[0].modality, 'conditional');
  const t = run('The teachers union threatens to strike in September.', 'teachers union:organization');
  assert.equal(t.commitments[0]?.modality, 'tentative');
});

test('a nominal commitment after a verb and a date', () => {
  const r = run('Norway announced on Friday a pledge of 500 million crowns for flood defences in Bangladesh.', 'Norway:country', 'Bangladesh:country');
  assert.equal(r.commitments.length, 1);
  assert.deepEqual(r.commitments[0].actors, ['Norway']);
  assert.equal(r.commitments[0].trigger, 'pledge');
});

test('deadlines named by a season or holiday', () => {
  const time = (text: string, ...entities: string[]): string | undefined => run(text, ...entities).commitments[0]?.time;
  assert.equal(time('Ghana pledged to clear its arrears to power producers before Christmas.', 'Ghana:country'), 'before Christmas');
  assert.equal(time('Maersk will resume sailings through the canal in the spring.', 'Maersk:organization'), 'in the spring');
  assert.equal(time('Chile promised to publish the new lithium rules by late summer.', 'Chile:country'), 'by late summer');
  assert.equal(time('Poland will hold the vote in the autumn of 2027.', 'Poland:country'), 'in the autumn of 2027');
  // "the spring session" names no deadline.
  assert.equal(time('Italy will present the bill at the spring session of parliament.', 'Italy:country'), undefined);
});

test("a warning of the warner's own act is a threat; of another's, a forecast", () => {
  const r = run('Iran warned on Sunday that it would close the Strait of Hormuz to tankers.', 'Iran:country', 'Strait of Hormuz:place');
  assert.equal(r.commitments.length, 1);
  assert.deepEqual(r.commitments[0].actors, ['Iran']);
  assert.equal(r.commitments[0].action, 'close the Strait of Hormuz to tankers');
  assert.equal(r.commitments[0].modality, 'tentative');
  none('Iran warned that Israel would strike its nuclear sites.', 'Iran:country', 'Israel:country');
  none('The central bank warned that inflation will climb in Turkey.', 'Turkey:country');
});

test('an open question about a future is no undertaking', () => {
  none('Nissan did not say when it would reopen the Sunderland line.', 'Nissan:organization', 'Sunderland:place');
  none('Qatar has not decided whether it will renew the gas contract.', 'Qatar:country');
});
