// News Lens settings as the server sees them: pulled through `workspace/configuration` (section
// `newsLens`), or given as initializationOptions by editors without the pull model.
import { minimatch } from 'minimatch';

export const HIGHLIGHT_KINDS = ['person', 'organization', 'country', 'place', 'commitment', 'stance', 'time', 'quote'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface Settings {
  /** Language ids the client annotates (the server analyses whatever the client opens). */
  languages: string[];
  /** Semantic token kinds to send. */
  highlightKinds: ReadonlySet<HighlightKind>;
  inlayHints: boolean;
  /** Documents above this many UTF-8 bytes are not analysed. */
  maxFileSize: number;
  /** Glob patterns (workspace-relative or absolute paths) of files to leave alone. */
  exclude: string[];
  /** The user entities file, relative to each workspace folder. */
  entitiesFile: string;
}

export const DEFAULT_SETTINGS: Settings = {
  languages: ['news'],
  highlightKinds: new Set(HIGHLIGHT_KINDS),
  inlayHints: true,
  maxFileSize: 1024 * 1024,
  exclude: [],
  entitiesFile: '.newslens.json',
};

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Reads the `newsLens` section as a client sends it (nested objects as VS Code gives them, or
 * dotted keys as some editors do); anything missing or malformed falls back to the default.
 */
export function readSettings(raw: unknown): Settings {
  const section = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const get = (path: string): unknown => {
    if (path in section) return section[path];
    let value: unknown = section;
    for (const key of path.split('.')) {
      if (!value || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  };
  const languages = get('languages');
  const kinds = get('highlight.kinds');
  const inlay = get('inlayHints.enabled');
  const maxFileSize = get('maxFileSize');
  const exclude = get('exclude');
  const entitiesFile = get('entitiesFile');
  return {
    languages: isStringArray(languages) ? languages : DEFAULT_SETTINGS.languages,
    highlightKinds: isStringArray(kinds)
      ? new Set(HIGHLIGHT_KINDS.filter((kind) => kinds.includes(kind)))
      : DEFAULT_SETTINGS.highlightKinds,
    inlayHints: typeof inlay === 'boolean' ? inlay : DEFAULT_SETTINGS.inlayHints,
    maxFileSize:
      typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize > 0
        ? maxFileSize
        : DEFAULT_SETTINGS.maxFileSize,
    exclude: isStringArray(exclude) ? exclude : DEFAULT_SETTINGS.exclude,
    entitiesFile:
      typeof entitiesFile === 'string' && entitiesFile.trim() ? entitiesFile.trim() : DEFAULT_SETTINGS.entitiesFile,
  };
}

/** True when a file path (absolute, and relative to its workspace folder when inside one) matches an exclude glob. */
export function isExcluded(settings: Settings, absolutePath: string, relativePath?: string): boolean {
  return settings.exclude.some(
    (glob) =>
      minimatch(absolutePath, glob, { dot: true }) ||
      (relativePath !== undefined && minimatch(relativePath, glob, { dot: true, matchBase: !glob.includes('/') })),
  );
}

/** The text's UTF-8 size when it is above `limit` bytes, else undefined (without encoding short texts). */
export function sizeAboveLimit(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  const size = Buffer.byteLength(text, 'utf8');
  return size > limit ? size : undefined;
}
