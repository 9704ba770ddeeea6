// `npm start`: the demo. Builds and packages News Lens, installs the .vsix into the cached
// code-server and serves the sample articles (samples/) at http://127.0.0.1:8080 until Ctrl-C.
// Port: `npm start -- --port 9000` or PORT=9000 npm start.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, ensureCodeServer, installExtension, packagedVsix, repoRoot, startCodeServer } from './codeServer';

function portFromArgs(): number {
  const flag = process.argv.indexOf('--port');
  const value = flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? '8080');
  const port = Number(value);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`not a port: ${value}`);
  return port;
}

function npmRun(script: string): void {
  console.log(`> npm run ${script}`);
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

async function main(): Promise<void> {
  const port = portFromArgs();
  const samples = join(repoRoot, 'samples');
  if (!existsSync(samples)) throw new Error(`${samples} is missing`);
  npmRun('build');
  npmRun('package');
  const entry = await ensureCodeServer();
  const sandbox = createSandbox('demo');
  try {
    await installExtension(entry, sandbox, packagedVsix());
    const server = await startCodeServer(entry, sandbox, { port, folder: samples });
    console.log(`\nNews Lens demo: open ${server.url}/ in a browser (the sample articles of samples/).\nCtrl-C stops it.\n`);
    const stopped = await Promise.race([
      server.exited.then((code) => `code-server exited with ${code}:\n${server.output().slice(-2000)}`),
      new Promise<string>((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve(''));
      }),
    ]);
    await server.stop();
    if (stopped) throw new Error(stopped);
    console.log('News Lens demo stopped.');
  } finally {
    sandbox.dispose();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
