/**
 * Finding quotes by their marks: « » (with or without no-break spaces), ‹ ›, “ ”, „ “, " ",
 * a quote running over several paragraphs, and the malformed cases news sites publish
 * (a misplaced `»` used as an opener, a closing mark that was never opened, an opening
 * mark that is never closed). One left-to-right pass; nested marks of another kind are part
 * of the outer quote's text.
 */
import type { Problem, Span } from '../types';
import { inAny } from '../text';

/** A stretch of quoted text found by its marks, before kinds and speakers are decided. */
export interface MarkedQuote {
  /** The content, without the marks and the spaces just inside them. */
  start: number;
  end: number;
  open: Span | null;
  close: Span | null;
  /** The quote crosses a paragraph break (French reopens each paragraph with « or »). */
  multiParagraph: boolean;
}

const CLOSERS: Record<string, string> = {
  '«': '»',
  '‹': '›',
  // `“…"`: a curly opener closed by a straight mark, as careless copy has it.
  '“': '”"',
  '„': '“”',
  // `"…”`: the reverse mix, a straight opener closed by a curly mark.
  '"': '"”',
  '»': '»«',
  '”': '”“',
  '‘': '’',
  "'": "'\u2019",
};

/** Marks too ambiguous to trust when unbalanced (straight and single quotes double as inches and apostrophes). */
const WEAK = new Set(['"', '‘', "'"]);

const SPACE = /[\s\u00a0\u202f\u2007\u2009\u200a]/;

function isSpace(c: string | undefined): boolean {
  return c !== undefined && SPACE.test(c);
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}(….'\u2019]/u.test(c);
}

/** Offset of the end of the line holding `i` (the line break's offset, or the text's end). */
function lineEnd(text: string, i: number, max = 2000): number {
  const ceiling = Math.min(text.length, i + max);
  for (let n = i; n < ceiling; n++) {
    if (text.charCodeAt(n) === 10) return n > 0 && text[n - 1] === '\r' ? n - 1 : n;
  }
  return ceiling;
}

/** The first non-blank character after a line break at `i`, and whether a blank line came first. */
function nextLineStart(text: string, i: number): { at: number; blank: boolean } {
  let j = i;
  let breaks = 0;
  while (j < text.length && isSpace(text[j])) {
    if (text[j] === '\n') breaks++;
    j++;
  }
  return { at: j, blank: breaks > 1 };
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * Finds the marked quotes of a text, in order, and the problems with its marks. Nothing is
 * found inside `ignored` spans.
 */
export function findMarkedQuotes(
  text: string,
  ignored: readonly Span[],
): { quotes: MarkedQuote[]; problems: Problem[] } {
  const quotes: MarkedQuote[] = [];
  const problems: Problem[] = [];
  let open: { mark: string; at: number; depth: number; multi: boolean } | null = null;

  const unbalanced = (at: number, message: string): void => {
    problems.push({ start: at, end: at + 1, message, severity: 'warning', code: 'unbalanced-quote' });
  };
  const emit = (
    openAt: number | null,
    contentStart: number,
    contentEnd: number,
    closeAt: number | null,
    multi: boolean,
  ): void => {
    const span = trimmed(text, contentStart, contentEnd);
    if (span.end <= span.start) return;
    const q: MarkedQuote = {
      start: span.start,
      end: span.end,
      open: openAt === null ? null : { start: openAt, end: openAt + 1 },
      close: closeAt === null ? null : { start: closeAt, end: closeAt + 1 },
      multiParagraph: multi,
    };
    if (inAny({ start: openAt ?? span.start, end: (closeAt ?? span.end - 1) + 1 }, ignored)) return;
    quotes.push(q);
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open === null) {
      if (!(c in CLOSERS) && c !== '›') continue;
      const before = text[i - 1];
      const after = text[i + 1];
      if (c === '‘' || c === "'") {
        // British single quotes: an opener after a space, before a letter (not `‘90s`).
        if ((before === undefined || /[\s([—–-]/.test(before)) && after !== undefined && /\p{L}/u.test(after)) {
          open = { mark: c, at: i, depth: 1, multi: false };
        }
        continue;
      }
      if (c === '"') {
        if (before !== undefined && /\d/.test(before)) continue; // 12" (inches)
        if (isSpace(after) || after === undefined) {
          if (!inAny({ start: i, end: i + 1 }, ignored)) unbalanced(i, 'closing quote mark " without an opening mark');
          continue;
        }
        open = { mark: c, at: i, depth: 1, multi: false };
      } else if (c === '»' || c === '”' || c === '›') {
        // A closer used as an opener (`l' »opération »`), or a closer never opened.
        const lineRest = text.slice(i + 1, lineEnd(text, i));
        const reopened =
          c === '»' &&
          /^\s?[\p{L}]/u.test(lineRest) &&
          /^[^«]*»/.test(lineRest.slice(1)) &&
          !/^\s?[\p{L}][^«»]*[.!?]\s/u.test(lineRest);
        if (
          (isLetter(after) && (before === undefined || isSpace(before) || before === "'" || before === '\u2019')) ||
          reopened
        ) {
          open = { mark: c, at: i, depth: 1, multi: false };
        } else if (!inAny({ start: i, end: i + 1 }, ignored)) {
          unbalanced(i, `closing quote mark ${c} without an opening mark`);
          const orphan = orphanStart(text, i);
          if (orphan !== null) emit(null, orphan, i, i, false);
        }
      } else {
        open = { mark: c, at: i, depth: 1, multi: false };
      }
      continue;
    }

    const closers = CLOSERS[open.mark];
    if (c === '\n' || c === '\r') {
      // End of a line inside a quote: continued if the next paragraph reopens it.
      const { at, blank } = nextLineStart(text, i);
      const first = text[at];
      const reopens =
        first === open.mark || (open.mark === '«' && first === '»') || (open.mark === '“' && first === '“');
      if (reopens) {
        open.multi = true;
        i = at;
        continue;
      }
      if (!blank) {
        // A hard-wrapped paragraph: continue when the closing mark is on the next line.
        const end = lineEnd(text, at);
        const rest = text.slice(at, end);
        const closeIdx = [...closers].map((ch) => rest.indexOf(ch)).filter((k) => k >= 0);
        const reopenIdx = open.mark !== '"' ? rest.indexOf(open.mark) : -1;
        if (closeIdx.length && (reopenIdx < 0 || reopenIdx > Math.min(...closeIdx)) && open.mark !== '"') {
          i = at - 1;
          continue;
        }
      }
      // `Moulin : "Disons… \n\n … de ma faute."`: a straight quote that runs over paragraphs
      // without reopening them, closed by the only straight mark at a later paragraph's end.
      const closeAt = open.mark === '"' ? straightCloseLater(text, at) : -1;
      if (closeAt >= 0) {
        emit(open.at, open.at + 1, closeAt, closeAt, true);
        open = null;
        i = closeAt;
        continue;
      }
      if (!WEAK.has(open.mark) || open.multi) {
        unbalanced(open.at, `opening quote mark ${open.mark} is never closed`);
        emit(open.at, open.at + 1, i, null, open.multi);
      } else if (open.mark === '"') unbalanced(open.at, `opening quote mark ${open.mark} is never closed`);
      open = null;
      continue;
    }
    if (c === open.mark && open.mark !== '"' && !closers.includes(c)) {
      open.depth++;
      continue;
    }
    // `’` closes a single quote only when it is not an apostrophe (`it’s`, `don’t`).
    if ((open.mark === '‘' || open.mark === "'") && (c === '’' || c === "'") && /\p{L}/u.test(text[i + 1] ?? ''))
      continue;
    // `the players' union`: a plural possessive, not the end of a straight single quote.
    if (
      open.mark === "'" &&
      /s/i.test(text[i - 1] ?? '') &&
      /^ \p{Ll}+ /u.test(text.slice(i + 1, i + 30)) &&
      i - open.at > 40
    )
      continue;
    // `"he said “no” twice"`: a curly closer after a curly opener inside a straight quote is nested.
    if (open.mark === '"' && c === '”' && text.slice(open.at, i).includes('“')) continue;
    // `"We won't let the so-called "tourists" ruin it."`: a straight mark after a space and
    // before a letter opens a term inside the straight quote when the line still closes both.
    if (
      open.mark === '"' &&
      c === '"' &&
      /[\s([—–]/.test(text[i - 1] ?? '') &&
      isLetter(text[i + 1]) &&
      straightMarksAfter(text, i) >= 2 &&
      straightMarksAfter(text, i) % 2 === 0
    ) {
      open.depth++;
      continue;
    }
    if (closers.includes(c)) {
      // A `»` that reopens (`» …`) after a closed inner one is rare; treat every closer as closing.
      open.depth--;
      if (open.depth <= 0) {
        emit(open.at, open.at + 1, i, i, open.multi);
        open = null;
      }
    }
  }
  if (open !== null) {
    if (!WEAK.has(open.mark) || open.multi) {
      unbalanced(open.at, `opening quote mark ${open.mark} is never closed`);
      emit(open.at, open.at + 1, text.length, null, open.multi);
    } else if (open.mark === '"') unbalanced(open.at, `opening quote mark ${open.mark} is never closed`);
  }
  return { quotes, problems };
}

/** How many paragraphs a straight quote that is never reopened may run over. */
const STRAIGHT_RUN = 4;

/**
 * The offset of the straight mark that closes, at the end of one of the next few paragraphs,
 * a straight quote left open at a line's end: the paragraphs before it hold no straight mark
 * and it is its paragraph's only one. -1 when there is none.
 */
function straightCloseLater(text: string, from: number): number {
  let at = from;
  for (let n = 0; n < STRAIGHT_RUN && at < text.length && at - from < 3000; n++) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    const marks = line.split('"').length - 1;
    if (/[«»“”„]/.test(line)) return -1;
    if (marks === 1) {
      const k = line.lastIndexOf('"');
      return /^\s*$/.test(line.slice(k + 1)) && k > 0 ? at + k : -1;
    }
    if (marks > 1) return -1;
    at = nextLineStart(text, end).at;
  }
  return -1;
}

/** Straight double marks after `i` on its line. */
function straightMarksAfter(text: string, i: number): number {
  let n = 0;
  const end = lineEnd(text, i);
  for (let k = i + 1; k < end; k++) if (text[k] === '"') n++;
  return n;
}

/**
 * Where the quote closed by an orphan mark most likely began: after a reporting `que`/`qu'`
 * or a colon in the same sentence, else at the sentence's start. Null when that would be
 * only a word or two.
 */
function orphanStart(text: string, close: number): number | null {
  let s = close;
  const floor = Math.max(0, close - 600);
  while (s > floor) {
    const ch = text[s - 1];
    if (ch === '\n' || ch === '»' || ch === '«' || ch === '"' || ch === '”' || ch === '“') break;
    if ((ch === '.' || ch === '!' || ch === '?') && s < close - 1 && isSpace(text[s])) break;
    s--;
  }
  const sentence = text.slice(s, close);
  const lead = /^[\s\-–—•*]+/.exec(sentence);
  let start = s + (lead ? lead[0].length : 0);
  const intro = /^.{0,200}?(?:[,\s]qu['\u2019]|\sque\s|:\s)/.exec(text.slice(start, close));
  if (intro && intro[0].length < close - start - 10) start += intro[0].length;
  const words = text.slice(start, close).trim().split(/\s+/).length;
  return words >= 3 ? start : null;
}
