// Markdown for the reports (the CLI's brief and its "Why" section).

/** Escapes text taken from an article so that Markdown shows it as written. */
export function md(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()<>#|!~])/g, '\\$1');
}
