// Workspace symbols of the `.news` files that are not open: found by walking the workspace folders,
// analysed in the background (behind interactive work), cached by modification time and size.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import type { UserEntities } from '../analysis/types';
import type { AnalysisHost } from './analysisHost';
import { workspaceEntries } from './symbols';
import { DocumentView } from './view';
import { walkArticles } from './walk';

const MAX_FILES = 2000;

interface Indexed {
  mtimeMs: number;
  size: number;
  entries: SymbolInformation[];
}

export interface IndexOptions {
  host: AnalysisHost;
  folders(): string[];
  extensions(): string[];
  maxFileSize(): number;
  isExcluded(path: string): boolean;
  userEntities(path: string): UserEntities | undefined;
  log(message: string): void;
}

export class WorkspaceIndex {
  private files = new Map<string, Indexed>();
  private refresh?: Promise<void>;
  private dirty = true;

  constructor(private readonly options: IndexOptions) {}

  /** Something on disk or in the settings changed: re-check files on the next query. */
  invalidate(all = false): void {
    if (all) this.files.clear();
    this.dirty = true;
  }

  /** Entries of every indexed file except those given (open documents answer for themselves). */
  async entries(skipUris: ReadonlySet<string>): Promise<SymbolInformation[]> {
    if (this.dirty || !this.refresh) {
      this.dirty = false;
      const previous = this.refresh ?? Promise.resolve();
      this.refresh = previous.then(() => this.update());
    }
    await this.refresh;
    const out: SymbolInformation[] = [];
    for (const [path, indexed] of this.files) {
      if (!skipUris.has(pathToFileURL(path).href)) out.push(...indexed.entries);
    }
    return out;
  }

  private async update(): Promise<void> {
    const list: string[] = [];
    const walk = { extensions: this.options.extensions(), isExcluded: this.options.isExcluded, max: MAX_FILES };
    for (const folder of this.options.folders()) await walkArticles(folder, walk, list);
    const found = new Set(list);
    for (const path of this.files.keys()) if (!found.has(path)) this.files.delete(path);
    for (const path of found) {
      try {
        const info = await stat(path);
        const known = this.files.get(path);
        if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) continue;
        if (info.size > this.options.maxFileSize()) {
          this.files.delete(path);
          continue;
        }
        const text = await readFile(path, 'utf8');
        const analysis = await this.options.host.run(text, this.options.userEntities(path), 'background').promise;
        const uri = pathToFileURL(path).href;
        const view = new DocumentView(uri, 0, text, analysis);
        this.files.set(path, { mtimeMs: info.mtimeMs, size: info.size, entries: workspaceEntries(view, basename(path)) });
      } catch (error) {
        this.options.log(`workspace symbols: skipped ${path}: ${(error as Error).message}`);
        this.files.delete(path);
      }
    }
  }
}
