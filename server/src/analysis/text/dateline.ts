// Datelines at the start of an article's body:
//   "MANILA, June 3 --", "LONDON:", "NAIROBI —", "WASHINGTON (Reuters) -", "TOKYO, Jan. 5 (AP) —",
//   "SAN FRANCISCO, Calif. --", "BRUSSELS 1996-08-22" (CoNLL style, no separator needed),
//   "NEW DELHI/ISLAMABAD (Reuters) -" (the place is the first one).
// The place is 1–4 ALL-CAPS words, or 1–3 Title Case words when a date, an agency or a dash follows.
// An optional region after a comma ("Calif.", "Philippines") is part of the dateline, not the place.

import type { Dateline, TextSpan, Token } from '../types';
import { OPENERS } from './abbrev';
import { dayOf, isoDateOf, isWeekday, monthOf, tokenAt, yearOf } from './calendar';
import type { Line } from './paragraphs';

/** Labels that look like a caps place before a colon but are not. */
const LABELS = new Set(
  'UPDATE UPDATED BREAKING EXCLUSIVE NOTE EDITOR EDITORS WARNING ANALYSIS OPINION COMMENT CORRECTION FACTBOX INTERVIEW PHOTOS VIDEO WATCH LIVE REFILE RECAP SUMMARY ADVISORY'.split(
    ' ',
  ),
);

const UPPER_FIRST = /^\p{Lu}/u;

function hasLower(s: string): boolean {
  return s !== s.toUpperCase();
}

function isCapsWord(tok: Token): boolean {
  return tok.kind === 'word' && tok.text.length >= 2 && !hasLower(tok.text) && hasLower(tok.text.toLowerCase()) && UPPER_FIRST.test(tok.text);
}

function isTitleWord(tok: Token): boolean {
  return tok.kind === 'word' && UPPER_FIRST.test(tok.text) && hasLower(tok.text);
}

const span = (text: string, tokens: Token[], a: number, b: number): TextSpan => ({
  start: tokens[a].start,
  end: tokens[b - 1].end,
  text: text.slice(tokens[a].start, tokens[b - 1].end),
});

/** End index of a date starting at token q ("June 3", "Jan. 5, 2024", "3 June", "1996-08-22", "Monday"), or -1. */
function dateEnd(tokens: Token[], q: number, lim: number): number {
  if (q >= lim) return -1;
  const at = (k: number): Token | undefined => (k < lim ? tokens[k] : undefined);
  const withYear = (k: number): number => {
    const comma = at(k);
    if (comma?.text === ',' && at(k + 1) && yearOf(tokens[k + 1])) return k + 2;
    if (at(k) && yearOf(tokens[k])) return k + 1;
    return k;
  };
  if (isoDateOf(tokens[q])) return q + 1;
  const next = at(q + 1);
  if (monthOf(tokens[q]) && next && dayOf(next)) return withYear(q + 2);
  if (dayOf(tokens[q]) && next && monthOf(next)) return withYear(q + 2);
  if (isWeekday(tokens[q])) return q + 1;
  return -1;
}

/** The dateline opening `line`, if any. */
export function datelineAt(text: string, tokens: Token[], line: Line): Dateline | undefined {
  const k = tokenAt(tokens, line.start);
  const lim = tokenAt(tokens, line.end);
  if (k >= lim) return undefined;
  const caps = isCapsWord(tokens[k]);
  if (!caps && (!isTitleWord(tokens[k]) || OPENERS.has(tokens[k].text) || monthOf(tokens[k]))) return undefined;
  const isPlaceWord = caps ? isCapsWord : isTitleWord;
  let p = k + 1;
  while (p < lim && p - k < (caps ? 4 : 3) && tokens[p].spaceBefore && isPlaceWord(tokens[p]) && !monthOf(tokens[p])) p++;
  const place = span(text, tokens, k, p);
  if (caps && p === k + 1 && LABELS.has(place.text)) return undefined;

  let q = p;
  // A second place after a slash: "NEW DELHI/ISLAMABAD (Reuters) -".
  while (q + 1 < lim && tokens[q].text === '/' && isPlaceWord(tokens[q + 1])) {
    q += 2;
    while (q < lim && q - p < 6 && tokens[q].spaceBefore && isPlaceWord(tokens[q]) && !monthOf(tokens[q])) q++;
  }
  let date: TextSpan | undefined;
  let iso = false;
  const tryDate = (at: number): boolean => {
    const e = dateEnd(tokens, at, lim);
    if (e < 0) return false;
    date = span(text, tokens, at, e);
    iso = !!isoDateOf(tokens[at]);
    q = e;
    return true;
  };
  if (q < lim && tokens[q].text === ',') {
    if (!tryDate(q + 1)) {
      // A region: "Calif.", "Philippines", "N.Y.", "South Africa".
      let r = q + 1;
      while (r < lim && r - q <= 2 && (isTitleWord(tokens[r]) || isCapsWord(tokens[r]))) r++;
      if (r === q + 1) return undefined;
      q = r;
      if (q < lim && tokens[q].text === ',' && !tryDate(q + 1)) return undefined;
    }
  } else {
    tryDate(q);
  }

  let source: TextSpan | undefined;
  if (q < lim && tokens[q].text === '(') {
    let r = q + 1;
    while (r < lim && r - q <= 4 && tokens[r].text !== ')' && UPPER_FIRST.test(tokens[r].text)) r++;
    if (r >= lim || r === q + 1 || tokens[r].text !== ')') return undefined;
    source = span(text, tokens, q + 1, r);
    q = r + 1;
  }

  let end: number;
  const sep = q < lim ? tokens[q].norm : '';
  if (sep === '--' || sep === '-' || sep === ':') {
    if (!caps && sep === ':' && !date && !source) return undefined;
    end = tokens[q].end;
  } else if (iso) {
    end = tokens[q - 1].end;
  } else {
    return undefined;
  }
  const out: Dateline = { start: place.start, end, place };
  if (date) out.date = date;
  if (source) out.source = source;
  return out;
}
