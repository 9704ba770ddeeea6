// One actor across articles: the same person, organization or country named in several articles
// is one entry. Names and aliases are matched after normalisation (case, accents, "the"); full
// names and acronyms join at once, a bare surname ("Abela") joins only when one actor alone
// claims it; the user's entities give the canonical name and aliases.
//
// Entities named alike (same kind, name and aliases) are one signature wherever they are; an
// article adds to and takes from its signatures' counts, so a changed article costs its own
// entities, and the actors are grouped again over the signatures alone (far fewer than entities).

import type { UserEntities } from '../types';
import type { Actor, ActorKind, RecordEntity } from './types';
import { nameKey } from './words';

export const ACTOR_KINDS = new Set<string>(['person', 'organization', 'country']);

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

/** Entities named alike, across the articles; `T` is how the caller names an article. */
export interface Signature<T> {
  kind: ActorKind;
  name: string;
  aliases: string[];
  keys: Keys;
  /** Entities and mentions of this signature, over every article. */
  entities: number;
  mentions: number;
  /** The role given in an article, by article (only those that give one). */
  roles: Map<T, string>;
  /** The role of the first of them by name, [name, role] (null: none); undefined until asked after a change. */
  firstRole?: [string, string] | null;
}

/** Actors over the signatures: the actors, sorted, and which actor each signature belongs to. */
export interface ActorGroups<T> {
  actors: Actor[];
  actorOf: Map<Signature<T>, string>;
  signaturesOf: Map<string, Signature<T>[]>;
}

/** The signatures of every article's actor entities, kept as articles come and go. */
export class SignatureTable<T> {
  /** Signatures by name (then kind and aliases compared): no key string made per entity. */
  private readonly byName = new Map<string, Signature<T>[]>();

  /** An entity of `file` joins its signature (undefined for a place); counted until `remove`. */
  add(file: T, e: RecordEntity): Signature<T> | undefined {
    if (!ACTOR_KINDS.has(e.kind)) return undefined;
    const named = this.byName.get(e.name) ?? this.byName.set(e.name, []).get(e.name)!;
    let sig = named.find((x) => x.kind === e.kind && sameList(x.aliases, e.aliases));
    if (!sig) {
      const keys = keysOf(e.kind, [e.name, ...e.aliases]);
      sig = { kind: e.kind, name: e.name, aliases: e.aliases, keys, entities: 0, mentions: 0, roles: new Map() };
      named.push(sig);
    }
    sig.entities++;
    sig.mentions += e.count;
    if (e.role && !sig.roles.has(file)) {
      sig.roles.set(file, e.role);
      sig.firstRole = undefined;
    }
    return sig;
  }

  /** An entity of `file` leaves its signature (`count`: its mentions). */
  remove(file: T, sig: Signature<T>, count: number): void {
    if (sig.roles.delete(file)) sig.firstRole = undefined;
    sig.entities--;
    sig.mentions -= count;
    if (sig.entities > 0) return;
    const named = (this.byName.get(sig.name) ?? []).filter((x) => x !== sig);
    if (named.length) this.byName.set(sig.name, named);
    else this.byName.delete(sig.name);
  }

  /** The actors, grouped afresh over the signatures; `fileName` orders the articles a role is taken from. */
  group(userEntities: UserEntities = {}, fileName: (file: T) => string): ActorGroups<T> {
    const uf = new UnionFind();
    const users = (userEntities.entities ?? []).filter((u) => ACTOR_KINDS.has(u.kind));
    for (const u of users) {
      const keys = keysOf(u.kind, [u.name, ...(u.aliases ?? [])]);
      const all = [...keys.strong, ...keys.weak];
      for (const k of all) uf.union(all[0], k); // the user's aliases are one actor, even single words
    }
    const sigs = [...this.byName.values()].flat();
    for (const { keys } of sigs) for (const k of keys.strong) uf.union(keys.strong[0], k);
    // A weak name joins the one actor claiming it; claimed by several, it stays apart.
    const claims = new Map<string, Set<string>>();
    for (const { keys } of sigs) {
      if (!keys.strong.length) continue;
      const root = uf.find(keys.strong[0]);
      for (const w of keys.weak) (claims.get(w) ?? claims.set(w, new Set()).get(w)!).add(root);
    }
    for (const [w, roots] of claims) if (roots.size === 1) uf.union([...roots][0], w);
    const userByRoot = new Map<string, (typeof users)[number]>();
    for (const u of users) {
      const keys = keysOf(u.kind, [u.name]);
      const first = keys.strong[0] ?? keys.weak[0];
      if (first) userByRoot.set(uf.find(first), u);
    }
    const groups = new Map<string, Signature<T>[]>();
    for (const sig of sigs) {
      const first = sig.keys.strong[0] ?? sig.keys.weak[0];
      if (!first) continue;
      const root = uf.find(first);
      (groups.get(root) ?? groups.set(root, []).get(root)!).push(sig);
    }
    return collect(groups, userByRoot, fileName);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

type UserEntity = { name: string; kind: string; aliases?: string[]; role?: string };

/** The role of a group: the user's, else the one given in the first article (by name) that gives one. */
function roleOf<T>(group: Signature<T>[], fileName: (file: T) => string): string | undefined {
  let best: [string, string] | null = null;
  for (const sig of group) {
    if (sig.firstRole === undefined) {
      sig.firstRole = null;
      for (const [file, role] of sig.roles) {
        const name = fileName(file);
        if (!sig.firstRole || name < sig.firstRole[0]) sig.firstRole = [name, role];
      }
    }
    if (sig.firstRole && (!best || sig.firstRole[0] < best[0])) best = sig.firstRole;
  }
  return best?.[1];
}

function collect<T>(groups: Map<string, Signature<T>[]>, userByRoot: Map<string, UserEntity>, fileName: (file: T) => string): ActorGroups<T> {
  const actorOf = new Map<Signature<T>, string>();
  const signaturesOf = new Map<string, Signature<T>[]>();
  const taken = new Set<string>();
  const actors: Actor[] = [];
  // Roots in order, so that two actors of one name are numbered alike whatever order the articles came in.
  for (const root of [...groups.keys()].sort()) {
    const group = groups.get(root) as Signature<T>[];
    const user = userByRoot.get(root);
    const names = new Map<string, number>();
    for (const sig of group) names.set(sig.name, (names.get(sig.name) ?? 0) + sig.mentions);
    for (const sig of group) for (const a of sig.aliases) if (!names.has(a)) names.set(a, 0);
    const ranked = [...names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    const name = user?.name ?? ranked[0][0];
    const kind = group[0].kind;
    let id = `${kind}:${nameKey(name)}`;
    for (let n = 2; taken.has(id); n++) id = `${kind}:${nameKey(name)}#${n}`;
    taken.add(id);
    const actor: Actor = {
      id,
      kind,
      name,
      aliases: [...new Set([...(user?.aliases ?? []), ...ranked.map(([n]) => n)])].filter((n) => n !== name),
      articles: group.reduce((n, sig) => n + sig.entities, 0),
      mentions: group.reduce((n, sig) => n + sig.mentions, 0),
    };
    const role = user?.role ?? roleOf(group, fileName);
    if (role) actor.role = role;
    if (user) actor.user = true;
    for (const sig of group) actorOf.set(sig, id);
    signaturesOf.set(id, group);
    actors.push(actor);
  }
  actors.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  return { actors, actorOf, signaturesOf };
}
