// A token's norm: the form the models see.
import { C } from '../chars';

/** Straightened form of str = text[s, e): quotes, apostrophes, hyphens, ellipses, full-width ASCII. */
export function normalize(text: string, s: number, e: number, t: Uint8Array, str: string): string {
  let plain = true;
  for (let j = s; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128 || c === 96) {
      plain = false;
      break;
    }
  }
  if (plain) return str;
  let out = '';
  for (let j = s; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c < 128 && c !== 96) {
      out += text[j];
      continue;
    }
    switch (t[c]) {
      case C.Apos:
        out += "'";
        break;
      case C.Quote:
        out += c === 0x2018 || c === 0x201a || c === 0x201b || c === 0x2039 || c === 0x203a || c === 96 ? "'" : '"';
        break;
      case C.Hyphen:
        out += '-';
        break;
      case C.Dash:
        out += '--';
        break;
      case C.Ellipsis:
        out += '...';
        break;
      case C.Format:
        break;
      default:
        out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : text[j];
    }
  }
  return out;
}
