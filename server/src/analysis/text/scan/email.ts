// E-mail addresses: one token.
import type { Scanner } from './scanner';

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Characters of an e-mail address's local part. */
function isEmailLocal(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/** An e-mail address starting at s, or s when there is none. */
export function scanEmail(sc: Scanner, s: number): number {
  const { text, n } = sc;
  if (s < sc.noEmailBefore) return s;
  if (sc.nextAt < 0) return s; // no '@' left in the text
  if (sc.nextAt < s) sc.nextAt = text.indexOf('@', s);
  if (sc.nextAt < 0 || sc.nextAt - s > 64) return s; // no '@' close enough for a local part
  let q = s;
  while (q < n && isEmailLocal(text.charCodeAt(q))) q++;
  if (text.charCodeAt(q) !== 0x40 /* @ */ || !isAsciiAlnum(text.charCodeAt(q + 1))) {
    sc.noEmailBefore = q;
    return s;
  }
  let r = q + 1;
  while (r < n) {
    const code = text.charCodeAt(r);
    if (code !== 0x2e && code !== 0x2d && !isAsciiAlnum(code)) break;
    r++;
  }
  while (r > q + 1 && (text.charCodeAt(r - 1) === 0x2e || text.charCodeAt(r - 1) === 0x2d)) r--;
  const lastDot = text.lastIndexOf('.', r - 1);
  if (lastDot < q + 2 || lastDot >= r - 1) {
    sc.noEmailBefore = q;
    return s;
  }
  return r;
}
