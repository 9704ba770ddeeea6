// Reading the `newsLens` settings section, the same way on both sides: the server pulls it through
// `workspace/configuration` (or gets it as initializationOptions), the client reads it from VS Code.
import { DEFAULT_SETTINGS, HIGHLIGHT_KINDS, type Settings } from './contract';

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

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
  const explain = get('hover.explain');
  return {
    languages: isStringArray(languages) ? languages : DEFAULT_SETTINGS.languages,
    highlightKinds: isStringArray(kinds) ? new Set(HIGHLIGHT_KINDS.filter((kind) => kinds.includes(kind))) : DEFAULT_SETTINGS.highlightKinds,
    inlayHints: typeof inlay === 'boolean' ? inlay : DEFAULT_SETTINGS.inlayHints,
    hoverExplain: typeof explain === 'boolean' ? explain : DEFAULT_SETTINGS.hoverExplain,
    maxFileSize: typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize > 0 ? maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    exclude: isStringArray(exclude) ? exclude : DEFAULT_SETTINGS.exclude,
    entitiesFile: typeof entitiesFile === 'string' && entitiesFile.trim() ? entitiesFile.trim() : DEFAULT_SETTINGS.entitiesFile,
    entitiesFileIsUserSetting: get('entitiesFileIsUserSetting') === true,
  };
}

/** The text's UTF-8 size when it is above `limit` bytes, else undefined (without encoding short texts). */
export function sizeAboveLimit(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  const size = Buffer.byteLength(text, 'utf8');
  return size > limit ? size : undefined;
}
