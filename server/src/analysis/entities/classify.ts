// The kind of a tagged span, by rules as data: an ordered table of {id, test, kind}. A rule whose
// kind is a tagger type retypes the span and the table goes on; 'drop' ends it without a mention;
// a decision adds the mention(s) and ends it (or lets the table go on when it returns false).
// Every mention records the ids of the rules that fired on its `why`.
import type { NerType } from '../ner';
import { add, because, byRule, type Cand, countryCand, type EntityContext, low, normText, tokenCand } from './context';
import { actsForState, hyphenCountries, taggedPerson, teamCue } from './cues';
import {
  COMMON_NOUN_NAMES,
  DOCUMENT_HEADS,
  EVENT_HEADS,
  FACILITY_HEADS,
  HONORIFICS,
  LEGAL_FORMS,
  NATURAL_HEADS,
  ORG_HEADS,
  PERSON_OR_STATE,
  PLACE_HEADS,
  PLACE_NOUNS,
  TEAM_NOUNS,
} from './lexicon';
import { isUpperInitial, lookupWritten, organizationKey, placeKey, worldKnown } from './names';
import { isTitleHead, leadingTitleLength } from './roles';
import * as world from './world';

/** What the rules know of the span of tokens [a, b). */
interface SpanFacts {
  readonly a: number;
  readonly b: number;
  readonly name: string;
  /** The tagger's type, as the rules so far have changed it. */
  type: NerType;
  /** World knowledge about the name as written (a headline's capitals also in title case). */
  readonly info: world.WorldInfo;
  /** One word the tagger keeps calling a person ("Washington" of "MaliVai Washington"). */
  readonly person: boolean;
  /** Ids of the rules that retyped the span. */
  why: readonly string[];
}

/** Adds the mentions of a decision (with `why`, the ids so far and the rule's); false lets the table go on. */
type Decide = (ctx: EntityContext, s: SpanFacts, why: readonly string[]) => boolean;

export interface SpanRule {
  id: string;
  test: (ctx: EntityContext, s: SpanFacts) => boolean;
  kind: NerType | 'drop' | Decide;
}

const lastWord = (ctx: EntityContext, s: SpanFacts): string => ctx.tokens[s.b - 1].norm;
const size = (s: SpanFacts): number => s.b - s.a;
/** A state's name, unless the tagger's person is a first name or a word it keeps calling a person. */
const stateName = (s: SpanFacts): boolean => s.info.country !== undefined && !(s.type === 'PER' && (PERSON_OR_STATE.has(s.name) || s.person));

export const SPAN_RULES: readonly SpanRule[] = [
  {
    // Treaties, laws and their articles are no actors, whatever the tagger says (CoNLL: MISC).
    id: 'kind.document-head',
    test: (ctx, s) => (s.type !== 'PER' && DOCUMENT_HEADS.has(lastWord(ctx, s))) || (size(s) <= 3 && ctx.tokens[s.a].norm === 'Article'),
    kind: 'MISC',
  },
  {
    // The rest of a document's name, no actor or place: "the Convention on the Law of the Sea", "the Treaty of Rome".
    id: 'skip.document-tail',
    test: (ctx, s) => {
      const ofAt = low(ctx, s.a - 1) === 'the' ? s.a - 2 : s.a - 1;
      return s.type !== 'PER' && (low(ctx, ofAt) === 'on' || low(ctx, ofAt) === 'of') && ofAt > 0 && DOCUMENT_HEADS.has(ctx.tokens[ofAt - 1].norm);
    },
    kind: 'drop',
  },
  {
    // "Japan-US talks" tagged MISC, "US-China" tagged as a place: one mention per state.
    id: 'kind.hyphen-states',
    test: (_ctx, s) => s.type === 'MISC' || (size(s) === 1 && s.type === 'LOC'),
    kind: (ctx, s) => {
      if (s.type === 'LOC') return hyphenCountries(ctx, s.a);
      for (let k = s.a; k < s.b; k++) hyphenCountries(ctx, k);
      return false;
    },
  },
  {
    // A city or region the tagger calls an organization where a score or a fixture follows is a
    // team ("Chicago 4 Houston 3", "CHICAGO 71 64 .526", "Chicago at Toronto"), apart from the place.
    id: 'kind.team-score',
    test: (ctx, s) => s.type === 'ORG' && !s.info.country && !s.info.organization && teamCue(ctx, s.a, s.b),
    kind: (ctx, s, why) => {
      add(ctx, { ...tokenCand(ctx, s.a, s.b, 'organization', 'name', organizationKey(s.name), why), team: true });
      return true;
    },
  },
  {
    // World knowledge over the tagger: a lone "Beijing" tagged as a person or organization is the place
    // (not a club: "Porto captain Jorge Costa", "( Porto )" after a player's name).
    id: 'kind.known-place',
    test: (ctx, s) => (s.type === 'PER' || s.type === 'ORG') && size(s) <= 3 && !s.info.organization && s.info.place && !s.person && !clubCue(ctx, s),
    kind: 'LOC',
  },
  {
    // "Verdant Farms", "Halden AG" tagged as a person: a firm.
    id: 'kind.org-head-word',
    test: (ctx, s) => s.type === 'PER' && size(s) >= 2 && (ORG_HEADS.has(lastWord(ctx, s)) || LEGAL_FORMS.has(lastWord(ctx, s))),
    kind: 'ORG',
  },
  {
    // "the Margaret Lund Memorial Arena" tagged as a person: a venue named after one is a place, whole.
    id: 'kind.facility-named-for-person',
    test: (ctx, s) => s.type === 'PER' && size(s) >= 3 && FACILITY_HEADS.has(lastWord(ctx, s)),
    kind: 'LOC',
  },
  {
    // A disease, a currency or an index the tagger took for a name ("Mpox", "the Rand", "CPI"): no entity.
    id: 'skip.common-noun',
    test: (_ctx, s) => s.type !== 'PER' && COMMON_NOUN_NAMES.has(s.name.toLowerCase()),
    kind: 'drop',
  },
  {
    // "the province of Davao Oriental", "the coastal town of Manay" tagged as a body or a person.
    id: 'kind.place-noun-of',
    test: (ctx, s) => (s.type === 'ORG' || s.type === 'PER') && !s.info.organization && low(ctx, s.a - 1) === 'of' && PLACE_NOUNS.has(low(ctx, s.a - 2)),
    kind: 'LOC',
  },
  {
    // "the Dutch lawmaker Anneke de Vries" tagged as an organization: a title's person.
    id: 'kind.title-before-name',
    test: (ctx, s) =>
      s.type === 'ORG' &&
      size(s) >= 2 &&
      isTitleHead(low(ctx, s.a - 1)) &&
      !s.info.organization &&
      !ORG_HEADS.has(lastWord(ctx, s)) &&
      !PLACE_HEADS.has(lastWord(ctx, s)),
    kind: 'PER',
  },
  {
    // "Second Thomas Shoal" tagged as a person: no surname ends so.
    id: 'kind.natural-head-word',
    test: (ctx, s) => s.type === 'PER' && size(s) >= 2 && NATURAL_HEADS.has(lastWord(ctx, s)),
    kind: 'LOC',
  },
  {
    // "Gulf of Finland", "Rift Valley", "Emirates Stadium" tagged as an organization or a name of
    // another kind. (Not an event named for a place: "the Gulf War".)
    id: 'kind.place-head-word',
    test: (ctx, s) => {
      if ((s.type !== 'ORG' && s.type !== 'MISC') || size(s) < 2) return false;
      const last = lastWord(ctx, s);
      return PLACE_HEADS.has(last) || FACILITY_HEADS.has(last) || (size(s) <= 3 && PLACE_HEADS.has(ctx.tokens[s.a].norm) && !EVENT_HEADS.has(last));
    },
    kind: 'LOC',
  },
  {
    // "Prime Minister Luis Montenegro" with only "Montenegro" tagged: a title's person.
    id: 'kind.title-before-state-name',
    test: (ctx, s) => {
      const { a } = s;
      const { tokens } = ctx;
      return (
        stateName(s) &&
        a >= 2 &&
        !ctx.covered[a - 1] &&
        tokens[a - 1].kind === 'word' &&
        isUpperInitial(tokens[a - 1].text) &&
        isTitleHead(low(ctx, a - 2)) &&
        !worldKnown(tokens[a - 1].norm)
      );
    },
    kind: (ctx, s, why) => {
      ctx.covered[s.a - 1] = 1;
      add(ctx, tokenCand(ctx, s.a - 1, s.b, 'person', 'name', '', why));
      return true;
    },
  },
  {
    id: 'kind.world-country',
    test: (_ctx, s) => stateName(s),
    kind: (ctx, s, why) => decided(ctx, countryCand(ctx, s.a, s.b, s.info.country!, 'name', why)),
  },
  {
    id: 'kind.world-demonym',
    test: (_ctx, s) => s.info.demonym !== undefined && s.type !== 'ORG',
    kind: (ctx, s, why) => decided(ctx, countryCand(ctx, s.a, s.b, s.info.demonym!, 'demonym', why)),
  },
  {
    id: 'kind.misc-known-body',
    test: (_ctx, s) => s.type === 'MISC' && s.info.organization !== undefined && !world.TAGGED_ONLY.has(s.name),
    kind: 'ORG',
  },
  {
    // A quote's capitalised first word before a lower-case word, nowhere else capitalised and no
    // known name: '"Young people should ...' is no place.
    id: 'skip.quote-opening-word',
    test: (ctx, s) =>
      size(s) === 1 &&
      s.type !== 'PER' &&
      openingQuote(ctx, s.a) &&
      s.b < ctx.n &&
      isLowerWord(ctx.tokens[s.b].text) &&
      !worldKnown(s.name) &&
      !s.info.organization &&
      !capitalisedElsewhere(ctx, s.a),
    kind: 'drop',
  },
  {
    // A known place the tagger calls MISC where it called it a place before: "the entire Indo-Pacific".
    id: 'kind.misc-known-place',
    test: (ctx, s) =>
      s.type === 'MISC' &&
      s.info.place &&
      !s.info.country &&
      !s.info.demonym &&
      ctx.cands.some((c) => c.kind === 'place' && c.end - c.first === size(s) && normText(ctx, c.first, c.end) === s.name),
    kind: 'LOC',
  },
  {
    // Other MISC names are no actors; "North Korean missiles" tagged whole keeps its leading demonym.
    id: 'kind.leading-demonym',
    test: (_ctx, s) => s.type === 'MISC',
    kind: (ctx, s, why) => {
      for (let k = Math.min(s.b - 1, s.a + 2); k > s.a; k--) {
        const d = world.countryByDemonymOf(normText(ctx, s.a, k));
        if (d) return decided(ctx, countryCand(ctx, s.a, k, d, 'demonym', why));
      }
      return true;
    },
  },
  {
    // "Tesla" tagged as a person is the firm, unless a person's full name holds the word ("Ford" of "Harrison Ford").
    id: 'kind.world-known-body',
    test: (ctx, s) =>
      s.info.organization !== undefined && (s.type !== 'PER' || (size(s) === 1 && !ctx.personSpanWords.has(s.name) && !world.TAGGED_ONLY.has(s.name))),
    kind: (ctx, s, why) => {
      const org = s.info.organization!;
      return decided(ctx, tokenCand(ctx, s.a, s.b, 'organization', 'name', 'O:' + org.name.toLowerCase(), why, org.name));
    },
  },
  {
    // A person, without a title the tagger took in ("President Ana Ruiz").
    id: 'kind.tagger-person',
    test: (_ctx, s) => s.type === 'PER',
    kind: (ctx, s, why) => {
      // (Nor a title of address: "Mr Okafor" is "Okafor", who joins "Chidi Okafor".)
      const t = leadingTitleLength(ctx.bareRoles, s.a, s.b) || (size(s) >= 2 && HONORIFICS.has(low(ctx, s.a)) ? 1 : 0);
      if (s.b - s.a - t >= 1) add(ctx, tokenCand(ctx, s.a + t, s.b, 'person', 'name', '', why));
      return true;
    },
  },
  {
    // "Interior" of "Interior Minister X", a rank in capitals ("PC Dominic Shaw"): a word of a title, not a body.
    // (Not "City" of "the City manager": a title in lower case follows a name.)
    id: 'skip.title-word',
    test: (ctx, s) =>
      s.type === 'ORG' &&
      size(s) === 1 &&
      s.a + 1 < ctx.n &&
      isUpperInitial(ctx.tokens[s.a + 1].text) &&
      (leadingTitleLength(ctx.bareRoles, s.a, Math.min(ctx.n, s.a + 3)) >= 2 || (isTitleHead(s.name) && /^[A-Z]{2,5}$/.test(s.name))),
    kind: 'drop',
  },
  {
    id: 'kind.tagger-organization',
    test: (_ctx, s) => s.type === 'ORG',
    kind: (ctx, s, why) => decided(ctx, tokenCand(ctx, s.a, s.b, 'organization', 'name', organizationKey(s.name), why)),
  },
  {
    // A capital as subject, possessor or agent stands for its state.
    id: 'metonymy.capital-acts',
    test: (ctx, s) => s.info.capitalOf !== undefined && actsForState(ctx, s.a, s.b),
    kind: (ctx, s, why) => decided(ctx, countryCand(ctx, s.a, s.b, s.info.capitalOf!, 'name', why)),
  },
  {
    id: 'kind.tagger-place',
    test: () => true,
    kind: (ctx, s, why) => decided(ctx, tokenCand(ctx, s.a, s.b, 'place', 'name', placeKey(s.name), why)),
  },
];

/** A place's name tagged as a body standing for its club: before a player's or a club's noun (over one modifier), or in brackets alone. */
function clubCue(ctx: EntityContext, s: SpanFacts): boolean {
  if (s.type !== 'ORG') return false;
  if (TEAM_NOUNS.has(low(ctx, s.b)) || TEAM_NOUNS.has(low(ctx, s.b + 1))) return true;
  return low(ctx, s.a - 1) === '(' && low(ctx, s.b) === ')';
}

const QUOTES = new Set(['"', '“', "'", '‘']);

function openingQuote(ctx: EntityContext, a: number): boolean {
  const q = a - 1;
  return q >= 0 && QUOTES.has(ctx.tokens[q].norm) && !ctx.tokens[a].spaceBefore && (q === 0 || ctx.tokens[q].spaceBefore || ctx.sentenceStart[q] === 1);
}

function isLowerWord(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** True when the word of token a is capitalised somewhere else in the text, not opening a sentence or a quote. */
function capitalisedElsewhere(ctx: EntityContext, a: number): boolean {
  const w = ctx.tokens[a].norm;
  for (let k = 1; k < ctx.n; k++) {
    if (k !== a && ctx.tokens[k].norm === w && !ctx.sentenceStart[k] && !openingQuote(ctx, k)) return true;
  }
  return false;
}

function decided(ctx: EntityContext, c: Cand): true {
  add(ctx, c);
  return true;
}

const NO_RULES: readonly string[] = [];

/** Classifies tokens [a, b), a cleaned tagged span of type `type`, by the rules of SPAN_RULES. */
export function classifySpan(ctx: EntityContext, a: number, b: number, type: NerType): void {
  const name = normText(ctx, a, b);
  const joined = ctx.joinedAt.get(a);
  const s: SpanFacts = {
    a,
    b,
    name,
    type,
    info: lookupWritten(name),
    person: type === 'PER' && b - a === 1 && taggedPerson(ctx, name),
    why: joined ? byRule(joined) : NO_RULES,
  };
  for (const rule of SPAN_RULES) {
    if (!rule.test(ctx, s)) continue;
    if (rule.kind === 'drop') return;
    if (typeof rule.kind === 'function') {
      if (rule.kind(ctx, s, because(s.why, rule.id))) return;
      continue;
    }
    s.type = rule.kind;
    s.why = because(s.why, rule.id);
  }
}
