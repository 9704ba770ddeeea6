// Why, over stdio: with newsLens.hover.explain on, hovers end with the rule ids, the same ids the
// `newsLens/explain` request (News Lens: Explain at Cursor) lists; switched off, they are gone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { ExplainRequest, type ExplainParams, type ExplainResult } from '../../shared/contract';
import { projectRoot } from '../support/paths';
import { fileUri, ServerProcess, waitFor } from './harness';

const path = join(projectRoot(), 'samples', 'cable-watch.news');
const text = readFileSync(path, 'utf8');
const uri = fileUri(path);

function positionOf(needle: string): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at + 1);
  return { line: before.split('\n').length - 1, character: at + 1 - (before.lastIndexOf('\n') + 1) };
}

describe('hover explain and Explain at Cursor over stdio', () => {
  let server: ServerProcess;
  const hover = async (needle: string) =>
    ((await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(needle) }))?.contents as MarkupContent | undefined)
      ?.value ?? '';
  const explain = (needle: string) => server.request<ExplainResult>(ExplainRequest, { uri, position: positionOf(needle) } satisfies ExplainParams);

  before(async () => {
    server = await ServerProcess.start({ settings: { hover: { explain: true } } });
    await server.open(uri, text);
  });
  after(() => server.stop());

  test('a healthy analysis reports no problems in its status', async () => {
    const status = await server.status(uri);
    assert.equal(status.state, 'ready');
    assert.equal(status.problems, undefined);
  });

  for (const [what, needle] of [
    ['an entity', 'Aino Lehtonen'],
    ['a commitment', 'will spend'],
    ['a stance', 'condemned'],
  ] as const) {
    test(`the hover of ${what} ends with the Why line, whose ids are the trace's`, async () => {
      const card = await hover(needle);
      const why = /\n\n\*Why:\* (.+)$/.exec(card);
      assert.ok(why, card);
      const trace = (await explain(needle)) ?? '';
      assert.match(trace, /^### /);
      const traced = [...trace.matchAll(/^\d+\. `([^`]+)`$/gm)].map((m) => m[1]);
      const shown = [...why[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      if (traced.length === 0) {
        assert.equal(why[1], 'no rule recorded');
        assert.match(trace, /No rule was recorded/);
      } else assert.deepEqual(shown, traced.slice(0, shown.length));
    });
  }

  test('nothing to explain where no item stands', async () => {
    assert.equal(await explain('hosted the talks'), null);
  });

  test('switched off, hovers have no Why line', async () => {
    server.settings = {};
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await waitFor(async () => !(await hover('Aino Lehtonen')).includes('Why:'));
    assert.match(await hover('Aino Lehtonen'), /Aino Lehtonen/);
  });
});
