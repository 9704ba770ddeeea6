// The Articles tree: newest first (undated last), each with its date and counts; a click opens it.
import * as vscode from 'vscode';
import type { IndexArticle } from '../../../shared/contract';
import type { IndexModel } from './model';

const MAX_ARTICLES = 2000;

export class ArticlesTree implements vscode.TreeDataProvider<IndexArticle> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly model: IndexModel) {
    model.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: IndexArticle): IndexArticle[] {
    return node ? [] : this.model.articles.slice(0, MAX_ARTICLES);
  }

  getTreeItem(a: IndexArticle): vscode.TreeItem {
    const item = new vscode.TreeItem(a.headline ?? a.file, vscode.TreeItemCollapsibleState.None);
    item.id = `article:${a.uri}`;
    const date = a.date ? `${a.date}${a.guess ? ' (file date)' : ''}` : 'undated';
    item.description = `${date} · ${a.counts.entities} names · ${a.counts.commitments} commitments`;
    item.tooltip = `${a.file}\nDate: ${a.date ?? 'unknown'}${a.dateSource ? ` (from the ${a.dateSource.replace('-', ' ')})` : ''}\n${a.counts.entities} names, ${a.counts.commitments} commitments, ${a.counts.stances} stances`;
    item.resourceUri = vscode.Uri.parse(a.uri);
    item.iconPath = vscode.ThemeIcon.File;
    item.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.parse(a.uri)] };
    return item;
  }
}
