// Text documents as the editor sends them, made safe (nothing a client sends can throw later inside
// the server), with what each run of edits changed recorded for the document store.
import type { Range, TextDocumentContentChangeEvent, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { composeChanges, diffTexts, type Change } from './shift';

type DocumentsConfiguration = ConstructorParameters<typeof TextDocuments<TextDocument>>[0];

const isPosition = (p: unknown): boolean =>
  !!p && typeof p === 'object' && Number.isFinite((p as { line?: unknown }).line) && Number.isFinite((p as { character?: unknown }).character);

/**
 * Text documents as the editor sends them, made safe: a text that is not a string opens as empty,
 * a change without a string text or with a malformed range is dropped, a version that is not a
 * number keeps the one before. Nothing a client sends can throw later inside the server.
 */
export const SafeTextDocument: DocumentsConfiguration = {
  create: (uri, languageId, version, content) =>
    TextDocument.create(
      String(uri),
      typeof languageId === 'string' ? languageId : '',
      Number.isFinite(version) ? version : 0,
      typeof content === 'string' ? content : '',
    ),
  update: (document, changes, version) => {
    const valid: TextDocumentContentChangeEvent[] = [];
    for (const change of Array.isArray(changes) ? (changes as unknown[]) : []) {
      const { text, range } = (change ?? {}) as { text?: unknown; range?: { start?: unknown; end?: unknown } };
      if (typeof text !== 'string') continue;
      if (range === undefined) valid.push({ text });
      else if (range && isPosition(range.start) && isPosition(range.end)) valid.push({ text, range: range as Range });
    }
    const next = Number.isFinite(version) ? version : document.version;
    for (const change of valid) {
      const before = document.getText();
      const edit: Change =
        'range' in change
          ? { start: document.offsetAt(change.range.start), oldEnd: document.offsetAt(change.range.end), newEnd: 0 }
          : { start: 0, oldEnd: before.length, newEnd: 0 };
      if (edit.oldEnd < edit.start) [edit.start, edit.oldEnd] = [edit.oldEnd, edit.start];
      TextDocument.update(document, [change], next);
      edit.newEnd = edit.start + change.text.length;
      // A whole new text: the region the two texts differ in (typing rarely sends one).
      const made = 'range' in change ? edit : diffTexts(before, document.getText());
      edits.set(document, composeChanges(edits.get(document), made));
    }
    return TextDocument.update(document, [], next);
  },
};

/** What the edits since the last call changed in a document's text (SafeTextDocument records them). */
const edits = new WeakMap<TextDocument, Change | undefined>();
export function takeEdits(document: TextDocument): Change | undefined {
  const change = edits.get(document);
  edits.delete(document);
  return change;
}
