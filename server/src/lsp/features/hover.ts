/** Hover: an actor's card, a date's ISO value, a quote's speaker and cue. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { actorCard, dateCard, quoteCard } from '../cards';
import type { ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import { findAt } from '../lookup';

export function register(ctx: ServerContext): void {
  ctx.connection.onHover(async (params, token): Promise<Hover | null> => {
    const state = await ctx.article(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const { analysis, lines } = state;
    const found = findAt(analysis, toOffset(lines, params.position));
    if (!found) return null;
    switch (found.kind) {
      case 'actor':
        return {
          contents: {
            kind: MarkupKind.Markdown,
            value: actorCard(found.actor, analysis, lines, state.rules.rules.actors),
          },
          range: toRange(lines, found.span),
        };
      case 'date':
        return {
          contents: { kind: MarkupKind.Markdown, value: dateCard(found.date, analysis.language) },
          range: toRange(lines, found.date),
        };
      case 'quote':
        return {
          contents: { kind: MarkupKind.Markdown, value: quoteCard(found.quote, analysis) },
          range: toRange(lines, found.quote),
        };
    }
  });
}
