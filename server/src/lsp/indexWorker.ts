// Worker side of the index pool: analyses one article per message and answers with its compact
// record (and, for the CLI, its JSON line). Runs in the server's (or the CLI's) own bundle,
// started with workerData { newsLensRole: 'index' }.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleRecord } from '../analysis/ledger/types';
import type { UserEntities } from '../analysis/types';

export const INDEX_ROLE = 'index';

export interface IndexJob {
  id: number;
  text: string;
  /** The name the record and JSON carry (workspace-relative path, or the path as given). */
  file: string;
  /** The file's path, for a date in its name. */
  fileName: string;
  mtimeMs?: number;
  /** The user's date for this file. */
  date?: string;
  userEntities?: UserEntities;
  /** Also answer with the CLI's JSON object (the analyze shape plus date and times) as text. */
  json: boolean;
}

export type IndexReply = { id: number; ok: true; record: ArticleRecord; json?: string } | { id: number; ok: false; message: string };

/** True in a worker thread started as an index worker. */
export function isIndexWorker(): boolean {
  return (workerData as { newsLensRole?: string } | null)?.newsLensRole === INDEX_ROLE;
}

/** Answers index jobs from the parent thread. */
export function serveIndexing(): void {
  const port = parentPort;
  if (!port) throw new Error('serveIndexing must run in a worker thread');
  // Loaded here, so a bundle that is only the LSP front does not pay for the library until it indexes.
  /* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- loaded in the worker only, on first use */
  const library = require('../analysis/index') as typeof import('../analysis/index');
  const ledger = require('../analysis/ledger/index') as typeof import('../analysis/ledger/index');
  const { readModel, readSyntaxModel } = require('../model') as typeof import('../model');
  /* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */
  // A model that cannot be read is no failure here: every analysis lists it among its problems.
  const analyzer = library.createAnalyzer({ model: readModel(() => {}), syntax: readSyntaxModel(() => {}) });
  port.on('message', (job: IndexJob) => {
    let reply: IndexReply;
    try {
      const analysis = analyzer.analyze(job.text, {
        userEntities: job.userEntities,
        article: { fileName: job.fileName, mtimeMs: job.mtimeMs, date: job.date },
      });
      reply = { id: job.id, ok: true, record: ledger.recordOf(job.file, analysis) };
      if (job.json) {
        const times = analysis.times.map((t) => ({ start: t.start, end: t.end, text: t.text, ...(t.value ? { value: t.value } : {}) }));
        reply.json = JSON.stringify({ ...library.toJsonResult(job.file, analysis), ...(analysis.date ? { date: analysis.date } : {}), times });
      }
    } catch (error) {
      reply = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
