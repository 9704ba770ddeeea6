// Numbers: "1,000", "1.2", "2024-06-03", "10:30", "6/3/2024", "1990s", "5th", "3-1".
import { C } from '../chars';
import type { Scanner } from './scanner';

/** Scans a number from s (a digit); returns its end. */
export function scanNumber(sc: Scanner, s: number): number {
  const text = sc.text;
  let j = s;
  for (;;) {
    const len = sc.wordLen(j);
    if (len) {
      j += len;
      continue;
    }
    const code = text.charCodeAt(j);
    if (code === 0x2c /* , */) {
      if (sc.isDigit(j + 1) && sc.isDigit(j + 2) && sc.isDigit(j + 3) && !sc.isDigit(j + 4)) {
        j += 4;
        continue;
      }
      return j;
    }
    if (code === 0x2e /* . */ || code === 0x3a /* : */ || code === 0x2f /* / */) {
      if (sc.isDigit(j + 1)) {
        j++;
        continue;
      }
      return j;
    }
    if (sc.cls(j) === C.Hyphen) {
      if (sc.alnumLen(j + 1)) {
        j++;
        continue;
      }
      return sc.trailingHyphen(j) ? j + 1 : j;
    }
    return j;
  }
}
