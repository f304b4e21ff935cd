/**
 * Sentences and paragraphs of the view, aware of quotes: a full stop inside a quote does not
 * end the writer's sentence (`«Je pars. Adieu», a-t-il dit.` is one sentence).
 */
import { lastAtOrBefore } from '../text';
import type { Span } from '../types';

const ABBREVIATIONS = new Set(
  (
    'm mm mr mrs ms dr st jr sr pr me gen col lt sgt etc vs no p rep sen gov capt cmdr adm pres prof hon rev supt ' +
    'insp det amb mt ft inc corp ltd co jan feb aug sept oct nov dec av bd maj brig cpl atty mgr mme mlle ' +
    'ave janv févr fevr déc'
  ).split(' '),
);

/** True when a word (as written) is an abbreviation or an initial whose full stop ends no sentence. */
/**
 * A dateline in capitals and a dash, all the text before the body's first words: `MONTRÉAL – `,
 * `PARIS (Reuters) – `, `DAKAR, 12 mai (AFP) - `.
 */
export const DATELINE_LEAD =
  /^\s*\p{Lu}[\p{Lu}\s'’.-]{2,40}(?:,[^\n,–—()-]{1,30})?(?:\s*\([^()\n]{1,30}\))?\s[–—-]\s*$/u;

export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{L}$/u.test(word);
}

/** True when a text ends with an abbreviation's full stop (`Mr.`, `Sen.`, `M.`): no sentence ends there. */
export function endsWithAbbreviation(text: string): boolean {
  const m = /(?:^|[^\p{L}])(\p{L}+)\.$/u.exec(text);
  return !!m && isAbbreviation(m[1]);
}

/** Sentence starts of a text, sorted, given the quoted spans (open mark to close mark) to step over. */
export class Sentences {
  private readonly starts: number[] = [0];

  constructor(
    private readonly view: string,
    quoted: readonly Span[],
  ) {
    const sorted = [...quoted].sort((a, b) => a.start - b.start);
    let q = 0;
    const n = view.length;
    for (let i = 0; i < n; i++) {
      while (q < sorted.length && sorted[q].end <= i) q++;
      if (q < sorted.length && sorted[q].start <= i && i < sorted[q].end) {
        // Inside a quote: only a quote that ends a sentence (`… Adieu.» Il`) can split.
        const close = sorted[q].end;
        let last = close - 2;
        while (last > i && /\s/.test(view[last])) last--;
        if (close - 1 > i && /[.!?…]/.test(view[last] ?? '') && /^\s+\p{Lu}/u.test(view.slice(close, close + 41))) {
          this.push(close + (/^\s+/.exec(view.slice(close))?.[0].length ?? 0));
        }
        i = close - 1;
        continue;
      }
      const c = view[i];
      if (c === '\n') {
        this.push(i + 1);
        continue;
      }
      if (c === '.' || c === '!' || c === '?' || c === '…') {
        // (Any run of spaces: scraped pages leave wide gaps between sentences.)
        const rest = view.slice(i + 1, i + 41);
        if (!/^\s+[\p{Lu}\d«"“„‘'[(\-–—•]/u.test(rest)) continue;
        if (c === '.') {
          const word = /([\p{L}]+)$/u.exec(view.slice(Math.max(0, i - 6), i));
          if (word && (ABBREVIATIONS.has(word[1].toLowerCase()) || /^\p{Lu}$/u.test(word[1]))) continue;
        }
        this.push(i + 1 + (/^\s+/.exec(view.slice(i + 1))?.[0].length ?? 0));
      }
    }
  }

  private push(offset: number): void {
    if (offset > this.starts[this.starts.length - 1]) this.starts.push(offset);
  }

  /** The sentence holding an offset, as a span of the text (end at the next sentence's start). */
  at(offset: number): Span {
    const lo = lastAtOrBefore(this.starts, offset);
    const end = lo + 1 < this.starts.length ? this.starts[lo + 1] : this.view.length;
    return { start: this.starts[lo], end };
  }

  /** The sentence just before the one holding an offset, or null at the text's start. */
  before(offset: number): Span | null {
    let s = this.at(offset);
    while (s.start > 0) {
      s = this.at(s.start - 1);
      if (this.view.slice(s.start, s.end).trim()) return s;
    }
    return null;
  }
}

/** Paragraphs: lines with text, as spans (a blank line or a line break separates them). */
export function lines(view: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(view); m; m = re.exec(view)) {
    const text = m[0];
    if (!text.trim()) continue;
    let start = m.index;
    let end = m.index + text.length;
    while (start < end && /\s/.test(view[start])) start++;
    while (end > start && /\s/.test(view[end - 1])) end--;
    out.push({ start, end });
  }
  return out;
}

/** The line feed that ends the article's first non-blank line (its title), or -1 when it has none. */
export function firstLineEnd(view: string): number {
  return view.indexOf('\n', /^\s*/.exec(view)![0].length);
}

/**
 * The article's headline, when its first non-blank line looks like one: at most 160
 * characters, no full stop at its end. Its span, or null.
 */
export function headlineSpan(view: string): Span | null {
  const lead = /^\s*/.exec(view)![0].length;
  const nl = firstLineEnd(view);
  if (nl < 0) return null;
  const line = view.slice(lead, nl).trimEnd();
  if (!line || line.length > 160 || /\.$/.test(line)) return null;
  return { start: lead, end: lead + line.length };
}

/** A line of a list (`- …`, `• …`, `1. …`): never a quote's paragraph. */
export function isListItem(text: string): boolean {
  return /^\s*(?:[-*•–—]\s|\d+[.)]\s)/.test(text);
}
