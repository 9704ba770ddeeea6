// An edit storm as a fast typist makes one: a character typed (now and then deleted) every
// `periodMs` at a cursor in the middle of the document, and after each edit a hover on a name and
// a whole-document semantic tokens request, as the editor sends them, each timed.
import type { Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import { positionAt, type ServerProcess } from '../../test/protocol/harness';

export interface StormResult {
  hover: number[];
  tokens: number[];
  /** The text after the last edit, and its version. */
  text: string;
  version: number;
  /** Hovers that came back empty (the name under the cursor was not found in the answer). */
  emptyHovers: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Types into `uri` (open, with `text` as version `version`) for `durationMs`. `name` is a name the
 * text holds after the cursor: each hover asks for it where it now stands.
 */
export async function editStorm(
  server: ServerProcess,
  uri: string,
  text: string,
  version: number,
  name: string,
  durationMs: number,
  periodMs = 20,
): Promise<StormResult> {
  const result: StormResult = { hover: [], tokens: [], text, version, emptyHovers: 0 };
  let cursor = Math.floor(text.length / 2);
  cursor = text.lastIndexOf('\n', cursor) + 1;
  const pending: Promise<void>[] = [];
  const timed = <T>(promise: Promise<T>, into: number[], then?: (value: T) => void) => {
    const started = performance.now();
    pending.push(
      promise.then((value) => {
        into.push(performance.now() - started);
        then?.(value);
      }),
    );
  };
  const until = performance.now() + durationMs;
  for (let k = 0; performance.now() < until; k++) {
    const before = result.text;
    const remove = k % 7 === 6 && cursor > 0;
    const typed = remove ? '' : k % 6 === 5 ? ' ' : String.fromCharCode(97 + (k % 26));
    const from = remove ? cursor - 1 : cursor;
    result.text = before.slice(0, from) + typed + before.slice(cursor);
    cursor = from + typed.length;
    result.version++;
    await server.edit(uri, before, from, remove ? cursor + 1 : from, typed, result.version);
    const at = result.text.indexOf(name, cursor);
    timed(server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(result.text, at + 1) }), result.hover, (hover) => {
      if (!hover) result.emptyHovers++;
    });
    timed(server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } }), result.tokens);
    await sleep(periodMs);
  }
  await Promise.all(pending);
  return result;
}
