// The News Lens requests beyond LSP: an article's summary, its export (Markdown or JSON) and the
// explanation of one decision.
import type { Summary } from '../analysis/types';
import { explainAt } from './explain';
import {
  ExplainRequest,
  ExportRequest,
  SummaryRequest,
  type ExplainParams,
  type ExplainResult,
  type ExportParams,
  type ExportResult,
  type SummaryParams,
  type SummaryResult,
} from '../../../shared/contract';
import type { ServerContext } from './serverContext';
import type { DocumentView } from './view';

export function registerCustomRequests(ctx: ServerContext): void {
  const { connection, reports } = ctx;
  const summaryOf = (v: DocumentView): Summary => {
    let summary = v.memo.get('summary') as Summary | undefined;
    if (!summary) v.memo.set('summary', (summary = reports.summarize(ctx.displayName(v.uri), v.analysis)));
    return summary;
  };
  connection.onRequest(ExplainRequest, async (params: ExplainParams, token): Promise<ExplainResult> => {
    return ctx.answerAt(params.uri, params.position, token, null, explainAt);
  });
  connection.onRequest(SummaryRequest, async (params: SummaryParams, token): Promise<SummaryResult> => {
    const v = (await ctx.snapshot(params.uri, token, true))?.view;
    return v?.state === 'ready' ? summaryOf(v) : null;
  });
  connection.onRequest(ExportRequest, async (params: ExportParams, token): Promise<ExportResult> => {
    const v = (await ctx.snapshot(params.uri, token, true))?.view;
    if (v?.state !== 'ready') return null;
    const file = ctx.displayName(v.uri);
    return params.format === 'json' ? `${JSON.stringify(reports.toJsonResult(file, v.analysis), null, 2)}\n` : reports.toMarkdown(file, v.analysis);
  });
}
