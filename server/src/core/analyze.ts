/**
 * The pipeline: one pure function from an article's text (and the rules in force) to
 * everything the editor shows and the export writes.
 */
import { findActors } from './actors';
import { detectPublished, findDates } from './dates';
import { detectLanguage } from './language';
import { findQuotes } from './quotes';
import { applySidecar, type Sidecar } from './sidecar';
import { checkCancelled, type Cancellation } from './text';
import type { Analysis, Language, PublishedFrom, Rules, Span } from './types';

export interface AnalyzeOptions {
  rules: Rules;
  /** Forced language (CLI `--language`); otherwise the sidecar's, the rules', or detected. */
  language?: Language;
  /** Forced publication date (CLI `--published`); outranks every other source. */
  published?: string;
  /** The article's manual decisions, when it has a sidecar. */
  sidecar?: Sidecar | null;
  token?: Cancellation;
  /** Texts longer than this (UTF-16 units) are not analysed; a problem says so. */
  maxLength?: number;
}

/** A news article is kilobytes; past this the editor would stall on every keystroke. */
export const MAX_ANALYSED_LENGTH = 2_000_000;

/**
 * Analyses one article. Synchronous and pure; checks `token` between stages and throws
 * `Cancelled` when it is set.
 */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const { rules, sidecar, token } = options;
  const refusal = refuse(text, options.maxLength ?? MAX_ANALYSED_LENGTH);
  if (refusal) return refusal;
  const language = options.language ?? sidecar?.language ?? rules.language ?? detectLanguage(text);
  const ignored = ignoredSpans(text, rules.ignore);

  let published: string | null = null;
  let publishedFrom: PublishedFrom = null;
  let publishedSpan: Span | null = null;
  if (options.published) {
    published = options.published;
    publishedFrom = 'option';
  } else if (sidecar?.published) {
    published = sidecar.published;
    publishedFrom = 'sidecar';
  } else if (rules.published) {
    published = rules.published;
    publishedFrom = 'rules';
  } else {
    const found = detectPublished(text, language);
    if (found) {
      published = found.value;
      publishedFrom = 'text';
      publishedSpan = found.span;
    }
  }
  checkCancelled(token);

  let actors = findActors(text, { language, rules, ignored });
  checkCancelled(token);
  const quoteResult = findQuotes(text, { language, rules, actors, ignored });
  actors = quoteResult.actors;
  checkCancelled(token);
  const dates = findDates(text, { language, published, ignored });
  checkCancelled(token);

  let analysis: Analysis = {
    language,
    title: findTitle(text, ignored),
    published,
    publishedFrom,
    publishedSpan,
    actors,
    quotes: quoteResult.quotes,
    dates,
    tags: [],
    problems: quoteResult.problems,
  };
  if (sidecar) analysis = applySidecar(text, analysis, sidecar);
  analysis.problems.sort((a, b) => a.start - b.start || a.end - b.end);
  return analysis;
}

/**
 * Texts that are not articles (binary content) or far too long for one are not analysed:
 * the result holds only a problem that says why, so the editor and exports stay usable.
 */
function refuse(text: string, maxLength: number): Analysis | null {
  let message: string | null = null;
  let code = '';
  if (text.length > maxLength) {
    message = `this text is too long to annotate (${(text.length / 1e6).toFixed(1)} million characters; the limit is ${(maxLength / 1e6).toFixed(1)} million): nothing is detected`;
    code = 'too-long';
  } else if (text.slice(0, 65536).includes('\0')) {
    message = 'this looks like a binary file (it holds NUL characters), not an article: nothing is detected';
    code = 'binary';
  }
  if (!message) return null;
  return {
    language: 'fr',
    title: null,
    published: null,
    publishedFrom: null,
    publishedSpan: null,
    actors: [],
    quotes: [],
    dates: [],
    tags: [],
    problems: [{ start: 0, end: Math.min(text.length, 1), message, severity: 'warning', code }],
  };
}

/** Spans of the rules' boilerplate strings (`Quitter la version mobile`). */
export function ignoredSpans(text: string, ignore: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const s of ignore) {
    if (!s) continue;
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) {
      spans.push({ start: i, end: i + s.length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The title: a Markdown `# heading` or front-matter `title:` when there is one, else the
 * first short line that does not end like a sentence and is not metadata or a caption.
 */
export function findTitle(text: string, ignored: readonly Span[] = []): string | null {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (fm) {
    const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(fm[1]);
    if (t) return t[1];
  }
  const h = /^#\s+(.+)$/m.exec(text);
  if (h) return h[1].trim();
  const lines = text.split(/\r?\n/);
  let offset = 0;
  for (const raw of lines) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (!line || ignored.some((s) => s.start <= start && start < s.end)) continue;
    if (/^date\b|^\d{4}-\d{2}/i.test(line)) continue;
    if (line.length > 160 || line.length < 12) continue;
    if (/[.!?:»"]$/.test(line) && !/\?$/.test(line)) continue;
    return line;
  }
  return null;
}
