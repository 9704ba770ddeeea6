// Time expressions: dates, deadlines and horizons, matched over tokens within each sentence.
//
// An expression is an optional leading preposition ("by", "within", "in", "on", "until", "no later
// than", "as of" ...) and a core:
//   dates      "June 3", "Jan. 5, 2024", "3 June 2024", "June 2024", "2024-06-03", "6/3/2024",
//              "Sunday", "Monday, June 3", "today", "tomorrow", "Q3 2025", "mid-2025", "2024-2030"
//   years      "2030" after a preposition or before punctuation ("by 2030", "in 2030.")
//   seasons    "in the spring", "by spring 2026", "in the autumn of 2027", "before Christmas"
//   relative   "next month", "this fiscal year", "early next year", "earlier this year", "last week",
//              "last night", "early 2025", "late June", "fiscal 2025", "the weekend", "year-end"
//   edges      "the end of this year", "the end of 2030", "the first half of next year", "end-2025"
//   horizons   "the coming weeks", "the next five years", "recent months", "two years" after
//              within/in/inside/over/after, "three years ago", "a month later"
// A month name or bare count needs a preposition ("in June", "within two years"). `value` is set
// when the expression resolves without a reference date: "2030", "2024-06", "2024-06-03".

import type { Sentence, TimeExpression, Token } from '../types';
import { dayOf, isCalendarWord, isoDateOf, isWeekday, monthOf, monthOfWord, pad2, yearOf } from './calendar';
import { isUpperAt } from './chars';

const set = (s: string): Set<string> => new Set(s.split(' '));

const UNITS = set('hour hours day days week weeks weekend weekends month months year years decade decades quarter quarters century centuries');
const SEASONS = set('spring summer autumn fall winter');
const HOLIDAYS = set('christmas easter ramadan eid diwali thanksgiving hanukkah passover');
/** Prepositions that make a season or holiday a time ("in the spring", not "at the spring session"). */
const SEASON_PREPS = set('by before in until till during over after since from through');
/** Words that may follow a season that is a time, not a modifier ("the spring session"). */
const AFTER_SEASON = set('and or but when as if while to before after until');
const DEICTIC = set('this next last coming past previous current following');
const MODS = set('early earlier late later mid');
const DAYWORDS = set('today tomorrow yesterday tonight');
const DAY_PARTS = set('morning afternoon evening night');
const COUNTS = set('a an one two three four five six seven eight nine ten eleven twelve fifteen eighteen twenty thirty forty fifty hundred few several');
const PREPS = set('by before until till within in on at since from after through throughout during over starting inside to between around');
/** Prepositions of two or three words. */
const LONG_PREPS = [
  ['no', 'later', 'than'],
  ['as', 'of'],
  ['ahead', 'of'],
  ['prior', 'to'],
  ['up', 'until'],
  ['as', 'early', 'as'],
];
/** Prepositions after which a bare count of units is a horizon ("within two years"). */
const HORIZON_PREPS = set('within in inside over after');
const ORDINALS = set('first second third fourth final');
const EDGES = set('end start beginning middle close turn');
const HORIZON_WORDS = set('coming next past last following recent');
/** Single words that name a time: "year-end", "the weekend". */
const NAMED = set('year-end weekend');
/** Lower-case words that can open an expression (besides numbers and capitalised words). */
const STARTERS = new Set([
  ...PREPS,
  ...LONG_PREPS.map((p) => p[0]),
  ...DEICTIC,
  ...MODS,
  ...DAYWORDS,
  ...EDGES,
  ...ORDINALS,
  ...COUNTS,
  ...HORIZON_WORDS,
  'the',
  'fiscal',
  'year-end',
]);

/** Lower-case words that mark a time expression nearby. */
const TRIGGERS = new Set([...DEICTIC, ...MODS, ...DAYWORDS, ...EDGES, ...UNITS, ...SEASONS, ...HOLIDAYS, ...HORIZON_WORDS, ...NAMED, 'fiscal', 'half']);

/** A capitalised month or weekday name, or a quarter / fiscal-year code ("Q3", "H1", "FY2025"). */
function isCalendarToken(t: Token, lower: string): boolean {
  return isUpperAt(t.text, 0) && (isCalendarWord(lower) || (lower.length <= 6 && /^(?:q[1-4]|h[12]|fy\d)/.test(lower)));
}

/** "mid-2025", "end-June", "early-2026". */
function isModToken(lower: string): boolean {
  return lower.indexOf('-') > 2 && MOD_PREFIX.test(lower);
}

const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})$/;
const YEAR_RANGE = /^[12]\d{3}[-\u2013/](?:\d{2}|[12]\d{3})$/;
const MOD_PREFIX = /^(?:mid|end|early|late)-/;
const MOD_YEAR = /^(?:mid|end|early|late)-([12]\d{3})$/i;
const MOD_MONTH = /^(?:mid|end|early|late)-(\p{Lu}\p{Ll}+)$/u;
const QUARTER = /^(?:Q[1-4]|H[12])$/;
const FISCAL_YEAR = /^FY\d{2}(?:\d{2})?$/;

interface Match {
  end: number;
  value?: string;
}

/** Finds the time expressions of the text, in text order, never across sentences. */
export function findTimes(text: string, tokens: Token[], sentences: Sentence[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  const ranges = sentences.length ? sentences : tokens.length ? [{ firstToken: 0, endToken: tokens.length }] : [];
  const lower = tokens.map((t) => (t.kind === 'word' && isUpperAt(t.norm, 0) ? t.norm.toLowerCase() : t.norm));
  // Every expression has a trigger (a number, a calendar word, "next", "end", "years" ...) among
  // its first four tokens, so matching is only tried near one.
  const isTrigger = (k: number): boolean => {
    const t = tokens[k];
    if (t.kind === 'number') return true;
    if (t.kind !== 'word') return false;
    const w = lower[k];
    return TRIGGERS.has(w) || isCalendarToken(t, w) || isModToken(w);
  };
  for (const s of ranges) {
    const lim = Math.min(s.endToken, tokens.length);
    const m = new Matcher(tokens, lower, lim);
    let k = Math.max(0, s.firstToken);
    let trigger = -1;
    while (k < lim) {
      if (trigger < k) {
        trigger = k;
        while (trigger < lim && !isTrigger(trigger)) trigger++;
        if (trigger >= lim) break;
      }
      if (trigger - k > 3) k = trigger - 3;
      const found = m.at(k);
      if (!found) {
        k++;
        continue;
      }
      const start = tokens[k].start;
      const end = tokens[found.end - 1].end;
      const expr: TimeExpression = { start, end, text: text.slice(start, end) };
      if (found.value) expr.value = found.value;
      out.push(expr);
      k = found.end;
    }
  }
  return out;
}

class Matcher {
  constructor(
    private readonly tokens: Token[],
    private readonly lower: string[],
    private readonly lim: number,
  ) {}

  /** Lower-case norm of token k, '' past the sentence. */
  private w(k: number): string {
    return k < this.lim ? this.lower[k] : '';
  }

  private tok(k: number): Token | undefined {
    return k < this.lim ? this.tokens[k] : undefined;
  }

  /** An expression starting at k: preposition + core, or a core alone. */
  at(k: number): Match | undefined {
    const w = this.w(k);
    // Fast exit: most tokens cannot open an expression.
    const t = this.tokens[k];
    if (t.kind !== 'number' && !STARTERS.has(w) && !(t.kind === 'word' && (isCalendarToken(t, w) || isModToken(w)))) return undefined;
    for (const p of LONG_PREPS) {
      if (p[0] === w && p.every((x, i) => this.w(k + i) === x)) {
        const core = this.core(k + p.length, p[p.length - 1]);
        if (core) return core;
      }
    }
    if (PREPS.has(w)) {
      const core = this.core(k + 1, w);
      if (core) return core;
    }
    return this.core(k, '');
  }

  /** A core expression at k; `prep` is the preposition before it ('' when none). */
  private core(k: number, prep: string): Match | undefined {
    const t = this.tok(k);
    if (!t) return undefined;
    return (
      this.date(k, t, prep) ??
      this.relative(k) ??
      this.edge(k) ??
      this.horizon(k) ??
      this.count(k, prep) ??
      (SEASON_PREPS.has(prep) ? this.season(k) : undefined)
    );
  }

  /** After a preposition: "(the) spring", "spring 2026", "the autumn of 2027", "Christmas". */
  private season(k: number): Match | undefined {
    const j = this.w(k) === 'the' ? k + 1 : k;
    const t = this.tok(j);
    if (!t) return undefined;
    if (HOLIDAYS.has(this.w(j))) {
      // A holiday is a capitalised word, but not the start of a longer name ("Easter Island").
      const next = this.tok(j + 1);
      const name = next?.kind === 'word' && isUpperAt(next.text, 0);
      return isUpperAt(t.text, 0) && !name ? { end: j + 1 } : undefined;
    }
    if (!SEASONS.has(this.w(j))) return undefined;
    const next = this.tok(j + 1);
    if (next && yearOf(next)) return { end: j + 2, value: next.text };
    if (next?.kind === 'word' && this.w(j + 1) !== 'of' && !AFTER_SEASON.has(this.w(j + 1))) return undefined;
    if (this.w(j + 1) === 'of') {
      // "the autumn of 2027"; not "after the fall of Kabul".
      const y = this.tok(j + 2);
      return y && yearOf(y) ? { end: j + 3, value: y.text } : undefined;
    }
    return { end: j + 1 };
  }

  /** Optional ", 2024" or " 2024" after a month/day: returns [end, year]. */
  private year(k: number): [number, number] {
    const t = this.tok(k);
    if (t?.text === ',') {
      const y = this.tok(k + 1);
      if (y && yearOf(y)) return [k + 2, yearOf(y)];
    }
    if (t && yearOf(t)) return [k + 1, yearOf(t)];
    return [k, 0];
  }

  /** A month and day ending before k, with the year that may follow: "June 3", "3 June, 2024". */
  private dated(month: number, day: number, k: number): Match {
    const [end, y] = this.year(k);
    return y ? { end, value: `${y}-${pad2(month)}-${pad2(day)}` } : { end };
  }

  private date(k: number, t: Token, prep: string): Match | undefined {
    const iso = isoDateOf(t);
    if (iso) return { end: k + 1, value: iso };
    if (t.kind === 'number' && (SLASH_DATE.test(t.text) || YEAR_RANGE.test(t.text))) return { end: k + 1 };
    if (t.kind === 'word' && t.text.length <= 12) {
      if (t.norm.includes('-')) {
        const my = MOD_YEAR.exec(t.norm);
        if (my) return { end: k + 1, value: my[1] };
        const mm = MOD_MONTH.exec(t.norm);
        if (mm && monthOfWord(mm[1])) return { end: k + 1 };
      }
      if (FISCAL_YEAR.test(t.text)) return { end: k + 1 };
      if (QUARTER.test(t.text)) {
        const [end] = this.year(k + 1);
        return end > k + 1 ? { end } : undefined;
      }
    }
    const month = monthOf(t);
    if (month) {
      const next = this.tok(k + 1);
      const day = next ? dayOf(next) : 0;
      if (day) return this.dated(month, day, k + 2);
      if (next && yearOf(next)) return { end: k + 2, value: `${yearOf(next)}-${pad2(month)}` };
      // A month alone needs a preposition, and an abbreviation its period ("by Jan" is a name).
      const full = t.text.length >= 4 || t.text === 'May' || t.text.endsWith('.') || next?.text === '.';
      return prep && full ? { end: k + 1 } : undefined;
    }
    const day = dayOf(t);
    if (day) {
      const next = this.tok(k + 1);
      const m = next ? monthOf(next) : 0;
      return m ? this.dated(m, day, k + 2) : undefined;
    }
    if (isWeekday(t)) {
      let end = k + 1;
      if (this.tok(end)?.text === ',') {
        const d = this.tok(end + 1);
        if (d && monthOf(d)) {
          const full = this.date(end + 1, d, 'on');
          if (full && full.end > end + 2) return full.value ? { end: full.end, value: full.value } : { end: full.end };
        }
      }
      if (DAY_PARTS.has(this.w(end))) end++;
      return { end };
    }
    if (DAYWORDS.has(this.w(k))) return { end: DAY_PARTS.has(this.w(k + 1)) ? k + 2 : k + 1 };
    if (this.w(k) === 'the' && NAMED.has(this.w(k + 1))) return { end: k + 2 }; // "over the weekend"
    if (this.w(k) === 'year-end') return { end: k + 1 };
    const year = yearOf(t);
    if (year >= 1900 && year <= 2099) {
      const next = this.tok(k + 1);
      if (prep || !next || next.kind === 'punct') return { end: k + 1, value: t.text };
    }
    return undefined;
  }

  /** "next month", "this fiscal year", "early next year", "early 2025", "late June", "fiscal 2025". */
  private relative(k: number): Match | undefined {
    let j = k;
    const mod = MODS.has(this.w(j));
    if (mod) j++;
    if (DEICTIC.has(this.w(j))) {
      j++;
      if (DEICTIC.has(this.w(j))) j++; // "this coming week"
      if (this.w(j) === 'fiscal') j++;
      const w = this.w(j);
      const t = this.tok(j);
      if (UNITS.has(w) || SEASONS.has(w) || DAY_PARTS.has(w) || (t && (isWeekday(t) || monthOf(t)))) {
        return { end: j + 1 }; // "next month", "this fiscal year", "last night", "next Monday"
      }
      return undefined;
    }
    if (this.w(j) === 'fiscal') {
      const t = this.tok(j + 1);
      return t && yearOf(t) ? { end: j + 2 } : undefined;
    }
    if (!mod) return undefined;
    const t = this.tok(j);
    if (!t) return undefined;
    if (yearOf(t)) return { end: j + 1, value: t.text };
    if (isWeekday(t)) return { end: j + 1 }; // "early Tuesday"
    if (monthOf(t)) {
      const next = this.tok(j + 1);
      if (next && yearOf(next)) return { end: j + 2, value: `${yearOf(next)}-${pad2(monthOf(t))}` };
      return { end: j + 1 };
    }
    if (SEASONS.has(this.w(j))) {
      const next = this.tok(j + 1);
      return next && yearOf(next) ? { end: j + 2, value: next.text } : { end: j + 1 };
    }
    return undefined;
  }

  /** "the end of this year", "end of 2030", "the first half of next year", "the second quarter". */
  private edge(k: number): Match | undefined {
    let j = k;
    if (this.w(j) === 'the') j++;
    if (EDGES.has(this.w(j))) {
      j++;
    } else if (ORDINALS.has(this.w(j)) && (this.w(j + 1) === 'half' || this.w(j + 1) === 'quarter')) {
      j += 2;
      if (this.w(j) !== 'of') return j > k + 2 ? { end: j } : undefined; // "the first quarter"
    } else {
      return undefined;
    }
    if (this.w(j) !== 'of') return undefined;
    j++;
    if (this.w(j) === 'the' && UNITS.has(this.w(j + 1))) return { end: j + 2 }; // "the end of the year"
    const t = this.tok(j);
    if (!t) return undefined;
    return this.date(j, t, 'of') ?? this.relative(j);
  }

  /** "the coming weeks", "the next five years", "the past two days", "the next few months". */
  private horizon(k: number): Match | undefined {
    let j = k;
    if (this.w(j) === 'the') j++;
    const d = this.w(j);
    if (!HORIZON_WORDS.has(d)) return undefined;
    j++;
    if (this.w(j) === 'couple' && this.w(j + 1) === 'of') j += 2;
    else if (COUNTS.has(this.w(j)) || this.tok(j)?.kind === 'number') j++;
    const u = this.w(j);
    if (!UNITS.has(u) || !u.endsWith('s')) return undefined;
    return { end: j + 1 };
  }

  /** "two years" after within/in/over, "three years ago", "a month later", "two weeks from now". */
  private count(k: number, prep: string): Match | undefined {
    const t = this.tok(k);
    if (!t || !(COUNTS.has(this.w(k)) || (t.kind === 'number' && /^\d{1,3}$/.test(t.text)))) return undefined;
    if (!UNITS.has(this.w(k + 1))) return undefined;
    const after = this.w(k + 2);
    if (after === 'ago' || after === 'later' || after === 'earlier') return { end: k + 3 };
    if (after === 'from' && this.w(k + 3) === 'now') return { end: k + 4 };
    return HORIZON_PREPS.has(prep) ? { end: k + 2 } : undefined;
  }
}
