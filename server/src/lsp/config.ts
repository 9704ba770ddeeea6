// Which files the server leaves alone (`newsLens.exclude`). The settings themselves are declared
// and read in shared/ (the contract both sides import).
import { minimatch } from 'minimatch';
import type { Settings } from '../../../shared/contract';

/** True when a file path (absolute, and relative to its workspace folder when inside one) matches an exclude glob. */
export function isExcluded(settings: Settings, absolutePath: string, relativePath?: string): boolean {
  return settings.exclude.some(
    (glob) =>
      minimatch(absolutePath, glob, { dot: true }) ||
      (relativePath !== undefined && minimatch(relativePath, glob, { dot: true, matchBase: !glob.includes('/') })),
  );
}
