// Which files the server leaves alone (`newsLens.exclude`). The settings themselves are declared
// and read in shared/ (the contract both sides import).
import { Minimatch } from 'minimatch';
import type { Settings } from '../../../shared/contract';

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
    else if (ch === '.' && glob[i + 1] === '.' && stack.length)
      stack[stack.length - 1] += MAX_GLOB_EXPANSION; // {1..1000}
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
      answer = this.globs.some((g) => safeMatch(g.absolute, absolutePath) || (relativePath !== undefined && safeMatch(g.relative, relativePath)));
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
