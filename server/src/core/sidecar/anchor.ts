/**
 * Anchors: where a manual decision sits in the article, stored twice — by code point offsets
 * (W3C TextPositionSelector) and by exact text with context (TextQuoteSelector) — so that a
 * decision survives edits made to the article outside the editor.
 */
import { CodePointIndex } from '../text';
import type { Span } from '../types';

/** Characters of context kept on each side of an anchored span. */
export const CONTEXT_LENGTH = 32;

/**
 * A span of the article as the sidecar stores it: `start`/`end` count Unicode code points
 * (as the export does; -1 when a hand-written anchor gives none), `exact` is the span's text,
 * `prefix`/`suffix` up to 32 characters of text just before and after it.
 */
export interface Anchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** How an anchor was placed in the current text. */
export type AnchorStatus = 'exact' | 'moved' | 'orphaned';

/** An anchor placed in the current text, in the core's UTF-16 offsets (null when orphaned). */
export interface PlacedAnchor {
  status: AnchorStatus;
  span: Span | null;
}

/**
 * Builds the anchor of a span of `text` given in the core's UTF-16 offsets: converting to
 * code points here keeps the sidecar in the export's unit, readable from Python or R.
 */
export function makeAnchor(text: string, start: number, end: number): Anchor {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const index = new CodePointIndex(text);
  return {
    start: index.toCodePoint(s),
    end: index.toCodePoint(e),
    exact: text.slice(s, e),
    prefix: lastCodePoints(text.slice(Math.max(0, s - 2 * CONTEXT_LENGTH), s), CONTEXT_LENGTH),
    suffix: firstCodePoints(text.slice(e, e + 2 * CONTEXT_LENGTH), CONTEXT_LENGTH),
  };
}

/**
 * Finds where an anchor's text is now. Its offsets win when they still hold the exact text;
 * otherwise the occurrence whose surrounding text best matches the stored context (ties go
 * to the one nearest the old offsets); then an occurrence that differs only in white space
 * (a re-wrapped paragraph); otherwise the entry is orphaned — never guessed into other words.
 */
export function placeAnchor(
  text: string,
  anchor: Anchor,
  index: CodePointIndex = new CodePointIndex(text),
): PlacedAnchor {
  const exact = anchor.exact;
  if (!exact) return { status: 'orphaned', span: null };
  const known = Number.isInteger(anchor.start) && anchor.start >= 0;
  const start = known ? index.fromCodePoint(anchor.start) : 0;
  if (known && text.startsWith(exact, start)) {
    return { status: 'exact', span: { start, end: start + exact.length } };
  }
  const candidates: Span[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    candidates.push({ start: i, end: i + exact.length });
  }
  if (candidates.length === 0 && exact.trim()) {
    const loose = new RegExp(loosePattern(exact.trim()), 'g');
    for (let m = loose.exec(text); m; m = loose.exec(text)) {
      candidates.push({ start: m.index, end: m.index + m[0].length });
      loose.lastIndex = m.index + 1;
    }
  }
  if (candidates.length === 0) return { status: 'orphaned', span: null };
  let best = candidates[0];
  let bestScore = -Infinity;
  for (const c of candidates) {
    const before = text.slice(Math.max(0, c.start - anchor.prefix.length), c.start);
    const after = text.slice(c.end, c.end + anchor.suffix.length);
    const context = commonSuffix(before, anchor.prefix) + commonPrefix(after, anchor.suffix);
    // Context dominates; distance from the old place only breaks ties.
    const distance = known ? Math.abs(c.start - start) : c.start;
    const score = context * 1e7 - Math.min(distance, 1e7 - 1);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return { status: 'moved', span: best };
}

/** Character classes that a hand-written or re-typed text may vary in. */
const VARIANTS: readonly string[] = ["'’ʼ‘", '"“”«»„', '-‐–—'];

/**
 * A pattern matching `exact` up to white space (a re-wrapped paragraph, no-break spaces),
 * apostrophes, quotation marks and dashes — what differs between a sidecar written by hand
 * and the article's typography.
 */
function loosePattern(exact: string): string {
  let out = '';
  for (const ch of exact) {
    if (/\s/.test(ch)) {
      if (!out.endsWith('\\s+')) out += '\\s+';
      continue;
    }
    const variant = VARIANTS.find((v) => v.includes(ch));
    out += variant ? `[${variant}]` : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return out;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function lastCodePoints(s: string, n: number): string {
  const cps = Array.from(s);
  return cps.slice(Math.max(0, cps.length - n)).join('');
}

function firstCodePoints(s: string, n: number): string {
  return Array.from(s).slice(0, n).join('');
}
