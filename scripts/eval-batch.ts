// Scores the whole engine on a batch of annotated articles (test/fixtures/news-batch1/README.md):
// per section and overall, entities P/R and kinds, roles, commitments P/R and traps hit, stances
// P/R; then the misses.
//
//   npm run eval:batch [-- --dir test/fixtures/news-batch1] [--quiet]
//
// Without --dir, every test/fixtures/news-batch*/ directory is scored, each on its own table.
//
// Entities as in test/unit/entities-heldout-score.ts; commitments and stances matched as in
// scripts/eval-commitments.ts (test/fixtures/commitments/match.ts). A trap is hit when a predicted
// commitment's trigger overlaps the trap's trigger word.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../test/support/analyzer';
import type { Analysis, Commitment, Stance } from '../server/src/analysis/types';
import type { GoldCommitment, GoldStance } from '../test/fixtures/commitments/gold';
import { actorMatcher, locate, sameAction } from '../test/fixtures/commitments/match';
import { scoreEntities, type GoldEntities } from '../test/unit/entities-heldout-score';

interface GoldTrap {
  text: string;
  trigger: string;
  family: string;
}

interface GoldArticle extends GoldEntities {
  section: string;
  style: string;
  commitments: GoldCommitment[];
  traps: GoldTrap[];
  stances: GoldStance[];
}

/** Counts of one section (or all). */
interface Tally {
  articles: number;
  entGold: number;
  entPred: number;
  entRight: number;
  named: number;
  kindsRight: number;
  roles: number;
  rolesRight: number;
  c: { tp: number; fp: number; fn: number };
  traps: number;
  trapsHit: number;
  s: { tp: number; fp: number; fn: number };
}

const tally = (): Tally => ({
  articles: 0,
  entGold: 0,
  entPred: 0,
  entRight: 0,
  named: 0,
  kindsRight: 0,
  roles: 0,
  rolesRight: 0,
  c: { tp: 0, fp: 0, fn: 0 },
  traps: 0,
  trapsHit: 0,
  s: { tp: 0, fp: 0, fn: 0 },
});

const argv = process.argv.slice(2);
const quiet = argv.includes('--quiet');
const dirArg = argv.indexOf('--dir');
const fixtures = join(process.cwd(), 'test', 'fixtures');
const dirs =
  dirArg >= 0
    ? [argv[dirArg + 1]]
    : readdirSync(fixtures)
        .filter((d) => /^news-batch\d+$/.test(d))
        .sort((x, y) => Number(x.slice(10)) - Number(y.slice(10)))
        .map((d) => join(fixtures, d));
let misses: string[] = [];
/** Stances by type (gold type for misses, predicted type for spurious ones), over a batch's articles. */
let byType = new Map<string, { tp: number; fp: number; fn: number }>();
const typeCount = (type: string): { tp: number; fp: number; fn: number } => {
  const c = byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  byType.set(type, c);
  return c;
};

/** Commitments: matched, spurious and missed; traps a spurious or any commitment falls on. */
function scoreCommitments(id: string, text: string, gold: GoldArticle, a: Analysis, same: (ids: string[], g: string[]) => boolean, t: Tally): void {
  const used = new Set<Commitment>();
  const nameList = (ids: string[]): string => '[' + ids.map((x) => a.entities.find((e) => e.id === x)?.name ?? x).join(', ') + ']';
  for (const g of gold.commitments) {
    const [as] = locate(text, g.action);
    const [ts, te] = locate(text, g.trigger, as);
    const cand = a.commitments.filter((c) => !used.has(c) && c.trigger.start < te && c.trigger.end > ts);
    const ok = cand.find((c) => sameAction(c.action, g.action) && same(c.actors, g.actors));
    if (ok) {
      used.add(ok);
      t.c.tp++;
    } else {
      t.c.fn++;
      const near = cand[0];
      misses.push(
        `C- ${id} "${g.trigger}" ${JSON.stringify(g.actors)} "${g.action}"` + (near ? `\n     got ${nameList(near.actors)} "${near.action}"` : ' (no trigger)'),
      );
    }
  }
  for (const c of a.commitments) {
    if (used.has(c)) continue;
    t.c.fp++;
    misses.push(`C+ ${id} "${c.trigger.text}" ${nameList(c.actors)} "${c.action}" (${c.modality}${c.negated ? ', negated' : ''})`);
  }
  for (const trap of gold.traps) {
    const [ps] = locate(text, trap.text);
    const [ts, te] = locate(text, trap.trigger, ps);
    t.traps++;
    if (a.commitments.some((c) => c.trigger.start < te && c.trigger.end > ts)) {
      t.trapsHit++;
      misses.push(`T! ${id} ${trap.family}: "${trap.text}"`);
    }
  }
}

function scoreStances(id: string, text: string, gold: GoldArticle, a: Analysis, same: (ids: string[], g: string[]) => boolean, t: Tally): void {
  const sentenceOf = (pos: number): number => a.sentences.findIndex((s) => pos >= s.start && pos < s.end);
  const nameList = (ids: string[]): string => '[' + ids.map((x) => a.entities.find((e) => e.id === x)?.name ?? x).join(', ') + ']';
  const used = new Set<Stance>();
  for (const g of gold.stances) {
    const sentence = sentenceOf(locate(text, g.trigger)[0]);
    const cand = a.stances.filter((s) => !used.has(s) && s.type === g.type && sentenceOf(s.trigger.start) === sentence);
    const ok = cand.find((s) => same(s.holders, g.holders) && same(s.targets, g.targets));
    if (ok) {
      used.add(ok);
      t.s.tp++;
      typeCount(g.type).tp++;
    } else {
      t.s.fn++;
      typeCount(g.type).fn++;
      misses.push(
        `S- ${id} ${g.type} "${g.trigger}" ${JSON.stringify(g.holders)} -> ${JSON.stringify(g.targets)}` +
          (cand[0] ? `\n     got ${nameList(cand[0].holders)} -> ${nameList(cand[0].targets)}` : ''),
      );
    }
  }
  for (const s of a.stances) {
    if (used.has(s)) continue;
    t.s.fp++;
    typeCount(s.type).fp++;
    misses.push(`S+ ${id} ${s.type} "${s.trigger.text}" ${nameList(s.holders)} -> ${nameList(s.targets)}`);
  }
}

function scoreArticle(dir: string, id: string, t: Tally): void {
  const text = readFileSync(join(dir, id + '.news'), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, id + '.json'), 'utf8')) as GoldArticle;
  const a = analyze(text);
  const e = scoreEntities(id, gold, a);
  t.articles++;
  t.entGold += e.gold;
  t.entPred += e.predicted;
  t.entRight += e.matched;
  t.named += e.named;
  t.kindsRight += e.kindsRight;
  t.roles += e.roles;
  t.rolesRight += e.rolesRight;
  misses.push(...e.errors.filter((x) => !x.startsWith('COUNTRY')).map((x) => `E  ${id} ${x}`));
  const same = actorMatcher(a.entities, (name) => gold.entities.find((g) => g.name === name)?.aliases ?? []);
  scoreCommitments(id, text, gold, a, same, t);
  scoreStances(id, text, gold, a, same, t);
}

const pct = (x: number, y: number): string => (y ? (x / y).toFixed(2) : '  - ');
const pr = (c: { tp: number; fp: number; fn: number }): string => `P ${pct(c.tp, c.tp + c.fp)} R ${pct(c.tp, c.tp + c.fn)}`;
const line = (name: string, t: Tally): string =>
  `${name.padEnd(10)} ${String(t.articles).padStart(3)}  ` +
  `P ${pct(t.entRight, t.entPred)} R ${pct(t.entRight, t.entGold)} kinds ${pct(t.kindsRight, t.named)}  ` +
  `${pct(t.rolesRight, t.roles)}  ${pr(t.c)}  ${pct(t.trapsHit, t.traps)}  ${pr(t.s)}`;

/** Scores one batch directory and prints its table (and misses). */
function scoreBatch(dir: string): void {
  misses = [];
  byType = new Map();
  const sections = new Map<string, Tally>();
  const all = tally();
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.news'))
    .map((f) => f.slice(0, -5))
    .sort();
  for (const id of ids) {
    const section = (JSON.parse(readFileSync(join(dir, id + '.json'), 'utf8')) as GoldArticle).section;
    const t = sections.get(section) ?? tally();
    sections.set(section, t);
    scoreArticle(dir, id, t);
  }
  for (const t of sections.values()) {
    for (const k of ['articles', 'entGold', 'entPred', 'entRight', 'named', 'kindsRight', 'roles', 'rolesRight', 'traps', 'trapsHit'] as const) all[k] += t[k];
    for (const k of ['c', 's'] as const) for (const f of ['tp', 'fp', 'fn'] as const) all[k][f] += t[k][f];
  }
  console.log(`${ids.length} articles from ${dir} (whole engine)`);
  console.log('section    art  entities                     roles  commitments    traps  stances');
  for (const [name, t] of [...sections].sort(([x], [y]) => x.localeCompare(y))) console.log(line(name, t));
  console.log(line('all', all));
  console.log(`gold: ${all.entGold} entities, ${all.roles} roles, ${all.c.tp + all.c.fn} commitments, ${all.traps} traps, ${all.s.tp + all.s.fn} stances`);
  const types = [...byType].sort(([x], [y]) => x.localeCompare(y)).map(([type, c]) => `${type} ${pr(c)} (${c.tp + c.fn})`);
  console.log('\nstances per type: ' + types.join('; '));
  if (!quiet && misses.length) console.log('\nmisses (E entities, C-/S- missed, C+/S+ spurious, T! trap hit):\n' + misses.join('\n'));
}

dirs.forEach((dir, k) => {
  if (k) console.log('');
  scoreBatch(dir);
});
