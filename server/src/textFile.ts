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

/** The text of a file's bytes (UTF-8, a byte order mark dropped), or why it has none. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  const binary = binaryProblem(bytes);
  if (binary) return { error: binary };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}
