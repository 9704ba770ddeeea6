// The settings and the watched files: pulls the newsLens settings (and analyses again what they
// change), and watches the user entities files and the articles of the workspace.
import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver/node';
import { readSettings } from '../../../shared/settings';
import { excludeMatcher } from './config';
import { logLevelOf } from './log';
import { uriToPath, type ServerContext } from './serverContext';
import { extensionsOf } from './walk';

export class SettingsWatch {
  private readonly watching: { dispose(): void }[] = [];

  constructor(private readonly ctx: ServerContext) {}

  /** Listens for settings changes and watched file events. */
  register(): void {
    const { connection, userEntities, index, articles, store } = this.ctx;
    connection.onDidChangeConfiguration((change) => {
      const raw = (change.settings as { newsLens?: unknown } | undefined)?.newsLens;
      void this.loadSettings(raw);
    });

    connection.onDidChangeWatchedFiles((change) => {
      const news: string[] = [];
      for (const event of change.changes) {
        const path = uriToPath(event.uri);
        if (path !== undefined && userEntities.isEntitiesFile(path)) void this.userEntitiesChanged();
        else if (path !== undefined) news.push(path);
      }
      if (news.length) {
        index.invalidate();
        articles.filesChanged(news.filter((p) => !store.has(pathToFileURL(p).href)));
      }
    });
  }

  async loadSettings(fallback?: unknown): Promise<void> {
    const ctx = this.ctx;
    const before = ctx.settings;
    const raw: unknown = ctx.capabilities.workspace?.configuration
      ? await ctx.connection.workspace.getConfiguration('newsLens').catch(() => undefined)
      : fallback;
    if (raw !== undefined || ctx.capabilities.workspace?.configuration) {
      ctx.settings = readSettings(raw);
      ctx.logger.setLevel(logLevelOf(raw));
    }
    const reanalyse =
      before.maxFileSize !== ctx.settings.maxFileSize ||
      before.entitiesFile !== ctx.settings.entitiesFile ||
      before.entitiesFileIsUserSetting !== ctx.settings.entitiesFileIsUserSetting ||
      before.exclude.join('\n') !== ctx.settings.exclude.join('\n');
    if (before.exclude.join('\n') !== ctx.settings.exclude.join('\n')) {
      for (const problem of excludeMatcher(ctx.settings).problems) ctx.log(`newsLens.exclude: ${problem}`);
    }
    if (before.entitiesFile !== ctx.settings.entitiesFile || before.entitiesFileIsUserSetting !== ctx.settings.entitiesFileIsUserSetting) {
      await ctx.userEntities.configure(ctx.folders, ctx.settings);
      void this.watchFiles();
    }
    if (reanalyse || before.languages.join('\n') !== ctx.settings.languages.join('\n')) ctx.articles.rebuild();
    if (reanalyse) {
      ctx.store.invalidate();
      ctx.index.invalidate(true);
    }
    if (reanalyse || before.inlayHints !== ctx.settings.inlayHints || [...before.highlightKinds].join() !== [...ctx.settings.highlightKinds].join()) {
      ctx.refreshClient();
    }
  }

  /**
   * Watches the user entities files (and .news files, for workspace symbols): through the editor
   * when it can register file watchers, else with the file system's own notifications.
   */
  async watchFiles(): Promise<void> {
    const { capabilities, connection, settings, folders, userEntities, ownCorrections } = this.ctx;
    this.dispose();
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      const registration = await connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            ...['.news', ...extensionsOf(settings.languages)].filter((e, i, all) => all.indexOf(e) === i).map((e) => ({ globPattern: `**/*${e}` })),
            { globPattern: `**/${basename(settings.entitiesFile)}` },
            ...(ownCorrections ? [{ globPattern: { baseUri: pathToFileURL(dirname(ownCorrections)).href, pattern: basename(ownCorrections) } }] : []),
          ],
        })
        .catch(() => undefined);
      if (registration) this.watching.push(registration);
      return;
    }
    for (const folder of folders) {
      const file = userEntities.fileFor(folder);
      if (file === undefined) continue;
      try {
        const watcher = watch(dirname(file), { persistent: false }, (_event, name) => {
          if (name === null || name === basename(file)) void this.userEntitiesChanged();
        });
        watcher.on('error', () => watcher.close());
        this.watching.push({ dispose: () => watcher.close() });
      } catch {
        // the folder is gone or cannot be watched: the file is read again on the next settings change
      }
    }
  }

  private async userEntitiesChanged(): Promise<void> {
    if (await this.ctx.userEntities.reload()) this.entitiesLoaded(true);
  }

  /** User entities (re)loaded: when they changed, what was analysed before is stale. */
  readonly entitiesLoaded = (changed: boolean): void => {
    if (!changed) return;
    const ctx = this.ctx;
    ctx.log('user entities loaded; analysing again');
    ctx.store.invalidate();
    ctx.index.invalidate(true);
    ctx.articles.rebuild();
    ctx.refreshClient();
  };

  /** Stops watching. */
  dispose(): void {
    for (const w of this.watching.splice(0)) w.dispose();
  }
}
