// Traps: what makes a future or a commitment word no undertaking of its subject — a frame of hope,
// fear or demand, a forecast reported by someone else, a date in the diary — and the one frame that
// makes it a threat (a warning about the warner's own act). Each trap answers with its rule id.
import type { Party } from './actors';
import type { Clause } from './clause';
import { DEMAND_FRAMES, DOUBT_FRAMES, MEETING_NOUNS, PREDICTOR_NOUNS, PREPOSITIONS, REPORT_VERBS, SCHEDULED, WARN_VERBS } from './lexicon';

/**
 * Whether the clause whose subject starts at token p sits under a frame that makes it no
 * undertaking: a hope, fear, prediction or belief, a demand, or the report of a forecaster.
 */
export function framed(c: Clause, p: number): string | undefined {
  const { low, doc } = c.scan;
  for (let k = p - 1, seen = 0; k >= c.a && seen < 6; k--, seen++) {
    const w = low[k];
    if (w === 'that' || w === ',' || c.scan.isTime(k)) continue;
    if (REPORT_VERBS.has(w)) {
      for (let j = k - 1; j >= c.a && j >= k - 5; j--) {
        if (PREDICTOR_NOUNS.has(low[j])) return 'trap.forecast-reported';
        if (c.scan.isPunct(j)) break;
      }
      return undefined;
    }
    if (DOUBT_FRAMES.has(w)) return 'trap.doubt-frame';
    if (DEMAND_FRAMES.has(w)) return 'trap.demand-frame';
    if (doc.mention(k) || c.scan.isPunct(k) || doc.isVerbish(k)) return undefined;
  }
  return undefined;
}

/** A date in the diary, not an undertaking: "will meet in May", "will hold talks" (verb at token j). */
export function scheduled(c: Clause, j: number): boolean {
  const { low } = c.scan;
  return SCHEDULED.has(low[j]) || (low[j] === 'hold' && meetingNounAfter(c, j + 1));
}

/** "hold talks", "hold a news conference": a meeting noun within the object after token j. */
function meetingNounAfter(c: Clause, j: number): boolean {
  const { low } = c.scan;
  for (let k = j; k < c.b && k < j + 4; k++) {
    if (MEETING_NOUNS.has(low[k])) return true;
    if (c.scan.isPunct(k) || PREPOSITIONS.has(low[k])) break;
  }
  return false;
}

/**
 * Whether the future whose subject is `sub` (verb at token j) is reported by a speaker of
 * another side ("officials in Kyiv said Russia will attack", "Russia will attack, Ukraine
 * said"), or by forecasters ("..., according to a poll of economists"): a forecast, not an
 * undertaking. Unknown speakers keep it.
 * `outer` is the sentence's subject before this clause's own.
 */
export function thirdParty(c: Clause, sub: Party, j: number, outer: Party | undefined): string | undefined {
  const { low, doc } = c.scan;
  let speaker: Party | undefined;
  for (let k = sub.start - 1; k >= c.a && k >= sub.start - 6; k--) {
    const w = low[k];
    if (w === 'that' || c.scan.isTime(k)) continue;
    // "... and said Minsk would": the coordinated verb's subject is the sentence's, not the clause's.
    if (REPORT_VERBS.has(w) && !doc.isCapitalized(k)) speaker = c.subjectWith(k, outer);
    break;
  }
  if (!speaker) {
    const after = reporterAfter(c, j);
    if (after === 'forecasters') return 'trap.forecast-attributed';
    speaker = after;
  }
  // A person whose side is unknown could be speaking for anyone.
  if (!speaker || !speaker.ids.length || speaker.ids.some((id) => doc.kindOf(id) === 'person' && doc.partyOf(id) === id)) return undefined;
  return sameSide(c, speaker, sub) ? undefined : 'trap.reported-by-other-side';
}

/** Who reports the clause after token j ("..., Ukraine said", "..., according to ..."), or forecasters. */
function reporterAfter(c: Clause, j: number): Party | 'forecasters' | undefined {
  const { low, doc } = c.scan;
  const b = c.b;
  for (let k = j; k < b; k++) {
    if (low[k] !== ',') continue;
    for (let r = k + 1; r < b && r < k + 8; r++) {
      const accordingTo = low[r] === 'according' && low[r + 1] === 'to';
      if (!accordingTo && (!REPORT_VERBS.has(low[r]) || doc.isCapitalized(r))) continue;
      const from = accordingTo ? r + 2 : r + 1;
      let e = from;
      while (e < b && e < from + 8 && !c.scan.isPunct(e) && !doc.isVerbish(e)) e++;
      // "..., analysts said", "..., according to a poll of economists": a forecast.
      for (let x = k + 1; x < e; x++) if (PREDICTOR_NOUNS.has(low[x])) return 'forecasters';
      const after = e > from ? doc.resolveNP(from, e, c) : undefined;
      const speaker = after && after.ids.length ? after : accordingTo ? undefined : doc.subjectBefore(r, k + 1, c);
      if (speaker) return speaker;
      break;
    }
  }
  return undefined;
}

/**
 * Whether two parties share an entity or the side a person serves; a place's body counts as the
 * place's side ("the Denver Police Department will ..., the city's police commissioner said").
 */
function sameSide(c: Clause, x: Party, y: Party): boolean {
  const doc = c.scan.doc;
  const side = new Set(x.ids.flatMap((id) => [id, doc.partyOf(id)]));
  if (y.ids.some((id) => side.has(id) || side.has(doc.partyOf(id)))) return true;
  const places = [...side].filter((id) => doc.kindOf(id) === 'place' || doc.kindOf(id) === 'country').map((id) => doc.byId.get(id)!.name);
  return y.ids.some((id) => doc.kindOf(id) === 'organization' && places.some((name) => namedAfter(doc.byId.get(id)!.name, name)));
}

/** Whether an organization's name holds a place's name as whole words ("Denver Police Department", "Denver"). */
function namedAfter(org: string, place: string): boolean {
  const at = org.indexOf(place);
  const edge = (k: number): boolean => k < 0 || k >= org.length || !/[\p{L}\p{N}]/u.test(org[k]);
  return at >= 0 && edge(at - 1) && edge(at + place.length);
}

/** "Iran warned (that) it would retaliate": a warning about the warner's own act is a threat. */
export function selfWarning(c: Clause, sub: Party, outer: Party | undefined): boolean {
  const { low, doc } = c.scan;
  for (let k = sub.start - 1; k >= c.a && k >= sub.start - 6; k--) {
    const w = low[k];
    if (w === 'that' || w === ',' || c.scan.isTime(k)) continue;
    if (!WARN_VERBS.has(w) || doc.isCapitalized(k)) return false;
    const speaker = c.subjectWith(k, outer);
    return !!speaker && speaker.ids.length > 0 && sameSide(c, speaker, sub);
  }
  return false;
}
