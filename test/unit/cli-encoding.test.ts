// The CLI reads what editors save: UTF-8 with or without a byte order mark, UTF-16 with one; every
// offset it reports is an offset into the file's text (the mark is the text's first character).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../support/paths';
import { fixture } from './entities-helpers';

const CLI = join(projectRoot(), 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-lens-encoding-'));

interface Mention {
  start: number;
  end: number;
  text: string;
}

function analyzeFile(name: string, bytes: Buffer) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const r = spawnSync(process.execPath, [CLI, 'analyze', file], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stderr: r.stderr, out: r.status === 0 ? JSON.parse(r.stdout)[0] : undefined };
}

const mentions = (result: { entities: { mentions: Mention[] }[] }) => result.entities.flatMap((e) => e.mentions);

const text = fixture('diplomacy.news');
const plain = analyzeFile('plain.news', Buffer.from(text, 'utf8'));

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

const encodings: [string, Buffer][] = [
  ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
  ['UTF-16LE with a byte order mark', Buffer.from(`\ufeff${text}`, 'utf16le')],
  ['UTF-16BE with a byte order mark', utf16be(`\ufeff${text}`)],
];

for (const [label, bytes] of encodings) {
  test(`${label}: analysed (not "binary"), offsets into the file's text, mark included`, () => {
    const r = analyzeFile('marked.news', bytes);
    assert.equal(r.code, 0, r.stderr);
    const fileText = `\ufeff${text}`;
    const found = mentions(r.out);
    assert.ok(found.length > 10);
    for (const m of found) assert.equal(fileText.slice(m.start, m.end), m.text);
    // The same findings as without the mark, one character further on.
    assert.deepEqual(
      found.map((m) => [m.start - 1, m.text]),
      mentions(plain.out).map((m) => [m.start, m.text]),
    );
  });
}

test('UTF-16 whose bytes are broken is reported as such', () => {
  const r = analyzeFile('odd.news', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]));
  assert.equal(r.code, 2);
  assert.match(r.stderr, /not valid UTF-16LE text/);
});
