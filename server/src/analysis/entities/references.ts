// Pass: references and metonymy. "Brussels" acting in an article about the EU is the Union (or the
// EU institution named); "the North" / "the South" where North / South Korea is named; "the US
// side". Then the mentions in text order, none overlapping another.
import { byRule, type Cand, countryCand, type EntityContext, low, note } from './context';
import { EU_KEYS } from './lexicon';
import { isUpperInitial } from './names';
import * as world from './world';

export function referencesPass(ctx: EntityContext): void {
  const { tokens, n, text, cands } = ctx;
  const keys = new Set(cands.map((c) => c.key));
  const euKey = EU_KEYS.find((k) => keys.has(k));
  if (euKey) {
    const eu = cands.find((c) => c.key === euKey);
    for (const c of cands) {
      if (c.kind === 'country' && c.key === 'C:BE' && text.slice(c.start, c.stop) === 'Brussels') {
        c.kind = 'organization';
        c.key = euKey;
        c.known = eu?.known;
        note(c, 'metonymy.brussels-eu');
      }
    }
  }
  const refCands: Cand[] = [];
  for (let i = 1; i < n; i++) {
    const w = tokens[i].norm;
    if ((w !== 'North' && w !== 'South') || low(ctx, i - 1) !== 'the') continue;
    if (i + 1 < n && tokens[i + 1].kind === 'word' && isUpperInitial(tokens[i + 1].text)) continue;
    const code = w === 'North' ? 'KP' : 'KR';
    if (!keys.has('C:' + code)) continue;
    const c = world.countryByCode(code);
    if (c) refCands.push(countryCand(ctx, i - 1, i + 1, c, 'reference', byRule('reference.the-north-south')));
  }
  const refStarts = new Set(refCands.map((r) => r.first + 1));
  const kept = cands.filter((c) => !(c.end - c.first === 1 && refStarts.has(c.first)));
  for (const c of kept) {
    // "the US side", "the Chinese side"
    if (
      c.kind === 'country' &&
      c.form !== 'reference' &&
      c.first > 0 &&
      low(ctx, c.first - 1) === 'the' &&
      low(ctx, c.end) === 'side' &&
      c.stop === tokens[c.end - 1].end
    ) {
      c.first -= 1;
      c.end += 1;
      c.start = tokens[c.first].start;
      c.stop = tokens[c.end - 1].end;
      c.form = 'reference';
      note(c, 'reference.side');
    }
  }
  const all = [...kept, ...refCands].sort((x, y) => x.start - y.start || y.stop - x.stop);
  let lastStop = -1;
  for (const c of all) {
    if (c.start < lastStop) continue;
    ctx.mentions.push(c);
    lastStop = c.stop;
  }
}
