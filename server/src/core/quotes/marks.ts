/**
 * Finding quotes by their marks: « » (with or without no-break spaces), ‹ ›, “ ”, „ “, " ", << >>,
 * a quote running over several paragraphs, and the malformed cases news sites publish
 * (a misplaced `»` used as an opener, a closing mark that was never opened, an opening
 * mark that is never closed). One left-to-right pass; nested marks of another kind are part
 * of the outer quote's text.
 */
import type { Problem, Span } from '../types';
import { inAny } from '../text';
import { closeTypedApostrophes } from './view';

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
  text = closeTypedApostrophes(text);
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

  // Two-character marks, read first, on one line: where each opens and where it ends.
  const paired = new Map<number, number>();
  const pairs = (pattern: RegExp): void => {
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0;
      const closeAt = at + m[0].length - 2;
      const span = trimmed(text, at + 2, closeAt);
      if (span.end <= span.start || inAny({ start: at, end: closeAt + 2 }, ignored)) continue;
      paired.set(at, closeAt + 2);
      quotes.push({
        start: span.start,
        end: span.end,
        open: { start: at, end: at + 2 },
        close: { start: closeAt, end: closeAt + 2 },
        multiParagraph: false,
      });
    }
  };
  // `<< Nous partons >>`: guillemets typed as doubled angle brackets.
  if (text.includes('<<')) pairs(/(?<![<])<<(?![<])([^<>\n]{1,2000}?)>>(?![>])/gu);
  // `‘’Nous avons tout mis en œuvre…’’, a-t-elle fait valoir`: doubled single marks stand for
  // double ones in some agencies' copy (apostrophes inside stay words).
  if (/[‘’']{2}/.test(text))
    pairs(/(?<![\p{L}\d‘’'])[‘’']{2}(?=\s?[\p{L}\d«“…])((?:(?![‘’']{2})[^\n]){1,2000}?)[‘’']{2}(?![\p{L}\d‘’'])/gu);

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // `Hernandez”s mother`, `Lloyd”s pocket`, `Massachusetts” highest court`: a closing double
    // mark typed for an apostrophe of possession, opening nothing, is no quote mark at all.
    if (
      open === null &&
      c === '”' &&
      isLetter(text[i - 1]) &&
      ((text[i + 1] === 's' && !isLetter(text[i + 2])) ||
        (/s/i.test(text[i - 1]) && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3))))
    )
      continue;
    if (open === null) {
      const skip = c === '<' || c === '‘' || c === '’' || c === "'" ? paired.get(i) : undefined;
      if (skip !== undefined) {
        i = skip - 1;
        continue;
      }
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
        // `" Nous allons gagner ", a déclaré X`: French spacing inside straight marks; the mark
        // opens when a word follows its space and the line closes it (an even count from here).
        const spacedOpener =
          isSpace(after) &&
          (before === undefined || /[\s(:—–-]/.test(before)) &&
          /^[^\S\n]+[\p{L}\d«“]/u.test(text.slice(i + 1, i + 4)) &&
          straightMarksAfter(text, i) % 2 === 1;
        if (spacedOpener) {
          open = { mark: c, at: i, depth: 1, multi: false };
          continue;
        }
        if (isSpace(after) || after === undefined) {
          if (inAny({ start: i, end: i + 1 }, ignored)) continue;
          unbalanced(i, 'closing quote mark " without an opening mark');
          // `…we can never repay."` ending a paragraph that holds no other straight mark: the
          // opening mark was lost (a quote run on from the paragraph before); the sentence is
          // still the quote.
          if (/[.!?…]/.test(before ?? '') && atLineEnd(text, i + 1) && !lineBefore(text, i).includes('"')) {
            const orphan = orphanStart(text, i);
            if (orphan !== null) emit(null, orphan, i, i, false);
          }
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
        // `» Nous avons manqué… «`: sites that reverse the guillemets open a paragraph with `»`,
        // which closes nothing there.
        const opensParagraph = c === '»' && atLineStart(text, i) && /^\s?[\p{L}\d]/u.test(lineRest);
        // `Il a réagi : » Nous ne céderons pas « , a prévenu X`: reversed in the line, closed by
        // a `«` that opens nothing (no `»` after it).
        const reversedInLine =
          c === '»' &&
          (before === undefined || isSpace(before) || /[:(]/.test(before)) &&
          /^\s\p{L}[^«»]*?\s?«(?![^\S\n]*\p{L})[^»]*$/u.test(lineRest);
        if (
          (isLetter(after) && (before === undefined || isSpace(before) || before === "'" || before === '\u2019')) ||
          reopened ||
          opensParagraph ||
          reversedInLine
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
      // `"Just to see the players…` then `“(I) thank the fans…` then `"I'm always positive…`: a
      // quote run over paragraphs whose reopening marks change between straight and curly (the
      // paragraph after takes the new mark's closers).
      const restyled =
        ((open.mark === '"' && first === '“') || (open.mark === '“' && first === '"')) &&
        !/["”]/.test(text.slice(at + 1, lineEnd(text, at)).replace(/["“][^"“”\n]*["”]/g, ''));
      if (reopens || restyled) {
        if (restyled) open.mark = first;
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
      // without reopening them, closed by the only straight mark at a later paragraph's end;
      // `« Je n'ai aucun commentaire… \n\n Je ne reviendrai pas… », a-t-il conclu`: a quote
      // not reopened on the next paragraph, closed there before any new quote opens.
      const closeAt = open.mark === '"' ? straightCloseLater(text, at) : closeLater(text, at, open.mark, closers);
      if (closeAt >= 0) {
        emit(open.at, open.at + 1, closeAt, closeAt, true);
        open = null;
        i = closeAt;
        continue;
      }
      if (!WEAK.has(open.mark) || open.multi || opensLine(text, open)) {
        unbalanced(open.at, `opening quote mark ${open.mark} is never closed`);
        const end = open.multi ? i : beforeIncise(text, open.at + 1, i);
        emit(open.at, open.at + 1, end, null, open.multi);
        if (end < i) {
          // The writer's words after the incise may quote again (`…, a d'abord lancé X, qui a
          // décrit son talent comme une “émergence magnifique”.`): read them afresh.
          open = null;
          i = end;
          continue;
        }
      } else if (open.mark === '"') unbalanced(open.at, `opening quote mark ${open.mark} is never closed`);
      open = null;
      continue;
    }
    if (c === open.mark && open.mark !== '"' && !closers.includes(c) && !mixedCloser(text, i, open.mark)) {
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
    // (Not before a full stop ending the sentence: `"le tireur a été identifié ". L'arme…`.)
    if (
      open.mark === '"' &&
      c === '"' &&
      /[\s([—–]/.test(text[i - 1] ?? '') &&
      isLetter(text[i + 1]) &&
      !/^\.\s/.test(text.slice(i + 1, i + 3)) &&
      straightMarksAfter(text, i) >= 2 &&
      straightMarksAfter(text, i) % 2 === 0
    ) {
      open.depth++;
      continue;
    }
    if (closers.includes(c) || mixedCloser(text, i, open.mark)) {
      // A `»` that reopens (`» …`) after a closed inner one is rare; treat every closer as closing.
      open.depth--;
      if (open.depth <= 0) {
        emit(open.at, open.at + 1, i, i, open.multi);
        open = null;
      }
    }
  }
  if (paired.size) quotes.sort((a, b) => a.start - b.start);
  if (open !== null) {
    if (!WEAK.has(open.mark) || open.multi || opensLine(text, open)) {
      unbalanced(open.at, `opening quote mark ${open.mark} is never closed`);
      emit(
        open.at,
        open.at + 1,
        open.multi ? text.length : beforeIncise(text, open.at + 1, text.length),
        null,
        open.multi,
      );
    } else if (open.mark === '"') unbalanced(open.at, `opening quote mark ${open.mark} is never closed`);
  }
  return { quotes, problems };
}

/**
 * `« Nous ne céderons pas ", a prévenu X`, `“Nous ne céderons pas », a prévenu X`: a mark of
 * another kind closes the quote when it is followed by no letter and the line holds no proper
 * closer after it (`« Il m'a traité de "menteur" devant tous »` keeps its nested term).
 */
function mixedCloser(text: string, i: number, mark: string): boolean {
  const c = text[i];
  // (`“…militaires“.`: an opening curly mark typed again to close, right after a word.)
  const proper =
    mark === '«' && (c === '"' || c === '”' || c === '«')
      ? '»'
      : mark === '“' && (c === '»' || (c === '“' && /[\p{L}\d.!?…]/u.test(text[i - 1] ?? '')))
        ? '”'
        : null;
  if (proper === null || /\p{L}/u.test(text[i + 1] ?? '')) return false;
  const end = lineEnd(text, i);
  // (A line longer than what `lineEnd` reads may hold its closer further: not sure, no close.)
  if (end < text.length && !/[\r\n]/.test(text[end])) return false;
  return !text.slice(i + 1, end).includes(proper);
}

/** Only spaces (or a list dash) stand between the line's start and `i`. */
function atLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k > i - 200; k--) {
    const ch = text[k];
    if (ch === '\n') return true;
    if (!isSpace(ch) && !/[-–—•*]/.test(ch)) return false;
  }
  return i < 200;
}

/** Only spaces stand between `i` and the line's end. */
function atLineEnd(text: string, i: number): boolean {
  for (let k = i; k < text.length; k++) {
    if (text[k] === '\n') return true;
    if (!isSpace(text[k])) return false;
  }
  return true;
}

/** The line holding `i`, up to `i`. */
function lineBefore(text: string, i: number): string {
  const start = text.lastIndexOf('\n', i - 1) + 1;
  return text.slice(Math.max(start, i - 2000), i);
}

/**
 * A straight double mark that opens its paragraph, or follows a colon, before a word (`"Je ne
 * l'ai jamais vu…`, `He continued: "The court…`) is an opening mark, never an inch sign nor a
 * stray closer: left open, the quote still runs to the paragraph's end.
 */
function opensLine(text: string, open: { mark: string; at: number }): boolean {
  if (open.mark !== '"' || !/[\p{L}\d]/u.test(text[open.at + 1] ?? '')) return false;
  return (
    atLineStart(text, open.at) ||
    /:\s*$/.test(text.slice(Math.max(0, open.at - 3), open.at)) ||
    // (`…de s’adapter. "On se prépare à…` to the paragraph's end: a straight mark opening a
    // sentence with a capital starts speech, though the writer never closed it.)
    (/[.!?…]\s+$/.test(text.slice(Math.max(0, open.at - 3), open.at)) && /\p{Lu}/u.test(text[open.at + 1] ?? ''))
  );
}

/**
 * The offset of the mark that closes, in one of the next few paragraphs, a guillemet or curly
 * quote left open at a line's end and not reopened: the paragraphs before it hold no mark at
 * all, and its own paragraph closes before it opens anything. -1 when there is none.
 */
function closeLater(text: string, from: number, mark: string, closers: string): number {
  let at = from;
  for (let n = 0; n < STRAIGHT_RUN && at < text.length && at - from < 3000; n++) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    let close = -1;
    for (let k = 0; k < line.length && close < 0; k++) {
      if (line[k] === mark || line[k] === '"' || line[k] === '“' || line[k] === '«') {
        if (!closers.includes(line[k])) return -1;
      }
      if (closers.includes(line[k])) close = k;
    }
    if (close >= 0) return at + close;
    if (/[«»“”„"]/.test(line)) return -1;
    at = nextLineStart(text, end).at;
  }
  return -1;
}

/**
 * An attribution after a comma where the closing mark was forgotten: `, a même estimé X`,
 * `, a-t-elle témoigné`, `, explique-t-il`, `, Smith said`, `, he said`.
 */
const INCISE_AFTER_COMMA =
  /,\s+(?:(?:a|avait|aurait|ont|avaient)\s+(?:(?:même|aussi|également|encore|alors|ensuite|enfin|pourtant|ainsi|bien|déjà|d['’]abord|aussitôt|finalement)\s+)?\p{Ll}{3,}(?:é|i|u|it|is|t)e?s?\s+(?:\p{Lu}|(?:le|la|les|un|une|son|sa|ses|leur)\s|l['’])|\p{Ll}{3,}-t-(?:il|elle|on)(?![\p{L}])|\p{Ll}{3,}-(?:il|elle|ils|elles)(?![\p{L}])|(?:he|she|they|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})\s*(?:said|says|added|told|explained)(?![\p{L}])|(?:said|says|added)\s+\p{Lu})/u;

/**
 * Where a quote whose closing mark never comes ends: before the attribution that closes its
 * paragraph (`"Je ne l'ai jamais vu en colère, a même estimé X pendant l'audience.`), else at
 * the paragraph's end. An incise followed by more speech is left to split the quote later.
 */
function beforeIncise(text: string, start: number, end: number): number {
  const line = text.slice(start, Math.min(end, start + 2000));
  const m = INCISE_AFTER_COMMA.exec(line);
  if (!m) return end;
  const words = line.slice(0, m.index).trim().split(/\s+/).length;
  const rest = line.slice(m.index + m[0].length);
  // One sentence of the writer's after the incise, nothing said after it.
  if (words < 3 || /[.!?…]\s+\S/.test(rest.trimEnd())) return end;
  return start + m.index;
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
