// The analysis worker host: jobs run off the main thread, can be cancelled mid-way, and a job that
// throws or never returns fails alone while the host carries on. The worker runs this same bundle
// with a stand-in analyzer whose behaviour the text selects.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMainThread } from 'node:worker_threads';
import { Cancelled, type AnalyzeOptions } from '../../server/src/analysis/types';
import { AnalysisHost, LARGE_JOB_CHARS, packTokens, serveAnalysis, unpackTokens } from '../../server/src/lsp/analysisHost';
import { emptyAnalysis } from '../../server/src/lsp/view';

function standIn(text: string, options?: AnalyzeOptions) {
  if (text === 'throw') throw new Error('broken input');
  if (text === 'hang') for (;;);
  if (text.startsWith('slow')) {
    // Like the real analysis: work in steps, polling for cancellation between them.
    const until = Date.now() + 2000;
    while (Date.now() < until) if (options?.isCancelled?.()) throw new Cancelled();
  }
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    kind: 'word' as const,
    norm: m[0].replace(/\u2019/g, "'"),
    spaceBefore: m.index === 0 || text[m.index - 1] === ' ',
  }));
  return { ...emptyAnalysis(text.length), tokens, headline: { start: 0, end: text.length, text: `${text}|${options?.userEntities?.ignore?.join() ?? ''}` } };
}

if (!isMainThread) {
  serveAnalysis(standIn);
} else {
  test('runs the analysis in the worker and passes user entities', async () => {
    const host = new AnalysisHost(__filename);
    try {
      const analysis = await host.run('hello', { ignore: ['Reuters'] }).promise;
      assert.equal(analysis.length, 5);
      assert.equal(analysis.headline?.text, 'hello|Reuters');
    } finally {
      host.dispose();
    }
  });

  test('tokens cross between threads intact (packed as typed arrays)', async () => {
    const host = new AnalysisHost(__filename);
    try {
      const text = 'Norway\u2019s minister  spoke';
      const analysis = await host.run(text, undefined).promise;
      assert.deepEqual(analysis.tokens, standIn(text).tokens);
      assert.equal(analysis.tokens[0].norm, "Norway's");
    } finally {
      host.dispose();
    }
  });

  test('packTokens/unpackTokens round trip keeps every field', () => {
    const text = '\u201cWe\u2019ll act,\u201d she said.';
    const tokens = standIn(text).tokens.map((t, i) => ({ ...t, kind: (['word', 'number', 'punct', 'symbol'] as const)[i % 4] }));
    assert.deepEqual(unpackTokens(text, packTokens(tokens)), tokens);
  });

  test('a running job is cancelled quickly; a queued one never runs', async () => {
    const host = new AnalysisHost(__filename);
    try {
      await host.run('warm', undefined).promise;
      const slow = host.run('slow', undefined);
      const queued = host.run('queued', undefined);
      const started = Date.now();
      setTimeout(() => {
        slow.cancel();
        queued.cancel();
      }, 50);
      await assert.rejects(slow.promise, Cancelled);
      await assert.rejects(queued.promise, Cancelled);
      assert.ok(Date.now() - started < 1000, 'cancellation was not prompt');
      assert.equal((await host.run('after', undefined).promise).length, 5);
    } finally {
      host.dispose();
    }
  });

  test('interactive jobs jump ahead of background ones', async () => {
    const host = new AnalysisHost(__filename);
    try {
      const order: string[] = [];
      const blocker = host.run('slow-blocker', undefined);
      const background = host.run('background', undefined, 'background').promise.then(() => order.push('background'));
      const interactive = host.run('interactive', undefined).promise.then(() => order.push('interactive'));
      setTimeout(() => blocker.cancel(), 20);
      await assert.rejects(blocker.promise, Cancelled);
      await Promise.all([background, interactive]);
      assert.deepEqual(order, ['interactive', 'background']);
    } finally {
      host.dispose();
    }
  });

  test('with two workers, a large job leaves one free: small jobs run beside it, a second large one waits', async () => {
    const host = new AnalysisHost(__filename, { workers: 2 });
    try {
      const settled: string[] = [];
      const large = host.run(`slow-large ${'x'.repeat(LARGE_JOB_CHARS)}`, undefined);
      const second = host.run(`slow-second ${'x'.repeat(LARGE_JOB_CHARS)}`, undefined);
      void large.promise.then(
        () => settled.push('large'),
        () => settled.push('large cancelled'),
      );
      void second.promise.then(
        () => settled.push('second'),
        () => settled.push('second cancelled'),
      );
      for (const name of ['small-a', 'small-b', 'small-c']) {
        assert.equal((await host.run(name, { ignore: [name] }).promise).headline?.text, `${name}|${name}`);
      }
      assert.deepEqual(settled, [], 'the small jobs finished while the large ones were still running or waiting');
      second.cancel();
      large.cancel();
      await assert.rejects(second.promise, Cancelled);
    } finally {
      host.dispose();
    }
  });

  test('an analysis that throws or hangs fails alone; the next job succeeds', async () => {
    const host = new AnalysisHost(__filename, { timeoutMs: 500 });
    try {
      await assert.rejects(host.run('throw', undefined).promise, /broken input/);
      await assert.rejects(host.run('hang', undefined).promise, /timed out/);
      assert.equal((await host.run('fine', undefined).promise).length, 4);
    } finally {
      host.dispose();
    }
  });
}
