// The plain data the analysis library produces. No LSP or VS Code types here: text in, plain data out.
// Every offset is a UTF-16 code unit index into the analysed text (as JavaScript strings and LSP
// use), `end` exclusive.
import type { NameTable } from './match/names';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends TextSpan {
  kind: TokenKind;
  /** The token as the models see it: curly quotes and apostrophes straightened, dashes unified. */
  norm: string;
  /** True when white space (or the start of the text) comes right before the token. */
  spaceBefore: boolean;
}

export interface Sentence extends Span {
  /** Index of the sentence's first token in `Analysis.tokens`. */
  firstToken: number;
  /** Index one past the sentence's last token. */
  endToken: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
}

export interface Dateline extends Span {
  /** The place as written, e.g. "MANILA". */
  place: TextSpan;
  /** The date as written, when the dateline has one ("June 3"). */
  date?: TextSpan;
  /** The agency, when named ("Reuters"). */
  source?: TextSpan;
}

export interface TimeExpression extends TextSpan {
  /**
   * The normalised value: "2030", "2024-06", "2024-06-03", or an ISO interval
   * "2024-06-03/2024-06-09". Set when the expression resolves on its own, or against the article's
   * date ("next month", "on Sunday", "within 90 days").
   */
  value?: string;
}

/** The date an article was written, which its relative times resolve against. */
export interface ArticleDate {
  /** ISO date, "2024-04-28". */
  date: string;
  /** Where it was found: the user's override, front matter, dateline (or a date line), file name, modification time. */
  source: 'override' | 'front-matter' | 'dateline' | 'file-name' | 'modified';
  /** True when the date (or its year) was only guessed from the file's modification time. */
  guess?: boolean;
}

/** What the caller knows of the article's file (the library reads no disk). */
export interface ArticleInfo {
  /** The file name or path; a date in it ("2024-04-28-talks.news") is the article's date. */
  fileName?: string;
  /** The file's modification time (ms since the epoch): the date of last resort. */
  mtimeMs?: number;
  /** The user's date for the article (ISO), overriding everything else. */
  date?: string;
}

export type EntityKind = 'person' | 'organization' | 'country' | 'place';
export type MentionForm = 'name' | 'demonym' | 'reference';

export interface Mention extends TextSpan {
  form: MentionForm;
}

export interface Entity {
  /** Stable within one analysis: "e1", "e2", ... in order of first mention. */
  id: string;
  kind: EntityKind;
  /** The canonical (longest, fullest) name. */
  name: string;
  /** Other names the article uses for it, canonical name excluded. */
  aliases: string[];
  /** Title held, e.g. "Foreign Minister". */
  role?: string;
  /** Whose the role is: the country or organization's name, e.g. "Japan". */
  roleOf?: string;
  /** Mentions in text order. */
  mentions: Mention[];
  /** Ids of the rules that decided this entity (its kind, merges, role), in the order they fired. */
  why?: string[];
}

export type Modality = 'firm' | 'tentative' | 'conditional' | 'expected';

export interface Commitment {
  id: string;
  /** Entity ids of those who undertook it. */
  actors: string[];
  trigger: TextSpan;
  /** The committed action as a short phrase. */
  action: string;
  /** Where the action phrase stands in the text. */
  actionRange: Span;
  /** The clause. */
  range: Span;
  modality: Modality;
  negated: boolean;
  /** Deadline or horizon when stated ("by 2030"). */
  time?: TextSpan;
  /** The stated time resolved against the article's date: the first and last day (ISO dates). */
  deadline?: { start: string; end: string };
  /** Entity ids of a counterpart or beneficiary. */
  target?: string[];
  /** Ids of the rules that decided this commitment (trigger, actor, modality), in the order they fired. */
  why?: string[];
}

/** The stance types; what opens each is listed in commitments/stanceTable.ts. */
export type StanceType =
  | 'condemn'
  | 'oppose'
  | 'reject'
  | 'criticize'
  | 'disagree'
  | 'deny'
  | 'concern'
  | 'regret'
  | 'support'
  | 'defend'
  | 'welcome'
  | 'praise'
  | 'appreciate'
  | 'concede'
  | 'urge'
  | 'reaffirm-position';

export interface Stance {
  id: string;
  type: StanceType;
  holders: string[];
  targets: string[];
  trigger: TextSpan;
  range: Span;
  /** Ids of the rules that decided this stance (trigger, holder, target), in the order they fired. */
  why?: string[];
}

/** A trigger a named rule turned down (a trap: "analysts said X will ..."), for `--explain`. */
export interface Rejection {
  rule: string;
  trigger: TextSpan;
}

/** A quotation or a stretch of reported speech, with who said it. */
export interface Quote {
  /** Stable within one analysis: "q1", "q2", ... in text order. */
  id: string;
  /** Entity id of the speaker, when named (directly, or through a pronoun or a title). */
  speaker?: string;
  /** The speaker as the attribution words it ("a police spokesman", "she", "Mayor Ana Ruiz"). */
  source?: TextSpan;
  /** The attributing verb ("said", "told", "according to"). */
  trigger?: TextSpan;
  /** Entity id of the organization or country the speaker speaks for ("we", "our" in the quote). */
  group?: string;
  /** The quoted or reported words, quotation marks excluded. */
  range: Span;
  text: string;
  /** True for a quotation between marks, false for reported speech. */
  direct: boolean;
  /** Ids of the rules that decided this quote (span, attribution, speaker), in the order they fired. */
  why: string[];
}

export interface Analysis {
  /** Length of the analysed text, in UTF-16 code units. */
  length: number;
  /** The first line when it reads as a headline. */
  headline?: TextSpan;
  dateline?: Dateline;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  commitments: Commitment[];
  stances: Stance[];
  /** Dates, deadlines and horizons named in the text, in text order. */
  times: TimeExpression[];
  /** Quotations and reported speech, in text order. */
  quotes: Quote[];
  /** Commitment candidates a rule turned down (a forecast, a question ...): the rule's id and the trigger it rejected. */
  rejected?: Rejection[];
  /** What went wrong: each stage that failed or was unavailable (its results are then missing), in pipeline order. */
  problems: string[];
  /** The article's date, when anything tells it. */
  date?: ArticleDate;
}

/** Extra knowledge a user gives (the workspace's `.newslens.json`). */
export interface UserEntity {
  name: string;
  kind: EntityKind;
  aliases?: string[];
  role?: string;
  roleOf?: string;
}

export interface UserEntities {
  entities?: UserEntity[];
  /**
   * The entities as a name table (match/userEntities.ts), used instead of `entities` when given:
   * the language server builds one per file version, in shared memory, for all its workers.
   */
  table?: NameTable;
  /** Names never to report as entities. */
  ignore?: string[];
  /** Article dates set by hand, by file path relative to the workspace folder ("2024/talks.news": "2024-04-28"). */
  dates?: Record<string, string>;
  /** Names split off an entity they were merged into: `{name: "Young", from: "Young Kim"}`. */
  notSame?: NotSame[];
  /** Corrections of commitments and stances, keyed by the trigger's text and its sentence's text. */
  corrections?: Correction[];
}

export interface NotSame {
  /** The name (as written) that is not the entity. */
  name: string;
  /** The entity's name or one of its aliases. */
  from: string;
}

/** What a correction does: drop the item, set a commitment's modality, or name its actor (an entity's name or alias). */
export type CorrectionAction = 'drop' | { modality: Modality } | { actor: string };

export interface Correction {
  /** The trigger as written ("pledged"). */
  trigger: string;
  /** The trigger's sentence, white space collapsed to single spaces. */
  sentence: string;
  action: CorrectionAction;
}

export interface AnalyzeOptions {
  userEntities?: UserEntities;
  /** Polled between sentences; when it returns true the analysis stops by throwing `Cancelled`. */
  isCancelled?: () => boolean;
  /** The article's file, for its date. */
  article?: ArticleInfo;
}

export class Cancelled extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'Cancelled';
  }
}

/** A named reference to an entity, as the digest shows it. */
export interface EntityRef {
  id: string;
  name: string;
}

/** An actor or place in the digest, with what makes it salient. */
export interface SummaryEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  role?: string;
  roleOf?: string;
  /** Number of mentions. */
  mentions: number;
  /** The first mention, to reveal in the editor. */
  first: Span;
  /** Higher is more salient: mentions, early position, part in commitments and stances. */
  salience: number;
}

/** Kinds of source a quote comes from. */
export type SourceKind = 'official' | 'company' | 'expert' | 'citizen' | 'other';

/** One speaker in the digest's Sources, or the row of quotes without a named speaker (no `id`). */
export interface SummarySource {
  id?: string;
  name: string;
  kind: SourceKind;
  entityKind?: EntityKind;
  role?: string;
  quotes: number;
  direct: number;
  reported: number;
  /** What the speaker said, in text order: the first words and where the quote stands. */
  said: { id: string; text: string; range: Span; direct: boolean }[];
}

/** Who is quoted in the article, and how. */
export interface SummarySources {
  quotes: number;
  direct: number;
  reported: number;
  /** Quotes without a named speaker ("a source said"). */
  unnamed: number;
  /** Quotes by kind of source (unnamed ones by how the text describes them). */
  byKind: Record<SourceKind, number>;
  /** Named speakers, most quoted first, then the unnamed row. */
  speakers: SummarySource[];
}

/** The article's structured digest (the summary panel, `newsLens/summary`). */
export interface Summary {
  file: string;
  headline?: TextSpan;
  dateline?: { place: string; date?: string; range: Span };
  counts: {
    people: number;
    organizations: number;
    countries: number;
    places: number;
    commitments: number;
    stances: number;
  };
  /** Each list ordered by salience, highest first. */
  people: SummaryEntity[];
  organizations: SummaryEntity[];
  countries: SummaryEntity[];
  /** Places grouped by the country they lie in when known (`country` absent: unknown). */
  places: { country?: string; places: SummaryEntity[] }[];
  commitments: {
    id: string;
    actors: EntityRef[];
    trigger: TextSpan;
    action: string;
    range: Span;
    modality: Modality;
    negated: boolean;
    time?: TextSpan;
    /** The time resolved against the article's date (ISO dates). */
    deadline?: { start: string; end: string };
    target: EntityRef[];
  }[];
  stances: {
    id: string;
    type: StanceType;
    holders: EntityRef[];
    targets: EntityRef[];
    trigger: TextSpan;
    range: Span;
  }[];
  /** Dates, deadlines and horizons in text order. */
  times: TimeExpression[];
  /** Who is quoted, how often, directly or reported, by kind of source. */
  sources: SummarySources;
}
