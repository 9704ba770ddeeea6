// The seed article through the whole engine (tagger, entities, commitments). Skipped when absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../support/analyzer';
import { SEED } from '../support/paths';

test('seed article: five firm commitments and three stances with their actors', { skip: !existsSync(SEED) && 'seed article absent' }, () => {
  const text = readFileSync(SEED, 'utf8');
  const analysis = analyze(text);
  const name = (id: string): string => analysis.entities.find((e) => e.id === id)?.name ?? id;
  const names = (ids: string[] = []): string[] => ids.map(name).sort();

  const commitment = (action: RegExp, actors: string[]): void => {
    const found = analysis.commitments.filter((c) => action.test(c.action));
    assert.equal(found.length, 1, `one commitment matching ${action}: ${JSON.stringify(analysis.commitments.map((c) => c.action))}`);
    const c = found[0];
    assert.deepEqual(names(c.actors), actors, String(action));
    assert.equal(c.modality, 'firm', String(action));
    assert.equal(c.negated, false, String(action));
    assert.ok(c.range.start <= c.trigger.start && c.trigger.end <= c.range.end, 'trigger inside its clause');
    assert.equal(text.slice(c.actionRange.start, c.actionRange.end).replace(/\s+/g, ' '), c.action);
  };
  commitment(/^work on improving the command and control/, ['Japan', 'United States']);
  commitment(/^Article Five of the Japan-US Security Treaty applies to the Senkaku Islands/, ['United States']);
  commitment(/^reconstitute its forces in Japan as a joint force headquarters/, ['United States']);
  commitment(/^a working group involving both countries will be set up/, ['Japan', 'United States']);
  commitment(/^pursue opportunities for the joint production of defense equipment/, ['Japan', 'United States']);
  // Not commitments: the need to bolster the alliance, the assessment of China's policy, the
  // expectation about the new entity.
  for (const c of analysis.commitments) assert.doesNotMatch(c.action, /bolster|altering the international order|serve as a key counterpart/);

  const stance = (type: string, targets: string[]): void => {
    const found = analysis.stances.filter((s) => s.type === type);
    assert.equal(found.length, 1, type);
    assert.deepEqual(names(found[0].holders), ['Japan', 'United States'], type);
    assert.deepEqual(names(found[0].targets), targets, type);
  };
  stance('oppose', ['China']);
  stance('concern', ['China']);
  stance('condemn', ['North Korea']);
});
