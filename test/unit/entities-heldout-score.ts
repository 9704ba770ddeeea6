// Scores analyze() entities against the held-out gold lists in test/fixtures/entities-heldout/:
// entity-level precision and recall (kind and a shared name or alias), roles, and the country each
// place is grouped under in the summary.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixturePath } from './entities-helpers';
import { analyze } from '../support/analyzer';
import { summarize } from '../../server/src/analysis/report';
import type { Analysis, Entity, EntityKind } from '../../server/src/analysis/types';

export interface GoldEntity {
  name: string;
  kind: EntityKind;
  aliases?: string[];
  role?: string;
  roleOf?: string;
  /** The country a place is stated to lie in. */
  country?: string;
}

export interface Score {
  file: string;
  gold: number;
  predicted: number;
  matched: number;
  roles: number;
  rolesRight: number;
  countries: number;
  countriesRight: number;
  /** Gold entities some predicted entity shares a name with, whatever its kind; of those, of the right kind. */
  named: number;
  kindsRight: number;
  /** Readable misses: "FN person Priya Raman", "FP place Kenya Agree". */
  errors: string[];
}

export const HELDOUT = join(dirname(fixturePath('.')), 'entities-heldout');

const names = (xs: (string | undefined)[]): Set<string> => new Set(xs.filter((x): x is string => !!x).map((x) => x.toLowerCase()));

export interface GoldEntities {
  entities: GoldEntity[];
  /** Names neither required nor counted against. */
  optional?: string[];
}

export function scoreFile(file: string): Score {
  const text = readFileSync(join(HELDOUT, file + '.news'), 'utf8');
  const gold = JSON.parse(readFileSync(join(HELDOUT, file + '.json'), 'utf8')) as GoldEntities;
  return scoreEntities(file, gold, analyze(text));
}

/** Scores one article's analysis against its gold list (`file` names it in the errors). */
export function scoreEntities(file: string, gold: GoldEntities, analysis: Analysis): Score {
  const optional = names(gold.optional ?? []);
  const predicted = analysis.entities.filter((e) => ![e.name, ...e.aliases].some((a) => optional.has(a.toLowerCase())));
  const goldList = gold.entities.filter((g) => !optional.has(g.name.toLowerCase()));
  const used = new Set<Entity>();
  const errors: string[] = [];
  const matchOf = new Map<GoldEntity, Entity>();
  for (const g of goldList) {
    const gn = names([g.name, ...(g.aliases ?? [])]);
    const e = predicted.find((p) => !used.has(p) && p.kind === g.kind && [p.name, ...p.aliases].some((a) => gn.has(a.toLowerCase())));
    if (e) {
      used.add(e);
      matchOf.set(g, e);
    } else errors.push(`FN ${g.kind} ${g.name}`);
  }
  for (const p of predicted) if (!used.has(p)) errors.push(`FP ${p.kind} ${p.name}${p.aliases.length ? ' [' + p.aliases.join('|') + ']' : ''}`);
  let named = 0;
  for (const g of goldList) {
    const gn = names([g.name, ...(g.aliases ?? [])]);
    if (predicted.some((p) => [p.name, ...p.aliases].some((a) => gn.has(a.toLowerCase())))) named++;
  }
  let roles = 0;
  let rolesRight = 0;
  for (const g of goldList) {
    if (!g.role) continue;
    roles++;
    const e = matchOf.get(g);
    const owner = g.roleOf ? goldList.find((o) => o.name === g.roleOf) : undefined;
    const ownerNames = owner ? names([owner.name, ...(owner.aliases ?? [])]) : undefined;
    const right =
      !!e?.role &&
      (e.role.toLowerCase().includes(g.role.toLowerCase()) || g.role.toLowerCase().includes(e.role.toLowerCase())) &&
      (!ownerNames || (!!e.roleOf && ownerNames.has(e.roleOf.toLowerCase())));
    if (right) rolesRight++;
    else errors.push(`ROLE ${g.name}: ${e?.role ?? '-'} of ${e?.roleOf ?? '-'} (gold ${g.role}${g.roleOf ? ' of ' + g.roleOf : ''})`);
  }
  const summary = summarize(file, analysis);
  let countries = 0;
  let countriesRight = 0;
  for (const g of goldList) {
    if (!g.country) continue;
    countries++;
    const e = matchOf.get(g);
    const group = e ? summary.places.find((grp) => grp.places.some((p) => p.id === e.id)) : undefined;
    if (group?.country === g.country) countriesRight++;
    else errors.push(`COUNTRY ${g.name}: ${group?.country ?? '-'} (gold ${g.country})`);
  }
  return {
    file,
    gold: goldList.length,
    predicted: predicted.length,
    matched: used.size,
    roles,
    rolesRight,
    countries,
    countriesRight,
    named,
    kindsRight: matchOf.size,
    errors,
  };
}

export function heldoutFiles(): string[] {
  return readdirSync(HELDOUT)
    .filter((f) => f.endsWith('.news'))
    .map((f) => f.slice(0, -5))
    .sort();
}
