// One analyzer over the committed models (NER and syntax) for the tests and scripts that run the whole pipeline. A model that does
// not load fails the test run rather than quietly testing world knowledge alone.
import { createAnalyzer, createTagger } from '../../server/src/analysis/index';
import { readModel, readSyntaxModel } from '../../server/src/model';

function fail(problem: string): never {
  throw new Error(problem);
}

export const model = readModel(fail);
export const syntax = readSyntaxModel(fail);
export const analyzer = createAnalyzer({ model, syntax, logger: fail });
export const { analyze } = analyzer;
export const tagger = createTagger(model);
