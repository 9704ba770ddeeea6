// One real News Lens session for the UI tests: the packaged .vsix installed into a sandboxed
// code-server on a free loopback port, the fixture workspace opened in headless Chromium, and
// helpers that drive the workbench the way a person does. `close()` stops everything it started.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/code-server/browser';
import {
  createSandbox,
  ensureCodeServer,
  freePort,
  installExtension,
  packagedVsix,
  repoRoot,
  startCodeServer,
  type CodeServer,
} from '../../scripts/code-server/codeServer';

export const ARTIFACTS = join(repoRoot, 'artifacts', 'e2e');
/** The fixture workspace, shared with the integration tests. */
const FIXTURES = join(repoRoot, 'test', 'integration', 'fixtures', 'workspace');

export interface Workbench {
  page: Page;
  /** The workspace copy the editor has open. */
  workspace: string;
  /** Opens a file from the Explorer and waits for its editor. */
  openFromExplorer(name: string): Promise<void>;
  /** Runs a command from the command palette by its title. */
  runCommand(title: string): Promise<void>;
  /** The first rendered token of the editor whose text is exactly `text` (give a unique one). */
  token(text: string): Locator;
  /** Switches the colour theme the way a person does (Preferences: Color Theme) and waits for it. */
  setTheme(name: string): Promise<void>;
  /** The summary panel's document. */
  summary(): FrameLocator;
  screenshot(name: string): Promise<string>;
  /** Runs `body`; on failure saves a screenshot `failed-<name>.png` before rethrowing. */
  step<T>(name: string, body: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openWorkbench(): Promise<Workbench> {
  const cleanup: (() => Promise<void> | void)[] = [];
  const close = async () => {
    for (const undo of cleanup.reverse()) await undo();
    cleanup.length = 0;
  };
  try {
    const entry = await ensureCodeServer();
    const sandbox = createSandbox('e2e', {
      'editor.hover.delay': 300,
      'workbench.colorTheme': 'Default Dark Modern',
      'outline.collapseItems': 'alwaysCollapse',
    });
    cleanup.push(sandbox.dispose);
    const workspace = join(sandbox.dir, 'workspace');
    cpSync(FIXTURES, workspace, { recursive: true });
    await installExtension(entry, sandbox, packagedVsix());
    const server: CodeServer = await startCodeServer(entry, sandbox, { port: await freePort(), folder: workspace });
    cleanup.push(server.stop);
    const browser: Browser = await launchChromium();
    cleanup.push(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(30000);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor();
    mkdirSync(ARTIFACTS, { recursive: true });

    const screenshot = async (name: string) => {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    };
    return {
      page,
      workspace,
      async openFromExplorer(name) {
        await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).click();
        await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).waitFor();
        await page.locator('.monaco-editor .view-lines').first().waitFor();
      },
      async runCommand(title) {
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor();
        await input.fill(`>${title}`);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      },
      token(text) {
        const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
        return page.locator('.monaco-editor .view-lines .view-line span > span').filter({ hasText: exact }).first();
      },
      async setTheme(name) {
        const input = page.locator('.quick-input-widget .quick-input-box input');
        const row = (label: string) => {
          const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
          return page
            .locator('.quick-input-list .monaco-list-row')
            .filter({ has: page.locator('.label-name', { hasText: exact }) })
            .first();
        };
        await page.keyboard.press('F1');
        await input.fill('>Preferences: Color Theme');
        // Click the very command (Enter could run "Browse Color Themes in Marketplace").
        await row('Preferences: Color Theme').click();
        // Themes show as "Light+" with their id, "Default Light+", beside: the filter leaves the one.
        await input.fill(name);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        const kind = /High Contrast Light/.test(name) ? 'hc-light' : /High Contrast/.test(name) ? 'hc-black' : /Light/.test(name) ? 'vs' : 'vs-dark';
        await page.locator(`.monaco-workbench.${kind}`).waitFor();
      },
      summary: () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame'),
      screenshot,
      async step(name, body) {
        try {
          return await body();
        } catch (error) {
          await screenshot(`failed-${name}`).catch(() => undefined);
          throw error;
        }
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
