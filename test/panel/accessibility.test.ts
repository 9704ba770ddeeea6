// The summary panel for everyone: axe-core (from npm) finds no violations in any theme, the rows are
// reachable and walkable with the keyboard with a visible focus, and the legend shows the very
// colours package.json contributes for the editor's default themes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Summary } from '../../server/src/analysis/types';
import { projectRoot } from '../support/paths';
import { fixtureArticles, seedArticle } from './data';
import { panelSession, setTheme, SKIP_WITHOUT_CHROMIUM, type ThemeName } from './harness';

const articles = [...fixtureArticles(), ...(seedArticle() ? [seedArticle()!] : [])];
const THEME_NAMES: ThemeName[] = ['light', 'dark', 'high-contrast'];
/** The package.json theme key each panel theme's legend mirrors. */
const THEME_KEYS: Record<ThemeName, string> = {
  light: '[Default Light+]',
  dark: '[Default Dark+]',
  'high-contrast': '[Default High Contrast]',
};

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

function rowCount(s: Summary): number {
  return s.people.length + s.organizations.length + s.countries.length + s.commitments.length + s.stances.length;
}

/** The contributed rules of the theme whose key contains `name`, as kind -> "rgb(r, g, b)". */
function contributedColours(name: string): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as {
    contributes: { configurationDefaults: Record<string, Record<string, { rules: Record<string, { foreground: string }> }>> };
  };
  const themes = pkg.contributes.configurationDefaults['editor.semanticTokenColorCustomizations'];
  const key = Object.keys(themes).find((k) => k.includes(name));
  assert.ok(key, `no colours contributed for ${name}`);
  const colours = new Map<string, string>();
  for (const [selector, rule] of Object.entries(themes[key].rules)) {
    const [kind] = selector.split(':');
    if (kind.includes('.')) continue;
    const n = parseInt(rule.foreground.slice(1), 16);
    colours.set(kind, `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`);
  }
  return colours;
}

describe('summary panel accessibility', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  const { open } = panelSession();

  test('axe-core finds no violations on any article in any theme', async () => {
    const axe = readFileSync(join(projectRoot(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    for (const a of articles) {
      const p = await open(a);
      // Through the debugger, as an extension's devtools would: the panel's CSP rightly refuses inline scripts.
      await p.evaluate(axe);
      for (const theme of THEME_NAMES) {
        await setTheme(p, theme);
        const result = await p.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run());
        const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(found, [], `${a.name} in ${theme}`);
      }
      await p.close();
    }
  });

  test('Tab reaches the rows, the arrow keys, Home and End walk them, Enter reveals, and the focus is visible', async () => {
    const a = [...articles].sort((x, y) => rowCount(y.summary) - rowCount(x.summary))[0];
    const p = await open(a);
    const rows = await p.locator('[data-start]').count();
    assert.ok(rows >= 3, `${a.name} has too few rows`);
    const focused = () =>
      p.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const all = Array.from(document.querySelectorAll('[data-start]'));
        const style = getComputedStyle(el);
        return { index: all.indexOf(el), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
    // Tab goes through the header's buttons to the first row (the headline, when there is one).
    let first = await focused();
    for (let presses = 0; first.index < 0 && presses < 8; presses++) {
      await p.keyboard.press('Tab');
      first = await focused();
    }
    assert.equal(first.index, 0, 'Tab reaches the first row');
    assert.notEqual(first.outline, 'none', 'the focus is visible');
    assert.ok(first.width >= 1);
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowDown');
    assert.equal((await focused()).index, 2);
    await p.keyboard.press('ArrowUp');
    assert.equal((await focused()).index, 1);
    await p.keyboard.press('End');
    assert.equal((await focused()).index, rows - 1);
    await p.keyboard.press('Home');
    assert.equal((await focused()).index, 0);
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Enter');
    const second = p.locator('[data-start]').nth(1);
    const expected = { type: 'reveal', start: Number(await second.getAttribute('data-start')), end: Number(await second.getAttribute('data-end')) };
    const posted = await p.evaluate(() => window.__newsLens.posted.filter((m) => m.type === 'reveal'));
    assert.deepEqual(posted, [expected]);
    await p.close();
  });

  test('the legend names every kind in the colours package.json gives the default themes', async () => {
    const p = await open(articles[0]);
    const labels = await p.locator('ul.legend li').allTextContents();
    assert.deepEqual(labels, ['people', 'organizations', 'countries', 'places', 'commitments', 'stances', 'dates']);
    for (const theme of THEME_NAMES) {
      await setTheme(p, theme);
      const expected = contributedColours(THEME_KEYS[theme]);
      const shown = await p
        .locator('ul.legend li')
        .evaluateAll((lis) => lis.map((li) => [li.className.replace('kind ', ''), getComputedStyle(li.querySelector('.swatch')!).backgroundColor]));
      assert.deepEqual(new Map(shown as [string, string][]), expected, theme);
    }
    await p.close();
  });
});
