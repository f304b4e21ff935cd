/**
 * The messages of the annotators' manual work (tag, set a speaker, reject, add, undo),
 * declared once for the server and the client. Imports protocol types only.
 */
import { RequestType } from 'vscode-languageserver-protocol';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** One decision the annotator makes in the editor. Ranges are LSP ranges in the article. */
export type ManualEdit =
  | { op: 'tag'; range: LspRange; label: string; note?: string | null }
  | { op: 'speaker'; range: LspRange; speaker: string | null }
  | { op: 'reject'; range: LspRange; kind: 'quote' | 'date' | 'actor' | 'mention' }
  | {
      op: 'addQuote';
      range: LspRange;
      speaker?: string | null;
      quoteKind?: 'direct' | 'partial' | 'block' | 'scare';
    }
  | { op: 'addDate'; range: LspRange; value: string | null; type?: 'date' | 'time' | 'duration' | 'set' }
  | { op: 'addActor'; range: LspRange; name?: string; actorKind?: 'person' | 'organization' | 'place' }
  /** Takes back the manual entries at the range (all, or one action). */
  | { op: 'remove'; range: LspRange; action?: 'speaker' | 'reject' | 'add' | 'tag'; label?: string };

export interface ManualApplyParams {
  /** The article. */
  uri: string;
  edit: ManualEdit;
}

export interface ManualResult {
  ok: boolean;
  /** For the status bar: what was done ("Tagged “…” as Claim"), or why nothing was. */
  message: string;
  /** The sidecar file written, when one was. */
  sidecar: string | null;
}

/** Applies one manual decision: stored in the sidecar at once (atomically), undoable. */
export const ManualApplyRequest = {
  method: 'articleAnnotator/manual/apply',
  type: new RequestType<ManualApplyParams, ManualResult, void>('articleAnnotator/manual/apply'),
} as const;

export interface ManualUndoParams {
  uri: string;
  /** True to redo what was last undone. */
  redo?: boolean;
}

/** Takes back (or redoes) the last manual decision on an article. */
export const ManualUndoRequest = {
  method: 'articleAnnotator/manual/undo',
  type: new RequestType<ManualUndoParams, ManualResult, void>('articleAnnotator/manual/undo'),
} as const;

export interface ManualContextParams {
  uri: string;
  range: LspRange;
}

/** Something the engine (or the annotator) found at the cursor, which can be rejected. */
export interface ManualDetection {
  kind: 'quote' | 'date' | 'actor' | 'mention';
  range: LspRange;
  text: string;
  /** For people: "quote «…» (speaker: Sergueï Lavrov)", "date mardi = 2025-02-18". */
  description: string;
  origin: 'auto' | 'manual';
}

/** A manual entry at the cursor, which can be taken back. */
export interface ManualEntrySummary {
  action: 'speaker' | 'reject' | 'add' | 'tag';
  label: string | null;
  description: string;
  range: LspRange | null;
}

export interface ManualContext {
  /** The team's labels (rules file), for the tag quick pick. */
  labels: { id: string; name: string; color: string | null; description: string | null }[];
  /** The article's actors, for the speaker quick pick. */
  actors: { id: string; name: string; kind: string; role: string | null }[];
  /** The quote under the cursor, if any. */
  quote: { range: LspRange; text: string; speaker: string | null } | null;
  detections: ManualDetection[];
  entries: ManualEntrySummary[];
  /** The selected text. */
  selection: string;
  canUndo: boolean;
  canRedo: boolean;
}

/** What the client's quick picks need to offer at the cursor. */
export const ManualContextRequest = {
  method: 'articleAnnotator/manual/context',
  type: new RequestType<ManualContextParams, ManualContext | null, void>('articleAnnotator/manual/context'),
} as const;

export interface ManualTagsParams {
  uri: string;
}

export interface ManualTag {
  range: LspRange;
  label: string;
  name: string;
  /** The label's colour from the rules file (`#d19a66`), or null. */
  color: string | null;
  note: string | null;
}

/** The article's tags with their labels' colours, for the client's decorations. */
export const ManualTagsRequest = {
  method: 'articleAnnotator/manual/tags',
  type: new RequestType<ManualTagsParams, { version: number; tags: ManualTag[] } | null, void>(
    'articleAnnotator/manual/tags',
  ),
} as const;
