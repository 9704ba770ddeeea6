// The Actors tree: by kind, each actor with its number of articles; expands to its articles
// (newest first), then to its mentions there (a click reveals the mention).
import * as vscode from 'vscode';
import { Commands, IndexActorRequest, type IndexActor, type IndexActorResult, type IndexLocation } from '../../../shared/contract';
import type { IndexModel } from './model';

const KINDS: { kind: IndexActor['kind']; label: string; icon: string }[] = [
  { kind: 'person', label: 'People', icon: 'person' },
  { kind: 'organization', label: 'Organizations', icon: 'organization' },
  { kind: 'country', label: 'Countries', icon: 'globe' },
];
/** Actors listed under a kind; a filter finds the rest. */
const MAX_ACTORS = 500;
const SNIPPET = 40;

type Node =
  | { type: 'kind'; kind: IndexActor['kind']; label: string; icon: string; count: number }
  | { type: 'actor'; actor: IndexActor }
  | { type: 'article'; actor: IndexActor; entry: NonNullable<IndexActorResult>[number] }
  | { type: 'mention'; location: IndexLocation; text?: string };

export class ActorsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly model: IndexModel) {
    model.onDidChange(() => this.changed.fire());
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const actors = this.model.actors;
      return KINDS.map((k) => ({ type: 'kind' as const, ...k, count: actors.filter((a) => a.kind === k.kind).length })).filter((k) => k.count > 0);
    }
    if (node.type === 'kind')
      return this.model.actors
        .filter((a) => a.kind === node.kind)
        .slice(0, MAX_ACTORS)
        .map((actor) => ({ type: 'actor' as const, actor }));
    if (node.type === 'actor') {
      const entries = await this.model.client.sendRequest<IndexActorResult>(IndexActorRequest, { id: node.actor.id }).catch(() => null);
      return (entries ?? []).map((entry) => ({ type: 'article' as const, actor: node.actor, entry }));
    }
    if (node.type === 'article') {
      const text = await readText(node.entry.article.uri);
      return node.entry.mentions.map((location) => ({ type: 'mention' as const, location, text: text && snippet(text, location) }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'kind': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.count);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
      case 'actor': {
        const a = node.actor;
        const item = new vscode.TreeItem(a.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `actor:${a.id}`;
        item.description = `${a.articles} article${a.articles === 1 ? '' : 's'}${a.role ? ` · ${a.role}` : ''}`;
        item.tooltip = [
          a.name,
          a.role,
          a.aliases.length ? `Also: ${a.aliases.join(', ')}` : '',
          `${a.mentions} mentions`,
          a.user ? 'From your entities file' : '',
        ]
          .filter(Boolean)
          .join('\n');
        item.contextValue = 'newsLens.actor';
        return item;
      }
      case 'article': {
        const { article, count } = node.entry;
        const item = new vscode.TreeItem(article.headline ?? article.file, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${article.date ?? 'undated'} · ${count} mention${count === 1 ? '' : 's'}`;
        item.tooltip = article.file;
        item.resourceUri = vscode.Uri.parse(article.uri);
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.text ?? `offset ${node.location.start}`, vscode.TreeItemCollapsibleState.None);
        item.command = revealCommand(node.location);
        return item;
      }
    }
  }
}

export function revealCommand(l: IndexLocation): vscode.Command {
  return { command: Commands.revealRange, title: 'Reveal', arguments: [l.uri, l.start, l.end] };
}

async function readText(uri: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
  } catch {
    return undefined;
  }
}

/** The mention with a little of its line around it. */
function snippet(text: string, l: IndexLocation): string {
  const from = Math.max(0, l.start - SNIPPET);
  const to = Math.min(text.length, l.end + SNIPPET);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
