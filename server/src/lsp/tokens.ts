/**
 * The semantic tokens of an article, as plain data: what each span is (quote, speaker,
 * cue, date, person, organization, place), flattened so that no two tokens overlap and
 * none crosses a line — what LSP clients require. The innermost, most specific thing wins:
 * a speaker's name inside a quote is a speaker, the rest of the quote stays a quote.
 */
import type { LineIndex } from '../core/text';
import type { Analysis, Span } from '../core/types';

/** Token types, in legend order. Each is contributed with a superType and TextMate scopes in package.json. */
export const tokenTypes = ['quote', 'speaker', 'cue', 'date', 'person', 'organization', 'place'] as const;
/** Token modifiers, in legend order (bit i = modifier i). */
export const tokenModifiers = ['manual', 'unnamed'] as const;

export type TokenType = (typeof tokenTypes)[number];
export type TokenModifier = (typeof tokenModifiers)[number];

export interface ArticleToken {
  line: number;
  character: number;
  length: number;
  /** Index in `tokenTypes`. */
  type: number;
  /** Bitset over `tokenModifiers`. */
  modifiers: number;
}

interface Painted extends Span {
  type: TokenType;
  modifiers: number;
  priority: number;
}

const PRIORITY: Record<TokenType, number> = {
  quote: 1,
  person: 3,
  organization: 3,
  place: 3,
  date: 4,
  cue: 5,
  speaker: 6,
};

const MANUAL = 1 << tokenModifiers.indexOf('manual');
const UNNAMED = 1 << tokenModifiers.indexOf('unnamed');

function paint(analysis: Analysis): Painted[] {
  const out: Painted[] = [];
  const add = (span: Span, type: TokenType, modifiers = 0) => {
    if (span.end > span.start)
      out.push({ start: span.start, end: span.end, type, modifiers, priority: PRIORITY[type] });
  };
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  for (const q of analysis.quotes) {
    const manual = q.origin === 'manual' ? MANUAL : 0;
    add({ start: q.open?.start ?? q.start, end: q.close?.end ?? q.end }, 'quote', manual);
    if (q.cue) add(q.cue, 'cue', manual);
    if (q.speakerMention) {
      const actor = q.speaker ? actors.get(q.speaker) : undefined;
      add(q.speakerMention, 'speaker', manual | (actor && !actor.named ? UNNAMED : 0));
    }
  }
  for (const d of analysis.dates) add(d, 'date', d.origin === 'manual' ? MANUAL : 0);
  for (const a of analysis.actors) {
    for (const m of a.mentions) add(m, a.kind, (m.origin === 'manual' ? MANUAL : 0) | (a.named ? 0 : UNNAMED));
  }
  return out;
}

/**
 * Flattens the painted spans into non-overlapping runs: at each point the highest priority
 * span wins (the shorter one on a tie), and adjacent runs of the same span merge.
 */
function flatten(painted: Painted[]): Painted[] {
  const bounds = [...new Set(painted.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
  const sorted = [...painted].sort((a, b) => a.start - b.start);
  const runs: Painted[] = [];
  let active: Painted[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    while (next < sorted.length && sorted[next].start <= from) active.push(sorted[next++]);
    active = active.filter((p) => p.end > from);
    let top: Painted | null = null;
    for (const p of active) {
      if (!top || p.priority > top.priority || (p.priority === top.priority && p.end - p.start < top.end - top.start)) {
        top = p;
      }
    }
    if (!top) continue;
    const last = runs[runs.length - 1];
    if (last && last.end === from && last.type === top.type && last.modifiers === top.modifiers) last.end = to;
    else runs.push({ ...top, start: from, end: to });
  }
  return runs;
}

/**
 * The article's tokens in document order, one per line piece. When `range` is given, only
 * the tokens that overlap it.
 */
export function articleTokens(analysis: Analysis, lines: LineIndex, range?: Span): ArticleToken[] {
  const text = lines.text;
  const tokens: ArticleToken[] = [];
  for (const run of flatten(paint(analysis))) {
    if (range && (run.end <= range.start || run.start >= range.end)) continue;
    const first = lines.line(run.start);
    const last = lines.line(Math.max(run.start, run.end - 1));
    for (let l = first; l <= last; l++) {
      const lineStart = lines.offset(l, 0);
      let lineEnd = l + 1 < lines.lineCount ? lines.offset(l + 1, 0) : text.length;
      while (lineEnd > lineStart && (text[lineEnd - 1] === '\n' || text[lineEnd - 1] === '\r')) lineEnd--;
      const start = Math.max(run.start, lineStart);
      const end = Math.min(run.end, lineEnd);
      if (end <= start) continue;
      tokens.push({
        line: l,
        character: start - lineStart,
        length: end - start,
        type: tokenTypes.indexOf(run.type),
        modifiers: run.modifiers,
      });
    }
  }
  return tokens;
}
