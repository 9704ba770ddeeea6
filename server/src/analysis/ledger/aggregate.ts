// The cross-article index kept up to date one article at a time: an article set, changed or
// removed takes its old contribution out of the actors and the ledger and puts its new one in, so
// a change costs that article alone; the summary (actors grouped, threads made, badges against
// today) is made from the kept contributions and remembered until the next change.
//
// Only what the trees need stays per article: its date, headline and counts, its entities as
// signatures with their counts and first mentions (numbers in one typed array), its reports and
// "done" sentences. The record itself is not kept.

import type { ArticleDate, UserEntities } from '../types';
import { ACTOR_KINDS, SignatureTable, type ActorGroups, type Signature } from './actors';
import { compareText, ledgerEntry, LedgerTable, type LedgerEntry } from './ledger';
import type { Actor, ArticleRecord, IndexSummary, RecordEntity } from './types';

/** One article as the aggregate keeps it. */
export interface ArticleEntry {
  file: string;
  date?: ArticleDate;
  headline?: string;
  counts: ArticleRecord['counts'];
  /** Its actor entities: ids and signatures, in the record's order. */
  ids: string[];
  signatures: Signature<ArticleEntry>[];
  /**
   * Their numbers in one array: with n entities, entity i's mention count at i, and its first
   * mentions (start, end pairs) from numbers[n + i] to numbers[n + i + 1].
   */
  numbers: Int32Array;
  reports: LedgerEntry<ArticleEntry>[];
  /** Whether it has sentences that report something done. */
  done: boolean;
}

/** An actor's entity in one article: which, and how many mentions. */
export interface ActorArticle {
  article: ArticleEntry;
  entity: string;
  count: number;
  /** The first mentions, [start, end, start, end, ...]. */
  mentions: number[];
}

const fileName = (a: ArticleEntry): string => a.file;

export class IndexAggregate {
  private readonly byFile = new Map<string, ArticleEntry>();
  private readonly signatures = new SignatureTable<ArticleEntry>();
  private readonly ledger = new LedgerTable<ArticleEntry>();
  private memo?: { today: string; userEntities?: UserEntities; groups: ActorGroups<ArticleEntry>; summary: IndexSummary };

  get size(): number {
    return this.byFile.size;
  }

  /** The article of this name, if indexed. */
  article(file: string): ArticleEntry | undefined {
    return this.byFile.get(file);
  }

  /** Adds an article, or replaces the one of the same name. */
  set(record: ArticleRecord): void {
    this.delete(record.file);
    // Arrays made at their size (map, not push): thousands of articles stay in memory.
    const actors = record.entities.filter((e) => ACTOR_KINDS.has(e.kind));
    const entry = entryOf(record, actors);
    entry.signatures = actors.map((e) => this.signatures.add(entry, e) as Signature<ArticleEntry>);
    const byId = new Map(actors.map((e, i) => [e.id, entry.signatures[i]]));
    const sigsOf = (ids: string[]) => {
      const sigs = ids.map((id) => byId.get(id));
      return (sigs.includes(undefined) ? sigs.filter((s) => s).slice() : sigs) as Signature<ArticleEntry>[];
    };
    const date = record.date?.date;
    entry.reports = record.commitments.map((c) => ledgerEntry(record.file, date, c, sigsOf(c.actors)));
    for (const e of entry.reports) this.ledger.add(e);
    for (const s of record.done) if (this.ledger.addDone(entry, date, s, sigsOf(s.actors))) entry.done = true;
    this.byFile.set(record.file, entry);
    this.memo = undefined;
  }

  /** Removes an article (nothing if it is not there). */
  delete(file: string): void {
    const entry = this.byFile.get(file);
    if (!entry) return;
    entry.signatures.forEach((sig, i) => this.signatures.remove(entry, sig, entry.numbers[i]));
    for (const e of entry.reports) this.ledger.remove(e);
    if (entry.done) this.ledger.removeDone(entry, entry.signatures);
    this.byFile.delete(file);
    this.memo = undefined;
  }

  /** Actors, ledger and articles; made again only after a change (or for another day or other user entities). */
  summary(today: string, userEntities?: UserEntities): IndexSummary {
    const m = this.memo;
    if (m && m.today === today && m.userEntities === userEntities) return m.summary;
    const groups = m && m.userEntities === userEntities ? m.groups : this.signatures.group(userEntities, fileName);
    const threads = this.ledger.threads(groups, today);
    const articles = [...this.byFile.values()]
      .map((a) => ({ file: a.file, date: a.date, headline: a.headline, counts: a.counts }))
      .sort((a, b) => compareText(b.date?.date ?? '', a.date?.date ?? '') || compareText(a.file, b.file));
    const summary = { actors: groups.actors, threads, articles };
    this.memo = { today, userEntities, groups, summary };
    return summary;
  }

  /** The entities of an actor (as grouped at the last summary), article by article. */
  actorArticles(actor: Actor): ActorArticle[] {
    const sigs = new Set(this.memo?.groups.signaturesOf.get(actor.id) ?? []);
    const out: ActorArticle[] = [];
    if (!sigs.size) return out;
    for (const article of this.byFile.values()) {
      const n = article.signatures.length;
      article.signatures.forEach((s, i) => {
        if (!sigs.has(s)) return;
        const mentions = Array.from(article.numbers.subarray(article.numbers[n + i], article.numbers[n + i + 1]));
        out.push({ article, entity: article.ids[i], count: article.numbers[i], mentions });
      });
    }
    return out;
  }
}

function entryOf(record: ArticleRecord, actors: RecordEntity[]): ArticleEntry {
  const n = actors.length;
  const numbers = new Int32Array(2 * n + 1 + actors.reduce((sum, e) => sum + e.mentions.length, 0));
  let at = 2 * n + 1;
  actors.forEach((e, i) => {
    numbers[i] = e.count;
    numbers[n + i] = at;
    numbers.set(e.mentions, at);
    at += e.mentions.length;
  });
  numbers[2 * n] = at;
  const entry: ArticleEntry = { file: record.file, counts: record.counts, ids: actors.map((e) => e.id), signatures: [], numbers, reports: [], done: false };
  if (record.date) entry.date = record.date;
  if (record.headline) entry.headline = record.headline;
  return entry;
}
