// The document features: each LSP request answered from the document's analysis by its feature
// module (semantic tokens, hover, symbols, navigation, code lenses, inlay hints, folding).
import { basename } from 'node:path';
import { ResponseError, type SymbolInformation } from 'vscode-languageserver/node';
import { raceCancellation } from './documents';
import { hover } from './hover';
import { inlayHints } from './inlayHints';
import { codeLenses, foldingRanges } from './lenses';
import { definition, documentHighlights, references } from './navigation';
import { semanticTokens } from './semanticTokens';
import { uriToPath, type ServerContext } from './serverContext';
import { documentSymbols, fuzzyMatch, workspaceEntries } from './symbols';

const MAX_WORKSPACE_SYMBOLS = 500;

export function registerDocumentFeatures(ctx: ServerContext): void {
  const { connection, store, index } = ctx;
  connection.languages.semanticTokens.on(async (params, token) => {
    const s = await ctx.snapshot(params.textDocument.uri, token);
    if (!s) return { data: [] };
    return s.carry ? s.carry.semanticTokens(ctx.settings) : semanticTokens(s.view, ctx.settings);
  });
  connection.languages.semanticTokens.onRange(async (params, token) => {
    // A large document still being analysed: answer the viewport from a quick preview.
    const preview = await store.preview(params.textDocument.uri, params.range, token).catch((error: unknown) => {
      if (error instanceof ResponseError) throw error;
      return undefined; // the preview failed or was superseded: wait for the whole analysis
    });
    if (preview) return semanticTokens(preview.view, ctx.settings, params.range, preview.line);
    const s = await ctx.snapshot(params.textDocument.uri, token);
    if (!s) return { data: [] };
    return s.carry ? s.carry.semanticTokens(ctx.settings, params.range) : semanticTokens(s.view, ctx.settings, params.range);
  });
  connection.onHover(({ textDocument, position }, token) =>
    ctx.answerAt(textDocument.uri, position, token, null, (v, at) => hover(v, at, ctx.settings.hoverExplain)),
  );
  connection.onDocumentSymbol(({ textDocument }, token) => ctx.answer(textDocument.uri, token, [], documentSymbols));
  connection.onDefinition(({ textDocument, position }, token) => ctx.answerAt(textDocument.uri, position, token, null, definition));
  connection.onReferences(({ textDocument, position, context }, token) =>
    ctx.answerAt(textDocument.uri, position, token, [], (v, at) => references(v, at, context.includeDeclaration)),
  );
  connection.onDocumentHighlight(({ textDocument, position }, token) => ctx.answerAt(textDocument.uri, position, token, [], documentHighlights));
  connection.onCodeLens(({ textDocument }, token) => ctx.answer(textDocument.uri, token, [], codeLenses));
  connection.languages.inlayHint.on(({ textDocument, range }, token) =>
    ctx.answer(textDocument.uri, token, [], (v, carry) => (ctx.settings.inlayHints ? inlayHints(v, carry ? carry.toOldRange(range) : range) : [])),
  );
  connection.onFoldingRanges(({ textDocument }, token) => ctx.answer(textDocument.uri, token, [], foldingRanges));
  connection.onWorkspaceSymbol(async (params, token) => {
    const open = new Set(store.uris());
    const results: SymbolInformation[] = [];
    for (const uri of open) results.push(...(await ctx.answer(uri, token, [], (v) => workspaceEntries(v, basename(uriToPath(uri) ?? uri)))));
    results.push(...(await raceCancellation(index.entries(open), token)));
    return results.filter((s) => fuzzyMatch(params.query, s.name)).slice(0, MAX_WORKSPACE_SYMBOLS);
  });
}
