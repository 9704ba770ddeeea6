// The workspace's user entities file (`.newslens.json` by default): extra people, organizations,
// countries and places with roles and aliases, and names to ignore. Read per workspace folder,
// validated entry by entry (a bad entry is reported and skipped, never fatal).
import { readFileSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import type { EntityKind, UserEntities, UserEntity } from '../analysis/types';

const KINDS: readonly EntityKind[] = ['person', 'organization', 'country', 'place'];

const optionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

/** Validates parsed JSON; returns the usable part and one message per problem. */
export function parseUserEntities(json: unknown): { entities: UserEntities; problems: string[] } {
  const problems: string[] = [];
  const entities: UserEntity[] = [];
  const ignore: string[] = [];
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { entities: {}, problems: ['the file must hold a JSON object with "entities" and/or "ignore"'] };
  }
  const root = json as Record<string, unknown>;
  if (root.entities !== undefined && !Array.isArray(root.entities)) problems.push('"entities" must be an array');
  (Array.isArray(root.entities) ? root.entities : []).forEach((raw: unknown, index) => {
    const entry = raw as Record<string, unknown> | null;
    if (!entry || typeof entry !== 'object') return void problems.push(`entities[${index}] is not an object`);
    const { name, kind, aliases, role, roleOf } = entry;
    if (typeof name !== 'string' || !name.trim()) return void problems.push(`entities[${index}] has no "name"`);
    if (typeof kind !== 'string' || !KINDS.includes(kind as EntityKind)) {
      return void problems.push(`entities[${index}] ("${name}"): "kind" must be one of ${KINDS.join(', ')}`);
    }
    if (aliases !== undefined && !(Array.isArray(aliases) && aliases.every((a) => typeof a === 'string'))) {
      return void problems.push(`entities[${index}] ("${name}"): "aliases" must be an array of strings`);
    }
    if (!optionalString(role) || !optionalString(roleOf)) {
      return void problems.push(`entities[${index}] ("${name}"): "role" and "roleOf" must be strings`);
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
  const result: UserEntities = {};
  if (entities.length) result.entities = entities;
  if (ignore.length) result.ignore = ignore;
  const dates = parseDates(root.dates, problems);
  if (dates) result.dates = dates;
  return { entities: result, problems };
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

/** The user entities of each workspace folder. */
export class UserEntitiesStore {
  private byFolder = new Map<string, UserEntities>();
  private folders: string[] = [];
  private fileName = '.newslens.json';

  constructor(private readonly log: (message: string) => void) {}

  /** Sets the workspace folders (file system paths) and the file name, and reads the files. */
  configure(folders: string[], fileName: string): void {
    this.folders = [...folders].sort((a, b) => b.length - a.length); // deepest first
    this.fileName = fileName;
    this.reload();
  }

  /** Re-reads every folder's file; true when anything changed. */
  reload(): boolean {
    const before = JSON.stringify([...this.byFolder]);
    this.byFolder.clear();
    for (const folder of this.folders) {
      const file = this.fileFor(folder);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // no file: nothing to add
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        this.log(`${file}: not valid JSON (${(error as Error).message}); ignored`);
        continue;
      }
      const { entities, problems } = parseUserEntities(json);
      for (const problem of problems) this.log(`${file}: ${problem}`);
      this.byFolder.set(folder, entities);
    }
    return JSON.stringify([...this.byFolder]) !== before;
  }

  fileFor(folder: string): string {
    return isAbsolute(this.fileName) ? this.fileName : join(folder, this.fileName);
  }

  /** True when the path is one of the user entities files. */
  isEntitiesFile(path: string): boolean {
    return this.folders.some((folder) => this.fileFor(folder) === path);
  }

  folderOf(path: string): string | undefined {
    return this.folders.find((folder) => {
      const rel = relative(folder, path);
      return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    });
  }

  /** The entities that apply to a document: those of the deepest workspace folder holding it. */
  forPath(path: string | undefined): UserEntities | undefined {
    const folder = path === undefined ? this.folders[this.folders.length - 1] : this.folderOf(path);
    return folder === undefined ? undefined : this.byFolder.get(folder);
  }
}
