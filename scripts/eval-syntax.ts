// Scores the syntax model (models/syntax.bin) on Universal Dependencies English, gold tokenization:
// dev splits (for choosing settings) and test splits (reporting only), plus the news documents of
// GUM test, tagging and parsing speed, and scores with the engine's own tokenizer (words aligned by
// character span).
//
//   npm run eval:syntax -- [--corpus corpora/ud] [--model models/syntax.bin] [--dev-only]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParser, type SyntaxParser, type UdSentence } from '../server/src/analysis/syntax';
import { formatScore, loadUd, scoreParser, textBytes } from './lib/ud-score';
import { formatOwnScore, scoreOwnTokens } from './lib/ud-own-tokens';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

/** The sentences of the documents whose id starts with `prefix` ("GUM_news"). */
function documents(sentences: readonly UdSentence[], prefix: string): UdSentence[] {
  let keep = false;
  return sentences.filter((s) => {
    if (s.newdoc !== undefined) keep = s.newdoc.startsWith(prefix);
    return keep;
  });
}

/**
 * MB per CPU second of `run` over the sentences, repeated until about `seconds` of CPU time have
 * passed (CPU time, not wall time: the shared machine's other jobs would otherwise count).
 */
function speed(sentences: readonly UdSentence[], run: (s: UdSentence) => void, seconds = 3): number {
  const bytes = sentences.reduce((a, s) => a + textBytes(s), 0);
  let done = 0;
  const c0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < seconds) {
    for (const s of sentences) run(s);
    done += bytes;
    const c = process.cpuUsage(c0);
    elapsed = (c.user + c.system) / 1e6;
  }
  return done / 1e6 / elapsed;
}

function main(): void {
  const corpus = arg('corpus', 'corpora/ud');
  const modelPath = arg('model', 'models/syntax.bin');
  const bytes = readFileSync(modelPath);
  const parser: SyntaxParser = createParser(bytes);
  console.log(`model ${modelPath}: ${(bytes.length / 1e6).toFixed(2)} MB`);
  const splits = process.argv.includes('--dev-only') ? ['dev'] : ['dev', 'test'];
  for (const split of splits) {
    for (const name of ['ewt', 'gum']) {
      const gold = loadUd(join(corpus, `en_${name}-ud-${split}.conllu`));
      console.log(formatScore(`${name} ${split}`, scoreParser(parser, gold)));
      if (name === 'gum') console.log(formatScore(`gum ${split} news only`, scoreParser(parser, documents(gold, 'GUM_news'))));
      console.log(formatOwnScore(`${name} ${split} own tokens`, scoreOwnTokens(parser, gold)));
    }
  }
  const dev = loadUd(join(corpus, 'en_ewt-ud-dev.conllu'));
  const heapBefore = process.memoryUsage();
  console.log(`tagging: ${speed(dev, (s) => parser.tagWords(s.words)).toFixed(2)} MB per CPU second`);
  console.log(`tagging + parsing: ${speed(dev, (s) => parser.parseWords(s.words)).toFixed(2)} MB per CPU second`);
  const heapAfter = process.memoryUsage();
  console.log(
    `memory: rss ${(heapAfter.rss / 1e6).toFixed(0)} MB (heap ${(heapBefore.heapUsed / 1e6).toFixed(0)} MB, array buffers ${(heapAfter.arrayBuffers / 1e6).toFixed(0)} MB)`,
  );
}

main();
