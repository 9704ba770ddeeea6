// The "News Lens" output channel: the server logs its start, the model's load time, each analysis
// (size and time) and the files it skips, at the level `newsLens.logLevel` sets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ServerProcess } from './harness';

const ARTICLE = 'Talks resume\n\nForeign Minister Hana Kovac of Croatia met officials in Zagreb on Monday.\n';
const LARGE = 'The minister said the talks in Geneva would continue next week. '.repeat(10);

/** Opens a small article and one above the limit, waits for both, and returns the log. */
async function logOf(logLevel: string): Promise<{ type: number; message: string }[]> {
  const server = await ServerProcess.start({ settings: { logLevel, maxFileSize: 200 } });
  try {
    await server.open('untitled:small.news', ARTICLE);
    await server.open('untitled:large.news', LARGE);
    await server.status('untitled:small.news');
    await server.status('untitled:large.news');
    // The warm-up analysis reports the model's load time once it is done.
    for (let waited = 0; logLevel === 'info' && waited < 20_000 && !server.logs.some((l) => /model loaded/.test(l.message)); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return [...server.logs];
  } finally {
    await server.stop();
  }
}

test('at the default level the log tells the start, the model load, each analysis and the skipped files', async () => {
  const logs = await logOf('info');
  const messages = logs.map((l) => l.message);
  const has = (pattern: RegExp) =>
    assert.ok(
      messages.some((m) => pattern.test(m)),
      `${pattern} in ${JSON.stringify(messages)}`,
    );
  has(/^News Lens \d+\.\d+\.\d+ started \(Node v\d+/);
  has(/^model loaded in [\d,]+ ms$/);
  has(new RegExp(`^analysed ${ARTICLE.length} characters in [\\d,]+ ms$`));
  has(new RegExp(`^skipped untitled:large\\.news: ${LARGE.length} bytes, above newsLens\\.maxFileSize \\(200\\)$`));
  assert.equal(logs.find((l) => /^skipped/.test(l.message))?.type, 2, 'a skipped file is a warning');
});

test('at the error level the analyses and skipped files are left out', async () => {
  const messages = (await logOf('error')).map((l) => l.message);
  assert.ok(!messages.some((m) => /^(analysed|skipped|model loaded)/.test(m)), JSON.stringify(messages));
});
