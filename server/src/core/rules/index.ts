/** STUB — replaced by the rules module. */
import type { Rules } from '../types';

/** The built-in packs alone: what applies when there is no rules file. */
export function builtinRules(): Rules {
  return {
    language: null,
    published: null,
    actors: [],
    speechVerbs: { fr: [], en: [] },
    labels: [],
    ignore: [],
    files: [],
  };
}
