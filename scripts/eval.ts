// Scores the entity tagger on a CoNLL-format file, conlleval-style (exact spans; P/R/F1 per type;
// micro over PER/LOC/ORG, MISC shown apart).
//
//   npm run eval -- FILE.conll [--model models/ner.bin] [--repeat N]
//
// --repeat N tags the file N times and reports the speed of the last run (after JIT warm-up).
//
// Each document (-DOCSTART- block) is rebuilt as text by joining its words with spaces, and its
// tokens and sentences are given to the tagger as the text layer would.

import { readFileSync } from 'node:fs';
import type { Sentence, Token } from '../server/src/analysis/types';
import { parseConll, SpanScore, type ConllDocument } from '../server/src/analysis/ner/conll';
import { getTagger, loadTagger, spansFromLabels, type Tagger } from '../server/src/analysis/ner/index';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : undefined;
}

/** The document's text (words joined by spaces, sentences by newlines) with its tokens and sentences. */
function documentInput(doc: ConllDocument): { text: string; tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  for (let s = 0; s < doc.sentStart.length; s++) {
    if (s > 0) text += '\n';
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

function main(): void {
  const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npm run eval -- FILE.conll [--model models/ner.bin]');
    process.exit(2);
  }
  const modelFile = arg('model');
  const t0 = process.hrtime.bigint();
  const tagger: Tagger = modelFile ? loadTagger(modelFile) : getTagger();
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
    docs.forEach((doc, d) => {
      const { text, tokens, sentences } = inputs[d];
      chars += text.length;
      const start = process.cpuUsage();
      const spans = tagger.tag(tokens, sentences);
      const used = process.cpuUsage(start);
      micros += used.user + used.system;
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
  }
}

main();
