// The cross-article index kept up to date one article at a time: an article set, changed or
// removed takes its old contribution out of the actors and the ledger and puts its new one in, so
// a change costs that article alone; the summary (actors grouped, threads made, badges against
// today) is made from the kept contributions and remembered until the next change.
//
// Only what the trees need stays per article: its date, headline and counts, its entities as
// signatures with their counts and first mentions (offsets in one typed array), its reports and
// "done" sentences. The record itself is not kept.

import type { ArticleDate, UserEntities } from '../types';
import { SignatureTable, type ActorGroups, type Signature } from './actors';
import { compareText, doneEntry, ledgerEntry, LedgerTable, type DoneEntry, type LedgerEntry } from './ledger';
import type { Actor, ArticleRecord, IndexSummary } from './types';

/** One article as the aggregate keeps it. */
export interface ArticleEntry {
  file: string;
  date?: ArticleDate;
  headline?: string;
  counts: ArticleRecord['counts'];
  /** Its actor entities: ids, signatures and counts, in the record's order. */
  ids: string[];
  signatures: Signature<ArticleEntry>[];
  entityCounts: number[];
  /** Entity i's first mentions are mentions[mentionAt[i] .. mentionAt[i + 1]) as start, end pairs. */
  mentions: Int32Array;
  mentionAt: number[];
  reports: LedgerEntry<ArticleEntry>[];
  done: DoneEntry<ArticleEntry>[];
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
    const entry = entryOf(record);
    const byId = new Map<string, Signature<ArticleEntry>>();
    record.entities.forEach((e) => {
      const sig = this.signatures.add(entry, e);
      if (!sig) return;
      byId.set(e.id, sig);
      entry.ids.push(e.id);
      entry.signatures.push(sig);
      entry.entityCounts.push(e.count);
    });
    const sigsOf = (ids: string[]) => ids.map((id) => byId.get(id)).filter((s): s is Signature<ArticleEntry> => !!s);
    const date = record.date?.date;
    for (const c of record.commitments) {
      const e = ledgerEntry(record.file, date, c, sigsOf(c.actors));
      entry.reports.push(e);
      this.ledger.add(e);
    }
    for (const s of record.done) {
      const e = doneEntry(date, s, sigsOf(s.actors));
      if (!e) continue;
      entry.done.push(e);
      this.ledger.addDone(e);
    }
    entry.mentions = packMentions(record, byId, entry);
    this.byFile.set(record.file, entry);
    this.memo = undefined;
  }

  /** Removes an article (nothing if it is not there). */
  delete(file: string): void {
    const entry = this.byFile.get(file);
    if (!entry) return;
    entry.signatures.forEach((sig, i) => this.signatures.remove(entry, sig, { count: entry.entityCounts[i] }));
    for (const e of entry.reports) this.ledger.remove(e);
    for (const e of entry.done) this.ledger.removeDone(e);
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
    const out: ActorArticle[] = [];
    for (const sig of this.memo?.groups.signaturesOf.get(actor.id) ?? []) {
      for (const article of sig.files.keys()) {
        article.signatures.forEach((s, i) => {
          if (s !== sig) return;
          const mentions = Array.from(article.mentions.subarray(article.mentionAt[i], article.mentionAt[i + 1]));
          out.push({ article, entity: article.ids[i], count: article.entityCounts[i], mentions });
        });
      }
    }
    return out;
  }
}

function entryOf(record: ArticleRecord): ArticleEntry {
  const entry: ArticleEntry = {
    file: record.file,
    counts: record.counts,
    ids: [],
    signatures: [],
    entityCounts: [],
    mentions: new Int32Array(0),
    mentionAt: [0],
    reports: [],
    done: [],
  };
  if (record.date) entry.date = record.date;
  if (record.headline) entry.headline = record.headline;
  return entry;
}

/** The kept entities' mentions in one typed array; `entry.mentionAt` marks where each entity's begin. */
function packMentions(record: ArticleRecord, kept: Map<string, unknown>, entry: ArticleEntry): Int32Array {
  const actors = record.entities.filter((e) => kept.has(e.id));
  const mentions = new Int32Array(actors.reduce((n, e) => n + e.mentions.length, 0));
  let at = 0;
  for (const e of actors) {
    mentions.set(e.mentions, at);
    at += e.mentions.length;
    entry.mentionAt.push(at);
  }
  return mentions;
}
