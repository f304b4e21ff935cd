/**
 * The outline: quotes grouped by speaker, then the dates, then the actors. Groups span
 * their children, so the outline follows the cursor.
 */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { Actor } from '../../core/types';
import type { ArticleState } from '../analyses';
import type { ServerContext } from '../context';
import { excerpt, toRange } from '../convert';

const ACTOR_SYMBOL: Record<Actor['kind'], SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Module,
  place: SymbolKind.Namespace,
};

function group(name: string, kind: SymbolKind, children: DocumentSymbol[], detail?: string): DocumentSymbol | null {
  if (!children.length) return null;
  let start = children[0].range.start;
  let end = children[0].range.end;
  for (const c of children) {
    if (
      c.range.start.line < start.line ||
      (c.range.start.line === start.line && c.range.start.character < start.character)
    )
      start = c.range.start;
    if (c.range.end.line > end.line || (c.range.end.line === end.line && c.range.end.character > end.character))
      end = c.range.end;
  }
  const range = { start, end };
  return { name, detail, kind, range, selectionRange: children[0].selectionRange, children };
}

/** The hierarchical outline of an article. */
export function outline(state: ArticleState): DocumentSymbol[] {
  const { analysis, lines } = state;
  const bySpeaker = new Map<string | null, DocumentSymbol[]>();
  for (const q of analysis.quotes) {
    const range = toRange(lines, { start: q.open?.start ?? q.start, end: q.close?.end ?? q.end });
    const key = q.kind === 'scare' ? null : q.speaker;
    const list = bySpeaker.get(key) ?? [];
    list.push({
      name: `«${excerpt(q.text, 50)}»`,
      detail: q.kind,
      kind: SymbolKind.String,
      range,
      selectionRange: toRange(lines, q),
    });
    bySpeaker.set(key, list);
  }
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  const quoteGroups: DocumentSymbol[] = [];
  for (const [speaker, quotes] of bySpeaker) {
    const name = speaker ? (actors.get(speaker)?.name ?? speaker) : 'No speaker';
    const g = group(name, SymbolKind.Class, quotes, `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`);
    if (g) quoteGroups.push(g);
  }
  quoteGroups.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );

  const dates = analysis.dates.map<DocumentSymbol>((d) => ({
    name: d.text,
    detail: d.value ?? d.type,
    kind: SymbolKind.Event,
    range: toRange(lines, d),
    selectionRange: toRange(lines, d),
  }));
  const actorSymbols = analysis.actors
    .filter((a) => a.mentions.length > 0)
    .map<DocumentSymbol>((a) => {
      const children = a.mentions.map<DocumentSymbol>((m) => ({
        name: m.text,
        kind: SymbolKind.Field,
        range: toRange(lines, m),
        selectionRange: toRange(lines, m),
      }));
      return group(a.name, ACTOR_SYMBOL[a.kind], children, a.role ?? a.kind) as DocumentSymbol;
    });

  const out: DocumentSymbol[] = [];
  const quotesGroup = group('Quotes', SymbolKind.Namespace, quoteGroups, `${analysis.quotes.length}`);
  const datesGroup = group('Dates', SymbolKind.Namespace, dates, `${dates.length}`);
  const actorsGroup = group('Actors', SymbolKind.Namespace, actorSymbols, `${actorSymbols.length}`);
  for (const g of [quotesGroup, datesGroup, actorsGroup]) if (g) out.push(g);
  return out;
}

/** For clients without hierarchical outlines: the same symbols, flat, with their container. */
function flat(uri: string, symbols: DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.selectionRange }, containerName: container },
    ...flat(uri, s.children ?? [], s.name),
  ]);
}

export function register(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(async (params, token) => {
    const state = await ctx.article(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return [];
    const symbols = outline(state);
    return ctx.client.hierarchicalSymbols ? symbols : flat(state.uri, symbols);
  });
}
