// Shared by the entities, report, CLI and robustness tests: fixture files and hand-made tagger spans.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../support/paths';
import type { NerSpan, NerType } from '../../server/src/analysis/ner/index';
import { splitParagraphs, splitSentences, tokenize } from '../../server/src/analysis/text/index';
import type { Entity, Sentence, Token } from '../../server/src/analysis/types';

export function fixturePath(name: string): string {
  return join(projectRoot(), 'test', 'fixtures', 'articles', name);
}

export function fixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export interface Prepared {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export function prepare(text: string): Prepared {
  const tokens = tokenize(text);
  return { text, tokens, sentences: splitSentences(text, tokens, splitParagraphs(text)) };
}

/**
 * Spans as a tagger following CoNLL conventions would give them: every occurrence of each listed
 * name that starts and ends on token boundaries, longer names first, no overlaps.
 */
export function markSpans(p: Prepared, names: [string, NerType][]): NerSpan[] {
  const byStart = new Map(p.tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(p.tokens.map((t, i) => [t.end, i]));
  const taken = new Uint8Array(p.tokens.length);
  const spans: NerSpan[] = [];
  for (const [name, type] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = p.text.indexOf(name); at >= 0; at = p.text.indexOf(name, at + 1)) {
      const a = byStart.get(at);
      const b = byEnd.get(at + name.length);
      if (a === undefined || b === undefined) continue;
      let free = true;
      for (let k = a; k <= b; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = a; k <= b; k++) taken[k] = 1;
      spans.push({ firstToken: a, endToken: b + 1, type });
    }
  }
  return spans.sort((x, y) => x.firstToken - y.firstToken);
}

export function byName(entities: Entity[], name: string): Entity {
  const e = entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity "${name}" among: ${entities.map((x) => x.name).join(', ')}`);
  return e;
}

/** Mention texts with their forms, as "text/form". */
export function mentionList(e: Entity): string[] {
  return e.mentions.map((m) => `${m.text}/${m.form}`);
}
