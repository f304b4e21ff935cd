/** Semantic tokens, full, delta and range: one builder per document, so deltas diff against the last result. */
import { SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toOffset } from '../convert';
import { articleTokens, tokenModifiers, tokenTypes, type ArticleToken } from '../tokens';

/** The legend announced at initialization; token indices refer to it. */
export const legend: SemanticTokensLegend = { tokenTypes: [...tokenTypes], tokenModifiers: [...tokenModifiers] };

function push(builder: SemanticTokensBuilder, tokens: ArticleToken[]): void {
  for (const t of tokens) builder.push(t.line, t.character, t.length, t.type, t.modifiers);
}

export function register(ctx: ServerContext): void {
  const builders = new Map<string, SemanticTokensBuilder>();
  ctx.documents.onDidClose((e) => builders.delete(e.document.uri));

  ctx.connection.languages.semanticTokens.on(async (params) => {
    const state = await ctx.article(params.textDocument.uri);
    // The builder is touched only after the last await, so concurrent requests cannot interleave.
    const builder = new SemanticTokensBuilder();
    builders.set(params.textDocument.uri, builder);
    if (state) push(builder, articleTokens(state.analysis, state.lines));
    return builder.build();
  });

  ctx.connection.languages.semanticTokens.onDelta(async (params) => {
    const state = await ctx.article(params.textDocument.uri);
    let builder = builders.get(params.textDocument.uri);
    if (!builder) {
      builder = new SemanticTokensBuilder();
      builders.set(params.textDocument.uri, builder);
    } else builder.previousResult(params.previousResultId);
    if (state) push(builder, articleTokens(state.analysis, state.lines));
    return builder.buildEdits();
  });

  ctx.connection.languages.semanticTokens.onRange(async (params) => {
    const builder = new SemanticTokensBuilder();
    const state = await ctx.article(params.textDocument.uri);
    if (state) {
      const range = { start: toOffset(state.lines, params.range.start), end: toOffset(state.lines, params.range.end) };
      push(builder, articleTokens(state.analysis, state.lines, range));
    }
    return builder.build();
  });
}
