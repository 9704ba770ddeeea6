// Bundles the code-server tooling and the real-editor tests (which `node esbuild.mjs` leaves out):
//   scripts/code-server/*.ts -> dist/code-server/*.js   (installer, demo)
//   test/integration/**.ts   -> dist/integration/**.js  (mocha suite for the extension host + runners)
//   test/e2e/**.ts           -> dist/e2e/**.js          (UI tests, `node --test dist/e2e`)
// Packages stay external: `vscode` comes from the extension host, the rest from node_modules.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every .ts file under `dir` (fixtures aside) as [output name, source]. */
function entries(dir, outDir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.split(/[\\/]/).includes('fixtures'))
    .map((file) => [join(outDir, file.replace(/\.ts$/, '')), join(dir, file)]);
}

const result = await esbuild.build({
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
  metafile: true,
});

// Drop what an earlier build left for sources that are gone (a renamed test must not run on).
const built = new Set(Object.keys(result.metafile.outputs).map((file) => resolve(file)));
for (const out of ['code-server', 'integration', 'e2e']) {
  const dir = join('dist', out);
  for (const file of readdirSync(dir, { recursive: true }).map((f) => resolve(dir, String(f)))) {
    if (statSync(file).isFile() && !built.has(file)) rmSync(file);
  }
}
