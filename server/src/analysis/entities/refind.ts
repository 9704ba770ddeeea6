// Pass: names the tagger found once, found again where it missed them: full names of organizations
// and places, the first word of an organization's name ("Verdant" of "Verdant Farms"), a person's
// names ("Kihara"). A single word must not run on into a longer capitalised name.
import type { EntityKind } from '../types';
import { add, byRule, cover, type EntityContext, normText, tokenCand } from './context';
import { isUpperInitial, nameLike } from './names';
import * as world from './world';

interface KnownName {
  kind: EntityKind;
  key: string;
  knownName?: string;
  /** The rule that makes a name known again. */
  rule: string;
}

export function refindPass(ctx: EntityContext): void {
  const { known, longest } = namesFound(ctx);
  if (known.size === 0) return;
  const { tokens, n, covered, headEnd } = ctx;
  for (let i = 0; i < n; i++) {
    if (covered[i] || tokens[i].kind !== 'word' || !isUpperInitial(tokens[i].text)) continue;
    let maxLen = 1;
    while (maxLen < longest && i + maxLen < n && !covered[i + maxLen] && nameLike(tokens[i + maxLen])) maxLen++;
    for (let len = maxLen; len >= 1; len--) {
      const hit = known.get(normText(ctx, i, i + len));
      if (!hit) continue;
      // (Inside a Title Case headline every word is capitalised: "Arsenal Edge Napoli".)
      if (len === 1 && i + 1 >= headEnd && i + 1 < n && tokens[i + 1].kind === 'word' && isUpperInitial(tokens[i + 1].text)) break;
      cover(ctx, i, i + len);
      add(ctx, tokenCand(ctx, i, i + len, hit.kind, 'name', hit.key, byRule(hit.rule), hit.knownName));
      i += len - 1;
      break;
    }
  }
}

function namesFound(ctx: EntityContext): { known: Map<string, KnownName>; longest: number } {
  const { tokens, cands } = ctx;
  const known = new Map<string, KnownName>();
  let longest = 1;
  for (const c of cands) {
    if (c.user || c.form !== 'name' || (c.kind !== 'organization' && c.kind !== 'place')) continue;
    if (c.stop !== tokens[c.end - 1].end || c.start !== tokens[c.first].start) continue;
    known.set(normText(ctx, c.first, c.end), { kind: c.kind, key: c.key, knownName: c.known, rule: 'kind.found-again' });
    longest = Math.max(longest, Math.min(world.MAX_NAME_TOKENS, c.end - c.first));
  }
  for (const c of cands) {
    if (c.kind === 'organization' && c.end - c.first >= 2 && !c.user && !ctx.personWords.has(tokens[c.first].norm)) {
      const w = tokens[c.first].norm;
      if (w.length >= 3 && !known.has(w) && !world.countryByNameOf(w) && !world.countryByDemonymOf(w))
        known.set(w, { kind: 'organization', key: c.key, knownName: c.known, rule: 'kind.org-first-word-again' });
    }
  }
  for (const w of ctx.personWords) if (!known.has(w)) known.set(w, { kind: 'person', key: '', rule: 'kind.person-word-again' });
  return { known, longest };
}
