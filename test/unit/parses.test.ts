// The syntax plumbing: the analyzer takes the syntax model's bytes (bad bytes are a recorded problem,
// not a failure), and the parse cache parses a sentence only when asked, once, and never a huge one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createAnalyzer,
  createParser,
  MAX_PARSE_TOKENS,
  parseCache,
  splitParagraphs,
  splitSentences,
  tokenize,
  type SyntaxParser,
} from '../../server/src/analysis/index';
import { model, syntax } from '../support/analyzer';

const TEXT = 'The Harbour Board said it would dredge the channel by June. Fishermen welcomed the plan.';

test('bytes that are no syntax model: logged once, reported in every analysis, commitments still found', () => {
  const logged: string[] = [];
  const analyzer = createAnalyzer({ model, syntax: new Uint8Array([9, 9, 9]), logger: (m) => logged.push(m) });
  assert.equal(logged.length, 1);
  assert.match(logged[0], /syntax parser is unavailable/);
  const analysis = analyzer.analyze(TEXT);
  assert.deepEqual(analysis.problems, logged);
  assert.ok(
    analysis.commitments.some((c) => /dredge the channel/.test(c.action)),
    JSON.stringify(analysis.commitments),
  );
});

test('no syntax model given: no problem, no parse', () => {
  const analysis = createAnalyzer({ model }).analyzeWithTimings(TEXT);
  assert.deepEqual(analysis.analysis.problems, []);
  assert.equal(analysis.timings.syntax, 0);
});

function counting(parser: SyntaxParser): { parser: SyntaxParser; calls: () => number } {
  let calls = 0;
  return {
    parser: {
      ...parser,
      parseTokens(tokens) {
        calls++;
        return parser.parseTokens(tokens);
      },
    },
    calls: () => calls,
  };
}

test('a sentence is parsed when a pass asks for it, once, with words mapped to its own tokens', () => {
  const tokens = tokenize(TEXT);
  const sentences = splitSentences(TEXT, tokens, splitParagraphs(TEXT));
  const { parser, calls } = counting(createParser(syntax));
  const parses = parseCache(parser, tokens, sentences);
  assert.equal(calls(), 0);
  const first = parses.of(0);
  assert.ok(first);
  assert.equal(parses.of(0), first);
  assert.equal(calls(), 1);
  const dredge = first.words.indexOf('dredge');
  assert.equal(tokens[sentences[0].firstToken + first.tokenOf[dredge]].text, 'dredge');
  assert.equal(first.upos[dredge], 'VERB');
  assert.equal(first.words[first.heads[first.words.indexOf('Board')] - 1], 'said', 'the subject hangs on "said"');
  assert.equal(parses.of(7), undefined, 'no such sentence');
  assert.ok(parses.ms > 0);
});

test('a sentence longer than the cap is not parsed', () => {
  const text = 'The council will pay ' + Array.from({ length: MAX_PARSE_TOKENS }, (_, k) => `item${k}`).join(' ') + '.';
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, splitParagraphs(text));
  const { parser, calls } = counting(createParser(syntax));
  assert.equal(parseCache(parser, tokens, sentences).of(0), undefined);
  assert.equal(calls(), 0);
});
