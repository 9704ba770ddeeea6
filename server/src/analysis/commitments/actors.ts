// Who acts: entity mentions laid over the tokens, subjects found to the left of a verb, and noun
// phrases resolved to entity ids — names, coordinated names, group nouns ("the ministers", "the two
// sides", "the Japanese and US sides"), pronouns, and "the company"-like references.
//
// Group subjects resolve to the PARTIES they stand for: the countries or organizations named in the
// phrase, else those the article introduced as taking part; people map to the country or
// organization they serve (their `roleOf`). A named subject stays as named (a person is a person).
import { POSSESSIVE } from '../lexicon/common';
import type { Entity, EntityKind, Token } from '../types';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  COMMIT_VERBS,
  BUSINESS_NOUNS,
  COREF_NOUNS,
  DETERMINERS,
  DOUBT_FRAMES,
  GROUP_NOUNS,
  IRREGULAR_PAST,
  MODIFIER_PARTICIPLES,
  NAMED_ONLY,
  NUMBER_WORDS,
  PREPOSITIONS,
  PUBLIC_BODY_NAME,
  REFERENCE_NAME_WORDS,
  REPORT_VERBS,
  FUTURE_MODALS,
  WARN_VERBS,
} from './lexicon';
import { STANCE_VERBS } from './stanceTable';

interface MentionSpan {
  first: number;
  end: number;
  ids: string[];
}

/** A resolved subject or holder: entity ids, and whether it named a group. */
export interface Party {
  ids: string[];
  plural: boolean;
  /** Token range of the noun phrase. */
  start: number;
  end: number;
  /** The id of the rule that resolved it: "actor.name", "actor.pronoun", "actor.group" ... (see rules.ts). */
  via?: string;
}

/**
 * What a sentence knows about who speaks (read by the resolution of noun phrases): the last subject
 * found in it, for VP coordination ("... and urged"), and the speaker of its quotation, for "we"
 * and "I". Passed explicitly, so the Doc keeps no state of the sentence being read.
 */
export interface Voice {
  readonly subject: Party | undefined;
  readonly speaker: string[];
  /** The start of the verb group a coordinated verb at token p is joined to, when the parse tells. */
  coordinatedVerbStart?(p: number): number | undefined;
}

const PRONOUNS_PLURAL = new Set(['they', 'their', 'them']);
/** First-person pronouns: the quoted speaker ("we" is the party the speaker stands for). */
const PRONOUNS_SPEAKER = new Set(['we', 'our', 'us', 'i', 'my', 'me']);
const PRONOUNS_SINGULAR = new Set(['it', 'its']);
const PRONOUNS_PERSON = new Set(['he', 'she', 'his', 'her', 'him']);
/** References that may point to an organization named after a city. */
const CITY_NAMED = new Set(['club', 'team', 'side']);
/** People named by their work: they resolve only to who represents them ("represented by X"). */
const LABOUR_GROUPS = new Set(['workers', 'employees', 'staff', 'nurses', 'doctors', 'teachers', 'drivers', 'pilots', 'dockers', 'miners']);
/** Words of a sentence that introduces who takes part: "X held talks with Y", "X hosted Y". */
const MEETING_WORDS = new Set([
  'talks',
  'met',
  'meet',
  'meets',
  'meeting',
  'summit',
  'gathered',
  'negotiations',
  'hosted',
  'hosts',
  'hosting',
  'visited',
  'received',
  'discussed',
  'negotiators',
  'delegations',
]);
const RELATIVES = new Set(['which', 'who', 'whose']);
const NOT_POSSESSORS = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'here', 'where', 'let', 'this']);
/** Titles that refer back to the person last named with them ("the minister said"). */
const ROLE_NOUNS = new Set([
  'minister',
  'president',
  'premier',
  'chancellor',
  'mayor',
  'governor',
  'secretary',
  'senator',
  'ambassador',
  'envoy',
  'ceo',
  'chairman',
  'chairwoman',
  'chair',
  'coach',
  'manager',
  'king',
  'queen',
  'prince',
  'pope',
  'commissioner',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'chief',
  'general',
  'admiral',
  'judge',
  'lawmaker',
]);
const ACTOR_KINDS = new Set<EntityKind>(['person', 'organization', 'country']);
/** Prepositions before a mention that make it where something happens, not who takes part. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'to', 'into', 'across', 'around']);
/** A spaced dash (a hyphenated word is one token): it ends a dateline and opens an aside. */
const DASHES = new Set(['-', '--', '\u2013', '\u2014']);
const PUNCT_BOUNDARY = new Set([';', ':', '(', ')', '"', '[', ']', '?', '!', '.', '`', "''", '``', ...DASHES]);

export class Doc {
  readonly n: number;
  readonly low: string[];
  private readonly mentionAt: Int32Array;
  /** isVerbish per token, found once: 0 not yet, 1 no, 2 yes. */
  private readonly verbish: Uint8Array;
  private readonly mentions: MentionSpan[] = [];
  readonly byId = new Map<string, Entity>();
  private readonly partyIdOf = new Map<string, string>();
  /** Subjects resolved so far, in text order, for pronouns. */
  private readonly history: { pos: number; party: Party }[] = [];
  /** The parties the article introduced as taking part (talks, meetings, "ministers of X and Y"). */
  private parties: string[] = [];

  constructor(
    readonly tokens: Token[],
    entities: Entity[],
    /** Whether token i is inside a time expression. */
    readonly isTime: (i: number) => boolean,
  ) {
    this.n = tokens.length;
    // Built by push, so the array's elements kind is the same for every document (optimized code stays valid).
    this.low = [];
    for (const t of tokens) this.low.push(t.norm.toLowerCase());
    this.mentionAt = new Int32Array(this.n).fill(-1);
    this.verbish = new Uint8Array(this.n);
    const byName = new Map<string, string>();
    for (const e of entities) {
      this.byId.set(e.id, e);
      for (const name of [e.name, ...e.aliases]) {
        const k = name.toLowerCase();
        if (!byName.has(k) && e.kind !== 'person') byName.set(k, e.id);
      }
    }
    for (const e of entities) {
      if (e.kind !== 'person' || !e.roleOf) continue;
      const id = byName.get(e.roleOf.toLowerCase());
      if (id) this.partyIdOf.set(e.id, id);
    }
    // Mentions onto tokens. A token can hold two mentions ("Japan-US"); a mention can span tokens.
    const all: { start: number; end: number; id: string }[] = [];
    for (const e of entities) for (const m of e.mentions) all.push({ start: m.start, end: m.end, id: e.id });
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of all) {
      const first = this.tokenAt(m.start);
      if (first < 0) continue;
      let end = first;
      while (end < this.n && tokens[end].start < m.end) end++;
      if (end === first) continue;
      // The agency credit of a dateline ("LONDON (Reuters) - ...") is no party to the story.
      if (this.low[first - 1] === '(' && this.low[end] === ')' && DASHES.has(this.low[end + 1] ?? '')) continue;
      const prev = this.mentionAt[first];
      if (prev >= 0 && this.mentions[prev].first === first) {
        // Same token already holds a mention: a second entity inside it ("Japan-US").
        const span = this.mentions[prev];
        if (!span.ids.includes(m.id)) span.ids.push(m.id);
        continue;
      }
      const k = this.mentions.length;
      this.mentions.push({ first, end, ids: [m.id] });
      for (let t = first; t < end; t++) if (this.mentionAt[t] < 0) this.mentionAt[t] = k;
    }
  }

  /** Index of the token holding character offset `pos`, or -1. */
  tokenAt(pos: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.tokens[mid];
      if (t.end <= pos) lo = mid + 1;
      else if (t.start > pos) hi = mid - 1;
      else return mid;
    }
    return lo < this.n && this.tokens[lo].start >= pos ? lo : -1;
  }

  /** The mention covering token i, if any. */
  mention(i: number): MentionSpan | undefined {
    const k = i >= 0 && i < this.n ? this.mentionAt[i] : -1;
    return k >= 0 ? this.mentions[k] : undefined;
  }

  isActor(id: string): boolean {
    const e = this.byId.get(id);
    return !!e && ACTOR_KINDS.has(e.kind);
  }

  kindOf(id: string): EntityKind | undefined {
    return this.byId.get(id)?.kind;
  }

  /** The party a person stands for (their country or organization), else the entity itself. */
  partyOf(id: string): string {
    return this.partyIdOf.get(id) ?? id;
  }

  isCapitalized(i: number): boolean {
    const c = this.tokens[i]?.text.charCodeAt(0) ?? 0;
    return c >= 65 && c <= 90;
  }

  /** A token that is probably a finite verb or auxiliary: it ends a subject on its left. */
  /** The first of the tokens `words` (indexes) whose lower-case form is in `set`. */
  private firstWordIn(words: readonly number[], set: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | undefined {
    for (const i of words) if (set.has(this.low[i])) return this.low[i];
    return undefined;
  }

  isVerbish(i: number): boolean {
    if (i < 0 || i >= this.n) return this.verbishWord(i);
    if (this.verbish[i] === 0) this.verbish[i] = this.verbishWord(i) ? 2 : 1;
    return this.verbish[i] === 2;
  }

  private verbishWord(i: number): boolean {
    const w = this.low[i];
    if (GROUP_NOUNS.has(w) || this.isPossessive(i)) return false;
    if (AUXILIARIES.has(w) && !['both', 'all', 'each', 'not', "n't", 'never', 'once'].includes(w)) return true;
    if (FUTURE_MODALS.has(w) || w === 'can' || w === 'could' || w === 'may' || w === 'might' || w === 'must' || w === 'should') return true;
    if (REPORT_VERBS.has(w) || IRREGULAR_PAST.has(w) || DOUBT_FRAMES.has(w)) return !this.isCapitalized(i) || i === 0;
    if (COMMIT_VERBS.has(w) || STANCE_VERBS.has(w)) return !this.isCapitalized(i) && !GROUP_NOUNS.has(w);
    return w.length > 4 && w.endsWith('ed') && !this.isCapitalized(i) && this.mention(i) === undefined;
  }

  private isBoundary(i: number): boolean {
    const t = this.tokens[i];
    if (t.kind === 'punct' && (PUNCT_BOUNDARY.has(t.norm) || t.norm === ',')) return true;
    const w = this.low[i];
    if (CLAUSE_OPENERS.has(w) && !(w === 'for' || w === 'with' || w === 'against' || w === 'over' || w === 'under')) return true;
    return this.isVerbish(i);
  }

  /**
   * The subject of the verb group starting at token p, searched leftwards no further than token
   * `floor`. VP coordination ("... and urged") takes the last subject found in the sentence.
   */
  subjectBefore(p: number, floor: number, voice: Voice): Party | undefined {
    let q = p - 1;
    while (q >= floor && (AUXILIARIES.has(this.low[q]) || FUTURE_MODALS.has(this.low[q]) || this.isAdverb(q))) q--;
    // "Brazil on Wednesday rejected": a time expression between subject and verb.
    if (q > floor && this.isTime(q) && !this.isTime(q - 1) && (this.low[q - 1] === 'on' || this.low[q - 1] === 'last')) q -= 2;
    else while (q > floor && this.isTime(q) && q > p - 5) q--;
    if (q < floor) return undefined;
    if (this.low[q] === 'and' || this.low[q] === 'but' || this.low[q] === 'or') {
      // VP coordination ("condemned the coup in Bolivia and expressed ..."), unless the words
      // before "and" are a subject of their own ("Japan and Korea agreed").
      const prev = q - 1 >= floor ? this.low[q - 1] : '';
      if (prev === ',' || !this.mention(q - 1)) return this.coordinatedSubject(p, floor, voice);
      for (let k = q - 1; k >= floor && k > q - 40; k--) {
        if (this.low[k] === ',' || PUNCT_BOUNDARY.has(this.low[k])) break;
        if (!this.mention(k) && this.isVerbish(k)) return this.coordinatedSubject(p, floor, voice);
      }
    }
    // "the three delegations, joined by Iraq, decided": the verb right after a comma.
    let end = this.low[q] === ',' ? q : q + 1;
    let start = this.npStart(end, floor);
    // "Israel, which opposes any deal, ...": the relative pronoun stands for the phrase before it.
    if (RELATIVES.has(this.low[q]) && this.low[q - 1] === ',' && q - 1 > floor) {
      const antecedentStart = this.npStart(q - 1, floor);
      if (antecedentStart < q - 1) {
        const party = this.resolveNP(antecedentStart, q - 1, voice);
        if (party && party.ids.length) this.remember(p, party);
        return party && party.ids.length ? { ...party, via: 'actor.relative' } : undefined;
      }
    }
    if (start >= end && end !== q) return undefined;
    let party = start < end ? (this.reportedPronoun(start, end, floor, voice) ?? this.resolveNP(start, end, voice)) : undefined;
    if (party && !party.ids.length) return undefined;
    // "Kamikawa, the foreign minister, said" and "the three delegations, joined by Iraq, decided":
    // the segment before the verb is an apposition or modifier; take the phrase before it too.
    for (let hop = 0; hop < 2; hop++) {
      let comma = start - 1;
      // "Toyota, which employs 3,000 people in the state, pledged": skip the relative clause.
      let relative = false;
      if (hop === 0 && end === q) {
        let c = start - 1;
        while (c > floor && c > start - 25 && this.low[c] !== ',' && !PUNCT_BOUNDARY.has(this.low[c])) c--;
        if (this.low[c] === ',' && RELATIVES.has(this.low[c + 1])) {
          comma = c;
          relative = true;
        }
      }
      if (comma <= floor || this.tokens[comma].norm !== ',') break;
      const modifier = relative || MODIFIER_PARTICIPLES.has(this.low[start]) || DETERMINERS.has(this.low[start]);
      if (party && party.ids.length && !modifier) break;
      const prevStart = this.npStart(comma, floor);
      if (prevStart >= comma) break;
      // "Carris, the city's transport company, said": a name the tagger missed; no guess.
      if (!relative && DETERMINERS.has(this.low[start]) && this.unknownName(prevStart, comma)) return undefined;
      const merged = relative ? this.resolveNP(prevStart, comma, voice) : this.resolveNP(prevStart, end, voice, [comma]);
      if (!merged || !merged.ids.length) break;
      party = { ...merged, via: relative ? 'actor.relative' : 'actor.apposition' };
      start = prevStart;
      end = party.end;
    }
    if (party && party.ids.length) this.remember(p, party);
    return party;
  }

  /**
   * The subject a coordinated verb at token p shares: that of the verb the parse joins it to ("X
   * said it regretted the ruling and would appeal": regretted), else the sentence's last subject.
   */
  private coordinatedSubject(p: number, floor: number, voice: Voice): Party | undefined {
    const start = voice.coordinatedVerbStart?.(p);
    if (start !== undefined && start > floor && start < p) {
      const sub = this.subjectBefore(start, floor, { subject: voice.subject, speaker: voice.speaker });
      if (sub && sub.ids.length) return { ...sub, via: 'actor.coordination-parse' };
    }
    return coordinated(voice);
  }

  /**
   * "Siemens said it plans ...": a pronoun subject right after a reporting or commitment verb is
   * that verb's subject. An empty party means the reporter is named but is no entity (so the
   * pronoun is not guessed from earlier sentences).
   */
  private reportedPronoun(start: number, end: number, floor: number, voice: Voice): Party | undefined {
    // "Justice Minister Ana Nowak said the ministry would ...": her ministry, named by no entity.
    const ministry = end - start === 2 && this.low[start] === 'the' && this.low[start + 1] === 'ministry';
    if (end - start !== 1 && !ministry) return undefined;
    const w = this.low[start];
    if (!(ministry || PRONOUNS_PLURAL.has(w) || PRONOUNS_SINGULAR.has(w) || PRONOUNS_PERSON.has(w))) return undefined;
    let r = start - 1;
    while (r >= floor && this.isTime(r)) r--; // "said on Monday it ..."
    if (this.low[r] === 'that') r--;
    // "assured Ukraine that it will", "told Kyiv it would": the one told comes first.
    const told = this.mention(r);
    if (told && !REPORT_VERBS.has(this.low[r])) {
      r = told.first - 1;
      if (this.low[r] === 'the') r--;
    }
    if (r < floor || !(REPORT_VERBS.has(this.low[r]) || COMMIT_VERBS.has(this.low[r]) || WARN_VERBS.has(this.low[r]))) return undefined;
    let q = r - 1;
    while (q >= floor && (AUXILIARIES.has(this.low[q]) || this.isAdverb(q))) q--;
    if (q < floor || (this.isBoundary(q) && this.low[q] !== ',' && this.low[q] !== ')')) return undefined;
    const reporter = this.subjectBefore(r, floor, voice);
    if (!reporter) return { ids: [], plural: false, start, end };
    const persons = reporter.ids.every((id) => this.kindOf(id) === 'person');
    if (ministry) return this.ministerOf(reporter, start, end, voice);
    // "Lee said he will ..." keeps the person; "Lee said it will ..." is about the body Lee speaks for, if known.
    if (PRONOUNS_PERSON.has(w) !== persons) {
      const body = persons && !PRONOUNS_PERSON.has(w) ? this.bodyOfSpeaker(reporter, floor, voice) : undefined;
      return body && { ...body, start, end, via: 'actor.reported-body' };
    }
    return { ...reporter, start, end, via: 'actor.reported-pronoun' };
  }

  /**
   * "the ministry" reported by a minister: the ministry named so before, else the minister, who
   * stands for it (no other body is guessed).
   */
  private ministerOf(reporter: Party, start: number, end: number, voice: Voice): Party | undefined {
    const named = this.resolveNP(start, end, voice);
    if (named && named.ids.length) return named;
    const [id] = reporter.ids;
    const minister = reporter.ids.length === 1 && /\bminister\b/i.test(this.byId.get(id)?.role ?? '');
    return minister ? { ...reporter, start, end, via: 'actor.reported-minister' } : undefined;
  }

  /**
   * The body a speaker stands for: the one they serve ("Lee, the club's president" with roleOf), or
   * the body the phrase before their name describes ("The federation's president, Olaf Brenner,").
   */
  private bodyOfSpeaker(speaker: Party, floor: number, voice: Voice): Party | undefined {
    const served = unique(speaker.ids.map((id) => this.partyOf(id))).filter((id) => !speaker.ids.includes(id));
    if (served.length) return { ...speaker, ids: served };
    const comma = speaker.start - 1;
    if (comma <= floor || this.low[comma] !== ',') return undefined;
    const before = this.resolveNP(this.npStart(comma, floor), comma, voice);
    return before && before.ids.length && before.ids.every((id) => this.kindOf(id) !== 'person') ? before : undefined;
  }

  /** Whether a verb comes before token i in its clause (so "and" at i joins clauses). */
  private verbPhraseBefore(i: number, floor: number): boolean {
    for (let k = i - 1; k >= floor && k > i - 14; k--) {
      if (PUNCT_BOUNDARY.has(this.low[k]) || this.low[k] === ',') return false;
      if (!this.mention(k) && this.isVerbish(k)) return true;
    }
    return false;
  }

  /** Capitalized words in [a, b) that no mention covers (a name the tagger missed). */
  private unknownName(a: number, b: number): boolean {
    if (PREPOSITIONS.has(this.low[a]) || CLAUSE_OPENERS.has(this.low[a])) return false; // "In a statement, ..."
    for (let i = a; i < b; i++) if (this.isCapitalized(i) && !this.mention(i) && !DETERMINERS.has(this.low[i])) return true;
    return false;
  }

  private isAdverb(i: number): boolean {
    const w = this.low[i];
    return w.length > 4 && w.endsWith('ly') && !this.isCapitalized(i) && w !== 'italy' && w !== 'family' && w !== 'supply';
  }

  /** Where the noun phrase ending before token `end` starts (no further left than `floor`). */
  npStart(end: number, floor: number): number {
    let i = end - 1;
    let count = 0;
    while (i >= floor && count < 14) {
      if (this.mention(i)) {
        i = this.mention(i)!.first - 1;
        count++;
        continue;
      }
      // A time ends the phrase: "said on Monday it ...".
      if (this.isTime(i)) break;
      // "will contribute 60% of the money and Nairobi will ...": "and" after a verb phrase.
      // "We listened, and we ...": "and" after a comma before a pronoun joins clauses too.
      if ((this.low[i] === 'and' || this.low[i] === 'but') && (this.verbPhraseBefore(i, floor) || (this.low[i - 1] === ',' && !this.mention(i + 1)))) break;
      // "the Brookfield Transit Authority (BTA)": step over a short parenthesis.
      if (this.low[i] === ')') {
        let o = i - 1;
        while (o > floor && o > i - 5 && this.low[o] !== '(' && this.low[o] !== ')') o--;
        if (this.low[o] === '(' && o > floor) {
          i = o - 1;
          count++;
          continue;
        }
      }
      // "Egypt, Sudan and Ethiopia": a comma inside a list of names.
      const listComma = this.low[i] === ',' && this.mention(i - 1) !== undefined && this.mention(i + 1) !== undefined;
      if (this.isBoundary(i) && !MODIFIER_PARTICIPLES.has(this.low[i]) && !this.isPossessive(i) && !listComma) break;
      i--;
      count++;
    }
    return i + 1;
  }

  /** A possessive 's or ' (not the contraction of "it's", "that's"). */
  isPossessive(i: number): boolean {
    const w = this.low[i];
    return (w === "'s" || w === "'") && i > 0 && !NOT_POSSESSORS.has(this.low[i - 1]);
  }

  /** Entity ids a noun phrase [a, b) stands for; `skip` lists token indexes to ignore (commas). */
  resolveNP(a: number, b: number, voice: Voice, skip: number[] = []): Party | undefined {
    const words: number[] = [];
    for (let i = a; i < b; i++) if (!skip.includes(i)) words.push(i);
    if (!words.length) return undefined;
    if (words.length === 1 || (words.length === 2 && this.low[words[1]] === 'both')) {
      const w = this.low[words[0]];
      if (PRONOUNS_SPEAKER.has(w)) {
        if (!voice.speaker.length) return undefined;
        const ids = w === 'i' || w === 'my' || w === 'me' ? voice.speaker : unique(voice.speaker.map((id) => this.partyOf(id)));
        return { ids, plural: w === 'we' || w === 'our' || w === 'us', start: a, end: b, via: 'actor.speaker' };
      }
      if (PRONOUNS_PLURAL.has(w) || PRONOUNS_SINGULAR.has(w) || PRONOUNS_PERSON.has(w)) {
        const ids = this.resolvePronoun(w, a);
        return ids.length ? { ids, plural: ids.length > 1 || PRONOUNS_PLURAL.has(w), start: a, end: b, via: 'actor.pronoun' } : undefined;
      }
    }
    const np = this.readNP(words, b);
    const party = (ids: string[], plural: boolean, via: string): Party | undefined =>
      ids.length ? { ids: unique(ids), plural, start: a, end: b, via } : undefined;
    if (np.group) return this.resolveGroup(np, words, a, party);
    const { heads, possessors, corefKind, possessivePronoun } = np;
    // Places count when they are the subject ("Oslo plans ...", "Beijing and New Delhi will ...").
    if (heads.length) return party(heads, heads.length > 1, 'actor.name');
    if (possessors.length && (corefKind || this.hasRoleNoun(words))) return party(possessors, possessors.length > 1, 'actor.possessor');
    const role = this.firstWordIn(words, ROLE_NOUNS);
    if (role && !corefKind) {
      const id = this.lastWithRole(role, a);
      if (id) return party([id], false, 'actor.role-noun');
    }
    // A bare noun ("by force", "Council officials") is no reference; "the force", "its council" are.
    if (corefKind && this.determined(words)) {
      if (possessivePronoun) {
        // "his team", "its government": whom the owner stands for, or no one.
        const owner = this.resolvePronoun(possessivePronoun, a).map((id) => this.partyOf(id));
        if (owner.length) return party(owner, false, 'actor.owner');
      }
      // "the government" is the article's main country; "the city", "the company" the last named.
      const noun = this.firstWordIn(words, COREF_NOUNS)!;
      const government = noun === 'government' || noun === 'administration';
      const id = government ? this.mostMentioned('country', a) : this.lastOfKind(corefKind, a, noun);
      if (id) return party([id], false, government ? 'actor.government' : 'actor.reference');
    }
    return undefined;
  }

  /** Whether a determiner opens the phrase's reference noun, at most two words before it ("the force", "the Italian lender"). */
  private determined(words: number[]): boolean {
    const at = words.find((w) => COREF_NOUNS.has(this.low[w]));
    return at !== undefined && [1, 2].some((k) => DETERMINERS.has(this.low[at - k] ?? ''));
  }

  /** The words of a noun phrase read left to right: its head names, possessors, group noun, count. */
  private readNP(words: number[], b: number): NounPhrase {
    const np: NounPhrase = {
      heads: [],
      possessors: [],
      inPhrase: [],
      byAgent: [],
      group: false,
      groupPlural: false,
      labourGroup: false,
      count: 0,
      innerCount: 0,
      innerGroup: false,
      corefKind: undefined,
      possessivePronoun: undefined,
      lastPrep: '',
    };
    let prep = false;
    // Head mentions joined by "and" or commas form one group; a title between two starts a new
    // one, the earlier being a modifier ("U.S. President Joe Biden", "Tokyo Mayor Yuriko Koike").
    let joined = true;
    for (let k = 0; k < words.length; k++) {
      const i = words[k];
      const w = this.low[i];
      const m = this.mention(i);
      if (m) {
        const last = m.end - 1;
        const possessive = last + 1 < b && POSSESSIVE.has(this.low[last + 1]);
        if (!possessive && !prep && !joined) np.heads.length = 0;
        // A person after "of" is still the head: "Secretary of State Marco Rubio".
        const person = m.ids.every((id) => this.kindOf(id) === 'person');
        const bucket = possessive ? np.possessors : prep && !person ? np.inPhrase : np.heads;
        for (const id of m.ids) if (!bucket.includes(id)) bucket.push(id);
        if (prep && np.lastPrep === 'by') np.byAgent.push(...m.ids);
        while (k + 1 < words.length && words[k + 1] <= last) k++;
        joined = false;
        continue;
      }
      if (w === 'and' || w === ',' || w === '&' || w === 'or' || w === 'both') joined = true;
      if (PREPOSITIONS.has(w) || MODIFIER_PARTICIPLES.has(w) || w === 'representing') {
        prep = true;
        np.lastPrep = w;
      } else if (GROUP_NOUNS.has(w) && !prep && !POSSESSIVE.has(this.low[i + 1] ?? '')) {
        np.group = true;
        np.groupPlural = w.endsWith('s');
        np.labourGroup = LABOUR_GROUPS.has(w);
      } else if (NUMBER_WORDS.has(w) && !prep) np.count = NUMBER_WORDS.get(w)!;
      else if (NUMBER_WORDS.has(w)) np.innerCount = NUMBER_WORDS.get(w)!;
      else if (GROUP_NOUNS.has(w) && prep && np.innerCount) np.innerGroup = true;
      else if (COREF_NOUNS.has(w) && !prep) np.corefKind = COREF_NOUNS.get(w);
      else if ((w === 'its' || w === 'their' || w === 'his' || w === 'her') && !prep) np.possessivePronoun = w;
    }
    return np;
  }

  /** The parties a group noun phrase stands for: "the ministers of X and Y", "the two sides", "its members". */
  private resolveGroup(
    np: NounPhrase,
    words: number[],
    a: number,
    party: (ids: string[], plural: boolean, via: string) => Party | undefined,
  ): Party | undefined {
    const { heads, inPhrase, possessors, labourGroup, possessivePronoun, corefKind, lastPrep } = np;
    let count = np.count;
    // Workers act for their union ("represented by X"), not for the firm or town they are in.
    let named = labourGroup ? np.byAgent : [...heads, ...inPhrase, ...possessors].map((id) => this.partyOf(id));
    named = unique(named);
    if (labourGroup && !named.length) return undefined;
    // "its members": the owner's party; "the club's owners": the club.
    if (!named.length && possessivePronoun) named = this.resolvePronoun(possessivePronoun, a).map((id) => this.partyOf(id));
    if (!named.length && corefKind) {
      const noun = this.firstWordIn(words, COREF_NOUNS)!;
      const id = this.lastOfKind(corefKind, a, noun);
      if (id) named = [id];
    }
    const introduced = named.length >= 2 || (named.length === inPhrase.length && (lastPrep === 'of' || lastPrep === 'from'));
    if (count > named.length) named = unique([...named, ...this.parties]).slice(0, Math.max(count, named.length));
    // "ministers of X and Y", "ministers from the Group of Seven": the parties of the article.
    if (introduced && named.length) this.parties = named;
    let via = 'actor.group';
    if (!named.length) {
      // Only a definite group refers back to the parties: "the ministers", "both countries",
      // "the two sides" — not "environmental groups".
      const first = this.low[words[0]];
      if (np.innerGroup && !count) count = np.innerCount;
      if (!(first === 'the' || first === 'both' || first === 'these' || first === 'those' || first === 'their' || first === 'all' || count)) return undefined;
      named = count && this.parties.length !== count ? (this.recentGroupOf(count, a) ?? this.parties) : this.parties.slice(0, count || undefined);
      via = 'actor.group-parties';
    }
    // "the US side": one named party.
    return party(named, named.length > 1 || np.groupPlural, via);
  }

  /** True when the words hold a role noun ("president", "minister", "chief"): "Kenya's president". */
  private hasRoleNoun(words: number[]): boolean {
    return words.some((i) =>
      /^(president|minister|premier|chancellor|leader|chief|head|mayor|governor|king|queen|ceo|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|secretary|ambassador|envoy|officials?|government|cabinet|administration|parliament|board|management|executive)$/.test(
        this.low[i],
      ),
    );
  }

  /** The last person mentioned before token `pos` whose role holds the word ("the minister"). */
  private lastWithRole(word: string, pos: number): string | undefined {
    for (let i = Math.min(pos, this.n) - 1, seen = 0; i >= 0 && seen < 600; i--, seen++) {
      const m = this.mention(i);
      if (!m) continue;
      for (const id of m.ids) {
        const e = this.byId.get(id);
        if (e?.kind === 'person' && e.role && e.role.toLowerCase().split(/\s+/).includes(word)) return id;
      }
      i = m.first;
    }
    return undefined;
  }

  /** The entity of a kind mentioned most often before token `pos` (ties: the earliest). */
  private mostMentioned(kind: EntityKind, pos: number): string | undefined {
    const at = this.tokens[Math.min(pos, this.n - 1)]?.start ?? 0;
    let best: string | undefined;
    let most = 0;
    for (const e of this.byId.values()) {
      if (e.kind !== kind) continue;
      // Mentions are in text order: count those before `at` by binary search.
      let lo = 0;
      let hi = e.mentions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (e.mentions[mid].start < at) lo = mid + 1;
        else hi = mid;
      }
      const count = lo;
      if (count > most) {
        most = count;
        best = e.id;
      }
    }
    return best;
  }

  /**
   * The last entity of a kind mentioned before token `pos`. "the council" is the last entity whose
   * name is headed by "Council" ("Brookfield City Council", "Council of Europe"); else the last of
   * its kind and sort ("the company" is no court or ministry); "the county" only one named so.
   */
  lastOfKind(kind: 'organization' | 'country' | 'place', pos: number, noun?: string): string | undefined {
    let fallback: string | undefined;
    let cityNamed: string | undefined;
    const head = noun && (REFERENCE_NAME_WORDS.get(noun) ?? noun);
    const business = !!noun && BUSINESS_NOUNS.has(noun);
    const namedOnly = !!noun && NAMED_ONLY.has(noun);
    for (let i = Math.min(pos, this.n) - 1, seen = 0; i >= 0 && seen < 400; i--, seen++) {
      const m = this.mention(i);
      if (!m) continue;
      for (const id of m.ids) {
        const e = this.byId.get(id)!;
        if (head && headedBy(e.name, head)) return id;
        if (namedOnly || (business && PUBLIC_BODY_NAME.test(e.name))) continue;
        if (e.kind === kind && !fallback) {
          fallback = id;
          if (!noun) return id;
        }
        // Clubs are often named after their city ("Barcelona"), which a tagger may call a place.
        if (!cityNamed && kind === 'organization' && e.kind === 'place' && noun && CITY_NAMED.has(noun)) cityNamed = id;
      }
      i = m.first;
    }
    return fallback ?? cityNamed;
  }

  /** Entity ids a pronoun at token `pos` refers to, from the subjects met before it. */
  resolvePronoun(w: string, pos: number): string[] {
    const plural = PRONOUNS_PLURAL.has(w);
    const person = PRONOUNS_PERSON.has(w);
    for (let k = this.history.length - 1; k >= 0 && k >= this.history.length - 12; k--) {
      const h = this.history[k];
      if (h.pos >= pos) continue;
      const ids = h.party.ids;
      if (plural && (h.party.plural || ids.length > 1)) return ids;
      if (!plural && ids.length === 1) {
        const isPerson = this.kindOf(ids[0]) === 'person';
        if (person === isPerson) return ids;
        if (!person && isPerson) continue;
      }
    }
    if (plural) return this.parties;
    if (person) {
      for (let i = pos - 1; i >= 0 && i >= pos - 200; i--) {
        const m = this.mention(i);
        if (m && this.kindOf(m.ids[0]) === 'person') return [m.ids[0]];
      }
      return [];
    }
    for (let i = pos - 1; i >= 0 && i >= pos - 200; i--) {
      const m = this.mention(i);
      if (m && m.ids.length === 1 && (this.kindOf(m.ids[0]) === 'organization' || this.kindOf(m.ids[0]) === 'country')) return [m.ids[0]];
    }
    return [];
  }

  /** The last subject of exactly `count` parties before token `pos` ("the three European powers"). */
  private recentGroupOf(count: number, pos: number): string[] | undefined {
    for (let k = this.history.length - 1; k >= 0 && k >= this.history.length - 12; k--) {
      const h = this.history[k];
      if (h.pos < pos && h.party.ids.length === count) return h.party.ids;
    }
    return undefined;
  }

  /** Records a resolved subject for later pronouns. */
  remember(pos: number, party: Party): void {
    const last = this.history[this.history.length - 1];
    if (last && last.pos === pos) return;
    this.history.push({ pos, party });
    if (this.history.length > 64) this.history.splice(0, 32);
  }

  /**
   * Notes the parties a sentence introduces: "ministers of Japan and the United States",
   * "X held talks with Y", "X met Y".
   */
  noteParties(first: number, end: number): void {
    let meeting = false;
    for (let i = first; i < end; i++) {
      const w = this.low[i];
      if (MEETING_WORDS.has(w)) meeting = true;
    }
    if (!meeting) return;
    const countries: string[] = [];
    const people: string[] = [];
    for (let i = first; i < end; i++) {
      const m = this.mention(i);
      if (!m) continue;
      // Where the talks were is no party: "talks at the United Nations office in Geneva".
      const before = this.low[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
      if (LOCATIVE.has(this.low[before] ?? '')) {
        i = m.end - 1;
        continue;
      }
      for (const id of m.ids) {
        const kind = this.kindOf(id);
        if (kind === 'country' || kind === 'organization') countries.push(id);
        else if (kind === 'person') people.push(this.partyOf(id));
      }
      i = m.end - 1;
    }
    const named = unique(countries.length >= 2 ? countries : [...countries, ...people]);
    if (named.length >= 2) this.parties = named;
  }

  /**
   * Targets in an object phrase starting at token `from`: the first actor named there and those
   * coordinated with it ("condemned North Korea for ... Russia" → North Korea). Pronouns resolve to
   * someone other than the holders.
   */
  objectTargets(from: number, to: number, holders: string[]): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) {
      const m = this.mention(i);
      if (!m) {
        const w = this.low[i];
        if (!out.length && (w === 'it' || w === 'them' || w === 'its' || w === 'their') && i - from <= 2) {
          const ids = this.objectPronoun(w, i, holders);
          if (ids.length) return ids;
        }
        if (out.length) {
          if (w === 'and' || w === ',' || w === 'the') continue;
          break;
        }
        continue;
      }
      // "the arrest of dockworkers in Iran": where it happened is no target.
      const where = m.first - 1 >= from && LOCATIVE.has(this.low[m.first - 1]) && this.low[m.first - 1] !== 'to';
      const ids = where ? [] : m.ids.filter((id) => this.kindOf(id) !== 'place' && !holders.includes(id));
      if (!ids.length) {
        if (out.length) break;
        i = m.end - 1;
        continue;
      }
      for (const id of ids) if (!out.includes(id)) out.push(id);
      i = m.end - 1;
    }
    return out;
  }

  private objectPronoun(w: string, pos: number, holders: string[]): string[] {
    const plural = w === 'them' || w === 'their';
    for (let i = pos - 1, seen = 0; i >= 0 && seen < 80; i--, seen++) {
      const m = this.mention(i);
      if (!m) continue;
      const ids = m.ids.filter((id) => this.isActor(id) && !holders.includes(id));
      if (ids.length && (plural || this.kindOf(ids[0]) !== 'person')) return ids.slice(0, 1);
      i = m.first;
    }
    return [];
  }
}

const nounPatterns = new Map<string, RegExp>();
/** Whether a name is headed by the noun: its last word, or the word before "of" ("Council of Europe"). */
function headedBy(name: string, noun: string): boolean {
  let re = nounPatterns.get(noun);
  if (!re) nounPatterns.set(noun, (re = new RegExp(`\\b${noun}(\\s+of\\b.*)?$`, 'i')));
  return re.test(name);
}

/** The VP coordination's subject: the sentence's last subject ("... and urged"). */
function coordinated(voice: Voice): Party | undefined {
  return voice.subject && { ...voice.subject, via: 'actor.coordination' };
}

/** What `Doc.readNP` finds in a noun phrase. */
interface NounPhrase {
  heads: string[];
  possessors: string[];
  /** Entities after a preposition inside the phrase ("ministers of X and Y"). */
  inPhrase: string[];
  /** Entities after "by" ("workers represented by the RMT union"). */
  byAgent: string[];
  group: boolean;
  groupPlural: boolean;
  labourGroup: boolean;
  count: number;
  /** "officials from both countries": a counted group inside the phrase. */
  innerCount: number;
  innerGroup: boolean;
  corefKind: 'organization' | 'country' | 'place' | undefined;
  possessivePronoun: string | undefined;
  lastPrep: string;
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
