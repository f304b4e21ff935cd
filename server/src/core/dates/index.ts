/** STUB — replaced by the dates module. */
import type { DateMention, Language, Span } from '../types';

export interface DateContext {
  language: Language;
  /** Publication date (`2025-02-18`, `2025-02`, `2025`) anchoring relative expressions, or null. */
  published: string | null;
  ignored: Span[];
}

/** Finds temporal expressions and normalizes them to ISO 8601. */
export function findDates(_text: string, _ctx: DateContext): DateMention[] {
  return [];
}

/** Reads the publication date from the article itself (header, dateline, byline), or null. */
export function detectPublished(_text: string, _language: Language): { value: string; span: Span } | null {
  return null;
}
