// `npm run test:electron`: the same suite under @vscode/test-electron, for machines that can
// download VS Code (this one and CI cannot: there `npm run test:integration` runs it in code-server).
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, VSCODE_VERSION } from '../../scripts/code-server/codeServer';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-electron-'));
  try {
    const workspace = join(dir, 'workspace');
    cpSync(join(repoRoot, 'test', 'integration', 'fixtures', 'workspace'), workspace, { recursive: true });
    await runTests({
      version: process.env.VSCODE_VERSION ?? VSCODE_VERSION,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(dir, 'user-data')],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
