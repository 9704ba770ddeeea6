// What the analysis looks like to people and programs: the CLI's JSON result, the Markdown brief,
// and the Summary digest (the summary panel, `newsLens/summary`).
import * as world from './entities/world';
import { POSSESSIVE } from './lexicon/common';
import { md } from './markdown';
import { plural } from '../../../shared/format';
import { SOURCE_KIND_LABELS } from './quotes/labels';
import { summarizeSources } from './quotes/sources';
import type {
  Analysis,
  Commitment,
  Entity,
  EntityKind,
  EntityRef,
  Quote,
  Rejection,
  SourceKind,
  Span,
  Stance,
  Summary,
  SummaryEntity,
  TextSpan,
} from './types';

/** The CLI's objects carry exactly the fields of the analysis types (a commitment without its action's range). */
export type JsonEntity = Entity;
export type JsonCommitment = Omit<Commitment, 'actionRange'>;
export type JsonStance = Stance;
/** A quote without the ids of the rules that found it. */
export type JsonQuote = Omit<Quote, 'why'>;

/** One file's result in the CLI's JSON array. */
export interface JsonResult {
  file: string;
  error?: string;
  entities: JsonEntity[];
  commitments: JsonCommitment[];
  stances: JsonStance[];
  quotes: JsonQuote[];
  /** With `explain`: the commitment candidates rules turned down. */
  rejected?: Rejection[];
}

export interface JsonOptions {
  /** Adds `why` (rule ids) to every entity, commitment and stance, and the `rejected` list. */
  explain?: boolean;
}

const textSpan = (s: TextSpan): TextSpan => ({ start: s.start, end: s.end, text: s.text });
const span = (s: Span): Span => ({ start: s.start, end: s.end });

/** The CLI's JSON object for one analysed file: exactly the fields issues 2 and 3 list (and `why` with `explain`). */
export function toJsonResult(file: string, analysis: Analysis, options: JsonOptions = {}): JsonResult {
  const why = (item: { why?: string[] }): { why?: string[] } => (options.explain ? { why: [...(item.why ?? [])] } : {});
  const result: JsonResult = {
    file,
    entities: analysis.entities.map((e) => {
      return {
        id: e.id,
        kind: e.kind,
        name: e.name,
        aliases: [...e.aliases],
        ...(e.role !== undefined ? { role: e.role } : {}),
        ...(e.roleOf !== undefined ? { roleOf: e.roleOf } : {}),
        mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, form: m.form })),
        ...why(e),
      };
    }),
    commitments: analysis.commitments.map((c) => {
      const out: JsonCommitment = {
        id: c.id,
        actors: [...c.actors],
        trigger: textSpan(c.trigger),
        action: c.action,
        range: span(c.range),
        modality: c.modality,
        negated: c.negated,
      };
      if (c.time) out.time = textSpan(c.time);
      if (c.deadline) out.deadline = { start: c.deadline.start, end: c.deadline.end };
      if (c.target && c.target.length) out.target = [...c.target];
      return Object.assign(out, why(c));
    }),
    stances: analysis.stances.map((s) => ({
      id: s.id,
      type: s.type,
      holders: [...s.holders],
      targets: [...s.targets],
      trigger: textSpan(s.trigger),
      range: span(s.range),
      ...why(s),
    })),
    quotes: analysis.quotes.map(jsonQuote),
  };
  if (options.explain) result.rejected = (analysis.rejected ?? []).map((r) => ({ rule: r.rule, trigger: textSpan(r.trigger) }));
  return result;
}

function jsonQuote(q: Quote): JsonQuote {
  const out: JsonQuote = { id: q.id, range: span(q.range), text: q.text, direct: q.direct };
  if (q.speaker) out.speaker = q.speaker;
  if (q.group) out.group = q.group;
  if (q.source) out.source = textSpan(q.source);
  if (q.trigger) out.trigger = textSpan(q.trigger);
  return out;
}

/** The result for a file that could not be analysed. */
export function errorResult(file: string, error: string): JsonResult {
  return { file, error, entities: [], commitments: [], stances: [], quotes: [] };
}

// ---------------------------------------------------------------------------------------------
// Summary

/** Salience weights: each mention counts 1; an early first mention up to EARLY; each part in a
 * commitment or stance adds PART. */
const EARLY = 3;
const PART = 2;

function refs(ids: readonly string[], byId: Map<string, Entity>): EntityRef[] {
  const out: EntityRef[] = [];
  for (const id of ids) {
    const e = byId.get(id);
    if (e) out.push({ id, name: e.name });
  }
  return out;
}

/** Nouns of "the Kenyan port of Mombasa". */
const PLACE_NOUNS = new Set([
  'port',
  'city',
  'town',
  'village',
  'capital',
  'region',
  'province',
  'state',
  'island',
  'islands',
  'county',
  'district',
  'resort',
  'harbour',
  'harbor',
  'enclave',
  'territory',
]);

/** The country a place lies in: world knowledge, else the text ("Japan's Okinawa", "Osaka, Japan"). */
function countryOfPlace(place: Entity, analysis: Analysis, countryAt: Map<number, Entity>): string | undefined {
  const known = world.countryOfPlace(place.name);
  if (known) return known.name;
  const { tokens } = analysis;
  // Token index by start offset, only around this place's mentions.
  for (const m of place.mentions) {
    const i = tokenIndexAt(tokens, m.start);
    if (i < 0) continue;
    // "Japan 's Okinawa Prefecture"
    if (i >= 2 && POSSESSIVE.has(tokens[i - 1].norm)) {
      const c = countryAt.get(tokens[i - 2].end);
      if (c) return c.name;
    }
    // "the Kenyan port of Mombasa", "Japan's city of Osaka"
    if (i >= 3 && tokens[i - 1].norm === 'of' && PLACE_NOUNS.has(tokens[i - 2].norm.toLowerCase())) {
      const c = countryAt.get(tokens[i - 3].end) ?? (i >= 4 && POSSESSIVE.has(tokens[i - 3].norm) ? countryAt.get(tokens[i - 4].end) : undefined);
      if (c) return c.name;
    }
    // "Osaka , Japan"
    const j = tokenIndexAt(tokens, m.end, true);
    if (j >= 0 && j + 2 < tokens.length && tokens[j + 1].norm === ',') {
      const c = countryAt.get(tokens[j + 2].end);
      if (c && c.mentions.some((cm) => cm.start === tokens[j + 2].start)) return c.name;
    }
  }
  return undefined;
}

/** Index of the token starting (or, with `byEnd`, ending) at offset `at`, by binary search; -1 if none. */
function tokenIndexAt(tokens: Analysis['tokens'], at: number, byEnd = false): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = byEnd ? tokens[mid].end : tokens[mid].start;
    if (v === at) return mid;
    if (v < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The article's structured digest. */
export function summarize(file: string, analysis: Analysis): Summary {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const parts = new Map<string, number>();
  const bump = (id: string): void => {
    parts.set(id, (parts.get(id) ?? 0) + 1);
  };
  for (const c of analysis.commitments) for (const id of new Set([...c.actors, ...(c.target ?? [])])) bump(id);
  for (const s of analysis.stances) for (const id of new Set([...s.holders, ...s.targets])) bump(id);
  const length = Math.max(1, analysis.length);

  const toSummary = (e: Entity): SummaryEntity => {
    const first = e.mentions[0] ?? { start: 0, end: 0 };
    const early = EARLY * (1 - Math.min(1, first.start / length));
    const salience = Math.round((e.mentions.length + early + PART * (parts.get(e.id) ?? 0)) * 100) / 100;
    const out: SummaryEntity = {
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: [...e.aliases],
      mentions: e.mentions.length,
      first: { start: first.start, end: first.end },
      salience,
    };
    if (e.role !== undefined) out.role = e.role;
    if (e.roleOf !== undefined) out.roleOf = e.roleOf;
    return out;
  };
  const bySalience = (a: SummaryEntity, b: SummaryEntity): number => b.salience - a.salience || a.first.start - b.first.start;
  const ofKind = (kind: EntityKind): SummaryEntity[] =>
    analysis.entities
      .filter((e) => e.kind === kind)
      .map(toSummary)
      .sort(bySalience);

  // Country mentions by end offset, to read "Japan's Okinawa Prefecture".
  const countryAt = new Map<number, Entity>();
  for (const e of analysis.entities) if (e.kind === 'country') for (const m of e.mentions) countryAt.set(m.end, e);
  const groups = new Map<string, SummaryEntity[]>();
  for (const e of analysis.entities) {
    if (e.kind !== 'place') continue;
    const key = countryOfPlace(e, analysis, countryAt) ?? '';
    const list = groups.get(key) ?? [];
    list.push(toSummary(e));
    groups.set(key, list);
  }
  const places = [...groups.entries()]
    .map(([country, list]) => {
      list.sort(bySalience);
      return country ? { country, places: list } : { places: list };
    })
    .sort((a, b) => {
      if (!a.country !== !b.country) return a.country ? -1 : 1;
      return b.places[0].salience - a.places[0].salience;
    });

  const people = ofKind('person');
  const organizations = ofKind('organization');
  const countries = ofKind('country');
  const summary: Summary = {
    file,
    counts: {
      people: people.length,
      organizations: organizations.length,
      countries: countries.length,
      places: places.reduce((n, g) => n + g.places.length, 0),
      commitments: analysis.commitments.length,
      stances: analysis.stances.length,
    },
    people,
    organizations,
    countries,
    places,
    commitments: analysis.commitments.map((c) => {
      const out: Summary['commitments'][number] = {
        id: c.id,
        actors: refs(c.actors, byId),
        trigger: textSpan(c.trigger),
        action: c.action,
        range: span(c.range),
        modality: c.modality,
        negated: c.negated,
        target: refs(c.target ?? [], byId),
      };
      if (c.time) out.time = textSpan(c.time);
      if (c.deadline) out.deadline = { start: c.deadline.start, end: c.deadline.end };
      return out;
    }),
    stances: analysis.stances.map((s) => ({
      id: s.id,
      type: s.type,
      holders: refs(s.holders, byId),
      targets: refs(s.targets, byId),
      trigger: textSpan(s.trigger),
      range: span(s.range),
    })),
    times: analysis.times.map((t) => ({ ...t })),
    sources: summarizeSources(analysis),
  };
  if (analysis.headline) summary.headline = textSpan(analysis.headline);
  if (analysis.dateline) {
    const d = analysis.dateline;
    summary.dateline = { place: d.place.text, range: span(d) };
    if (d.date) summary.dateline.date = d.date.text;
  }
  return summary;
}

// ---------------------------------------------------------------------------------------------
// Markdown

function names(list: EntityRef[]): string {
  return list.length ? list.map((r) => md(r.name)).join(', ') : 'unknown';
}

function entityLine(e: SummaryEntity): string {
  let line = `- **${md(e.name)}**`;
  if (e.role) line += ` — ${md(e.role)}${e.roleOf ? `, ${md(e.roleOf)}` : ''}`;
  const also = e.aliases.length ? `; also ${e.aliases.map((a) => `“${md(a)}”`).join(', ')}` : '';
  return `${line} (${e.mentions} mention${e.mentions === 1 ? '' : 's'}${also})`;
}

function whoSaidWhat(s: Summary): string[] {
  const src = s.sources;
  if (!src.quotes) return [];
  const kinds = (Object.keys(src.byKind) as SourceKind[]).filter((k) => src.byKind[k]).map((k) => `${src.byKind[k]} ${SOURCE_KIND_LABELS[k]}`);
  const lines = [`${src.quotes} quotes (${src.direct} direct, ${src.reported} reported; ${src.unnamed} without a named source): ${kinds.join(', ')}.`, ''];
  for (const row of src.speakers) {
    const who = row.id ? `**${md(row.name)}**${row.role ? ` — ${md(row.role)}` : ''}` : `*${md(row.name)}*`;
    lines.push(`- ${who} (${row.quotes}: ${row.direct} direct, ${row.reported} reported)`);
    for (const q of row.said) lines.push(`  - ${q.direct ? `“${md(q.text)}”` : md(q.text)}`);
  }
  return lines;
}

/** The readable brief (CLI `--format markdown`, the panel's export). */
export function toMarkdown(file: string, analysis: Analysis): string {
  const s = summarize(file, analysis);
  const out: string[] = [];
  out.push(`# ${s.headline ? md(s.headline.text) : md(file)}`, '');
  if (s.headline) out.push(`*${md(file)}*`, '');
  if (s.dateline) out.push(`**Dateline:** ${md(s.dateline.place)}${s.dateline.date ? `, ${md(s.dateline.date)}` : ''}`, '');
  const c = s.counts;
  out.push(
    `${plural(c.people, 'person', 'people')}, ${plural(c.organizations, 'organization')}, ${plural(c.countries, 'country', 'countries')}, ` +
      `${plural(c.places, 'place')}; ${plural(c.commitments, 'commitment')}, ${plural(c.stances, 'stance')}.`,
    '',
  );
  const section = (title: string, lines: string[]): void => {
    if (lines.length === 0) return;
    out.push(`## ${title}`, '', ...lines, '');
  };
  section('People', s.people.map(entityLine));
  section('Organizations', s.organizations.map(entityLine));
  section('Countries', s.countries.map(entityLine));
  section(
    'Places',
    s.places.flatMap((g) => [`- ${g.country ? md(g.country) : 'Elsewhere'}: ${g.places.map((p) => md(p.name)).join(', ')}`]),
  );
  section(
    'Commitments',
    s.commitments.map((k) => {
      const flags = [k.modality, ...(k.negated ? ['negated'] : [])].join(', ');
      const time = k.time ? ` — ${md(k.time.text)}` : '';
      const target = k.target.length ? ` (to ${names(k.target)})` : '';
      // "agreed to: ..." when the text says so.
      const j = tokenIndexAt(analysis.tokens, k.trigger.end, true);
      const next = j >= 0 ? analysis.tokens[j + 1] : undefined;
      const verb = k.trigger.text + (next && next.norm.toLowerCase() === 'to' ? ' to' : '');
      return `- ${names(k.actors)} — ${md(verb)}: ${md(k.action)}${target}${time} (${flags})`;
    }),
  );
  section(
    'Stances',
    s.stances.map((k) => `- ${names(k.holders)} — ${k.type}${k.targets.length ? ` → ${names(k.targets)}` : ''} (“${md(k.trigger.text)}”)`),
  );
  section('Who said what', whoSaidWhat(s));
  section(
    'When',
    s.times.map((t) => `- ${md(t.text)}${t.value ? ` (${md(t.value)})` : ''}`),
  );
  return out.join('\n').replace(/\n+$/, '\n');
}
