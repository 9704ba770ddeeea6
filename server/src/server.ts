// News Lens language server entry point (dist/server.js). On the main thread it speaks LSP over
// stdio (`--stdio`, the default), node IPC (`--node-ipc`) or a socket (`--socket=N`); started as a
// worker thread by the server itself, it runs the analysis library (for the open documents, or
// for the workspace index). The library is loaded lazily (on first use), so the server answers
// `initialize` without paying for it.
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import type { Analyzer } from './analysis/index';
import type { Analysis } from './analysis/types';
import { serveAnalysis } from './lsp/analysisHost';
import { isIndexWorker, serveIndexing } from './lsp/indexWorker';
import { startServer } from './lsp/languageServer';
import { readModel, readSyntaxModel } from './model';

// Loaded on first use (not at startup): a type-only import for the shape, `require` for the code.
// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type Library = typeof import('./analysis/index');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const library = (): Library => require('./analysis/index') as Library;

if (!isMainThread && isIndexWorker()) {
  serveIndexing();
} else if (!isMainThread) {
  let analyzer: Analyzer | undefined;
  const analyzerOf = (log: (message: string) => void): Analyzer =>
    (analyzer ??= library().createAnalyzer({ model: readModel(log), syntax: readSyntaxModel(log), logger: log }));
  serveAnalysis((text, options, log) => analyzerOf(log).analyze(text, options));
  // Load the library and its model now, while the editor opens the file, not on the first job (a
  // model that fails to load is still reported: every analysis lists it among its problems).
  setImmediate(() => analyzerOf(() => {}).analyze('Warm up.'));
} else {
  // The last guard: whatever escapes a handler is reported (on stderr: stdout may carry the
  // protocol) and the server goes on answering; the editor never loses it to one bad message.
  process.on('uncaughtException', (error) => console.error('News Lens server: uncaught', error));
  process.on('unhandledRejection', (reason) => console.error('News Lens server: unhandled rejection', reason));
  if (!process.argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)/.test(arg))) process.argv.push('--stdio');
  startServer({
    connection: createConnection(ProposedFeatures.all),
    workerScript: __filename,
    reports: {
      summarize: (file: string, analysis: Analysis) => library().summarize(file, analysis),
      toMarkdown: (file: string, analysis: Analysis) => library().toMarkdown(file, analysis),
      toJsonResult: (file: string, analysis: Analysis) => library().toJsonResult(file, analysis),
    },
    version,
  });
}
