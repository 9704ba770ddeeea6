// Entities from tagged spans: mentions classified with world knowledge (states, demonyms, capitals
// acting for their state, known organizations and places), clustered into entities (surnames,
// either name order, acronyms, "the North", "the US side"), with roles tied to people.
import type { NerSpan, NerType } from '../ner';
import type { Dateline, Entity, EntityKind, Mention, MentionForm, Sentence, TextSpan, Token, UserEntities, UserEntity } from '../types';
import { findNames } from '../match/names';
import { tableOf, userEntityOf } from '../match/userEntities';
import { findDateline, findHeadline } from '../text';
import { isTitleLike } from '../text/headline';
import { BODY_NOUNS, findRole, isTitleHead, leadingTitleLength, type RoleContext } from './roles';
import * as world from './world';

export * as world from './world';

/** A mention before clustering. Tokens [first, end); offsets [start, stop) may cut inside a token. */
interface Cand {
  first: number;
  end: number;
  start: number;
  stop: number;
  kind: EntityKind;
  form: MentionForm;
  /** Cluster key ("C:JP", "O:acme foods", "P:tokyo"); persons get theirs when clustered. */
  key: string;
  /** Canonical name world knowledge gives (countries, known organizations). */
  known?: string;
  user?: UserEntity;
  /** A team named for its city on a results line: kept out of the votes on the name's kind. */
  team?: boolean;
}

const POSSESSIVE = new Set(["'s", "'"]);
const DETERMINER_A = new Set(['the', 'a', 'an']);
/** Words after which a capital is the place itself ("in Tokyo"), not its state. */
const PLACE_PREV = new Set([
  'in', 'at', 'to', 'from', 'near', 'into', 'outside', 'across', 'around', 'via', 'toward', 'towards',
  'through', 'throughout', 'inside', 'within', 'of', 'visit', 'visited', 'visiting', 'visits', 'arrived',
  'landed', 'reached', 'over', 'off', 'along', 'beyond', 'downtown', 'central', 'suburban', 'until',
]);
/** Words after which a capital is an object or agent, so its state ("by Beijing", "urged Seoul"). */
const OBJECT_PREV = new Set(['by', 'with', 'against', 'on', 'urged', 'told', 'asked', 'both', 'either', 'pressed', 'warned', 'accused']);
/** Words after which a capital opens a clause as its subject. */
const SUBJECT_PREV = new Set([',', 'but', 'that', 'while', 'as', 'said', 'says', '"', "'", '(', '-', ':', 'and', 'when', 'because', 'if']);
/** Verbs and auxiliaries that show a capital acting ("Beijing has", "Moscow says"). */
const AUX = new Set([
  'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'says', 'said', 'wants', 'sees', 'insists', 'rejects', 'denies', 'claims', 'plans', 'hopes', 'fears',
  'accuses', 'warns', 'agrees', 'seeks', 'vows', 'pledges', 'views', 'regards', 'considers', 'continues',
  'also', 'then', 'now', 'still', 'never', 'again', 'responds', 'opposes', 'supports', 'condemns',
  'does', 'did', 'recognises', 'recognizes', 'argues', 'maintains', 'demands', 'urges',
]);
/** Nouns after a city name that make it the city ("Tokyo residents", "Seoul police"). */
const CITY_NOUNS = new Set([
  'residents', 'resident', 'police', 'city', 'metropolitan', 'stock', 'stocks', 'exchange', 'office',
  'station', 'airport', 'time', 'university', 'streets', 'street', 'mayor', 'governor', 'district',
  'suburbs', 'area', 'region', 'marathon', 'court', 'prosecutors', 'hospital', 'hospitals', 'traffic',
  'shares', 'market', 'markets', 'bureau', 'correspondent', 'newsroom', 'summit', 'talks', 'council',
  'councils', 'councillors', 'councilors', 'firefighters', 'fire', 'metro', 'subway', 'underground',
  'transport', 'buses', 'commuters', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods',
  'landlords', 'tenants', 'rents', 'housing', 'port', 'harbour', 'harbor', 'zoo', 'hall', 'borough',
]);
/** Nouns after a name that make it a place governed locally ("Islington council", "Camden residents"). */
const LOCAL_NOUNS = new Set(['council', 'councils', 'councillors', 'councilors', 'residents', 'mayor', 'borough', 'county', 'municipality', 'township']);
/** Nouns after a name (or its possessive) that make it a firm: "Tesla shares", "Acme's chief executive". */
const FIRM_NOUNS = new Set([
  'shares', 'stock', 'shareholders', 'investors', 'spokesperson', 'spokesman', 'spokeswoman', 'ceo',
  'board', 'chairman', 'chairwoman', 'executives', 'headquarters', 'profit', 'profits', 'revenue', 'revenues',
  'customers', 'employees', 'subsidiary', 'founder', 'co-founder', 'brand', 'products', 'earnings', 'investment',
  'investments', 'stake', 'takeover', 'acquisition', 'chips', 'software', 'models', 'chatbot', 'app',
]);
/** Nouns before "in X" that make X a firm ("a stake in Anthropic", "shares in Halden"). */
const HOLDING_NOUNS = new Set(['shares', 'stake', 'stakes', 'investment', 'investments', 'holding', 'holdings']);
/** Sports before or after a country's name make a federation ("Cricket Australia", "USA Swimming"). */
const SPORTS = new Set([
  'Cricket', 'Swimming', 'Athletics', 'Tennis', 'Rugby', 'Football', 'Basketball', 'Golf', 'Netball', 'Hockey', 'Cycling',
  'Rowing', 'Sailing', 'Gymnastics', 'Volleyball', 'Boxing', 'Judo', 'Triathlon', 'Skiing', 'Badminton',
]);
/** Legal forms after a firm's name ("Acme Inc.", "Halden AG"). */
const LEGAL_FORMS = new Set([
  'Inc', 'Inc.', 'plc', 'PLC', 'AG', 'SA', 'S.A.', 'SpA', 'S.p.A.', 'NV', 'N.V.', 'BV', 'B.V.', 'Ltd', 'Ltd.', 'LLC', 'GmbH',
  'Corp', 'Corp.', 'SE', 'ASA', 'AB', 'Co.', 'Pty', 'Bhd',
]);
/** Words that may follow a body's noun in an apposition ("the auto union that ...", "the bank, ..."). */
const AFTER_BODY_NOUN = new Set(['of', 'that', 'which', 'with', 'in', 'for', 'and', 'based', 'said', 'says', 'has', 'is', 'was', 'behind', 'whose']);
/** Titles of address: the next name is a person's. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'mister', 'madam']);
const WEEKDAYS = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?\.?$|^(tuesday|wednesday|thursday|saturday)$/i;
/** First or last words of place names ("Gulf of Finland", "Rift Valley", "Lake Victoria"). */
const PLACE_HEADS = new Set([
  'Gulf', 'Sea', 'Ocean', 'Strait', 'Straits', 'Bay', 'River', 'Island', 'Islands', 'Peninsula', 'Mountains',
  'Valley', 'Lake', 'Mount', 'Prefecture', 'Province', 'Canal', 'Desert', 'Coast', 'Delta', 'Basin', 'Plateau',
  'Shoal', 'Shoals', 'Reef', 'Reefs', 'Atoll', 'Archipelago', 'Lagoon',
]);
/** Last words of place names that are never a person's surname ("Second Thomas Shoal", "Scarborough Reef"). */
const NATURAL_HEADS = new Set(['Sea', 'Ocean', 'Strait', 'Straits', 'Islands', 'Peninsula', 'Shoal', 'Shoals', 'Reef', 'Reefs', 'Atoll', 'Archipelago', 'Lagoon']);
/** Last words of names of events ("Gulf War", "Gulf Cup"): no places, even after a place's word. */
const EVENT_HEADS = new Set(['War', 'Wars', 'Crisis', 'Cup', 'Open', 'Games', 'Championship', 'Championships', 'Summit', 'Festival']);
/** Last words of names of facilities, which are places ("Emirates Stadium", "Changi Airport"). */
const FACILITY_HEADS = new Set(['Stadium', 'Arena', 'Airport', 'Bridge', 'Dam', 'Square', 'Harbour', 'Harbor']);
const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
/** Names the tagger may call persons that are states only when the tagger says place. */
const PERSON_OR_STATE = new Set(['Jordan', 'Georgia', 'Chad', 'Israel', 'America', 'Victoria']);
/** Last words of names of documents: treaties, agreements, laws. */
const DOCUMENT_HEADS = new Set(['Treaty', 'Agreement', 'Accord', 'Accords', 'Convention', 'Protocol', 'Charter', 'Act', 'Pact', 'Declaration', 'Resolution', 'Bill']);
/** Tokens a name never crosses. */
const SPLITTERS = new Set(['(', ')', '[', ']', ',', ';', ':', '"', '“', '”', '‘', '’', '|']);
/** Last words of firm and body names ("Verdant Farms", "Acme Foods"): a tagger's "person" is one. */
const ORG_HEADS = new Set([
  'Farms', 'Foods', 'Group', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Co', 'Co.', 'Company',
  'Holdings', 'Partners', 'Airlines', 'Airways', 'Motors', 'Bank', 'Agency', 'Authority', 'Council', 'Association',
  'Ministry', 'Department', 'Institute', 'University', 'Foundation', 'Fund', 'Trust', 'Industries', 'Systems',
  'Technologies', 'Energy', 'Pharmaceuticals', 'Media', 'Capital', 'Investments', 'Club', 'Party', 'Union', 'Committee',
  'Savings', 'Insurance', 'Securities', 'Telecom', 'Labs', 'Logistics', 'Shipping', 'Mining', 'Petroleum', 'Steel',
  'Chemicals', 'Semiconductor', 'Electronics', 'Software', 'Networks', 'Communications', 'Studios', 'Brands', 'Bancorp',
  'Exchange', 'Administration', 'Commission', 'Board', 'Bureau', 'Office', 'Service', 'Services', 'Organisation',
  'Organization', 'Federation', 'League', 'Court', 'Assembly', 'Parliament', 'Society', 'Corps',
]);
/** Nouns of "the province of X", "the coastal town of X": X is a place. */
const PLACE_NOUNS = new Set(['province', 'state', 'region', 'city', 'town', 'village', 'county', 'district', 'island', 'port', 'municipality', 'prefecture']);
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

function isUpperInitial(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && s[0] !== s[0].toLowerCase());
}

function isAcronym(s: string): boolean {
  // Cheap test first: two capitals or a capital and a dot ("UN", "U.N.").
  const c0 = s.charCodeAt(0);
  const c1 = s.charCodeAt(1);
  if (!(c0 >= 65 && c0 <= 90) || !((c1 >= 65 && c1 <= 90) || c1 === 46)) return false;
  return /^[A-Z][A-Z.&-]*[A-Z0-9]\.?$/.test(s) && s.replace(/[^A-Z]/g, '').length >= 2;
}

const JOINERS = new Set(['of', 'and', 'the', 'for', 'de', 'la', '-', '.', "'", '&']);

/** A token that can continue a multi-word name. */
function nameLike(t: Token): boolean {
  return (t.kind === 'word' && isUpperInitial(t.text)) || JOINERS.has(t.norm) || t.kind === 'number';
}

/** A state, demonym, capital or known place. */
function worldKnown(name: string): boolean {
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  // Cheap rejection: no known name starts with this plain word ("the", curly quotes and dashes are
  // left to the full look-up, which normalises them).
  if (first !== 'the' && first !== 'The' && !world.mayStartName(first) && /^[A-Za-z.'&-]+$/.test(first)) return false;
  const info = world.lookup(name);
  return !!(info.country || info.demonym || info.capitalOf || info.place);
}

/** Words that turn a demonym into a region's ("Latin American", "North African", "East Asian"). */
const REGION_QUALIFIERS = new Set(['Latin', 'North', 'South', 'Central', 'Native', 'African', 'East', 'West', 'Southeast', 'Pan']);
const SMALL_WORDS = new Set(['of', 'the', 'and', 'de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'du', 'von', 'van', 'al', 'el', 'for']);

/** Capitals only, three letters or more: a word of a headline in capitals, not an acronym like "US". */
function isShouting(s: string): boolean {
  if (s.length < 3) return false;
  const c1 = s.charCodeAt(1);
  if (c1 >= 97 && c1 <= 122) return false; // "Japan": the common case, decided without allocating
  return s.indexOf('.') < 0 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** "RIO DE JANEIRO" → "Rio de Janeiro": capitalised words, small joining words lower-case. */
function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L}+)/gu, (all: string, sep: string, word: string) =>
      sep && SMALL_WORDS.has(word) ? all : sep + word[0].toUpperCase() + word.slice(1),
    );
}

function placeKey(name: string): string {
  const k = world.lookupKey(name).toLowerCase();
  // "Senkaku Islands" = "Senkakus".
  const m = /^(.*) islands$/.exec(k);
  return 'P:' + (m ? m[1] + 's' : k);
}

/** The headline and dateline when the caller has found them already (else they are looked for here). */
export interface Layout {
  headline?: TextSpan;
  dateline?: Dateline;
}

/**
 * The article's entities from the tagger's spans: each mention classified with world knowledge
 * (states, demonyms, capitals acting for their state, known organizations and places), names the
 * tagger missed found again, mentions clustered into entities with canonical names and aliases,
 * roles tied to people, user entities applied. Ids "e1", "e2", ... in order of first mention.
 */
export function buildEntities(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  spans: NerSpan[],
  user?: UserEntities,
  layout?: Layout,
): Entity[] {
  const n = tokens.length;
  if (n === 0) return [];
  const sentenceStart = new Uint8Array(n);
  for (const s of sentences) if (s.firstToken >= 0 && s.firstToken < n) sentenceStart[s.firstToken] = 1;
  sentenceStart[0] = 1;

  const low = (i: number): string => (i >= 0 && i < n ? tokens[i].norm.toLowerCase() : '');
  /** Tokens [a, b) as names are looked up: norms joined with single spaces where the text has space. */
  const normText = (a: number, b: number): string => {
    let s = tokens[a].norm;
    for (let k = a + 1; k < b; k++) s += (tokens[k].spaceBefore ? ' ' : '') + tokens[k].norm;
    return s;
  };

  // A Title Case headline capitalises every word: its tokens [0, headEnd) make a name only with
  // evidence from the body (the same word capitalised there mid-sentence or tagged there).
  const headline = layout ? layout.headline : findHeadline(text);
  let headEnd = 0;
  if (headline && isTitleLike(headline.text)) while (headEnd < n && tokens[headEnd].start < headline.end) headEnd++;
  const bodyCaps = new Set<string>();
  if (headEnd > 0) {
    for (let i = headEnd; i < n; i++) {
      if (!sentenceStart[i] && tokens[i].kind === 'word' && isUpperInitial(tokens[i].text)) bodyCaps.add(tokens[i].norm.toLowerCase());
    }
    for (const sp of spans) {
      if (!(sp.firstToken >= headEnd && sp.endToken <= n)) continue;
      for (let k = sp.firstToken; k < sp.endToken; k++) bodyCaps.add(tokens[k].norm.toLowerCase());
    }
  }
  /** A headline's name whose capitalised words the body also capitalises, or that world knowledge holds. */
  const headlineName = (a: number, b: number): boolean => {
    const name = normText(a, b);
    if (worldKnown(name) || world.organizationByName(name) || (isShouting(name) && worldKnown(titleCase(name)))) return true;
    for (let k = a; k < b; k++) {
      if (tokens[k].kind === 'word' && isUpperInitial(tokens[k].text) && !bodyCaps.has(tokens[k].norm.toLowerCase())) return false;
    }
    return true;
  };
  /** Words of persons' full names as the tagger marked them. */
  const personSpanWords = new Set<string>();
  for (const sp of spans) {
    if (sp.type === 'PER' && sp.firstToken >= 0 && sp.endToken <= n && sp.endToken - sp.firstToken >= 2) for (let k = sp.firstToken; k < sp.endToken; k++) personSpanWords.add(tokens[k].norm);
  }
  /** One word the tagger typed each time as a person: twice, or once beside a full name holding it. */
  const loneTypes = new Map<string, { person: number; other: number }>();
  for (const sp of spans) {
    if (sp.firstToken < 0 || sp.endToken > n || sp.endToken - sp.firstToken !== 1) continue;
    const w = tokens[sp.firstToken].norm;
    let t = loneTypes.get(w);
    if (!t) loneTypes.set(w, (t = { person: 0, other: 0 }));
    if (sp.type === 'PER') t.person++;
    else t.other++;
  }
  const taggedPerson = (w: string): boolean => {
    const t = loneTypes.get(w);
    return t !== undefined && t.other === 0 && (t.person >= 2 || personSpanWords.has(w));
  };
  /** Names the tagger marked alone somewhere (for coordinations), built when first needed. */
  let spanNames: Set<string> | undefined;
  const taggedAlone = (name: string): boolean => {
    if (!spanNames) {
      spanNames = new Set<string>();
      for (const sp of spans) {
        if (sp.firstToken >= 0 && sp.endToken <= n && sp.endToken > sp.firstToken && sp.endToken - sp.firstToken <= world.MAX_NAME_TOKENS) spanNames.add(normText(sp.firstToken, sp.endToken));
      }
    }
    return spanNames.has(name);
  };

  const cands: Cand[] = [];
  /** For titles a tagger included in a person's name: no mentions known yet. */
  const bareContext = makeRoleContext(text, tokens, [], new Map());
  const covered = new Int8Array(n); // 1 = inside a tagged or user span
  /** The mention ending at each token, for coordinations ("Kyiv and Moscow"). */
  const candEndingAt = new Map<number, Cand>();
  const add = (c: Cand): void => {
    cands.push(c);
    candEndingAt.set(c.end - 1, c);
  };
  const tokenCand = (a: number, b: number, kind: EntityKind, form: MentionForm, key: string, known?: string): Cand => ({
    first: a,
    end: b,
    start: tokens[a].start,
    stop: tokens[b - 1].end,
    kind,
    form,
    key,
    known,
  });
  /** A state's name [a, b) as a mention: the state, or a federation named with a sport ("Cricket Australia", "USA Swimming"). */
  const countryCand = (a: number, b: number, c: world.Country, form: MentionForm): Cand => {
    if (form === 'name') {
      const first = a > 0 && !covered[a - 1] && SPORTS.has(tokens[a - 1].norm) ? a - 1 : a;
      const end = first === a && b < n && !covered[b] && SPORTS.has(tokens[b].norm) ? b + 1 : b;
      if (first < a || end > b) {
        for (let k = first; k < end; k++) covered[k] = 1;
        return tokenCand(first, end, 'organization', 'name', 'O:' + normText(first, end).toLowerCase());
      }
    }
    return tokenCand(a, b, 'country', form, 'C:' + c.code, c.name);
  };

  // --- User entities: exact occurrences of their names take precedence over the tagger.
  const ignored = new Set((Array.isArray(user?.ignore) ? user.ignore : []).filter((s) => typeof s === 'string').map((s) => world.lookupKey(s).toLowerCase()));
  const userCands = findUserMentions(text, tokens, user);
  for (const c of userCands) {
    for (let k = c.first; k < c.end; k++) covered[k] = 1;
    add(c);
  }

  /** Commas inside a body's name: "Ministry of Economy, Trade and Industry (METI)". */
  const commaInName = new Set<number>();
  /**
   * Two names split by one comma, [a, comma) and [comma + 1, b), and an acronym in brackets right
   * after that spells the initials of the whole: "Ministry of Economy, Trade and Industry (METI)".
   */
  function commaJoinedByAcronym(a: number, second: number, b: number): boolean {
    if (a < 0 || second < a + 2 || b <= second || b + 2 >= n || tokens[second - 1].norm !== ',' || b + 2 >= n || tokens[b].norm !== '(' || tokens[b + 2].norm !== ')') return false;
    let initials = '';
    for (let k = a; k < b; k++) {
      if (k === second - 1) continue;
      const w = tokens[k].norm;
      if (!FUNCTION_WORDS.has(w.toLowerCase())) initials += w[0];
    }
    return initials.length >= 3 && initials === tokens[b + 1].norm.replace(/\./g, '');
  }

  // --- Tagged spans, cleaned: in order, not overlapping, no leading "the" or trailing punctuation.
  const sorted = spans
    .filter((s) => Number.isInteger(s.firstToken) && Number.isInteger(s.endToken) && s.endToken > s.firstToken)
    .sort((x, y) => x.firstToken - y.firstToken);
  // A name the tagger broke in two: "Mistral" (MISC) + "AI" (ORG) is one organization; a first name
  // + one word of another type, "Luis" (PER) + "Montenegro" (LOC), one person.
  const ordered: NerSpan[] = [];
  for (const sp of sorted) {
    const prev = ordered[ordered.length - 1];
    // (Not across a line break: "EASTERN DIVISION" above "CLEVELAND 80 53" is a table's heading.)
    const adjacent =
      prev !== undefined && prev.endToken === sp.firstToken && sp.firstToken > 0 && sp.firstToken < n && tokens[sp.firstToken].spaceBefore && !text.slice(tokens[sp.firstToken - 1].end, tokens[sp.firstToken].start).includes('\n');
    // (Not an adjective before the name: "Boston-based", "Communist-led".)
    if (adjacent && prev.type === 'MISC' && sp.type === 'ORG' && !worldKnown(normText(prev.firstToken, prev.endToken)) && !/-\p{Ll}+$/u.test(tokens[prev.endToken - 1].norm)) {
      ordered[ordered.length - 1] = { firstToken: prev.firstToken, endToken: sp.endToken, type: 'ORG' };
    } else if (adjacent && prev.type === 'PER' && prev.endToken - prev.firstToken === 1 && sp.type !== 'PER' && sp.endToken - sp.firstToken === 1) {
      ordered[ordered.length - 1] = { firstToken: prev.firstToken, endToken: sp.endToken, type: 'PER' };
    } else if (prev !== undefined && prev.type === 'ORG' && sp.type === 'ORG' && commaJoinedByAcronym(prev.firstToken, sp.firstToken, sp.endToken)) {
      ordered[ordered.length - 1] = { firstToken: prev.firstToken, endToken: sp.endToken, type: 'ORG' };
      commaInName.add(sp.firstToken - 1);
    } else ordered.push(sp);
  }
  // A longer body or event the tagger named around a known name keeps it: "New York Stock
  // Exchange", "Los Angeles Dodgers", "the Hong Kong Open"; so does a team named for its city.
  const taggedFirst = new Int32Array(n).fill(-1);
  const taggedEnd = new Int32Array(n);
  const taggedOrg = new Uint8Array(n);
  for (const sp of ordered) {
    if (sp.type !== 'ORG' && sp.type !== 'MISC') continue;
    for (let k = Math.max(0, sp.firstToken); k < Math.min(n, sp.endToken); k++) {
      taggedFirst[k] = sp.firstToken;
      taggedEnd[k] = sp.endToken;
      taggedOrg[k] = sp.type === 'ORG' ? 1 : 0;
    }
  }
  scanGazetteer(2);
  let last = 0;
  for (const sp of ordered) {
    const from = Math.max(sp.firstToken, last, 0);
    const to = Math.min(sp.endToken, n);
    if (to <= from) continue;
    last = to;
    // A span never crosses brackets, commas or quotes: "European Investment Bank (EIB".
    let a = from;
    for (let k = from; k <= to; k++) {
      if (k === to || (SPLITTERS.has(tokens[k].norm) && !commaInName.has(k))) {
        cleanAndClassify(a, k, sp.type);
        a = k + 1;
      }
    }
  }

  function cleanAndClassify(a: number, b: number, type: NerType): void {
    // A capitalised "The" the tagger took in is the name's ("at The Oval", "The Hague"); a name's own
    // "'s" is kept when the tagger took it in and the name is not known without it ("Lord's",
    // "McDonald's"; "Japan's" is a possessive).
    // A sentence's first "The" before a name of several words is capitalised by its place ("The
    // Philippine Coast Guard said ...").
    while (a < b && ((low(a) === 'the' && (tokens[a].norm === 'the' || b - a < 2 || (sentenceStart[a] === 1 && b - a >= 3 && !worldKnown(normText(a, b))))) || tokens[a].kind === 'punct')) a++;
    while (b > a && (tokens[b - 1].kind === 'punct' || POSSESSIVE.has(tokens[b - 1].norm))) {
      if (tokens[b - 1].norm === "'s" && b - a >= 2 && type !== 'PER' && type !== 'MISC' && !worldKnown(normText(a, b - 1))) break;
      b--;
    }
    if (b <= a) return;
    for (let k = a; k < b; k++) if (covered[k]) return;
    // A date the tagger took for a name ("Feb." of a dateline).
    if (b - a === 1 && type !== 'ORG' && isDateWord(a)) return;
    // "Kyiv and Moscow", "the United Auto Workers and Ford" as one span: two names, each known,
    // seen alone elsewhere or a name of several capitalised words ("Trinidad and Tobago" is known
    // whole; "Marks and Spencer", "Ministry of Defence and Security" have a part never seen alone).
    for (let k = a + 1; k < b - 1; k++) {
      if (tokens[k].norm !== 'and') continue;
      const whole = normText(a, b);
      if (worldKnown(whole) || world.organizationByName(whole)) break;
      // (Places: one side standing alone is enough, "Milan and Turin"; a place's name rarely holds "and".)
      // (A body's name whose head comes only at its end is one name: "State Law and Order
      // Restoration Council", "Guangdong Post and Telecommunications Administration".)
      if (type === 'ORG' && ORG_HEADS.has(tokens[b - 1].norm) && !ORG_HEADS.has(tokens[k - 1].norm) && !strongName(a, k)) break;
      const left = standsAlone(a, k);
      const right = standsAlone(k + 1, b);
      if ((left && right) || (type === 'LOC' && (left || right) && isUpperInitial(tokens[left ? k + 1 : a].text))) {
        const known = worldKnown(normText(a, k)) && worldKnown(normText(k + 1, b));
        cleanAndClassify(a, k, known ? 'LOC' : type);
        cleanAndClassify(k + 1, b, known ? 'LOC' : type);
        return;
      }
    }
    if (a < headEnd && !headlineName(a, b)) return;
    for (let k = a; k < b; k++) covered[k] = 1;
    classifySpan(a, b, type);
  }

  /** Tokens [a, b) as a name known or tagged alone elsewhere. */
  function strongName(a: number, b: number): boolean {
    const name = normText(a, b);
    return worldKnown(name) || world.organizationByName(name) !== undefined || taggedAlone(name);
  }

  /** Tokens [a, b) as a name of its own: known, tagged alone elsewhere, or several capitalised words. */
  function standsAlone(a: number, b: number): boolean {
    if (strongName(a, b)) return true;
    if (b - a < 2) return false;
    for (let k = a; k < b; k++) {
      const w = tokens[k];
      if (w.kind !== 'word' || !isUpperInitial(w.text)) return false;
    }
    return true;
  }

  function classifySpan(a: number, b: number, type: NerType): void {
    const name = normText(a, b);
    // Treaties, laws and their articles are no actors, whatever the tagger says (CoNLL: MISC).
    if ((type !== 'PER' && DOCUMENT_HEADS.has(tokens[b - 1].norm)) || (b - a <= 3 && tokens[a].norm === 'Article')) type = 'MISC';
    // The rest of a document's name, no actor or place: "the Convention on the Law of the Sea", "the Treaty of Rome".
    const ofAt = low(a - 1) === 'the' ? a - 2 : a - 1;
    if (type !== 'PER' && (low(ofAt) === 'on' || low(ofAt) === 'of') && ofAt > 0 && DOCUMENT_HEADS.has(tokens[ofAt - 1].norm)) return;
    if (type === 'MISC') {
      for (let k = a; k < b; k++) hyphenCountries(k);
    }
    if (b - a === 1 && type === 'LOC' && hyphenCountries(a)) return;
    // World knowledge over the tagger: a lone "Beijing" or "LONDON" tagged as a person or
    // organization is the place (or its state); "Verdant Farms" tagged as a person is a firm.
    // A headline or dateline in capitals ("INDIA", "LONDON") is looked up as written, then in title case.
    let info = world.lookup(name);
    if (isShouting(name) && !info.country && !info.demonym && !info.organization && !info.place) info = world.lookup(titleCase(name));
    const asWritten = info;
    // A city or region the tagger calls an organization where a score or a fixture follows is a
    // team ("Chicago 4 Houston 3", "CHICAGO 71 64 .526", "Chicago at Toronto"), apart from the place.
    if (type === 'ORG' && !info.country && !info.organization && teamCue(a, b)) {
      add({ ...tokenCand(a, b, 'organization', 'name', 'O:' + world.lookupKey(name).toLowerCase()), team: true });
      return;
    }
    // (Not a word the tagger keeps calling a person: "Washington" of "MaliVai Washington", "Holland said".)
    const person = type === 'PER' && b - a === 1 && taggedPerson(name);
    if ((type === 'PER' || type === 'ORG') && b - a <= 3 && !info.organization && asWritten.place && !person) type = 'LOC';
    if (type === 'PER' && b - a >= 2 && (ORG_HEADS.has(tokens[b - 1].norm) || LEGAL_FORMS.has(tokens[b - 1].norm))) type = 'ORG';
    // "the province of Davao Oriental", "the coastal town of Manay" tagged as a body or a person.
    if ((type === 'ORG' || type === 'PER') && !info.organization && low(a - 1) === 'of' && PLACE_NOUNS.has(low(a - 2))) type = 'LOC';
    // "the Dutch lawmaker Anneke de Vries" tagged as an organization: a title's person.
    if (type === 'ORG' && b - a >= 2 && isTitleHead(low(a - 1)) && !info.organization && !ORG_HEADS.has(tokens[b - 1].norm) && !PLACE_HEADS.has(tokens[b - 1].norm)) type = 'PER';
    // "Gulf of Finland", "Rift Valley" tagged as an organization or a name of another kind.
    // (Not an event named for a place: "the Gulf War".)
    if (type === 'PER' && b - a >= 2 && NATURAL_HEADS.has(tokens[b - 1].norm)) type = 'LOC';
    if ((type === 'ORG' || type === 'MISC') && b - a >= 2 && (PLACE_HEADS.has(tokens[b - 1].norm) || FACILITY_HEADS.has(tokens[b - 1].norm) || (b - a <= 3 && PLACE_HEADS.has(tokens[a].norm) && !EVENT_HEADS.has(tokens[b - 1].norm)))) type = 'LOC';
    if (info.country && !(type === 'PER' && (PERSON_OR_STATE.has(name) || person))) {
      // "Prime Minister Luis Montenegro" with only "Montenegro" tagged: a title's person.
      if (a >= 2 && !covered[a - 1] && tokens[a - 1].kind === 'word' && isUpperInitial(tokens[a - 1].text) && isTitleHead(low(a - 2)) && !worldKnown(tokens[a - 1].norm)) {
        covered[a - 1] = 1;
        add(tokenCand(a - 1, b, 'person', 'name', ''));
        return;
      }
      add(countryCand(a, b, info.country, 'name'));
      return;
    }
    if (info.demonym && type !== 'ORG') {
      add(countryCand(a, b, info.demonym, 'demonym'));
      return;
    }
    if (type === 'MISC' && info.organization && !world.TAGGED_ONLY.has(name)) type = 'ORG';
    if (type === 'MISC') {
      // "North Korean missiles" tagged whole: keep the leading demonym.
      for (let k = Math.min(b - 1, a + 2); k > a; k--) {
        const d = world.countryByDemonymOf(normText(a, k));
        if (d) {
          add(countryCand(a, k, d, 'demonym'));
          return;
        }
      }
      return;
    }
    const org = info.organization;
    // "Tesla" tagged as a person is the firm, unless a person's full name holds the word ("Ford" of "Harrison Ford").
    if (org && (type !== 'PER' || (b - a === 1 && !personSpanWords.has(name) && !world.TAGGED_ONLY.has(name)))) {
      add(tokenCand(a, b, 'organization', 'name', 'O:' + org.name.toLowerCase(), org.name));
      return;
    }
    if (type === 'PER') {
      const t = leadingTitleLength(bareContext, a, b);
      if (b - a - t >= 1) add(tokenCand(a + t, b, 'person', 'name', ''));
      return;
    }
    if (type === 'ORG') {
      // "Interior" of "Interior Minister X": a word of a title, not a body.
      // (Not "City" of "the City manager": a title in lower case follows a name.)
      if (b - a === 1 && a + 1 < n && isUpperInitial(tokens[a + 1].text) && leadingTitleLength(bareContext, a, Math.min(n, a + 3)) >= 2) return;
      add(tokenCand(a, b, 'organization', 'name', 'O:' + world.lookupKey(name).toLowerCase()));
      return;
    }
    // LOC
    const capitalOf = asWritten.capitalOf;
    if (capitalOf && actsForState(a, b)) {
      add(countryCand(a, b, capitalOf, 'name'));
      return;
    }
    add(tokenCand(a, b, 'place', 'name', placeKey(name)));
  }

  /** A score or a fixture after tokens [a, b): "Chicago 4", "CHICAGO 71 64", "Chicago at Toronto". */
  function teamCue(a: number, b: number): boolean {
    if (b >= n) return false;
    if (tokens[b].kind === 'number') return /^\d{1,3}$/.test(tokens[b].norm) && !(b + 1 < n && /^(%|percent|per|years?|km|miles|people|times)$/.test(low(b + 1)));
    const next = low(b);
    return (next === 'at' || next === 'v' || next === 'vs' || next === 'vs.') && b + 1 < n && isUpperInitial(tokens[b + 1].text) && sentenceStart[a] === 1;
  }

  /** "Feb." or "March 3" or "Tuesday": a date's word, not a name ("May said" stays a name). */
  function isDateWord(i: number): boolean {
    const w = tokens[i].norm;
    if (WEEKDAYS.test(w)) return true;
    return MONTHS.test(w) && (w.endsWith('.') || (i + 1 < n && tokens[i + 1].kind === 'number'));
  }

  /** "Japan-US", "US-China": one mention per state inside the token. Returns true when found. */
  function hyphenCountries(i: number): boolean {
    const t = tokens[i];
    if (t.norm.indexOf('-') <= 0) return false;
    const parts = t.norm.split('-');
    if (parts.length < 2 || parts.length > 4) return false;
    const found: world.Country[] = [];
    for (const p of parts) {
      const c = world.countryByNameOf(p) ?? world.countryByDemonymOf(p);
      if (!c) return false;
      found.push(c);
    }
    let offset = t.start;
    for (let k = 0; k < parts.length; k++) {
      const c = found[k];
      const form: MentionForm = world.countryByNameOf(parts[k]) ? 'name' : 'demonym';
      add({ first: i, end: i + 1, start: offset, stop: offset + parts[k].length, kind: 'country', form, key: 'C:' + c.code, known: c.name });
      offset += parts[k].length + 1;
    }
    return true;
  }

  /** "X, the Canadian auto union" / "X, a German insurer" / "X, Google's parent": an apposition naming a body follows token i. */
  function bodyApposition(i: number): boolean {
    if (low(i + 1) !== ',') return false;
    let from = i + 2;
    if (DETERMINER_A.has(low(from))) from++;
    else {
      // "X, Google's parent": a name's possessive before the noun.
      let j = from;
      while (j < Math.min(n, from + 3) && tokens[j].kind === 'word' && isUpperInitial(tokens[j].text)) j++;
      if (j === from || j >= n || !POSSESSIVE.has(tokens[j].norm)) return false;
      from = j + 1;
    }
    for (let k = from; k < Math.min(n, from + 4); k++) {
      const t = tokens[k];
      if (t.kind !== 'word') return false;
      const w = t.norm.toLowerCase();
      if (BODY_NOUNS.has(w)) return k + 1 >= n || tokens[k + 1].kind === 'punct' || AFTER_BODY_NOUN.has(low(k + 1));
      if (isUpperInitial(t.text) && !world.countryByDemonymOf(t.norm) && !w.endsWith('-based')) return false;
    }
    return false;
  }

  /** True when a local noun ("council", "residents", "Metropolitan Police") follows within three words. */
  function cityNounWithin(i: number): boolean {
    for (let k = i; k < Math.min(n, i + 3) && tokens[k].kind === 'word'; k++) if (CITY_NOUNS.has(low(k))) return true;
    return false;
  }

  /**
   * A name mentioned several times is one kind throughout, by votes over its mentions: the tagger's
   * type, and cues around each mention — a firm's ("Tesla shares", "Acme's chief executive",
   * "analysts at Barclays", "Halden AG", "X said in a statement", "the German retailer X"), a
   * place's ("Islington council", "the province of X", the dateline), a person's ("Mr Ortiz",
   * "coach Ortiz"). A lone word without a first name or a title is a weak person ("Napoli" typed a
   * person twice and an organization once is the club). Names of several words are only moved
   * between organization and place.
   */
  function voteNameKinds(list: Cand[], personWords: Set<string>): void {
    const votes = new Map<string, { organization: number; place: number; person: number }>();
    const nameOf = list.map((c) => {
      if (c.known || c.user || c.team || c.form !== 'name' || c.kind === 'country') return '';
      if (c.end - c.first > 1) return c.kind === 'person' || c.end - c.first > world.MAX_NAME_TOKENS ? '' : normText(c.first, c.end).toLowerCase();
      const w = tokens[c.first].norm;
      return personWords.has(w) || worldKnown(w) ? '' : w.toLowerCase();
    });
    list.forEach((c, idx) => {
      const name = nameOf[idx];
      if (!name) return;
      let v = votes.get(name);
      if (!v) votes.set(name, (v = { organization: 0, place: 0, person: 0 }));
      const i = c.first;
      const e = c.end;
      const prev = low(i - 1);
      const after = POSSESSIVE.has(tokens[e]?.norm ?? '') ? e + 1 : e;
      const firmNoun = FIRM_NOUNS.has(low(after)) || (low(after) === 'chief' && low(after + 1) === 'executive'); // not "X's chief minister"
      if (LEGAL_FORMS.has(tokens[e]?.norm ?? '') || firmNoun || bodyApposition(e - 1) || (low(e) === 'said' && low(e + 1) === 'in' && low(e + 3) === 'statement')) v.organization += 2;
      else if ((prev === 'in' || prev === 'of') && HOLDING_NOUNS.has(low(i - 2))) v.organization += 2;
      else if (low(e) === 'declined' && low(e + 1) === 'to' && low(e + 2) === 'comment') v.organization += 1;
      else if (prev === 'at' && i >= 2 && isTitleHead(low(i - 2))) v.organization += 2;
      else if (BODY_NOUNS.has(prev) && !isUpperInitial(tokens[i - 1].text)) v.organization += 2;
      else if (LOCAL_NOUNS.has(low(e)) || (prev === 'of' && PLACE_NOUNS.has(low(i - 2)))) v.place += 2;
      else if (HONORIFICS.has(prev) || isTitleHead(prev)) v.person += 2;
      if (datelinePlace && c.start === datelinePlace.start) v.place += 3; // "BRISBANE, Australia -" names a place
      if (c.kind === 'organization') v.organization += 1;
      else if (c.kind === 'place') v.place += 1;
      else v.person += 0.4;
    });
    list.forEach((c, idx) => {
      const v = nameOf[idx] ? votes.get(nameOf[idx]) : undefined;
      if (!v) return;
      // (Several words are only moved between organization and place: a title before "the official
      // Iraqi News Agency" is no vote for a place.)
      const person = c.end - c.first > 1 ? 0 : v.person;
      const kind: EntityKind = v.organization >= v.place && v.organization >= person ? 'organization' : v.place >= person ? 'place' : 'person';
      if (kind === c.kind) return;
      const name = normText(c.first, c.end);
      c.kind = kind;
      c.key = kind === 'organization' ? 'O:' + world.lookupKey(name).toLowerCase() : kind === 'place' ? placeKey(name) : '';
    });
  }


  /** A capital as subject, possessor or agent stands for its state; after in/at/to/from it is the place. */
  function actsForState(a: number, b: number): boolean {
    if (isShouting(normText(a, b))) return false; // dateline "TOKYO -"
    const next = b < n ? tokens[b] : undefined;
    if (next && next.norm === '(') return false;
    if (next && next.norm === ',' && b + 1 < n && (MONTHS.test(tokens[b + 1].norm) || tokens[b + 1].kind === 'number')) return false;
    // The word before, over an article ("at the White House").
    const p = low(a - 1) === 'the' ? a - 2 : a - 1;
    const prev = low(p);
    if (PLACE_PREV.has(prev)) return false;
    // "Beijing's stance" is the state's; "London's firefighters", "Lisbon's city council" the city's.
    if (next && POSSESSIVE.has(next.norm)) return !cityNounWithin(b + 1);
    // The second of a pair goes as the first: "contacted both Kyiv and Moscow", "in Seoul and Tokyo".
    if (prev === 'and' || prev === 'or' || prev === ',') {
      const before = candEndingAt.get(p - 1);
      if (before) return before.kind === 'country' && before.form === 'name';
    }
    // Object or agent: "contacted Kyiv", "urged Seoul", "condemned by Beijing".
    if (OBJECT_PREV.has(prev) || /^[a-z]+ed$/.test(prev)) return true;
    const subjectSlot = p < 0 || sentenceStart[p + 1] === 1 || SUBJECT_PREV.has(prev);
    if (!next) return false;
    const nw = next.norm.toLowerCase();
    if ((nw === 'and' || nw === 'or' || nw === ',') && b + 1 < n) {
      // "Beijing and Moscow have ..." (a coordinated subject) — the partner decides.
      const partner = normText(b + 1, b + 2);
      if (nw === ',' && (partner === 'which' || partner === 'who')) return subjectSlot; // "Beijing, which ..."
      return subjectSlot && (world.countryByCapitalOf(partner) !== undefined || world.countryByNameOf(partner) !== undefined);
    }
    if (next.kind === 'word' && !isUpperInitial(next.text)) {
      // "Beijing has", "Moscow warned", "Seoul wants" — not "Tokyo residents".
      if (AUX.has(nw) || /ed$/.test(nw)) return true;
      return subjectSlot && !CITY_NOUNS.has(nw);
    }
    return false;
  }

  // --- Gazetteer: states, demonyms, capitals, known organizations and places the tagger missed.
  // Names of two or more words ("Korean Peninsula", "North Korea") go first and win over the
  // tagger's spans; single words only fill what the tagger left.
  scanGazetteer(1);

  // The dateline's place ("DETROIT (AP) -"), when neither the tagger nor world knowledge named it.
  // A bare "WORD -" (no date, agency or region) is only a place when named so: "SOCCER - ..."
  // or "Jeans Mate Corp - results" open a story; "TOKYO -" is tagged or known.
  const dateline = layout ? layout.dateline : findDateline(text, tokens);
  const datelinePlace = dateline && (dateline.date || dateline.source || /[^\s:\u2010-\u2015-]/.test(text.slice(dateline.place.end, dateline.end))) ? dateline.place : undefined;
  if (dateline && datelinePlace) {
    let a = 0;
    while (a < n && tokens[a].start < dateline.place.start) a++;
    let b = a;
    while (b < n && tokens[b].end <= dateline.place.end) b++;
    let free = b > a;
    for (let k = a; k < b; k++) if (covered[k]) free = false;
    if (free) {
      for (let k = a; k < b; k++) covered[k] = 1;
      add(tokenCand(a, b, 'place', 'name', placeKey(titleCase(normText(a, b)))));
    }
  }

  function scanGazetteer(minLen: number): void {
    for (let i = 0; i < n; i++) {
      if (covered[i] || tokens[i].kind !== 'word' || !isUpperInitial(tokens[i].text) || tokens[i].norm === 'The') continue;
      // A headline in capitals: "JAPAN, US AGREE ..." is looked up as "Japan".
      const shouting = isShouting(tokens[i].norm);
      if (!world.mayStartName(tokens[i].norm) && !(shouting && world.mayStartName(titleCase(tokens[i].norm)))) {
        if (minLen === 1 && tokens[i].norm.indexOf('-') > 0 && hyphenCountries(i)) covered[i] = 1;
        else if (minLen === 1 && bodyApposition(i) && !(i > 0 && tokens[i - 1].kind === 'word' && isUpperInitial(tokens[i - 1].text)) && !isDateWord(i)) {
          // "Unifor, the Canadian auto union", untagged: a body.
          covered[i] = 1;
          add(tokenCand(i, i + 1, 'organization', 'name', 'O:' + tokens[i].norm.toLowerCase()));
        }
        continue;
      }
      let matched = 0;
      // Names run over capitalised words and a few joiners ("Association of Southeast Asian Nations").
      let maxLen = 1;
      while (maxLen < world.MAX_NAME_TOKENS && i + maxLen < n && !covered[i + maxLen] && nameLike(tokens[i + maxLen])) maxLen++;
      for (let len = maxLen; len >= minLen && !matched; len--) {
        if (minLen > 1 && taggedOrg[i] && taggedFirst[i] === i && taggedEnd[i] === i + len && teamCue(i, i + len)) break;
        if (minLen > 1 && taggedFirst[i] >= 0 && taggedFirst[i + len - 1] === taggedFirst[i] && taggedEnd[i] - taggedFirst[i] > len) break;
        const name = normText(i, i + len);
        let info = world.lookup(name);
        if (shouting && isShouting(name) && !info.country && !info.demonym && !info.organization && !info.place) info = world.lookup(titleCase(name));
        if (info.country) {
          // "Chad Miller", "Jordan Lee": a first name, not the state.
          if (len === 1 && PERSON_OR_STATE.has(name) && i + 1 < n && tokens[i + 1].kind === 'word' && isUpperInitial(tokens[i + 1].text)) break;
          add(countryCand(i, i + len, info.country, 'name'));
          matched = len;
        } else if (info.demonym) {
          // "Latin American", "North American": regions, not the United States.
          if (i > 0 && REGION_QUALIFIERS.has(tokens[i - 1].norm)) break;
          add(countryCand(i, i + len, info.demonym, 'demonym'));
          matched = len;
        } else if (info.organization && !world.TAGGED_ONLY.has(name)) {
          add(tokenCand(i, i + len, 'organization', 'name', 'O:' + info.organization.name.toLowerCase(), info.organization.name));
          matched = len;
        } else if (info.place) {
          if (info.capitalOf && actsForState(i, i + len)) add(countryCand(i, i + len, info.capitalOf, 'name'));
          else add(tokenCand(i, i + len, 'place', 'name', placeKey(name)));
          matched = len;
        }
      }
      if (!matched && minLen === 1 && hyphenCountries(i)) matched = 1;
      for (let k = i; k < i + matched; k++) covered[k] = 1;
      if (matched) i += matched - 1;
  }
  }

  // --- Acronyms: defined in text ("the International Energy Agency (IEA)") or the initials of an
  // organization named in full.
  cands.sort((x, y) => x.start - y.start || y.stop - x.stop);
  const acronymKey = new Map<string, Cand>();
  for (const c of cands) {
    if (c.kind !== 'organization' && c.kind !== 'place') continue;
    const e = c.end;
    // (Not the agency of a dateline: "DETROIT (AP)".)
    const inDateline = dateline !== undefined && c.start >= dateline.start && c.start < dateline.end;
    if (!inDateline && e + 2 < n && tokens[e].norm === '(' && tokens[e + 2].norm === ')') {
      const short = tokens[e + 1].norm;
      // "UNESCO", "U.N.", or a short name in lower case after its initial ("Phivolcs" of the Philippine Institute ...).
      if (isAcronym(short) || (c.kind === 'organization' && c.end - c.first >= 3 && tokens[e + 1].kind === 'word' && short[0] === tokens[c.first].norm[0] && short.length <= 10 && isUpperInitial(short))) {
        acronymKey.set(short.replace(/\./g, ''), c);
      }
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
  if (acronymKey.size) {
    for (const c of cands) {
      if (c.end - c.first !== 1 || c.user) continue;
      const full = acronymKey.get(tokens[c.first].norm.replace(/\./g, ''));
      if (full && full !== c && (c.kind === 'organization' || c.kind === 'place')) {
        c.kind = full.kind;
        c.key = full.key;
        c.known = full.known;
      }
    }
    for (let i = 0; i < n; i++) {
      if (covered[i] || !isAcronym(tokens[i].norm)) continue;
      const full = acronymKey.get(tokens[i].norm.replace(/\./g, ''));
      if (full) {
        covered[i] = 1;
        add({ ...tokenCand(i, i + 1, full.kind, 'name', full.key, full.known) });
      }
    }
  }

  // --- Persons' names, to fix what the tagger typed inconsistently.
  // (A word the tagger mostly names alone as a place or body is no person's: "Chechnya" seven times
  // against one "Lebed Chechnya" of a headline.)
  const personWords = new Set<string>();
  const inPersonNames = new Map<string, number>();
  const aloneNotPerson = new Map<string, number>();
  for (const c of cands) {
    if (c.kind === 'person' && c.end - c.first >= 2) {
      for (let k = c.first; k < c.end; k++) {
        const w = tokens[k].norm;
        if (w.length < 3) continue;
        personWords.add(w);
        inPersonNames.set(w, (inPersonNames.get(w) ?? 0) + 1);
      }
    } else if (c.end - c.first === 1 && (c.kind === 'place' || c.kind === 'organization') && !c.user && c.form === 'name') {
      const w = tokens[c.first].norm;
      aloneNotPerson.set(w, (aloneNotPerson.get(w) ?? 0) + 1);
    }
  }
  for (const [w, alone] of aloneNotPerson) if (alone >= 3 && alone > 2 * (inPersonNames.get(w) ?? 0)) personWords.delete(w);
  // One word the tagger typed inconsistently: "Santos" (of "Dorival Santos") tagged as an
  // organization is the person; "Acme" (of "Acme Foods") tagged as a person is the firm.
  const orgFirstWords = new Set<string>();
  for (const c of cands) if (c.kind === 'organization' && c.end - c.first >= 2) orgFirstWords.add(tokens[c.first].norm);
  for (const c of cands) {
    if (c.end - c.first !== 1 || c.known || c.user || c.form !== 'name') continue;
    const w = tokens[c.first].norm;
    if ((c.kind === 'organization' || c.kind === 'place') && personWords.has(w) && !world.isKnownPlace(w)) {
      c.kind = 'person';
      c.key = '';
    } else if (c.kind === 'person' && orgFirstWords.has(w) && !personWords.has(w)) {
      c.kind = 'organization';
      c.key = 'O:' + w.toLowerCase();
    }
  }
  voteNameKinds(cands, personWords);

  // Names the tagger found once, found again where it missed them: full names of organizations and
  // places, the first word of an organization's name ("Verdant" of "Verdant Farms"), a person's
  // names ("Kihara"). A single word must not run on into a longer capitalised name.
  const known = new Map<string, { kind: EntityKind; key: string; knownName?: string }>();
  let longest = 1;
  for (const c of cands) {
    if (c.user || c.form !== 'name' || (c.kind !== 'organization' && c.kind !== 'place')) continue;
    if (c.stop !== tokens[c.end - 1].end || c.start !== tokens[c.first].start) continue;
    known.set(normText(c.first, c.end), { kind: c.kind, key: c.key, knownName: c.known });
    longest = Math.max(longest, Math.min(world.MAX_NAME_TOKENS, c.end - c.first));
  }
  for (const c of cands) {
    if (c.kind === 'organization' && c.end - c.first >= 2 && !c.user && !personWords.has(tokens[c.first].norm)) {
      const w = tokens[c.first].norm;
      if (w.length >= 3 && !known.has(w) && !world.countryByNameOf(w) && !world.countryByDemonymOf(w)) known.set(w, { kind: 'organization', key: c.key, knownName: c.known });
    }
  }
  for (const w of personWords) if (!known.has(w)) known.set(w, { kind: 'person', key: '' });
  if (known.size) {
    for (let i = 0; i < n; i++) {
      if (covered[i] || tokens[i].kind !== 'word' || !isUpperInitial(tokens[i].text)) continue;
      let maxLen = 1;
      while (maxLen < longest && i + maxLen < n && !covered[i + maxLen] && nameLike(tokens[i + maxLen])) maxLen++;
      for (let len = maxLen; len >= 1; len--) {
        const hit = known.get(normText(i, i + len));
        if (!hit) continue;
        // (Inside a Title Case headline every word is capitalised: "Arsenal Edge Napoli".)
        if (len === 1 && i + 1 >= headEnd && i + 1 < n && tokens[i + 1].kind === 'word' && isUpperInitial(tokens[i + 1].text)) break;
        for (let k = i; k < i + len; k++) covered[k] = 1;
        add(tokenCand(i, i + len, hit.kind, 'name', hit.key, hit.knownName));
        i += len - 1;
        break;
      }
    }
  }

  // --- References: "the North" (North Korea named), "the South" (South Korea named), "the US side";
  // "Brussels" acting is the European Union when the article names it.
  const keys = new Set(cands.map((c) => c.key));
  // "Brussels" acting in an article about the EU is the Union, else the EU institution named.
  const euKey = ['O:european union', 'O:european commission', 'O:european council', 'O:european parliament'].find((k) => keys.has(k));
  if (euKey) {
    const eu = cands.find((c) => c.key === euKey);
    for (const c of cands) {
      if (c.kind === 'country' && c.key === 'C:BE' && text.slice(c.start, c.stop) === 'Brussels') {
        c.kind = 'organization';
        c.key = euKey;
        c.known = eu?.known;
      }
    }
  }
  const refCands: Cand[] = [];
  for (let i = 1; i < n; i++) {
    const w = tokens[i].norm;
    if ((w !== 'North' && w !== 'South') || low(i - 1) !== 'the') continue;
    if (i + 1 < n && tokens[i + 1].kind === 'word' && isUpperInitial(tokens[i + 1].text)) continue;
    const code = w === 'North' ? 'KP' : 'KR';
    if (!keys.has('C:' + code)) continue;
    const c = world.countryByCode(code);
    if (c) refCands.push({ ...countryCand(i - 1, i + 1, c, 'reference') });
  }
  const refStarts = new Set(refCands.map((r) => r.first + 1));
  const kept = cands.filter((c) => !(c.end - c.first === 1 && refStarts.has(c.first)));
  for (const c of kept) {
    // "the US side", "the Chinese side"
    if (c.kind === 'country' && c.form !== 'reference' && c.first > 0 && low(c.first - 1) === 'the' && low(c.end) === 'side' && c.stop === tokens[c.end - 1].end) {
      c.first -= 1;
      c.end += 1;
      c.start = tokens[c.first].start;
      c.stop = tokens[c.end - 1].end;
      c.form = 'reference';
    }
  }
  const all = [...kept, ...refCands].sort((x, y) => x.start - y.start || y.stop - x.stop);
  const mentions: Cand[] = [];
  let lastStop = -1;
  for (const c of all) {
    if (c.start < lastStop) continue;
    mentions.push(c);
    lastStop = c.stop;
  }

  clusterPersons(mentions, tokens);
  mergeOrganizations(mentions, tokens);

  // --- Entities in order of first mention.
  const groups = new Map<string, Cand[]>();
  for (const c of mentions) {
    const g = groups.get(c.key);
    if (g) g.push(c);
    else groups.set(c.key, [c]);
  }
  const entities: Entity[] = [];
  const entityOfKey = new Map<string, Entity>();
  for (const [key, group] of groups) {
    const e = makeEntity(text, group);
    if (ignored.size) {
      const isIgnored = (s: string): boolean => ignored.has(world.lookupKey(s).toLowerCase());
      if (isIgnored(e.name)) continue;
      e.mentions = e.mentions.filter((m) => !isIgnored(m.text));
      if (e.mentions.length === 0) continue;
      e.aliases = e.aliases.filter((a) => !isIgnored(a));
    }
    entityOfKey.set(key, e);
    entities.push(e);
  }

  // --- Roles, in text order so that coordinations inherit the owner ("... and Defense Minister Z").
  const personOwner = new Map<number, number>();
  const ctx = makeRoleContext(text, tokens, mentions, personOwner, sentenceStart);
  const withRole = new Set<Entity>();
  mentions.forEach((c, m) => {
    if (c.kind !== 'person') return;
    const e = entityOfKey.get(c.key);
    if (!e || (withRole.has(e) && e.roleOf !== undefined)) return;
    const found = findRole(ctx, c.first, c.end);
    if (!found) return;
    if (found.owner !== undefined) personOwner.set(m, found.owner);
    const owner = found.owner !== undefined ? entityOfKey.get(mentions[found.owner].key) : undefined;
    if (!withRole.has(e) || owner) {
      e.role = found.role;
      if (owner) e.roleOf = owner.name;
      withRole.add(e);
    }
  });
  for (const [key, e] of entityOfKey) {
    const u = groups.get(key)?.[0]?.user;
    if (typeof u?.role === 'string' && u.role) e.role = u.role;
    if (typeof u?.roleOf === 'string' && u.roleOf) e.roleOf = u.roleOf;
  }

  entities.forEach((e, k) => (e.id = 'e' + (k + 1)));
  return entities;
}

function makeRoleContext(text: string, tokens: Token[], list: Cand[], personOwner: Map<number, number>, sentenceStart?: Uint8Array): RoleContext {
  const endAt = new Map<number, number>();
  const startAt = new Map<number, number>();
  const inside = new Uint8Array(tokens.length);
  list.forEach((c, m) => {
    if (c.stop === tokens[c.end - 1].end) endAt.set(c.end, m);
    if (c.start === tokens[c.first].start) startAt.set(c.first, m);
    for (let k = c.first; k < c.end; k++) inside[k] = 1;
  });
  /** Mentions in text order, for "its": the first organization of this sentence or the one before. */
  const organizationFor = (i: number): number | undefined => {
    if (!sentenceStart) return undefined;
    let sentence = i;
    while (sentence > 0 && !sentenceStart[sentence]) sentence--;
    let previous = sentence - 1;
    while (previous > 0 && !sentenceStart[previous]) previous--;
    let firstHere: number | undefined;
    let firstBefore: number | undefined;
    // Mentions are sorted by position: a binary search finds those before i.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].first < Math.max(0, previous)) lo = mid + 1;
      else hi = mid;
    }
    for (let m = lo; m < list.length && list[m].first < i; m++) {
      if (list[m].kind !== 'organization') continue;
      if (list[m].first >= sentence) firstHere ??= m;
      else firstBefore ??= m;
    }
    return firstHere ?? firstBefore;
  };
  return {
    tokens,
    text,
    mentionEndingAt: (i) => endAt.get(i) ?? -1,
    mentionStartingAt: (i) => startAt.get(i) ?? -1,
    mentionEnd: (m) => list[m].end,
    mentionFirst: (m) => list[m].first,
    isOwner: (m) => list[m].kind !== 'person',
    isPlace: (m) => list[m].kind === 'place',
    isPerson: (m) => list[m].kind === 'person',
    ownerOfPerson: (m) => personOwner.get(m),
    inMention: (i) => inside[i] === 1,
    organizationFor,
  };
}

function makeEntity(text: string, group: Cand[]): Entity {
  const first = group[0];
  const mentions: Mention[] = group.map((c) => ({ start: c.start, end: c.stop, text: text.slice(c.start, c.stop), form: c.form }));
  let name = first.user?.name ?? first.known;
  if (!name) {
    let best: Cand | undefined;
    // The fullest name: most tokens, then longest, then not in capitals (a dateline's "SEOUL").
    const rank = (c: Cand): number[] => {
      const t = text.slice(c.start, c.stop);
      return [c.end - c.first, c.stop - c.start, t === t.toUpperCase() ? 0 : 1];
    };
    for (const c of group) {
      if (c.form !== 'name') continue;
      if (!best) {
        best = c;
        continue;
      }
      const r = rank(c);
      const q = rank(best);
      if (r[0] > q[0] || (r[0] === q[0] && (r[1] > q[1] || (r[1] === q[1] && r[2] > q[2])))) best = c;
    }
    name = (best ? text.slice(best.start, best.stop) : mentions[0].text).replace(/\s+/g, ' ');
  }
  const aliases: string[] = [];
  const seen = new Set([name]);
  const raw = new Set<string>();
  for (const m of mentions) {
    if (raw.has(m.text)) continue;
    raw.add(m.text);
    const t = m.text.replace(/\s+/g, ' ');
    if (!seen.has(t)) {
      seen.add(t);
      aliases.push(t);
    }
  }
  return { id: '', kind: first.kind, name, aliases, mentions };
}

interface PersonRecord {
  key: string;
  /** The name's words, lower-cased, in order. */
  words: string[];
  /** Index of the latest mention of this full name seen so far. */
  lastSeen: number;
}

/**
 * Persons: full names with the same words in any order are one ("Minoru Kihara" = "Kihara Minoru");
 * a single name joins the full name holding it, the most recent one before it first.
 */
function clusterPersons(mentions: Cand[], tokens: Token[]): void {
  const words = (c: Cand): string[] => {
    const out: string[] = [];
    for (let k = c.first; k < c.end; k++) {
      const w = tokens[k].norm;
      if (tokens[k].kind === 'word' && !/^[A-Z]\.?$/.test(w)) out.push(w.toLowerCase());
    }
    return out;
  };
  const fullByKey = new Map<string, PersonRecord>();
  /** Full names by each of their words. */
  const byWord = new Map<string, PersonRecord[]>();
  for (const c of mentions) {
    if (c.kind !== 'person' || c.user) continue;
    const w = words(c);
    if (w.length < 2) continue;
    const key = 'H:' + [...w].sort().join(' ');
    c.key = key;
    if (!fullByKey.has(key)) {
      const rec: PersonRecord = { key, lastSeen: -1, words: w };
      fullByKey.set(key, rec);
      for (const word of new Set(w)) {
        const list = byWord.get(word);
        if (list) list.push(rec);
        else byWord.set(word, [rec]);
      }
    }
  }
  // A shorter full name inside a longer one is the same person: "Von der Leyen" in "Ursula von der Leyen".
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
  if (merged.size) {
    for (const c of mentions) {
      const to = c.kind === 'person' && !c.user ? merged.get(c.key) : undefined;
      if (to) c.key = to.key;
    }
  }
  mentions.forEach((c, idx) => {
    if (c.kind !== 'person' || c.user) return;
    const w = words(c);
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
  });
}

/** "Indo-Pacific Command" = "US Indo-Pacific Command"; "Acme" = "Acme Foods"; "Commission" = "European Commission". */
function mergeOrganizations(mentions: Cand[], tokens: Token[]): void {
  // Known firms named by one word join a fuller name the article gives ("Samsung" = "Samsung Electronics").
  const orgs = mentions.filter((c) => c.kind === 'organization' && !c.user && (!c.known || (c.end - c.first === 1 && c.known === tokens[c.first].norm)));
  const byWords = new Map<string, string>();
  const firstWord = new Map<string, string>();
  /** Where the fuller name of each first word is first named. */
  const firstWordAt = new Map<string, number>();
  /** Known one-word names decided by their first mention. */
  const decided = new Set<string>();
  /** The organization whose name ends with a word ("Commission"), '' when several do. */
  const lastWord = new Map<string, string>();
  /** Key → the key of the fuller name it merges into (one step: fuller names are not remapped). */
  const remap = new Map<string, string>();
  /** Each mention's words, lower-cased. */
  const wordsOf = orgs.map((c) => {
    const ws: string[] = [];
    for (let k = c.first; k < c.end; k++) ws.push(tokens[k].norm.toLowerCase());
    return ws;
  });
  orgs.forEach((c, m) => {
    const ws = wordsOf[m];
    if (ws.length >= 2) {
      if (!firstWord.has(ws[0])) {
        firstWord.set(ws[0], c.key);
        firstWordAt.set(ws[0], c.start);
      }
      const prev = lastWord.get(ws[ws.length - 1]);
      lastWord.set(ws[ws.length - 1], prev === undefined || prev === c.key ? c.key : '');
      // The name without a leading state ("US", "Japanese"): the same organization.
      let head = tokens[c.first].norm;
      for (let cut = 1; cut < ws.length; cut++) {
        if (cut > 1) head += ' ' + tokens[c.first + cut - 1].norm;
        if (!world.countryByNameOf(head) && !world.countryByDemonymOf(head)) break;
        const rest = ws.slice(cut).join(' ');
        if (!byWords.has(rest)) byWords.set(rest, c.key);
      }
    }
  });
  for (let m = 0; m < orgs.length; m++) {
    const c = orgs[m];
    const ws = wordsOf[m];
    const joined = ws.join(' ');
    // A known firm joins a fuller name only when that was named first ("Samsung Electronics ... Samsung
    // shares"), not a fuller name named after it ("Google ... Google DeepMind").
    if (c.known) {
      if (decided.has(c.key)) continue;
      decided.add(c.key);
      if ((firstWordAt.get(ws[0]) ?? Infinity) > c.start) continue;
    }
    const to = byWords.get(joined) ?? (ws.length === 1 ? firstWord.get(ws[0]) || lastWord.get(ws[0]) || undefined : undefined);
    if (to && to !== c.key && !remap.has(to)) remap.set(c.key, to);
  }
  for (const c of orgs) c.key = remap.get(c.key) ?? c.key;
}

/** Occurrences of user-given names and aliases that start and end on token boundaries. */
function findUserMentions(text: string, tokens: Token[], user: UserEntities | undefined): Cand[] {
  const table = tableOf(user);
  if (!table) return [];
  const decoded = new Map<number, UserEntity>();
  const entity = (value: number): UserEntity => {
    let u = decoded.get(value);
    if (!u) decoded.set(value, (u = userEntityOf(table, value)));
    return u;
  };
  const out: Cand[] = findNames(table, text, tokens).map((m) => {
    const u = entity(m.value);
    return { first: m.first, end: m.end, start: m.start, stop: m.stop, kind: u.kind, form: 'name', key: 'U:' + m.value, user: u };
  });
  out.sort((x, y) => x.start - y.start || y.stop - x.stop);
  const kept: Cand[] = [];
  let lastEnd = -1;
  for (const c of out) {
    if (c.first < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}
