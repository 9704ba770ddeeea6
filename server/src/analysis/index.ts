// The analysis library's entry point: text → tokens → paragraphs → sentences → headline/dateline →
// entity spans → entities → times → commitments and stances → the user's corrections of them. Never
// throws on any input (except `Cancelled` when the caller asks to stop).
import { findCommitmentsAndStances } from './commitments';
import { applyCorrections } from './corrections';
import { buildEntities } from './entities';
import { getTagger, type NerSpan } from './ner';
import { findDateline, findHeadline, findTimes, splitParagraphs, splitSentences, tokenize } from './text';
import { Cancelled, type Analysis, type AnalyzeOptions, type Sentence, type Token } from './types';

export * from './types';
export { findCommitmentsAndStances } from './commitments';
export { buildEntities } from './entities';
export * as world from './entities/world';
export { getTagger, type NerSpan, type NerType } from './ner';
export { findDateline, findHeadline, findTimes, splitParagraphs, splitSentences, tokenize } from './text';
export { summarize, toJsonResult, toMarkdown } from './report';

/** Stages whose time `analyzeWithTimings` reports, in pipeline order. */
export type Stage = 'text' | 'ner' | 'entities' | 'commitments';
export type StageTimings = Record<Stage, number>;

/** Tokens per tagging batch: the tagger sees a whole article at once, huge texts in batches. */
const NER_BATCH_TOKENS = 50_000;

let taggerFailure: string | undefined;

/** Why entity tagging is unavailable (the model could not be loaded), if it is. */
export function taggerProblem(): string | undefined {
  return taggerFailure;
}

/** Runs one stage; an unexpected error gives its fallback, since the library throws nothing but `Cancelled`. */
function guarded<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof Cancelled) throw err;
    return fallback;
  }
}

function emptyAnalysis(text: string): Analysis {
  return { length: text.length, paragraphs: [], sentences: [], tokens: [], entities: [], commitments: [], stances: [], times: [] };
}

function tagSpans(tokens: Token[], sentences: Sentence[], cancelled: () => void): NerSpan[] {
  let tagger;
  try {
    tagger = getTagger();
  } catch (err) {
    taggerFailure = err instanceof Error ? err.message : String(err);
    return [];
  }
  if (tokens.length <= NER_BATCH_TOKENS) return tagger.tag(tokens, sentences);
  // Batches of whole sentences, re-based to the batch's first token.
  const spans: NerSpan[] = [];
  let i = 0;
  while (i < sentences.length) {
    cancelled();
    const base = sentences[i].firstToken;
    let j = i;
    while (j < sentences.length && sentences[j].endToken - base <= NER_BATCH_TOKENS) j++;
    if (j === i) j = i + 1;
    const end = sentences[j - 1].endToken;
    const batch = sentences.slice(i, j).map((s) => ({ ...s, firstToken: s.firstToken - base, endToken: s.endToken - base }));
    for (const s of tagger.tag(tokens.slice(base, end), batch)) {
      spans.push({ ...s, firstToken: s.firstToken + base, endToken: s.endToken + base });
    }
    i = j;
  }
  return spans;
}

/** `analyze`, with the milliseconds spent in each stage (for `npm run bench`). */
export function analyzeWithTimings(text: string, options: AnalyzeOptions = {}): { analysis: Analysis; timings: StageTimings } {
  const timings: StageTimings = { text: 0, ner: 0, entities: 0, commitments: 0 };
  if (typeof text !== 'string') text = '';
  if (!options || typeof options !== 'object') options = {};
  const isCancelled = typeof options.isCancelled === 'function' ? options.isCancelled : undefined;
  const cancelled = (): void => {
    if (isCancelled?.()) throw new Cancelled();
  };
  let t0 = performance.now();
  const lap = (stage: Stage): void => {
    const t1 = performance.now();
    timings[stage] += t1 - t0;
    t0 = t1;
  };
  cancelled();
  const analysis = emptyAnalysis(text);
  const layer = guarded(() => {
    const tokens = tokenize(text);
    const paragraphs = splitParagraphs(text);
    return { tokens, paragraphs, sentences: splitSentences(text, tokens, paragraphs) };
  }, undefined);
  if (!layer) return { analysis, timings };
  Object.assign(analysis, layer);
  const headline = guarded(() => findHeadline(text), undefined);
  if (headline) analysis.headline = headline;
  const dateline = guarded(() => findDateline(text, analysis.tokens), undefined);
  if (dateline) analysis.dateline = dateline;
  lap('text');
  cancelled();

  const spans = guarded(() => tagSpans(analysis.tokens, analysis.sentences, cancelled), []);
  lap('ner');
  cancelled();

  const layout = { headline: analysis.headline, dateline: analysis.dateline };
  analysis.entities = guarded(() => buildEntities(text, analysis.tokens, analysis.sentences, spans, options.userEntities, layout), []);
  lap('entities');
  cancelled();

  analysis.times = guarded(() => findTimes(text, analysis.tokens, analysis.sentences), []);
  lap('text');
  cancelled();

  const { tokens, sentences, entities, times } = analysis;
  const none = { commitments: [], stances: [] };
  const found = guarded(() => findCommitmentsAndStances({ text, tokens, sentences, entities, times }), none);
  const corrections = options.userEntities?.corrections;
  const corrected = corrections ? guarded(() => applyCorrections({ text, sentences, entities }, found, corrections), found) : found;
  analysis.commitments = corrected.commitments;
  analysis.stances = corrected.stances;
  lap('commitments');
  cancelled();
  return { analysis, timings };
}

/** Analyses one article. Throws only `Cancelled`, when `options.isCancelled` returns true. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWithTimings(text, options).analysis;
}
