/** Inlay hints: after each attributed quote, its speaker's name (`— Sergueï Lavrov`). */
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { ArticleState } from '../analyses';
import type { ServerContext } from '../context';
import { toOffset } from '../convert';

/** One hint per quote with a speaker, placed after its closing mark, within `[from, to)`. */
export function speakerHints(state: ArticleState, from = 0, to = Infinity): InlayHint[] {
  const { analysis, lines } = state;
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  const hints: InlayHint[] = [];
  for (const q of analysis.quotes) {
    if (!q.speaker) continue;
    const actor = actors.get(q.speaker);
    if (!actor) continue;
    const offset = q.close?.end ?? q.end;
    if (offset < from || offset > to) continue;
    hints.push({
      position: lines.position(offset),
      label: `— ${actor.name}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: `${q.kind} quote ${q.id}${q.origin === 'manual' ? ', speaker set by hand' : ''}`,
    });
  }
  return hints;
}

export function register(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on(async (params, token) => {
    const state = await ctx.article(params.textDocument.uri);
    if (!state || token.isCancellationRequested || !state.settings.inlayHints.enabled) return [];
    return speakerHints(state, toOffset(state.lines, params.range.start), toOffset(state.lines, params.range.end));
  });
}
