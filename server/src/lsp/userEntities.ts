// The workspace's user entities file (`.newslens.json` by default): extra people, organizations,
// countries and places with roles and aliases, names to ignore, names that are not the same entity,
// and corrections of commitments and stances. Read per workspace folder, validated entry by entry (a
// bad entry is reported and skipped, never fatal). Read asynchronously, regular files only, up to
// MAX_ENTITIES_FILE_BYTES; inside the workspace folder unless the user's own settings name an absolute
// path. Messages never quote the file's content.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { userEntityTable } from '../analysis/match/userEntities';
import type { Correction, CorrectionAction, EntityKind, Modality, NotSame, UserEntities, UserEntity } from '../analysis/types';
import type { Settings } from '../../../shared/contract';
import type { CorrectionsFile } from './correctionsEdit';

/** The largest user entities file read (about 200,000 entries). */
export const MAX_ENTITIES_FILE_BYTES = 20 * 1024 * 1024;

const KINDS: readonly EntityKind[] = ['person', 'organization', 'country', 'place'];

const optionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

/** Validates parsed JSON; returns the usable part and one message per problem. */
export function parseUserEntities(json: unknown): { entities: UserEntities; problems: string[] } {
  const problems: string[] = [];
  const entities: UserEntity[] = [];
  const ignore: string[] = [];
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { entities: {}, problems: ['the file must hold a JSON object with "entities", "ignore", "notSame" or "corrections"'] };
  }
  const root = json as Record<string, unknown>;
  if (root.entities !== undefined && !Array.isArray(root.entities)) problems.push('"entities" must be an array');
  (Array.isArray(root.entities) ? root.entities : []).forEach((raw: unknown, index) => {
    const entry = raw as Record<string, unknown> | null;
    if (!entry || typeof entry !== 'object') return void problems.push(`entities[${index}] is not an object`);
    const { name, kind, aliases, role, roleOf } = entry;
    if (typeof name !== 'string' || !name.trim()) return void problems.push(`entities[${index}] has no "name"`);
    if (typeof kind !== 'string' || !KINDS.includes(kind as EntityKind)) {
      return void problems.push(`entities[${index}]: "kind" must be one of ${KINDS.join(', ')}`);
    }
    if (aliases !== undefined && !(Array.isArray(aliases) && aliases.every((a) => typeof a === 'string'))) {
      return void problems.push(`entities[${index}]: "aliases" must be an array of strings`);
    }
    if (!optionalString(role) || !optionalString(roleOf)) {
      return void problems.push(`entities[${index}]: "role" and "roleOf" must be strings`);
    }
    const entity: UserEntity = { name: name.trim(), kind: kind as EntityKind };
    if (aliases?.length) entity.aliases = (aliases as string[]).map((a) => a.trim()).filter(Boolean);
    if (role) entity.role = role;
    if (roleOf) entity.roleOf = roleOf;
    entities.push(entity);
  });
  if (root.ignore !== undefined) {
    if (Array.isArray(root.ignore) && root.ignore.every((n) => typeof n === 'string')) ignore.push(...root.ignore);
    else problems.push('"ignore" must be an array of strings');
  }
  if (root.version !== undefined && root.version !== 1) problems.push('"version" must be 1');
  const result: UserEntities = { ...parseCorrections(root, problems) };
  if (entities.length) result.entities = entities;
  if (ignore.length) result.ignore = ignore;
  const dates = parseDates(root.dates, problems);
  if (dates) result.dates = dates;
  return { entities: result, problems };
}

const MODALITIES: readonly Modality[] = ['firm', 'tentative', 'conditional', 'expected'];

/** A correction's action when valid. */
function actionOf(action: unknown): CorrectionAction | undefined {
  if (action === 'drop') return action;
  const a = action as Record<string, unknown> | null;
  if (!a || typeof a !== 'object') return undefined;
  if (MODALITIES.includes(a.modality as Modality)) return { modality: a.modality as Modality };
  if (typeof a.actor === 'string' && a.actor.trim()) return { actor: a.actor.trim() };
  return undefined;
}

/** The `notSame` and `corrections` lists: valid entries kept, one problem per bad one. */
function parseCorrections(root: Record<string, unknown>, problems: string[]): Pick<UserEntities, 'notSame' | 'corrections'> {
  const notSame: NotSame[] = [];
  const corrections: Correction[] = [];
  const list = (field: string): unknown[] => {
    if (root[field] === undefined) return [];
    if (Array.isArray(root[field])) return root[field];
    problems.push(`"${field}" must be an array`);
    return [];
  };
  list('notSame').forEach((raw, index) => {
    const n = raw as Record<string, unknown> | null;
    if (n && typeof n.name === 'string' && n.name.trim() && typeof n.from === 'string' && n.from.trim())
      notSame.push({ name: n.name.trim(), from: n.from.trim() });
    else problems.push(`notSame[${index}] needs "name" and "from"`);
  });
  list('corrections').forEach((raw, index) => {
    const c = raw as Record<string, unknown> | null;
    const action = actionOf(c?.action);
    if (c && typeof c.trigger === 'string' && c.trigger.trim() && typeof c.sentence === 'string' && action)
      corrections.push({ trigger: c.trigger, sentence: c.sentence, action });
    else problems.push(`corrections[${index}] needs "trigger", "sentence" and an "action" ("drop", {"modality"} or {"actor"})`);
  });
  const out: Pick<UserEntities, 'notSame' | 'corrections'> = {};
  if (notSame.length) out.notSame = notSame;
  if (corrections.length) out.corrections = corrections;
  return out;
}

const isInside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * The text of a user entities file, undefined when there is none, or the reason it is not read.
 * Opened without blocking (a FIFO never hangs the server) and checked on the open handle: a regular
 * file within the size cap.
 */
export async function readEntitiesFile(file: string, folder: string | undefined): Promise<{ text?: string; problem?: string }> {
  if (folder !== undefined) {
    const [real, realFolder] = await Promise.all([realpath(file).catch(() => undefined), realpath(folder).catch(() => folder)]);
    if (real === undefined) return {}; // no file: nothing to add
    if (!isInside(realFolder, real)) return { problem: 'the file is outside the workspace folder (a workspace may only name its own files); not read' };
  }
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return {}; // no file (or not readable): nothing to add
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { problem: 'not a regular file; not read' };
    if (stat.size > MAX_ENTITIES_FILE_BYTES) {
      return { problem: `${Math.round(stat.size / 1048576)} MB is above the limit of ${MAX_ENTITIES_FILE_BYTES / 1048576} MB; not read` };
    }
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_ENTITIES_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_ENTITIES_FILE_BYTES) return { problem: `above the limit of ${MAX_ENTITIES_FILE_BYTES / 1048576} MB; not read` };
      if (length === buffer.length) break; // grew while read: what fits is what there was
    }
    return { text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    await handle.close().catch(() => {});
  }
}

/** Parses and validates a file's text; problems say where, never what the file holds. */
export function loadUserEntities(text: string): { entities?: UserEntities; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { problems: ['not valid JSON; ignored'] };
  }
  return parseUserEntities(json);
}

/**
 * User entities as the workers get them: the entities as a name table in shared memory (built once
 * per file version; every worker reads the same copy), and the names to ignore.
 */
export function shareUserEntities(entities: UserEntities): UserEntities {
  const shared: UserEntities = {};
  if (entities.entities?.length) shared.table = userEntityTable(entities.entities, true);
  if (entities.ignore?.length) shared.ignore = entities.ignore;
  if (entities.dates) shared.dates = entities.dates;
  if (entities.notSame?.length) shared.notSame = entities.notSame;
  if (entities.corrections?.length) shared.corrections = entities.corrections;
  return shared;
}

/** Both lists of user entities and corrections in one (the second's after the first's). */
export function mergeUserEntities(a: UserEntities | undefined, b: UserEntities | undefined): UserEntities {
  const out: UserEntities = {};
  for (const field of ['entities', 'ignore', 'notSame', 'corrections'] as const) {
    const list = [...(a?.[field] ?? []), ...(b?.[field] ?? [])];
    if (list.length) (out as Record<string, unknown[]>)[field] = list;
  }
  return out;
}

/** `"dates": { "relative/path.news": "2024-04-28" }`: per-file article dates. */
function parseDates(raw: unknown, problems: string[]): Record<string, string> | undefined {
  if (raw === undefined) return undefined;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return void problems.push('"dates" must map file paths to ISO dates');
  const out: Record<string, string> = {};
  for (const [path, date] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) out[path.split('\\').join('/')] = date;
    else problems.push(`dates["${path}"] must be an ISO date (YYYY-MM-DD)`);
  }
  return Object.keys(out).length ? out : undefined;
}

/** How a fix's title names the user's own list. */
const OWN = 'in your own list';

/** The key of the entities that apply outside every workspace folder (the user's own only). */
const GLOBAL = '';

/** The user entities of each workspace folder, each with the user's own list. */
export class UserEntitiesStore {
  private byFolder = new Map<string, UserEntities>();
  private folders: string[] = [];
  private fileName = '.newslens.json';
  private absoluteAllowed = false;
  private globalFile: string | undefined;
  /** A fingerprint of each folder's file as last read (its text), to tell whether a reload changed anything. */
  private texts = new Map<string, string>();
  /** Settles when the latest (re)load is done (true when it changed anything). */
  ready: Promise<boolean> = Promise.resolve(false);
  /** True while a (re)load is under way. */
  loading = false;

  constructor(private readonly log: (message: string) => void) {}

  /** Sets the workspace folders (file system paths) and the file setting, and reads the files. */
  configure(folders: string[], settings: Pick<Settings, 'entitiesFile' | 'entitiesFileIsUserSetting'>): Promise<boolean> {
    this.folders = [...folders].sort((a, b) => b.length - a.length); // deepest first
    this.fileName = settings.entitiesFile;
    this.absoluteAllowed = settings.entitiesFileIsUserSetting;
    if (this.folders.some((folder) => this.fileFor(folder) === undefined)) {
      this.log('newsLens.entitiesFile: names a file outside the workspace folder; only a path inside it, or an absolute path in user settings, is read');
    }
    return this.reload();
  }

  /** Re-reads every folder's file; resolves true when anything changed. */
  reload(): Promise<boolean> {
    const ready = this.ready.then(() => this.readAll()).catch(() => false);
    this.ready = ready;
    this.loading = true;
    void ready.then(() => {
      if (this.ready === ready) this.loading = false;
    });
    return ready;
  }

  private async readAll(): Promise<boolean> {
    const texts = new Map<string, string>();
    const byFolder = new Map<string, UserEntities>();
    const own = this.globalFile === undefined ? undefined : await this.readOne(this.globalFile, undefined);
    for (const folder of [...this.folders, GLOBAL]) {
      const file = folder === GLOBAL ? undefined : this.fileFor(folder);
      const read = file === undefined ? undefined : await this.readOne(file, isAbsolute(this.fileName) ? undefined : folder);
      if (read?.text === undefined && own?.text === undefined) continue;
      const text = `${own?.text ?? ''}\u0000${read?.text ?? ''}`;
      texts.set(folder, text);
      const same = this.texts.get(folder) === text && this.byFolder.get(folder);
      if (same) {
        byFolder.set(folder, same); // unchanged: keep the object (and the matcher built from it)
        continue;
      }
      byFolder.set(folder, shareUserEntities(mergeUserEntities(own?.entities, read?.entities)));
    }
    const changed = [...byFolder].some(([folder, e]) => this.byFolder.get(folder) !== e) || byFolder.size !== this.byFolder.size;
    this.byFolder = byFolder;
    this.texts = texts;
    return changed;
  }

  /** One file read and validated, its problems logged. */
  private async readOne(file: string, folder: string | undefined): Promise<{ text?: string; entities?: UserEntities }> {
    const { text, problem } = await readEntitiesFile(file, folder);
    if (problem) this.log(`${file}: ${problem}`);
    if (text === undefined) return {};
    const { entities, problems } = loadUserEntities(text);
    for (const message of problems.slice(0, 20)) this.log(`${file}: ${message}`);
    if (problems.length > 20) this.log(`${file}: ${problems.length - 20} more problems`);
    return { text, entities };
  }

  /** The user's own corrections file (in the extension's global storage), applied in every folder. */
  setGlobalFile(path: string | undefined): void {
    this.globalFile = path;
  }

  /** The corrections files a fix in the document at `path` may write: the folder's, then the user's own (unread unless `read`). */
  async correctionsFiles(path: string | undefined, read = true): Promise<CorrectionsFile[]> {
    const folder = path === undefined ? undefined : this.folderOf(path);
    const paths = [folder === undefined ? undefined : this.fileFor(folder), this.globalFile];
    const files: CorrectionsFile[] = [];
    for (const file of paths) {
      if (file === undefined) continue;
      const found = read
        ? await this.correctionsFile(file, file === this.globalFile ? undefined : folder)
        : { path: file, text: undefined, where: file === this.globalFile ? OWN : '' };
      if (found) files.push(found);
    }
    return files;
  }

  /** One of the corrections files (a folder's or the user's own) as a fix writes it; undefined for any other path or one not read. */
  async correctionsFile(path: string, folder = this.folders.find((f) => this.fileFor(f) === path)): Promise<CorrectionsFile | undefined> {
    const own = path === this.globalFile;
    if (!own && folder === undefined) return undefined;
    const { text, problem } = await readEntitiesFile(path, own || isAbsolute(this.fileName) ? undefined : folder);
    return problem ? undefined : { path, text, where: own ? OWN : '' };
  }

  /** The file a folder's entities come from; undefined when the setting may not be followed. */
  fileFor(folder: string): string | undefined {
    if (isAbsolute(this.fileName)) return this.absoluteAllowed ? this.fileName : undefined;
    const file = resolve(join(folder, this.fileName));
    return isInside(folder, file) ? file : undefined;
  }

  /** True when the path is one of the user entities files (the user's own included). */
  isEntitiesFile(path: string): boolean {
    return path === this.globalFile || this.folders.some((folder) => this.fileFor(folder) === path);
  }

  folderOf(path: string): string | undefined {
    return this.folders.find((folder) => isInside(folder, path));
  }

  /** The entities that apply to a document: those of the deepest workspace folder holding it. */
  forPath(path: string | undefined): UserEntities | undefined {
    const folder = path === undefined ? this.folders[this.folders.length - 1] : this.folderOf(path);
    return this.byFolder.get(folder ?? GLOBAL) ?? this.byFolder.get(GLOBAL);
  }
}
