// Direct quotes: quoted stretches that open a sentence (at a paragraph's start, after . ! ? or a
// colon, or after a speech verb: "Vogel said, “and now ..."), with the attribution right after the
// closing mark (“...,” she said / said Dubois) or right before the opening one (the Red Cross said:
// “...”). Quoted stretches inside a sentence are terms or partial quotes ("a “blank cheque”"), no quotes.
import type { TextSpan } from '../types';
import type { Candidate } from './candidate';
import type { Ctx } from './context';
import type { Marked } from './marks';
import { isQuoteMark, isSpeechVerb } from './verbs';

const STOPS = new Set(['.', '!', '?', ';']);

/** The opening mark starts a sentence of its own. */
export function opensSentence(ctx: Ctx, m: Marked): boolean {
  const para = ctx.paragraphs[ctx.paragraphOf(m.open)];
  let i = m.open - 1;
  while (para && i >= para.start && /\s/.test(ctx.text[i])) i--;
  if (!para || i < para.start) return true;
  const ch = ctx.text[i];
  if ('.!?:'.includes(ch)) return true;
  if (ch === '”' || ch === '"') return '.!?'.includes(ctx.text[i - 1] ?? '');
  const k = ctx.tokenAt(i + 1) - 1;
  return isSpeechVerb(ctx, ch === ',' ? k - 1 : k);
}

function verbIn(ctx: Ctx, a: number, b: number): number {
  for (let v = a; v < b; v++) if (isSpeechVerb(ctx, v)) return v;
  return -1;
}

function trigger(ctx: Ctx, v: number): TextSpan {
  const t = ctx.tokens[v];
  return { start: t.start, end: t.end, text: t.text };
}

/** The attribution after the closing mark: “...,” she said / said Dubois / Ruiz told reporters. */
function after(ctx: Ctx, m: Marked): Pick<Candidate, 'speaker' | 'trigger' | 'why'> | undefined {
  if (m.close === undefined) return undefined;
  let j = ctx.tokenAt(m.close + 1);
  const endedOpen = /[,?!—–-]/.test(ctx.text[m.close - 1] ?? '');
  if (ctx.word(j) === ',') j++;
  else if (!endedOpen && !/^\p{Ll}/u.test(ctx.tokens[j]?.norm ?? '')) return undefined;
  let e = j;
  const paraEnd = ctx.paragraphs[ctx.paragraphOf(m.close)]?.end ?? 0;
  while (e < ctx.tokens.length && e < j + 30 && !STOPS.has(ctx.word(e)) && !isQuoteMark(ctx.word(e)) && ctx.tokens[e].start < paraEnd) e++;
  const v = verbIn(ctx, j, e);
  if (v < 0) return undefined;
  const speaker: [number, number] = v === j ? [v + 1, e] : [j, v];
  return { speaker, trigger: trigger(ctx, v), why: [v === j ? 'quotes.speaker.after-inverted' : 'quotes.speaker.after'] };
}

/** The attribution before the opening mark: the Red Cross said: “...” / Vogel said, “and ...”. */
function before(ctx: Ctx, m: Marked): Pick<Candidate, 'speaker' | 'trigger' | 'why'> | undefined {
  const k = ctx.tokenAt(m.open);
  let e = k;
  if (ctx.word(e - 1) === ':' || ctx.word(e - 1) === ',') e--;
  const paraStart = ctx.paragraphs[ctx.paragraphOf(m.open)]?.start ?? 0;
  let a = e;
  while (a > 0 && a > e - 30 && !STOPS.has(ctx.word(a - 1)) && !isQuoteMark(ctx.word(a - 1)) && ctx.tokens[a - 1].start >= paraStart) a--;
  let v = -1;
  for (let i = e - 1; i >= a && v < 0; i--) if (isSpeechVerb(ctx, i)) v = i;
  if (v < 0) return undefined;
  const speaker: [number, number] = v > a ? [a, v] : [v + 1, e];
  return { speaker, trigger: trigger(ctx, v), why: [ctx.word(k - 1) === ':' ? 'quotes.speaker.colon' : 'quotes.speaker.before'] };
}

/** A direct quote candidate for a quoted stretch, or nothing for a term or partial quote. */
export function directCandidate(ctx: Ctx, m: Marked): Candidate | undefined {
  if (m.end <= m.start || !opensSentence(ctx, m)) return undefined;
  const why = ['quotes.direct.marks'];
  if (m.continued) why.push('quotes.direct.paragraphs');
  if (m.close === undefined) why.push('quotes.direct.unclosed');
  const attribution = after(ctx, m) ?? before(ctx, m);
  const range = { start: m.start, end: m.end };
  if (!attribution) return { range, direct: true, why };
  return { range, direct: true, speaker: attribution.speaker, trigger: attribution.trigger, why: [...why, ...attribution.why] };
}
