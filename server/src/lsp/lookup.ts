/** What is at a place in an article: the thing a hover, a definition or a code action is about. */
import type { Actor, Analysis, DateMention, Mention, Quote, Span } from '../core/types';
import { at } from './convert';

export type Found =
  | { kind: 'actor'; actor: Actor; span: Span & { text: string }; mention: Mention | null; quote: Quote | null }
  | { kind: 'date'; date: DateMention }
  | { kind: 'quote'; quote: Quote };

/**
 * The most specific thing at `offset`: a speaker's name or an actor's mention first, then
 * a date, then the quote around it.
 */
export function findAt(analysis: Analysis, offset: number): Found | null {
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  for (const q of analysis.quotes) {
    if (q.speakerMention && q.speaker && at(q.speakerMention, offset)) {
      const actor = actors.get(q.speaker);
      if (actor) {
        const mention = actor.mentions.find((m) => at(m, offset)) ?? null;
        return { kind: 'actor', actor, span: q.speakerMention, mention, quote: q };
      }
    }
  }
  for (const a of analysis.actors) {
    const mention = a.mentions.find((m) => at(m, offset));
    if (mention) return { kind: 'actor', actor: a, span: mention, mention, quote: null };
  }
  const date = analysis.dates.find((d) => at(d, offset));
  if (date) return { kind: 'date', date };
  const quote = innermost(
    analysis.quotes.filter(
      (q) =>
        at({ start: q.open?.start ?? q.start, end: q.close?.end ?? q.end }, offset) ||
        (q.cue !== null && at(q.cue, offset)),
    ),
  );
  return quote ? { kind: 'quote', quote } : null;
}

function innermost(quotes: Quote[]): Quote | null {
  let best: Quote | null = null;
  for (const q of quotes) if (!best || q.end - q.start < best.end - best.start) best = q;
  return best;
}

/** The quotes an actor speaks in this article. */
export function quotesOf(analysis: Analysis, actorId: string): Quote[] {
  return analysis.quotes.filter((q) => q.speaker === actorId);
}
