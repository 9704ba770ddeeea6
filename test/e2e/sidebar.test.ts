// The News Lens sidebar as a person sees it: our three-article story added to the workspace, the
// activity bar's News Lens icon opened, the Actors and Commitments Ledger trees filled; a
// screenshot lands in artifacts/e2e/sidebar.png.
import * as assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { eventually } from '../integration/eventually';
import { openWorkbench, type Workbench } from './workbench';

const STORY = join(__dirname, '..', '..', 'test', 'fixtures', 'ledger');

describe('News Lens sidebar in the browser workbench', () => {
  let wb: Workbench;

  before(async () => {
    wb = await openWorkbench();
    cpSync(STORY, join(wb.workspace, 'story'), { recursive: true });
  });

  after(async () => {
    await wb?.close();
  });

  it('shows actors across articles and the ledger with its badges', () =>
    wb.step('sidebar', async () => {
      await wb.page.locator('.activitybar .action-item a[aria-label^="News Lens"]').click();
      const row = (text: string) => wb.page.locator('.pane-body .monaco-list-row', { hasText: text }).first();
      await eventually(async () => assert.ok(await row('Robert Abela').isVisible()), 60000);
      assert.match(await row('Robert Abela').innerText(), /3 articles/);
      await eventually(async () => assert.match(await row('ferry terminal').innerText(), /2 articles.*done/s), 30000);
      assert.match(await row('publish the tender').innerText(), /overdue/);
      await wb.screenshot('sidebar');
    }));
});
