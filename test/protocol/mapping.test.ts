// The LSP adapter's mapping from analysis data to LSP answers, on a hand-made Analysis of a short
// article (so these tests pin the adapter, whatever the analysis library finds).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentSymbol, InlayHintLabelPart, MarkupContent } from 'vscode-languageserver-protocol';
import type { Analysis, Entity, Mention, MentionForm, Span, TextSpan } from '../../server/src/analysis/types';
import { DEFAULT_SETTINGS, TOKEN_MODIFIERS, HIGHLIGHT_KINDS as TOKEN_TYPES } from '../../shared/contract';
import { readSettings, sizeAboveLimit } from '../../shared/settings';
import { isExcluded } from '../../server/src/lsp/config';
import { hover } from '../../server/src/lsp/hover';
import { inlayHints, namesItself, namesLabel } from '../../server/src/lsp/inlayHints';
import { codeLenses, foldingRanges } from '../../server/src/lsp/lenses';
import { definition, documentHighlights, references } from '../../server/src/lsp/navigation';
import { semanticTokens } from '../../server/src/lsp/semanticTokens';
import { documentSymbols, fuzzyMatch } from '../../server/src/lsp/symbols';
import { parseUserEntities } from '../../server/src/lsp/userEntities';
import { DocumentView, emptyAnalysis, paint } from '../../server/src/lsp/view';
import { decodeTokens } from './harness';

const TEXT = [
  'Port accord signed',
  'OSLO, March 4 (Newswire) — Trade Minister Ingrid Valen of Norway met Canadian officials.',
  'Valen said Oslo will not raise tariffs by 2026.',
  'The ministers condemned the blockade of the strait',
  'near Arendal.',
].join('\n');

function at(needle: string, nth = 0): TextSpan {
  let from = 0;
  for (let i = 0; i <= nth; i++) {
    const found = TEXT.indexOf(needle, i === 0 ? 0 : from + 1);
    assert.ok(found >= 0, `fixture lacks "${needle}"`);
    from = found;
  }
  return { start: from, end: from + needle.length, text: needle };
}
const mention = (needle: string, form: MentionForm = 'name', nth = 0): Mention => ({ ...at(needle, nth), form });
const span = (s: TextSpan): Span => ({ start: s.start, end: s.end });

function analysis(): Analysis {
  const valen: Entity = {
    id: 'e1',
    kind: 'person',
    name: 'Ingrid Valen',
    aliases: ['Valen'],
    role: 'Trade Minister',
    roleOf: 'Norway',
    mentions: [mention('Ingrid Valen'), mention('Valen', 'name', 1)],
  };
  const norway: Entity = {
    id: 'e2',
    kind: 'country',
    name: 'Norway',
    aliases: ['Oslo'],
    mentions: [mention('Norway'), mention('Oslo')],
  };
  const canada: Entity = { id: 'e3', kind: 'country', name: 'Canada', aliases: [], mentions: [mention('Canadian', 'demonym')] };
  const arendal: Entity = { id: 'e4', kind: 'place', name: 'Arendal', aliases: [], mentions: [mention('Arendal')] };
  const lines = TEXT.split('\n');
  let offset = 0;
  const paragraphs = lines.map((line) => {
    const p = { start: offset, end: offset + line.length };
    offset += line.length + 1;
    return p;
  });
  // The last two lines are one paragraph (a hard-wrapped sentence).
  const merged = [...paragraphs.slice(0, 3), { start: paragraphs[3].start, end: paragraphs[4].end }];
  return {
    length: TEXT.length,
    problems: [],
    headline: at('Port accord signed'),
    paragraphs: merged,
    sentences: merged.map((p, i) => ({ ...p, firstToken: 0, endToken: 0, paragraph: i })),
    tokens: [],
    entities: [valen, norway, canada, arendal],
    commitments: [
      {
        id: 'c1',
        actors: ['e2'],
        trigger: at('will not raise'),
        action: 'raise tariffs',
        actionRange: span(at('raise tariffs')),
        range: span(at('Oslo will not raise tariffs by 2026')),
        modality: 'firm',
        negated: true,
        time: at('by 2026'),
      },
    ],
    stances: [
      {
        id: 's1',
        type: 'condemn',
        holders: ['e1'],
        targets: [],
        trigger: at('condemned'),
        range: span(at('The ministers condemned the blockade')),
      },
    ],
    times: [at('March 4'), { ...at('by 2026'), value: '2026' }],
    quotes: [],
  };
}

const decode = (view: DocumentView, data: number[]) => decodeTokens(view.text, data, [...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

const newView = () => new DocumentView('file:///tmp/port.news', 1, TEXT, analysis());
const posOf = (view: DocumentView, needle: string, nth = 0) => view.doc.positionAt(at(needle, nth).start + 1);

test('semantic tokens decode to the right spans, types and modifiers', () => {
  const view = newView();
  const tokens = decode(view, semanticTokens(view, DEFAULT_SETTINGS).data);
  const find = (text: string) => tokens.filter((t) => t.text === text);
  assert.deepEqual(
    find('Ingrid Valen').map((t) => [t.type, t.modifiers]),
    [['person', ['declaration']]],
  );
  assert.deepEqual(
    find('Valen').map((t) => [t.type, t.modifiers]),
    [['person', []]],
  );
  assert.deepEqual(
    find('Canadian').map((t) => [t.type, t.modifiers]),
    [['country', ['declaration', 'reference']]],
  );
  assert.deepEqual(
    find('Arendal').map((t) => t.type),
    ['place'],
  );
  // The trigger wins where it overlaps the action phrase; the rest of the action is marked `action`.
  assert.deepEqual(
    find('will not raise').map((t) => [t.type, t.modifiers]),
    [['commitment', ['negated']]],
  );
  assert.deepEqual(
    find(' tariffs').map((t) => [t.type, t.modifiers]),
    [['commitment', ['action', 'negated']]],
  );
  assert.deepEqual(
    find('by 2026').map((t) => t.type),
    ['time'],
  );
  assert.deepEqual(
    find('condemned').map((t) => t.type),
    ['stance'],
  );
  // Tokens never overlap and come in document order.
  for (let i = 5; i < semanticTokens(view, DEFAULT_SETTINGS).data.length; i += 5) {
    const data = semanticTokens(view, DEFAULT_SETTINGS).data;
    assert.ok(data[i] > 0 || data[i + 1] >= data[i - 3], 'tokens overlap or are out of order');
  }
});

test('semantic tokens: kinds can be switched off, and a range request returns only its lines', () => {
  const view = newView();
  const onlyPeople = readSettings({ highlight: { kinds: ['person'] } });
  const people = decode(view, semanticTokens(view, onlyPeople).data);
  assert.deepEqual(
    people.map((t) => t.text),
    ['Ingrid Valen', 'Valen'],
  );
  const line2 = decode(view, semanticTokens(view, DEFAULT_SETTINGS, { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }).data);
  assert.ok(line2.length > 0);
  assert.ok(
    line2.every((t) => t.line === 2),
    JSON.stringify(line2),
  );
  assert.ok(line2.some((t) => t.text === 'Oslo'));
});

test('a token that crosses a line break is split per line', () => {
  const base = analysis();
  const range = span(at('strait\nnear'));
  base.commitments.push({ ...base.commitments[0], id: 'c2', actionRange: range, trigger: { ...at('strait'), end: at('strait').start } });
  const view = new DocumentView('file:///tmp/x.news', 1, TEXT, base);
  const tokens = decode(view, semanticTokens(view, DEFAULT_SETTINGS).data).filter((t) => t.type === 'commitment' && t.line >= 3);
  assert.deepEqual(
    tokens.map((t) => [t.line, t.text]),
    [
      [3, 'strait'],
      [4, 'near'],
    ],
  );
});

test('paint: higher priority wins, inner span wins a tie, adjacent pieces of one layer merge', () => {
  const item = { kind: 'stance' } as never;
  const segments = paint([
    { start: 0, end: 10, priority: 1, item },
    { start: 2, end: 4, priority: 2, item },
    { start: 6, end: 8, priority: 1, item },
  ]);
  assert.deepEqual(
    segments.map((s) => [s.start, s.end]),
    [
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8],
      [8, 10],
    ],
  );
  assert.deepEqual(paint([]), []);
});

test('hover on a person names the role, aliases, mentions and stances; on a commitment who/what/when', () => {
  const view = newView();
  const card = (hover(view, posOf(view, 'Valen', 1))?.contents as MarkupContent).value;
  assert.match(card, /\*\*Ingrid Valen\*\* · person/);
  assert.match(card, /Trade Minister, Norway/);
  assert.match(card, /Also: Valen/);
  assert.match(card, /2 mentions/);
  assert.match(card, /Ingrid Valen condemn/);
  const commitment = (hover(view, posOf(view, 'will not raise'))?.contents as MarkupContent).value;
  assert.match(commitment, /firm · negated/);
  assert.match(commitment, /\*\*Who:\*\* Norway/);
  assert.match(commitment, /\*\*What:\*\* not raise tariffs/);
  assert.match(commitment, /\*\*When:\*\* by 2026/);
  assert.match(commitment, /> Valen said Oslo will not raise tariffs by 2026\./);
  assert.equal(hover(view, posOf(view, 'signed')), null);
});

test('hover escapes Markdown in article text', () => {
  const base = analysis();
  base.entities[0].name = '<img src=x> *Valen*';
  const card = (hover(new DocumentView('file:///tmp/x.news', 1, TEXT, base), posOf(newView(), 'Valen', 1))?.contents as MarkupContent).value;
  assert.ok(card.includes('\\<img src=x\\> \\*Valen\\*'), card);
});

test('document symbols: Actors (People, Countries), Places, Commitments, Stances; counts of entities; concise entity labels', () => {
  const view = newView();
  const tree = documentSymbols(view);
  const names = (symbols: DocumentSymbol[] | undefined) => (symbols ?? []).map((s) => s.name);
  assert.deepEqual(names(tree), ['Actors', 'Places', 'Commitments', 'Stances']);
  assert.deepEqual(names(tree[0].children), ['People', 'Countries']);
  // The Outline sorts by range, then by name: each group ends after the one before, so the
  // documented order wins over the alphabetical one.
  const end = (s: DocumentSymbol) => view.doc.offsetAt(s.range.end);
  for (const level of [tree, tree[0].children!]) {
    for (let i = 1; i < level.length; i++) assert.ok(end(level[i - 1]) < end(level[i]), `${level[i - 1].name} before ${level[i].name}`);
    for (const g of level) assert.equal(view.doc.offsetAt(g.range.start), 0);
  }
  const actors = tree[0].children!.reduce((sum, g) => sum + g.children!.length, 0);
  assert.equal(tree[0].detail, String(actors), 'Actors counts the actors, not its groups');
  const person = tree[0].children![0].children![0];
  assert.equal(person.name, 'Ingrid Valen');
  assert.equal(person.detail, 'Trade Minister, Norway · 2 mentions');
  assert.equal(person.children, undefined, 'mentions are left to references and highlights');
  assert.deepEqual(names(tree[0].children![1].children), ['Norway', 'Canada']);
  assert.equal(tree[2].children![0].name, 'Norway: not raise tariffs');
  assert.equal(tree[2].children![0].detail, 'firm · by 2026');
  for (const symbol of tree) {
    const contains = (outer: DocumentSymbol, inner: DocumentSymbol['range']) =>
      view.doc.offsetAt(outer.range.start) <= view.doc.offsetAt(inner.start) && view.doc.offsetAt(inner.end) <= view.doc.offsetAt(outer.range.end);
    assert.ok(contains(symbol, symbol.selectionRange), `${symbol.name}: selection outside range`);
  }
});

test('definition, references and highlights go from an alias to all mentions of the entity', () => {
  const view = newView();
  const fromOslo = posOf(view, 'Oslo');
  const def = definition(view, fromOslo);
  assert.equal(def && view.text.slice(view.doc.offsetAt(def.range.start), view.doc.offsetAt(def.range.end)), 'Norway');
  const refs = references(view, fromOslo, true).map((l) => view.text.slice(view.doc.offsetAt(l.range.start), view.doc.offsetAt(l.range.end)));
  assert.deepEqual(refs, ['Norway', 'Oslo']);
  assert.equal(references(view, fromOslo, false).length, 1);
  assert.equal(documentHighlights(view, fromOslo).length, 2);
  assert.deepEqual(references(view, posOf(view, 'signed'), true), []);
});

test('inlay hints: a metonym points to its country, a group subject to the resolved names, plain names get none', () => {
  const view = newView();
  const base = analysis();
  // Tokens of "The ministers condemned the blockade": the subject word is found through them.
  const sentence = at('The ministers condemned the blockade');
  let offset = sentence.start;
  const tokens = sentence.text.split(' ').map((word) => {
    const token = { start: offset, end: offset + word.length, text: word, kind: 'word' as const, norm: word, spaceBefore: true };
    offset += word.length + 1;
    return token;
  });
  const tokenized = { ...base, tokens, sentences: base.sentences.map((s, i) => (i === 3 ? { ...s, firstToken: 0, endToken: tokens.length } : s)) };
  const hinted = new DocumentView(view.uri, 1, TEXT, tokenized);
  const all = inlayHints(hinted, { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } });
  const label = (h: (typeof all)[number]) => (h.label as InlayHintLabelPart[]).map((p) => p.value).join('');
  const at2 = (h: (typeof all)[number]) => TEXT.slice(0, hinted.doc.offsetAt(h.position)).split(/\s/).pop();
  assert.deepEqual(
    all.map((h) => [at2(h), label(h)]),
    [
      ['Oslo', '→\u00a0Norway'],
      ['ministers', '=\u00a0Ingrid\u00a0Valen'],
    ],
  );
  const oslo = (all[0].label as InlayHintLabelPart[])[1];
  assert.equal(oslo.location && hinted.doc.offsetAt(oslo.location.range.start), at('Norway').start);
  assert.deepEqual(inlayHints(hinted, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }), []);
});

test('inlay hint labels: names while they fit in 30 characters, else a count; never a breaking space', () => {
  const view = newView();
  const text = (entities: Entity[]) =>
    namesLabel(view, entities, '=\u00a0')
      .map((p) => p.value)
      .join('');
  const valen = view.analysis.entities.find((e) => e.name === 'Ingrid Valen')!;
  const countries = view.analysis.entities.filter((e) => e.kind === 'country');
  assert.equal(text(countries), `=\u00a0${countries.map((c) => c.name.replace(/ /g, '\u00a0')).join(',\u00a0')}`);
  const entity = (name: string): Entity => ({ id: name, kind: 'organization', name, aliases: [], mentions: [{ ...at('Norway'), form: 'name' }] });
  const many = [valen, ...countries, entity('Economic Community of West African States'), entity('Trade Ministry')];
  assert.equal(text(many), `=\u00a0${many.length}\u00a0parties`);
  const long = text([entity('Ministry of Economy, Trade and Industry of the Republic')]);
  assert.ok(long.length <= 30 && long.endsWith('…'), long);
  for (const label of [text(countries), text(many), long]) assert.doesNotMatch(label, / /, 'no breaking space in a hint');
});

test('code lens counts the actors and opens the summary; too-large files say why', () => {
  const lens = codeLenses(newView());
  assert.equal(lens[0].command?.title, '1 person · 2 countries · 1 place · 1 commitment · 1 stance — Open summary');
  assert.equal(lens[0].command?.command, 'newsLens.openSummary');
  const large = new DocumentView('file:///tmp/big.news', 1, 'x', emptyAnalysis(1), 'tooLarge', { size: 5 * 1024 * 1024, limit: 1024 * 1024 });
  assert.match(codeLenses(large)[0].command!.title, /5 MB is above the 1 MB limit/);
  assert.deepEqual(documentSymbols(large), []);
});

test('folding ranges cover the paragraphs that span several lines', () => {
  assert.deepEqual(
    foldingRanges(newView()).map((r) => [r.startLine, r.endLine]),
    [[3, 4]],
  );
});

test('settings: defaults, nested and dotted keys, bad values fall back', () => {
  assert.deepEqual(readSettings(undefined).languages, ['news']);
  assert.equal(readSettings(undefined).maxFileSize, 1024 * 1024);
  const s = readSettings({ languages: ['news', 'markdown'], 'inlayHints.enabled': false, maxFileSize: -3, exclude: 'x' });
  assert.deepEqual(s.languages, ['news', 'markdown']);
  assert.equal(s.inlayHints, false);
  assert.equal(s.maxFileSize, 1024 * 1024);
  assert.deepEqual(s.exclude, []);
  const ex = readSettings({ exclude: ['drafts/**', '*.tmp.news'] });
  assert.ok(isExcluded(ex, '/w/drafts/a.news', 'drafts/a.news'));
  assert.ok(isExcluded(ex, '/w/x/b.tmp.news', 'x/b.tmp.news'));
  assert.ok(!isExcluded(ex, '/w/a.news', 'a.news'));
  assert.equal(sizeAboveLimit('short', 100), undefined);
  assert.equal(sizeAboveLimit('é'.repeat(60), 100), 120);
});

test('user entities: valid entries kept, bad ones reported', () => {
  const { entities, problems } = parseUserEntities({
    entities: [{ name: 'Nordic Ports Council', kind: 'organization', aliases: ['NPC'] }, { name: 'Somebody', kind: 'alien' }, { kind: 'person' }],
    ignore: ['Newswire'],
  });
  assert.deepEqual(entities, { entities: [{ name: 'Nordic Ports Council', kind: 'organization', aliases: ['NPC'] }], ignore: ['Newswire'] });
  assert.equal(problems.length, 2);
  assert.equal(parseUserEntities([1, 2]).problems.length, 1);
});

test('fuzzy matching for workspace symbols', () => {
  assert.ok(fuzzyMatch('ivalen', 'Ingrid Valen — Trade Minister'));
  assert.ok(fuzzyMatch('', 'anything'));
  assert.ok(!fuzzyMatch('xyz', 'Ingrid Valen'));
});

test('namesItself: which mentions need a hint to say whom they mean', () => {
  const entity = (name: string, aliases: string[]): Entity => ({ id: 'e', kind: 'country', name, aliases, mentions: [] });
  const m = (text: string, form: MentionForm): Mention => ({ start: 0, end: text.length, text, form });
  const us = entity('United States', ['US', 'The US side']);
  assert.equal(namesItself(us, m('The US side', 'reference')), true);
  assert.equal(namesItself(us, m('US', 'name')), true);
  assert.equal(namesItself(entity('Kamikawa Yoko', ['Kamikawa']), m('Kamikawa', 'name')), true);
  assert.equal(namesItself(entity('North Korea', ['the North']), m('the North', 'reference')), false);
  assert.equal(namesItself(entity('China', ['Beijing']), m('Beijing', 'name')), false);
});

test('hard-wrapped text shows on one line in hovers and the outline', () => {
  const base = analysis();
  base.commitments[0].time = { ...at('strait\nnear'), text: 'strait\nnear' };
  const view = new DocumentView('file:///tmp/x.news', 1, TEXT, base);
  const commitment = documentSymbols(view).find((s) => s.name === 'Commitments')!.children![0];
  assert.equal(commitment.detail, 'firm · strait near');
  const card = (hover(view, posOf(view, 'will not raise'))?.contents as MarkupContent).value;
  assert.match(card, /\*\*When:\*\* strait near {2}\n/);
});
