// The summary panel's host side: the webview panel beside the editor, following the active news
// editor, asking the server for `newsLens/summary` as the text changes, revealing the spans the
// reader clicks, and exporting the summary (`newsLens/export`) to the clipboard, an editor or a file.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { readSettings, sizeAboveLimit } from '../../../shared/settings';
import {
  Commands,
  ExportRequest,
  SummaryRequest,
  type ExportParams,
  type ExportResult,
  type SummaryParams,
  type SummaryResult,
} from '../../../shared/contract';
import { revealOffsets } from '../reveal';
import { panelHtml } from './html';
import { VIEW_TYPE, type EmptyState, type ExportFormat, type HostMessage, type PanelState, type WebviewMessage } from './protocol';

/** Quiet time after the last edit before the summary is asked for again. */
const DEBOUNCE_MS = 300;

const FORMATS: { format: ExportFormat; label: string; description: string; language: string; ext: string }[] = [
  { format: 'markdown', label: 'Markdown', description: 'a brief to paste into a report', language: 'markdown', ext: 'md' },
  { format: 'json', label: 'JSON', description: 'the CLI’s JSON result', language: 'json', ext: 'json' },
];

type Destination = 'untitled' | 'file' | vscode.Uri;

function isFormat(value: unknown): value is ExportFormat {
  return value === 'markdown' || value === 'json';
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

function settingsFor(uri: vscode.Uri | undefined) {
  const cfg = vscode.workspace.getConfiguration('newsLens', uri);
  return readSettings({ languages: cfg.get('languages'), maxFileSize: cfg.get('maxFileSize') });
}

/** A document the language client annotates (its selector: files and unsaved editors of the languages). */
function isNewsDocument(doc: vscode.TextDocument): boolean {
  return (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') && settingsFor(doc.uri).languages.includes(doc.languageId);
}

class SummaryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  /** The document the panel shows (by URI: a document is reopened when its language changes). */
  private uri: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: vscode.CancellationTokenSource | undefined;
  /** Bumped on every refresh, so an older answer arriving late is dropped. */
  private generation = 0;
  /** A refresh was skipped while the panel was hidden. */
  private stale = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focusing the panel itself leaves no active editor: keep showing the last article.
        if (editor && isNewsDocument(editor.document)) this.show(editor.document.uri);
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        // "Annotate This File" reopens the document as `news`: follow it when it is the active one.
        const active = vscode.window.activeTextEditor?.document;
        if (active && active.uri.toString() === doc.uri.toString() && isNewsDocument(doc)) this.show(doc.uri, true);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (!this.uri || event.document.uri.toString() !== this.uri.toString() || !event.contentChanges.length) return;
        this.post({ type: 'pending', uri: this.uri.toString() });
        this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (!this.uri || doc.uri.toString() !== this.uri.toString()) return;
        // Closed, or reopened under another language: look again once VS Code has settled.
        setTimeout(() => {
          if (this.uri?.toString() !== doc.uri.toString()) return;
          if (this.document()) void this.refresh();
          else this.show(this.visibleNewsDocument()?.uri, true);
        }, 50);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('newsLens')) this.schedule();
      }),
    );
  }

  dispose(): void {
    this.panel?.dispose();
    this.cancel();
    for (const d of this.disposables) d.dispose();
  }

  /** "News Lens: Open Summary": for the given document, else the active or last news editor. */
  async open(target?: vscode.Uri | string): Promise<void> {
    const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target instanceof vscode.Uri ? target : undefined;
    const active = vscode.window.activeTextEditor?.document;
    const next = uri ?? (active && isNewsDocument(active) ? active.uri : undefined) ?? this.uri ?? this.visibleNewsDocument()?.uri;
    if (this.panel) {
      this.panel.reveal(undefined, true);
      this.show(next, true);
      return;
    }
    this.uri = next;
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'News Lens Summary',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableFindWidget: true },
    );
    this.attach(panel);
  }

  /** The serializer's restore after a reload: the webview's saved state names the document. */
  async restore(panel: vscode.WebviewPanel, state: PanelState | undefined): Promise<void> {
    let uri = state?.uri ? vscode.Uri.parse(state.uri) : undefined;
    if (uri && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri?.toString())) {
      // Open it (without showing it) so the server analyses it again; gone files fall back.
      uri = await Promise.resolve(vscode.workspace.openTextDocument(uri)).then(
        (doc) => doc.uri,
        () => undefined,
      );
    }
    const active = vscode.window.activeTextEditor?.document;
    this.uri = uri ?? (active && isNewsDocument(active) ? active.uri : this.visibleNewsDocument()?.uri);
    this.panel?.dispose();
    this.attach(panel);
  }

  private attach(panel: vscode.WebviewPanel): void {
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    panel.webview.options = { enableScripts: true, localResourceRoots: [dist] };
    panel.webview.html = panelHtml({
      cspSource: panel.webview.cspSource,
      nonce: randomBytes(18).toString('base64'),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'panel.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'panel.css')).toString(),
    });
    this.panel = panel;
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.onMessage(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) void this.refresh();
      }),
      panel.onDidDispose(() => {
        if (this.panel !== panel) return;
        this.panel = undefined;
        this.cancel();
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
      }),
    ];
    this.updateTitle();
  }

  private onMessage(message: WebviewMessage): void {
    if (!message || typeof message !== 'object') return;
    switch (message.type) {
      case 'ready':
        void this.refresh();
        return;
      case 'reveal':
        void this.reveal(message.start, message.end);
        return;
      case 'copy':
        void this.copy(message.format);
        return;
      case 'export':
        void this.export(this.uri, message.format);
        return;
    }
  }

  /** Switches the panel to another document (no-op when it already shows it, unless forced). */
  private show(uri: vscode.Uri | undefined, force = false): void {
    if (!force && uri?.toString() === this.uri?.toString()) return;
    this.uri = uri;
    this.updateTitle();
    void this.refresh();
  }

  private document(): vscode.TextDocument | undefined {
    const uri = this.uri?.toString();
    return uri === undefined ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && !d.isClosed);
  }

  private visibleNewsDocument(): vscode.TextDocument | undefined {
    return vscode.window.visibleTextEditors.map((e) => e.document).find(isNewsDocument);
  }

  private updateTitle(): void {
    if (this.panel) this.panel.title = this.uri ? `Summary: ${fileName(this.uri)}` : 'News Lens Summary';
  }

  private post(message: HostMessage): void {
    if (this.panel?.visible) void this.panel.webview.postMessage(message);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, DEBOUNCE_MS);
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.request?.cancel();
    this.request?.dispose();
    this.request = undefined;
  }

  /** Asks the server for the shown document's summary and posts it (or why there is none). */
  private async refresh(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    if (!panel.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    this.cancel();
    const generation = ++this.generation;
    const doc = this.document();
    if (!doc || !isNewsDocument(doc)) {
      const empty: EmptyState = doc ? { reason: 'no-analysis', file: fileName(doc.uri) } : { reason: 'no-editor' };
      this.post({ type: 'empty', uri: doc?.uri.toString(), empty });
      return;
    }
    const uri = doc.uri.toString();
    const limit = settingsFor(doc.uri).maxFileSize;
    const size = sizeAboveLimit(doc.getText(), limit);
    if (size !== undefined) {
      this.post({ type: 'empty', uri, empty: { reason: 'too-large', file: fileName(doc.uri), size, limit } });
      return;
    }
    const request = (this.request = new vscode.CancellationTokenSource());
    let summary: SummaryResult = null;
    try {
      summary = await this.client.sendRequest<SummaryResult>(SummaryRequest, { uri } satisfies SummaryParams, request.token);
    } catch (err) {
      if (request.token.isCancellationRequested || generation !== this.generation) return;
      this.client.warn(`News Lens: the summary request failed: ${err instanceof Error ? err.message : String(err)}`, undefined, false);
    }
    if (generation !== this.generation || this.panel !== panel) return;
    this.post(summary ? { type: 'summary', uri, summary } : { type: 'empty', uri, empty: { reason: 'no-analysis', file: fileName(doc.uri) } });
  }

  /** Selects the offset range [start, end) in an editor of the shown document, opening one if needed. */
  private async reveal(start: unknown, end: unknown): Promise<void> {
    const doc = this.document();
    if (!doc || typeof start !== 'number' || typeof end !== 'number' || !Number.isFinite(start) || !Number.isFinite(end)) return;
    await revealOffsets(doc, start, end, this.panel?.viewColumn);
  }

  private async exportText(uri: vscode.Uri, format: ExportFormat): Promise<string | null> {
    try {
      return await this.client.sendRequest<ExportResult>(ExportRequest, { uri: uri.toString(), format } satisfies ExportParams);
    } catch (err) {
      this.client.warn(`News Lens: the export request failed: ${err instanceof Error ? err.message : String(err)}`, undefined, false);
      return null;
    }
  }

  private async copy(format: unknown): Promise<void> {
    if (!isFormat(format) || !this.uri) return;
    const text = await this.exportText(this.uri, format);
    if (text !== null) await vscode.env.clipboard.writeText(text);
    this.post({ type: 'copied', format, ok: text !== null });
  }

  /**
   * "News Lens: Export Summary". Every argument is optional (asked for with a quick pick), so a
   * test or a keybinding can run it without prompts: (document URI, format, destination) where
   * destination is 'untitled' (a new editor), 'file' (a save dialog) or the target file's URI.
   * Returns the new document or the written file's URI.
   */
  async export(target?: vscode.Uri, format?: ExportFormat, destination?: Destination): Promise<vscode.TextDocument | vscode.Uri | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    const uri = target ?? this.uri ?? (active && isNewsDocument(active) ? active.uri : undefined);
    if (!uri) {
      void vscode.window.showWarningMessage('News Lens: open a news article to export its summary.');
      return undefined;
    }
    const kind = format
      ? FORMATS.find((f) => f.format === format)
      : await vscode.window.showQuickPick(FORMATS, { title: 'Export the summary as', placeHolder: 'Format' });
    if (!kind) return undefined;
    const where =
      destination ??
      (
        await vscode.window.showQuickPick(
          [
            { label: 'Open in a new editor', destination: 'untitled' as const },
            { label: 'Save to a file…', destination: 'file' as const },
          ],
          { title: `Export the summary as ${kind.label}`, placeHolder: 'Destination' },
        )
      )?.destination;
    if (!where) return undefined;
    const text = await this.exportText(uri, kind.format);
    if (text === null) {
      void vscode.window.showWarningMessage(`News Lens: no analysis of ${fileName(uri)} to export.`);
      return undefined;
    }
    if (where === 'untitled') {
      const doc = await vscode.workspace.openTextDocument({ language: kind.language, content: text });
      await vscode.window.showTextDocument(doc, { preview: false });
      return doc;
    }
    const file =
      where instanceof vscode.Uri
        ? where
        : await vscode.window.showSaveDialog({
            defaultUri: uri.scheme === 'file' ? uri.with({ path: uri.path.replace(/(\.[^./]*)?$/, `.summary.${kind.ext}`) }) : undefined,
            filters: { [kind.label]: [kind.ext] },
            title: 'Save the summary',
          });
    if (!file) return undefined;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(`News Lens: summary saved to ${fileName(file)}.`);
    return file;
  }
}

export function registerSummaryPanel(context: vscode.ExtensionContext, client: LanguageClient): void {
  const panel = new SummaryPanel(context, client);
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand(Commands.openSummary, (target?: vscode.Uri | string) => panel.open(target)),
    vscode.commands.registerCommand(Commands.exportSummary, (first?: unknown, second?: unknown, third?: unknown) => {
      // From an editor title menu the first argument is the document's URI; from a command or
      // test, (format, destination) or (uri, format, destination).
      if (first instanceof vscode.Uri) {
        return panel.export(first, isFormat(second) ? second : undefined, third as Destination | undefined);
      }
      return panel.export(undefined, isFormat(first) ? first : undefined, second as Destination | undefined);
    }),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: (webviewPanel, state: PanelState | undefined) => panel.restore(webviewPanel, state),
    }),
  );
}
