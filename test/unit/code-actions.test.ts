// The quick fixes' edits, computed on an analysed article and applied in memory: each fix's file
// content, and the analysis with that file (what the editor shows after the fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../server/src/analysis';
import { analyze } from '../support/analyzer';
import { codeActions, resolveEdit, type FixData } from '../../server/src/lsp/codeActions';
import { loadUserEntities } from '../../server/src/lsp/userEntities';
import { DocumentView } from '../../server/src/lsp/view';
import { projectRoot } from '../support/paths';

const TEXT =
  'Harbour talks\nOfficials from Norway met on Monday. The Oslo Port Authority said Norway would pay. The Port Agency of Oslo agreed. Oslo condemned the delay.\n';
const FILE = '/tmp/never-written/.newslens.json';

/** The file after one fix, from `before` (undefined: no file yet). */
function applied(action: CodeAction, before: string | undefined): string {
  const edits = (action.edit?.documentChanges ?? []).filter((c): c is TextDocumentEdit => 'edits' in c);
  const doc = TextDocument.create('file:///x', 'json', 0, before ?? '');
  return TextDocument.applyEdits(doc, edits.flatMap((e) => e.edits) as never);
}

function fixesAt(a: Analysis, needle: string, before: string | undefined): CodeAction[] {
  const view = new DocumentView('file:///a.news', 1, TEXT, a);
  const at = view.doc.positionAt(TEXT.indexOf(needle) + 1);
  return codeActions(view, { start: at, end: at }, [{ path: FILE, text: before, where: '' }], { save: false, lazy: false });
}

const take = (actions: CodeAction[], title: string): CodeAction => {
  const found = actions.find((x) => x.title === title);
  assert.ok(found, `no "${title}" in ${JSON.stringify(actions.map((x) => x.title))}`);
  return found;
};

const reanalysed = (file: string): Analysis => analyze(TEXT, { userEntities: loadUserEntities(file).entities });

test('"Same as": the other entity gets the names as aliases, and the two are one entity', () => {
  const a = analyze(TEXT);
  assert.ok(
    a.entities.some((e) => e.name === 'Port Agency of Oslo'),
    JSON.stringify(a.entities.map((e) => e.name)),
  );
  const file = applied(take(fixesAt(a, 'Port Agency', undefined), "Same as 'Oslo Port Authority'"), undefined);
  assert.deepEqual(JSON.parse(file).entities, [{ name: 'Oslo Port Authority', kind: 'organization', aliases: ['Port Agency of Oslo'] }]);
  const after = reanalysed(file);
  assert.deepEqual(
    after.entities.find((e) => e.name === 'Oslo Port Authority')?.mentions.map((m) => m.text),
    ['Oslo Port Authority', 'Port Agency of Oslo'],
  );
  assert.ok(!after.entities.some((e) => e.name === 'Port Agency of Oslo'));
});

test('"Not a name here" adds to ignore, once, keeping what the file had and its other fields', () => {
  const a = analyze(TEXT);
  const before = '{\n  "version": 1,\n  "ignore": [\n    "Newswire"\n  ]\n}\n';
  const file = applied(take(fixesAt(a, 'Oslo condemned', before), "Not a name here: ignore 'Oslo'"), before);
  assert.ok(a.entities.some((e) => e.mentions.some((m) => m.text === 'Oslo' && TEXT.slice(m.start, m.start + 14) === 'Oslo condemned')));
  assert.equal(file, '{\n  "version": 1,\n  "ignore": [\n    "Newswire",\n    "Oslo"\n  ]\n}\n');
  assert.ok(!reanalysed(file).entities.some((e) => e.mentions.some((m) => m.text === 'Oslo')));
  assert.deepEqual(fixesAt(reanalysed(file), 'Norway', file).filter((x) => x.title.startsWith('Not a name here: ignore')).length, 1);
});

test('a stance: "Not a stance" drops it; a file that is not a JSON object gets no fixes', () => {
  const a = analyze(TEXT);
  assert.deepEqual(
    a.stances.map((s) => s.trigger.text),
    ['condemned'],
  );
  const file = applied(take(fixesAt(a, 'condemned', undefined), 'Not a stance'), undefined);
  assert.deepEqual(JSON.parse(file).corrections, [{ trigger: 'condemned', sentence: 'Oslo condemned the delay.', action: 'drop' }]);
  assert.deepEqual(reanalysed(file).stances, []);
  assert.deepEqual(fixesAt(a, 'condemned', '[1, 2]'), []);
  assert.deepEqual(fixesAt(a, 'condemned', '{ broken'), []);
});

test('the schema is contributed for .newslens.json and describes every field the loader reads', () => {
  const pkg = JSON.parse(readFileSync(`${projectRoot()}/package.json`, 'utf8'));
  const [validation] = pkg.contributes.jsonValidation;
  assert.equal(validation.fileMatch, '.newslens.json');
  const schema = JSON.parse(readFileSync(`${projectRoot()}/${validation.url}`, 'utf8'));
  assert.deepEqual(Object.keys(schema.properties).sort(), ['corrections', 'entities', 'ignore', 'notSame', 'version']);
  const sample = JSON.parse(readFileSync(`${projectRoot()}/samples/.newslens.json`, 'utf8'));
  for (const key of Object.keys(sample)) assert.ok(key in schema.properties, key);
  assert.deepEqual(schema.properties.entities.items.properties.kind.enum, ['person', 'organization', 'country', 'place']);
});

test('offered lazily, a fix carries no edit; resolved, it has the edit it would have had, and none on another version', () => {
  const a = analyze(TEXT);
  const view = new DocumentView('file:///a.news', 1, TEXT, a);
  const at = view.doc.positionAt(TEXT.indexOf('condemned') + 1);
  const file = { path: FILE, text: '{\n  "version": 1\n}\n', where: '' };
  const eager = codeActions(view, { start: at, end: at }, [file], { save: false, lazy: false });
  const lazy = codeActions(view, { start: at, end: at }, [file], { save: false, lazy: true });
  assert.deepEqual(
    lazy.map((x) => x.title),
    eager.map((x) => x.title),
  );
  assert.ok(lazy.every((x) => x.edit === undefined));
  lazy.forEach((x, k) => assert.deepEqual(resolveEdit(view, x.data as FixData, file), eager[k].edit));
  const later = new DocumentView('file:///a.news', 2, TEXT, a);
  assert.equal(resolveEdit(later, lazy[0].data as FixData, file), undefined);
});
