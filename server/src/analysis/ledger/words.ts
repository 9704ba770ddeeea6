// Word keys for matching across articles: names normalised, action words stemmed.

const STOP = new Set(
  'a an the and or of to in on for with by at from as its their his her our this that these those be been is are was were will would shall should may might can could has have had not no new more also into over about after before than per up out further'.split(
    ' ',
  ),
);

/** Irregular past forms of verbs common in the news, to their base. */
const IRREGULAR = new Map(
  Object.entries({
    built: 'build',
    met: 'meet',
    kept: 'keep',
    sent: 'send',
    paid: 'pay',
    made: 'make',
    began: 'begin',
    begun: 'begin',
    held: 'hold',
    won: 'win',
    led: 'lead',
    sold: 'sell',
    bought: 'buy',
    spent: 'spend',
    took: 'take',
    taken: 'take',
    gave: 'give',
    given: 'give',
    brought: 'bring',
    withdrew: 'withdraw',
    withdrawn: 'withdraw',
    struck: 'strike',
    cut: 'cut',
    set: 'set',
    put: 'put',
    sought: 'seek',
    shut: 'shut',
    rose: 'rise',
    raised: 'raise',
    broke: 'break',
    broken: 'break',
    drew: 'draw',
    wrote: 'write',
    written: 'write',
    signed: 'sign',
    lent: 'lend',
    fought: 'fight',
    left: 'leave',
    went: 'go',
  }),
);

/** Keys already made (names repeat across thousands of articles); cleared when it grows past MEMO_LIMIT. */
const keyMemo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

function memo<T>(map: Map<string, T>, key: string, make: (key: string) => T): T {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= MEMO_LIMIT) map.clear();
    map.set(key, (value = make(key)));
  }
  return value;
}

const interned = new Map<string, string>();

/**
 * One copy of a string the index keeps many times (a phrase reported again, a sentence's stems
 * alike across articles); the table is cleared when it grows past MEMO_LIMIT (copies made since
 * are shared again from then on).
 */
export function intern(text: string): string {
  return memo(interned, text, (t) => t);
}

/** Lower case, accents off, punctuation off, a leading "the" off: "the Ministry of Défense" → "ministry of defense". */
export function nameKey(name: string): string {
  return memo(keyMemo, name, normaliseName);
}

function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** A crude stem, the same for a verb's base and past: irregular pasts to their base, then -ing/-ed/-es/-s and a final e off ("hire", "hired" → "hir"). */
export function stem(word: string): string {
  let w = word.toLowerCase();
  w = IRREGULAR.get(w) ?? w;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/**
 * Stems of the content words of a phrase, in order, without repeats. Not remembered: the phrases
 * are sentences and actions, mostly seen once (a table of them grew to tens of MB over an index).
 */
export function contentStems(phrase: string): string[] {
  const out: string[] = [];
  for (const m of phrase.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu)) {
    if (STOP.has(m[0]) || m[0].length < 2) continue;
    const s = stem(m[0]);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Whether a word is a past tense or participle (regular "-ed" or a known irregular form). */
export function isPast(word: string): boolean {
  const w = word.toLowerCase();
  return (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) || IRREGULAR.has(w);
}
