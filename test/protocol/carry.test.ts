// Answers from the last analysis while the text changes: edits compose into one changed region, and
// what the analysis found outside it is moved onto the new text exactly.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../support/analyzer';
import { Carry } from '../../server/src/lsp/carry';
import { DEFAULT_SETTINGS } from '../../shared/contract';
import { hover } from '../../server/src/lsp/hover';
import { semanticTokens } from '../../server/src/lsp/semanticTokens';
import { composeChanges, diffTexts, type Change } from '../../server/src/lsp/shift';
import { DocumentView } from '../../server/src/lsp/view';
import { mulberry32 } from '../../scripts/lib/random';
import { decodeTokens } from './harness';
import { projectRoot } from '../support/paths';

const TEXT = readFileSync(join(projectRoot(), 'test', 'fixtures', 'articles', 'diplomacy.news'), 'utf8');

/** Random edits (insertions, deletions, replacements, line breaks) applied one after another. */
function randomEdits(seed: number, text: string, n: number): { text: string; change?: Change } {
  const r = mulberry32(seed);
  let change: Change | undefined;
  for (let k = 0; k < n; k++) {
    const start = Math.floor(r() * text.length);
    const end = Math.min(text.length, start + Math.floor(r() * 4) * (r() < 0.5 ? 1 : 0));
    const insert = ['', 'x', '\n', 'New words ', '😀'][Math.floor(r() * 5)];
    text = text.slice(0, start) + insert + text.slice(end);
    change = composeChanges(change, { start, oldEnd: end, newEnd: start + insert.length });
  }
  return { text, change };
}

test('edits compose into one region: the old text outside it is the new text outside it', () => {
  for (let seed = 1; seed <= 200; seed++) {
    const { text, change } = randomEdits(seed, TEXT, 1 + (seed % 12));
    assert.ok(change);
    const { start, oldEnd, newEnd } = change;
    assert.equal(TEXT.slice(0, start) + text.slice(start, newEnd) + TEXT.slice(oldEnd), text, `seed ${seed}`);
    // And it is never narrower than the region the texts really differ in.
    const diff = diffTexts(TEXT, text);
    assert.ok(start <= diff.start && newEnd - start >= diff.newEnd - diff.start, `seed ${seed}`);
  }
});

test('semantic tokens and hovers of the last analysis, moved over an edit, stand on the same words', () => {
  const view = new DocumentView('untitled:a', 1, TEXT, analyze(TEXT));
  const types = ['person', 'organization', 'country', 'place', 'commitment', 'stance', 'time'];
  const before = decodeTokens(TEXT, semanticTokens(view, DEFAULT_SETTINGS).data, types, []);
  for (let seed = 1; seed <= 30; seed++) {
    const { text, change } = randomEdits(seed, TEXT, 1 + (seed % 5));
    const doc = TextDocument.create('untitled:a', 'news', 2, text);
    const carry = new Carry(view, doc, change!);
    const moved = decodeTokens(text, carry.semanticTokens(DEFAULT_SETTINGS).data, types, []);
    const kept = before.filter((t) => t.start + t.text.length <= change!.start || t.start >= change!.oldEnd);
    assert.deepEqual(
      moved.map((t) => [t.text, t.type]),
      kept.map((t) => [t.text, t.type]),
      `seed ${seed}`,
    );
    // A range request answers the same tokens in its lines.
    const lines = { start: { line: 2, character: 0 }, end: { line: 8, character: 0 } };
    const ranged = decodeTokens(text, carry.semanticTokens(DEFAULT_SETTINGS, lines).data, types, []);
    assert.deepEqual(
      ranged,
      moved.filter((t) => t.line >= 2 && t.line < 8),
      `seed ${seed}`,
    );
    // A hover on a name after the edit: the card of the name, its range on the name in the new text.
    const at = text.indexOf('Hayashi', change!.newEnd);
    if (at < 0) continue;
    const position = carry.toOld(doc.positionAt(at + 1));
    const old = hover(view, position!);
    const card = carry.fromOld(old);
    assert.ok(old?.range && card?.range, `seed ${seed}`);
    assert.deepEqual(card.contents, old.contents);
    const [from, to] = [view.doc.offsetAt(old.range.start), view.doc.offsetAt(old.range.end)];
    if (to > change!.start && from < change!.oldEnd) continue; // the edit cut into the name: only its rest is shown
    const said = text.slice(doc.offsetAt(card.range.start), doc.offsetAt(card.range.end));
    assert.equal(said, TEXT.slice(from, to), `seed ${seed}`);
    assert.match(said, /Hayashi/);
  }
});
