// Quotes and sources: who said what. Direct quotes from paired quotation marks (marks.ts, direct.ts),
// reported speech from speech verbs (reported.ts), each speaker resolved to an entity through names,
// pronouns and titles (speaker.ts). Runs after the entities pass; linear in the text but for bounded
// look-backs. Every rule that fires is named in the quote's `why`.
import type { Quote } from '../types';
import type { Candidate } from './candidate';
import { Ctx, type QuoteInput } from './context';
import { directCandidate } from './direct';
import { pairMarks } from './marks';
import { blockedIndex, findReported } from './reported';
import { groupOf, speakerOf, type Memory } from './speaker';

export type { QuoteInput } from './context';

function directQuotes(ctx: Ctx, blocked: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of pairMarks(ctx.text, ctx.paragraphs)) {
    const c = directCandidate(ctx, m);
    if (!c) continue;
    out.push(c);
    const to = m.close !== undefined ? m.close + 1 : m.end;
    for (let i = ctx.tokenAt(m.open); i < ctx.tokens.length && ctx.tokens[i].start < to; i++) blocked[i] = true;
  }
  return out;
}

function resolve(ctx: Ctx, c: Candidate, previous: Quote | undefined, memory: Memory): Omit<Quote, 'id'> {
  const quote: Omit<Quote, 'id'> = { range: c.range, text: ctx.text.slice(c.range.start, c.range.end), direct: c.direct, why: [...c.why] };
  if (c.trigger) quote.trigger = c.trigger;
  if (c.speaker) {
    const s = speakerOf(ctx, c.speaker[0], c.speaker[1], memory);
    if (s.id) quote.speaker = s.id;
    if (s.source) quote.source = s.source;
    quote.why.push(...s.why);
  } else if (c.direct && previous && ctx.paragraphOf(c.range.start) - ctx.paragraphOf(previous.range.end) <= 1) {
    if (previous.speaker) quote.speaker = previous.speaker;
    if (previous.source) quote.source = previous.source;
    quote.why.push('quotes.speaker.continued');
  } else {
    quote.why.push('quotes.speaker.none');
  }
  const group = groupOf(ctx, quote.speaker);
  if (group.id && group.why) {
    quote.group = group.id;
    quote.why.push(group.why);
  }
  return quote;
}

/** Every quote of the text, in text order, each with its speaker when one is named. */
export function findQuotes(input: QuoteInput): Quote[] {
  const ctx = new Ctx(input);
  const blocked = new Array<boolean>(ctx.tokens.length).fill(false);
  const direct = directQuotes(ctx, blocked);
  const reported = findReported(ctx, blockedIndex(blocked));
  const candidates = [...direct, ...reported].sort((a, b) => a.range.start - b.range.start);
  const memory: Memory = { unnamedAt: -1, quoted: [] };
  const quotes: Quote[] = [];
  for (const c of candidates) {
    quotes.push({ id: `q${quotes.length + 1}`, ...resolve(ctx, c, quotes[quotes.length - 1], memory) });
    memory.quoted.push(c.range);
  }
  return quotes;
}

/** The quote whose words hold `offset` (the first such), by binary search over quotes in text order. */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].range.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) {
    const q = quotes[k];
    if (q.range.start <= offset && offset < q.range.end) return q;
  }
  return undefined;
}

/**
 * Who speaks at `offset`, for passes that give quoted words an actor: the speaker's entity, and the
 * organization or country "we"/"our" stand for there (the speaker's own, or the speaker when it is one).
 */
export function speakerAt(quotes: readonly Quote[], offset: number): { speaker?: string; group?: string } | undefined {
  const q = quoteAt(quotes, offset);
  if (!q) return undefined;
  return { ...(q.speaker ? { speaker: q.speaker } : {}), ...(q.group ? { group: q.group } : {}) };
}
