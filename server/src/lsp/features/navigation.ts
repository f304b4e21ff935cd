/**
 * Go to definition (an actor's entry in the rules file), find references (its mentions),
 * and document highlights: the cursor on an actor lights up all its mentions; the cursor in
 * a quote lights up who said it and the words that say so.
 */
import * as fs from 'node:fs';
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import { LineIndex } from '../../core/text';
import type { Actor, Span } from '../../core/types';
import type { ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import { findAt } from '../lookup';
import { pathToUri, sameFile } from '../paths';

/** Where the rules define an actor, reading the rules file from the editor when it is open. */
export function definitionLocation(ctx: ServerContext, actor: Actor): Location | null {
  const def = actor.definition;
  if (!def || def.file.startsWith('builtin:')) return null;
  const uri = pathToUri(def.file);
  const open = ctx.documents.all().find((d) => sameFile(d.uri, uri));
  let text: string;
  if (open) text = open.getText();
  else {
    try {
      text = fs.readFileSync(def.file, 'utf8');
    } catch {
      return null;
    }
  }
  return { uri: open?.uri ?? uri, range: toRange(new LineIndex(text), { start: def.start, end: def.end }) };
}

/**
 * Every place the article names an actor: its mentions. Pronouns that name a speaker
 * (`a-t-il ajouté`) are not mentions, as in the export, so they are not listed.
 */
export function mentionSpans(actor: Actor): Span[] {
  return actor.mentions.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start);
}

export function register(ctx: ServerContext): void {
  ctx.connection.onDefinition(async (params, token) => {
    const state = await ctx.article(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const found = findAt(state.analysis, toOffset(state.lines, params.position));
    if (found?.kind !== 'actor') return null;
    const def = definitionLocation(ctx, found.actor);
    if (def) return def;
    // An actor found in the text is defined where the article first names it.
    const first = mentionSpans(found.actor)[0];
    return first ? { uri: state.uri, range: toRange(state.lines, first) } : null;
  });

  ctx.connection.onReferences(async (params, token) => {
    const state = await ctx.article(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const found = findAt(state.analysis, toOffset(state.lines, params.position));
    if (found?.kind !== 'actor') return null;
    const out: Location[] = mentionSpans(found.actor).map((s) => ({
      uri: state.uri,
      range: toRange(state.lines, s),
    }));
    if (params.context.includeDeclaration) {
      const def = definitionLocation(ctx, found.actor);
      if (def) out.unshift(def);
    }
    return out;
  });

  ctx.connection.onDocumentHighlight(async (params, token): Promise<DocumentHighlight[] | null> => {
    const state = await ctx.article(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const found = findAt(state.analysis, toOffset(state.lines, params.position));
    if (!found || found.kind === 'date') return null;
    if (found.kind === 'actor') {
      return mentionSpans(found.actor).map((s) => ({
        range: toRange(state.lines, s),
        kind: DocumentHighlightKind.Read,
      }));
    }
    const q = found.quote;
    const out: DocumentHighlight[] = [{ range: toRange(state.lines, q), kind: DocumentHighlightKind.Text }];
    if (q.speakerMention)
      out.push({ range: toRange(state.lines, q.speakerMention), kind: DocumentHighlightKind.Write });
    if (q.cue) out.push({ range: toRange(state.lines, q.cue), kind: DocumentHighlightKind.Read });
    return out;
  });
}
