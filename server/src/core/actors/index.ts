/** STUB — replaced by the actors module. */
import type { Actor, Language, Rules, Span } from '../types';

export interface ActorContext {
  language: Language;
  rules: Rules;
  ignored: Span[];
}

/** Finds the actors of an article: those of the rules and built-in packs, and people named in the text. */
export function findActors(_text: string, _ctx: ActorContext): Actor[] {
  return [];
}
