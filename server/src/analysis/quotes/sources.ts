// Sources: who is quoted, how often, directly or reported, and by kind of source (officials and
// governments, companies, experts and academics, citizens, others), read from the speaker's entity
// kind, its role and whose it is, and the words that describe it beside the attribution.
import { firstFrom } from './context';
import type { Analysis, Entity, Quote, SourceKind, SummarySource, SummarySources } from '../types';

const EXPERT =
  /\b(professor|economist|analyst|scientist|researcher|glaciologist|expert|academic|historian|lecturer|fellow|university|institute|school of|college|think tank|dr\.?)\b/i;
const OFFICIAL =
  /\b(minister|ministry|president|prime|secretary|mayor|governor|chancellor|senator|ambassador|envoy|diplomat|official|officials|councillor|council|commissioner|prosecutor|judge|police|coastguard|firefighters?|government|parliament|lawmaker|spokes(man|woman|person)|agency|authority|regulator|department|army|military|general|king|queen|court|office)\b/i;
const COMPANY =
  /\b(company|companies|firm|carmaker|airline|bank|chief executive|ceo|cfo|executive|chairman|chairwoman|founder|operator|group|corp|inc|ltd|plc|holdings|motors|energy|rail|terminals|foods|shares|investors)\b/i;
const ORG_OFFICIAL =
  /\b(ministry|government|council|agency|commission|parliament|office|department|police|army|authority|united nations|nato|court|senate|congress|kremlin|white house|health organization|world bank|union of)\b|^UN$|^EU$/i;
const ORG_OTHER = /\b(union|association|alliance|federation|foundation|red cross|greenpeace|amnesty|watch|club|church|party)\b/i;

const FIRST_WORDS = 12;
const DESCRIBING_TOKENS = 14;

function orgKind(org: Entity): SourceKind {
  if (ORG_OFFICIAL.test(org.name)) return 'official';
  if (EXPERT.test(org.name)) return 'expert';
  if (ORG_OTHER.test(org.name)) return 'other';
  return 'company';
}

/** The words describing a speaker beside its attribution ("Mei Lin Tan, an economist at ..."), up to the sentence's end. */
function describing(analysis: Analysis, q: Quote): string {
  if (!q.source) return '';
  const { tokens } = analysis;
  const lo = firstFrom(tokens, q.source.end);
  const words = [q.source.text];
  for (let i = lo; i < tokens.length && i < lo + DESCRIBING_TOKENS && !/^[.;!?"]$/.test(tokens[i].norm); i++) words.push(tokens[i].text);
  return words.join(' ');
}

/** The kind of source a quote's speaker is. */
export function sourceKind(analysis: Analysis, q: Quote, byId: Map<string, Entity>): SourceKind {
  const e = q.speaker ? byId.get(q.speaker) : undefined;
  if (e?.kind === 'country') return 'official';
  if (e?.kind === 'organization') return orgKind(e);
  const words = `${e?.role ?? ''} ${describing(analysis, q)}`;
  if (EXPERT.test(words)) return 'expert';
  if (OFFICIAL.test(words)) return 'official';
  if (COMPANY.test(words)) return 'company';
  const owner = e?.roleOf ? analysis.entities.find((x) => x.kind !== 'person' && x.name === e.roleOf) : undefined;
  if (owner) return owner.kind === 'organization' ? orgKind(owner) : 'official';
  return e ? (e.role ? 'other' : 'citizen') : 'other';
}

function firstWords(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')}…` : words.join(' ');
}

/** The digest's Sources. */
export function summarizeSources(analysis: Analysis): SummarySources {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const byKind: Record<SourceKind, number> = { official: 0, company: 0, expert: 0, citizen: 0, other: 0 };
  const rows = new Map<string, SummarySource>();
  const unnamed: SummarySource = { name: 'Unnamed sources', kind: 'other', quotes: 0, direct: 0, reported: 0, said: [] };
  for (const q of analysis.quotes) {
    const kind = sourceKind(analysis, q, byId);
    byKind[kind]++;
    const e = q.speaker ? byId.get(q.speaker) : undefined;
    let row = unnamed;
    if (e) {
      row = rows.get(e.id) ?? { id: e.id, name: e.name, kind, entityKind: e.kind, quotes: 0, direct: 0, reported: 0, said: [] };
      if (e.role !== undefined) row.role = e.role;
      rows.set(e.id, row);
    }
    row.quotes++;
    if (q.direct) row.direct++;
    else row.reported++;
    row.said.push({ id: q.id, text: firstWords(q.text), range: { ...q.range }, direct: q.direct });
  }
  const speakers = [...rows.values()].sort((a, b) => b.quotes - a.quotes || a.said[0].range.start - b.said[0].range.start);
  if (unnamed.quotes) speakers.push(unnamed);
  const direct = analysis.quotes.filter((q) => q.direct).length;
  return { quotes: analysis.quotes.length, direct, reported: analysis.quotes.length - direct, unnamed: unnamed.quotes, byKind, speakers };
}
