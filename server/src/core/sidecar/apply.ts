/**
 * Applying the annotator's manual decisions over the engine's findings. Manual decisions
 * override automatic ones; everything downstream (highlights, hovers, outline, exports)
 * reads the resulting Analysis, so no other layer needs to know about the sidecar.
 */
import { CodePointIndex, fold, overlaps, slugify } from '../text';
import type { Actor, ActorKind, Analysis, DateType, Mention, Problem, Quote, Span } from '../types';
import { placeAnchor, type AnchorStatus } from './anchor';
import type { AddActorEntry, AddDateEntry, AddQuoteEntry, Sidecar, SidecarEntry } from './model';

/** One sidecar entry placed in the current text (UTF-16 offsets), or orphaned (`span: null`). */
export interface PlacedEntry {
  entry: SidecarEntry;
  /** Index of the entry in `sidecar.entries`. */
  index: number;
  status: AnchorStatus;
  span: Span | null;
}

/**
 * Places every entry of a sidecar in `text`: at its offsets when they still hold its text,
 * else at the best-matching occurrence by context, else orphaned.
 */
export function placeEntries(text: string, sidecar: Sidecar): PlacedEntry[] {
  const index = new CodePointIndex(text);
  return sidecar.entries.map((entry, i) => {
    const placed = placeAnchor(text, entry.anchor, index);
    return { entry, index: i, status: placed.status, span: placed.span };
  });
}

/** The words an orphan problem uses to say which decision could not be placed. */
export function describeEntry(entry: SidecarEntry): string {
  switch (entry.action) {
    case 'speaker':
      return `speaker ${entry.speaker ?? '(unknown)'}`;
    case 'reject':
      return `reject ${entry.kind}`;
    case 'add':
      return `add ${entry.kind}`;
    case 'tag':
      return `tag ${entry.label}`;
  }
}

/**
 * Applies the sidecar's manual decisions over the engine's findings. Rejections first
 * (they remove engine detections), then additions, speakers and tags, so that a decision
 * never depends on the entries' order in the file. Entries whose text is gone become
 * `orphaned-entry` warnings. Does not modify `analysis`.
 */
export function applySidecar(text: string, analysis: Analysis, sidecar: Sidecar): Analysis {
  const a: Analysis = structuredClone(analysis);
  const placed = sidecar.entries.length ? placeEntries(text, sidecar) : [];
  const index = new CodePointIndex(text);
  const state = new Applier(text, a);

  for (const p of placed) {
    if (p.span) continue;
    const at = Math.min(Math.max(0, index.fromCodePoint(Math.max(0, p.entry.anchor.start))), text.length);
    a.problems.push({
      start: at,
      end: at,
      severity: 'warning',
      code: 'orphaned-entry',
      message: `orphaned manual entry (${describeEntry(p.entry)}): “${shorten(p.entry.anchor.exact)}” is no longer in the article; the entry is kept in the sidecar`,
    });
  }
  const live = placed.filter((p): p is PlacedEntry & { span: Span } => p.span !== null);
  for (const p of live) if (p.entry.action === 'reject') state.reject(p.entry.kind, p.span, p.entry.anchor.exact);
  for (const p of live) {
    if (p.entry.action !== 'add') continue;
    if (p.entry.kind === 'quote') state.addQuote(p.entry, p.span);
    else if (p.entry.kind === 'date') state.addDate(p.entry, p.span);
    else state.addActor(p.entry, p.span);
  }
  for (const p of live) if (p.entry.action === 'speaker') state.setSpeaker(p.entry.speaker, p.span);
  for (const p of live) {
    if (p.entry.action !== 'tag') continue;
    a.tags.push({
      start: p.span.start,
      end: p.span.end,
      label: p.entry.label,
      text: text.slice(p.span.start, p.span.end),
      note: p.entry.note ?? null,
      origin: 'manual',
    });
  }

  a.quotes.sort((x, y) => x.start - y.start || x.end - y.end);
  a.quotes.forEach((q, i) => (q.id = `q${i + 1}`));
  a.dates.sort((x, y) => x.start - y.start || x.end - y.end);
  a.tags.sort((x, y) => x.start - y.start || x.end - y.end || x.label.localeCompare(y.label));
  for (const actor of a.actors) actor.mentions.sort((x, y) => x.start - y.start);
  return a;
}

const OPEN_MARKS = '«“„‹‘"\'';
const CLOSE_MARKS = '»”›’"\'';
const INNER_SPACE = /[\s\u00a0\u202f\u2009]/;

/** The mutable working copy of an analysis while the entries are applied. */
class Applier {
  constructor(
    private readonly text: string,
    private readonly a: Analysis,
  ) {}

  reject(kind: 'quote' | 'date' | 'actor' | 'mention', span: Span, exact: string): void {
    if (kind === 'quote') {
      const q = best(this.a.quotes, span);
      if (q) this.removeQuote(q);
    } else if (kind === 'date') {
      const d = best(this.a.dates, span);
      if (d) this.a.dates = this.a.dates.filter((x) => x !== d);
    } else if (kind === 'actor') {
      const actor = this.actorAt(span) ?? this.findActor(exact);
      if (!actor) return;
      this.a.actors = this.a.actors.filter((x) => x !== actor);
      for (const q of this.a.quotes) {
        if (q.speaker === actor.id) {
          q.speaker = null;
          q.speakerMention = null;
        }
      }
    } else {
      for (const actor of this.a.actors) actor.mentions = actor.mentions.filter((m) => !overlaps(m, span));
      this.a.actors = this.a.actors.filter(
        (x) => x.mentions.length > 0 || x.source !== 'detected' || this.a.quotes.some((q) => q.speaker === x.id),
      );
    }
  }

  addQuote(entry: AddQuoteEntry, anchored: Span): void {
    const span = this.quoteContent(anchored);
    const replaced = this.a.quotes.filter((q) => overlaps(q, span));
    const previous = best(replaced, span);
    for (const q of replaced) this.removeQuote(q);
    let speaker = previous?.speaker ?? null;
    let speakerMention = previous?.speakerMention ?? null;
    if (entry.speaker !== undefined) {
      speaker = entry.speaker === null ? null : this.findOrCreateActor(entry.speaker, 'person').id;
      speakerMention = speaker ? this.nearestMention(speaker, span) : null;
    }
    const marks = this.marksAround(span);
    this.a.quotes.push({
      id: '',
      start: span.start,
      end: span.end,
      text: this.text.slice(span.start, span.end),
      kind: entry.quoteKind ?? previous?.kind ?? (marks.open ? 'direct' : 'block'),
      speaker,
      speakerMention,
      cue: previous?.cue ?? null,
      open: marks.open,
      close: marks.close,
      origin: 'manual',
    });
  }

  addDate(entry: AddDateEntry, span: Span): void {
    this.a.dates = this.a.dates.filter((d) => !overlaps(d, span));
    this.a.dates.push({
      start: span.start,
      end: span.end,
      text: this.text.slice(span.start, span.end),
      value: entry.value,
      type: entry.dateType ?? guessDateType(entry.value),
      resolution: 'set by hand',
      origin: 'manual',
    });
  }

  addActor(entry: AddActorEntry, span: Span): void {
    const exact = this.text.slice(span.start, span.end);
    const actor = this.findOrCreateActor(entry.name ?? exact, entry.actorKind ?? 'person');
    if (entry.actorKind) actor.kind = entry.actorKind;
    for (const other of this.a.actors) {
      if (other !== actor) other.mentions = other.mentions.filter((m) => !overlaps(m, span));
    }
    actor.mentions = actor.mentions.filter((m) => !overlaps(m, span));
    actor.mentions.push({ start: span.start, end: span.end, text: exact, origin: 'manual' });
  }

  setSpeaker(name: string | null, span: Span): void {
    let quote = best(this.a.quotes, span);
    if (!quote) {
      // The annotator says a quote is here: make it, even if the engine no longer sees it.
      this.addQuote(
        { action: 'add', kind: 'quote', anchor: { start: -1, end: -1, exact: '', prefix: '', suffix: '' } },
        span,
      );
      quote = best(this.a.quotes, span);
      if (!quote) return;
    }
    quote.speaker = name === null ? null : this.findOrCreateActor(name, 'person').id;
    quote.speakerMention = quote.speaker ? this.nearestMention(quote.speaker, quote) : null;
    quote.origin = 'manual';
    // The annotator has decided; "no speaker" is no longer a question for this quote.
    this.a.problems = this.a.problems.filter((p) => !(isSpeakerProblem(p) && overlaps(p, quote)));
  }

  private removeQuote(q: Quote): void {
    this.a.quotes = this.a.quotes.filter((x) => x !== q);
    this.a.problems = this.a.problems.filter((p) => !(isSpeakerProblem(p) && overlaps(p, q)));
  }

  private actorAt(span: Span): Actor | undefined {
    let found: Actor | undefined;
    let most = 0;
    for (const actor of this.a.actors) {
      for (const m of actor.mentions) {
        const o = overlap(m, span);
        if (o > most) {
          most = o;
          found = actor;
        }
      }
    }
    return found;
  }

  /** The actor a name designates: same folded name, alias or mention text. */
  private findActor(name: string): Actor | undefined {
    const key = fold(name);
    return (
      this.a.actors.find((x) => fold(x.name) === key) ??
      this.a.actors.find((x) => x.aliases.some((al) => fold(al) === key)) ??
      this.a.actors.find((x) => x.mentions.some((m) => fold(m.text) === key))
    );
  }

  private findOrCreateActor(name: string, kind: ActorKind): Actor {
    const found = this.findActor(name);
    if (found) return found;
    let id = slugify(name);
    for (let n = 2; this.a.actors.some((x) => x.id === id); n++) id = `${slugify(name)}-${n}`;
    const actor: Actor = {
      id,
      name,
      kind,
      named: true,
      role: null,
      aliases: [],
      description: null,
      links: [],
      source: 'manual',
      definition: null,
      mentions: this.occurrences(name),
    };
    this.a.actors.push(actor);
    return actor;
  }

  /** Where a new actor's name appears, outside other actors' mentions. */
  private occurrences(name: string): Mention[] {
    const taken = this.a.actors.flatMap((x) => x.mentions);
    const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!escaped) return [];
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
    const out: Mention[] = [];
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!taken.some((t) => overlaps(t, span))) out.push({ ...span, text: m[0], origin: 'auto' });
    }
    return out;
  }

  private nearestMention(actorId: string, quote: Span): (Span & { text: string }) | null {
    const actor = this.a.actors.find((x) => x.id === actorId);
    let found: Mention | null = null;
    let distance = 400;
    for (const m of actor?.mentions ?? []) {
      const d = m.end <= quote.start ? quote.start - m.end : m.start >= quote.end ? m.start - quote.end : 0;
      if (d < distance) {
        distance = d;
        found = m;
      }
    }
    return found ? { start: found.start, end: found.end, text: found.text } : null;
  }

  /** A selection may include the quote marks; the quote's span is its content, as the engine's. */
  private quoteContent(span: Span): Span {
    let { start, end } = span;
    const t = this.text;
    if (end - start >= 2 && OPEN_MARKS.includes(t[start]) && CLOSE_MARKS.includes(t[end - 1])) {
      start++;
      end--;
    }
    while (start < end && INNER_SPACE.test(t[start])) start++;
    while (end > start && INNER_SPACE.test(t[end - 1])) end--;
    return { start, end };
  }

  private marksAround(span: Span): { open: Span | null; close: Span | null } {
    const t = this.text;
    let i = span.start - 1;
    while (i >= 0 && i > span.start - 3 && INNER_SPACE.test(t[i]) && t[i] !== '\n') i--;
    let j = span.end;
    while (j < t.length && j < span.end + 2 && INNER_SPACE.test(t[j]) && t[j] !== '\n') j++;
    const open = i >= 0 && OPEN_MARKS.includes(t[i]) ? { start: i, end: i + 1 } : null;
    const close = j < t.length && CLOSE_MARKS.includes(t[j]) ? { start: j, end: j + 1 } : null;
    return open && close ? { open, close } : { open: null, close: null };
  }
}

function isSpeakerProblem(p: Problem): boolean {
  return /speaker/.test(p.code);
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The item that shares the most characters with `span`, if any does. */
function best<T extends Span>(items: readonly T[], span: Span): T | undefined {
  let found: T | undefined;
  let most = 0;
  for (const item of items) {
    const o =
      span.start === span.end ? (item.start <= span.start && span.start < item.end ? 1 : 0) : overlap(item, span);
    if (o > most) {
      most = o;
      found = item;
    }
  }
  return found;
}

function guessDateType(value: string | null): DateType {
  if (!value) return 'date';
  if (/^P/.test(value)) return 'duration';
  if (/^T/.test(value)) return 'time';
  if (/^R/.test(value)) return 'set';
  return 'date';
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
