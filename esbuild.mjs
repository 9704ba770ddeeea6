// Bundles every entry point of News Lens into dist/. `node esbuild.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Entry points: [source, output name]. An entry whose source does not exist yet is skipped. */
const nodeEntries = [
  ['server/src/cli.ts', 'cli'],
  ['server/src/server.ts', 'server'],
  ['client/src/extension.ts', 'client'],
].filter(([src]) => existsSync(src));

// Every scripts/*.ts (train, eval, bench, ...) becomes dist/<name>.js.
for (const file of readdirSync('scripts')) {
  if (file.endsWith('.ts')) nodeEntries.push([join('scripts', file), file.replace(/\.ts$/, '')]);
}

// Every test/**/*.test.ts becomes dist/test/**/*.test.js, run by `node --test dist/test`.
// test/integration runs inside VS Code's extension host and is bundled on its own below.
for (const dir of ['unit', 'protocol', 'panel']) {
  const root = join('test', dir);
  if (!existsSync(root)) continue;
  for (const file of readdirSync(root, { recursive: true })) {
    if (String(file).endsWith('.test.ts')) {
      const src = join(root, String(file));
      nodeEntries.push([src, join('test', dir, String(file).replace(/\.ts$/, ''))]);
    }
  }
}

const browserEntries = [['client/src/panel/panel.ts', 'panel']].filter(([src]) => existsSync(src));

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  outdir: 'dist',
};

const contexts = [
  await esbuild.context({
    ...common,
    entryPoints: Object.fromEntries(nodeEntries.map(([src, out]) => [out, src])),
    platform: 'node',
    format: 'cjs',
    // ES2022 rather than 'node20': for node targets esbuild rewrites every \p{...} regular
    // expression literal into a `new RegExp` call, compiled afresh at each use; Node 20 runs ES2022.
    target: 'es2022',
    // playwright-core finds its own files at run time: load it from node_modules, unbundled.
    external: ['vscode', 'playwright-core'],
  }),
];
if (browserEntries.length) {
  contexts.push(
    await esbuild.context({
      ...common,
      entryPoints: Object.fromEntries(browserEntries.map(([src, out]) => [out, src])),
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
    }),
  );
}

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
