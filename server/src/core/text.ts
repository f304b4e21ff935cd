/**
 * Text utilities shared by every detector: folding for comparisons, line lookup,
 * UTF-16 ↔ code point conversion, slugs.
 */
import type { Span } from './types';

/**
 * Folds a string for comparison: lower case, accents removed, typographic apostrophes
 * and no-break spaces made plain, runs of white space collapsed. Used to match actor
 * names and aliases (`Etats-Unis` = `États-Unis`, `d’Ouchakov` = `d'Ouchakov`).
 */
export function fold(s: string): string {
  // (Plain ASCII without a backtick — most words — needs neither the decomposition nor the
  // replacements: the cheap path, for a function every reader calls on every word.)
  if (PLAIN_ASCII.test(s)) return (MESSY_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).toLowerCase().trim();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2019\u2018\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u00a0\u202f\u2007\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;
const MESSY_SPACE = /\s\s/;

/** A stable slug for ids: `Sergueï Lavrov` → `serguei-lavrov`. */
export function slugify(s: string): string {
  const slug = fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/**
 * Index of the last element of an ascending array that is at most `value` (0 when none
 * is): which line, sentence or block an offset falls in, given their start offsets.
 */
export function lastAtOrBefore(starts: readonly number[], value: number): number {
  return Math.max(0, partitionPoint(starts, (s) => s <= value) - 1);
}

/** Finds line numbers and columns of offsets in one text, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** 0-based line of an offset. */
  line(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  /** 0-based line and UTF-16 column of an offset, as LSP positions are. */
  position(offset: number): { line: number; character: number } {
    const line = this.line(offset);
    return { line, character: offset - this.starts[line] };
  }

  /** Offset of a 0-based line and UTF-16 column, clamped to the text. */
  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    const lineEnd = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return Math.min(this.starts[line] + Math.max(0, character), lineEnd);
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/**
 * Converts UTF-16 offsets of one text to code point offsets (what the export counts),
 * and back. Linear to build, O(log n) per lookup; texts without astral characters take a
 * fast path where both units agree.
 */
export class CodePointIndex {
  /** UTF-16 offsets of the low half of each surrogate pair, ascending. */
  private readonly pairs: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.pairs.push(i + 1);
          i++;
        }
      }
    }
  }

  /** Code point offset of a UTF-16 offset. */
  toCodePoint(offset: number): number {
    if (this.pairs.length === 0) return offset;
    return offset - countBelowOrEqual(this.pairs, offset - 1);
  }

  /** UTF-16 offset of a code point offset. */
  fromCodePoint(cp: number): number {
    if (this.pairs.length === 0) return cp;
    // Each pair before the target adds one code unit.
    let offset = cp;
    for (const p of this.pairs) {
      if (p <= offset) offset++;
      else break;
    }
    return offset;
  }
}

function countBelowOrEqual(sorted: number[], value: number): number {
  return partitionPoint(sorted, (x) => x <= value);
}

/**
 * The index of the first element for which `before` is false, in a list where it holds for
 * a prefix only (binary search): where an offset falls among spans, tokens or mentions kept
 * in text order.
 */
export function partitionPoint<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when the span overlaps one of the (sorted or not) ignored spans. */
export function inAny(span: Span, spans: readonly Span[]): boolean {
  for (const s of spans) if (overlaps(span, s)) return true;
  return false;
}

/** Paragraphs of a text: maximal runs of non-blank lines, as spans. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+(?:\r?\n[^\S\r\n]*[^\s][^\r\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Anything with an `isCancellationRequested` flag: LSP's token, or none. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** Thrown between stages when the caller cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export function checkCancelled(token: Cancellation | undefined): void {
  if (token?.isCancellationRequested) throw new Cancelled();
}

/** True when two words differ by one letter added, dropped or changed, or by two neighbouring letters swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // (Two letters typed the other way round count as one slip: `Majtihia` for `Majithia`.)
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when `[start, end)` is all its line holds (spaces aside). */
export function aloneOnLine(text: string, start: number, end: number): boolean {
  // (Character by character, over the blanks only: a 1 MB line is not scanned for each call.)
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j >= text.length || text[j] === '\n';
}
