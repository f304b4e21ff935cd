/**
 * The sidecars of the open articles, kept in memory while the annotator works: entries
 * follow every edit of the article exactly (their spans shift with the text), each manual
 * action is written at once and atomically, the offsets are written again when the article
 * is saved, and every action can be undone. A sidecar changed on disk by someone else is
 * read again and its entries re-anchored by context; a corrupt one is backed up before it
 * is ever overwritten.
 */
import * as fs from 'node:fs';
import {
  followEdit,
  makeAnchor,
  parseSidecar,
  placeAnchor,
  serializeSidecar,
  type Sidecar,
  type SidecarEntry,
  type TextChange,
} from '../../core/sidecar';
import type { Problem, Span } from '../../core/types';

/** An entry and where it is in the editor's current text (null: orphaned). */
interface LiveEntry {
  entry: SidecarEntry;
  span: Span | null;
}

/** One undoable action: what it added to the sidecar and what it took out. */
interface Step {
  description: string;
  added: LiveEntry[];
  removed: LiveEntry[];
}

interface DiskStamp {
  mtimeMs: number;
  size: number;
}

/** The manual work on one open article. */
interface ArticleManual {
  articlePath: string;
  sidecarPath: string;
  /** The article text the spans refer to. */
  text: string;
  meta: Omit<Sidecar, 'entries'>;
  entries: LiveEntry[];
  undo: Step[];
  redo: Step[];
  /** The sidecar file as last read or written by us; null when there is none. */
  disk: DiskStamp | null;
  diskText: string | null;
  /** The file on disk could not be read cleanly: keep a copy before overwriting it. */
  corrupt: boolean;
}

/** Where the sidecar of an article lives: `<article file name>.ann.yaml` beside it. */
export function sidecarPathOf(articlePath: string): string {
  return `${articlePath}.ann.yaml`;
}

/** The single change turning `before` into `after` (common prefix and suffix aside). */
export function diffText(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, end: before.length - tail, newText: after.slice(start, after.length - tail) };
}

/** Called when a sidecar file has problems (or has none any more), to show them. */
export type SidecarProblemsListener = (sidecarPath: string, fileText: string, problems: Problem[]) => void;

export class SidecarStore {
  private readonly articles = new Map<string, ArticleManual>();
  private readonly closedCache = new Map<string, { stamp: DiskStamp; sidecar: Sidecar | null }>();

  constructor(private readonly onProblems: SidecarProblemsListener = () => undefined) {}

  /**
   * The sidecar to analyse an article with. For an open article, the live entries with
   * anchors fresh for `text` (which may be unsaved); for a file on disk, the file as it is.
   */
  sidecarFor(articlePath: string | null, text: string, uri: string, open: boolean): Sidecar | null {
    if (!articlePath) return null;
    if (!open) return this.fromDisk(articlePath);
    const state = this.stateFor(uri, articlePath, text);
    return state ? this.toSidecar(state) : null;
  }

  /** Follows an edit of an open article (call on every change of its text). */
  sync(uri: string, text: string): void {
    const state = this.articles.get(uri);
    if (!state || state.text === text) return;
    const change = diffText(state.text, text);
    if (change) {
      const move = (le: LiveEntry) => {
        if (!le.span) return;
        const moved = followEdit(le.span, change);
        // An entry whose words were deleted keeps its last anchor, and is orphaned until they come back.
        if (!moved) le.entry = { ...le.entry, anchor: makeAnchor(state.text, le.span.start, le.span.end) };
        le.span = moved;
      };
      // Entries are shared between the sidecar and the undo history: move each once.
      const all = new Set(state.entries);
      for (const step of [...state.undo, ...state.redo]) for (const le of [...step.added, ...step.removed]) all.add(le);
      for (const le of all) move(le);
    }
    state.text = text;
  }

  /** The article was saved: write the entries' new offsets, if they moved. */
  saved(uri: string, text: string): void {
    const state = this.articles.get(uri);
    if (!state) return;
    this.sync(uri, text);
    this.refreshFromDisk(state);
    if (!state.disk && state.entries.length === 0) return;
    const serialized = serializeSidecar(this.toSidecar(state));
    if (serialized !== state.diskText) this.write(state, serialized);
  }

  /** The article was closed: the file on disk is the truth again. */
  closed(uri: string): void {
    this.articles.delete(uri);
  }

  /**
   * Applies one action: `change` returns the new list of entries from the current one (the
   * core's `addEntry`, or a removal). Returns what was added and removed, or null when
   * nothing changed; the sidecar is written at once.
   */
  apply(
    uri: string,
    articlePath: string,
    text: string,
    description: string,
    change: (entries: SidecarEntry[]) => SidecarEntry[],
  ): { added: SidecarEntry[]; removed: SidecarEntry[]; sidecarPath: string } | null {
    const state = this.stateFor(uri, articlePath, text);
    if (!state) return null;
    const current = this.toSidecar(state).entries;
    const next = change(current);
    const kept = new Set(next);
    const removed = state.entries.filter((_, i) => !kept.has(current[i]));
    const before = new Set(current);
    const added: LiveEntry[] = next
      .filter((e) => !before.has(e))
      .map((entry) => ({ entry, span: placeAnchor(text, entry.anchor).span }));
    if (!added.length && !removed.length) return null;
    state.entries = [...state.entries.filter((le) => !removed.includes(le)), ...added];
    state.undo.push({ description, added, removed });
    state.redo = [];
    this.write(state, serializeSidecar(this.toSidecar(state)));
    return {
      added: added.map((le) => le.entry),
      removed: removed.map((le) => le.entry),
      sidecarPath: state.sidecarPath,
    };
  }

  /** Takes back (or redoes) the last action on an article; returns its description, or null. */
  undo(uri: string, redo = false): { description: string; sidecarPath: string } | null {
    const state = this.articles.get(uri);
    if (!state) return null;
    const step = (redo ? state.redo : state.undo).pop();
    if (!step) return null;
    const [take, put] = redo ? [step.removed, step.added] : [step.added, step.removed];
    state.entries = [...state.entries.filter((le) => !take.includes(le)), ...put];
    (redo ? state.undo : state.redo).push(step);
    this.write(state, serializeSidecar(this.toSidecar(state)));
    return { description: step.description, sidecarPath: state.sidecarPath };
  }

  canUndo(uri: string): { undo: boolean; redo: boolean } {
    const state = this.articles.get(uri);
    return { undo: !!state?.undo.length, redo: !!state?.redo.length };
  }

  /** The live entries of an open article with their spans in its current text. */
  entries(uri: string): readonly { entry: SidecarEntry; span: Span | null }[] {
    return this.articles.get(uri)?.entries ?? [];
  }

  private stateFor(uri: string, articlePath: string, text: string): ArticleManual | null {
    let state = this.articles.get(uri);
    if (state && state.articlePath !== articlePath) state = undefined;
    if (!state) {
      state = {
        articlePath,
        sidecarPath: sidecarPathOf(articlePath),
        text,
        meta: { published: null, language: null },
        entries: [],
        undo: [],
        redo: [],
        disk: null,
        diskText: null,
        corrupt: false,
      };
      this.load(state);
      this.articles.set(uri, state);
    } else {
      this.sync(uri, text);
      this.refreshFromDisk(state);
    }
    // Orphans come back when their words do (an undo in the article, a paste).
    for (const le of state.entries) {
      if (!le.span) le.span = placeAnchor(state.text, le.entry.anchor).span;
    }
    return state;
  }

  /** Someone else changed the sidecar on disk (git pull, a hand edit): read it again. */
  private refreshFromDisk(state: ArticleManual): void {
    const stamp = stampOf(state.sidecarPath);
    if (sameStamp(stamp, state.disk)) return;
    if (stamp && state.diskText !== null) {
      try {
        if (fs.readFileSync(state.sidecarPath, 'utf8') === state.diskText) {
          state.disk = stamp;
          return;
        }
      } catch {
        // Read below reports it.
      }
    }
    state.undo = [];
    state.redo = [];
    this.load(state);
  }

  private load(state: ArticleManual): void {
    state.disk = stampOf(state.sidecarPath);
    state.diskText = null;
    state.corrupt = false;
    state.entries = [];
    state.meta = { published: null, language: null };
    if (!state.disk) {
      this.onProblems(state.sidecarPath, '', []);
      return;
    }
    let fileText: string;
    try {
      fileText = fs.readFileSync(state.sidecarPath, 'utf8');
    } catch (e) {
      state.corrupt = true;
      this.onProblems(state.sidecarPath, '', [
        { start: 0, end: 0, severity: 'error', code: 'sidecar-unreadable', message: `cannot read: ${String(e)}` },
      ]);
      return;
    }
    state.diskText = fileText;
    const parsed = parseSidecar(fileText);
    state.corrupt = parsed.sidecar === null || parsed.problems.some((p) => p.severity === 'error');
    this.onProblems(state.sidecarPath, fileText, parsed.problems);
    if (!parsed.sidecar) return;
    const { entries, ...meta } = parsed.sidecar;
    state.meta = meta;
    state.entries = entries.map((entry) => ({ entry, span: placeAnchor(state.text, entry.anchor).span }));
  }

  private fromDisk(articlePath: string): Sidecar | null {
    const file = sidecarPathOf(articlePath);
    const stamp = stampOf(file);
    if (!stamp) return null;
    const cached = this.closedCache.get(file);
    if (cached && sameStamp(cached.stamp, stamp)) return cached.sidecar;
    let sidecar: Sidecar | null = null;
    try {
      sidecar = parseSidecar(fs.readFileSync(file, 'utf8')).sidecar;
    } catch {
      sidecar = null;
    }
    if (this.closedCache.size > 1000) this.closedCache.clear();
    this.closedCache.set(file, { stamp, sidecar });
    return sidecar;
  }

  private toSidecar(state: ArticleManual): Sidecar {
    return {
      ...state.meta,
      entries: state.entries.map((le) =>
        le.span
          ? ({ ...le.entry, anchor: makeAnchor(state.text, le.span.start, le.span.end) } as SidecarEntry)
          : le.entry,
      ),
    };
  }

  /**
   * Writes the sidecar: to a temporary file, then renamed over the old one, so that a crash
   * never leaves half a file. A file that could not be read cleanly is copied to
   * `.ann.yaml.bak` first: the annotator's earlier work is never lost.
   */
  private write(state: ArticleManual, serialized: string): void {
    const file = state.sidecarPath;
    if (state.corrupt && fs.existsSync(file)) {
      let backup = `${file}.bak`;
      for (let n = 1; fs.existsSync(backup); n++) backup = `${file}.${n}.bak`;
      fs.copyFileSync(file, backup);
    }
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, serialized, 'utf8');
    fs.renameSync(tmp, file);
    state.corrupt = false;
    state.diskText = serialized;
    state.disk = stampOf(file);
    this.onProblems(file, serialized, []);
  }
}

function stampOf(file: string): DiskStamp | null {
  try {
    const s = fs.statSync(file);
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch {
    return null;
  }
}

function sameStamp(a: DiskStamp | null, b: DiskStamp | null): boolean {
  return a === b || (!!a && !!b && a.mtimeMs === b.mtimeMs && a.size === b.size);
}
