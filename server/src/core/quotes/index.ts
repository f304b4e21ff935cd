/** STUB — replaced by the quotes module. */
import type { Actor, Language, Problem, Quote, Rules, Span } from '../types';

export interface QuoteContext {
  language: Language;
  rules: Rules;
  /** Actors found so far (from rules, built-in packs and the text), with their mentions. */
  actors: Actor[];
  /** Boilerplate spans (rules `ignore`) where nothing is detected. */
  ignored: Span[];
}

export interface QuoteResult {
  quotes: Quote[];
  /** The actors, possibly with new ones (speakers the actor detector missed, unnamed speakers) and new mentions. */
  actors: Actor[];
  problems: Problem[];
}

/** Finds the quotes of an article, their kinds, cues and speakers. */
export function findQuotes(_text: string, ctx: QuoteContext): QuoteResult {
  return { quotes: [], actors: ctx.actors, problems: [] };
}
