// The sidebar's copy of the workspace index: asked of the server (`newsLens/index`) when it says
// the index changed, with a filter the three trees share.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  IndexChangedNotification,
  IndexRequest,
  type IndexActor,
  type IndexArticle,
  type IndexProgress,
  type IndexResult,
  type IndexThread,
} from '../../../shared/contract';

/** Quiet time after a change notification before the index is asked for again. */
const REFRESH_MS = 250;

const EMPTY: IndexResult = { progress: { indexing: false, done: 0, total: 0 }, actors: [], threads: [], articles: [] };

/** What the trees show: all, or what a filter keeps (by words, or one actor's commitments). */
export type IndexFilter = { kind: 'text'; text: string } | { kind: 'actor'; id: string; name: string };

export class IndexModel implements vscode.Disposable {
  private result: IndexResult = EMPTY;
  private timer?: ReturnType<typeof setTimeout>;
  /** A change came while no tree was visible: ask when one shows. */
  private stale = false;
  /** Whether any of the trees is visible (set by the sidebar). */
  visible: () => boolean = () => true;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;
  filter?: IndexFilter;

  constructor(readonly client: LanguageClient) {
    this.disposables.push(client.onNotification(IndexChangedNotification, () => this.schedule()));
  }

  get progress(): IndexProgress {
    return this.result.progress;
  }

  /** Asks the server for the index now (the first time, and on a refresh). */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    try {
      this.result = await this.client.sendRequest<IndexResult>(IndexRequest, {});
    } catch {
      return; // the server is restarting: the next change notification asks again
    }
    this.changed.fire();
  }

  setFilter(filter: IndexFilter | undefined): void {
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', 'newsLens.indexFiltered', filter !== undefined);
    this.changed.fire();
  }

  get actors(): IndexActor[] {
    const f = this.filter;
    if (!f) return this.result.actors;
    if (f.kind === 'actor') return this.result.actors.filter((a) => a.id === f.id);
    return this.result.actors.filter((a) => matches(f.text, a.name, ...a.aliases, a.role ?? ''));
  }

  get threads(): IndexThread[] {
    const f = this.filter;
    if (!f) return this.result.threads;
    if (f.kind === 'actor') return this.result.threads.filter((t) => t.actors.some((a) => a.id === f.id));
    return this.result.threads.filter((t) => matches(f.text, t.action, t.latest.file, ...t.actors.map((a) => a.name)));
  }

  get articles(): IndexArticle[] {
    const f = this.filter;
    if (!f) return this.result.articles;
    if (f.kind === 'actor') {
      const files = new Set(this.threads.map((t) => t.latest.file));
      return this.result.articles.filter((a) => files.has(a.file));
    }
    return this.result.articles.filter((a) => matches(f.text, a.file, a.headline ?? '', a.date ?? ''));
  }

  allActors(): IndexActor[] {
    return this.result.actors;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  /** A tree became visible: catch up on changes missed while hidden. */
  shown(): void {
    if (this.stale) this.schedule();
  }

  private schedule(): void {
    this.stale = !this.visible();
    if (this.stale) return;
    this.timer ??= setTimeout(() => void this.refresh(), REFRESH_MS);
  }
}

function matches(text: string, ...fields: string[]): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = fields.join('\n').toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** The text the message line of a tree shows: progress and filter. */
export function treeMessage(model: IndexModel): string | undefined {
  const parts: string[] = [];
  const p = model.progress;
  if (p.indexing) parts.push(`Indexing ${p.done.toLocaleString('en-US')} / ${p.total.toLocaleString('en-US')} articles`);
  const f = model.filter;
  if (f) parts.push(f.kind === 'actor' ? `Commitments of ${f.name}` : `Filter: ${f.text}`);
  return parts.length ? parts.join(' · ') : undefined;
}
