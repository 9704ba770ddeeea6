// The quick fixes (code actions) that correct an annotation by an edit of `.newslens.json` or of
// the user's own list, and the server command behind "Set role …".
import type { Entity } from '../analysis/types';
import { InternalCommands } from '../../../shared/contract';
import { codeActions, resolveEdit, setRoleEdit, type FixData } from './codeActions';
import { uriToPath, type ServerContext } from './serverContext';

export function registerQuickFixes(ctx: ServerContext): void {
  const { connection, userEntities } = ctx;
  /** Quick fixes come without their edits when the editor resolves them (a large corrections file is read once, for the fix chosen). */
  const lazyFixes = () => ctx.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
  connection.onCodeAction(async ({ textDocument, range }, token) => {
    const view = (await ctx.snapshot(textDocument.uri, token, true))?.view;
    if (view?.state !== 'ready') return [];
    const lazy = lazyFixes();
    const files = await userEntities.correctionsFiles(uriToPath(textDocument.uri), !lazy);
    return codeActions(view, range, files, { save: ctx.ownCorrections !== undefined, lazy });
  });
  connection.onCodeActionResolve(async (action, token) => {
    const data = action.data as FixData | undefined;
    const view = data && typeof data.uri === 'string' ? (await ctx.snapshot(data.uri, token, true))?.view : undefined;
    const file = view && typeof data?.path === 'string' ? await userEntities.correctionsFile(data.path) : undefined;
    const edit = view && file && data ? resolveEdit(view, data, file) : undefined;
    return edit ? { ...action, edit } : action;
  });
  connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    if (command !== InternalCommands.applySetRole) return null;
    const [path, entity, role, roleOf] = args as [unknown, Entity | undefined, unknown, unknown];
    const file = typeof path === 'string' ? await userEntities.correctionsFile(path) : undefined;
    const edit = file && entity && typeof role === 'string' ? setRoleEdit(file, entity, role, typeof roleOf === 'string' ? roleOf : undefined) : undefined;
    return edit ? (await connection.workspace.applyEdit(edit)).applied : false;
  });
}
