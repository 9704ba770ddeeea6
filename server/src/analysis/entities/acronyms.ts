// Pass: acronyms. Defined in the text ("the International Energy Agency (IEA)") or the initials of
// an organization named in full: the acronym's mentions join the full name's entity.
import { add, type Cand, type EntityContext, note, tokenCand } from './context';
import { FUNCTION_WORDS, THING_NOUNS } from './lexicon';
import { isAcronym, isUpperInitial, worldKnown } from './names';

export function acronymsPass(ctx: EntityContext): void {
  dropAcronymsOfThings(ctx);
  const { tokens, n, covered, cands } = ctx;
  cands.sort((x, y) => x.start - y.start || y.stop - x.stop);
  const appositive = new Set<string>();
  const acronymKey = acronymsOf(ctx, appositive);
  if (acronymKey.size === 0) return;
  for (const c of cands) {
    if (c.end - c.first !== 1 || c.user) continue;
    const short = tokens[c.first].norm.replace(/\./g, '');
    const full = acronymKey.get(short);
    if (full && full !== c && (c.kind === 'organization' || c.kind === 'place' || appositive.has(short))) {
      c.kind = full.kind;
      c.key = full.key;
      c.known = full.known;
      note(c, 'merge.acronym');
    }
  }
  for (let i = 0; i < n; i++) {
    if (covered[i] || !isAcronym(tokens[i].norm)) continue;
    const full = acronymKey.get(tokens[i].norm.replace(/\./g, ''));
    if (full) {
      covered[i] = 1;
      add(ctx, tokenCand(ctx, i, i + 1, full.kind, 'name', full.key, ['kind.acronym', 'merge.acronym'], full.known));
    }
  }
}

/**
 * Acronyms of things, not bodies, tagged as organizations: one defined by lower-case words whose
 * initials spell it ("automatic licence plate reader (ALPR)"), one a common noun possesses
 * ("the shop's CCTV"), or one before a thing's noun ("the ALPR network", `THING_NOUNS`), unless
 * world knowledge holds it. Every mention of the word goes (rule
 * `skip.acronym-of-thing`: no entity is left to record it).
 */
function dropAcronymsOfThings(ctx: EntityContext): void {
  const { tokens } = ctx;
  const things = new Set<string>();
  for (const c of ctx.cands) {
    if (c.kind !== 'organization' || c.end - c.first !== 1 || c.user || !isAcronym(tokens[c.first].norm)) continue;
    const i = c.first;
    const possessed = i > 1 && tokens[i - 1].norm === "'s" && /^\p{Ll}/u.test(tokens[i - 2].text);
    const ofThing = i + 1 < ctx.n && THING_NOUNS.has(tokens[i + 1].text) && !c.known && !worldKnown(tokens[i].norm);
    if (possessed || ofThing || definedInLowerCase(ctx, i)) things.add(tokens[i].norm);
  }
  if (things.size) ctx.cands = ctx.cands.filter((c) => !(c.kind === 'organization' && c.end - c.first === 1 && things.has(tokens[c.first].norm)));
}

/**
 * "The European Consumer Organisation, BEUC, welcomed", "The Irish Business and Employers
 * Confederation, Ibec, said": a body's short name between commas before a verb in lower case, in
 * capitals or spelling its initials (rule `merge.acronym`).
 */
function shortNameBetweenCommas(ctx: EntityContext, c: Cand): string | undefined {
  const { tokens, n } = ctx;
  const e = c.end;
  if (c.kind !== 'organization' || c.end - c.first < 3 || e + 3 >= n || tokens[e].norm !== ',' || tokens[e + 2].norm !== ',') return undefined;
  const next = tokens[e + 3];
  if (next.kind !== 'word' || !/^\p{Ll}/u.test(next.text) || next.norm === 'and' || next.norm === 'or') return undefined;
  const short = tokens[e + 1].norm;
  if (tokens[e + 1].kind !== 'word' || worldKnown(short)) return undefined;
  let initials = '';
  for (let k = c.first; k < e; k++) if (!FUNCTION_WORDS.has(tokens[k].norm.toLowerCase())) initials += tokens[k].norm[0];
  return isAcronym(short) || (isUpperInitial(short) && short.toUpperCase() === initials.toUpperCase()) ? short : undefined;
}

/** "... plate reader (ALPR)": the acronym at token i in brackets after lower-case words that spell it. */
function definedInLowerCase(ctx: EntityContext, i: number): boolean {
  const { tokens } = ctx;
  if (i < 2 || tokens[i - 1].norm !== '(' || i + 1 >= ctx.n || tokens[i + 1].norm !== ')') return false;
  const short = tokens[i].norm.toLowerCase();
  let k = i - 2;
  for (let j = short.length - 1; j >= 0; j--, k--) {
    if (k < 0 || tokens[k].kind !== 'word' || !/^\p{Ll}/u.test(tokens[k].text) || tokens[k].norm[0].toLowerCase() !== short[j]) return false;
  }
  return true;
}

/**
 * Each acronym the article defines or an organization's initials spell → that mention; `appositive`
 * gets the short names defined between commas ("The Irish Business and Employers Confederation,
 * Ibec, said"), whatever the tagger made of them.
 */
function acronymsOf(ctx: EntityContext, appositive: Set<string>): Map<string, Cand> {
  const { tokens, n, dateline } = ctx;
  const acronymKey = new Map<string, Cand>();
  for (const c of ctx.cands) {
    if (c.kind !== 'organization' && c.kind !== 'place') continue;
    const e = c.end;
    // (Not the agency of a dateline: "DETROIT (AP)".)
    const inDateline = dateline !== undefined && c.start >= dateline.start && c.start < dateline.end;
    if (!inDateline && e + 2 < n && tokens[e].norm === '(' && tokens[e + 2].norm === ')') {
      const short = tokens[e + 1].norm;
      // "UNESCO", "U.N.", or a short name in lower case after its initial ("Phivolcs" of the Philippine Institute ...).
      if (
        isAcronym(short) ||
        (c.kind === 'organization' &&
          c.end - c.first >= 3 &&
          tokens[e + 1].kind === 'word' &&
          short[0] === tokens[c.first].norm[0] &&
          short.length <= 10 &&
          isUpperInitial(short))
      ) {
        acronymKey.set(short.replace(/\./g, ''), c);
      }
    }
    const short = shortNameBetweenCommas(ctx, c);
    if (short && !acronymKey.has(short)) {
      acronymKey.set(short, c);
      appositive.add(short);
    }
    if (c.kind === 'organization' && c.end - c.first >= 2) {
      // Initials of the content words ("ECB"), and of every word ("BOJ" of the Bank of Japan, "DOJ").
      let initials = '';
      let every = '';
      for (let k = c.first; k < c.end; k++) {
        const w = tokens[k].norm;
        for (const part of w.indexOf('-') < 0 ? [w] : w.split('-')) {
          if (!part) continue;
          every += part[0];
          if (!FUNCTION_WORDS.has(part.toLowerCase())) initials += part[0];
        }
      }
      if (initials.length >= 2 && initials === initials.toUpperCase() && !acronymKey.has(initials)) acronymKey.set(initials, c);
      every = every.toUpperCase();
      if (every.length >= 3 && every !== initials && initials === initials.toUpperCase() && !acronymKey.has(every)) acronymKey.set(every, c);
    }
  }
  return acronymKey;
}
