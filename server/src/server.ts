// News Lens language server entry point (dist/server.js). On the main thread it speaks LSP over
// stdio (`--stdio`, the default), node IPC (`--node-ipc`) or a socket (`--socket=N`); started as a
// worker thread by the server itself, it runs the analysis library (for the open documents, or
// for the workspace index). The library is loaded lazily (on first use), so the server answers
// `initialize` without paying for it.
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import type { Analysis } from './analysis/types';
import { serveAnalysis } from './lsp/analysisHost';
import { isIndexWorker, serveIndexing } from './lsp/indexWorker';
import { startServer } from './lsp/languageServer';

type Library = typeof import('./analysis/index');
const library = (): Library => require('./analysis/index') as Library;

if (!isMainThread && isIndexWorker()) {
  serveIndexing();
} else if (!isMainThread) {
  serveAnalysis((text, options) => library().analyze(text, options));
} else {
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
