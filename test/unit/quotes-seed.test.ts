// The seed article through the whole engine: the reported speech of the two ministers is theirs.
// Skipped when the article is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../support/analyzer';
import { SEED } from '../support/paths';

test('seed article: what Kamikawa and Kihara said is attributed to them', { skip: !existsSync(SEED) && 'seed article absent' }, () => {
  const text = readFileSync(SEED, 'utf8');
  const analysis = analyze(text);
  const name = (id: string | undefined): string | undefined => analysis.entities.find((e) => e.id === id)?.name;
  const said = (words: RegExp): string | undefined => {
    const found = analysis.quotes.filter((q) => words.test(q.text));
    assert.equal(found.length, 1, `one quote matching ${words}: ${JSON.stringify(analysis.quotes.map((q) => q.text))}`);
    assert.equal(found[0].direct, false, 'reported speech');
    assert.equal(text.slice(found[0].range.start, found[0].range.end), found[0].text);
    return name(found[0].speaker);
  };
  assert.match(said(/^the two countries need to continuously bolster their alliance/) ?? '', /Kamikawa/);
  assert.match(said(/^the need for Japan to strengthen coordination/) ?? '', /Kihara/);
  // Both speak for Japan ("their alliance" is Japan's).
  for (const q of analysis.quotes.filter((x) => /Kamikawa|Kihara/.test(name(x.speaker) ?? ''))) assert.equal(name(q.group), 'Japan');
  // A quoted name ("two-plus-two" talks) is no quote.
  assert.ok(!analysis.quotes.some((q) => q.direct), 'no direct quotes in the article');
});
