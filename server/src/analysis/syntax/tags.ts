// The tagger's labels: a UPOS tag, for verbs and auxiliaries joined with the features the passes
// read (VerbForm, Tense, Voice), e.g. "VERB|Tense=Past|VerbForm=Part|Voice=Pass".

const KEPT_FEATURES = ['Tense', 'VerbForm', 'Voice'];

/** The tagger's label for a word with UD tag `upos` and features `feats` ("_" or "A=x|B=y"). */
export function tagLabel(upos: string, feats: string): string {
  if (upos !== 'VERB' && upos !== 'AUX') return upos;
  const kept = feats.split('|').filter((f) => KEPT_FEATURES.includes(f.slice(0, f.indexOf('='))));
  return kept.length ? `${upos}|${kept.sort().join('|')}` : upos;
}

/** The UPOS part of a tagger label. */
export function uposOf(label: string): string {
  const bar = label.indexOf('|');
  return bar < 0 ? label : label.slice(0, bar);
}

/** The features part of a tagger label ("_" when none), as CoNLL-U writes them. */
export function featsOf(label: string): string {
  const bar = label.indexOf('|');
  return bar < 0 ? '_' : label.slice(bar + 1);
}
