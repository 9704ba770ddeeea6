// News Lens settings as the server sees them: pulled through `workspace/configuration` (section
// `newsLens`), or given as initializationOptions by editors without the pull model.
import { Minimatch } from 'minimatch';

export const HIGHLIGHT_KINDS = ['person', 'organization', 'country', 'place', 'commitment', 'stance', 'time'] as const;
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
  /** The user entities file, relative to each workspace folder (or absolute, from user settings only). */
  entitiesFile: string;
  /**
   * True when `entitiesFile` comes from the user's own settings (the client says so): only then
   * may it name a file outside the workspace; a workspace's settings cannot read the user's files.
   */
  entitiesFileIsUserSetting: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  languages: ['news'],
  highlightKinds: new Set(HIGHLIGHT_KINDS),
  inlayHints: true,
  maxFileSize: 1024 * 1024,
  exclude: [],
  entitiesFile: '.newslens.json',
  entitiesFileIsUserSetting: false,
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
    entitiesFileIsUserSetting: get('entitiesFileIsUserSetting') === true,
  };
}

/** Globs longer than this are ignored (minimatch throws above 64 KiB; long ones cost seconds a match). */
const MAX_GLOB_LENGTH = 1024;
/** Globs whose braces expand to more patterns than this are ignored (`{a,b}` 20 times is a million). */
const MAX_GLOB_EXPANSION = 256;
/** Remembered answers per path (cleared with the settings). */
const MAX_CACHED_PATHS = 10_000;

/** An upper bound of the number of patterns a glob's braces expand to (nested groups multiply). */
export function braceExpansion(glob: string): number {
  let total = 1;
  const stack: number[] = [];
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '\\') i++;
    else if (ch === '{') stack.push(1);
    else if (ch === ',' && stack.length) stack[stack.length - 1]++;
    else if (ch === '.' && glob[i + 1] === '.' && stack.length) stack[stack.length - 1] += MAX_GLOB_EXPANSION; // {1..1000}
    else if (ch === '}' && stack.length) total *= stack.pop()!;
    if (total > MAX_GLOB_EXPANSION) break;
  }
  return total;
}

/**
 * The exclude globs of one settings value, compiled once; answers are remembered per path. Globs
 * too long or with too many brace alternatives are left out (reported once through `problems`),
 * and a glob minimatch rejects never fails a match.
 */
export class ExcludeMatcher {
  readonly problems: string[] = [];
  private readonly globs: { absolute: Minimatch; relative: Minimatch }[] = [];
  private readonly cache = new Map<string, boolean>();

  constructor(exclude: readonly string[]) {
    for (const glob of exclude) {
      if (glob.length > MAX_GLOB_LENGTH) this.problems.push(`an exclude glob of ${glob.length} characters is too long (at most ${MAX_GLOB_LENGTH}); ignored`);
      else if (braceExpansion(glob) > MAX_GLOB_EXPANSION) this.problems.push(`the exclude glob "${glob}" expands to too many patterns; ignored`);
      else {
        try {
          const absolute = new Minimatch(glob, { dot: true });
          const relative = new Minimatch(glob, { dot: true, matchBase: !glob.includes('/') });
          this.globs.push({ absolute, relative });
        } catch (error) {
          this.problems.push(`the exclude glob "${glob}" is not valid (${(error as Error).message}); ignored`);
        }
      }
    }
  }

  /** True when a file path (absolute, and relative to its workspace folder when inside one) matches a glob. */
  matches(absolutePath: string, relativePath?: string): boolean {
    if (this.globs.length === 0) return false;
    const key = `${absolutePath}\0${relativePath ?? ''}`;
    let answer = this.cache.get(key);
    if (answer === undefined) {
      answer = this.globs.some(
        (g) => safeMatch(g.absolute, absolutePath) || (relativePath !== undefined && safeMatch(g.relative, relativePath)),
      );
      if (this.cache.size >= MAX_CACHED_PATHS) this.cache.clear();
      this.cache.set(key, answer);
    }
    return answer;
  }
}

function safeMatch(glob: Minimatch, path: string): boolean {
  try {
    return glob.match(path);
  } catch {
    return false;
  }
}

/** True when a file path matches an exclude glob of the settings (compiled once per settings value). */
export function isExcluded(settings: Settings, absolutePath: string, relativePath?: string): boolean {
  return excludeMatcher(settings).matches(absolutePath, relativePath);
}

const matchers = new WeakMap<Settings, ExcludeMatcher>();
export function excludeMatcher(settings: Settings): ExcludeMatcher {
  let matcher = matchers.get(settings);
  if (!matcher) matchers.set(settings, (matcher = new ExcludeMatcher(settings.exclude)));
  return matcher;
}

/** The text's UTF-8 size when it is above `limit` bytes, else undefined (without encoding short texts). */
export function sizeAboveLimit(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  const size = Buffer.byteLength(text, 'utf8');
  return size > limit ? size : undefined;
}
