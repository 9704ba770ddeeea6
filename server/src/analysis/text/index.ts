// The text layer: tokens, paragraphs, sentences, headline, dateline and time expressions.
export { tokenize } from './tokenize';
export { splitParagraphs } from './paragraphs';
export { splitSentences } from './sentences';
