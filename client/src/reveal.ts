import * as vscode from 'vscode';

/**
 * Selects the offset range [start, end) of `doc` and scrolls it into view, in the editor that
 * already shows it or else in a column other than `avoid` (the summary panel's).
 */
export async function revealOffsets(doc: vscode.TextDocument, start: number, end: number, avoid?: vscode.ViewColumn): Promise<void> {
  const length = doc.getText().length;
  const from = Math.max(0, Math.min(length, Math.floor(start)));
  const to = Math.max(from, Math.min(length, Math.floor(end)));
  const range = new vscode.Range(doc.positionAt(from), doc.positionAt(to));
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const column = visible?.viewColumn ?? (avoid === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
