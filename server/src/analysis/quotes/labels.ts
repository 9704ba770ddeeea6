// Names of the kinds of source, as the brief and the summary panel show them (no imports: the panel's
// browser bundle takes this file alone).
import type { SourceKind } from '../types';

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: 'officials and governments',
  company: 'companies',
  expert: 'experts and academics',
  citizen: 'citizens',
  other: 'others',
};
