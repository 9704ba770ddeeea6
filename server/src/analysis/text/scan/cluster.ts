// Symbols and emoji: one token per cluster, never splitting a surrogate pair.
import { C, isPairAt } from '../chars';
import type { Scanner } from './scanner';

/** A symbol or emoji cluster from s: the character, its marks, skin tones, ZWJ sequences, flags. */
export function scanCluster(sc: Scanner, s: number): number {
  const { text, n } = sc;
  let j = s + (isPairAt(text, s) ? 2 : 1);
  let regional = text.charCodeAt(s) === 0xd83c && text.charCodeAt(s + 1) >= 0xdde6 && text.charCodeAt(s + 1) <= 0xddff;
  while (j < n) {
    const c = sc.cls(j);
    const code = text.charCodeAt(j);
    if (c === C.Mark) {
      j++;
    } else if (code === 0x200d /* ZWJ */ && j + 1 < n) {
      if (isPairAt(text, j + 1)) j += 3;
      else if (sc.cls(j + 1) === C.Symbol || sc.cls(j + 1) === C.Other) j += 2;
      else break;
    } else if (isPairAt(text, j)) {
      const low = text.charCodeAt(j + 1);
      if (code === 0xd83c && low >= 0xdffb && low <= 0xdfff)
        j += 2; // skin tone
      else if (code === 0xdb40)
        j += 2; // tag sequence (subdivision flags)
      else if (regional && code === 0xd83c && low >= 0xdde6 && low <= 0xddff) {
        j += 2; // second regional indicator of a flag
        regional = false;
      } else break;
    } else break;
  }
  return j;
}
