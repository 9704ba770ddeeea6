// Abbreviations that keep their final period ("Gen.", "Inc.", "Jan.") and how each may behave at
// a sentence boundary. Case-sensitive: "Wash." is the state, "wash." is a verb at a sentence's end.
import { MONTH_ABBREVIATIONS } from './calendar';

/** Never end a sentence: a name or number always follows. */
const TITLES = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Mmes',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cpt',
  'Sgt',
  'Cpl',
  'Pvt',
  'Adm',
  'Cmdr',
  'Cdr',
  'Brig',
  'Rep',
  'Reps',
  'Sen',
  'Sens',
  'Gov',
  'Govs',
  'Pres',
  'Rev',
  'Hon',
  'Fr',
  'Mt',
  'Ft',
  'Supt',
  'Insp',
  'Det',
  'Amb',
  'Atty',
  'Gens',
  'Msgr',
  'Pte',
  'Sec',
  'Secy',
  'vs',
  'Fig',
  'fig',
  'Figs',
  'cf',
]);

/** Abbreviations that read as one only before a number: "No. 5", "Art. 9", "p. 12". */
const BEFORE_NUMBER = new Set(['No', 'no', 'Nos', 'nos', 'Nr', 'nr', 'Art', 'art', 'p', 'pp', 'Vol', 'vol', 'Ch', 'ch', 'Sec', 'sec', 'Para', 'para']);

/** Month abbreviations ("Jan", "Sept"): never end a sentence before a day number, may otherwise. */
const MONTHS = new Set(MONTH_ABBREVIATIONS.map((m) => m[0].toUpperCase() + m.slice(1)));

/** Abbreviations that often end a sentence too ("... of Acme Inc. The company said"). */
const MAY_END = new Set([
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Bros',
  'Plc',
  'Jr',
  'Sr',
  'St',
  'Ave',
  'Blvd',
  'Rd',
  'Dept',
  'Univ',
  'Assn',
  'Intl',
  'Govt',
  'etc',
  'al',
  'approx',
  'est',
  'Est',
  'ed',
  'eds',
  // US states as datelines write them.
  'Ala',
  'Ariz',
  'Ark',
  'Calif',
  'Colo',
  'Conn',
  'Del',
  'Fla',
  'Ga',
  'Ill',
  'Ind',
  'Kan',
  'Kans',
  'Ky',
  'La',
  'Md',
  'Mass',
  'Mich',
  'Minn',
  'Miss',
  'Mo',
  'Mont',
  'Neb',
  'Nev',
  'Okla',
  'Ore',
  'Pa',
  'Penn',
  'Tenn',
  'Tex',
  'Va',
  'Vt',
  'Wash',
  'Wis',
  'Wisc',
  'Wyo',
  // Days of the week.
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thur',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
]);

export type AbbrevKind = 'title' | 'initial' | 'month' | 'may-end';

/**
 * Whether `word` followed by "." forms an abbreviation. `word` has no final period; `nextIsDigit`
 * tells whether a number follows after white space (for "No. 5"). Returns undefined when the
 * period is a plain full stop.
 */
export function abbrevKind(word: string, nextIsDigit: boolean): AbbrevKind | undefined {
  const kind = knownKind(word, nextIsDigit);
  if (kind || word.length < 2 || word !== word.toUpperCase()) return kind;
  // Datelines and headlines in capitals: "ST. LOUIS", "GEN. OMAR".
  const title = word[0] + word.slice(1).toLowerCase();
  return TITLES.has(title) || MAY_END.has(title) ? knownKind(title, nextIsDigit) : undefined;
}

function knownKind(word: string, nextIsDigit: boolean): AbbrevKind | undefined {
  if (TITLES.has(word)) return 'title';
  if (MONTHS.has(word)) return 'month';
  if (MAY_END.has(word)) return 'may-end';
  if (nextIsDigit && BEFORE_NUMBER.has(word)) return 'title';
  if (word.length === 1) {
    const c = word.charCodeAt(0);
    if (c >= 65 && c <= 90) return 'initial';
    if (c > 127 && word !== word.toLowerCase()) return 'initial';
    return undefined;
  }
  if (isDotted(word)) return 'may-end';
  return undefined;
}

/**
 * "U.S", "e.g", "Ph.D", "a.m": short letter groups joined by periods (the word before its final
 * period). Each group 1–3 letters, at least two groups.
 */
function isDotted(word: string): boolean {
  let groups = 0;
  let len = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 46) {
      if (len === 0 || len > 3) return false;
      groups++;
      len = 0;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) {
      len++;
    } else {
      return false;
    }
  }
  return groups >= 1 && len > 0 && len <= 3;
}

/**
 * Capitalised words that commonly open a sentence (and rarely follow an abbreviation inside a name:
 * no "State", "Group", "News"). Partly chosen from the words that open CoNLL-2003 sentences.
 */
export const OPENERS = new Set(
  (
    'The A An He She It They We I You This That These Those There Here His Her Its Their Our My Your ' +
    'In On At But And Or So Yet As After Before When While If Although Though Meanwhile However Also ' +
    'Still Then Now Today Yesterday Tomorrow Last Next Some Many Most Other Others One For With By From ' +
    'What Why How Who Where Such Both Each Under Despite According Asked Earlier Later Since During ' +
    'Officials Analysts Police Shares Critics Experts Authorities Residents Witnesses Dealers Traders ' +
    'Investors Sales Prices Two Three Four Five Six Seven Eight Nine Ten Several Thousands Hundreds Dozens ' +
    'Former More No Did Maybe Just Only Even Instead Because Until Unless Whether Once Another Every Few ' +
    'Much Neither Either Among Amid Around Against Without Through Over About Almost Nearly Yes Not'
  ).split(' '),
);
