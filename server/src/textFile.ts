// Reading an article file: bytes to text, or the reason it is no text this tool reads.

/** Why `bytes` is not a text this tool reads, or undefined when it is readable UTF-8 text. */
export function binaryProblem(bytes: Uint8Array): string | undefined {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return 'binary file (contains NUL bytes)';
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (bytes.length > 0 && control / bytes.length > 0.3) return 'binary file (mostly control characters)';
  return undefined;
}

/** Byte order marks and the encodings they announce. */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * The file's text: UTF-8, or UTF-16 when a byte order mark says so. The mark stays in the text as
 * one space, so every offset reported is an offset into the file's text, mark included.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  const encoding = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b))?.[1];
  if (encoding === undefined || encoding === 'utf-8') {
    const binary = binaryProblem(bytes);
    if (binary) return { error: binary };
  }
  try {
    const text = new TextDecoder(encoding ?? 'utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text };
  } catch {
    return { error: encoding?.startsWith('utf-16') ? `not valid ${encoding.toUpperCase()} text` : 'not valid UTF-8 text' };
  }
}
