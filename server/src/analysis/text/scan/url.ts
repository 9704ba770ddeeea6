// URLs (http://, https://, www.): one token, trailing punctuation and unbalanced ")" left out.
import { C } from '../chars';
import type { Scanner } from './scanner';

const URL_PREFIXES = ['http://', 'https://', 'www.'];

/** Whether text at i starts with `prefix` (lower-case ASCII), ignoring case. */
function startsWithCI(text: string, i: number, prefix: string): boolean {
  if (text.length - i < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(i + k);
    if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

export function startsWithUrl(text: string, i: number): boolean {
  return URL_PREFIXES.some((p) => startsWithCI(text, i, p));
}

/** A URL from s (which starts with http://, https:// or www.); returns its end. */
export function scanUrl(sc: Scanner, s: number): number {
  const { text, n } = sc;
  let j = s;
  let open = 0;
  let close = 0;
  while (j < n) {
    const c = sc.cls(j);
    const code = text.charCodeAt(j);
    if (c === C.Space || c === C.Format || c === -1 || code === 0x3c || code === 0x3e || code === 0x22) break;
    if (c === C.Quote || c === C.Dash || c === C.Ellipsis) break;
    if (code === 0x28) open++;
    else if (code === 0x29) close++;
    j++;
  }
  for (;;) {
    const code = text.charCodeAt(j - 1);
    if (code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x27) {
      j--;
    } else if (code === 0x29 && close > open) {
      close--;
      j--;
    } else break;
  }
  return j;
}
