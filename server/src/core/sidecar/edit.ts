/**
 * Changing a sidecar: what the editor's actions do (add a decision, take one back), how
 * entries follow the article's text when it is edited, and how they are re-anchored when
 * it changed on disk. Every function returns a new Sidecar; none mutates its input.
 */
import { makeAnchor, type Anchor } from './anchor';
import { placeEntries } from './apply';
import type { Sidecar, SidecarEntry } from './model';
import type { Span } from '../types';

/** What `reanchor` did: the sidecar with fresh anchors, and the entries it could not place. */
export interface Reanchored {
  sidecar: Sidecar;
  /** Entries whose offsets moved to where their text is now. */
  moved: SidecarEntry[];
  /** Entries whose text is gone; they stay in `sidecar` unchanged, to be reported. */
  orphaned: SidecarEntry[];
}

/**
 * Brings every anchor up to date with `text` (after the article changed on disk): each entry
 * whose offsets no longer hold its exact text moves to the occurrence whose context matches
 * best, and its context is refreshed; an entry whose text is gone is kept as it was —
 * orphaned, never dropped.
 */
export function reanchor(text: string, sidecar: Sidecar): Reanchored {
  const moved: SidecarEntry[] = [];
  const orphaned: SidecarEntry[] = [];
  const entries = placeEntries(text, sidecar).map((p) => {
    if (!p.span) {
      orphaned.push(p.entry);
      return p.entry;
    }
    const entry = { ...p.entry, anchor: makeAnchor(text, p.span.start, p.span.end) } as SidecarEntry;
    if (p.status === 'moved') moved.push(entry);
    return entry;
  });
  return { sidecar: { ...sidecar, entries }, moved, orphaned };
}

/** One change to the article's text, in UTF-16 offsets of the text before the change. */
export interface TextChange {
  start: number;
  end: number;
  newText: string;
}

/**
 * Where a span is after one edit of the text, so that entries follow edits made in the
 * editor exactly (no guessing by context): text inserted before shifts it, text typed
 * inside it grows it, a deletion that swallows it all leaves it empty (`null`).
 */
export function followEdit(span: Span, change: TextChange): Span | null {
  const { start, end } = span;
  const inserted = change.newText.length;
  const delta = inserted - (change.end - change.start);
  if (change.end <= start) return { start: start + delta, end: end + delta };
  if (change.start >= end) return { start, end };
  // The whole span was replaced or deleted: the decision has nothing left to stand on.
  if (change.start <= start && change.end >= end) return null;
  if (change.start < start) return { start: change.start + inserted, end: end + delta };
  if (change.end <= end) return { start, end: end + delta };
  return change.start > start ? { start, end: change.start } : null;
}

/** Two anchors designate overlapping text (compared by code point offsets). */
function sameText(a: Anchor, b: Anchor): boolean {
  if (a.start < 0 || b.start < 0) return a.exact === b.exact;
  return a.start < b.end && b.start < a.end;
}

/**
 * Adds an annotator's decision, replacing the decisions it contradicts: a new speaker for a
 * quote replaces the old one; rejecting something the annotator added removes the addition
 * instead; adding what was rejected lifts the rejection; a tag is not stored twice.
 */
export function addEntry(sidecar: Sidecar, entry: SidecarEntry): Sidecar {
  let entries = sidecar.entries;
  const a = entry.anchor;
  switch (entry.action) {
    case 'speaker':
      entries = entries.filter(
        (e) =>
          !(e.action === 'speaker' && sameText(e.anchor, a)) &&
          !(e.action === 'reject' && e.kind === 'quote' && sameText(e.anchor, a)),
      );
      // A quote the annotator added carries its speaker itself.
      {
        const added = entries.find((e) => e.action === 'add' && e.kind === 'quote' && sameText(e.anchor, a));
        if (added && added.action === 'add' && added.kind === 'quote') {
          return { ...sidecar, entries: entries.map((e) => (e === added ? { ...added, speaker: entry.speaker } : e)) };
        }
      }
      break;
    case 'reject': {
      const kind = entry.kind === 'mention' ? 'actor' : entry.kind;
      const added = entries.filter((e) => e.action === 'add' && e.kind === kind && sameText(e.anchor, a));
      if (added.length) {
        return {
          ...sidecar,
          entries: entries.filter(
            (e) => !added.includes(e) && !(kind === 'quote' && e.action === 'speaker' && sameText(e.anchor, a)),
          ),
        };
      }
      entries = entries.filter(
        (e) =>
          !(e.action === 'reject' && e.kind === entry.kind && sameText(e.anchor, a)) &&
          !(kind === 'quote' && e.action === 'speaker' && sameText(e.anchor, a)),
      );
      break;
    }
    case 'add':
      entries = entries.filter(
        (e) =>
          !(
            e.action === 'reject' &&
            (e.kind === entry.kind || (entry.kind === 'actor' && e.kind === 'mention')) &&
            sameText(e.anchor, a)
          ) && !(e.action === 'add' && e.kind === entry.kind && sameText(e.anchor, a)),
      );
      break;
    case 'tag':
      entries = entries.filter(
        (e) => !(e.action === 'tag' && e.label === entry.label && e.anchor.start === a.start && e.anchor.end === a.end),
      );
      break;
  }
  return { ...sidecar, entries: [...entries, entry] };
}

/** Takes back decisions (the editor's "remove tag", undo of an action). */
export function removeEntries(sidecar: Sidecar, drop: (entry: SidecarEntry, index: number) => boolean): Sidecar {
  return { ...sidecar, entries: sidecar.entries.filter((e, i) => !drop(e, i)) };
}
