// The summary panel's webview script (bundled to dist/panel.js). It renders a `Summary` the host
// posts, and posts back what the reader asks for: reveal a span, copy or export the summary.
// Every piece of article text goes into the DOM as a text node: nothing is parsed as HTML.
import './panel.css';
import { SOURCE_KIND_LABELS } from '../../../server/src/analysis/quotes/labels';
import type { EntityRef, SourceKind, Span, Summary, SummaryEntity, SummarySource } from '../../../server/src/analysis/types';
import { STANCE_TONES } from '../../../shared/contract';
import { dayRangeText } from '../../../shared/format';
import type { EmptyState, ExportFormat, HostMessage, PanelState, WebviewMessage } from './protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): PanelState | undefined;
  setState(state: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type SummaryCommitment = Summary['commitments'][number];
type SummaryStance = Summary['stances'][number];

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;
/** Rows shown per list before a "Show all" button (a huge article must not freeze the panel). */
const LIST_LIMIT = 100;
/** Most holders (rows) or targets (columns) the stances matrix shows. */
const MATRIX_LIMIT = 12;

let state: PanelState = vscode.getState() ?? {};
/** Lists the reader expanded past LIST_LIMIT, by key; kept until the next document. */
const expanded = new Set<string>();

// ---------------------------------------------------------------------------------------------
// DOM building: text always through text nodes, attributes through properties.

type Child = Node | string | number | null | undefined | false;

interface Props {
  class?: string;
  title?: string;
  /** Makes the element a link back to the text: clicking it reveals this span. */
  reveal?: Span;
  /** Identifies the element across re-renders, to keep focus where it was. */
  key?: string;
  attrs?: Record<string, string>;
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.title) el.title = props.title;
  if (props.key) el.dataset.key = props.key;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  if (props.reveal) {
    el.dataset.start = String(props.reveal.start);
    el.dataset.end = String(props.reveal.end);
    el.classList.add('reveal');
    el.tabIndex = 0;
    if (!el.title) el.title = 'Show in the editor';
  }
  append(el, children);
  return el;
}

function append(el: HTMLElement, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'number' ? String(child) : child);
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function names(refs: EntityRef[]): string {
  return refs.map((r) => r.name).join(', ');
}

function baseName(file: string): string {
  const cut = file.split(/[\\/]/);
  return decodeURIComponentSafe(cut[cut.length - 1] || file);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A list capped at LIST_LIMIT rows, with a button that shows the rest. */
function capped<T>(key: string, items: T[], row: (item: T) => HTMLElement, into: HTMLElement): void {
  const all = expanded.has(key) || items.length <= LIST_LIMIT;
  for (const item of all ? items : items.slice(0, LIST_LIMIT)) into.append(row(item));
  if (!all) {
    const more = h('button', { class: 'more', key: `more:${key}`, attrs: { type: 'button' } }, `Show all ${items.length}`);
    more.dataset.expand = key;
    into.append(more);
  }
}

// ---------------------------------------------------------------------------------------------
// Sections.

function section(id: string, title: string, count: number | undefined, ...body: Child[]): HTMLElement {
  const details = h('details', { class: 'section', key: `section:${id}`, attrs: { id } });
  details.open = !(state.collapsed ?? []).includes(id);
  details.append(h('summary', {}, h('h2', {}, title, count === undefined ? null : h('span', { class: 'count' }, count))));
  append(details, body);
  return details;
}

function none(text: string): HTMLElement {
  return h('p', { class: 'none' }, text);
}

function renderHeader(s: Summary, uri: string | undefined): HTMLElement {
  const file = baseName(s.file || uri || '');
  const head = h('header', { class: 'head' }, h('span', { class: 'updating', attrs: { role: 'status' } }, 'Updating…'));
  if (s.headline) {
    head.append(h('div', { class: 'file', title: s.file }, file), h('h1', { reveal: s.headline, key: 'headline' }, s.headline.text));
  } else {
    head.append(h('h1', { class: 'untitled', title: s.file }, file || 'Untitled article'));
  }
  if (s.dateline) {
    const d = s.dateline;
    head.append(h('p', { class: 'dateline', reveal: d.range, key: 'dateline' }, d.place, d.date ? ` — ${d.date}` : null));
  }
  const c = s.counts;
  const counts: [number, string, string][] = [
    [c.people, 'person', 'people'],
    [c.organizations, 'organization', 'organizations'],
    [c.countries, 'country', 'countries'],
    [c.places, 'place', 'places'],
    [c.commitments, 'commitment', 'commitments'],
    [c.stances, 'stance', 'stances'],
  ];
  head.append(legend());
  head.append(
    h('ul', { class: 'counts', attrs: { 'aria-label': 'Counts' } }, ...counts.map(([n, one, many]) => h('li', {}, h('b', {}, n), ` ${n === 1 ? one : many}`))),
  );
  head.append(
    h(
      'div',
      { class: 'actions' },
      copyButton('markdown', 'Copy Markdown', 'Copy the summary as a Markdown brief'),
      copyButton('json', 'Copy JSON', 'Copy the summary as JSON (the CLI’s shape)'),
      exportButton(),
      h('span', { class: 'toast', attrs: { role: 'status' } }),
    ),
  );
  return head;
}

/** The kinds' colours in the editor (the default themes'; panel.css holds the same palette as package.json). */
const LEGEND: [string, string][] = [
  ['person', 'people'],
  ['organization', 'organizations'],
  ['country', 'countries'],
  ['place', 'places'],
  ['commitment', 'commitments'],
  ['stance', 'stances'],
  ['time', 'dates'],
];

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', attrs: { 'aria-label': 'Colours in the editor' } },
    ...LEGEND.map(([kind, label]) => h('li', { class: `kind ${kind}` }, h('span', { class: 'swatch', attrs: { 'aria-hidden': 'true' } }), label)),
  );
}

function copyButton(format: ExportFormat, label: string, title: string): HTMLElement {
  const b = h('button', { class: 'secondary', title, key: `copy:${format}`, attrs: { type: 'button' } }, label);
  b.dataset.copy = format;
  return b;
}

function exportButton(): HTMLElement {
  const b = h('button', { title: 'Export the summary as Markdown or JSON, to an editor or a file', key: 'export', attrs: { type: 'button' } }, 'Export…');
  b.dataset.export = 'ask';
  return b;
}

function entityRow(e: SummaryEntity): HTMLElement {
  const role = [e.role, e.roleOf].filter(Boolean).join(', ');
  return h(
    'li',
    { class: `row entity ${e.kind}`, reveal: e.first, key: e.id },
    h('span', { class: 'name' }, e.name),
    role ? h('span', { class: 'role' }, role) : null,
    e.aliases.length ? h('span', { class: 'aliases' }, `also ${e.aliases.join(', ')}`) : null,
    h('span', { class: 'mentions', title: plural(e.mentions, 'mention', 'mentions') }, `×${e.mentions}`),
  );
}

function entityList(key: string, title: string, items: SummaryEntity[]): HTMLElement {
  const list = h('ul', { class: 'entities', attrs: { 'aria-label': title } });
  capped(key, items, entityRow, list);
  return h('div', { class: 'group' }, h('h3', {}, title, h('span', { class: 'count' }, items.length)), items.length ? list : none('None named.'));
}

function renderWho(s: Summary): HTMLElement {
  const n = s.people.length + s.organizations.length + s.countries.length;
  return section(
    'who',
    'Who',
    n,
    entityList('people', 'People', s.people),
    entityList('organizations', 'Organizations', s.organizations),
    entityList('countries', 'Countries', s.countries),
  );
}

function renderWhere(s: Summary): HTMLElement {
  const n = s.places.reduce((sum, g) => sum + g.places.length, 0);
  if (!n) return section('where', 'Where', 0, none('No places named.'));
  return section(
    'where',
    'Where',
    n,
    ...s.places.filter((g) => g.places.length).map((g, i) => entityList(`places:${i}`, g.country ?? 'Country not known', g.places)),
  );
}

function modalityBadge(m: SummaryCommitment['modality']): HTMLElement {
  return h('span', { class: `badge modality ${m}` }, m);
}

/** The optional columns of the commitments table, shown only when some row has a value. */
interface Columns {
  time: boolean;
  negated: boolean;
}

function commitmentRow(c: SummaryCommitment, columns: Columns): HTMLElement {
  return h(
    'tr',
    { class: `row${c.negated ? ' negated' : ''}`, reveal: c.range, key: c.id },
    h('td', { class: 'actors' }, c.actors.length ? names(c.actors) : h('span', { class: 'muted' }, 'unstated')),
    h(
      'td',
      { class: 'action' },
      c.action,
      c.target.length ? h('span', { class: 'target' }, ` → ${names(c.target)}`) : null,
      h('span', { class: 'quote trigger', title: 'The words that commit' }, c.trigger.text),
    ),
    h('td', {}, modalityBadge(c.modality)),
    columns.time &&
      h(
        'td',
        { class: 'time' },
        c.time ? c.time.text : '',
        c.deadline ? h('span', { class: 'value', title: "Resolved against the article's date" }, dayRangeText(c.deadline)) : null,
      ),
    columns.negated && h('td', { class: 'neg' }, c.negated ? h('span', { class: 'badge negated' }, 'not') : ''),
  );
}

/** The actors of the commitments, in order of first appearance, with how many each undertook. */
function commitmentActors(list: SummaryCommitment[]): { ref: EntityRef; count: number }[] {
  const byId = new Map<string, { ref: EntityRef; count: number }>();
  for (const c of list) {
    for (const a of c.actors) {
      const seen = byId.get(a.id);
      if (seen) seen.count++;
      else byId.set(a.id, { ref: a, count: 1 });
    }
  }
  return [...byId.values()];
}

function renderCommitments(s: Summary): HTMLElement {
  if (!s.commitments.length) return section('commitments', 'Commitments', 0, none('No commitments found.'));
  const actors = commitmentActors(s.commitments);
  const filter = actors.some((a) => a.ref.id === state.actorFilter) ? state.actorFilter : undefined;
  const select = h('select', { key: 'actor-filter', attrs: { 'aria-label': 'Filter by actor' } });
  select.append(h('option', { attrs: { value: '' } }, `All actors (${s.commitments.length})`));
  for (const a of actors) {
    const opt = h('option', {}, `${a.ref.name} (${a.count})`);
    opt.value = a.ref.id;
    select.append(opt);
  }
  select.value = filter ?? '';
  select.dataset.filter = 'actor';
  const shown = filter ? s.commitments.filter((c) => c.actors.some((a) => a.id === filter)) : s.commitments;
  const columns: Columns = { time: shown.some((c) => c.time), negated: shown.some((c) => c.negated) };
  const body = h('tbody');
  capped(`commitments:${filter ?? ''}`, shown, (c) => commitmentRow(c, columns), body);
  const heads = ['Who', 'Action', 'Modality', columns.time && 'By when', columns.negated && 'Negated'].filter((t): t is string => Boolean(t));
  const table = h('table', { class: 'commitments' }, h('thead', {}, h('tr', {}, ...heads.map((t) => h('th', { attrs: { scope: 'col' } }, t)))), body);
  // A "Show all" button cannot sit inside tbody: move it under the table.
  const more = body.querySelector('button.more');
  return section('commitments', 'Commitments', s.commitments.length, h('label', { class: 'filter' }, 'Actor ', select), table, more);
}

function stanceRow(st: SummaryStance): HTMLElement {
  return h(
    'li',
    { class: 'row stance', reveal: st.range, key: st.id },
    h('span', { class: 'holder' }, st.holders.length ? names(st.holders) : 'unstated'),
    h('span', { class: 'arrow', attrs: { 'aria-hidden': 'true' } }, '→'),
    h('span', { class: `badge stance ${st.type} ${STANCE_TONES[st.type]}` }, st.type.replace('-', ' ')),
    h('span', { class: 'arrow', attrs: { 'aria-hidden': 'true' } }, '→'),
    h('span', { class: 'target' }, st.targets.length ? names(st.targets) : '—'),
    h('span', { class: 'quote' }, st.trigger.text),
  );
}

/** Holder x target grid of stance types, when several actors or targets take part. */
function stanceMatrix(list: SummaryStance[]): HTMLElement | null {
  const holders = new Map<string, EntityRef>();
  const targets = new Map<string, EntityRef>();
  const cells = new Map<string, SummaryStance[]>();
  for (const st of list) {
    for (const hd of st.holders) {
      for (const tg of st.targets) {
        holders.set(hd.id, hd);
        targets.set(tg.id, tg);
        const key = `${hd.id}\u0000${tg.id}`;
        const cell = cells.get(key);
        if (cell) cell.push(st);
        else cells.set(key, [st]);
      }
    }
  }
  if (cells.size < 2 || (holders.size < 2 && targets.size < 2)) return null;
  // Compact or nothing: past a dozen each way the list above says it better.
  if (holders.size > MATRIX_LIMIT || targets.size > MATRIX_LIMIT) return null;
  const cols = [...targets.values()];
  const table = h('table', { class: 'matrix', attrs: { 'aria-label': 'Who takes which stance on whom' } });
  table.append(
    h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Holder \\ target'), ...cols.map((t) => h('th', { attrs: { scope: 'col' } }, t.name)))),
  );
  const body = h('tbody');
  for (const hd of holders.values()) {
    const tr = h('tr', {}, h('th', { attrs: { scope: 'row' } }, hd.name));
    for (const tg of cols) {
      const cell = cells.get(`${hd.id}\u0000${tg.id}`);
      if (!cell) {
        tr.append(h('td', { class: 'empty' }));
        continue;
      }
      const types = [...new Set(cell.map((st) => st.type))];
      tr.append(
        h(
          'td',
          { reveal: cell[0].range, key: `cell:${hd.id}:${tg.id}`, title: `${hd.name} → ${types.join(', ')} → ${tg.name}` },
          ...types.map((t) => h('span', { class: `badge stance ${t} ${STANCE_TONES[t]}` }, t.replace('-', ' '))),
        ),
      );
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

function renderStances(s: Summary): HTMLElement {
  if (!s.stances.length) return section('stances', 'Stances', 0, none('No stances found.'));
  const list = h('ul', { class: 'stances' });
  capped('stances', s.stances, stanceRow, list);
  const matrix = stanceMatrix(s.stances);
  return section('stances', 'Stances', s.stances.length, list, matrix ? h('div', { class: 'matrix-wrap' }, matrix) : null);
}

function sourceRow(row: SummarySource): HTMLElement {
  const said = h('ul', { class: 'said', attrs: { 'aria-label': `What ${row.name} said` } });
  for (const q of row.said) {
    said.append(
      h(
        'li',
        { class: `row said-item${q.direct ? ' direct' : ''}`, reveal: q.range, key: `said:${q.id}` },
        h('span', { class: q.direct ? 'quote' : 'reported' }, q.text),
      ),
    );
  }
  const detail = `${row.direct} direct · ${row.reported} reported`;
  return h(
    'li',
    { class: `source ${row.kind}${row.id ? '' : ' unnamed'}` },
    h(
      'div',
      { class: 'row source-head', reveal: row.said[0].range, key: `source:${row.id ?? 'unnamed'}` },
      h('span', { class: row.id ? 'name' : 'name muted' }, row.name),
      row.role ? h('span', { class: 'role' }, row.role) : null,
      h('span', { class: `badge source-kind ${row.kind}` }, row.id ? SOURCE_KIND_LABELS[row.kind] : 'no named source'),
      h('span', { class: 'detail' }, detail),
      h('span', { class: 'mentions', title: plural(row.quotes, 'quote', 'quotes') }, `×${row.quotes}`),
    ),
    said,
  );
}

function renderSources(s: Summary): HTMLElement {
  const src = s.sources;
  if (!src.quotes) return section('sources', 'Sources', 0, none('No one is quoted.'));
  const kinds = (Object.keys(src.byKind) as SourceKind[]).filter((k) => src.byKind[k] > 0);
  const totals = h(
    'p',
    { class: 'source-totals' },
    `${plural(src.quotes, 'quote', 'quotes')}: ${src.direct} direct, ${src.reported} reported; ${src.unnamed} without a named source.`,
  );
  const byKind = h(
    'ul',
    { class: 'source-kinds', attrs: { 'aria-label': 'Quotes by kind of source' } },
    ...kinds.map((k) =>
      h('li', { class: `source-kind ${k}` }, h('span', { class: 'kind-name' }, SOURCE_KIND_LABELS[k]), h('span', { class: 'kind-count' }, src.byKind[k])),
    ),
  );
  const list = h('ul', { class: 'sources', attrs: { 'aria-label': 'Who is quoted' } });
  capped('sources', src.speakers, sourceRow, list);
  return section('sources', 'Sources', src.speakers.length, totals, byKind, list);
}

function renderWhen(s: Summary): HTMLElement {
  if (!s.times.length) return section('when', 'When', 0, none('No dates or deadlines named.'));
  // The commitments each time is the deadline of (their time spans overlap).
  const timed = s.commitments.filter((c) => c.time);
  const list = h('ol', { class: 'timeline' });
  capped(
    'times',
    s.times,
    (t) => {
      const of = timed.filter((c) => c.time!.start < t.end && t.start < c.time!.end);
      return h(
        'li',
        { class: 'row time', reveal: t, key: `time:${t.start}` },
        h('span', { class: 'name' }, t.text),
        t.value && t.value !== t.text ? h('span', { class: 'value' }, t.value) : null,
        ...of.map((c) => h('span', { class: 'deadline' }, `deadline: ${c.actors.length ? `${names(c.actors)} — ` : ''}${c.action}`)),
      );
    },
    list,
  );
  return section('when', 'When', s.times.length, list);
}

function renderSummary(s: Summary): void {
  const empty =
    s.people.length + s.organizations.length + s.countries.length + s.commitments.length + s.stances.length === 0 &&
    s.places.every((g) => g.places.length === 0);
  const nodes: Node[] = [renderHeader(s, state.uri)];
  if (empty) {
    nodes.push(
      emptyNote(
        'Nothing to summarise yet',
        'No people, organizations, countries, places, commitments or stances were found in this article. ' +
          'Names the tagger misses can be added in the workspace’s .newslens.json.',
      ),
    );
    if (s.times.length) nodes.push(renderWhen(s));
  } else {
    nodes.push(renderWho(s), renderWhere(s), renderCommitments(s), renderStances(s), renderSources(s), renderWhen(s));
  }
  root.replaceChildren(...nodes);
}

function emptyNote(title: string, text: string, ...extra: Child[]): HTMLElement {
  return h('div', { class: 'empty-state' }, h('h2', {}, title), h('p', {}, text), ...extra);
}

function renderEmpty(e: EmptyState): void {
  switch (e.reason) {
    case 'no-editor':
      root.replaceChildren(
        emptyNote('No news article open', 'Open a .news file, or run “News Lens: Annotate This File” on a text file, and its summary appears here.'),
      );
      return;
    case 'too-large': {
      const size = e.size !== undefined ? `${Math.ceil(e.size / 1024).toLocaleString('en')} KB` : 'This file';
      const limit = e.limit !== undefined ? `${Math.floor(e.limit / 1024).toLocaleString('en')} KB` : 'the limit';
      root.replaceChildren(
        emptyNote(
          'File too large to analyse',
          `${e.file ? `${e.file}: ` : ''}${size} is above ${limit} (the newsLens.maxFileSize setting). Raise the setting to analyse it.`,
        ),
      );
      return;
    }
    case 'no-analysis':
      root.replaceChildren(
        emptyNote(
          'No analysis for this file',
          `${e.file ? `${e.file}: ` : ''}News Lens has not analysed it. It may be excluded by the newsLens settings, or the language server is still starting.`,
        ),
      );
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering with focus kept, state, and the message loop.

function render(): void {
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
  if (state.summary) renderSummary(state.summary);
  else if (state.empty) renderEmpty(state.empty);
  else root.replaceChildren(h('p', { class: 'loading' }, 'Analysing…'));
  if (focused) {
    const again = Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).find((el) => el.dataset.key === focused);
    again?.focus({ preventScroll: true });
  }
}

function save(next: PanelState): void {
  state = next;
  vscode.setState(state);
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const msg = event.data;
  if (!msg || typeof msg !== 'object') return;
  switch (msg.type) {
    case 'summary':
      if (msg.uri !== state.uri) expanded.clear();
      save({ ...state, uri: msg.uri, summary: msg.summary, empty: undefined });
      render();
      break;
    case 'empty':
      if (msg.uri !== state.uri) expanded.clear();
      save({ ...state, uri: msg.uri, summary: undefined, empty: msg.empty });
      render();
      break;
    case 'pending':
      if (msg.uri === state.uri) root.classList.add('stale');
      return;
    case 'copied': {
      const toast = root.querySelector('.toast');
      if (toast) {
        toast.textContent = msg.ok ? `Copied as ${msg.format === 'json' ? 'JSON' : 'Markdown'}` : 'Nothing to copy';
        setTimeout(() => {
          if (toast.isConnected) toast.textContent = '';
        }, 2500);
      }
      return;
    }
  }
  root.classList.remove('stale');
});

function activate(target: HTMLElement): void {
  const link = target.closest<HTMLElement>('[data-start]');
  const button = target.closest<HTMLElement>('button');
  if (button?.dataset.copy) {
    vscode.postMessage({ type: 'copy', format: button.dataset.copy as ExportFormat });
  } else if (button?.dataset.export) {
    vscode.postMessage({ type: 'export' });
  } else if (button?.dataset.expand) {
    expanded.add(button.dataset.expand);
    render();
  } else if (link) {
    const start = Number(link.dataset.start);
    const end = Number(link.dataset.end);
    if (isNumber(start) && isNumber(end)) vscode.postMessage({ type: 'reveal', start, end });
  }
}

root.addEventListener('click', (event) => {
  if (event.target instanceof Element && !(event.target instanceof HTMLSelectElement)) {
    // Clicking a section's title folds it; it is not a link.
    if (event.target.closest('summary')) return;
    activate(event.target as HTMLElement);
  }
});

/** The row to focus from `from` for an arrow, Home or End key (rows: every element that reveals a span). */
function rowFor(from: HTMLElement, key: string): HTMLElement | undefined {
  const rows = Array.from(root.querySelectorAll<HTMLElement>('[data-start]')).filter((el) => el.offsetParent !== null);
  const at = rows.indexOf(from);
  if (key === 'Home') return rows[0];
  if (key === 'End') return rows[rows.length - 1];
  if (at < 0) return undefined;
  return key === 'ArrowDown' ? rows[at + 1] : key === 'ArrowUp' ? rows[at - 1] : undefined;
}

root.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (target.dataset?.start === undefined) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    activate(target);
    return;
  }
  const next = rowFor(target, event.key);
  if (next) {
    event.preventDefault();
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
  }
});

root.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  if (target instanceof HTMLSelectElement && target.dataset.filter === 'actor') {
    save({ ...state, actorFilter: target.value || undefined });
    render();
  }
});

// `toggle` does not bubble: listen in the capture phase.
root.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.id) return;
    // Rendering opens sections too (a toggle event each): save only what the reader changed.
    const collapsed = new Set(state.collapsed ?? []);
    if (collapsed.has(details.id) !== details.open) return;
    if (details.open) collapsed.delete(details.id);
    else collapsed.add(details.id);
    save({ ...state, collapsed: [...collapsed] });
  },
  true,
);

render();
vscode.postMessage({ type: 'ready' });
