// The corrections the quick fixes write: the user's own list (in the extension's global storage,
// named to the server at start), "Set role …" (asks for the role, the server writes it), and saving
// of a corrections file a fix or an Undo changed while it is not shown in an editor (VS Code leaves
// such edits unsaved; the server reads the file on disk).
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { InternalCommands } from '../../shared/contract';

const isShown = (doc: vscode.TextDocument): boolean => vscode.window.visibleTextEditors.some((e) => e.document === doc);

async function saveIfHidden(doc: vscode.TextDocument | undefined): Promise<void> {
  if (doc?.isDirty && !isShown(doc)) await doc.save();
}

/** Registers the saving of corrections files; returns the path of the user's own list. */
export async function registerCorrections(context: vscode.ExtensionContext): Promise<string> {
  await Promise.resolve(vscode.workspace.fs.createDirectory(context.globalStorageUri)).catch(() => undefined);
  const own = join(context.globalStorageUri.fsPath, 'corrections.json');
  const isCorrections = (doc: vscode.TextDocument): boolean => {
    if (doc.uri.scheme !== 'file') return false;
    const entitiesFile = vscode.workspace.getConfiguration('newsLens').get<string>('entitiesFile') ?? '.newslens.json';
    return doc.uri.fsPath === own || basename(doc.uri.fsPath) === basename(entitiesFile);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(InternalCommands.saveCorrections, (path: string) =>
      saveIfHidden(vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === path)),
    ),
    vscode.commands.registerCommand(InternalCommands.setRole, async (path: string, entity: { name: string }) => {
      const role = await vscode.window.showInputBox({ title: `Role of ${entity.name}`, prompt: 'The title held, e.g. Foreign Minister' });
      if (!role?.trim()) return;
      const roleOf = await vscode.window.showInputBox({ title: `Role of ${entity.name}`, prompt: 'Whose the role is, e.g. Japan (optional)' });
      if (roleOf === undefined) return;
      if (await vscode.commands.executeCommand(InternalCommands.applySetRole, path, entity, role, roleOf)) {
        await vscode.commands.executeCommand(InternalCommands.saveCorrections, path);
      }
    }),
    // An Undo (or Redo) of a fix changes the file in the background: saved so the article follows.
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.reason !== undefined && isCorrections(event.document)) void saveIfHidden(event.document);
    }),
  );
  return own;
}
