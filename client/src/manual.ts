/**
 * The annotators' manual work, VS Code side: one command (and keybinding) per decision —
 * tag, set the speaker, reject, add, take back, undo, redo — with quick picks fed by the
 * server, and the tags painted in their label's colour. The decisions themselves live in
 * the server (the sidecar `<article>.ann.yaml`); this file only asks and shows.
 *
 * Undo: a manual decision is not an edit of the article, so Ctrl+Z in the article undoes
 * typing only; "Undo Manual Decision" (Ctrl+Alt+Z) undoes the last decision.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ManualApplyRequest,
  ManualContextRequest,
  ManualTagsRequest,
  ManualUndoRequest,
  type ManualContext,
  type ManualEdit,
  type ManualResult,
  type ManualTag,
} from '../../server/src/lsp/features/manualProtocol';
import type { ClientHolder } from './extension';

type LspRange = ManualEdit['range'];

/** The command ids, as package.json contributes them. */
export const MANUAL_COMMANDS = {
  apply: 'articleAnnotator.applyManual',
  tag: 'articleAnnotator.tagSelection',
  speaker: 'articleAnnotator.setSpeaker',
  reject: 'articleAnnotator.rejectDetection',
  addQuote: 'articleAnnotator.addQuote',
  addDate: 'articleAnnotator.addDate',
  addActor: 'articleAnnotator.addActor',
  remove: 'articleAnnotator.removeManual',
  undo: 'articleAnnotator.undoManual',
  redo: 'articleAnnotator.redoManual',
} as const;

/** Where a command acts: the document and range given (by a code action or a test), else the active editor's selection. */
interface Target {
  client: LanguageClient;
  uri: string;
  range: LspRange;
  document: vscode.TextDocument;
}

/** Registers the manual-work commands and the tag decorations; returns what to dispose. */
export function registerManualActions(holder: ClientHolder): vscode.Disposable {
  const tags = new TagDecorations(holder);
  const disposables: vscode.Disposable[] = [tags];

  async function target(uriArg?: unknown, rangeArg?: unknown): Promise<Target | undefined> {
    const client = await holder.ready();
    let document: vscode.TextDocument | undefined;
    let range: LspRange | undefined;
    if (typeof uriArg === 'string' || uriArg instanceof vscode.Uri) {
      const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg;
      document = await vscode.workspace.openTextDocument(uri);
      if (isRange(rangeArg)) range = rangeArg;
    }
    const editor = vscode.window.activeTextEditor;
    if (!document && editor) document = editor.document;
    if (!document) {
      void vscode.window.showInformationMessage('Article Annotator: open an article first.');
      return undefined;
    }
    if (!range) {
      const selection =
        vscode.window.visibleTextEditors.find((e) => e.document === document)?.selection ??
        new vscode.Selection(0, 0, 0, 0);
      range = client.code2ProtocolConverter.asRange(selection);
    }
    return { client, uri: client.code2ProtocolConverter.asUri(document.uri), range, document };
  }

  /**
   * The speaker a command was given (`null`: unknown), else the one the annotator picks among
   * the article's actors once `ready` says the cursor or selection is where it should be;
   * undefined when there is none to apply.
   */
  async function speakerFor(
    t: Target,
    given: unknown,
    ready: (ctx: ManualContext) => boolean,
    hint: string,
  ): Promise<string | null | undefined> {
    if (typeof given === 'string' || given === null) return given;
    const ctx = await context(t);
    if (!ctx) return undefined;
    if (!ready(ctx)) {
      void vscode.window.showInformationMessage(`Article Annotator: ${hint}`);
      return undefined;
    }
    return pickSpeaker(ctx);
  }

  async function context(t: Target): Promise<ManualContext | undefined> {
    const ctx = await t.client.sendRequest(ManualContextRequest.type, { uri: t.uri, range: t.range });
    if (!ctx) void vscode.window.showInformationMessage('Article Annotator: this file is not an article.');
    return ctx ?? undefined;
  }

  async function apply(t: Target, edit: ManualEdit): Promise<ManualResult> {
    if (t.document.isUntitled) {
      const message = 'Save the article first: manual decisions are stored next to it.';
      void vscode.window.showWarningMessage(`Article Annotator: ${message}`);
      return { ok: false, message, sidecar: null };
    }
    const result = await t.client.sendRequest(ManualApplyRequest.type, { uri: t.uri, edit });
    report(result, true);
    await tags.update(t.document);
    return result;
  }

  const command = (id: string, run: (...args: unknown[]) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (e) {
        void vscode.window.showErrorMessage(`Article Annotator: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    });

  disposables.push(
    command(MANUAL_COMMANDS.apply, async (arg) => {
      const { uri, edit } = (arg ?? {}) as { uri?: string; edit?: ManualEdit };
      const t = await target(uri, edit?.range);
      return t && edit ? apply(t, edit) : undefined;
    }),

    // tagSelection(uri?, range?, label?): without a label, a quick pick of the rules file's labels.
    command(MANUAL_COMMANDS.tag, async (uri, range, labelArg) => {
      const t = await target(uri, range);
      if (!t) return;
      let label = typeof labelArg === 'string' ? labelArg : undefined;
      if (!label) {
        const ctx = await context(t);
        if (!ctx) return;
        const items: (vscode.QuickPickItem & { id: string })[] = ctx.labels.map((l) => ({
          id: l.id,
          label: l.name,
          description: l.id,
          detail: l.description ?? undefined,
        }));
        items.push({ id: '', label: '$(add) Another label…', description: 'not in the rules file' });
        const picked = await vscode.window.showQuickPick(items, {
          title: `Tag «${short(ctx.selection)}»`,
          placeHolder: ctx.labels.length ? 'Label' : 'The rules file defines no labels: type one',
        });
        if (!picked) return;
        label = picked.id || (await vscode.window.showInputBox({ title: 'Label id', placeHolder: 'claim' }));
      }
      return label ? apply(t, { op: 'tag', range: t.range, label }) : undefined;
    }),

    // setSpeaker(uri?, range?, name?): `null` for "speaker unknown"; without, a quick pick of the article's actors.
    command(MANUAL_COMMANDS.speaker, async (uri, range, nameArg) => {
      const t = await target(uri, range);
      if (!t) return;
      const speaker = await speakerFor(
        t,
        nameArg,
        (ctx) => !!ctx.quote || !!ctx.selection.trim(),
        'put the cursor in a quote first.',
      );
      if (speaker === undefined) return;
      return apply(t, { op: 'speaker', range: t.range, speaker });
    }),

    command(MANUAL_COMMANDS.reject, async (uri, range, kindArg) => {
      const t = await target(uri, range);
      if (!t) return;
      const ctx = await context(t);
      if (!ctx) return;
      const choices = ctx.detections.filter((d) => !kindArg || d.kind === kindArg);
      if (!choices.length) {
        void vscode.window.showInformationMessage('Article Annotator: nothing detected here to reject.');
        return;
      }
      const what = { quote: 'Not a quote', date: 'Not a date', actor: 'Not an actor', mention: 'Not this actor here' };
      const picked =
        choices.length === 1 && kindArg
          ? { detection: choices[0] }
          : await vscode.window.showQuickPick(
              choices.map((d) => ({ label: what[d.kind], description: d.description, detection: d })),
              { title: 'Reject a detection' },
            );
      if (!picked) return;
      return apply(t, { op: 'reject', kind: picked.detection.kind, range: picked.detection.range });
    }),

    // addQuote(uri?, range?, speaker?): the selection is the quote's words.
    command(MANUAL_COMMANDS.addQuote, async (uri, range, speakerArg) => {
      const t = await target(uri, range);
      if (!t) return;
      const speaker = await speakerFor(
        t,
        speakerArg,
        (ctx) => !!ctx.selection.trim(),
        'select the quoted words first.',
      );
      if (speaker === undefined) return;
      return apply(t, { op: 'addQuote', range: t.range, speaker });
    }),

    // addDate(uri?, range?, value?): the selection is the date's words; the value is ISO 8601.
    command(MANUAL_COMMANDS.addDate, async (uri, range, valueArg) => {
      const t = await target(uri, range);
      if (!t) return;
      let value = typeof valueArg === 'string' ? valueArg : undefined;
      if (value === undefined) {
        const selected = t.document.getText(t.client.protocol2CodeConverter.asRange(t.range)).trim();
        if (!selected) {
          void vscode.window.showInformationMessage('Article Annotator: select the words of the date first.');
          return;
        }
        value = await vscode.window.showInputBox({
          title: `The value of «${short(selected)}»`,
          prompt: 'ISO 8601: 2025-02-18, 2025-02, 2025, 2025-W08, P3Y, T15:00 — empty for none',
          validateInput: (v) =>
            !v.trim() ||
            /^(\d{4}(-\d{2}(-\d{2})?|-W\d{2})?|P[\dYMWDTHS.]+|T\d{2}(:\d{2})?|\d{4}-\d{2}-\d{2}T\d{2}:\d{2})$/.test(
              v.trim(),
            )
              ? undefined
              : 'Not an ISO 8601 value',
        });
        if (value === undefined) return;
      }
      return apply(t, { op: 'addDate', range: t.range, value: value.trim() || null });
    }),

    // addActor(uri?, range?, name?, kind?): the selection is a mention of the actor.
    command(MANUAL_COMMANDS.addActor, async (uri, range, nameArg, kindArg) => {
      const t = await target(uri, range);
      if (!t) return;
      const selected = t.document.getText(t.client.protocol2CodeConverter.asRange(t.range)).trim();
      let name = typeof nameArg === 'string' ? nameArg : undefined;
      let actorKind = kindArg as 'person' | 'organization' | 'place' | undefined;
      if (name === undefined) {
        name = await vscode.window.showInputBox({
          title: 'Actor name',
          prompt: 'The name the exports use (the selection is one mention of it)',
          value: selected,
        });
        if (name === undefined) return;
      }
      if (!actorKind) {
        const picked = await vscode.window.showQuickPick(
          [
            { label: 'person', actorKind: 'person' as const },
            { label: 'organization', actorKind: 'organization' as const },
            { label: 'place', actorKind: 'place' as const },
          ],
          { title: `${name || selected} is a…` },
        );
        if (!picked) return;
        actorKind = picked.actorKind;
      }
      return apply(t, { op: 'addActor', range: t.range, name: name.trim() || undefined, actorKind });
    }),

    command(MANUAL_COMMANDS.remove, async (uri, range) => {
      const t = await target(uri, range);
      if (!t) return;
      const ctx = await context(t);
      if (!ctx) return;
      if (!ctx.entries.length) {
        void vscode.window.showInformationMessage('Article Annotator: no manual decision here.');
        return;
      }
      const picked =
        ctx.entries.length === 1
          ? { entry: ctx.entries[0] }
          : await vscode.window.showQuickPick(
              ctx.entries.map((e) => ({ label: e.description, entry: e })),
              { title: 'Take back a manual decision' },
            );
      if (!picked?.entry.range) return;
      return apply(t, {
        op: 'remove',
        range: picked.entry.range,
        action: picked.entry.action,
        ...(picked.entry.label ? { label: picked.entry.label } : {}),
      });
    }),

    command(MANUAL_COMMANDS.undo, async (uri) => undo(await target(uri), false)),
    command(MANUAL_COMMANDS.redo, async (uri) => undo(await target(uri), true)),
  );

  async function undo(t: Target | undefined, redo: boolean): Promise<ManualResult | undefined> {
    if (!t) return undefined;
    const result = await t.client.sendRequest(ManualUndoRequest.type, { uri: t.uri, redo });
    report(result, false);
    await tags.update(t.document);
    return result;
  }

  return vscode.Disposable.from(...disposables);
}

/** A quick pick of the article's actors, "speaker unknown", or a new name; undefined when cancelled. */
async function pickSpeaker(ctx: ManualContext): Promise<string | null | undefined> {
  type Item = vscode.QuickPickItem & { value: string | null | 'new' };
  const items: Item[] = [
    { label: '$(add) New name…', value: 'new', alwaysShow: true },
    { label: '$(question) Speaker unknown', value: null, alwaysShow: true },
    ...ctx.actors
      .filter((a) => a.kind !== 'place')
      .map((a) => ({ label: a.name, description: [a.kind, a.role].filter(Boolean).join(' · '), value: a.name })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: ctx.quote ? `Who said «${short(ctx.quote.text)}»?` : 'Speaker',
    placeHolder: ctx.quote?.speaker ? `Now: ${ctx.quote.speaker}` : 'Now: no speaker',
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  if (picked.value !== 'new') return picked.value;
  const name = await vscode.window.showInputBox({ title: 'Speaker name', placeHolder: 'Prénom Nom' });
  return name?.trim() ? name.trim() : undefined;
}

function report(result: ManualResult, withUndoHint: boolean): void {
  if (result.ok) {
    vscode.window.setStatusBarMessage(`$(check) ${result.message}${withUndoHint ? ' — Undo: Ctrl+Alt+Z' : ''}`, 6000);
  } else {
    void vscode.window.showInformationMessage(`Article Annotator: ${result.message}`);
  }
}

function short(text: string, max = 50): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function isRange(v: unknown): v is LspRange {
  const r = v as LspRange | undefined;
  return !!r && typeof r.start?.line === 'number' && typeof r.end?.character === 'number';
}

/** Paints each tag in its label's colour (from the rules file), with the label on hover. */
class TagDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly holder: ClientHolder) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => void this.update(e.document))),
      vscode.workspace.onDidChangeTextDocument((e) => this.later(e.document)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.update(d)),
    );
    holder.onStarted(() => vscode.window.visibleTextEditors.forEach((e) => void this.update(e.document)));
  }

  private later(document: vscode.TextDocument): void {
    if (!vscode.window.visibleTextEditors.some((e) => e.document === document)) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(document), 300);
  }

  private typeFor(color: string | null): vscode.TextEditorDecorationType {
    const key = color ?? '';
    let type = this.types.get(key);
    if (!type) {
      type = color
        ? vscode.window.createTextEditorDecorationType({
            backgroundColor: withAlpha(color, 0.22),
            borderWidth: '0 0 2px 0',
            borderStyle: 'solid',
            borderColor: color,
            overviewRulerColor: color,
            overviewRulerLane: vscode.OverviewRulerLane.Left,
          })
        : vscode.window.createTextEditorDecorationType({
            backgroundColor: new vscode.ThemeColor('editor.wordHighlightStrongBackground'),
            borderWidth: '0 0 2px 0',
            borderStyle: 'dashed',
            borderColor: new vscode.ThemeColor('editorInfo.foreground'),
          });
      this.types.set(key, type);
    }
    return type;
  }

  async update(document: vscode.TextDocument): Promise<void> {
    const client = this.holder.current;
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === document);
    if (!client || !editors.length || document.uri.scheme !== 'file') return;
    if (!vscode.languages.match((client.clientOptions.documentSelector ?? []) as vscode.DocumentSelector, document)) {
      return;
    }
    let result: { version: number; tags: ManualTag[] } | null;
    try {
      result = await client.sendRequest(ManualTagsRequest.type, {
        uri: client.code2ProtocolConverter.asUri(document.uri),
      });
    } catch {
      return;
    }
    const byColor = new Map<string, vscode.DecorationOptions[]>();
    for (const tag of result?.tags ?? []) {
      const key = tag.color ?? '';
      const hover = new vscode.MarkdownString(`**Tag:** ${tag.name} (\`${tag.label}\`) · set by hand`);
      if (tag.note) hover.appendMarkdown(`\n\n${tag.note.replace(/([\\`*_[\]<>])/g, '\\$1')}`);
      const list = byColor.get(key) ?? [];
      list.push({ range: client.protocol2CodeConverter.asRange(tag.range), hoverMessage: hover });
      byColor.set(key, list);
      this.typeFor(tag.color);
    }
    for (const editor of editors) {
      for (const [key, type] of this.types) editor.setDecorations(type, byColor.get(key) ?? []);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const t of this.types.values()) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** `#d19a66` → `rgba(209, 154, 102, 0.22)`; other CSS colours are used as they are. */
function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return color;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
