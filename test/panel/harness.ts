// Renders the summary panel's real markup (`panelHtml`) and script (`dist/panel.js`) in Debian's
// headless Chromium, with a stand-in for VS Code's `acquireVsCodeApi` that records what the panel
// posts and keeps its state, and VS Code-like theme variables.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { panelHtml } from '../../client/src/panel/html';
import type { HostMessage, PanelState, WebviewMessage } from '../../client/src/panel/protocol';
import { CHROMIUM, launchChromium } from '../../scripts/code-server/browser';
import { projectRoot } from '../support/paths';
import type { Article } from './data';

/** Writes the panel's HTML shell once, pointing at the built dist/panel.{js,css}. */
export function writePage(): { url: string; dispose: () => void } {
  const dist = join(projectRoot(), 'dist');
  for (const f of ['panel.js', 'panel.css']) {
    if (!existsSync(join(dist, f))) throw new Error(`dist/${f} is missing: run node esbuild.mjs`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-panel-'));
  const file = join(dir, 'panel.html');
  writeFileSync(
    file,
    panelHtml({
      cspSource: 'file:',
      nonce: 'dGVzdC1ub25jZS0xMjM0NTY3OA==',
      scriptUri: pathToFileURL(join(dist, 'panel.js')).href,
      styleUri: pathToFileURL(join(dist, 'panel.css')).href,
    }),
  );
  return { url: pathToFileURL(file).href, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A few of VS Code's theme variables, with the values of its Light+ / Dark+ / High Contrast themes. */
export const THEMES = {
  light: {
    bodyClass: 'vscode-light',
    vars: {
      '--vscode-font-family': 'system-ui, "Segoe UI", Ubuntu, sans-serif',
      '--vscode-font-size': '13px',
      '--vscode-foreground': '#3b3b3b',
      '--vscode-descriptionForeground': '#717171',
      '--vscode-editor-background': '#ffffff',
      '--vscode-panel-border': '#e5e5e5',
      '--vscode-list-hoverBackground': '#f2f2f2',
      '--vscode-focusBorder': '#005fb8',
      '--vscode-textLink-foreground': '#005fb8',
      '--vscode-badge-background': '#cccccc',
      '--vscode-badge-foreground': '#3b3b3b',
      '--vscode-button-background': '#005fb8',
      '--vscode-button-foreground': '#ffffff',
      '--vscode-button-hoverBackground': '#0258a8',
      '--vscode-button-secondaryBackground': '#e5e5e5',
      '--vscode-button-secondaryForeground': '#3b3b3b',
      '--vscode-button-secondaryHoverBackground': '#cccccc',
      '--vscode-dropdown-background': '#ffffff',
      '--vscode-dropdown-foreground': '#3b3b3b',
      '--vscode-dropdown-border': '#cecece',
      '--vscode-charts-green': '#388a34',
      '--vscode-charts-yellow': '#bf8803',
      '--vscode-charts-orange': '#d18616',
      '--vscode-charts-blue': '#1a85ff',
      '--vscode-charts-red': '#e51400',
      '--vscode-charts-purple': '#652d90',
    },
  },
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      '--vscode-font-family': 'system-ui, "Segoe UI", Ubuntu, sans-serif',
      '--vscode-font-size': '13px',
      '--vscode-foreground': '#cccccc',
      '--vscode-descriptionForeground': '#9d9d9d',
      '--vscode-editor-background': '#1f1f1f',
      '--vscode-panel-border': '#2b2b2b',
      '--vscode-list-hoverBackground': '#2a2d2e',
      '--vscode-focusBorder': '#0078d4',
      '--vscode-textLink-foreground': '#4daafc',
      '--vscode-badge-background': '#616161',
      '--vscode-badge-foreground': '#f8f8f8',
      '--vscode-button-background': '#0078d4',
      '--vscode-button-foreground': '#ffffff',
      '--vscode-button-hoverBackground': '#026ec1',
      '--vscode-button-secondaryBackground': '#313131',
      '--vscode-button-secondaryForeground': '#cccccc',
      '--vscode-button-secondaryHoverBackground': '#3c3c3c',
      '--vscode-dropdown-background': '#313131',
      '--vscode-dropdown-foreground': '#cccccc',
      '--vscode-dropdown-border': '#3c3c3c',
      '--vscode-charts-green': '#89d185',
      '--vscode-charts-yellow': '#cca700',
      '--vscode-charts-orange': '#d18616',
      '--vscode-charts-blue': '#3794ff',
      '--vscode-charts-red': '#f14c4c',
      '--vscode-charts-purple': '#b180d7',
    },
  },
  'high-contrast': {
    bodyClass: 'vscode-high-contrast',
    vars: {
      '--vscode-font-family': 'system-ui, "Segoe UI", Ubuntu, sans-serif',
      '--vscode-font-size': '13px',
      '--vscode-foreground': '#ffffff',
      '--vscode-descriptionForeground': '#ffffff',
      '--vscode-editor-background': '#000000',
      '--vscode-contrastBorder': '#6fc3df',
      '--vscode-contrastActiveBorder': '#f38518',
      '--vscode-focusBorder': '#f38518',
      '--vscode-textLink-foreground': '#21a6ff',
      '--vscode-badge-background': '#000000',
      '--vscode-badge-foreground': '#ffffff',
      '--vscode-button-background': '#000000',
      '--vscode-button-foreground': '#ffffff',
      '--vscode-button-border': '#6fc3df',
      '--vscode-charts-green': '#89d185',
      '--vscode-charts-yellow': '#ffd700',
      '--vscode-charts-orange': '#f38518',
      '--vscode-charts-blue': '#3794ff',
      '--vscode-charts-red': '#f48771',
      '--vscode-charts-purple': '#b180d7',
    },
  },
} as const;

export type ThemeName = keyof typeof THEMES;

/** What the stand-in VS Code API saw. */
interface Recorded {
  posted: WebviewMessage[];
  state: PanelState | undefined;
  violations: string[];
}

declare global {
  interface Window {
    __newsLens: Recorded;
  }
}

/**
 * Opens the panel in a fresh page. `state` is what `getState` returns at start (a restored
 * panel). Waits until the script has posted `ready`.
 */
export async function openPanel(browser: Browser, url: string, state?: PanelState, theme: ThemeName = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 760, height: 900 } });
  await page.addInitScript((initial: PanelState | undefined) => {
    const recorded: Recorded = { posted: [], state: initial, violations: [] };
    window.__newsLens = recorded;
    let acquired = false;
    (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => {
      if (acquired) throw new Error('acquireVsCodeApi called twice');
      acquired = true;
      return {
        postMessage: (message: WebviewMessage) => recorded.posted.push(JSON.parse(JSON.stringify(message))),
        getState: () => recorded.state,
        setState: (next: PanelState) => {
          recorded.state = JSON.parse(JSON.stringify(next));
        },
      };
    };
    document.addEventListener('securitypolicyviolation', (e) => recorded.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  }, state);
  await page.goto(url);
  await until(
    () => posted(page),
    (all) => all.some((m) => m.type === 'ready'),
    'the panel never posted ready',
  );
  await setTheme(page, theme);
  return page;
}

/** Applies a theme the way VS Code does: variables on <html>, a class on <body>. */
export async function setTheme(page: Page, theme: ThemeName): Promise<void> {
  const t = THEMES[theme];
  await page.evaluate(
    ({ bodyClass, vars }) => {
      const html = document.documentElement;
      html.removeAttribute('style');
      for (const [name, value] of Object.entries(vars)) html.style.setProperty(name, value);
      document.body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast');
      document.body.classList.add(bodyClass);
    },
    { bodyClass: t.bodyClass, vars: t.vars as Record<string, string> },
  );
}

/** Delivers a host message to the panel as the `message` event `webview.postMessage` causes (synchronously, so the panel has rendered when this resolves). */
export async function send(page: Page, message: HostMessage): Promise<void> {
  await page.evaluate((m) => window.dispatchEvent(new MessageEvent('message', { data: m })), message);
}

export async function posted(page: Page): Promise<WebviewMessage[]> {
  return page.evaluate(() => window.__newsLens.posted);
}

export async function savedState(page: Page): Promise<PanelState | undefined> {
  return page.evaluate(() => window.__newsLens.state);
}

/**
 * Polls `probe` from here until `ok` holds, for up to 10 s. (Playwright's waitForFunction polls
 * inside the page with eval, which the panel's CSP rightly forbids.)
 */
async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, failure: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the panel has saved a state that satisfies `check` (toggle events arrive a task later). */
export async function waitForState(page: Page, check: (state: PanelState | undefined) => boolean): Promise<PanelState | undefined> {
  return until(() => savedState(page), check, 'the panel never saved the expected state');
}

export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__newsLens.violations);
}

export function artifactsDir(): string {
  const dir = join(projectRoot(), 'artifacts', 'panel');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Without Chromium the panel suites are skipped on a developer's machine, but fail in CI (which installs it). */
export const SKIP_WITHOUT_CHROMIUM = existsSync(CHROMIUM) || process.env.CI ? false : `no Chromium at ${CHROMIUM} (scripts/setup-debian.sh installs it)`;

export interface PanelSession {
  /** A fresh panel page, optionally restored from `state`. */
  blank(state?: PanelState): Promise<Page>;
  /** A fresh panel page showing an article's summary. */
  open(article: Article): Promise<Page>;
}

/** Starts Chromium and writes the page shell before the suite's tests, and cleans up after them (call inside `describe`). */
export function panelSession(): PanelSession {
  let browser: Browser;
  let page: { url: string; dispose: () => void };
  before(async () => {
    browser = await launchChromium();
    page = writePage();
  });
  after(async () => {
    await browser?.close();
    page?.dispose();
  });
  const blank = (state?: PanelState) => openPanel(browser, page.url, state);
  return {
    blank,
    async open(article) {
      const p = await blank();
      await send(p, { type: 'summary', uri: article.uri, summary: article.summary });
      return p;
    },
  };
}
