/**
 * Inlay hints: after each attributed quote, its speaker's name (`— Sergueï Lavrov`).
 * Hovering the hint shows the speaker's card, as hovering the name in the text does.
 */
import { InlayHintKind, MarkupKind, type InlayHint } from 'vscode-languageserver';
import type { ArticleState } from '../analyses';
import { actorCard } from '../cards';
import type { ServerContext } from '../context';
import { toOffset } from '../convert';

/** One hint per quote with a speaker, placed after its closing mark, within `[from, to]`. */
export function speakerHints(state: ArticleState, from = 0, to = Infinity): InlayHint[] {
  const { analysis, lines } = state;
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  const cards = new Map<string, string>();
  const hints: InlayHint[] = [];
  for (const q of analysis.quotes) {
    if (!q.speaker) continue;
    const actor = actors.get(q.speaker);
    if (!actor) continue;
    const offset = q.close?.end ?? q.end;
    if (offset < from || offset > to) continue;
    // A byline right after the quote (`«…» Sergueï Lavrov`) already names the speaker.
    const bylineAt = (start: number) =>
      start >= offset && /^[\s,\u00a0\u202f—–-]{0,3}$/.test(state.text.slice(offset, start));
    if ((q.speakerMention && bylineAt(q.speakerMention.start)) || actor.mentions.some((m) => bylineAt(m.start)))
      continue;
    let card = cards.get(actor.id);
    if (card === undefined) {
      card = actorCard(actor, analysis, lines, state.rules.rules.actors);
      cards.set(actor.id, card);
    }
    const how = `*${q.kind} quote ${q.id}${q.origin === 'manual' ? ', speaker set by hand' : ''}*`;
    hints.push({
      position: lines.position(offset),
      label: `— ${actor.name}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: { kind: MarkupKind.Markdown, value: `${how}\n\n${card}` },
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
