/** STUB — replaced by the sidecar module. */
import type { Analysis, Language } from '../types';

/** The annotator's manual decisions for one article (contract `article-sidecar/1`). */
export interface Sidecar {
  published: string | null;
  language: Language | null;
  entries: unknown[];
}

/** Applies the sidecar's manual decisions over the engine's findings; orphans become problems. */
export function applySidecar(_text: string, analysis: Analysis, _sidecar: Sidecar): Analysis {
  return analysis;
}
