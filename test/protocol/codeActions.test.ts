// Quick fixes over stdio: the corrections offered at a mention and at a commitment, the edits they
// make to .newslens.json (created when missing, then changed minimally), and the analysis after the
// edits are applied as an editor would (written, then reported as a changed file).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, CreateFile, SemanticTokens, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CAPABILITIES, decodeTokens, fileUri, positionAt, ServerProcess } from './harness';

const TEXT =
  'Harbour talks\nBrixham signed a deal with Trade Minister Ingrid Valen of Norway on Monday. Valen pledged to open a new ferry line by 2027, officials in Bergen said.\n';

/** Writes a workspace edit to disk as an editor applying and saving it would. */
function applyToDisk(edit: WorkspaceEdit): void {
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      const path = fileURLToPath((change as CreateFile).uri);
      if (!existsSync(path)) writeFileSync(path, '');
      continue;
    }
    const { textDocument, edits } = change as TextDocumentEdit;
    const path = fileURLToPath(textDocument.uri);
    const doc = TextDocument.create(textDocument.uri, 'json', 0, readFileSync(path, 'utf8'));
    writeFileSync(path, TextDocument.applyEdits(doc, edits as never));
  }
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('quick fixes write corrections to .newslens.json', () => {
  let server: ServerProcess;
  let folder: string;
  let file: string;
  const uri = () => fileUri(join(folder, 'harbour.news'));
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'newslens-fix-'));
    file = join(folder, '.newslens.json');
    server = await ServerProcess.start({ folder });
    await server.open(uri(), TEXT);
  });
  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const actionsAt = (needle: string, nth = 0): Promise<CodeAction[]> => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = TEXT.indexOf(needle, at + 1);
    const position = positionAt(TEXT, at + 1);
    return server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri() },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    });
  };
  const tokens = async () => {
    const legend = server.initializeResult!.capabilities.semanticTokensProvider!.legend;
    const result = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uri() } });
    return decodeTokens(TEXT, result.data, legend.tokenTypes, legend.tokenModifiers);
  };
  const typeOf = async (text: string) => (await tokens()).find((t) => t.text === text)?.type;
  const fileChanged = () => server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 2 }] });
  const take = (actions: CodeAction[], title: string): CodeAction => {
    const action = actions.find((a) => a.title === title);
    assert.ok(action, `no "${title}" in ${JSON.stringify(actions.map((a) => a.title))}`);
    return action;
  };

  test('at an organization mention: mark as another kind, ignore, same as; "Mark as place" creates the file and Brixham becomes a place', async () => {
    assert.equal(await typeOf('Brixham'), 'organization');
    const actions = await actionsAt('Brixham');
    const titles = actions.map((a) => a.title);
    for (const title of [
      "Mark 'Brixham' as person",
      "Mark 'Brixham' as country",
      "Mark 'Brixham' as place",
      "Not a name here: ignore 'Brixham'",
      "Same as 'Ingrid Valen'",
    ])
      assert.ok(titles.includes(title), title);
    assert.ok(!titles.includes("Mark 'Brixham' as organization"));
    assert.ok(actions.every((a) => a.kind === 'quickfix' && a.command === undefined));
    const edit = take(actions, "Mark 'Brixham' as place").edit!;
    assert.equal(edit.documentChanges?.[0] && 'kind' in edit.documentChanges[0] ? edit.documentChanges[0].kind : undefined, 'create');
    applyToDisk(edit);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { version: 1, entities: [{ name: 'Brixham', kind: 'place' }] });
    assert.equal(readFileSync(file, 'utf8'), '{\n  "version": 1,\n  "entities": [\n    { "name": "Brixham", "kind": "place" }\n  ]\n}\n');
    await fileChanged();
    await waitFor(async () => (await typeOf('Brixham')) === 'place');
  });

  test('at an alias: "Not the same as" is a minimal edit of the existing file, and the alias becomes its own entity', async () => {
    const before = readFileSync(file, 'utf8');
    const actions = await actionsAt('Valen', 1);
    const edit = take(actions, "Not the same as 'Ingrid Valen': split 'Valen' off").edit!;
    const [change] = edit.documentChanges as TextDocumentEdit[];
    assert.equal(change.edits.length, 1);
    assert.ok(!(change.edits[0] as { newText: string }).newText.includes('Brixham'), 'the edit leaves the existing entry alone');
    applyToDisk(edit);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).notSame, [{ name: 'Valen', from: 'Ingrid Valen' }]);
    assert.ok(readFileSync(file, 'utf8').startsWith(before.slice(0, before.indexOf(']'))));
    await fileChanged();
    const symbols = async () => (await server.request<{ name: string }[]>('workspace/symbol', { query: '' })).map((s) => s.name);
    const valens = async () => (await symbols()).filter((n) => n === 'Valen' || n.startsWith('Ingrid Valen'));
    assert.equal((await valens()).length, 1);
    await waitFor(async () => (await valens()).length === 2);
  });

  test('at a commitment: modality, then "Not a commitment" replaces that correction', async () => {
    const modifiers = async () => (await tokens()).find((t) => t.text === 'pledged')?.modifiers ?? [];
    assert.equal((await tokens()).find((t) => t.text === 'pledged')?.type, 'commitment');
    const actions = await actionsAt('pledged');
    const titles = actions.map((a) => a.title);
    for (const title of ['Not a commitment', 'Modality: tentative', 'Modality: conditional', 'Modality: expected', "Actor is 'Norway'"])
      assert.ok(titles.includes(title), title);
    assert.ok(!titles.includes('Modality: firm'));
    applyToDisk(take(actions, 'Modality: expected').edit!);
    await fileChanged();
    await waitFor(async () => (await modifiers()).includes('expected'));
    applyToDisk(take(await actionsAt('pledged'), 'Not a commitment').edit!);
    const corrections = JSON.parse(readFileSync(file, 'utf8')).corrections;
    assert.deepEqual(
      corrections.map((c: { trigger: string; action: unknown }) => [c.trigger, c.action]),
      [['pledged', 'drop']],
    );
    await fileChanged();
    await waitFor(async () => (await tokens()).every((t) => t.type !== 'commitment'));
  });
});

/** A server started as the extension starts it (naming the user's own list), on a folder holding TEXT open. */
async function withOwnList(
  run: (ctx: { server: ServerProcess; folder: string; own: string; actionsAt: (needle: string) => Promise<CodeAction[]> }) => Promise<void>,
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'newslens-own-'));
  const own = join(mkdtempSync(join(tmpdir(), 'newslens-storage-')), 'corrections.json');
  const server = await ServerProcess.start({ folder, initializationOptions: { correctionsFile: own } });
  const uri = fileUri(join(folder, 'a.news'));
  const actionsAt = (needle: string) => {
    const at = positionAt(TEXT, TEXT.indexOf(needle) + 1);
    return server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
  };
  try {
    await server.open(uri, TEXT);
    await run({ server, folder, own, actionsAt });
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

test("the user's own list: every fix offered for it too, with the command that saves it, and it applies in the workspace", () =>
  withOwnList(async ({ server, own, actionsAt }) => {
    const actions = await actionsAt('Brixham');
    const mine = actions.find((a) => a.title === "Not a name here: ignore 'Brixham' (in your own list)");
    assert.ok(mine && actions.some((a) => a.title === "Not a name here: ignore 'Brixham'"));
    assert.deepEqual(mine.command?.arguments, [own]);
    applyToDisk(mine.edit!);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(own), type: 1 }] });
    const names = async () => (await server.request<{ name: string }[]>('workspace/symbol', { query: '' })).map((s) => s.name);
    await waitFor(async () => !(await names()).includes('Brixham'));
    assert.ok((await names()).includes('Bergen'));
  }));

test('"Set role …" on a person: a command for the editor to ask, then the server writes the role by workspace/applyEdit', () =>
  withOwnList(async ({ server, folder, actionsAt }) => {
    const applied: WorkspaceEdit[] = [];
    server.connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      applied.push(params.edit);
      applyToDisk(params.edit);
      return { applied: true };
    });
    const setRole = (await actionsAt('Ingrid')).find((a) => a.title === "Set role of 'Ingrid Valen'…");
    assert.equal(setRole?.command?.command, 'newsLens.setRole');
    const [path, entity] = setRole.command.arguments!;
    assert.equal(path, join(folder, '.newslens.json'));
    const ok = await server.request('workspace/executeCommand', { command: 'newsLens.applySetRole', arguments: [path, entity, 'Harbour Minister', 'Norway'] });
    assert.equal(ok, true);
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')).entities, [
      { name: 'Ingrid Valen', kind: 'person', aliases: ['Valen'], role: 'Harbour Minister', roleOf: 'Norway' },
    ]);
    const refused = await server.request('workspace/executeCommand', {
      command: 'newsLens.applySetRole',
      arguments: [join(folder, 'elsewhere.json'), entity, 'Minister'],
    });
    assert.equal(refused, false);
    assert.equal(applied.length, 1);
  }));

test('an editor that resolves code actions gets the fixes without edits, and the edit on resolve', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'newslens-resolve-'));
  const capabilities = { ...CAPABILITIES, textDocument: { ...CAPABILITIES.textDocument, codeAction: { resolveSupport: { properties: ['edit'] } } } };
  const server = await ServerProcess.start({ folder, capabilities });
  try {
    const uri = fileUri(join(folder, 'a.news'));
    await server.open(uri, TEXT);
    const at = positionAt(TEXT, TEXT.indexOf('Brixham') + 1);
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    });
    const mark = actions.find((a) => a.title === "Mark 'Brixham' as place");
    assert.ok(mark && mark.edit === undefined && mark.data !== undefined);
    const resolved = await server.request<CodeAction>('codeAction/resolve', mark);
    applyToDisk(resolved.edit!);
    assert.deepEqual(JSON.parse(readFileSync(join(folder, '.newslens.json'), 'utf8')).entities, [{ name: 'Brixham', kind: 'place' }]);
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
