// Undertakings inside a quotation take the quotation's speaker, as the quotes pass attributes it:
// "I" is the speaker, "we" the side the speaker stands for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../support/analyzer';

const TEXT = `Harbour Council Promises Repairs

Lakeport Mayor Ines Calder spoke to residents on Monday about the damaged pier.

"We will reopen the pier by July," the mayor said. "I will personally oversee the repairs."

Norvale Foods chief executive Pavel Dunn said on Tuesday: "We will cut our prices by ten percent next month."
`;

function actorsOf(action: RegExp): string[] {
  const analysis = analyze(TEXT);
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const found = analysis.commitments.find((c) => action.test(c.action));
  assert.ok(found, `a commitment to ${action}: ${analysis.commitments.map((c) => c.action).join(' | ')}`);
  return found.actors.map((id) => names.get(id) ?? id);
}

test('"I" inside a quotation is its speaker, not the next attribution\'s', () => {
  assert.deepEqual(actorsOf(/oversee the repairs/), ['Ines Calder']);
});

test('"we" inside a quotation is the side its speaker speaks for', () => {
  assert.deepEqual(actorsOf(/cut our prices/), ['Norvale Foods']);
});
