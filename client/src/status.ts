// The status bar item: the active article's counts from the server's `newsLens/status`, or a clear
// notice when the file is too large, excluded, or failed to analyse.
import * as vscode from 'vscode';
import { Commands, type Counts, type StatusParams } from '../../shared/contract';
import { megabytes, plural } from '../../shared/format';

/** "5 actors · 3 commitments · 2 stances": the item's text stays short. */
export function readyText(c: Counts): string {
  const actors = c.people + c.organizations + c.countries;
  return [plural(actors, 'actor'), plural(c.commitments, 'commitment'), plural(c.stances, 'stance')].join(' · ');
}

/** One line per count, in the outline's order. */
function readyTooltip(c: Counts): vscode.MarkdownString {
  const lines = [
    plural(c.people, 'person', 'people'),
    plural(c.organizations, 'organization'),
    plural(c.countries, 'country', 'countries'),
    plural(c.places, 'place'),
    plural(c.commitments, 'commitment'),
    plural(c.stances, 'stance'),
  ];
  const tip = new vscode.MarkdownString(`**News Lens** found in this article:\n\n${lines.map((l) => `- ${l}`).join('\n')}\n\nClick to open the summary.`);
  tip.isTrusted = false;
  return tip;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly isArticle: (doc: vscode.TextDocument) => boolean) {
    this.item.name = 'News Lens';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.byUri.delete(doc.uri.toString());
        this.render();
      }),
    );
  }

  get(uri: string): StatusParams | undefined {
    return this.byUri.get(uri);
  }

  update(status: StatusParams): void {
    // The server sends URIs as the client gave them; normalise through vscode.Uri to compare.
    this.byUri.set(vscode.Uri.parse(status.uri).toString(), status);
    this.render();
  }

  /** Forgets every status (the server restarted and will send them again). */
  clear(): void {
    this.byUri.clear();
    this.render();
  }

  render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.isArticle(doc)) {
      this.item.hide();
      return;
    }
    const status = this.byUri.get(doc.uri.toString());
    this.item.backgroundColor = undefined;
    this.item.command = undefined;
    if (!status) {
      this.item.text = '$(sync~spin) News Lens';
      this.item.tooltip = 'News Lens is reading the article…';
    } else if (status.state === 'tooLarge') {
      const size = megabytes(status.size ?? 0);
      const limit = megabytes(status.limit ?? 0);
      this.item.text = `$(warning) News Lens: too large (${size})`;
      this.item.tooltip = `Not analysed: ${size} is above the ${limit} limit. Click to change newsLens.maxFileSize.`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.command = { title: 'Change the limit', command: 'workbench.action.openSettings', arguments: ['newsLens.maxFileSize'] };
    } else if (status.state === 'excluded') {
      this.item.text = '$(circle-slash) News Lens: excluded';
      this.item.tooltip = 'This file matches newsLens.exclude and is not analysed.';
    } else if (status.state === 'error') {
      this.item.text = '$(error) News Lens';
      this.item.tooltip = `The analysis failed: ${status.message ?? 'unknown error'}`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else if (status.problems?.length) {
      this.item.text = `$(warning) ${readyText(status.counts)}`;
      this.item.tooltip = `News Lens analysed the article, but: ${status.problems.join('; ')}. See the News Lens output.`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.command = { title: 'Open summary', command: Commands.openSummary, arguments: [doc.uri] };
    } else {
      this.item.text = `$(telescope) ${readyText(status.counts)}`;
      this.item.tooltip = readyTooltip(status.counts);
      this.item.command = { title: 'Open summary', command: Commands.openSummary, arguments: [doc.uri] };
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
