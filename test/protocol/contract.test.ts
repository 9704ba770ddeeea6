// package.json's contributions say what shared/contract.ts declares: the settings (names, types,
// defaults), the semantic token legend and the commands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands, HIGHLIGHT_KINDS, LEGEND, SETTINGS, TOKEN_MODIFIERS } from '../../shared/contract';
import { projectRoot } from '../support/paths';

interface Contributes {
  configuration: { properties: Record<string, { type: string; default: unknown; items?: { enum?: string[] } }> };
  semanticTokenTypes: { id: string }[];
  semanticTokenModifiers: { id: string }[];
  commands: { command: string }[];
}

const contributes = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { contributes: Contributes }).contributes;

test('every setting package.json declares is in the contract, with the same type and default, and no other', () => {
  const declared = contributes.configuration.properties;
  assert.deepEqual(
    Object.keys(declared).sort(),
    Object.keys(SETTINGS)
      .map((key) => `newsLens.${key}`)
      .sort(),
  );
  for (const [key, setting] of Object.entries(SETTINGS)) {
    const entry = declared[`newsLens.${key}`];
    assert.equal(entry.type, setting.type, key);
    assert.deepEqual(entry.default, setting.default, key);
  }
  assert.deepEqual(declared['newsLens.highlight.kinds'].items?.enum, [...HIGHLIGHT_KINDS]);
});

test('semantic token types and modifiers are the legend, in its order', () => {
  assert.deepEqual(
    contributes.semanticTokenTypes.map((t) => t.id),
    LEGEND.tokenTypes,
  );
  assert.deepEqual(
    contributes.semanticTokenModifiers.map((m) => m.id),
    [...TOKEN_MODIFIERS],
  );
});

test("the commands contributed are the contract's commands", () => {
  assert.deepEqual(contributes.commands.map((c) => c.command).sort(), Object.values(Commands).sort());
});
