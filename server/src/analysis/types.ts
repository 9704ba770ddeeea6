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
  /** A normalised value when the expression resolves on its own: "2030", "2024-06-03". */
  value?: string;
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
  /** Entity ids of a counterpart or beneficiary. */
  target?: string[];
  /** Ids of the rules that decided this commitment (trigger, actor, modality), in the order they fired. */
  why?: string[];
}

export type StanceType =
  | 'condemn'
  | 'oppose'
  | 'concern'
  | 'criticize'
  | 'support'
  | 'welcome'
  | 'appreciate'
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
}
