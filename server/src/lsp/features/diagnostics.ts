/**
 * Diagnostics, pushed: an article's problems (unbalanced quote marks, quotes without a
 * speaker at the configured severity, orphaned manual entries) and a rules file's problems
 * as it is typed.
 */
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { LineIndex } from '../../core/text';
import type { ArticleState } from '../analyses';
import type { ServerContext } from '../context';
import { toRange, toSeverity } from '../convert';
import { checkRulesText } from '../rules';
import { pathToUri, uriToPath } from '../paths';

const SOURCE = 'article-annotator';

/** The diagnostics of an analysed article, with the severity settings applied. */
export function articleDiagnostics(state: ArticleState): Diagnostic[] {
  const out: Diagnostic[] = [];
  const quoteWithoutSpeaker = state.settings.diagnostics.quoteWithoutSpeaker;
  for (const p of state.analysis.problems) {
    let severity = p.severity;
    if (p.code === 'quote-without-speaker') {
      if (quoteWithoutSpeaker === 'off') continue;
      severity = quoteWithoutSpeaker;
    }
    out.push({
      range: toRange(state.lines, p),
      severity: toSeverity(severity),
      message: p.message,
      code: p.code,
      source: SOURCE,
    });
  }
  const broken = state.rules.problems.filter((p) => p.severity === 'error');
  if (broken.length) {
    // The rules in force could not all be read: say so where the annotator looks, once.
    const first = broken[0];
    const name = path.basename(first.file || 'article-rules.yaml');
    out.unshift({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: toSeverity('warning'),
      message:
        `${name} has ${broken.length} error${broken.length === 1 ? '' : 's'} ` +
        `(line ${first.line + 1}: ${first.message}); the last rules that loaded are used.`,
      code: 'rules-broken',
      source: SOURCE,
      relatedInformation: first.file
        ? [
            {
              location: {
                uri: pathToUri(first.file),
                range: {
                  start: { line: first.line, character: first.column },
                  end: { line: first.line, character: first.column },
                },
              },
              message: first.message,
            },
          ]
        : undefined,
    });
  }
  return out;
}

/** The diagnostics of a rules file's text: YAML and schema errors, duplicates, `extends` problems. */
export function rulesDiagnostics(uri: string, text: string): Diagnostic[] {
  const file = uriToPath(uri) ?? uri;
  const lines = new LineIndex(text);
  return checkRulesText(file, text)
    .filter((p) => !p.file || path.resolve(p.file) === path.resolve(file))
    .map((p) => ({
      range: toRange(lines, { start: p.start, end: Math.max(p.end, p.start) }),
      severity: toSeverity(p.severity),
      message: p.message,
      code: p.code,
      source: SOURCE,
    }));
}

/** Pushes an article's diagnostics, tagged with the version they were computed for. */
export function publishArticle(ctx: ServerContext, state: ArticleState): void {
  void ctx.connection.sendDiagnostics({
    uri: state.uri,
    version: state.version,
    diagnostics: articleDiagnostics(state),
  });
}

/** Pushes a rules file's diagnostics, from its text as typed. */
export function publishRules(ctx: ServerContext, uri: string, version: number, text: string): void {
  void ctx.connection.sendDiagnostics({ uri, version, diagnostics: rulesDiagnostics(uri, text) });
}

/** Withdraws a closed document's diagnostics. */
export function clear(ctx: ServerContext, uri: string): void {
  void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
}
