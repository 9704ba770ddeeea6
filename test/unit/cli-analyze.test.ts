// The CLI as a user runs it: `node dist/cli.js analyze ...` on good and bad files and on stdin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../support/paths';
import { fixture, fixturePath } from './entities-helpers';

const CLI = join(projectRoot(), 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));

function cli(args: string[], input?: string | Buffer): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ENTITY_KEYS = new Set(['id', 'kind', 'name', 'aliases', 'role', 'roleOf', 'mentions']);

test('json: one array in input order, the issue’s shape, offsets that slice the file', () => {
  const files = ['diplomacy.news', 'business.news'];
  const r = cli(['analyze', '--format', 'json', ...files.map(fixturePath)]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.ok(Array.isArray(out));
  assert.deepEqual(
    out.map((x: { file: string }) => x.file),
    files.map(fixturePath),
  );
  files.forEach((f, k) => {
    const text = fixture(f);
    const res = out[k];
    assert.deepEqual(Object.keys(res), ['file', 'entities', 'commitments', 'stances', 'quotes']);
    assert.ok(res.entities.length > 0);
    for (const e of res.entities) {
      for (const key of Object.keys(e)) assert.ok(ENTITY_KEYS.has(key), key);
      assert.ok(['person', 'organization', 'country', 'place'].includes(e.kind));
      for (const m of e.mentions) {
        assert.deepEqual(Object.keys(m), ['start', 'end', 'text', 'form']);
        assert.equal(text.slice(m.start, m.end), m.text);
      }
    }
    for (const q of res.quotes) {
      assert.equal(text.slice(q.range.start, q.range.end), q.text);
      for (const id of [q.speaker, q.group])
        if (id)
          assert.ok(
            res.entities.some((e: { id: string }) => e.id === id),
            id,
          );
    }
  });
  // World knowledge does not depend on the tagger: the diplomacy article's states are there.
  const names = out[0].entities.map((e: { name: string }) => e.name);
  for (const c of ['South Korea', 'Japan', 'North Korea', 'United States', 'China']) assert.ok(names.includes(c), c);
});

test('markdown: a readable brief per file', () => {
  const r = cli(['analyze', '--format=markdown', fixturePath('climate.news')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^# Spain and Morocco commit to halve coal power by 2030\n/);
  assert.match(r.stdout, /## Countries\n/);
  assert.match(r.stdout, /\*\*Spain\*\*/);
});

test('--explain: the JSON gains why on every entity, commitment and stance, and the rejected list; nothing else changes', () => {
  const file = fixturePath('climate.news');
  const plain = cli(['analyze', file]);
  const explained = cli(['analyze', '--explain', file]);
  assert.equal(explained.code, 0, explained.stderr);
  const [res] = JSON.parse(explained.stdout);
  assert.ok(res.entities.length > 0 && res.commitments.length > 0);
  for (const item of [...res.entities, ...res.commitments, ...res.stances]) {
    assert.ok(Array.isArray(item.why) && item.why.every((id: unknown) => typeof id === 'string' && /^[a-z]+\.[a-z0-9.-]+$/.test(id)), JSON.stringify(item.why));
  }
  assert.ok(Array.isArray(res.rejected));
  const strip = (json: string) => JSON.stringify(JSON.parse(json, (key, value: unknown) => (key === 'why' || key === 'rejected' ? undefined : value)));
  assert.equal(strip(explained.stdout), strip(plain.stdout));
  assert.ok(!/"why"|"rejected"/.test(plain.stdout), 'the default output has no why');
});

test('--explain with markdown: the brief, then every entity, commitment and stance with its rules', () => {
  const file = fixturePath('climate.news');
  const [res] = JSON.parse(cli(['analyze', file]).stdout);
  const r = cli(['analyze', '--format', 'markdown', '--explain', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.startsWith(cli(['analyze', '--format', 'markdown', file]).stdout));
  const why = r.stdout.slice(r.stdout.indexOf('\n## Why\n'));
  for (const item of [...res.entities, ...res.commitments, ...res.stances]) {
    assert.match(why, new RegExp(`^- ${item.id} .+: (\`[^\`]+\`( → )?)+$|^- ${item.id} .+: no rule recorded$`, 'm'), item.id);
  }
});

test('bad files get an error, the others are still analysed, exit code 2', () => {
  const binary = join(dir, 'image.news');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a]));
  const latin1 = join(dir, 'latin1.news');
  writeFileSync(latin1, Buffer.from('Caf\xe9 in K\xf6ln opens', 'latin1'));
  const missing = join(dir, 'missing.news');
  const good = fixturePath('sports.news');
  const r = cli(['analyze', missing, binary, good, latin1]);
  assert.equal(r.code, 2);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(
    out.map((x: { file: string }) => x.file),
    [missing, binary, good, latin1],
  );
  assert.match(out[0].error, /no such file/);
  assert.match(out[1].error, /binary/);
  assert.equal(out[2].error, undefined);
  assert.ok(out[2].entities.some((e: { name: string }) => e.name === 'Brazil'));
  assert.match(out[3].error, /UTF-8/);
  for (const k of [0, 1, 3]) assert.deepEqual([out[k].entities, out[k].commitments, out[k].stances], [[], [], []]);
  assert.match(r.stderr, /missing\.news/);
});

test('stdin with "-"', () => {
  const r = cli(['analyze', '-'], 'Officials from Germany and France met in Berlin on Monday.\n');
  assert.equal(r.code, 0, r.stderr);
  const [res] = JSON.parse(r.stdout);
  assert.equal(res.file, '<stdin>');
  const names = res.entities.map((e: { name: string }) => e.name);
  assert.ok(names.includes('Germany') && names.includes('France'), names.join(', '));
  assert.equal(res.entities.find((e: { name: string }) => e.name === 'Berlin')?.kind, 'place');
});

test('usage errors exit 1 with a message; --help exits 0', () => {
  for (const args of [[], ['summarize', 'x'], ['analyze'], ['analyze', '--format', 'xml', 'a'], ['analyze', '--frobnicate', 'a']]) {
    const r = cli(args);
    assert.equal(r.code, 1, args.join(' '));
    assert.match(r.stderr, /^news-lens: .+\n/);
    assert.match(r.stderr, /Usage: news-lens analyze/);
  }
  const h = cli(['--help']);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /Usage: news-lens analyze \[--format json\|markdown\] \[--explain\] FILE\.\.\./);
});

test('without the model file: a warning, and names from world knowledge', () => {
  // A copy of the CLI in a project folder that has no models/ner.bin.
  const project = join(dir, 'no-model');
  mkdirSync(join(project, 'dist'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{}');
  copyFileSync(CLI, join(project, 'dist', 'cli.js'));
  const r = spawnSync(process.execPath, [join(project, 'dist', 'cli.js'), 'analyze', '-'], { input: 'Japan and China met in Tokyo.', encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /warning: the entity tagger is unavailable/);
  const [res] = JSON.parse(r.stdout);
  assert.deepEqual(
    res.entities.map((e: { name: string; kind: string }) => [e.name, e.kind]),
    [
      ['Japan', 'country'],
      ['China', 'country'],
      ['Tokyo', 'place'],
    ],
  );
});
