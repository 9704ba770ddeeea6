// The workspace index over stdio: a folder of our own three articles is indexed in the background
// with work-done progress; the sidebar's requests answer actors across articles, the ledger and
// the articles; an edit in the editor and a file created on disk update them; a restart reads the
// cache.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  IndexActorRequest,
  IndexRequest,
  IndexThreadRequest,
  LedgerRequest,
  type IndexActorResult,
  type IndexResult,
  type IndexThreadResult,
} from '../../shared/contract';
import { generateArticle } from '../../scripts/lib/articleGenerator';
import { projectRoot } from '../support/paths';
import { CAPABILITIES, fileUri, ServerProcess } from './harness';

const work = mkdtempSync(join(tmpdir(), 'news-lens-index-'));
const folder = join(work, 'story');
const storage = join(work, 'storage');
cpSync(join(projectRoot(), 'test', 'fixtures', 'ledger'), folder, { recursive: true });
const capabilities = { ...CAPABILITIES, window: { workDoneProgress: true } };

async function indexed(server: ServerProcess, articles: number): Promise<IndexResult> {
  for (let i = 0; i < 600; i++) {
    const r = await server.request<IndexResult>(IndexRequest, {});
    if (!r.progress.indexing && r.articles.length === articles) return r;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the index did not settle');
}

describe('workspace index over stdio', () => {
  let server: ServerProcess;
  const progress: { kind: string; message?: string }[] = [];

  before(async () => {
    server = await ServerProcess.start({ folder, capabilities, initializationOptions: { storagePath: storage } });
    server.connection.onNotification('$/progress', (p: { value: { kind: string; message?: string } }) => {
      progress.push(p.value);
    });
  });
  after(() => server.stop());

  test('actors across articles, the ledger and the articles, with progress', async () => {
    const r = await indexed(server, 3);
    const abela = r.actors.find((a) => a.name === 'Robert Abela');
    assert.equal(abela?.kind, 'person');
    assert.equal(abela?.articles, 3);
    const terminal = r.threads.find((t) => t.action.includes('ferry terminal'));
    assert.equal(terminal?.articles, 2);
    assert.equal(terminal?.first, '2024-03-04');
    assert.equal(terminal?.last, '2024-06-10');
    assert.deepEqual(terminal?.badges, ['done']);
    assert.deepEqual(r.threads.find((t) => t.action.startsWith('publish the tender'))?.badges, ['overdue']);
    assert.deepEqual(
      r.articles.map((a) => a.date),
      ['2025-01-20', '2024-06-10', '2024-03-04'],
    );
    assert.equal(progress[0]?.kind, 'begin');
    assert.ok(
      progress.some((p) => /^Indexing \d+ \/ 3 articles$/.test(p.message ?? '')),
      JSON.stringify(progress),
    );
    assert.equal(progress[progress.length - 1]?.kind, 'end');
  });

  test('an actor opens on its articles and mentions; a thread on its reports; the ledger exports', async () => {
    const r = await indexed(server, 3);
    const abela = r.actors.find((a) => a.name === 'Robert Abela');
    const details = await server.request<IndexActorResult>(IndexActorRequest, { id: abela?.id });
    assert.equal(details?.length, 3);
    for (const { article, mentions } of details ?? []) {
      const text = readFileSync(new URL(article.uri), 'utf8');
      assert.ok(mentions.length > 0);
      for (const m of mentions) assert.match(text.slice(m.start, m.end), /Abela/);
    }
    const terminal = r.threads.find((t) => t.action.includes('ferry terminal'));
    const reports = await server.request<IndexThreadResult>(IndexThreadRequest, { id: terminal?.id });
    assert.deepEqual(
      reports?.map((x) => x.date),
      ['2024-03-04', '2024-06-10'],
    );
    for (const x of reports ?? []) assert.match(readFileSync(new URL(x.uri), 'utf8').slice(x.start, x.end), /ferry terminal/);
    const csv = await server.request<string>(LedgerRequest, { format: 'csv' });
    assert.equal(csv.split('\r\n')[0], 'actors,action,modality,negated,deadline,first,last,articles,badges,files');
    assert.equal(await server.request(IndexActorRequest, { id: 'person:nobody' }), null);
  });

  test('editing an article in the editor updates the index; a new file on disk is indexed alone', async () => {
    const path = join(folder, '2025-01-20-gozo-opening.news');
    const edited = `${readFileSync(path, 'utf8')}\nThe European Commission said it would fund a second terminal at Cirkewwa by 2027.\n`;
    await server.open(fileUri(path), edited);
    let r = await indexed(server, 3);
    for (let i = 0; i < 100 && !r.threads.some((t) => t.action.includes('second terminal')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      r = await indexed(server, 3);
    }
    assert.ok(
      r.threads.some((t) => t.action.includes('second terminal') && t.deadline?.end === '2027-12-31'),
      r.threads.map((t) => t.action).join(' / '),
    );
    const added = join(folder, '2025-02-03-gozo-fares.news');
    writeFileSync(added, 'VALLETTA, Feb. 3, 2025 - Prime Minister Robert Abela said Malta will cut ferry fares by half next month.\n');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(added), type: 1 }] });
    r = await indexed(server, 4);
    const fares = r.threads.find((t) => t.action.includes('cut ferry fares'));
    assert.deepEqual(fares?.deadline, { start: '2025-03-01', end: '2025-03-31' });
    assert.equal(r.actors.find((a) => a.name === 'Robert Abela')?.articles, 4);
  });

  test('a restart reads the cache on disk: nothing is analysed again', async () => {
    const before = await indexed(server, 4);
    const cacheFile = join(storage, readdirSync(storage).find((f) => f.endsWith('.jsonl')) ?? 'missing');
    const lines = readFileSync(cacheFile, 'utf8').split('\n').filter(Boolean).length;
    assert.ok(lines >= 4);
    const second = await ServerProcess.start({ folder, capabilities, initializationOptions: { storagePath: storage } });
    try {
      const again = await indexed(second, 4);
      assert.deepEqual(
        again.articles.map((a) => [a.file, a.date]),
        before.articles.map((a) => [a.file, a.date]),
      );
      assert.equal(again.actors.find((a) => a.name === 'Robert Abela')?.articles, 4);
      // The edit lived in the first editor only: the disk's text has no second terminal.
      assert.ok(!again.threads.some((t) => t.action.includes('second terminal')));
      assert.equal(readFileSync(cacheFile, 'utf8').split('\n').filter(Boolean).length, lines);
    } finally {
      await second.stop();
    }
  });
});

describe('workspace index: cancelling the progress stops indexing', () => {
  test('the work-done progress is cancellable', async () => {
    const many = join(work, 'many');
    mkdirSync(many);
    for (let i = 0; i < 80; i++) {
      const [name, text] = generateArticle(i);
      writeFileSync(join(many, name), text);
    }
    const server = await ServerProcess.start({ folder: many, capabilities });
    try {
      const ended = new Promise<void>((resolve) => {
        server.connection.onNotification('$/progress', (p: { token: string | number; value: { kind: string } }) => {
          if (p.value.kind === 'begin') void server.connection.sendNotification('window/workDoneProgress/cancel', { token: p.token });
          if (p.value.kind === 'end') resolve();
        });
      });
      await ended;
      let r = await server.request<IndexResult>(IndexRequest, {});
      for (let i = 0; i < 100 && r.progress.indexing; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        r = await server.request<IndexResult>(IndexRequest, {});
      }
      assert.equal(r.progress.indexing, false);
      assert.equal(r.progress.total, 80);
      assert.ok(r.progress.done < 80, `stopped after ${r.progress.done} of 80`);
    } finally {
      await server.stop();
    }
  });
});
