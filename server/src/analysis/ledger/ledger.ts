// The commitments ledger across articles. The same undertaking (same actors, same action words,
// same polarity) reported in several articles is one thread: first reported, last reaffirmed, how
// many articles. Badges: overdue (deadline past, and no later article reports it done), due soon
// (deadline within DUE_SOON_DAYS), done, negated, tentative. Pure: "today" is passed in.

import { parseIsoDay } from '../dates/days';
import type { ActorIndex } from './actors';
import type { ArticleRecord, LedgerBadge, LedgerReport, LedgerThread, RecordCommitment } from './types';
import { contentStems } from './words';

export const DUE_SOON_DAYS = 30;

interface Draft {
  thread: LedgerThread;
  stems: string[];
  actorIds: string[];
}

/** The ledger of every commitment in the records; `today` is an ISO date. */
export function buildLedger(records: readonly ArticleRecord[], actors: ActorIndex, today: string): LedgerThread[] {
  const names = new Map(actors.actors.map((a) => [a.id, a.name]));
  const drafts = new Map<string, Draft>();
  for (const r of records) {
    for (const c of r.commitments) {
      const actorIds = [...new Set(c.actors.map((id) => actors.actorOf(r.file, id)).filter((id): id is string => !!id))].sort();
      const stems = contentStems(c.time ? c.action.replace(c.time, ' ') : c.action);
      const key = `${actorIds.join(',')}|${c.negated ? '-' : '+'}|${[...stems].sort().join(' ')}`;
      let draft = drafts.get(key);
      if (!draft) {
        const thread: LedgerThread = {
          id: `t${drafts.size + 1}`,
          actors: actorIds.map((id) => ({ id, name: names.get(id) ?? id })),
          action: c.action,
          modality: c.modality,
          negated: c.negated,
          reports: [],
          badges: [],
        };
        drafts.set(key, (draft = { thread, stems, actorIds }));
      }
      draft.thread.reports.push(reportOf(r, c));
    }
  }
  const todayDay = parseIsoDay(today) ?? 0;
  const done = doneByActor(records, actors);
  const threads = [...drafts.values()].map((d) => finish(d, done, todayDay));
  threads.sort((a, b) => (a.deadline?.end ?? '9999').localeCompare(b.deadline?.end ?? '9999') || b.reports.length - a.reports.length);
  return threads;
}

function reportOf(r: ArticleRecord, c: RecordCommitment): LedgerReport {
  const report: LedgerReport = { file: r.file, commitment: c.id, range: c.range };
  if (r.date) report.date = r.date.date;
  if (c.time) report.time = c.time;
  if (c.deadline) report.deadline = c.deadline;
  return report;
}

/** Verbs that report any undertaking done ("completed the terminal"), as stems. */
const COMPLETION_VERBS = ['complet', 'finish', 'open', 'deliver', 'fulfil', 'fulfill', 'implement', 'launch', 'achiev', 'carri', 'conclud', 'inaugurat'];

interface DoneSentence {
  date: string;
  /** The sentence's stems between spaces, " hir worker port ", to find " worker " in. */
  stems: string;
}

/** Dated "done" sentences by actor id, then by the stem of a past-tense verb in them. */
type DoneIndex = Map<string, Map<string, DoneSentence[]>>;

function doneByActor(records: readonly ArticleRecord[], actors: ActorIndex): DoneIndex {
  const index: DoneIndex = new Map();
  for (const r of records) {
    if (!r.date) continue;
    for (const s of r.done) {
      if (!s.verbs) continue;
      const verbs = s.verbs.split(' ');
      const entry: DoneSentence = { date: r.date.date, stems: ` ${s.stems} ` };
      for (const id of new Set(s.actors.map((e) => actors.actorOf(r.file, e)))) {
        if (id === undefined) continue;
        let byVerb = index.get(id);
        if (!byVerb) index.set(id, (byVerb = new Map()));
        for (const v of verbs) {
          let list = byVerb.get(v);
          if (!list) byVerb.set(v, (list = []));
          list.push(entry);
        }
      }
    }
  }
  return index;
}

function finish(d: Draft, doneIndex: DoneIndex, today: number): LedgerThread {
  const t = d.thread;
  t.reports.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (a.file < b.file ? -1 : 1));
  const dated = t.reports.filter((r) => r.date);
  if (dated.length) {
    t.first = dated[0].date;
    t.last = dated[dated.length - 1].date;
  }
  const withDeadline = t.reports.filter((r) => r.deadline);
  if (withDeadline.length) t.deadline = withDeadline[withDeadline.length - 1].deadline;
  // The latest report decides the modality shown (a firm pledge reaffirmed after a tentative one).
  const badges: LedgerBadge[] = [];
  const done = t.first !== undefined && !t.negated && reportedDone(d, doneIndex, t.first);
  const end = t.deadline ? (parseIsoDay(t.deadline.end) ?? 0) : undefined;
  if (done) badges.push('done');
  else if (end !== undefined && end < today && !t.negated) badges.push('overdue');
  else if (end !== undefined && end - today <= DUE_SOON_DAYS && !t.negated) badges.push('due-soon');
  if (t.negated) badges.push('negated');
  if (t.modality === 'tentative') badges.push('tentative');
  t.badges = badges;
  return t;
}

/** A later article has a sentence naming one of the actors, with the action's verb (or one of completion) in the past tense and a word of its object. */
function reportedDone(d: Draft, doneIndex: DoneIndex, first: string): boolean {
  if (d.stems.length < 2) return false;
  const [head, ...object] = d.stems;
  for (const id of d.actorIds) {
    const byVerb = doneIndex.get(id);
    if (!byVerb) continue;
    for (const verb of [head, ...COMPLETION_VERBS]) {
      for (const s of byVerb.get(verb) ?? []) {
        if (s.date > first && object.some((w) => s.stems.includes(` ${w} `))) return true;
      }
    }
  }
  return false;
}
