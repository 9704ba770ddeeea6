// Markdown for the reports (the CLI's brief and its "Why" section) and the editor's hovers.

/**
 * Escapes text taken from an article so that Markdown shows it as written: markup characters and
 * `&` (an entity such as `&amp;` stays as written), and a list or heading marker at the start. Dots
 * and dashes elsewhere stay as they are, so addresses (example.com) read and link as written.
 */
export function md(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#|!~&]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
