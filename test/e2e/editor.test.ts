// What a person sees: News Lens installed from its .vsix into a real VS Code (code-server) in
// headless Chromium, on the fixture article. Screenshots land in artifacts/e2e/.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { eventually } from '../integration/eventually';
import { deltaE } from './colours';
import { openWorkbench, type Workbench } from './workbench';

const ARTICLE = 'flood-network.news';
const HEADLINE = 'Norway and Kenya Agree';
/** A rendered token of each kind in the fixture article (each its own span; a wrapped line may split a name). */
const KIND_SAMPLES: Record<string, string[]> = {
  person: ['Haugland'],
  organization: ['United Nations', 'United'],
  country: ['Kenyan'],
  place: ['Mombasa'],
  commitment: ['pledged'],
  stance: ['welcomed'],
};
/** Kinds this far apart (CIE76 ΔE) read as different colours at a glance. */
const CLEARLY_DIFFERENT = 20;

describe('News Lens in the browser workbench', () => {
  let wb: Workbench;

  before(async () => {
    wb = await openWorkbench();
    await wb.openFromExplorer(ARTICLE);
  });

  after(async () => {
    await wb?.close();
  });

  it('opens the article in the News language', () =>
    wb.step('language', async () => {
      await eventually(async () => assert.match(await wb.page.locator('#status\\.editor\\.mode').innerText(), /News/));
    }));

  it('colours the entities the server found', () =>
    wb.step('colours', async () => {
      const colourOf = (span: Locator) => span.evaluate((element) => getComputedStyle(element).color);
      const colour = (text: string) => colourOf(wb.token(text));
      const plain = await colourOf(wb.page.locator('.monaco-editor .view-lines .view-line span > span', { hasText: 'reporters' }).first());
      // "Haugland" alone is her later mention; "Kenyan" is a demonym of Kenya.
      const person = await eventually(async () => {
        const found = await colour('Haugland');
        assert.notEqual(found, plain, 'the person stands out from the plain text');
        return found;
      });
      const country = await colour('Kenyan');
      assert.notEqual(country, plain);
      assert.notEqual(country, person, 'countries and people have different colours');
      await wb.screenshot('colours');
    }));

  /** Hovers "Haugland" until her card shows, then saves a screenshot. */
  async function hoverCard(screenshot: string): Promise<void> {
    const word = wb.token('Haugland');
    const card = wb.page.locator('.monaco-hover-content', { hasText: 'Ingrid Haugland' });
    await eventually(async () => {
      const box = await word.boundingBox();
      assert.ok(box, 'the name is on screen');
      await wb.page.mouse.move(box.x + box.width / 2, box.y + 300);
      await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await card.waitFor({ timeout: 2000 });
    }, 30000);
    assert.match(await card.innerText(), /Foreign Minister/);
    await card.evaluate((element) =>
      Promise.all(
        element
          .closest('.monaco-hover')
          ?.getAnimations({ subtree: true })
          .map((a) => a.finished) ?? [],
      ),
    );
    await wb.screenshot(screenshot);
    await wb.page.keyboard.press('Escape');
    await wb.page.mouse.move(5, 5);
  }

  it('shows a hover card on a name', () => wb.step('hover', () => hoverCard('hover')));

  it('offers the corrections of a name in the light bulb menu', () =>
    wb.step('quick-fix', async () => {
      await wb.token('Haugland').click();
      await wb.page.keyboard.press('Control+.');
      const menu = wb.page.locator('.action-widget');
      await eventually(async () => assert.match(await menu.innerText(), /Mark 'Ingrid Haugland' as organization/), 30000);
      assert.match(await menu.innerText(), /Not a name here: ignore/);
      await wb.screenshot('quick-fix');
      await wb.page.keyboard.press('Escape');
    }));

  it('lists the actors in the Outline', () =>
    wb.step('outline', async () => {
      await wb.runCommand('Explorer: Focus on Outline View');
      // Give the Outline the side bar: fold the file tree above it.
      await wb.page.locator('.pane-header', { hasText: 'Workspace' }).click();
      const rows = wb.page.locator('.outline-pane .monaco-list-row');
      const row = (name: string) => rows.filter({ has: wb.page.locator('.label-name', { hasText: new RegExp(`^${name}`) }) }).first();
      await row('Actors').waitFor();
      await row('Places').waitFor();
      await row('Commitments').waitFor();
      for (const group of ['Actors', 'People']) {
        if ((await row(group).getAttribute('aria-expanded')) !== 'true') await row(group).locator('.monaco-tl-twistie').click();
      }
      await row('Ingrid Haugland').waitFor();
      assert.match(await row('Ingrid Haugland').innerText(), /Foreign Minister/);
      await wb.screenshot('outline');
    }));

  it('shows the counts code lens and opens the summary from it', () =>
    wb.step('code-lens', async () => {
      const lens = wb.page.locator('.monaco-editor .codelens-decoration a', { hasText: 'Open summary' });
      await lens.waitFor();
      assert.match(await lens.innerText(), /\d+ (people|person)/);
      await wb.screenshot('code-lens');
      await lens.click();
      await wb.page.locator('.tabs-container .tab', { hasText: `Summary: ${ARTICLE}` }).waitFor();
      await wb.summary().locator('body', { hasText: 'Ingrid Haugland' }).waitFor();
      await wb.screenshot('summary');
    }));

  it('reveals a commitment in the editor when its row is clicked', () =>
    wb.step('summary-reveal', async () => {
      const row = wb.summary().locator('table.commitments tbody tr[data-start]').first();
      await row.waitFor();
      const start = Number(await row.getAttribute('data-start'));
      const end = Number(await row.getAttribute('data-end'));
      assert.ok(end > start, 'the row carries its span');
      const text = readFileSync(join(wb.workspace, ARTICLE), 'utf8');
      const line = text.slice(0, start).split('\n').length;
      await row.click();
      await eventually(async () => {
        const status = await wb.page.locator('#status\\.editor\\.selection').innerText();
        assert.match(status, new RegExp(`Ln ${line}, Col \\d+ \\(${end - start} selected\\)`));
      });
      await wb.screenshot('summary-reveal');
    }));

  it('updates the summary as the article is edited', () =>
    wb.step('summary-live', async () => {
      await wb.page.locator('.monaco-editor .view-lines .view-line', { hasText: HEADLINE }).click();
      await wb.page.keyboard.press('Control+End');
      await wb.page.keyboard.type('\n\nJapan pledged on Friday to send twelve hydrologists to Nairobi by December.');
      await wb.summary().locator('table.commitments tbody tr', { hasText: 'Japan' }).waitFor();
      await wb.screenshot('summary-live');
    }));

  for (const [theme, file] of [
    ['Default Light+', 'light'],
    ['Default Dark+', 'dark'],
  ]) {
    it(`${theme}: every kind has its own clearly different colour`, () =>
      wb.step(`theme-${file}`, async () => {
        await wb.setTheme(theme);
        const colourOf = (span: Locator) => span.evaluate((element) => getComputedStyle(element).color);
        const sample = async (texts: string[]) => {
          for (const text of texts) if ((await wb.token(text).count()) > 0) return colourOf(wb.token(text));
          throw new Error(`none of ${texts.join(', ')} is a token on screen`);
        };
        const colours = await eventually(async () => {
          // Read again on every try: a line the editor re-renders for the new theme is a detached
          // element for a moment, and a detached element has no computed colour.
          const plain = await colourOf(wb.page.locator('.monaco-editor .view-lines .view-line span > span', { hasText: 'reporters' }).first());
          const found = new Map<string, string>();
          for (const [kind, texts] of Object.entries(KIND_SAMPLES)) found.set(kind, await sample(texts));
          for (const [kind, colour] of found) assert.ok(deltaE(colour, plain) >= CLEARLY_DIFFERENT, `${kind} ${colour} stands out from the text ${plain}`);
          return found;
        });
        const kinds = [...colours.keys()];
        for (let i = 0; i < kinds.length; i++) {
          for (let j = i + 1; j < kinds.length; j++) {
            const [a, b] = [colours.get(kinds[i])!, colours.get(kinds[j])!];
            assert.ok(deltaE(a, b) >= CLEARLY_DIFFERENT, `${theme}: ${kinds[i]} ${a} and ${kinds[j]} ${b} are ΔE ${deltaE(a, b).toFixed(1)} apart`);
          }
        }
        // The article with the Outline and the summary beside it, then a hover, in this theme.
        await wb.screenshot(`article-${file}`);
        await hoverCard(`hover-${file}`);
      }));
  }
});
