// Entities from tagged spans, as a pipeline of passes over one context (see `context.ts`): user
// entities, the tagger's spans ordered, world knowledge of long names, the tagged spans classified
// by rules (`classify.ts`), world knowledge of single words, the dateline's place, acronyms, one
// kind per name, names found again, references and metonymy, persons and organizations clustered,
// entities assembled, roles tied to people. Every entity's `why` lists the ids of the rules that
// decided it.
import type { NerSpan } from '../ner';
import type { Entity, Sentence, Token, UserEntities } from '../types';
import { acronymsPass } from './acronyms';
import { assemblePass } from './assemble';
import { makeRoleContext, rolesPass } from './assign-roles';
import { personWordsPass, voteNameKindsPass } from './consistency';
import { createContext, type EntityContext, type Layout } from './context';
import { datelinePass, gazetteerPass } from './gazetteer';
import { mergeOrganizationsPass } from './organizations';
import { clusterPersonsPass } from './persons';
import { referencesPass } from './references';
import { refindPass } from './refind';
import { orderSpansPass } from './spans';
import { taggedSpansPass } from './tagged';
import { userEntitiesPass } from './user';

export * as world from './world';
export type { Layout } from './context';

/** The passes in order; each reads and extends the context. */
const PASSES: readonly ((ctx: EntityContext) => void)[] = [
  userEntitiesPass,
  orderSpansPass,
  (ctx) => gazetteerPass(ctx, 2),
  taggedSpansPass,
  (ctx) => gazetteerPass(ctx, 1),
  datelinePass,
  acronymsPass,
  personWordsPass,
  voteNameKindsPass,
  refindPass,
  referencesPass,
  clusterPersonsPass,
  mergeOrganizationsPass,
  assemblePass,
  rolesPass,
];

/**
 * The article's entities from the tagger's spans: each mention classified with world knowledge
 * (states, demonyms, capitals acting for their state, known organizations and places), names the
 * tagger missed found again, mentions clustered into entities with canonical names and aliases,
 * roles tied to people, user entities applied. Ids "e1", "e2", ... in order of first mention.
 */
export function buildEntities(text: string, tokens: Token[], sentences: Sentence[], spans: NerSpan[], user?: UserEntities, layout?: Layout): Entity[] {
  if (tokens.length === 0) return [];
  const ctx = createContext(text, tokens, sentences, spans, makeRoleContext(text, tokens, [], new Map()), user, layout);
  for (const pass of PASSES) pass(ctx);
  ctx.entities.forEach((e, k) => (e.id = 'e' + (k + 1)));
  return ctx.entities;
}
