// News Lens language server entry point (dist/server.js). On the main thread it speaks LSP over
// stdio (`--stdio`, the default), node IPC (`--node-ipc`) or a socket (`--socket=N`); started as a
// worker thread by the server itself, it runs the analysis library.
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { analyze, summarize, toJsonResult, toMarkdown } from './analysis/index';
import { serveAnalysis } from './lsp/analysisHost';
import { startServer } from './lsp/languageServer';

declare const NEWS_LENS_VERSION: string | undefined;

if (!isMainThread) {
  serveAnalysis(analyze);
} else {
  if (!process.argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)/.test(arg))) process.argv.push('--stdio');
  startServer({
    connection: createConnection(ProposedFeatures.all),
    workerScript: __filename,
    reports: { summarize, toMarkdown, toJsonResult },
    version: typeof NEWS_LENS_VERSION === 'string' ? NEWS_LENS_VERSION : '0.1.0',
  });
}
