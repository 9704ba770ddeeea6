// Bundles the code-server tooling and the real-editor tests (which `node esbuild.mjs` leaves out):
//   scripts/code-server/*.ts -> dist/code-server/*.js   (installer, demo)
//   test/integration/**.ts   -> dist/integration/**.js  (mocha suite for the extension host + runners)
//   test/e2e/**.ts           -> dist/e2e/**.js          (UI tests, `node --test dist/e2e`)
// Packages stay external: `vscode` comes from the extension host, the rest from node_modules.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file under `dir` (fixtures aside) as [output name, source]. */
function entries(dir, outDir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.split(/[\\/]/).includes('fixtures'))
    .map((file) => [join(outDir, file.replace(/\.ts$/, '')), join(dir, file)]);
}

for (const out of ['code-server', 'integration', 'e2e']) rmSync(join('dist', out), { recursive: true, force: true });

await esbuild.build({
  entryPoints: Object.fromEntries([
    ...entries('scripts/code-server', 'code-server'),
    ...entries('test/integration', 'integration'),
    ...entries('test/e2e', 'e2e'),
  ]),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  external: ['vscode'],
  sourcemap: true,
  logLevel: 'warning',
});
