// Pass: the tagger's spans, cleaned (no brackets, commas or quotes inside, no leading "the" or
// trailing punctuation, coordinations of two names split) and classified by the rules of `classify`.
import { POSSESSIVE } from '../lexicon/common';
import type { NerType } from '../ner';
import { classifySpan } from './classify';
import { cover, type EntityContext, low, normText } from './context';
import { headlineName, isDateWord, standsAlone, strongName } from './cues';
import { BODY_NOUNS, OPENING_ADVERBS, ORG_HEADS, SPLITTERS } from './lexicon';
import { isUpperInitial, worldKnown } from './names';
import * as world from './world';

export function taggedSpansPass(ctx: EntityContext): void {
  const { tokens, n } = ctx;
  let last = 0;
  for (const sp of ctx.ordered) {
    const from = Math.max(sp.firstToken, last, 0);
    const to = Math.min(sp.endToken, n);
    if (to <= from) continue;
    last = to;
    // A span never crosses brackets, commas or quotes: "European Investment Bank (EIB".
    let a = from;
    for (let k = from; k <= to; k++) {
      if (k === to || (SPLITTERS.has(tokens[k].norm) && !ctx.commaInName.has(k))) {
        cleanAndClassify(ctx, a, k, sp.type);
        a = k + 1;
      }
    }
  }
}

function cleanAndClassify(ctx: EntityContext, a: number, b: number, type: NerType): void {
  const { tokens, covered } = ctx;
  // A capitalised "The" the tagger took in is the name's ("at The Oval", "The Hague"); a name's own
  // "'s" is kept when the tagger took it in and the name is not known without it ("Lord's",
  // "McDonald's"; "Japan's" is a possessive).
  // A sentence's first "The" before a name of several words is capitalised by its place ("The
  // Philippine Coast Guard said ...").
  while (
    a < b &&
    ((low(ctx, a) === 'the' && (tokens[a].norm === 'the' || b - a < 2 || (ctx.sentenceStart[a] === 1 && b - a >= 3 && !worldKnown(normText(ctx, a, b))))) ||
      tokens[a].kind === 'punct')
  )
    a++;
  // An opening "A" or a maker's noun before a name is no part of it: "- A High Court judge",
  // "Drugmaker Lumira said".
  const opening = ctx.sentenceStart[a] === 1 || (a > 0 && tokens[a - 1].kind === 'punct');
  // (Nor a sentence's opening adverb before a person's name: "Later Tyrone, 19, was arrested".)
  const adverb = type === 'PER' && a < b && OPENING_ADVERBS.has(tokens[a].text);
  if (b - a >= 2 && opening && (tokens[a].text === 'A' || tokens[a].text === 'An' || adverb || (BODY_NOUNS.has(low(ctx, a)) && low(ctx, a).endsWith('maker'))))
    a++;
  while (b > a && (tokens[b - 1].kind === 'punct' || POSSESSIVE.has(tokens[b - 1].norm))) {
    if (tokens[b - 1].norm === "'s" && b - a >= 2 && type !== 'PER' && type !== 'MISC' && !worldKnown(normText(ctx, a, b - 1))) break;
    b--;
  }
  if (b <= a) return;
  for (let k = a; k < b; k++) if (covered[k]) return;
  // A date the tagger took for a name ("Feb." of a dateline).
  if (b - a === 1 && type !== 'ORG' && isDateWord(ctx, a)) return;
  if (splitCoordination(ctx, a, b, type)) return;
  if (a < ctx.headEnd && !headlineName(ctx, a, b)) return;
  cover(ctx, a, b);
  classifySpan(ctx, a, b, type);
}

/**
 * "Kyiv and Moscow", "the United Auto Workers and Ford" as one span: two names, each known,
 * seen alone elsewhere or a name of several capitalised words ("Trinidad and Tobago" is known
 * whole; "Marks and Spencer", "Ministry of Defence and Security" have a part never seen alone).
 * Classifies both sides and returns true when split.
 */
function splitCoordination(ctx: EntityContext, a: number, b: number, type: NerType): boolean {
  const { tokens } = ctx;
  if (ctx.joinedAt.get(a) === 'kind.body-name-with-and') return false;
  for (let k = a + 1; k < b - 1; k++) {
    if (tokens[k].norm !== 'and') continue;
    const whole = normText(ctx, a, b);
    if (worldKnown(whole) || world.organizationByName(whole)) break;
    // (Places: one side standing alone is enough, "Milan and Turin"; a place's name rarely holds "and".)
    // (A body's name whose head comes only at its end is one name: "State Law and Order
    // Restoration Council", "Guangdong Post and Telecommunications Administration".)
    if (type === 'ORG' && ORG_HEADS.has(tokens[b - 1].norm) && !ORG_HEADS.has(tokens[k - 1].norm) && !strongName(ctx, a, k)) break;
    const left = standsAlone(ctx, a, k);
    const right = standsAlone(ctx, k + 1, b);
    if ((left && right) || (type === 'LOC' && (left || right) && isUpperInitial(tokens[left ? k + 1 : a].text))) {
      const known = worldKnown(normText(ctx, a, k)) && worldKnown(normText(ctx, k + 1, b));
      cleanAndClassify(ctx, a, k, known ? 'LOC' : type);
      cleanAndClassify(ctx, k + 1, b, known ? 'LOC' : type);
      return true;
    }
  }
  return false;
}
