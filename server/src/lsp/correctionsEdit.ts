// Edits of a corrections file (`.newslens.json`) as workspace edits: the file's JSON changed, written
// back in one layout (one entry a line) and sent as the smallest replacement of the old text, or as
// a CreateFile and an insert when the file is missing, so Undo in the editor takes it back.
import { pathToFileURL } from 'node:url';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** A corrections file the fixes may write: its path and text (undefined when it does not exist). */
export interface CorrectionsFile {
  path: string;
  text: string | undefined;
  /** Where its corrections apply, for the fix's title (e.g. "in your own list"); empty for the workspace's. */
  where: string;
}

export type FileJson = Record<string, unknown>;

/** A value on one line, with a space after each comma and colon. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value && typeof value === 'object') {
    const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return fields.length ? `{ ${fields.join(', ')} }` : '{}';
  }
  return JSON.stringify(value) ?? 'null';
}

/** The file's layout: one top-level field a line, arrays one entry a line. */
export function formatFile(json: FileJson): string {
  const fields = Object.entries(json).map(([key, value]) => {
    const head = `  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) return head + inline(value);
    return `${head}[\n${value.map((v) => `    ${inline(v)}`).join(',\n')}\n  ]`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** The file's JSON object; undefined when the file holds something else (then no fix writes to it). */
export function parseFile(text: string | undefined): FileJson | undefined {
  if (text === undefined || !text.trim()) return { version: 1 };
  try {
    const json: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return json && typeof json === 'object' && !Array.isArray(json) ? (json as FileJson) : undefined;
  } catch {
    return undefined;
  }
}

/** The smallest single replacement turning `before` into `after`. */
function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const doc = TextDocument.create('', 'json', 0, before);
  return { range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) }, newText: after.slice(start, after.length - end) };
}

/** The workspace edit that applies `change` to the file's JSON; undefined when the file is not a JSON object or nothing changes. */
export function fileEdit(file: CorrectionsFile, change: (json: FileJson) => void): WorkspaceEdit | undefined {
  const json = parseFile(file.text);
  if (!json) return undefined;
  change(json);
  const after = formatFile(json);
  const uri = pathToFileURL(file.path).href;
  if (file.text === undefined) {
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: after }] },
      ],
    };
  }
  if (after === file.text) return undefined;
  return { documentChanges: [{ textDocument: { uri, version: null }, edits: [minimalEdit(file.text, after)] }] };
}

/** The array field of the file, created when missing. */
export function listOf<T>(json: FileJson, field: string): T[] {
  if (!Array.isArray(json[field])) json[field] = [];
  return json[field] as T[];
}
