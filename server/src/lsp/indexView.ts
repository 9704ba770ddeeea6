// The workspace index as the sidebar asks for it: light lists, an actor's or a thread's details,
// the ledger as text. Articles are named by URI for the client to open.
import { formatLedger, type IndexSummary } from '../analysis/ledger';
import type { ArticleIndex } from './articleIndex';
import type { IndexActorResult, IndexArticle, IndexResult, IndexThreadResult, LedgerParams } from '../../../shared/contract';

function articleOf(index: ArticleIndex, r: IndexSummary['articles'][number]): IndexArticle {
  const a: IndexArticle = { uri: index.uriOf(r.file), file: r.file, counts: r.counts };
  if (r.date) Object.assign(a, { date: r.date.date, dateSource: r.date.source }, r.date.guess ? { guess: true } : {});
  if (r.headline) a.headline = r.headline;
  return a;
}

export function indexResult(index: ArticleIndex): IndexResult {
  const s = index.summary();
  return {
    progress: { ...index.progress },
    actors: s.actors.map((a) => ({
      id: a.id,
      kind: a.kind,
      name: a.name,
      aliases: a.aliases.slice(0, 10),
      ...(a.role ? { role: a.role } : {}),
      ...(a.user ? { user: true } : {}),
      articles: a.articles,
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
        latest: {
          uri: index.uriOf(latest.file),
          file: latest.file,
          start: latest.range.start,
          end: latest.range.end,
          ...(latest.date ? { date: latest.date } : {}),
        },
      };
    }),
    articles: s.articles.map((r) => articleOf(index, r)),
  };
}

export function actorDetails(index: ArticleIndex, id: string): IndexActorResult {
  const actor = index.summary().actors.find((a) => a.id === id);
  if (!actor) return null;
  const out: NonNullable<IndexActorResult> = [];
  for (const { article, count, mentions: offsets } of index.actorArticles(actor)) {
    const a = articleOf(index, article);
    const mentions = [];
    for (let i = 0; i + 1 < offsets.length; i += 2) mentions.push({ uri: a.uri, file: a.file, start: offsets[i], end: offsets[i + 1] });
    out.push({ article: a, mentions, count });
  }
  return out.sort((a, b) => (b.article.date ?? '').localeCompare(a.article.date ?? ''));
}

export function threadDetails(index: ArticleIndex, id: string): IndexThreadResult {
  const thread = index.summary().threads.find((t) => t.id === id);
  if (!thread) return null;
  return thread.reports.map((r) => ({
    uri: index.uriOf(r.file),
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
