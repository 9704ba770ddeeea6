// Word lists of the quotes pass.

/** Verbs that attribute speech, in the forms news copy uses ("said", "says", "told", "warned"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'warned', 'warns', 'stressed', 'stresses'],
  ...['underscored', 'underlined', 'insisted', 'insists', 'argued', 'argues', 'announced', 'wrote', 'writes', 'explained'],
  ...['acknowledged', 'admitted', 'claimed', 'claims', 'confirmed', 'maintained', 'maintains', 'emphasised', 'emphasized'],
  ...['reiterated', 'recalled', 'cautioned', 'conceded', 'declared', 'replied', 'asserted', 'observed', 'remarked'],
  ...['asked', 'shouted', 'continued', 'predicted', 'estimated', 'testified', 'countered'],
]);

/** Verbs whose first complement is the person told ("told reporters that ..."). */
export const TELL_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'assured', 'informed', 'reminded']);

/** Words after a speech verb that mark a finite clause: the verb reports it rather than closing an attribution. */
export const FINITE: ReadonlySet<string> = new Set([
  ...['will', 'would', 'is', 'was', 'were', 'are', 'am', 'has', 'had', 'have', 'can', 'could', 'should', 'must', 'may'],
  ...['might', 'did', 'does', 'do', 'need', 'needs', 'shall', "won't", "wasn't", "isn't", 'that'],
]);

/** Prepositions that open an adjunct between a speech verb and its clause ("said on Monday that"). */
export const ADJUNCT_PREPS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'via',
  'through',
  'over',
  'from',
  'late',
  'earlier',
  'to',
]);

/** Forms of "be" before a participle ("was said"): no attribution. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);

/** Pronouns that stand for a person, an organization, or a group. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it']);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'there', 'this', 'these', 'those']);

/** Nouns a title reference ends in, resolved to the last organization named ("the company said"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  ...['company', 'carmaker', 'firm', 'group', 'airline', 'club', 'bank', 'ministry', 'organization', 'organisation'],
  ...['agency', 'operator', 'insurer', 'retailer', 'lender', 'broadcaster', 'party', 'department', 'board', 'council'],
]);

/** Nouns a title reference ends in, resolved to the last country named ("the government said"). */
export const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['government', 'country', 'administration']);

/** Words that lead a speaker phrase into a relative clause or an aside, not part of the speaker. */
export const CLAUSE_LEADS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'where', 'while', 'adding', 'speaking']);

/** Prepositions whose object is a place or a counterpart, never the speaker ("a diplomat in Lisbon"). */
export const NOT_SPEAKER_AFTER: ReadonlySet<string> = new Set(['in', 'near', 'with', 'to', 'from', 'against', 'on', 'over', 'about', 'at']);

/** "a spokesman for X": X speaks. */
export const SPOKES_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official', 'officials']);

/** Speech verbs whose object may be a noun phrase rather than a clause ("stressed the need for ..."). */
export const EMPHASIS_VERBS: ReadonlySet<string> = new Set([
  ...['stressed', 'stresses', 'underscored', 'underlined', 'emphasised', 'emphasized', 'reiterated', 'noted', 'notes'],
]);

/** Irregular past tenses that mark a reported clause ("said sales fell"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  ...['fell', 'rose', 'grew', 'took', 'made', 'went', 'came', 'gave', 'saw', 'knew', 'thought', 'became', 'left', 'lost'],
  ...['won', 'began', 'held', 'kept', 'met', 'sent', 'spent', 'paid', 'told', 'found', 'got', 'ran', 'stood', 'brought'],
]);
