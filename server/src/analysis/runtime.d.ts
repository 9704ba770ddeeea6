// The only globals the analysis library uses beyond ES2022: present in every JavaScript runtime
// (browsers, Node, workers), and none of them I/O. Read by server/src/analysis/tsconfig.json only
// (the project's tsconfig has the DOM and Node types, which declare them already).
declare const performance: { now(): number };
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
