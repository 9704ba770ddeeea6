// Starts dist/server.js over stdio and speaks LSP to it as an editor would (used by the protocol
// tests and by scripts/bench-server.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { projectRoot } from '../support/paths';
import { StatusNotification, type StatusParams } from '../../shared/contract';

export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    semanticTokens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    codeLens: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    semanticTokens: {
      requests: { full: true, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
  },
};

/** Requests the server may send besides workspace/configuration; answered with null and recorded. */
const SERVER_REQUESTS = [
  'client/registerCapability',
  'client/unregisterCapability',
  'workspace/semanticTokens/refresh',
  'workspace/inlayHint/refresh',
  'workspace/codeLens/refresh',
  'window/workDoneProgress/create',
];

export interface StartOptions {
  /** Workspace folder (file system path). */
  folder?: string;
  /** What `workspace/configuration` answers for the `newsLens` section. */
  settings?: Record<string, unknown>;
  /** Client capabilities (default: a VS Code-like client). */
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
}

export class ServerProcess {
  readonly statuses: StatusParams[] = [];
  /** The server's log (window/logMessage): type 1 error, 2 warning, 3 info, 4 log. */
  readonly logs: { type: number; message: string }[] = [];
  /** Server -> client requests seen (method names), e.g. refreshes. */
  readonly serverRequests: string[] = [];
  settings: Record<string, unknown>;
  initializeResult?: InitializeResult;
  private exited = false;
  private statusWaiters: { match: (s: StatusParams) => boolean; resolve: (s: StatusParams) => void }[] = [];

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
    child.on('exit', () => (this.exited = true));
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'newsLens' ? this.settings : null)),
    );
    for (const method of SERVER_REQUESTS) {
      connection.onRequest(method, () => {
        this.serverRequests.push(method);
        return null;
      });
    }
    connection.onNotification(StatusNotification, (status: StatusParams) => {
      this.statuses.push(status);
      this.statusWaiters = this.statusWaiters.filter((w) => (w.match(status) ? (w.resolve(status), false) : true));
    });
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.logs.push(params);
    });
  }

  /** Spawns the server and completes the initialize handshake. */
  static async start(options: StartOptions = {}): Promise<ServerProcess> {
    const server = ServerProcess.spawn(options);
    await server.initialize(options);
    return server;
  }

  /** Spawns the server without a handshake (for the lifecycle tests). */
  static spawn(options: StartOptions = {}): ServerProcess {
    const child = spawn(process.execPath, [join(projectRoot(), 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stderr?.resume();
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    return new ServerProcess(child, connection, options.settings ?? {});
  }

  /** The initialize request and the initialized notification. */
  async initialize(options: StartOptions = {}): Promise<InitializeResult> {
    const folder = options.folder;
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'workspace' }] : null,
      capabilities: options.capabilities ?? CAPABILITIES,
      initializationOptions: options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  get alive(): boolean {
    return !this.exited && this.child.exitCode === null;
  }

  open(uri: string, text: string, version = 1, languageId = 'news'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces [from, to) of the text (UTF-16 offsets into `before`) by `insert`, as an incremental change. */
  edit(uri: string, before: string, from: number, to: number, insert: string, version: number): Promise<void> {
    const range = { start: positionAt(before, from), end: positionAt(before, to) };
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: insert }],
    });
  }

  /** Waits for the status notification of a document (optionally of a version). */
  status(uri: string, version?: number): Promise<StatusParams> {
    const match = (s: StatusParams) => s.uri === uri && (version === undefined || s.version === version);
    const seen = this.statuses.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.statusWaiters.push({ match, resolve }));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    if (this.alive) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      try {
        await Promise.race([
          this.connection.sendRequest('shutdown').then(() => this.connection.sendNotification('exit')),
          new Promise((resolve) => setTimeout(resolve, 2000)),
        ]);
      } catch {
        // the server may already be gone
      }
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    this.connection.dispose();
  }
}

export const fileUri = (path: string) => pathToFileURL(path).href;

/** The LSP position of a UTF-16 offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Decodes LSP's relative semantic token data into absolute tokens with their text. */
export function decodeTokens(text: string, data: number[], types: string[], modifiers: string[]) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const out: { text: string; start: number; line: number; type: string; modifiers: string[] }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const start = lineStarts[line] + character;
    out.push({
      text: text.slice(start, start + data[i + 2]),
      start,
      line,
      type: types[data[i + 3]],
      modifiers: modifiers.filter((_, bit) => data[i + 4] & (1 << bit)),
    });
  }
  return out;
}

/** Resolves once `check` holds, polling; fails after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
