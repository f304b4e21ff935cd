/**
 * Code actions. Each provider looks at the article and the selection and offers actions;
 * the list `codeActionProviders` is the extension point — manual-work actions (set a
 * speaker, reject, tag) are added there as further providers.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { LineIndex } from '../../core/text';
import type { Actor, Span } from '../../core/types';
import type { ArticleState } from '../analyses';
import type { ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import { pathToUri, RULES_FILE_NAME, sameFile, workspaceFolderOf } from '../paths';
import { addActorToRulesText, findRulesFiles } from '../rules';

/** What a provider is asked about: one article, the selection as offsets, and the raw request. */
export interface CodeActionRequest {
  ctx: ServerContext;
  state: ArticleState;
  selection: Span;
  params: CodeActionParams;
}

export type CodeActionProvider = (request: CodeActionRequest) => CodeAction[] | Promise<CodeAction[]>;

/** The smallest single edit turning `before` into `after`, so undo and diffs stay small. */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const lines = new LineIndex(before);
  return {
    range: toRange(lines, { start, end: before.length - end }),
    newText: after.slice(start, after.length - end),
  };
}

/** An edit of a text file that may be open in the editor, or may not exist yet. */
export function fileEdit(ctx: ServerContext, file: string, change: (text: string) => string): WorkspaceEdit | null {
  const uri = pathToUri(file);
  const open = ctx.documents.all().find((d) => sameFile(d.uri, uri));
  let before: string | null = open ? open.getText() : null;
  if (before === null) {
    try {
      before = fs.readFileSync(file, 'utf8');
    } catch {
      before = null;
    }
  }
  if (before === null) {
    if (!ctx.client.createFiles) return null;
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        {
          textDocument: { uri, version: null },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: change('') }],
        },
      ],
    };
  }
  const edit = minimalEdit(before, change(before));
  const target = open?.uri ?? uri;
  if (ctx.client.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: target, version: open?.version ?? null }, edits: [edit] }] };
  }
  return { changes: { [target]: [edit] } };
}

/** "Add <person> to article-rules.yaml" on a person the engine found in the text but no rules file lists. */
export const addToRules: CodeActionProvider = ({ ctx, state, selection }) => {
  if (!state.path) return [];
  const touched = state.analysis.actors.filter(
    (a: Actor) =>
      a.source === 'detected' &&
      a.named &&
      a.mentions.some((m) => m.start <= selection.end && selection.start <= m.end),
  );
  if (!touched.length) return [];
  const root = workspaceFolderOf(state.path, ctx.analyses.folders);
  // The nearest rules file; when there is none, a new one at the workspace folder's root
  // (where "Open Rules File" creates it too), so that it serves every article below.
  const rulesFile =
    findRulesFiles(state.path, root ?? undefined)[0] ?? path.join(root ?? path.dirname(state.path), RULES_FILE_NAME);
  const actions: CodeAction[] = [];
  for (const actor of touched) {
    let edit: WorkspaceEdit | null;
    try {
      edit = fileEdit(ctx, rulesFile, (text) =>
        addActorToRulesText(text, { name: actor.name, kind: actor.kind, role: actor.role, aliases: actor.aliases }),
      );
    } catch {
      // The rules file is not valid YAML right now: an edit would be a guess.
      continue;
    }
    if (!edit) continue;
    actions.push({
      title: `Add ${actor.name} to ${path.basename(rulesFile)}`,
      kind: CodeActionKind.QuickFix,
      edit,
    });
  }
  return actions;
};

/** Every provider, in the order their actions are listed. */
export const codeActionProviders: CodeActionProvider[] = [addToRules];

export function register(ctx: ServerContext): void {
  ctx.connection.onCodeAction(async (params, token) => {
    const state = await ctx.article(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return [];
    const selection = {
      start: toOffset(state.lines, params.range.start),
      end: toOffset(state.lines, params.range.end),
    };
    const actions: CodeAction[] = [];
    for (const provider of codeActionProviders) {
      if (token.isCancellationRequested) break;
      try {
        actions.push(...(await provider({ ctx, state, selection, params })));
      } catch (e) {
        ctx.connection.console.error(`code action provider failed: ${(e as Error).stack ?? e}`);
      }
    }
    return actions;
  });
}
