// The code lens at the top of the article (counts, or why there are none) and paragraph folding.
import type { CodeLens, FoldingRange } from 'vscode-languageserver-protocol';
import { countsText, megabytes } from '../../../shared/format';
import { Commands } from '../../../shared/contract';
import type { DocumentView } from './view';

export function codeLenses(view: DocumentView): CodeLens[] {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  switch (view.state) {
    case 'ready':
      return [
        {
          range,
          command: { title: `${countsText(view.counts())} — Open summary`, command: Commands.openSummary, arguments: [view.uri] },
        },
      ];
    case 'tooLarge':
      return [
        {
          range,
          command: {
            title: `News Lens: not analysed, ${megabytes(view.detail.size ?? 0)} is above the ${megabytes(view.detail.limit ?? 0)} limit (newsLens.maxFileSize)`,
            command: 'workbench.action.openSettings',
            arguments: ['newsLens.maxFileSize'],
          },
        },
      ];
    case 'error':
      return [{ range, command: { title: `News Lens: analysis failed (${view.detail.message ?? 'unknown error'})`, command: '' } }];
    case 'excluded':
      return [];
  }
}

/** One fold per paragraph that spans several lines. */
export function foldingRanges(view: DocumentView): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const paragraph of view.analysis.paragraphs) {
    const startLine = view.doc.positionAt(paragraph.start).line;
    const endLine = view.doc.positionAt(Math.max(paragraph.start, paragraph.end - 1)).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: 'region' });
  }
  return ranges;
}
