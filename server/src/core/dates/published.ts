/**
 * The publication date, read from the article itself: front matter, a "Publié le" line,
 * or a dateline among the header lines (`Mondialisation.ca, 20 février 2025`,
 * `date 2025-02`, `PARIS, 18/02/2025`).
 */
import type { Language, Span } from '../types';
import { formatDay, formatMonth, isValidDay } from './calendar';
import { recognize, selectLongest, type Candidate } from './recognize';

/** A date written in the article's header, with where it was read. */
export interface HeaderDate {
  value: string;
  span: Span;
}

/** The header ends at the first line that reads like body text. */
const LONG_LINE = 160;
const MAX_HEADER_LINES = 15;

function isoOf(c: Candidate): string | null {
  const m = c.meaning;
  if (m.k !== 'calendar' || m.year === undefined || m.month === undefined) return null;
  if (m.day === undefined) return formatMonth(m.year, m.month);
  if (!isValidDay(m.year, m.month, m.day)) return null;
  return formatDay({ year: m.year, month: m.month, day: m.day });
}

const LABEL_BEFORE =
  /(?:^|\s)(?:date|le|publié le|publiée le|mis à jour le|mise à jour|updated|published|posted|on)\s*:?$/i;

/**
 * True when a date stands on its line like a dateline (`Site, 20 février 2025`, `PARIS,
 * 18 février 2025 (AFP) –`, `date 2025-02`), not inside a title (`Les élections du 16
 * février 2025`).
 */
function datelineLike(text: string, span: Span): boolean {
  let lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  if (lineStart < 0) lineStart = 0;
  let lineEnd = text.indexOf('\n', span.end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, span.start).trim();
  const after = text.slice(span.end, lineEnd);
  // A label is the line's first words ("Publié le", "Updated on"), never the end of a
  // sentence ("The talks will resume on March 3, 2025").
  const labelled = LABEL_BEFORE.test(before) && before.split(/\s+/).length <= 3;
  // A short source name ("Blog 19 février 2025") is fine; a phrase ending "… du" is a title.
  const shortName =
    before.split(/\s+/).length <= 4 &&
    !/(?:^|\s)(?:du|de|des|d['’]|le|la|les|en|depuis|au|aux|à|avant|après|jusqu['’]au|of|the|in|on|at|by|to|for|since|from|until|before|after|et|and)$/i.test(
      before,
    );
  const beforeOk = before === '' || /[,)\]|–\-:•·]$/.test(before) || labelled || shortName;
  const afterOk = labelled || after.trim() === '' || /^\s*(?:[(–\-|.,•·]|\d{1,2}\s*[:h]\d)/.test(after);
  return beforeOk && afterOk;
}

/** Dates with a year and a month in `text[from, to)`, each with its span. */
function datesIn(text: string, from: number, to: number, language: Language): HeaderDate[] {
  const part = text.slice(from, to);
  const found = selectLongest(recognize(part, language), part.length);
  const out: HeaderDate[] = [];
  for (const c of found) {
    const value = isoOf(c);
    if (value) out.push({ value, span: { start: from + c.start, end: from + c.end } });
  }
  return out;
}

/**
 * Dates standing in the header lines (before the body's first long paragraph; the first
 * words of that paragraph too, for a dateline such as `PARIS, 18 février 2025 (AFP) –`).
 * A republished article shows several: the republication's and the original's.
 */
export function headerDates(text: string, language: Language): HeaderDate[] {
  const out: HeaderDate[] = [];
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  let offset = fm ? fm[0].length : 0;
  let lines = 0;
  while (offset < text.length && lines < MAX_HEADER_LINES) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    const line = text.slice(offset, end);
    if (line.trim()) {
      lines++;
      const long = line.length > LONG_LINE;
      for (const d of datesIn(text, offset, long ? offset + 60 : end, language)) {
        if (datelineLike(text, d.span)) out.push(d);
      }
      if (long) break;
    }
    offset = end + 1;
  }
  return out;
}

const LABELLED_FR = /(?:publié|publiée|mis en ligne|paru|parution|date de publication)\s*(?:le|:)?\s*/giu;
const LABELLED_EN = /(?:published|posted|first published|publication date)\s*(?:on|:)?\s*/giu;

/**
 * Reads the publication date from the article: front matter `date:` first, then a
 * "Publié le …" / "Published …" label near the top, then the first dated header line.
 * Null when the article does not say.
 */
export function detectPublished(text: string, language: Language): { value: string; span: Span } | null {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (fm) {
    const d = /^(?:date|published|publication_date|pubdate|datePublished)\s*:\s*["']?(\d{4}-\d{2}(?:-\d{2})?)/im.exec(
      fm[1],
    );
    if (d) {
      const start = fm[0].indexOf(d[1], d.index);
      return { value: d[1], span: { start, end: start + d[1].length } };
    }
  }
  const top = Math.min(text.length, 3000);
  for (const re of [LABELLED_FR, LABELLED_EN]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && m.index < top; m = re.exec(text)) {
      const from = m.index + m[0].length;
      const dates = datesIn(text, from, Math.min(text.length, from + 40), language);
      if (dates.length && dates[0].span.start === from) return dates[0];
      // Labelled in the other language (an English site in a French article, or the reverse).
      const other = datesIn(text, from, Math.min(text.length, from + 40), language === 'fr' ? 'en' : 'fr');
      if (other.length && other[0].span.start === from) return other[0];
    }
  }
  const header = headerDates(text, language);
  return header.length ? header[0] : null;
}
