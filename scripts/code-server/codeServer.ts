// code-server (a real VS Code server + web workbench, Node extension host) for the demo and the
// real-editor tests: an offline install into a git-ignored cache, sandboxed launches, clean stops.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The newest code-server whose engines accept Node 20 (VS Code 1.100.3). */
export const CODE_SERVER_VERSION = '4.100.3';
/** The VS Code release inside it (what `npm run test:electron` downloads, to test the same editor). */
export const VSCODE_VERSION = '1.100.3';

/** Native modules of VS Code's server that must be compiled here (Linux ones only). */
const NATIVE_MODULES = ['@vscode/spdlog', 'node-pty', 'native-watchdog', '@parcel/watcher', '@vscode/deviceid', 'kerberos'];

const RIPGREP = '/usr/bin/rg';

/** The repository root: the folder holding News Lens's package.json, above this bundle. */
export const repoRoot: string = (() => {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'esbuild.mjs'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no News Lens package.json above ${__dirname}`);
  }
})();

const cacheDir = join(repoRoot, '.cache', 'code-server');
// Native modules are compiled for one Node ABI: a Node upgrade gets a fresh install.
const installDir = join(cacheDir, `${CODE_SERVER_VERSION}-node-abi${process.versions.modules}`);
/** code-server's entry script inside an install folder. */
const entryIn = (dir: string) => join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const completeMarker = join(installDir, '.complete');

export type Log = (message: string) => void;

/** Runs a command to completion, its output appended to `logFile`; rejects with the output's tail. */
function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(options.logFile, { flags: 'a' });
    out.write(`\n$ (cd ${options.cwd} && ${command} ${args.join(' ')})\n`);
    let tail = '';
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => {
      out.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      out.end();
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code} (log: ${options.logFile})\n${tail}`));
    });
  });
}

/**
 * Installs code-server into `.cache/code-server/<version>` unless it is already there, and returns
 * the path of its entry script. Offline-safe: the stock postinstall is replaced by its steps, with
 * Debian's ripgrep instead of a GitHub download and the native modules compiled from source.
 * Built in a staging folder and renamed into place, so an interrupted install is never used.
 */
export async function ensureCodeServer(log: Log = console.log): Promise<string> {
  if (existsSync(completeMarker)) return entryIn(installDir);
  if (!existsSync(RIPGREP)) throw new Error(`${RIPGREP} is missing: apt-get install ripgrep (see .ci/run for all the Debian packages)`);
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) log(`warning: code-server ${CODE_SERVER_VERSION} expects Node 20, this is Node ${process.versions.node}`);

  const started = Date.now();
  const step = (message: string) => log(`[code-server install ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);
  mkdirSync(cacheDir, { recursive: true });
  const stage = `${installDir}.partial-${process.pid}`;
  const logFile = `${installDir}.log`;
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }));
  writeFileSync(logFile, '');
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true', // older npm: lets install scripts run as root
    npm_config_yes: 'true', // node-pty's post-install runs `npx node-gyp` without a prompt
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  try {
    step(`npm install code-server@${CODE_SERVER_VERSION} (scripts off) into ${stage}`);
    await run('npm', ['install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: stage, env, logFile });
    step('compile argon2');
    await run('npm', ['rebuild', 'argon2'], { cwd: stage, env, logFile });
    const vscodeDir = join(stage, 'node_modules', 'code-server', 'lib', 'vscode');
    step('install VS Code server dependencies (scripts off)');
    await run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: vscodeDir, env, logFile });
    // @vscode/ripgrep's postinstall would download rg from GitHub: point it at Debian's instead.
    const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(rgBin, { recursive: true });
    symlinkSync(RIPGREP, join(rgBin, 'rg'));
    step(`compile native modules: ${NATIVE_MODULES.join(', ')}`);
    await run('npm', ['rebuild', ...NATIVE_MODULES], { cwd: vscodeDir, env, logFile });
    // The links code-server's postinstall.sh would make.
    symlinkSync('node_modules', join(vscodeDir, 'node_modules.asar'));
    symlinkSync('code-linux.sh', join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
    symlinkSync('browser-linux.sh', join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
    step("install the built-in extensions' dependencies");
    await run('npm', ['install', '--omit=dev'], { cwd: join(vscodeDir, 'extensions'), env, logFile });
    await run(process.execPath, [entryIn(stage), '--version'], { cwd: stage, env, logFile });
    writeFileSync(join(stage, '.complete'), `${CODE_SERVER_VERSION}\n`);
    rmSync(installDir, { recursive: true, force: true });
    try {
      renameSync(stage, installDir); // atomic: the stage sits beside its destination
    } catch (e) {
      if (!existsSync(completeMarker)) throw e; // else a concurrent install won the race
    }
    step(`done: ${installDir}`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  return entryIn(installDir);
}

/** A free TCP port on 127.0.0.1 (asked of the OS). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A throw-away home for one code-server run: user data, extensions, config and XDG folders. */
export interface Sandbox {
  dir: string;
  userDataDir: string;
  extensionsDir: string;
  /** Arguments every code-server invocation of this sandbox needs. */
  args: string[];
  env: NodeJS.ProcessEnv;
  dispose(): void;
}

/** Creates a sandbox under the OS temp folder with quiet user settings (plus `settings`). */
export function createSandbox(name: string, settings: Record<string, unknown> = {}): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), `news-lens-${name}-`));
  const userDataDir = join(dir, 'user-data');
  const extensionsDir = join(dir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir);
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'workbench.enableExperiments': false,
        'workbench.tips.enabled': false,
        'chat.commandCenter.enabled': false,
        'git.openRepositoryInParentFolders': 'never',
        ...settings,
      },
      null,
      2,
    ),
  );
  const xdg = join(dir, 'xdg');
  return {
    dir,
    userDataDir,
    extensionsDir,
    args: [
      '--config',
      join(dir, 'config.yaml'),
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    // Keep code-server's own config, data and logs out of $HOME; no extension gallery.
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(xdg, 'config'),
      XDG_DATA_HOME: join(xdg, 'data'),
      XDG_CACHE_HOME: join(xdg, 'cache'),
      EXTENSIONS_GALLERY: '{}',
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The .vsix `npm run package` makes. */
export function packagedVsix(): string {
  const vsix = join(repoRoot, 'news-lens.vsix');
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  return vsix;
}

/** Installs a .vsix into the sandbox's extensions folder. */
export async function installExtension(entry: string, sandbox: Sandbox, vsix: string): Promise<void> {
  const logFile = join(sandbox.dir, 'install-extension.log');
  await run(process.execPath, [entry, ...sandbox.args, '--force', '--install-extension', vsix], { cwd: sandbox.dir, env: sandbox.env, logFile });
}

/** A running code-server. */
export interface CodeServer {
  url: string;
  port: number;
  /** Everything it printed so far. */
  output(): string;
  /** Settles when the server process has exited, with its exit code. */
  exited: Promise<number | null>;
  /** Stops its whole process group (extension host, language server, ...); resolves when gone. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  // Last resort (an uncaught error, process.exit): never leave a server behind.
  for (const child of running) killGroup(child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/**
 * Starts code-server on 127.0.0.1:`port` with auth off, in its own process group, and resolves
 * once it listens. `folder`, when given, is opened by default.
 */
export async function startCodeServer(
  entry: string,
  sandbox: Sandbox,
  options: { port: number; folder?: string; verbose?: boolean; timeoutMs?: number },
): Promise<CodeServer> {
  const args = [entry, ...sandbox.args, '--bind-addr', `127.0.0.1:${options.port}`, '--auth', 'none'];
  if (options.folder) args.push(options.folder);
  const spawnOptions: SpawnOptions = { cwd: sandbox.dir, env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true };
  const child = spawn(process.execPath, args, spawnOptions);
  running.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.verbose) process.stderr.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => running.delete(child));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      killGroup(child, 'SIGKILL'); // its extension host or language server may outlive it
      return;
    }
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    killGroup(child, 'SIGKILL');
  };

  const listening = new RegExp(`HTTP server listening on http://127\\.0\\.0\\.1:${options.port}`);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not start in time:\n${output}`)), options.timeoutMs ?? 60000);
      const check = () => {
        if (listening.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', check);
      child.stderr!.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited with ${code}:\n${output}`));
      });
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { url: `http://127.0.0.1:${options.port}`, port: options.port, output: () => output, exited, stop };
}
