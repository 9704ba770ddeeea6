// The summary panel's script in headless Chromium, fed the library's real summaries of the fixture
// articles: sections and rows, links back to the text, filtering, escaping of hostile text, empty
// states, state restore, and screenshots in light, dark and high-contrast themes.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Summary } from '../../server/src/analysis/types';
import { article, fixtureArticles, seedArticle } from './data';
import { artifactsDir, panelSession, posted, savedState, send, setTheme, SKIP_WITHOUT_CHROMIUM, violations, waitForState } from './harness';
import { SOURCE_KIND_LABELS } from '../../server/src/analysis/quotes/labels';

const articles = fixtureArticles();
/** An article quoting every kind of source, written for this test. */
const SOURCES_TEXT = [
  'Harbour towns brace for the storm',
  'Transport Minister Elena Varga said on Tuesday that all ferries would stay in port until Thursday.',
  '“We will not put a single passenger at risk,” Varga told reporters. “Safety comes first.”',
  'Nordline Ferries said it would refund every ticket.',
  'Winds could reach 140 kilometres an hour, said Tomas Kerr, a meteorologist at the University of Aberdeen.',
  '“My boat is all I have,” said Ian Buchan, a fisherman in Peterhead.',
  'Two coastguard officers, who asked not to be named, said rescue crews were on standby.',
  '',
].join('\n');
const seed = seedArticle();
/** The fixture with the most to show. */
const richest = [...articles].sort((a, b) => weight(b.summary) - weight(a.summary))[0];
/** A fixture where some actor undertook fewer than all the commitments (for the filter). */
const filterable = articles.find((a) => {
  const ids = new Set(a.summary.commitments.flatMap((c) => c.actors.map((x) => x.id)));
  return [...ids].some((id) => a.summary.commitments.filter((c) => c.actors.some((x) => x.id === id)).length < a.summary.commitments.length);
});
/** A fixture (or the seed) with stances between several holders or targets (for the matrix). */
const withMatrix = [...articles, ...(seed ? [seed] : [])].find((a) => matrixPairs(a.summary).size >= 2);

function weight(s: Summary): number {
  const c = s.counts;
  return c.people + c.organizations + c.countries + c.places + 3 * (c.commitments + c.stances);
}

/** holder id -> target id -> stance types, as the matrix should show them. */
function matrixPairs(s: Summary): Map<string, string[]> {
  const pairs = new Map<string, string[]>();
  const holders = new Set<string>();
  const targets = new Set<string>();
  for (const st of s.stances) {
    for (const h of st.holders) {
      for (const t of st.targets) {
        holders.add(h.id);
        targets.add(t.id);
        const key = `${h.name} → ${t.name}`;
        pairs.set(key, [...new Set([...(pairs.get(key) ?? []), st.type])]);
      }
    }
  }
  return holders.size >= 2 || targets.size >= 2 ? pairs : new Map();
}

describe('summary panel', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  const { open, blank } = panelSession();

  const texts = (p: Page, selector: string) => p.locator(selector).allTextContents();

  test('renders the header, the sections and a row for every item of every fixture', async () => {
    assert.ok(articles.length >= 3, 'fixture articles are missing');
    const p = await blank();
    for (const { uri, summary, name } of articles) {
      await send(p, { type: 'summary', uri, summary });
      const where = `(${name})`;
      assert.equal(await p.locator('h1').textContent(), summary.headline?.text ?? name, where);
      if (summary.dateline) {
        assert.equal(await p.locator('.dateline').textContent(), summary.dateline.place + (summary.dateline.date ? ` — ${summary.dateline.date}` : ''), where);
      }
      const counts = await texts(p, '.counts li');
      assert.ok(counts.includes(`${summary.counts.places} ${summary.counts.places === 1 ? 'place' : 'places'}`), `${counts.join('|')} ${where}`);
      assert.ok(
        counts.some((c) => c.startsWith(`${summary.counts.commitments} commitment`)),
        `${counts.join('|')} ${where}`,
      );
      assert.deepEqual(
        await texts(p, 'details.section > summary h2'),
        [
          `Who${summary.people.length + summary.organizations.length + summary.countries.length}`,
          `Where${summary.places.reduce((n, g) => n + g.places.length, 0)}`,
          `Commitments${summary.commitments.length}`,
          `Stances${summary.stances.length}`,
          `Sources${summary.sources.speakers.length}`,
          `When${summary.times.length}`,
        ],
        where,
      );
      // Who: each list in the summary's (salience) order, with role and affiliation.
      for (const [label, list] of [
        ['People', summary.people],
        ['Organizations', summary.organizations],
        ['Countries', summary.countries],
      ] as const) {
        assert.deepEqual(
          await texts(p, `ul[aria-label="${label}"] li .name`),
          list.map((e) => e.name),
          `${label} ${where}`,
        );
        assert.deepEqual(
          await p.locator(`ul[aria-label="${label}"] li`).evaluateAll((lis) => lis.map((li) => li.querySelector('.role')?.textContent ?? '')),
          list.map((e) => [e.role, e.roleOf].filter(Boolean).join(', ')),
          `${label} roles ${where}`,
        );
        assert.deepEqual(
          await texts(p, `ul[aria-label="${label}"] li .mentions`),
          list.map((e) => `×${e.mentions}`),
          where,
        );
      }
      // Where: one group per country, "Country not known" for the rest.
      assert.deepEqual(
        await texts(p, '#where h3'),
        summary.places.filter((g) => g.places.length).map((g) => `${g.country ?? 'Country not known'}${g.places.length}`),
        where,
      );
      // Commitments: actors -> action (-> target), modality, time, negation.
      const rows = p.locator('table.commitments tbody tr');
      assert.equal(await rows.count(), summary.commitments.length, where);
      // "By when" and "Negated" only when some commitment has one.
      const timed = summary.commitments.some((c) => c.time);
      const negated = summary.commitments.some((c) => c.negated);
      if (summary.commitments.length) {
        const heads = ['Who', 'Action', 'Modality', ...(timed ? ['By when'] : []), ...(negated ? ['Negated'] : [])];
        assert.deepEqual(await texts(p, 'table.commitments th'), heads, where);
      }
      for (let i = 0; i < summary.commitments.length; i++) {
        const c = summary.commitments[i];
        const cells = await rows.nth(i).locator('td').allTextContents();
        assert.equal(cells[0], c.actors.length ? c.actors.map((a) => a.name).join(', ') : 'unstated', where);
        assert.ok(cells[1].startsWith(c.action) && cells[1].endsWith(c.trigger.text), `${cells[1]} ${where}`);
        assert.deepEqual(cells.slice(2), [c.modality, ...(timed ? [c.time?.text ?? ''] : []), ...(negated ? [c.negated ? 'not' : ''] : [])], where);
      }
      if (!summary.commitments.length) assert.equal(await p.locator('#commitments .none').textContent(), 'No commitments found.');
      // Stances and the timeline.
      assert.deepEqual(
        await texts(p, 'ul.stances li .badge'),
        summary.stances.map((s) => s.type.replace('-', ' ')),
        where,
      );
      assert.deepEqual(
        await texts(p, 'ol.timeline li .name'),
        summary.times.map((t) => t.text),
        where,
      );
    }
    // The stylesheet and the script loaded under the CSP, and nothing was blocked.
    assert.deepEqual(await violations(p), []);
    assert.equal(
      await p
        .locator('.count')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
      'inline-block',
    );
    await p.close();
  });

  test('clicking a row (or Enter on it) posts a reveal of its span in the text', async () => {
    const a = richest;
    const s = a.summary;
    const p = await open(a);
    const expected: { start: number; end: number; text?: string }[] = [];
    const entity = [...s.people, ...s.organizations][0] ?? s.countries[0];
    assert.ok(entity, 'the richest fixture names nobody');
    await p.locator('ul.entities li', { hasText: entity.name }).first().click();
    expected.push(entity.first);
    const place = s.places.flatMap((g) => g.places)[0];
    if (place) {
      await p.locator('#where li', { hasText: place.name }).first().click();
      expected.push(place.first);
    }
    if (s.commitments.length) {
      const last = s.commitments.length - 1;
      await p.locator('table.commitments tbody tr').nth(last).click();
      expected.push(s.commitments[last].range);
    }
    if (s.stances.length) {
      await p.locator('ul.stances li').first().click();
      expected.push(s.stances[0].range);
    }
    if (s.times.length) {
      await p.locator('ol.timeline li').first().focus();
      await p.keyboard.press('Enter');
      expected.push(s.times[0]);
    }
    if (s.headline) {
      await p.locator('h1').click();
      expected.push(s.headline);
    }
    const reveals = (await posted(p)).filter((m) => m.type === 'reveal');
    assert.deepEqual(
      reveals,
      expected.map(({ start, end }) => ({ type: 'reveal', start, end })),
    );
    // The offsets point at the names in the article text.
    assert.ok(a.text.slice(entity.first.start, entity.first.end).length > 0);
    assert.ok([entity.name, ...entity.aliases].some((n) => n.includes(a.text.slice(entity.first.start, entity.first.end))));
    // Folding a section is not a link, and the fold is kept in the state.
    await p.locator('#who > summary').click();
    assert.equal((await posted(p)).filter((m) => m.type === 'reveal').length, expected.length);
    assert.deepEqual((await waitForState(p, (st) => Boolean(st?.collapsed?.length)))?.collapsed, ['who']);
    await p.close();
  });

  test(
    'the commitments table filters by actor, and the filter is kept in the state',
    { skip: !filterable && 'no fixture has commitments by different actors yet' },
    async () => {
      const a = filterable!;
      const s = a.summary;
      const p = await open(a);
      const options = await texts(p, 'select[aria-label="Filter by actor"] option');
      assert.equal(options[0], `All actors (${s.commitments.length})`);
      const actor = s.commitments
        .flatMap((c) => c.actors)
        .find((x) => s.commitments.filter((c) => c.actors.some((y) => y.id === x.id)).length < s.commitments.length)!;
      const expected = s.commitments.filter((c) => c.actors.some((x) => x.id === actor.id));
      assert.ok(options.includes(`${actor.name} (${expected.length})`), options.join('|'));
      await p.locator('select[aria-label="Filter by actor"]').selectOption(actor.id);
      assert.deepEqual(
        await texts(p, 'table.commitments tbody tr td.action'),
        expected.map((c) => `${c.action}${c.target.length ? ` → ${c.target.map((t) => t.name).join(', ')}` : ''}${c.trigger.text}`),
      );
      assert.equal((await savedState(p))?.actorFilter, actor.id);
      await p.locator('select[aria-label="Filter by actor"]').selectOption('');
      assert.equal(await p.locator('table.commitments tbody tr').count(), s.commitments.length);
      await p.close();
    },
  );

  test(
    'several holders or targets get a holder × target matrix of stances',
    { skip: !withMatrix && 'no article has stances between several actors yet' },
    async () => {
      const p = await open(withMatrix!);
      const cells = await p.locator('table.matrix td[title]').evaluateAll((tds) => tds.map((td) => td.getAttribute('title') ?? ''));
      const expected = [...matrixPairs(withMatrix!.summary)].map(([pair, types]) => {
        const [holder, target] = pair.split(' → ');
        return `${holder} → ${types.join(', ')} → ${target}`;
      });
      assert.deepEqual(cells.sort(), expected.sort());
      await p.close();
    },
  );

  test('copy and export buttons ask the host, and the panel shows the outcome', async () => {
    const p = await open(richest);
    await p.getByRole('button', { name: 'Copy Markdown' }).click();
    await p.getByRole('button', { name: 'Copy JSON' }).click();
    await p.getByRole('button', { name: 'Export…' }).click();
    assert.deepEqual(
      (await posted(p)).filter((m) => m.type !== 'ready'),
      [{ type: 'copy', format: 'markdown' }, { type: 'copy', format: 'json' }, { type: 'export' }],
    );
    await send(p, { type: 'copied', format: 'json', ok: true });
    assert.equal(await p.locator('.toast').textContent(), 'Copied as JSON');
    await send(p, { type: 'copied', format: 'markdown', ok: false });
    assert.equal(await p.locator('.toast').textContent(), 'Nothing to copy');
    await p.close();
  });

  test('hostile article text is shown as text and never run', async () => {
    const script = '<script>window.__pwned = "script"</script>';
    const img = '<img src=x onerror="window.__pwned = \'img\'">';
    // A real article whose headline and dateline carry markup, analysed by the library ...
    const a = article(
      'hostile.news',
      `Talks resume ${script} in Geneva\n\nGENEVA, May 2 — ${img} Swiss officials said on Friday that Iran and France would meet again next week.\n`,
    );
    const s: Summary = structuredClone(a.summary);
    assert.ok(s.headline?.text.includes(script), 'the library keeps the headline as written');
    // ... and names as a server could send them.
    s.file = '<script>x</script>.news';
    s.people.unshift({
      id: 'x1',
      kind: 'person',
      name: img,
      aliases: ['"><svg onload=alert(1)>'],
      role: '<b>Minister</b>',
      roleOf: '&amp; Co',
      mentions: 1,
      first: { start: 0, end: 1 },
      salience: 99,
    });
    s.commitments.unshift({
      id: 'x2',
      actors: [{ id: 'x1', name: img }],
      trigger: { start: 0, end: 1, text: script },
      action: `${img} & more`,
      range: { start: 0, end: 1 },
      modality: 'firm',
      negated: true,
      target: [],
    });
    s.stances.unshift({
      id: 'x3',
      type: 'condemn',
      holders: [{ id: 'x1', name: script }],
      targets: [{ id: 'x4', name: img }],
      trigger: { start: 0, end: 1, text: img },
      range: { start: 0, end: 1 },
    });
    const p = await open({ ...a, summary: s });
    assert.equal(await p.locator('h1').textContent(), s.headline!.text);
    assert.equal(await p.locator('ul[aria-label="People"] li .name').first().textContent(), img);
    assert.equal(await p.locator('ul[aria-label="People"] li .role').first().textContent(), '<b>Minister</b>, &amp; Co');
    assert.equal(await p.locator('ul[aria-label="People"] li .aliases').first().textContent(), 'also "><svg onload=alert(1)>');
    assert.ok(((await p.locator('table.commitments td.action').first().textContent()) ?? '').includes(`${img} & more`));
    assert.ok((await texts(p, 'select option')).includes(`${img} (1)`));
    assert.equal(await p.locator('ul.stances li .holder').first().textContent(), script);
    assert.equal(await p.locator('#root img, #root script, #root svg, #root iframe, #root b:not(.counts b)').count(), 0);
    await p.waitForTimeout(100);
    assert.equal(await p.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
    await p.close();
  });

  test('empty states: no editor, too large, no analysis, an article with no entities; then a live update', async () => {
    const p = await blank();
    assert.equal(await p.locator('.loading').textContent(), 'Analysing…');
    await send(p, { type: 'empty', empty: { reason: 'no-editor' } });
    assert.equal(await p.locator('.empty-state h2').textContent(), 'No news article open');
    await send(p, { type: 'empty', uri: 'file:///huge.news', empty: { reason: 'too-large', file: 'huge.news', size: 5 * 1024 * 1024, limit: 1024 * 1024 } });
    assert.equal(await p.locator('.empty-state h2').textContent(), 'File too large to analyse');
    assert.match((await p.locator('.empty-state p').textContent()) ?? '', /huge\.news: 5,120 KB is above 1,024 KB/);
    await send(p, { type: 'empty', uri: 'file:///a.news', empty: { reason: 'no-analysis', file: 'a.news' } });
    assert.equal(await p.locator('.empty-state h2').textContent(), 'No analysis for this file');
    // A real article that names nobody and nowhere.
    const quiet = article('quiet.news', 'A quiet week\n\nIt rained for most of the week, and the market was calm. Prices barely moved.\n');
    assert.equal(quiet.summary.people.length + quiet.summary.countries.length + quiet.summary.places.length, 0);
    await send(p, { type: 'summary', uri: quiet.uri, summary: quiet.summary });
    assert.equal(await p.locator('h1').textContent(), 'A quiet week');
    assert.equal(await p.locator('.empty-state h2').textContent(), 'Nothing to summarise yet');
    assert.equal(await p.locator('#who, #where, #commitments, #stances').count(), 0);
    // Live: the host says a new summary is coming (the text changed), then sends it.
    await send(p, { type: 'pending', uri: quiet.uri });
    assert.ok(await p.locator('#root.stale .updating').isVisible());
    const edited = article('quiet.news', `${quiet.text}Later, Germany and Brazil said they would sign a trade accord in Berlin by March.\n`);
    await send(p, { type: 'summary', uri: quiet.uri, summary: edited.summary });
    assert.equal(await p.locator('#root.stale').count(), 0);
    assert.deepEqual(
      await texts(p, 'ul[aria-label="Countries"] li .name'),
      edited.summary.countries.map((c) => c.name),
    );
    assert.ok(edited.summary.countries.length >= 2);
    await p.close();
  });

  test('a long article shows its first 100 rows per list and the rest on demand', async () => {
    // Five copies of the fixtures, the years changed in each so the timeline keeps growing.
    const text = Array.from({ length: 5 }, (_, i) => articles.map((a) => a.text.replace(/\b(19|20)\d\d\b/g, String(1950 + i))).join('\n')).join('\n');
    const long = article('long.news', text);
    const times = long.summary.times;
    assert.ok(times.length > 100, `only ${times.length} times`);
    const p = await open(long);
    assert.equal(await p.locator('ol.timeline li').count(), 100);
    const when = p.locator('#when');
    await when.getByRole('button', { name: `Show all ${times.length}` }).click();
    assert.deepEqual(
      await texts(p, 'ol.timeline li .name'),
      times.map((t) => t.text),
    );
    assert.equal(await when.getByRole('button', { name: /^Show all/ }).count(), 0);
    await p.close();
  });

  test('a restored panel renders its saved state at once and asks the host for a fresh one', async () => {
    const a = richest;
    const first = await open(a);
    await first.locator('#where > summary').click();
    const state = await waitForState(first, (st) => Boolean(st?.collapsed?.length));
    assert.deepEqual(state?.collapsed, ['where']);
    await first.close();
    assert.equal(state?.uri, a.uri);
    const p = await blank(state);
    assert.equal(await p.locator('h1').textContent(), a.summary.headline?.text ?? a.name);
    assert.equal(await p.locator('#where').evaluate((d) => (d as HTMLDetailsElement).open), false);
    assert.equal(await p.locator('#who').evaluate((d) => (d as HTMLDetailsElement).open), true);
    assert.deepEqual(await posted(p), [{ type: 'ready' }]);
    await p.close();
  });

  test('the Sources section: who is quoted, how often, direct or reported, by kind; each quote reveals its words', async () => {
    const a = article('sources.news', SOURCES_TEXT);
    const src = a.summary.sources;
    assert.ok(src.quotes >= 6 && src.unnamed >= 1, JSON.stringify(src));
    const p = await open(a);
    assert.equal(await p.locator('#sources > summary .count').textContent(), String(src.speakers.length));
    assert.equal(
      await p.locator('#sources .source-totals').textContent(),
      `${src.quotes} quotes: ${src.direct} direct, ${src.reported} reported; ${src.unnamed} without a named source.`,
    );
    const kinds = await texts(p, '#sources ul.source-kinds li');
    assert.deepEqual(
      kinds,
      (['official', 'company', 'expert', 'citizen', 'other'] as const).filter((k) => src.byKind[k]).map((k) => `${SOURCE_KIND_LABELS[k]}${src.byKind[k]}`),
    );
    assert.deepEqual(
      await texts(p, '#sources .source-head .name'),
      src.speakers.map((r) => r.name),
    );
    assert.equal(await p.locator('#sources li.unnamed .badge').textContent(), 'no named source');
    // Every quote of the most quoted speaker is listed and reveals its words in the text.
    const top = src.speakers[0];
    const items = p.locator('#sources ul.sources > li').first().locator('ul.said li');
    assert.equal(await items.count(), top.quotes);
    await items.last().click();
    const reveal = (await posted(p)).filter((m) => m.type === 'reveal').pop() as { start: number; end: number };
    const last = top.said[top.said.length - 1];
    assert.deepEqual(reveal, { type: 'reveal', start: last.range.start, end: last.range.end });
    assert.ok(SOURCES_TEXT.slice(reveal.start, reveal.end).startsWith(last.text.replace(/…$/, '')));
    await p.locator('#sources').scrollIntoViewIfNeeded();
    await p.locator('#sources').screenshot({ path: join(artifactsDir(), 'sources-light.png') });
    await setTheme(p, 'dark');
    await p.locator('#sources').screenshot({ path: join(artifactsDir(), 'sources-dark.png') });
    assert.deepEqual(await violations(p), []);
    await p.close();
  });

  test('screenshots in the light, dark and high-contrast themes', async () => {
    const dir = artifactsDir();
    for (const a of [richest, ...(seed ? [seed] : [])]) {
      const p = await open(a);
      for (const theme of ['light', 'dark', 'high-contrast'] as const) {
        await setTheme(p, theme);
        const file = join(dir, `${a.name.replace(/\.news$/, '')}-${theme}.png`);
        await p.screenshot({ path: file, fullPage: true });
        assert.ok(existsSync(file));
        // The theme's variables reach the page: text and background follow them.
        const [fg, bg] = await p.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
        assert.notEqual(fg, bg);
        assert.equal(bg, { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)', 'high-contrast': 'rgb(0, 0, 0)' }[theme]);
      }
      await p.close();
    }
  });
});
