// `npm run test:integration`: runs the mocha suite (./index.ts) inside the Node extension host of a
// real VS Code (code-server), with this repository as the extension under development. The browser
// workbench gets the test payload (extensionDevelopmentPath, extensionTestsPath) in its URL, like
// VS Code's own browser integration tests, and reports the end through `codeAutomationExit`.
// Exit code: 0 when every test passed. Env: ITEST_TIMEOUT_MS (default 300000), VERBOSE=1.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/code-server/browser';
import { createSandbox, ensureCodeServer, freePort, repoRoot, startCodeServer, type CodeServer } from '../../scripts/code-server/codeServer';
import { START_MARKER } from './index';

const verbose = Boolean(process.env.VERBOSE);
const timeoutMs = Number(process.env.ITEST_TIMEOUT_MS ?? 300000);
const started = Date.now();
const lap = (message: string) => console.log(`[integration ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

async function main(): Promise<number> {
  const entry = await ensureCodeServer(lap);
  const sandbox = createSandbox('integration');
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    const workspace = join(sandbox.dir, 'workspace');
    cpSync(join(repoRoot, 'test', 'integration', 'fixtures', 'workspace'), workspace, { recursive: true });
    server = await startCodeServer(entry, sandbox, { port: await freePort(), verbose });
    lap(`code-server listening at ${server.url}`);
    const remote = (path: string) => `vscode-remote://127.0.0.1:${server!.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(join(__dirname, 'index.js'))],
      ['skipWelcome', 'true'],
    ];
    browser = await launchChromium();
    const page = await browser.newPage();
    let report: (code: number) => void = () => {};
    const finished = new Promise<number>((resolve) => (report = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => report(code));
    // The workbench forwards the extension host's console here; the workbench's own chatter
    // before the suite starts is shown only with VERBOSE.
    let suiteStarted = false;
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...args);
      suiteStarted ||= line.includes(START_MARKER);
      if (suiteStarted || verbose) (type === 'error' ? console.error : console.log)(line);
    });
    if (verbose) page.on('console', (message) => console.log(`[page] ${message.text()}`));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(124), timeoutMs)));
    const code = await Promise.race([finished, timedOut]);
    clearTimeout(timer);
    if (code === 124) console.error(`integration tests did not finish within ${timeoutMs} ms`);
    if (code !== 0 && !verbose) console.error(`code-server's log, last lines:\n${server.output().slice(-3000)}`);
    lap(`finished with exit code ${code}`);
    return code;
  } finally {
    await browser?.close();
    await server?.stop();
    sandbox.dispose();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exitCode = 1;
  },
);
