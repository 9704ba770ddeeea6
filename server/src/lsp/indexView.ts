// The workspace index as the sidebar asks for it: light lists, an actor's or a thread's details,
// the ledger as text. Articles are named by URI for the client to open.
import { pathToFileURL } from 'node:url';
import { formatLedger, type ArticleRecord } from '../analysis/ledger';
import type { ArticleIndex } from './articleIndex';
import type { IndexActorResult, IndexArticle, IndexResult, IndexThreadResult, LedgerParams } from '../../../shared/contract';

/** Record name → [path, record]. */
function byFile(index: ArticleIndex): Map<string, [string, ArticleRecord]> {
  const out = new Map<string, [string, ArticleRecord]>();
  for (const [path, record] of index.articles) out.set(record.file, [path, record]);
  return out;
}

function articleOf(path: string, r: ArticleRecord): IndexArticle {
  const a: IndexArticle = { uri: pathToFileURL(path).href, file: r.file, counts: r.counts };
  if (r.date) Object.assign(a, { date: r.date.date, dateSource: r.date.source }, r.date.guess ? { guess: true } : {});
  if (r.headline) a.headline = r.headline;
  return a;
}

export function indexResult(index: ArticleIndex): IndexResult {
  const s = index.summary();
  const files = byFile(index);
  const uri = (file: string) => {
    const hit = files.get(file);
    return hit ? pathToFileURL(hit[0]).href : file;
  };
  return {
    progress: { ...index.progress },
    actors: s.actors.map((a) => ({
      id: a.id,
      kind: a.kind,
      name: a.name,
      aliases: a.aliases.slice(0, 10),
      ...(a.role ? { role: a.role } : {}),
      ...(a.user ? { user: true } : {}),
      articles: a.articles.length,
      mentions: a.mentions,
    })),
    threads: s.threads.map((t) => {
      const latest = t.reports[t.reports.length - 1];
      return {
        id: t.id,
        actors: t.actors,
        action: t.action,
        modality: t.modality,
        negated: t.negated,
        ...(t.deadline ? { deadline: t.deadline } : {}),
        ...(t.first ? { first: t.first } : {}),
        ...(t.last ? { last: t.last } : {}),
        badges: t.badges,
        articles: new Set(t.reports.map((r) => r.file)).size,
        latest: { uri: uri(latest.file), file: latest.file, start: latest.range.start, end: latest.range.end, ...(latest.date ? { date: latest.date } : {}) },
      };
    }),
    articles: [...files.values()]
      .map(([path, r]) => articleOf(path, r))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.file < b.file ? -1 : 1)),
  };
}

export function actorDetails(index: ArticleIndex, id: string): IndexActorResult {
  const actor = index.summary().actors.find((a) => a.id === id);
  if (!actor) return null;
  const files = byFile(index);
  const out: NonNullable<IndexActorResult> = [];
  for (const { file, entity, count } of actor.articles) {
    const hit = files.get(file);
    const e = hit?.[1].entities.find((x) => x.id === entity);
    if (!hit || !e) continue;
    const uri = pathToFileURL(hit[0]).href;
    const mentions = [];
    for (let i = 0; i + 1 < e.mentions.length; i += 2) mentions.push({ uri, file, start: e.mentions[i], end: e.mentions[i + 1] });
    out.push({ article: articleOf(hit[0], hit[1]), mentions, count });
  }
  return out.sort((a, b) => (b.article.date ?? '').localeCompare(a.article.date ?? ''));
}

export function threadDetails(index: ArticleIndex, id: string): IndexThreadResult {
  const thread = index.summary().threads.find((t) => t.id === id);
  if (!thread) return null;
  const files = byFile(index);
  return thread.reports.map((r) => ({
    uri: files.has(r.file) ? pathToFileURL((files.get(r.file) as [string, ArticleRecord])[0]).href : r.file,
    file: r.file,
    start: r.range.start,
    end: r.range.end,
    ...(r.date ? { date: r.date } : {}),
    ...(r.time ? { time: r.time } : {}),
    ...(r.deadline ? { deadline: r.deadline } : {}),
  }));
}

export function ledgerText(index: ArticleIndex, params: LedgerParams): string {
  const format = params?.format === 'csv' || params?.format === 'json' ? params.format : 'markdown';
  return formatLedger(index.summary().threads, format);
}
