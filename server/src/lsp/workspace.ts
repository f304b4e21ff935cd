/** The workspace's articles, analysed: open ones from the editor, the others from disk (bounded). */
import * as path from 'node:path';
import type { Cancellation } from '../core/text';
import type { ArticleState } from './analyses';
import type { ServerContext } from './context';
import { uriToPath } from './paths';
import type { ActorSummary, ActorsResult } from './protocol';
import { toRange } from './convert';

/** Every article of the workspace plus the open ones, each analysed once. */
export async function workspaceArticles(
  ctx: ServerContext,
  token?: Cancellation,
): Promise<{ states: ArticleState[]; truncated: boolean }> {
  const { files, truncated } = await ctx.analyses.listArticles(token);
  const states: ArticleState[] = [];
  const seen = new Set<string>();
  for (const doc of ctx.documents.all()) {
    if (ctx.role(doc.uri) !== 'article') continue;
    const state = await ctx.article(doc.uri);
    if (!state) continue;
    states.push(state);
    seen.add(uriToPath(doc.uri) ?? doc.uri);
  }
  for (const file of files) {
    // Let edits, hovers and tokens of open articles through between two files of a long scan.
    await new Promise((resolve) => setImmediate(resolve));
    if (token?.isCancellationRequested) return { states, truncated: true };
    if (seen.has(file)) continue;
    const state = await ctx.analyses.fromDisk(file);
    if (state) states.push(state);
  }
  states.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  return { states, truncated };
}

/** Counts for one article or many: actors with mentions and quotes, quotes and speakers. */
export function summarize(states: ArticleState[], truncated = false): ActorsResult {
  const byId = new Map<string, ActorSummary>();
  let quotes = 0;
  let attributed = 0;
  const speakers = new Set<string>();
  for (const state of states) {
    const { analysis, lines } = state;
    quotes += analysis.quotes.length;
    for (const q of analysis.quotes) {
      if (q.speaker) {
        attributed++;
        speakers.add(q.speaker);
      }
    }
    for (const a of analysis.actors) {
      const quoteCount = analysis.quotes.filter((q) => q.speaker === a.id).length;
      if (a.mentions.length === 0 && quoteCount === 0) continue;
      const first = a.mentions[0];
      const summary = byId.get(a.id) ?? {
        id: a.id,
        name: a.name,
        kind: a.kind,
        role: a.role,
        source: a.source,
        mentions: 0,
        quotes: 0,
        articles: 0,
        location: first ? { uri: state.uri, range: toRange(lines, first) } : null,
      };
      summary.mentions += a.mentions.length;
      summary.quotes += quoteCount;
      summary.articles += 1;
      summary.role ??= a.role;
      byId.set(a.id, summary);
    }
  }
  const actors = [...byId.values()].sort(
    (a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
  return { actors, quotes, attributed, speakers: speakers.size, articles: states.length, truncated };
}

/** A workspace-relative label for an article, for symbol containers. */
export function articleLabel(state: ArticleState, folders: readonly string[]): string {
  if (!state.path) return state.uri;
  for (const f of folders) {
    const rel = path.relative(f, state.path);
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return path.basename(state.path);
}
