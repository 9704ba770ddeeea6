// The Commitments ledger tree: undertakings grouped by actor or by deadline, each with its actor,
// action, modality, resolved deadline, article and date, and badges (overdue, due soon, done,
// negated, tentative); one reported in several articles is one thread that expands to its reports.
import * as vscode from 'vscode';
import { IndexThreadRequest, type IndexThread, type IndexThreadResult } from '../../../shared/contract';
import { dayRangeText } from '../../../shared/format';
import { revealCommand } from './actorsTree';
import type { IndexModel } from './model';

export type LedgerGrouping = 'actor' | 'deadline';

const BADGE_TEXT: Record<IndexThread['badges'][number], string> = {
  overdue: 'overdue',
  'due-soon': 'due soon',
  done: 'done',
  negated: 'negated',
  tentative: 'tentative',
};
const BADGE_ICON: Partial<Record<IndexThread['badges'][number], [string, string]>> = {
  overdue: ['warning', 'list.warningForeground'],
  'due-soon': ['clock', 'charts.yellow'],
  done: ['pass', 'testing.iconPassed'],
  negated: ['circle-slash', 'descriptionForeground'],
  tentative: ['question', 'descriptionForeground'],
};
/** Threads listed under a group; a filter finds the rest. */
const MAX_THREADS = 500;

type Node =
  | { type: 'group'; key: string; label: string; threads: IndexThread[] }
  | { type: 'thread'; thread: IndexThread }
  | { type: 'report'; report: NonNullable<IndexThreadResult>[number] };

export class LedgerTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  grouping: LedgerGrouping = 'deadline';

  constructor(private readonly model: IndexModel) {
    model.onDidChange(() => this.changed.fire());
  }

  setGrouping(grouping: LedgerGrouping): void {
    this.grouping = grouping;
    void vscode.commands.executeCommand('setContext', 'newsLens.ledgerGrouping', grouping);
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return this.groups();
    if (node.type === 'group') return node.threads.slice(0, MAX_THREADS).map((thread) => ({ type: 'thread' as const, thread }));
    if (node.type === 'thread') {
      const reports = await this.model.client.sendRequest<IndexThreadResult>(IndexThreadRequest, { id: node.thread.id }).catch(() => null);
      return (reports ?? []).map((report) => ({ type: 'report' as const, report }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${this.grouping}:${node.key}`;
      item.description = String(node.threads.length);
      return item;
    }
    if (node.type === 'report') {
      const r = node.report;
      const item = new vscode.TreeItem(r.file, vscode.TreeItemCollapsibleState.None);
      item.description = [r.date ?? 'undated', r.time ? `“${r.time}”` : '', r.deadline ? dayRangeText(r.deadline) : ''].filter(Boolean).join(' · ');
      item.command = revealCommand(r);
      item.iconPath = vscode.ThemeIcon.File;
      return item;
    }
    return threadItem(node.thread);
  }

  private groups(): Node[] {
    const threads = this.model.threads;
    const groups = new Map<string, Node & { type: 'group' }>();
    const add = (key: string, label: string, t: IndexThread) => {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { type: 'group', key, label, threads: [] }));
      g.threads.push(t);
    };
    for (const t of threads) {
      if (this.grouping === 'actor') {
        if (!t.actors.length) add('~', 'Unstated', t);
        for (const a of t.actors) add(a.id, a.name, t);
      } else if (t.badges.includes('overdue')) add('0', 'Overdue', t);
      else if (t.badges.includes('due-soon')) add('1', 'Due soon', t);
      else if (t.deadline) add(`2${t.deadline.end.slice(0, 7)}`, `Due ${t.deadline.end.slice(0, 7)}`, t);
      else add('9', 'No deadline', t);
    }
    const list = [...groups.values()];
    if (this.grouping === 'actor') return list.sort((a, b) => b.threads.length - a.threads.length || a.label.localeCompare(b.label));
    return list.sort((a, b) => a.key.localeCompare(b.key));
  }
}

function threadItem(t: IndexThread): vscode.TreeItem {
  const item = new vscode.TreeItem(t.action, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `thread:${t.id}:${t.latest.file}:${t.latest.start}`;
  const who = t.actors.map((a) => a.name).join(', ') || 'unstated';
  const badges = t.badges.map((b) => BADGE_TEXT[b]);
  item.description = [
    who,
    t.modality !== 'firm' ? t.modality : '',
    t.deadline ? dayRangeText(t.deadline) : '',
    t.articles > 1 ? `${t.articles} articles` : (t.latest.date ?? ''),
    ...badges,
  ]
    .filter(Boolean)
    .join(' · ');
  const md = new vscode.MarkdownString();
  md.appendText(`${who}: ${t.negated ? 'will not ' : ''}${t.action}\n\n`);
  md.appendText(`Modality: ${t.modality}${t.deadline ? ` · Deadline: ${t.deadline ? dayRangeText(t.deadline) : ''}` : ''}\n\n`);
  md.appendText(
    t.articles > 1
      ? `First reported ${t.first ?? '?'}, last reaffirmed ${t.last ?? '?'}, in ${t.articles} articles`
      : `Reported in ${t.latest.file}${t.latest.date ? ` (${t.latest.date})` : ''}`,
  );
  if (badges.length) md.appendText(`\n\n${badges.join(', ')}`);
  item.tooltip = md;
  const icon = BADGE_ICON[t.badges[0]];
  item.iconPath = icon ? new vscode.ThemeIcon(icon[0], new vscode.ThemeColor(icon[1])) : new vscode.ThemeIcon('milestone');
  item.contextValue = 'newsLens.thread';
  item.command = revealCommand(t.latest);
  return item;
}
