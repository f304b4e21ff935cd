/** Workspace symbols: the actors of every article of the workspace, one entry per article they appear in. */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { fold } from '../../core/text';
import type { Actor } from '../../core/types';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { articleLabel, workspaceArticles } from '../workspace';

const KIND: Record<Actor['kind'], SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Module,
  place: SymbolKind.Namespace,
};
const MAX_RESULTS = 1000;

/** True when every character of the query appears in order in the name (folded), as editors filter. */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = fold(query).replace(/\s+/g, '');
  if (!q) return true;
  const n = fold(name);
  let i = 0;
  for (const c of n) if (c === q[i]) i++;
  return i === q.length;
}

export function register(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol(async (params, token) => {
    const { states } = await workspaceArticles(ctx, token);
    const out: SymbolInformation[] = [];
    for (const state of states) {
      for (const a of state.analysis.actors) {
        if (
          !a.mentions.length ||
          !(fuzzyMatch(params.query, a.name) || a.aliases.some((x) => fuzzyMatch(params.query, x)))
        )
          continue;
        out.push({
          name: a.name,
          kind: KIND[a.kind],
          location: { uri: state.uri, range: toRange(state.lines, a.mentions[0]) },
          containerName: articleLabel(state, ctx.analyses.folders),
        });
        if (out.length >= MAX_RESULTS) return out;
      }
    }
    return out;
  });
}
