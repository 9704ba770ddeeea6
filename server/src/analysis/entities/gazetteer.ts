// Pass: world knowledge. States, demonyms, capitals, known organizations and places the tagger
// missed. Names of two or more words ("Korean Peninsula", "North Korea") go first and win over the
// tagger's spans; single words only fill what the tagger left. Then the dateline's place.
import { findDateline } from '../text';
import type { TextSpan } from '../types';
import { add, byRule, countryCand, cover, type EntityContext, normText, tokenCand } from './context';
import { actsForState, bodyApposition, hyphenCountries, isDateWord, teamCue } from './cues';
import { PERSON_OR_STATE, REGION_QUALIFIERS } from './lexicon';
import { isShouting, isUpperInitial, nameLike, placeKey, titleCase } from './names';
import * as world from './world';

export function gazetteerPass(ctx: EntityContext, minLen: number): void {
  const { tokens, n, covered } = ctx;
  for (let i = 0; i < n; i++) {
    if (covered[i] || tokens[i].kind !== 'word' || !isUpperInitial(tokens[i].text) || tokens[i].norm === 'The') continue;
    // A headline in capitals: "JAPAN, US AGREE ..." is looked up as "Japan".
    const shouting = isShouting(tokens[i].norm);
    if (!world.mayStartName(tokens[i].norm) && !(shouting && world.mayStartName(titleCase(tokens[i].norm)))) {
      if (minLen === 1) unknownWord(ctx, i);
      continue;
    }
    let matched = longestKnownAt(ctx, i, minLen, shouting);
    if (!matched && minLen === 1 && hyphenCountries(ctx, i)) matched = 1;
    cover(ctx, i, i + matched);
    if (matched) i += matched - 1;
  }
}

/** A word no known name starts with: states joined by hyphens, or a body named by an apposition. */
function unknownWord(ctx: EntityContext, i: number): void {
  const { tokens, covered } = ctx;
  if (tokens[i].norm.indexOf('-') > 0 && hyphenCountries(ctx, i)) covered[i] = 1;
  else if (bodyApposition(ctx, i) && !(i > 0 && tokens[i - 1].kind === 'word' && isUpperInitial(tokens[i - 1].text)) && !isDateWord(ctx, i)) {
    // "Unifor, the Canadian auto union", untagged: a body.
    covered[i] = 1;
    add(ctx, tokenCand(ctx, i, i + 1, 'organization', 'name', 'O:' + tokens[i].norm.toLowerCase(), byRule('kind.body-apposition')));
  }
}

/** The longest known name of at least `minLen` tokens at token i, added as a mention; its length or 0. */
function longestKnownAt(ctx: EntityContext, i: number, minLen: number, shouting: boolean): number {
  const { tokens, n, covered, taggedFirst, taggedEnd, taggedOrg } = ctx;
  // Names run over capitalised words and a few joiners ("Association of Southeast Asian Nations").
  let maxLen = 1;
  while (maxLen < world.MAX_NAME_TOKENS && i + maxLen < n && !covered[i + maxLen] && nameLike(tokens[i + maxLen])) maxLen++;
  for (let len = maxLen; len >= minLen; len--) {
    if (minLen > 1 && taggedOrg[i] && taggedFirst[i] === i && taggedEnd[i] === i + len && teamCue(ctx, i, i + len)) break;
    if (minLen > 1 && taggedFirst[i] >= 0 && taggedFirst[i + len - 1] === taggedFirst[i] && taggedEnd[i] - taggedFirst[i] > len) break;
    const name = normText(ctx, i, i + len);
    let info = world.lookup(name);
    if (shouting && isShouting(name) && !info.country && !info.demonym && !info.organization && !info.place) info = world.lookup(titleCase(name));
    if (info.country) {
      // "Chad Miller", "Jordan Lee": a first name, not the state.
      if (len === 1 && PERSON_OR_STATE.has(name) && i + 1 < n && tokens[i + 1].kind === 'word' && isUpperInitial(tokens[i + 1].text)) break;
      add(ctx, countryCand(ctx, i, i + len, info.country, 'name', byRule('kind.world-country')));
      return len;
    }
    if (info.demonym) {
      // "Latin American", "North American": regions, not the United States.
      if (i > 0 && REGION_QUALIFIERS.has(tokens[i - 1].norm)) break;
      add(ctx, countryCand(ctx, i, i + len, info.demonym, 'demonym', byRule('kind.world-demonym')));
      return len;
    }
    if (info.organization && !world.TAGGED_ONLY.has(name)) {
      add(
        ctx,
        tokenCand(
          ctx,
          i,
          i + len,
          'organization',
          'name',
          'O:' + info.organization.name.toLowerCase(),
          byRule('kind.world-known-body'),
          info.organization.name,
        ),
      );
      return len;
    }
    if (info.place) {
      if (info.capitalOf && actsForState(ctx, i, i + len)) add(ctx, countryCand(ctx, i, i + len, info.capitalOf, 'name', byRule('metonymy.capital-acts')));
      else add(ctx, tokenCand(ctx, i, i + len, 'place', 'name', placeKey(name), byRule('kind.world-place')));
      return len;
    }
  }
  return 0;
}

/**
 * The wire a dateline credits ("HELSINKI, Feb. 12 (Newswire) -") names who filed the story, no
 * actor or place of it (rule `skip.dateline-credit`: no entity is left to record it). A mention of
 * the same name in the story stays.
 */
function dropCredit(ctx: EntityContext, source: TextSpan): void {
  ctx.cands = ctx.cands.filter((c) => c.stop <= source.start || c.start >= source.end || c.user);
}

/**
 * The dateline's place ("DETROIT (AP) -"), when neither the tagger nor world knowledge named it.
 * A bare "WORD -" (no date, agency or region) is only a place when named so: "SOCCER - ..."
 * or "Jeans Mate Corp - results" open a story; "TOKYO -" is tagged or known.
 */
export function datelinePass(ctx: EntityContext): void {
  const { text, tokens, n, covered } = ctx;
  const dateline = ctx.layout ? ctx.layout.dateline : findDateline(text, tokens);
  const datelinePlace =
    dateline && (dateline.date || dateline.source || /[^\s:\u2010-\u2015-]/.test(text.slice(dateline.place.end, dateline.end))) ? dateline.place : undefined;
  ctx.dateline = dateline;
  ctx.datelinePlace = datelinePlace;
  if (dateline?.source) dropCredit(ctx, dateline.source);
  if (!dateline || !datelinePlace) return;
  let a = 0;
  while (a < n && tokens[a].start < dateline.place.start) a++;
  let b = a;
  while (b < n && tokens[b].end <= dateline.place.end) b++;
  let free = b > a;
  for (let k = a; k < b; k++) if (covered[k]) free = false;
  if (free) {
    cover(ctx, a, b);
    add(ctx, tokenCand(ctx, a, b, 'place', 'name', placeKey(titleCase(normText(ctx, a, b))), byRule('kind.dateline-place')));
  }
}
