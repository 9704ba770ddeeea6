// The dates pass, after commitments: finds the article's date, gives each time expression the
// value it resolves to against that date (where it had none on its own), and each commitment with
// a stated time its deadline. Pure; it only adds fields.

import type { Analysis, ArticleDate, ArticleInfo, Commitment, TimeExpression } from '../types';
import { findArticleDate } from './articleDate';
import { isoOf, parseIsoDay, valueOf } from './days';
import { resolveTime } from './resolve';

export { findArticleDate, type ArticleDateInput } from './articleDate';
export { resolveTime } from './resolve';
export { isoOf, parseIsoDay, valueOf, type Day, type DayRange } from './days';

/** Adds `date`, `times[].value` and `commitments[].deadline` to the analysis of `text`. */
export function resolveDates(text: string, analysis: Analysis, article: ArticleInfo = {}): void {
  const date: ArticleDate | undefined = findArticleDate({
    text,
    dateline: analysis.dateline,
    fileName: article.fileName,
    mtimeMs: article.mtimeMs,
    override: article.date,
  });
  if (!date) return;
  analysis.date = date;
  const ref = parseIsoDay(date.date) as number;
  for (const t of analysis.times) resolveTimeValue(t, ref);
  for (const c of analysis.commitments) resolveDeadline(c, ref);
}

function resolveTimeValue(t: TimeExpression, ref: number): void {
  if (t.value !== undefined) return;
  const r = resolveTime(t.text, ref);
  if (r) t.value = valueOf(r);
}

function resolveDeadline(c: Commitment, ref: number): void {
  if (!c.time) return;
  const r = resolveTime(c.time.text, ref);
  if (r) c.deadline = { start: isoOf(r.start), end: isoOf(r.end) };
}
