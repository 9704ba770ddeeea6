// The one-pass names matcher finds what a search per name finds: every occurrence that starts at a
// token start and ends at a token end, one name's occurrences never overlapping; a table in
// shared memory finds the same.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildNameTable, findNames, payloadOf } from '../../server/src/analysis/match/names';
import { tokenize } from '../../server/src/analysis/text/tokenize';
import type { Token } from '../../server/src/analysis/types';
import { projectRoot } from '../support/paths';

const dir = join(projectRoot(), 'test', 'fixtures', 'articles');
const articles = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));

/** The search the matcher replaces: indexOf per name, kept where the token bounds allow. */
function searchEach(text: string, tokens: Token[], names: string[]): string[] {
  const starts = new Map(tokens.map((t, i) => [t.start, i]));
  const ends = new Map(tokens.map((t, i) => [t.end, i]));
  const out: string[] = [];
  names.forEach((name, value) => {
    let at = text.indexOf(name);
    while (at >= 0) {
      const a = starts.get(at);
      const b = ends.get(at + name.length);
      const found = a !== undefined && b !== undefined && b >= a;
      if (found) out.push(`${at}-${at + name.length}:${a}-${b + 1}:${value}`);
      at = text.indexOf(name, found ? at + name.length : at + 1);
    }
  });
  return out.sort();
}

test('finds what a search per name finds, on every fixture article', () => {
  for (const text of articles) {
    const tokens = tokenize(text);
    // Names from the text: spans of one to four tokens at every 7th token, some cut inside a word
    // (never found), some twice (two values), and names the text lacks.
    const names: string[] = [];
    for (let i = 0; i < tokens.length; i += 7) {
      const last = tokens[Math.min(tokens.length - 1, i + (i % 4))];
      names.push(text.slice(tokens[i].start, last.end));
      names.push(text.slice(tokens[i].start, Math.max(tokens[i].start + 1, last.end - 1)));
    }
    names.push(names[3], 'Nowhere Named', 'zz');
    for (const shared of [false, true]) {
      const table = buildNameTable(
        names,
        names.map((_, value) => value),
        names,
        shared,
      );
      const found = findNames(table, text, tokens).map((m) => `${m.start}-${m.stop}:${m.first}-${m.end}:${m.value}`);
      assert.deepEqual(found.sort(), searchEach(text, tokens, names));
      assert.ok(found.length > names.length / 3);
      assert.equal(payloadOf(table, 3), names[3]);
    }
  }
});

test('longer names first at one start, texts in order, no overlap within one name', () => {
  const text = 'New York City and New York and York York York';
  const table = buildNameTable(['New York', 'New York City', 'York York'], [0, 1, 2], ['a', 'b', 'c']);
  const found = findNames(table, text, tokenize(text)).map((m) => `${text.slice(m.start, m.stop)}@${m.start}`);
  assert.deepEqual(found, ['New York City@0', 'New York@0', 'New York@18', 'York York@31']);
});
