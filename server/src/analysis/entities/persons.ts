// Pass: persons clustered. Full names with the same words in any order are one ("Minoru Kihara" =
// "Kihara Minoru"); a shorter full name inside a longer one is the same person; a single name
// joins the full name holding it, the most recent one before it first.
import type { Token } from '../types';
import { type Cand, type EntityContext, note } from './context';

interface PersonRecord {
  key: string;
  /** The name's words, lower-cased, in order. */
  words: string[];
  /** Index of the latest mention of this full name seen so far. */
  lastSeen: number;
}

function nameWords(tokens: Token[], c: Cand): string[] {
  const out: string[] = [];
  for (let k = c.first; k < c.end; k++) {
    const w = tokens[k].norm;
    if (tokens[k].kind === 'word' && !/^[A-Z]\.?$/.test(w)) out.push(w.toLowerCase());
  }
  return out;
}

export function clusterPersonsPass(ctx: EntityContext): void {
  const { mentions, tokens } = ctx;
  const fullByKey = new Map<string, PersonRecord>();
  /** Full names by each of their words. */
  const byWord = new Map<string, PersonRecord[]>();
  for (const c of mentions) {
    if (c.kind !== 'person' || c.user) continue;
    const w = nameWords(tokens, c);
    if (w.length < 2) continue;
    const key = 'H:' + [...w].sort().join(' ');
    c.key = key;
    const rec = fullByKey.get(key);
    if (rec) {
      if (rec.words.join(' ') !== w.join(' ')) note(c, 'merge.name-order');
      continue;
    }
    const added: PersonRecord = { key, lastSeen: -1, words: w };
    fullByKey.set(key, added);
    for (const word of new Set(w)) {
      const list = byWord.get(word);
      if (list) list.push(added);
      else byWord.set(word, [added]);
    }
  }
  const merged = longerNames(fullByKey, byWord);
  if (merged.size) {
    for (const c of mentions) {
      const to = c.kind === 'person' && !c.user ? merged.get(c.key) : undefined;
      if (to) {
        c.key = to.key;
        note(c, 'merge.name-inside');
      }
    }
  }
  mentions.forEach((c, idx) => {
    if (c.kind !== 'person' || c.user) return;
    const w = nameWords(tokens, c);
    if (w.length >= 2) {
      const rec = fullByKey.get(c.key);
      if (rec) rec.lastSeen = idx;
      return;
    }
    const word = w[0] ?? tokens[c.first].norm.toLowerCase();
    let best: PersonRecord | undefined;
    for (const rec of byWord.get(word) ?? []) {
      if (!best || rec.lastSeen > best.lastSeen) best = rec;
    }
    c.key = best ? (merged.get(best.key) ?? best).key : 'H:' + word;
    if (best) note(c, 'merge.surname');
  });
}

/** A shorter full name inside a longer one is the same person: "Von der Leyen" in "Ursula von der Leyen". */
function longerNames(fullByKey: Map<string, PersonRecord>, byWord: Map<string, PersonRecord[]>): Map<string, PersonRecord> {
  const inside = (short: string[], long: string[]): boolean => {
    for (let at = 0; at + short.length <= long.length; at++) {
      let k = 0;
      while (k < short.length && long[at + k] === short[k]) k++;
      if (k === short.length) return true;
    }
    return false;
  };
  const merged = new Map<string, PersonRecord>();
  for (const rec of fullByKey.values()) {
    let best: PersonRecord | undefined;
    for (const other of byWord.get(rec.words[rec.words.length - 1]) ?? []) {
      if (other.words.length > rec.words.length && inside(rec.words, other.words) && (!best || other.words.length > best.words.length)) best = other;
    }
    if (best) merged.set(rec.key, best);
  }
  return merged;
}
