// What every rule of the quotes pass reads: the tokens, the sentences, and the entity mentions in text
// order, with the lookups speaker resolution needs (mentions in a token range, the last entity of a
// kind or role named before an offset).
import type { Entity, EntityKind, MentionForm, Sentence, Span, Token } from '../types';

/** Index of the first of `items` (in order of start) starting at or after `offset`, by binary search. */
export function firstFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface QuoteInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Span[];
  entities: Entity[];
  /** Where a dateline ends ("TOLENA —"): a sentence's clause starts after it. */
  datelineEnd?: number;
}

/** Mentions a pronoun or title looks back over at most. */
const LOOK_BACK = 200;

export interface Placed {
  start: number;
  end: number;
  entity: Entity;
  /** The mention's form; absent for a name matched by the quotes pass itself. */
  form?: MentionForm;
}

export class Ctx {
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  readonly paragraphs: Span[];
  readonly datelineEnd: number;
  /** Every mention of a person, organization or country, by start offset. */
  readonly mentions: Placed[];
  readonly byId = new Map<string, Entity>();
  private readonly words: string[];
  private lastWords?: Map<string, Entity>;
  private readonly roles = new Map<string, Set<string>>();

  constructor(input: QuoteInput) {
    this.text = input.text;
    this.tokens = input.tokens;
    this.sentences = input.sentences;
    this.paragraphs = input.paragraphs;
    this.datelineEnd = input.datelineEnd ?? -1;
    this.words = input.tokens.map((t) => t.norm.toLowerCase());
    const mentions: Placed[] = [];
    for (const entity of input.entities) {
      this.byId.set(entity.id, entity);
      for (const m of entity.mentions) mentions.push({ start: m.start, end: m.end, entity, form: m.form });
    }
    this.mentions = mentions.sort((a, b) => a.start - b.start);
  }

  /** Token i's normalised form in lower case ('' outside the text). */
  word(i: number): string {
    return this.words[i] ?? '';
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    return firstFrom(this.tokens, offset);
  }

  /** Index of the first mention starting at or after `offset`. */
  private mentionAt(offset: number): number {
    return firstFrom(this.mentions, offset);
  }

  /** The words of an entity's role, in lower case ("finance", "minister"). */
  roleWords(e: Entity): ReadonlySet<string> {
    let words = this.roles.get(e.id);
    if (!words) this.roles.set(e.id, (words = new Set(e.role ? e.role.toLowerCase().split(/\s+/) : [])));
    return words;
  }

  /** The first person or organization whose name or alias ends in `word` ("Ruiz" for Ana Ruiz). */
  byLastWord(word: string): Entity | undefined {
    if (!this.lastWords) {
      this.lastWords = new Map();
      for (const e of this.byId.values()) {
        if (e.kind !== 'person' && e.kind !== 'organization') continue;
        for (const name of [e.name, ...e.aliases]) {
          const last = name.split(/\s+/).pop() ?? '';
          if (!this.lastWords.has(last)) this.lastWords.set(last, e);
        }
      }
    }
    return this.lastWords.get(word);
  }

  /** The mentions wholly inside tokens [a, b). */
  mentionsIn(a: number, b: number): Placed[] {
    if (a >= b) return [];
    const from = this.tokens[a].start;
    const to = this.tokens[b - 1].end;
    const out: Placed[] = [];
    for (let k = this.mentionAt(from); k < this.mentions.length && this.mentions[k].start < to; k++) {
      if (this.mentions[k].end <= to) out.push(this.mentions[k]);
    }
    return out;
  }

  /** True when token i lies inside an entity mention (the name "Amira Said" is no verb). */
  inMention(i: number): boolean {
    const t = this.tokens[i];
    const k = this.mentionAt(t.end) - 1;
    for (let j = k; j >= 0 && j >= k - 3; j--) {
      const m = this.mentions[j];
      if (m.start <= t.start && m.end >= t.end) return true;
    }
    return false;
  }

  /** The last mention before `offset` (within a bounded look-back) whose entity passes `test`, and the mention `where`. */
  lastBefore(offset: number, test: (e: Entity) => boolean, where: (m: Placed) => boolean = () => true): Placed | undefined {
    const k0 = this.mentionAt(offset) - 1;
    for (let k = k0; k >= 0 && k > k0 - LOOK_BACK; k--) {
      if (test(this.mentions[k].entity) && where(this.mentions[k])) return this.mentions[k];
    }
    return undefined;
  }

  /** The sentence holding token i. */
  sentenceOf(i: number): Sentence | undefined {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (i < s.firstToken) hi = mid - 1;
      else if (i >= s.endToken) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** The first token of a sentence's clause: after a dateline and the dash or colon that ends it. */
  clauseStart(s: Sentence): number {
    let i = s.firstToken;
    if (this.datelineEnd > this.tokens[i]?.start) {
      while (i < s.endToken && this.tokens[i].start < this.datelineEnd) i++;
      while (i < s.endToken && /^[-—–:]$/.test(this.tokens[i].norm)) i++;
    }
    return i;
  }

  paragraphOf(offset: number): number {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = this.paragraphs[mid];
      if (offset < p.start) hi = mid - 1;
      else if (offset >= p.end) lo = mid + 1;
      else return mid;
    }
    return lo - 1;
  }
}

export const SPEAKER_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'organization', 'country']);
