// One actor across articles: the same person, organization or country named in several articles
// is one entry. Names and aliases are matched after normalisation (case, accents, "the"); full
// names and acronyms join at once, a bare surname ("Abela") joins only when one actor alone
// claims it; the user's entities give the canonical name and aliases.

import type { UserEntities } from '../types';
import type { Actor, ActorKind, ArticleRecord, RecordEntity } from './types';
import { nameKey } from './words';

const ACTOR_KINDS = new Set<string>(['person', 'organization', 'country']);

class UnionFind {
  private parent = new Map<string, string>();

  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    if (!this.parent.has(x)) this.parent.set(x, x);
    for (let y = x; y !== root;) {
      const next = this.parent.get(y) as string;
      this.parent.set(y, root);
      y = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

interface Keys {
  strong: string[];
  weak: string[];
}

/** Keys of an entity's names: "kind:normalised name"; a person's one-word names are weak. */
function keysOf(kind: string, names: string[]): Keys {
  const strong: string[] = [];
  const weak: string[] = [];
  for (const name of names) {
    const key = nameKey(name);
    if (!key) continue;
    const k = `${kind}:${key}`;
    (kind === 'person' && !key.includes(' ') ? weak : strong).push(k);
  }
  return { strong, weak };
}

export interface ActorIndex {
  actors: Actor[];
  /** The actor id of an entity of an article. */
  actorOf(file: string, entityId: string): string | undefined;
}

/** Entities named alike (same kind, name and aliases), wherever they are: their keys are made once. */
interface Signature {
  keys: Keys;
  members: [ArticleRecord, RecordEntity][];
}

/** Merges the entities of every article into actors. */
export function mergeActors(records: readonly ArticleRecord[], userEntities: UserEntities = {}): ActorIndex {
  const uf = new UnionFind();
  const users = (userEntities.entities ?? []).filter((u) => ACTOR_KINDS.has(u.kind));
  const userByRoot = new Map<string, (typeof users)[number]>();
  for (const u of users) {
    const keys = keysOf(u.kind, [u.name, ...(u.aliases ?? [])]);
    const all = [...keys.strong, ...keys.weak];
    for (const k of all) uf.union(all[0], k); // the user's aliases are one actor, even single words
  }
  const signatures = new Map<string, Signature>();
  for (const r of records) {
    for (const e of r.entities) {
      if (!ACTOR_KINDS.has(e.kind)) continue;
      const id = `${e.kind}\u0000${e.name}\u0000${e.aliases.join('\u0000')}`;
      let sig = signatures.get(id);
      if (!sig) {
        const keys = keysOf(e.kind, [e.name, ...e.aliases]);
        for (const k of keys.strong) uf.union(keys.strong[0], k);
        signatures.set(id, (sig = { keys, members: [] }));
      }
      sig.members.push([r, e]);
    }
  }
  // A weak name joins the one actor claiming it; claimed by several, it stays apart.
  const claims = new Map<string, Set<string>>();
  for (const { keys } of signatures.values()) {
    if (!keys.strong.length) continue;
    const root = uf.find(keys.strong[0]);
    for (const w of keys.weak) (claims.get(w) ?? claims.set(w, new Set()).get(w)!).add(root);
  }
  for (const [w, roots] of claims) if (roots.size === 1) uf.union([...roots][0], w);
  for (const u of users) {
    const keys = keysOf(u.kind, [u.name]);
    const first = keys.strong[0] ?? keys.weak[0];
    if (first) userByRoot.set(uf.find(first), u);
  }
  return collect(signatures, uf, userByRoot);
}

function collect(
  signatures: Map<string, Signature>,
  uf: UnionFind,
  userByRoot: Map<string, { name: string; kind: string; aliases?: string[]; role?: string }>,
): ActorIndex {
  const groups = new Map<string, { names: Map<string, number>; entities: [ArticleRecord, RecordEntity][] }>();
  const rootOf = new Map<string, Map<string, string>>();
  for (const { keys, members } of signatures.values()) {
    const first = keys.strong[0] ?? keys.weak[0];
    if (!first) continue;
    const root = uf.find(first);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { names: new Map(), entities: [] }));
    for (const [r, e] of members) {
      g.names.set(e.name, (g.names.get(e.name) ?? 0) + e.count);
      for (const a of e.aliases) if (!g.names.has(a)) g.names.set(a, 0);
      g.entities.push([r, e]);
      let inFile = rootOf.get(r.file);
      if (!inFile) rootOf.set(r.file, (inFile = new Map()));
      inFile.set(e.id, root);
    }
  }
  const idOfRoot = new Map<string, string>();
  const taken = new Set<string>();
  const actors: Actor[] = [];
  for (const [root, g] of groups) {
    const user = userByRoot.get(root);
    const kind = g.entities[0][1].kind as ActorKind;
    const ranked = [...g.names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    const name = user?.name ?? ranked[0][0];
    let id = `${kind}:${nameKey(name)}`;
    for (let n = 2; taken.has(id); n++) id = `${kind}:${nameKey(name)}#${n}`;
    taken.add(id);
    const actor: Actor = {
      id,
      kind,
      name,
      aliases: [...new Set([...(user?.aliases ?? []), ...ranked.map(([n]) => n)])].filter((n) => n !== name),
      articles: g.entities.map(([r, e]) => ({ file: r.file, entity: e.id, count: e.count })),
      mentions: g.entities.reduce((n, [, e]) => n + e.count, 0),
    };
    const role = user?.role ?? g.entities.find(([, e]) => e.role)?.[1].role;
    if (role) actor.role = role;
    if (user) actor.user = true;
    idOfRoot.set(root, actor.id);
    actors.push(actor);
  }
  actors.sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
  return {
    actors,
    actorOf: (file, entityId) => {
      const root = rootOf.get(file)?.get(entityId);
      return root === undefined ? undefined : idOfRoot.get(root);
    },
  };
}
