// Why, for people, on a hand-made Analysis whose items carry rule ids: the hover's "Why:" line (only
// with newsLens.hover.explain), the Explain at Cursor trace, the CLI's JSON `why` and "Why" section.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { toExplanation } from '../../server/src/analysis/explain';
import { toJsonResult } from '../../server/src/analysis/report';
import type { Analysis, Entity } from '../../server/src/analysis/types';
import { explainAt, whyLine } from '../../server/src/lsp/explain';
import { hover } from '../../server/src/lsp/hover';
import { DocumentView, emptyAnalysis } from '../../server/src/lsp/view';
import { readSettings } from '../../shared/settings';

const TEXT = 'Minister Ola Berg said Norway will build a new port by 2030. Sweden condemned the plan.';

const at = (needle: string) => {
  const start = TEXT.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
};

const entity = (id: string, kind: Entity['kind'], name: string, why?: string[]): Entity => ({
  id,
  kind,
  name,
  aliases: [],
  mentions: [{ ...at(name), form: 'name' }],
  ...(why ? { why } : {}),
});

function analysis(): Analysis {
  const berg = entity('e1', 'person', 'Ola Berg', ['kind.tagger-person', 'role.title-before']);
  const norway = entity('e2', 'country', 'Norway', ['kind.world-country']);
  const sweden = entity('e3', 'country', 'Sweden');
  return {
    ...emptyAnalysis(TEXT.length),
    entities: [berg, norway, sweden],
    commitments: [
      {
        id: 'c1',
        actors: ['e2'],
        trigger: at('will build'),
        action: 'build a new port',
        actionRange: { start: at('build a new port').start, end: at('build a new port').end },
        range: { start: at('Norway').start, end: at('2030').end },
        modality: 'firm',
        negated: false,
        why: ['commit.modal-future', 'modality.firm', 'actor.subject'],
      },
    ],
    stances: [
      {
        id: 's1',
        type: 'condemn',
        holders: ['e3'],
        targets: [],
        trigger: at('condemned'),
        range: { start: at('Sweden').start, end: TEXT.length },
        why: ['stance.condemn'],
      },
    ],
    rejected: [{ rule: 'trap.forecast-attributed', trigger: at('said') }],
  };
}

const view = () => new DocumentView('file:///tmp/why.news', 1, TEXT, analysis());
const card = (v: DocumentView, needle: string, explain: boolean) =>
  (hover(v, v.doc.positionAt(at(needle).start + 1), explain)?.contents as MarkupContent | undefined)?.value ?? '';

test('newsLens.hover.explain is off by default and read from the settings', () => {
  assert.equal(readSettings(undefined).hoverExplain, false);
  assert.equal(readSettings({ hover: { explain: true } }).hoverExplain, true);
  assert.equal(readSettings({ 'hover.explain': true }).hoverExplain, true);
  assert.equal(readSettings({ hover: { explain: 'yes' } }).hoverExplain, false);
});

test('hovers end with the rule ids only when explain is on', () => {
  const v = view();
  assert.doesNotMatch(card(v, 'Ola Berg', false), /Why:/);
  assert.match(card(v, 'Ola Berg', true), /\n\n\*Why:\* `kind\.tagger-person` → `role\.title-before`$/);
  assert.match(card(v, 'will build', true), /\*\*Commitment\*\*[\s\S]*\*Why:\* `commit\.modal-future` → `modality\.firm` → `actor\.subject`$/);
  assert.match(card(v, 'condemned', true), /\*Why:\* `stance\.condemn`$/);
  assert.match(card(v, 'Sweden', true), /\*Why:\* no rule recorded$/);
  assert.doesNotMatch(card(v, '2030', true), /Why:/, 'a time expression has no rules to show');
});

test('a long trace is cut short on the hover and points to the command', () => {
  const ids = Array.from({ length: 9 }, (_, i) => `rule.${i}`);
  const line = whyLine(ids);
  assert.match(line, /`rule\.5` → … \(Explain at Cursor shows all 9\)$/);
  assert.doesNotMatch(line, /rule\.6/);
});

test('Explain at Cursor lists every rule in order, and the rules behind the actors', () => {
  const v = view();
  const commitment = explainAt(v, v.doc.positionAt(at('will build').start)) ?? '';
  assert.match(commitment, /^### c1 commitment of Norway, “will build” \(firm\)/);
  assert.match(commitment, /1\. `commit\.modal-future`\n2\. `modality\.firm`\n3\. `actor\.subject`/);
  assert.match(commitment, /\*\*Actors\*\*\n\n- e2 country \*\*Norway\*\*: `kind\.world-country`/);
  const person = explainAt(v, v.doc.positionAt(at('Berg').start)) ?? '';
  assert.match(person, /^### e1 person \*\*Ola Berg\*\*/);
  assert.match(person, /1\. `kind\.tagger-person`\n2\. `role\.title-before`/);
  assert.match(explainAt(v, v.doc.positionAt(at('Sweden').start)) ?? '', /No rule was recorded/);
  assert.equal(explainAt(v, v.doc.positionAt(at('Minister').start)), null);
});

test('the JSON gains why and rejected only when explain is asked for', () => {
  const plain = toJsonResult('why.news', analysis());
  assert.ok(!('rejected' in plain));
  assert.ok([...plain.entities, ...plain.commitments, ...plain.stances].every((item) => !('why' in item)));
  const explained = toJsonResult('why.news', analysis(), { explain: true });
  assert.deepEqual(
    explained.entities.map((e) => e.why),
    [['kind.tagger-person', 'role.title-before'], ['kind.world-country'], []],
  );
  assert.deepEqual(explained.commitments[0].why, ['commit.modal-future', 'modality.firm', 'actor.subject']);
  assert.deepEqual(explained.stances[0].why, ['stance.condemn']);
  assert.deepEqual(explained.rejected, [{ rule: 'trap.forecast-attributed', trigger: at('said') }]);
  // Apart from the new fields, the same result.
  const strip = (r: typeof explained) =>
    JSON.parse(JSON.stringify(r, (key, value: unknown) => (key === 'why' || key === 'rejected' ? undefined : value))) as unknown;
  assert.deepEqual(strip(explained), strip(plain));
});

test('the Why section names every entity, commitment, stance and rejection with its rules', () => {
  const text = toExplanation(analysis());
  assert.match(text, /^## Why\n/);
  assert.match(text, /- e1 person \*\*Ola Berg\*\*: `kind\.tagger-person` → `role\.title-before`/);
  assert.match(text, /- e3 country \*\*Sweden\*\*: no rule recorded/);
  assert.match(text, /- c1 commitment of Norway, “will build” \(firm\): `commit\.modal-future`/);
  assert.match(text, /- s1 condemn by Sweden, “condemned”: `stance\.condemn`/);
  assert.match(text, /### Rejected\n\n- “said”: `trap\.forecast-attributed`/);
});
