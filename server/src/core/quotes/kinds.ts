/**
 * A quote's kind: `direct` (a full utterance), `partial` (a few quoted words inside the
 * writer's sentence), `block` (a paragraph of speech without marks), `scare` (a quoted term
 * or title, not speech).
 */
import type { QuoteKind, Span } from '../types';

export interface KindInput {
  /** The quoted content in the view. */
  content: string;
  /** The writer's words between the sentence's start and the opening mark. */
  lead: string;
  block: boolean;
  /** A speaker or a cue was found for the quote. */
  attributed: boolean;
  /** The cue follows the quote or splits it (`«…», a déclaré X`). */
  cueAfter: boolean;
  /** The cue ends just before the opening mark (`X a déclaré « Nous … »`). */
  cueRightBefore: boolean;
}

function countWords(s: string): number {
  return s.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Decides the kind from where the quote sits in its sentence and whether it is attributed:
 * a quote that opens its sentence (or follows a colon) and says something is direct; quoted
 * words inside the writer's sentence are partial when someone says them, scare otherwise.
 */
export function quoteKind(k: KindInput): QuoteKind {
  if (k.block) return 'block';
  const words = countWords(k.content);
  const initial = /^[\s\-–—•*]*$/.test(k.lead) || /:\s*$/.test(k.lead);
  const startsUpper = /^[\s.…([]*[\p{Lu}\d]/u.test(k.content);
  if (initial && (words >= 3 || (startsUpper && words >= 2))) return 'direct';
  if (startsUpper && words >= 4 && (k.cueAfter || k.cueRightBefore || /[,:]\s*$/.test(k.lead))) return 'direct';
  if (k.attributed) return 'partial';
  if (words <= 6) return 'scare';
  return 'partial';
}

/** Spans helper: the lead of a quote in its sentence. */
export function leadOf(view: string, sentence: Span, open: number): string {
  return view.slice(sentence.start, Math.max(sentence.start, open));
}
