/**
 * The annotators' manual work in the editor: the sidecar of each open article feeds its
 * analysis (so highlights, hovers, outline and exports show the manual decisions), code
 * actions offer each decision at the cursor, and custom requests apply, undo and describe
 * them. Register with one line: `manual.register(ctx)`.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import {
  addEntry,
  describeEntry,
  removeEntries,
  makeAnchor,
  type SidecarEntry,
  type RejectKind,
} from '../../core/sidecar';
import { LineIndex, overlaps } from '../../core/text';
import type { Span } from '../../core/types';
import type { ArticleState } from '../analyses';
import type { ServerContext } from '../context';
import { excerpt, toOffset, toRange, toSeverity } from '../convert';
import { pathToUri } from '../paths';
import { codeActionProviders, type CodeActionProvider } from './codeActions';
import * as diagnostics from './diagnostics';
import {
  ManualApplyRequest,
  ManualContextRequest,
  ManualTagsRequest,
  ManualUndoRequest,
  type ManualContext,
  type ManualDetection,
  type ManualEdit,
  type ManualResult,
} from './manualProtocol';
import { SidecarStore } from './manualStore';

/** Client commands the code actions run (registered by the extension's `manual.ts`). */
export const ManualCommands = {
  apply: 'articleAnnotator.applyManual',
  tag: 'articleAnnotator.tagSelection',
  speaker: 'articleAnnotator.setSpeaker',
  addQuote: 'articleAnnotator.addQuote',
  addDate: 'articleAnnotator.addDate',
  addActor: 'articleAnnotator.addActor',
} as const;

export function register(ctx: ServerContext): SidecarStore {
  const store = new SidecarStore((file, text, problems) => {
    const lines = new LineIndex(text);
    const diags: Diagnostic[] = problems.map((p) => ({
      range: toRange(lines, p),
      severity: toSeverity(p.severity),
      message: p.message,
      code: p.code,
      source: 'article-annotator',
    }));
    void ctx.connection.sendDiagnostics({ uri: pathToUri(file), diagnostics: diags });
  });
  ctx.analyses.sidecars = (file, text, uri) => store.sidecarFor(file, text, uri, !!ctx.documents.get(uri));

  ctx.documents.onDidChangeContent((e) => store.sync(e.document.uri, e.document.getText()));
  ctx.documents.onDidSave((e) => store.saved(e.document.uri, e.document.getText()));
  ctx.documents.onDidClose((e) => store.closed(e.document.uri));

  /** After a decision: analyse again at once, and have the editor repaint. */
  async function refresh(uri: string): Promise<void> {
    ctx.analyses.evict(uri);
    const state = await ctx.article(uri);
    if (state) diagnostics.publishArticle(ctx, state);
    if (ctx.client.semanticTokensRefresh) void ctx.connection.languages.semanticTokens.refresh();
    if (ctx.client.inlayHintRefresh) void ctx.connection.languages.inlayHint.refresh();
  }

  ctx.connection.onRequest(ManualApplyRequest.type, async ({ uri, edit }): Promise<ManualResult> => {
    const state = await ctx.article(uri);
    if (!state || !state.path) return { ok: false, message: 'Not an article saved on disk.', sidecar: null };
    const planned = plan(state, edit, store.entries(uri));
    if (typeof planned === 'string') return { ok: false, message: planned, sidecar: null };
    const done = store.apply(uri, state.path, state.text, planned.description, planned.change);
    if (!done) return { ok: false, message: `Nothing to change: ${planned.description}`, sidecar: null };
    await refresh(uri);
    return { ok: true, message: planned.description, sidecar: done.sidecarPath };
  });

  ctx.connection.onRequest(ManualUndoRequest.type, async ({ uri, redo }): Promise<ManualResult> => {
    const state = await ctx.article(uri);
    if (!state) return { ok: false, message: 'Not an article.', sidecar: null };
    const done = store.undo(uri, !!redo);
    if (!done) return { ok: false, message: redo ? 'Nothing to redo.' : 'No manual decision to undo.', sidecar: null };
    await refresh(uri);
    return { ok: true, message: `${redo ? 'Redone' : 'Undone'}: ${done.description}`, sidecar: done.sidecarPath };
  });

  ctx.connection.onRequest(ManualContextRequest.type, async ({ uri, range }): Promise<ManualContext | null> => {
    const state = await ctx.article(uri);
    if (!state) return null;
    const selection = { start: toOffset(state.lines, range.start), end: toOffset(state.lines, range.end) };
    const quote = quoteAt(state, selection);
    const undo = store.canUndo(uri);
    return {
      labels: state.rules.rules.labels.map((l) => ({ ...l })),
      actors: state.analysis.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, role: a.role })),
      quote: quote
        ? {
            range: toRange(state.lines, quote),
            text: quote.text,
            speaker: state.analysis.actors.find((a) => a.id === quote.speaker)?.name ?? null,
          }
        : null,
      detections: detectionsAt(state, selection),
      entries: store
        .entries(uri)
        .filter((le) => le.span && touches(le.span, selection))
        .map((le) => ({
          action: le.entry.action,
          label: le.entry.action === 'tag' ? le.entry.label : null,
          description: `${describeEntry(le.entry)} «${excerpt(le.entry.anchor.exact, 40)}»`,
          range: le.span ? toRange(state.lines, le.span) : null,
        })),
      selection: state.text.slice(selection.start, selection.end),
      canUndo: undo.undo,
      canRedo: undo.redo,
    };
  });

  ctx.connection.onRequest(ManualTagsRequest.type, async ({ uri }) => {
    const state = await ctx.article(uri);
    if (!state) return null;
    const labels = new Map(state.rules.rules.labels.map((l) => [l.id, l]));
    return {
      version: state.version,
      tags: state.analysis.tags.map((t) => ({
        range: toRange(state.lines, t),
        label: t.label,
        name: labels.get(t.label)?.name ?? t.label,
        color: labels.get(t.label)?.color ?? null,
        note: t.note,
      })),
    };
  });

  codeActionProviders.push(manualCodeActions);
  return store;
}

/** What an edit does to the sidecar, and how the status bar says it. */
interface Plan {
  description: string;
  change: (entries: SidecarEntry[]) => SidecarEntry[];
}

/** Turns the editor's request into a change of the sidecar's entries, or says why it cannot. */
function plan(
  state: ArticleState,
  edit: ManualEdit,
  live: readonly { entry: SidecarEntry; span: Span | null }[],
): Plan | string {
  const { text, lines } = state;
  const raw = { start: toOffset(lines, edit.range.start), end: toOffset(lines, edit.range.end) };
  const selection = trim(text, raw);
  const add = (entry: SidecarEntry, description: string): Plan => ({
    description,
    change: (entries) => addEntry({ published: null, language: null, entries }, entry).entries,
  });
  const anchor = (span: Span) => makeAnchor(text, span.start, span.end);
  const quoted = (span: Span) => `«${excerpt(text.slice(span.start, span.end), 40)}»`;

  switch (edit.op) {
    case 'tag': {
      const span = selection.end > selection.start ? selection : wordAt(text, raw.start);
      if (!span) return 'Select the words to tag.';
      const label = state.rules.rules.labels.find((l) => l.id === edit.label);
      return add(
        { action: 'tag', label: edit.label, anchor: anchor(span), ...(edit.note ? { note: edit.note } : {}) },
        `Tagged ${quoted(span)} as ${label?.name ?? edit.label}`,
      );
    }
    case 'speaker': {
      const quote = quoteAt(state, raw);
      const span = quote ?? (selection.end > selection.start ? selection : null);
      if (!span) return 'Put the cursor in a quote (or select one) to set its speaker.';
      return add(
        { action: 'speaker', speaker: edit.speaker, anchor: anchor(span) },
        `Speaker of ${quoted(span)}: ${edit.speaker ?? 'unknown'}`,
      );
    }
    case 'reject': {
      const found = detectionsAt(state, raw).find((d) => d.kind === edit.kind);
      if (!found) return `No ${edit.kind} here to reject.`;
      const span = { start: toOffset(lines, found.range.start), end: toOffset(lines, found.range.end) };
      const what: Record<RejectKind, string> = {
        quote: 'Not a quote',
        date: 'Not a date',
        actor: 'Not an actor',
        mention: 'Not this actor here',
      };
      return add({ action: 'reject', kind: edit.kind, anchor: anchor(span) }, `${what[edit.kind]}: ${quoted(span)}`);
    }
    case 'addQuote': {
      if (selection.end <= selection.start) return 'Select the quoted words to add a quote.';
      return add(
        {
          action: 'add',
          kind: 'quote',
          anchor: anchor(selection),
          ...(edit.speaker !== undefined ? { speaker: edit.speaker } : {}),
          ...(edit.quoteKind ? { quoteKind: edit.quoteKind } : {}),
        },
        `Added the quote ${quoted(selection)}${edit.speaker ? ` by ${edit.speaker}` : ''}`,
      );
    }
    case 'addDate': {
      if (selection.end <= selection.start) return 'Select the words of the date to add it.';
      return add(
        {
          action: 'add',
          kind: 'date',
          anchor: anchor(selection),
          value: edit.value,
          ...(edit.type ? { dateType: edit.type } : {}),
        },
        `Added the date ${quoted(selection)} = ${edit.value ?? 'no value'}`,
      );
    }
    case 'addActor': {
      const span = selection.end > selection.start ? selection : wordAt(text, raw.start);
      if (!span) return 'Select the name of the actor to add it.';
      return add(
        {
          action: 'add',
          kind: 'actor',
          anchor: anchor(span),
          ...(edit.name ? { name: edit.name } : {}),
          ...(edit.actorKind ? { actorKind: edit.actorKind } : {}),
        },
        `Added the actor ${edit.name ?? text.slice(span.start, span.end)} at ${quoted(span)}`,
      );
    }
    case 'remove': {
      const targets = live.filter(
        (le) =>
          le.span &&
          touches(le.span, raw) &&
          (!edit.action || le.entry.action === edit.action) &&
          (!edit.label || (le.entry.action === 'tag' && le.entry.label === edit.label)),
      );
      if (!targets.length) return 'No manual decision here.';
      const drop = new Set(targets.map((le) => le.entry));
      return {
        description: `Took back ${targets.map((le) => describeEntry(le.entry)).join(', ')}`,
        change: (entries) =>
          removeEntries({ published: null, language: null, entries }, (_e, i) => drop.has(live[i]?.entry)).entries,
      };
    }
  }
}

/** The quote at the cursor or overlapping the selection (its content span). */
function quoteAt(state: ArticleState, sel: Span) {
  return (
    state.analysis.quotes.find((q) => touches({ start: q.open?.start ?? q.start, end: q.close?.end ?? q.end }, sel)) ??
    null
  );
}

/** What can be rejected at the cursor: the quote, the date, the actor and its mention. */
function detectionsAt(state: ArticleState, sel: Span): ManualDetection[] {
  const { analysis, lines } = state;
  const out: ManualDetection[] = [];
  for (const q of analysis.quotes) {
    if (!touches({ start: q.open?.start ?? q.start, end: q.close?.end ?? q.end }, sel)) continue;
    const speaker = analysis.actors.find((a) => a.id === q.speaker)?.name;
    out.push({
      kind: 'quote',
      range: toRange(lines, q),
      text: q.text,
      description: `quote «${excerpt(q.text, 40)}»${speaker ? ` (speaker: ${speaker})` : ''}`,
      origin: q.origin,
    });
  }
  for (const d of analysis.dates) {
    if (!touches(d, sel)) continue;
    out.push({
      kind: 'date',
      range: toRange(lines, d),
      text: d.text,
      description: `date «${d.text}»${d.value ? ` = ${d.value}` : ''}`,
      origin: d.origin,
    });
  }
  for (const a of analysis.actors) {
    for (const m of a.mentions) {
      if (!touches(m, sel)) continue;
      out.push({
        kind: 'actor',
        range: toRange(lines, m),
        text: m.text,
        description: `actor ${a.name} (${a.kind})`,
        origin: a.source === 'manual' ? 'manual' : 'auto',
      });
      out.push({
        kind: 'mention',
        range: toRange(lines, m),
        text: m.text,
        description: `mention «${m.text}» of ${a.name}`,
        origin: m.origin,
      });
    }
  }
  // Innermost first: a date inside a quote is more likely what the cursor is on.
  return out.sort((x, y) => length(lines, x) - length(lines, y));
}

function length(lines: LineIndex, d: ManualDetection): number {
  return toOffset(lines, d.range.end) - toOffset(lines, d.range.start);
}

/** A span and a selection (or a cursor, touching either end) meet. */
function touches(span: Span, sel: Span): boolean {
  if (sel.start === sel.end) return span.start <= sel.start && sel.start <= span.end && span.end > span.start;
  return overlaps(span, sel);
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function wordAt(text: string, offset: number): Span | null {
  let start = offset;
  let end = offset;
  while (start > 0 && /[\p{L}\p{N}’'-]/u.test(text[start - 1])) start--;
  while (end < text.length && /[\p{L}\p{N}’'-]/u.test(text[end])) end++;
  return end > start ? { start, end } : null;
}

/** Code actions at the cursor: set the speaker, reject what is there, tag or add the selection, take a decision back. */
const manualCodeActions: CodeActionProvider = ({ state, selection, params }) => {
  if (!state.path) return [];
  const uri = params.textDocument.uri;
  const actions: CodeAction[] = [];
  const apply = (title: string, edit: ManualEdit): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    command: { title, command: ManualCommands.apply, arguments: [{ uri, edit }] },
  });
  const ask = (title: string, command: string): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    command: { title, command, arguments: [uri, params.range] },
  });
  const quote = quoteAt(state, selection);
  if (quote) actions.push(ask('Set the speaker of this quote…', ManualCommands.speaker));
  for (const d of detectionsAt(state, selection)) {
    const what = { quote: 'Not a quote', date: 'Not a date', actor: 'Not an actor', mention: 'Not this actor here' }[
      d.kind
    ];
    actions.push(apply(`${what}: ${d.description}`, { op: 'reject', kind: d.kind, range: d.range }));
  }
  if (selection.end > selection.start) {
    actions.push(ask('Tag the selection with a label…', ManualCommands.tag));
    actions.push(ask('Add the selection as a quote…', ManualCommands.addQuote));
    actions.push(ask('Add the selection as a date…', ManualCommands.addDate));
    actions.push(ask('Add the selection as an actor…', ManualCommands.addActor));
  }
  return actions;
};
