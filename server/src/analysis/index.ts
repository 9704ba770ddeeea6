// The analysis library's entry point: text → tokens → paragraphs → sentences → headline/dateline →
// entity spans → entities → times → quotes → commitments and stances → the user's corrections of
// them → dates. Passes that ask who does what get a sentence's parse on demand (parses.ts).
// `createAnalyzer` is given everything from outside (the models' bytes, extra world knowledge, a
// logger): the library reads no
// file and keeps no module state. An analysis never throws on any input (except `Cancelled` when the
// caller asks to stop); a stage that fails is recorded in `analysis.problems` and logged.
import { findCommitmentsAndStances } from './commitments';
import { resolveDates } from './dates';
import { applyCorrections } from './corrections';
import { buildEntities } from './entities';
import { createTagger, type NerSpan, type Tagger } from './ner';
import { parseCache } from './parses';
import { findQuotes } from './quotes';
import { createParser, type SyntaxParser } from './syntax';
import { findDateline, findHeadline, findTimes, splitParagraphs, splitSentences, tokenize } from './text';
import { Cancelled, type Analysis, type AnalyzeOptions, type Sentence, type Token, type UserEntities, type UserEntity } from './types';

export * from './types';
export { findCommitmentsAndStances } from './commitments';
export { buildEntities } from './entities';
export { findArticleDate, resolveDates, resolveTime } from './dates';
export * as world from './entities/world';
export { createTagger, type NerSpan, type NerType, type Tagger } from './ner';
export { MAX_PARSE_TOKENS, NO_PARSES, parseCache, type Parses } from './parses';
export { createParser, type ParsedSentence, type SyntaxParser } from './syntax';
export { findQuotes, quoteAt, speakerAt } from './quotes';
export { findDateline, findHeadline, findTimes, splitParagraphs, splitSentences, tokenize } from './text';
export { summarize, toJsonResult, toMarkdown } from './report';
export { explainCommitment, explainEntity, explainStance, toExplanation, whyText } from './explain';

/** Stages whose time `analyzeWithTimings` reports, in pipeline order. */
export type Stage = 'text' | 'ner' | 'entities' | 'quotes' | 'commitments' | 'syntax';
export type StageTimings = Record<Stage, number>;

export interface AnalyzerOptions {
  /**
   * The NER model's bytes (`models/ner.bin`). When they are not a model, names come from world
   * knowledge only and every analysis says so in `problems`.
   */
  model: Uint8Array;
  /**
   * The syntax model's bytes (`models/syntax.bin`). Absent: no sentence is parsed and the passes
   * keep to their word rules; bytes that are not a model: the same, and every analysis says so.
   */
  syntax?: Uint8Array;
  /** Knowledge for every article, in the shape of `.newslens.json`; each call's user entities come after it. */
  world?: UserEntities;
  /** Told each problem as it happens (the model that would not load, a stage that failed). */
  logger?: (message: string) => void;
}

export interface Analyzer {
  /** Analyses one article. Throws only `Cancelled`, when `options.isCancelled` returns true. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** `analyze`, with the milliseconds spent in each stage (for `npm run bench`). */
  analyzeWithTimings(text: string, options?: AnalyzeOptions): { analysis: Analysis; timings: StageTimings };
}

/** Tokens per tagging batch: the tagger sees a whole article at once, huge texts in batches. */
const NER_BATCH_TOKENS = 50_000;

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function emptyAnalysis(text: string): Analysis {
  return { length: text.length, paragraphs: [], sentences: [], tokens: [], entities: [], commitments: [], stances: [], times: [], quotes: [], problems: [] };
}

function tagSpans(tagger: Tagger, tokens: Token[], sentences: Sentence[], cancelled: () => void): NerSpan[] {
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

const asList = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The analyzer's world knowledge followed by the call's user entities (either may be absent or malformed). */
function withWorld(world: UserEntities | undefined, user: UserEntities | undefined): UserEntities | undefined {
  if (!world) return user;
  const given = user && typeof user === 'object' ? user : {};
  return {
    entities: [...asList<UserEntity>(world.entities), ...asList<UserEntity>(given.entities)],
    ignore: [...asList<string>(world.ignore), ...asList<string>(given.ignore)],
  };
}

/** The tagger over the model's bytes, or why there is none. */
function loadTagger(model: Uint8Array): { tagger: Tagger } | { problem: string } {
  try {
    if (!(model instanceof Uint8Array)) throw new Error('no model given');
    return { tagger: createTagger(model) };
  } catch (err) {
    return { problem: `the entity tagger is unavailable (${message(err)}); names come from world knowledge only` };
  }
}

/** The parser over the syntax model's bytes, nothing when none were given, or why there is none. */
function loadParser(bytes: Uint8Array | undefined): { parser?: SyntaxParser } | { problem: string } {
  if (bytes === undefined) return {};
  try {
    if (!(bytes instanceof Uint8Array)) throw new Error('no model given');
    return { parser: createParser(bytes) };
  } catch (err) {
    return { problem: `the syntax parser is unavailable (${message(err)}); the passes keep to their word rules` };
  }
}

/** An analyzer over one model: create it once, analyse many articles. */
export function createAnalyzer(config: AnalyzerOptions): Analyzer {
  const logger = typeof config?.logger === 'function' ? config.logger : undefined;
  const log = (text: string): void => {
    try {
      logger?.(text);
    } catch {
      // A logger that fails must not fail the analysis; the problem is still in `problems`.
    }
  };
  const loaded = loadTagger(config?.model);
  if ('problem' in loaded) log(loaded.problem);
  const syntax = loadParser(config?.syntax);
  if ('problem' in syntax) log(syntax.problem);
  const world = config?.world;

  function analyzeWithTimings(text: string, options: AnalyzeOptions = {}): { analysis: Analysis; timings: StageTimings } {
    const timings: StageTimings = { text: 0, ner: 0, entities: 0, quotes: 0, commitments: 0, syntax: 0 };
    if (typeof text !== 'string') text = '';
    if (!options || typeof options !== 'object') options = {};
    const isCancelled = typeof options.isCancelled === 'function' ? options.isCancelled : undefined;
    const cancelled = (): void => {
      if (isCancelled?.()) throw new Cancelled();
    };
    let t0 = performance.now();
    let parses = parseCache(undefined, [], []);
    let parsed = 0;
    /** Ends a stage; the time its passes spent parsing counts as the syntax stage's. */
    const lap = (stage: Stage): void => {
      const t1 = performance.now();
      timings.syntax += parses.ms - parsed;
      timings[stage] += t1 - t0 - (parses.ms - parsed);
      parsed = parses.ms;
      t0 = t1;
      cancelled();
    };
    const analysis = emptyAnalysis(text);
    /** Runs one stage; an unexpected error gives its fallback and a problem, since the library throws nothing but `Cancelled`. */
    const guarded = <T>(stage: string, run: () => T, fallback: T): T => {
      try {
        return run();
      } catch (err) {
        if (err instanceof Cancelled) throw err;
        const problem = `${stage} failed: ${message(err)}`;
        analysis.problems.push(problem);
        log(problem);
        return fallback;
      }
    };
    cancelled();
    const layer = guarded(
      'text layer',
      () => {
        const tokens = tokenize(text);
        const paragraphs = splitParagraphs(text);
        return { tokens, paragraphs, sentences: splitSentences(text, tokens, paragraphs) };
      },
      undefined,
    );
    if (!layer) return { analysis, timings };
    Object.assign(analysis, layer);
    parses = parseCache('parser' in syntax ? syntax.parser : undefined, analysis.tokens, analysis.sentences);
    const headline = guarded('headline', () => findHeadline(text), undefined);
    if (headline) analysis.headline = headline;
    const dateline = guarded('dateline', () => findDateline(text, analysis.tokens), undefined);
    if (dateline) analysis.dateline = dateline;
    lap('text');

    if ('problem' in loaded) analysis.problems.push(loaded.problem);
    if ('problem' in syntax) analysis.problems.push(syntax.problem);
    const spans = 'tagger' in loaded ? guarded('entity tagging', () => tagSpans(loaded.tagger, analysis.tokens, analysis.sentences, cancelled), []) : [];
    lap('ner');

    const layout = { headline: analysis.headline, dateline: analysis.dateline };
    const user = withWorld(world, options.userEntities);
    analysis.entities = guarded('entities', () => buildEntities(text, analysis.tokens, analysis.sentences, spans, user, layout), []);
    lap('entities');

    analysis.times = guarded('times', () => findTimes(text, analysis.tokens, analysis.sentences), []);
    lap('text');

    // Quotes before commitments, so that a commitment inside a quote can take its speaker (speakerAt).
    const { tokens, sentences, paragraphs, entities, times } = analysis;
    const datelineEnd = analysis.dateline?.end;
    analysis.quotes = guarded('quotes', () => findQuotes({ text, tokens, sentences, paragraphs, entities, datelineEnd }), []);
    lap('quotes');

    const found = guarded('commitments', () => findCommitmentsAndStances({ text, tokens, sentences, entities, times, quotes: analysis.quotes, parses }), {
      commitments: [],
      stances: [],
      rejected: [],
    });
    const corrections = options.userEntities?.corrections;
    const corrected = corrections ? guarded('corrections', () => applyCorrections({ text, sentences, entities }, found, corrections), found) : found;
    analysis.commitments = corrected.commitments;
    analysis.stances = corrected.stances;
    analysis.rejected = found.rejected;
    guarded('dates', () => resolveDates(text, analysis, options.article ?? {}), undefined);
    lap('commitments');
    return { analysis, timings };
  }

  return {
    analyze: (text, options) => analyzeWithTimings(text, options).analysis,
    analyzeWithTimings,
  };
}
