// The commitments ledger across articles. The same undertaking (same actors, same action words,
// same polarity) reported in several articles is one thread: first reported, last reaffirmed, how
// many articles. Badges: overdue (deadline past, and no later article reports it done), due soon
// (deadline within DUE_SOON_DAYS), done, negated, tentative. Pure: "today" is passed in.
//
// Reports are kept by the signatures of their actors (which do not change when another article
// does); the threads are made from them at each summary, once the signatures are grouped into
// actors. The sentences that report something done are kept by signature and verb the same way.

import { parseIsoDay } from '../dates/days';
import type { ActorGroups, Signature } from './actors';
import type { Modality } from '../types';
import type { LedgerBadge, LedgerReport, LedgerThread, RecordCommitment, RecordDone } from './types';
import { contentStems, intern } from './words';

export const DUE_SOON_DAYS = 30;

/** Verbs that report any undertaking done ("completed the terminal"), as stems. */
const COMPLETION_VERBS = ['complet', 'finish', 'open', 'deliver', 'fulfil', 'fulfill', 'implement', 'launch', 'achiev', 'carri', 'conclud', 'inaugurat'];

/** One report of a commitment, as the ledger keeps it until its article changes. */
export interface LedgerEntry<T> {
  report: LedgerReport;
  action: string;
  modality: Modality;
  /** Its actors' signatures, without repeats. */
  signatures: Signature<T>[];
  negated: boolean;
  /** The action's first content stem (its verb), and all its stems sorted, space-separated (the undertaking's words, whatever their order). */
  head: string;
  stemKey: string;
  /** The draft it is in (the table's own). */
  draft?: unknown;
}

/** A dated sentence reporting something done, kept under each of its actors' signatures and verbs. */
interface DoneEntry<T> {
  date: string;
  /** Its stems, space-separated. */
  stems: string;
  article: T;
}

type DoneIndex<T> = Map<Signature<T>, Map<string, DoneEntry<T>[]>>;

/** The ledger's entry of a commitment of an article (its actors' signatures resolved by the caller). */
export function ledgerEntry<T>(file: string, date: string | undefined, c: RecordCommitment, signatures: Signature<T>[]): LedgerEntry<T> {
  const report: LedgerReport = { file, commitment: c.id, range: c.range };
  if (date) report.date = date;
  if (c.time) report.time = intern(c.time);
  if (c.deadline) report.deadline = c.deadline;
  const stems = contentStems(c.time ? c.action.replace(c.time, ' ') : c.action);
  const head = intern(stems[0] ?? '');
  const stemKey = intern(stems.sort().join(' '));
  const unique = signatures.length > 1 ? [...new Set(signatures)] : signatures;
  return { report, action: intern(c.action), modality: c.modality, signatures: unique, negated: c.negated, head, stemKey };
}

/** Reports of one undertaking (its actors as grouped when it was made), and what is made of them until they change. */
interface Draft<T> {
  key: string;
  /** Its thread's id, unless another thread's key hashes alike. */
  id: string;
  actorIds: string[];
  negated: boolean;
  entries: LedgerEntry<T>[];
  made?: { head: LedgerEntry<T>; reports: LedgerReport[]; first?: string; last?: string; deadline?: LedgerThread['deadline']; origin: LedgerReport };
  /** The thread last made of it, and the day its badges were judged on. */
  thread?: LedgerThread;
  today?: number;
}

/** The reports and "done" sentences of every article, kept as articles come and go. */
export class LedgerTable<T> {
  /** Entries not yet in a draft. */
  private fresh = new Set<LedgerEntry<T>>();
  private readonly drafts = new Map<string, Draft<T>>();
  /** The actors the drafts were made over. */
  private grouped?: ActorGroups<T>;
  private readonly done: DoneIndex<T> = new Map();
  /** When each signature's "done" sentences last changed (a count of changes). */
  private readonly doneStamps = new Map<Signature<T>, number>();
  private changes = 0;
  /** Whether each thread was reported done, and what it was judged on (its actors' stamps, first date, words). */
  private doneMemo = new Map<string, { count: number; stamp: number; first: string; head: string; done: boolean }>();

  add(entry: LedgerEntry<T>): void {
    this.fresh.add(entry);
  }

  remove(entry: LedgerEntry<T>): void {
    this.fresh.delete(entry);
    const draft = entry.draft as Draft<T> | undefined;
    if (!draft) return;
    entry.draft = undefined;
    draft.entries.splice(draft.entries.indexOf(entry), 1);
    draft.made = undefined;
    if (!draft.entries.length) this.drafts.delete(draft.key);
  }

  /** A sentence of a dated article that reports something done, under its actors' signatures; false if it tells nothing. */
  addDone(article: T, date: string | undefined, s: RecordDone, signatures: Signature<T>[]): boolean {
    if (!date || !s.verbs || !signatures.length) return false;
    const entry: DoneEntry<T> = { date, stems: intern(s.stems), article };
    const verbs = s.verbs.split(' '); // without repeats (the record's)
    signatures.forEach((sig, i) => {
      if (signatures.indexOf(sig) !== i) return;
      this.doneStamps.set(sig, ++this.changes);
      let byVerb = this.done.get(sig);
      if (!byVerb) this.done.set(sig, (byVerb = new Map()));
      for (const v of verbs) (byVerb.get(v) ?? byVerb.set(v, []).get(v)!).push(entry);
    });
    return true;
  }

  /** Takes out the "done" sentences of an article, found under its signatures. */
  removeDone(article: T, signatures: Signature<T>[]): void {
    for (const sig of new Set(signatures)) {
      const byVerb = this.done.get(sig);
      if (!byVerb) continue;
      for (const [verb, list] of byVerb) {
        const kept = list.filter((e) => e.article !== article);
        if (kept.length === list.length) continue;
        this.doneStamps.set(sig, ++this.changes);
        if (kept.length) byVerb.set(verb, kept);
        else byVerb.delete(verb);
      }
      if (!byVerb.size) {
        this.done.delete(sig);
        this.doneStamps.delete(sig);
      }
    }
  }

  /** The threads, with their badges against `today` (ISO), over the actors as grouped now. */
  threads(groups: ActorGroups<T>, today: string): LedgerThread[] {
    this.draft(groups);
    // One {id, name} an actor, shared by its threads.
    const names = new Map(groups.actors.map((a) => [a.id, { id: a.id, name: a.name }]));
    const todayDay = parseIsoDay(today) ?? 0;
    const doneBefore = this.doneMemo;
    this.doneMemo = new Map();
    const made: [LedgerThread, Draft<T>, LedgerReport][] = [];
    for (const d of this.drafts.values()) {
      const m = (d.made ??= make(d));
      made.push([this.threadOf(d, m, names, groups, todayDay, doneBefore), d, m.origin]);
    }
    // Ties in the order of their first report in the articles taken by name (as a fresh build over them reads them).
    made.sort(
      ([a, , oa], [b, , ob]) =>
        compareText(a.deadline?.end ?? '9999', b.deadline?.end ?? '9999') || b.reports.length - a.reports.length || compareOrigin(oa, ob),
    );
    const ids = new Set<string>();
    return made.map(([t, d]) => {
      let id = d.id;
      for (let n = 2; ids.has(id); n++) id = `${d.id}-${n}`;
      ids.add((t.id = id));
      return t;
    });
  }

  /** Puts the fresh entries in their drafts; every entry again when an actor of theirs is another now. */
  private draft(groups: ActorGroups<T>): void {
    if (this.grouped && !sameActors(this.grouped, groups)) {
      this.drafts.clear();
      this.doneMemo.clear();
      this.fresh = new Set([...this.drafts.values()].flatMap((d) => d.entries).concat([...this.fresh]));
    }
    this.grouped = groups;
    for (const e of this.fresh) {
      const actorIds = actorIdsOf(e.signatures, groups);
      const key = `${actorIds.join(',')}|${e.negated ? '-' : '+'}|${e.stemKey}`;
      let draft = this.drafts.get(key);
      if (!draft) this.drafts.set(key, (draft = { key, id: `t${hashKey(key)}`, actorIds, negated: e.negated, entries: [] }));
      draft.entries.push(e);
      draft.made = undefined;
      e.draft = draft;
    }
    this.fresh.clear();
  }

  private threadOf(
    d: Draft<T>,
    made: NonNullable<Draft<T>['made']>,
    names: Map<string, { id: string; name: string }>,
    groups: ActorGroups<T>,
    today: number,
    doneBefore: LedgerTable<T>['doneMemo'],
  ): LedgerThread {
    const done = made.first !== undefined && !d.negated && this.reportedDone(d.key, made.head, d.actorIds, groups, made.first, doneBefore);
    const kept = d.thread;
    // Nothing it is made of changed: the same thread.
    if (
      kept &&
      kept.reports === made.reports &&
      d.today === today &&
      kept.badges.includes('done') === done &&
      kept.actors.every((a) => names.get(a.id)?.name === a.name)
    )
      return kept;
    const t: LedgerThread = {
      id: '',
      actors: d.actorIds.map((id) => names.get(id) ?? { id, name: id }),
      action: made.head.action,
      modality: made.head.modality,
      negated: d.negated,
      reports: made.reports,
      badges: [],
    };
    if (made.first !== undefined) {
      t.first = made.first;
      t.last = made.last;
    }
    if (made.deadline) t.deadline = made.deadline;
    const badges: LedgerBadge[] = [];
    const end = t.deadline ? (parseIsoDay(t.deadline.end) ?? 0) : undefined;
    if (done) badges.push('done');
    else if (end !== undefined && end < today && !d.negated) badges.push('overdue');
    else if (end !== undefined && end - today <= DUE_SOON_DAYS && !d.negated) badges.push('due-soon');
    if (d.negated) badges.push('negated');
    if (t.modality === 'tentative') badges.push('tentative');
    t.badges = badges;
    d.thread = t;
    d.today = today;
    return t;
  }

  /** A later article has a sentence naming one of the actors, with the action's verb (or one of completion) in the past tense and a word of its object. */
  private reportedDone(
    key: string,
    head: LedgerEntry<T>,
    actorIds: string[],
    groups: ActorGroups<T>,
    first: string,
    before: LedgerTable<T>['doneMemo'],
  ): boolean {
    if (!head.stemKey.includes(' ')) return false; // no object to find
    // Judged again only when one of its actors' "done" sentences changed (a signature's stamp is
    // the latest change; one gone lowers the count), or its first date or words did.
    let count = 0;
    let stamp = 0;
    for (const id of actorIds) {
      for (const sig of groups.signaturesOf.get(id) ?? []) {
        const at = this.doneStamps.get(sig);
        if (at === undefined) continue;
        count++;
        stamp = Math.max(stamp, at);
      }
    }
    const known = before.get(key);
    const same = known && known.count === count && known.stamp === stamp && known.first === first && known.head === head.head;
    const done = same
      ? known.done
      : this.anyDone(
          head,
          actorIds.flatMap((id) => groups.signaturesOf.get(id) ?? []),
          first,
        );
    this.doneMemo.set(key, { count, stamp, first, head: head.head, done });
    return done;
  }

  private anyDone(entry: LedgerEntry<T>, sigs: Signature<T>[], first: string): boolean {
    const object = entry.stemKey.split(' ');
    object.splice(object.indexOf(entry.head), 1);
    for (const sig of sigs) {
      const byVerb = this.done.get(sig);
      if (!byVerb) continue;
      for (const verb of [entry.head, ...COMPLETION_VERBS]) {
        for (const s of byVerb.get(verb) ?? []) {
          if (s.date > first && object.some((w) => hasWord(s.stems, w))) return true;
        }
      }
    }
    return false;
  }
}

/** A draft's reports in date order (the earliest names the undertaking), its dates and deadline (the latest report's that states one). */
function make<T>(d: Draft<T>): NonNullable<Draft<T>['made']> {
  const entries = [...d.entries].sort((a, b) => compareText(a.report.date ?? '9999', b.report.date ?? '9999') || compareOrigin(a.report, b.report));
  const reports = entries.map((e) => e.report);
  const dated = reports.filter((r) => r.date);
  const withDeadline = reports.filter((r) => r.deadline);
  return {
    head: entries[0],
    reports,
    first: dated[0]?.date,
    last: dated[dated.length - 1]?.date,
    deadline: withDeadline[withDeadline.length - 1]?.deadline,
    origin: reports.reduce((a, b) => (compareOrigin(b, a) < 0 ? b : a)),
  };
}

/** Whether every signature still there belongs to the same actor as before. */
function sameActors<T>(before: ActorGroups<T>, now: ActorGroups<T>): boolean {
  for (const [sig, id] of before.actorOf) {
    const to = now.actorOf.get(sig);
    if (to !== undefined && to !== id) return false;
  }
  return true;
}

/** The actors of a report's signatures, sorted, without repeats. */
function actorIdsOf<T>(signatures: Signature<T>[], groups: ActorGroups<T>): string[] {
  if (signatures.length === 1) {
    const id = groups.actorOf.get(signatures[0]);
    return id ? [id] : [];
  }
  return [...new Set(signatures.map((s) => groups.actorOf.get(s)).filter((id): id is string => !!id))].sort();
}

/** Whether a space-separated list of words holds this word. */
function hasWord(words: string, word: string): boolean {
  for (let at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || words.charCodeAt(at - 1) === 32) && (end === words.length || words.charCodeAt(end) === 32)) return true;
  }
  return false;
}

/** Code-unit order (ISO dates, names): no collation needed. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reports by article name, then place in the article. */
function compareOrigin(a: LedgerReport, b: LedgerReport): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start - b.range.start;
}

/** A short stable id of a thread's key (FNV-1a, base 36): the same undertaking keeps its id as articles change. */
function hashKey(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
