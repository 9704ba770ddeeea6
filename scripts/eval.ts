// Scores entity recognition on a CoNLL-format file, conlleval-style (exact spans; P/R/F1 per type;
// micro over PER/LOC/ORG, MISC shown apart), in two modes:
//  - tagger: the file's own tokens and sentences go straight to the tagger;
//  - pipeline: each document's text is rebuilt (words joined by spaces, sentences by blank lines)
//    and run through analyze(); the entities' name mentions are mapped back to the file's words
//    (person -> PER, organization -> ORG, country and place -> LOC; demonyms and references
//    excluded), so this scores what the app shows.
//
//   npm run eval -- FILE.conll [--model models/ner.bin] [--repeat N] [--tagger-only] [--diff]
//
// --model scores another model file, in both modes (the pipeline's tagger becomes that model).
// --repeat N tags the file N times and reports the speed of the last run (after JIT warm-up).
// Speeds are CPU time of this process. --diff lists, sentence by sentence, the P/L/O spans where
// the pipeline differs from the gold while the tagger alone got them right (the entities stage's
// errors), with the tagger's and the pipeline's spans.

import { readFileSync } from 'node:fs';
import type { EntityKind, Sentence, Token } from '../server/src/analysis/types';
import { parseConll, SpanScore, type ConllDocument } from '../server/src/analysis/ner/conll';
import { createTagger, spansFromLabels, type NerSpan, type NerType, type Tagger } from '../server/src/analysis/ner/index';
import { createAnalyzer, type Analyzer } from '../server/src/analysis/index';
import { modelPath, readModel } from '../server/src/model';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : undefined;
}

/** The document's text (words joined by spaces, sentences by blank lines) with its tokens and sentences. */
function documentInput(doc: ConllDocument): { text: string; tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  for (let s = 0; s < doc.sentStart.length; s++) {
    if (s > 0) text += '\n\n';
    const sentenceStart = text.length;
    for (let i = doc.sentStart[s]; i < doc.sentEnd[s]; i++) {
      if (i > doc.sentStart[s]) text += ' ';
      const w = doc.words[i];
      const start = text.length;
      text += w;
      const kind = /^\p{L}/u.test(w) ? 'word' : /^\d/.test(w) ? 'number' : /^[\p{P}]/u.test(w) ? 'punct' : 'symbol';
      tokens.push({ start, end: text.length, text: w, norm: w, kind, spaceBefore: true });
    }
    sentences.push({ start: sentenceStart, end: text.length, firstToken: doc.sentStart[s], endToken: doc.sentEnd[s], paragraph: s });
  }
  return { text, tokens, sentences };
}

const KIND_TYPE: Record<EntityKind, NerType> = { person: 'PER', organization: 'ORG', country: 'LOC', place: 'LOC' };

/** The app's name mentions in one document as spans over its words (words overlapping the mention). */
function pipelineSpans(analyzer: Analyzer, text: string, words: readonly Token[]): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const entity of analyzer.analyze(text).entities) {
    for (const m of entity.mentions) {
      if (m.form !== 'name') continue;
      let first = 0;
      while (first < words.length && words[first].end <= m.start) first++;
      let end = first;
      while (end < words.length && words[end].start < m.end) end++;
      if (end > first) spans.push({ firstToken: first, endToken: end, type: KIND_TYPE[entity.kind] });
    }
  }
  return spans;
}

const MAIN_TYPES: readonly NerType[] = ['PER', 'LOC', 'ORG'];

/**
 * Prints one document's sentences where the pipeline has a P/L/O span the gold lacks that the
 * tagger did not have, or misses a gold span the tagger found; returns those two counts.
 */
function printDiff(doc: ConllDocument, taggerSpans: readonly NerSpan[], pipeSpans: readonly NerSpan[]): { fp: number; fn: number } {
  const key = (s: NerSpan): string => `${s.firstToken}:${s.endToken}:${s.type}`;
  const main = (spans: readonly NerSpan[]): NerSpan[] => spans.filter((sp) => MAIN_TYPES.includes(sp.type));
  const gold = main(spansFromLabels(doc.gold, doc.gold.length));
  const goldKeys = new Set(gold.map(key));
  const taggerKeys = new Set(main(taggerSpans).map(key));
  const pipeKeys = new Set(main(pipeSpans).map(key));
  const show = (sp: NerSpan): string => `${sp.type}[${doc.words.slice(sp.firstToken, sp.endToken).join(' ')}]`;
  let fp = 0;
  let fn = 0;
  for (let s = 0; s < doc.sentStart.length; s++) {
    const a = doc.sentStart[s];
    const b = doc.sentEnd[s];
    const inside = (sp: NerSpan): boolean => sp.firstToken >= a && sp.firstToken < b;
    const wrong = main(pipeSpans).filter((sp) => inside(sp) && !goldKeys.has(key(sp)) && !taggerKeys.has(key(sp)));
    const lost = gold.filter((sp) => inside(sp) && taggerKeys.has(key(sp)) && !pipeKeys.has(key(sp)));
    if (!wrong.length && !lost.length) continue;
    fp += wrong.length;
    fn += lost.length;
    console.log(`> ${doc.words.slice(a, b).join(' ')}`);
    console.log(`  gold:     ${gold.filter(inside).map(show).join(' ')}`);
    console.log(`  tagger:   ${main(taggerSpans).filter(inside).map(show).join(' ')}`);
    console.log(`  pipeline: ${main(pipeSpans).filter(inside).map(show).join(' ')}`);
    console.log(`  added ${wrong.map(show).join(' ') || '-'}; lost ${lost.map(show).join(' ') || '-'}`);
  }
  return { fp, fn };
}

function cpuMicros(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

function main(): void {
  const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npm run eval -- FILE.conll [--model models/ner.bin] [--repeat N] [--tagger-only] [--diff]');
    process.exit(2);
  }
  const modelFile = arg('model');
  const t0 = process.hrtime.bigint();
  const model = readModel((problem) => {
    throw new Error(problem);
  }, modelFile ?? modelPath());
  const tagger: Tagger = createTagger(model);
  const analyzer = createAnalyzer({ model });
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`model loaded in ${loadMs.toFixed(0)} ms`);
  for (const file of files) {
    const docs = parseConll(readFileSync(file, 'utf8'));
    const inputs = docs.map(documentInput);
    const score = new SpanScore();
    const repeat = Math.max(1, Number(arg('repeat') ?? 1));
    for (let r = 1; r < repeat; r++) for (const input of inputs) tagger.tag(input.tokens, input.sentences);
    let chars = 0;
    // CPU time, not wall time: the machine may be shared.
    let micros = 0;
    const taggerSpans: NerSpan[][] = [];
    docs.forEach((doc, d) => {
      const { text, tokens, sentences } = inputs[d];
      chars += text.length;
      const start = process.cpuUsage();
      const spans = tagger.tag(tokens, sentences);
      micros += cpuMicros(start);
      taggerSpans.push(spans);
      // Score sentence by sentence, as conlleval does.
      let k = 0;
      for (let s = 0; s < doc.sentStart.length; s++) {
        const a = doc.sentStart[s];
        const b = doc.sentEnd[s];
        const predicted = [];
        while (k < spans.length && spans[k].firstToken < b) {
          const sp = spans[k++];
          predicted.push({ ...sp, firstToken: sp.firstToken - a, endToken: Math.min(sp.endToken, b) - a });
        }
        score.add(spansFromLabels(doc.gold.subarray(a, b), b - a), predicted);
      }
    });
    const seconds = micros / 1e6;
    console.log(score.report(`${file} — tagger (${docs.length} documents)`));
    console.log(`  tagger speed: ${(chars / 1e6 / seconds).toFixed(2)} MB/s of CPU time (${chars} chars in ${(seconds * 1000).toFixed(0)} ms)`);
    if (process.argv.includes('--tagger-only')) continue;

    const pipeline = new SpanScore();
    let pipelineMicros = 0;
    const diff = { fp: 0, fn: 0 };
    docs.forEach((doc, d) => {
      const { text, tokens } = inputs[d];
      const start = process.cpuUsage();
      const spans = pipelineSpans(analyzer, text, tokens);
      pipelineMicros += cpuMicros(start);
      pipeline.add(spansFromLabels(doc.gold, doc.gold.length), spans);
      if (process.argv.includes('--diff')) {
        const counts = printDiff(doc, taggerSpans[d], spans);
        diff.fp += counts.fp;
        diff.fn += counts.fn;
      }
    });
    if (process.argv.includes('--diff')) console.log(`entities stage: ${diff.fp} spans added wrongly, ${diff.fn} gold spans lost that the tagger had`);
    console.log(pipeline.report(`${file} — pipeline: analyze() entities' name mentions (MISC not produced)`));
    console.log(`  pipeline speed: ${(chars / pipelineMicros).toFixed(2)} MB/s of CPU time`);
  }
}

main();
