// The CLI's JSON result, the Summary digest and the Markdown brief, on a hand-made analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarize, toJsonResult, toMarkdown } from '../../server/src/analysis/report';
import type { Analysis, Entity } from '../../server/src/analysis/types';
import { prepare } from './entities-helpers';

const TEXT =
  'Talks in Tokyo\n\n' +
  'TOKYO, May 2 — Japan’s Foreign Minister Aiko Sato met US envoy Dan Cole in Tokyo. ' +
  'Japan and the US agreed to hold drills by June near Japan’s Miyako Island and in Sakai, Japan. ' +
  'Sato condemned <script>alert(1)</script> launches by North Korea. A lake called Lake *Bold* was named.';

/** The `nth` (0-based) occurrence of `s` in the text. */
function at(s: string, nth = 0): { start: number; end: number; text: string } {
  let start = TEXT.indexOf(s);
  for (let k = 0; k < nth; k++) start = TEXT.indexOf(s, start + 1);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length, text: s };
}

function entity(id: string, kind: Entity['kind'], name: string, texts: [string, number?][], extra: Partial<Entity> = {}): Entity {
  return { id, kind, name, aliases: [], mentions: texts.map(([t, nth]) => ({ ...at(t, nth), form: 'name' as const })), ...extra };
}

function analysis(): Analysis {
  const p = prepare(TEXT);
  const body = TEXT.indexOf('TOKYO');
  return {
    length: TEXT.length,
    problems: [],
    headline: at('Talks in Tokyo'),
    dateline: { start: body, end: body + 14, place: at('TOKYO'), date: at('May 2') },
    paragraphs: [],
    sentences: p.sentences,
    tokens: p.tokens,
    entities: [
      entity('e1', 'place', 'Tokyo', [['Tokyo'], ['TOKYO'], ['Tokyo', 1]], { aliases: ['TOKYO'] }),
      entity('e2', 'country', 'Japan', [['Japan'], ['Japan', 1], ['Japan', 2], ['Japan', 3]]),
      entity('e3', 'person', 'Aiko Sato', [['Aiko Sato'], ['Sato', 1]], { aliases: ['Sato'], role: 'Foreign Minister', roleOf: 'Japan' }),
      entity('e4', 'country', 'United States', [['US']], { aliases: ['US'] }),
      entity('e5', 'person', 'Dan Cole', [['Dan Cole']], { role: 'envoy', roleOf: 'United States' }),
      entity('e6', 'place', 'Miyako Island', [['Miyako Island']]),
      entity('e7', 'place', 'Sakai', [['Sakai']]),
      entity('e8', 'country', 'North Korea', [['North Korea']]),
      entity('e9', 'place', 'Lake *Bold*', [['Lake *Bold*']]),
    ],
    commitments: [
      {
        id: 'c1',
        actors: ['e2', 'e4'],
        trigger: at('agreed'),
        action: 'hold drills near Miyako Island',
        actionRange: at('hold drills'),
        range: at('Japan and the US agreed to hold drills by June'),
        modality: 'firm',
        negated: false,
        time: { ...at('by June'), value: '06' } as { start: number; end: number; text: string },
        target: ['e404'],
      },
    ],
    stances: [{ id: 's1', type: 'condemn', holders: ['e3'], targets: ['e8'], trigger: at('condemned'), range: at('Sato condemned') }],
    times: [{ ...at('May 2') }, { ...at('June'), value: '06' }],
    quotes: [],
  };
}

test('JSON result: exactly the issue’s fields', () => {
  const r = toJsonResult('a.news', analysis());
  assert.deepEqual(Object.keys(r), ['file', 'entities', 'commitments', 'stances', 'quotes']);
  assert.deepEqual(Object.keys(r.entities[2]), ['id', 'kind', 'name', 'aliases', 'role', 'roleOf', 'mentions']);
  assert.deepEqual(Object.keys(r.entities[0]), ['id', 'kind', 'name', 'aliases', 'mentions']);
  assert.deepEqual(Object.keys(r.entities[0].mentions[0]), ['start', 'end', 'text', 'form']);
  assert.deepEqual(Object.keys(r.commitments[0]), ['id', 'actors', 'trigger', 'action', 'range', 'modality', 'negated', 'time', 'target']);
  assert.deepEqual(r.commitments[0].time, at('by June'));
  assert.deepEqual(Object.keys(r.commitments[0].range), ['start', 'end']);
  assert.deepEqual(Object.keys(r.stances[0]), ['id', 'type', 'holders', 'targets', 'trigger', 'range']);
  assert.deepEqual(Object.keys(r.stances[0].range), ['start', 'end']);
  // Round-trips through JSON unchanged.
  assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
});

test('summary: counts, salience order, places grouped by country, references resolved', () => {
  const s = summarize('a.news', analysis());
  assert.equal(s.file, 'a.news');
  assert.deepEqual(s.headline, at('Talks in Tokyo'));
  assert.deepEqual(s.dateline, { place: 'TOKYO', date: 'May 2', range: { start: TEXT.indexOf('TOKYO'), end: TEXT.indexOf('TOKYO') + 14 } });
  assert.deepEqual(s.counts, { people: 2, organizations: 0, countries: 3, places: 4, commitments: 1, stances: 1 });
  // Japan: 4 mentions, early, in a commitment — before the US (1 mention) and North Korea.
  assert.deepEqual(
    s.countries.map((c) => c.name),
    ['Japan', 'United States', 'North Korea'],
  );
  assert.deepEqual(
    s.people.map((c) => c.name),
    ['Aiko Sato', 'Dan Cole'],
  );
  const sato = s.people[0];
  assert.deepEqual(
    [sato.mentions, sato.role, sato.roleOf, sato.first],
    [2, 'Foreign Minister', 'Japan', { start: at('Aiko Sato').start, end: at('Aiko Sato').end }],
  );
  for (let i = 1; i < s.countries.length; i++) assert.ok(s.countries[i - 1].salience >= s.countries[i].salience);
  // Tokyo by world knowledge; Miyako Island ("Japan’s ...") and Sakai ("..., Japan") by the text; the lake is nowhere known.
  assert.deepEqual(
    s.places.map((g) => [g.country, g.places.map((p) => p.name)]),
    [
      ['Japan', ['Tokyo', 'Miyako Island', 'Sakai']],
      [undefined, ['Lake *Bold*']],
    ],
  );
  assert.deepEqual(s.commitments[0].actors, [
    { id: 'e2', name: 'Japan' },
    { id: 'e4', name: 'United States' },
  ]);
  assert.deepEqual(s.commitments[0].target, [], 'unknown ids are dropped');
  assert.deepEqual(s.stances[0].targets, [{ id: 'e8', name: 'North Korea' }]);
  assert.deepEqual(
    s.times.map((t) => t.text),
    ['May 2', 'June'],
  );
});

test('markdown brief: sections, roles, commitments and stances readable, article text escaped', () => {
  const md = toMarkdown('a.news', analysis());
  assert.match(md, /^# Talks in Tokyo\n/);
  // Counts in words, singular for one ("1 person", "1 country").
  const c = summarize('a.news', analysis()).counts;
  const words = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const line = `${words(c.people, 'person', 'people')}, ${words(c.organizations, 'organization', 'organizations')}, ${words(c.countries, 'country', 'countries')}, ${words(c.places, 'place', 'places')}; ${words(c.commitments, 'commitment', 'commitments')}, ${words(c.stances, 'stance', 'stances')}.`;
  assert.ok(md.includes(`\n${line}\n`), md);
  assert.ok(Object.values(c).includes(1), 'the fixture has a kind with exactly one item');
  assert.match(md, /\*\*Dateline:\*\* TOKYO, May 2/);
  assert.match(md, /## People\n\n- \*\*Aiko Sato\*\* — Foreign Minister, Japan \(2 mentions; also “Sato”\)/);
  assert.match(md, /## Commitments\n\n- Japan, United States — agreed to: hold drills near Miyako Island — by June \(firm\)/);
  assert.match(md, /## Stances\n\n- Aiko Sato — condemn → North Korea/);
  assert.match(md, /- Japan: Tokyo, Miyako Island, Sakai/);
  assert.ok(md.includes('Lake \\*Bold\\*'));
  assert.ok(!md.includes('<script>'));
});

test('an empty analysis gives an empty but valid digest', () => {
  const empty: Analysis = {
    length: 0,
    paragraphs: [],
    sentences: [],
    tokens: [],
    entities: [],
    commitments: [],
    stances: [],
    times: [],
    quotes: [],
    problems: [],
  };
  const s = summarize('e.news', empty);
  assert.deepEqual(s.counts, { people: 0, organizations: 0, countries: 0, places: 0, commitments: 0, stances: 0 });
  assert.deepEqual(s.places, []);
  assert.deepEqual(toJsonResult('e.news', empty), { file: 'e.news', entities: [], commitments: [], stances: [], quotes: [] });
  assert.match(toMarkdown('e.news', empty), /^# e\.news\n\n0 people, 0 organizations, 0 countries, 0 places; 0 commitments, 0 stances\.\n$/);
});
