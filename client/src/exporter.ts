/** The export commands: write `<article>.annotations.yaml` next to each article, never touching the article. */
import * as vscode from 'vscode';
import { ExportRequest } from '../../server/src/lsp/protocol';
import type { ClientHolder } from './extension';

/** Where an article's export goes: `a.txt` → `a.txt.annotations.yaml`, beside it (as the CLI does). */
export function exportTarget(article: vscode.Uri): vscode.Uri {
  return article.with({ path: article.path + '.annotations.yaml' });
}

async function exportOne(holder: ClientHolder, article: vscode.Uri): Promise<vscode.Uri> {
  const client = await holder.ready();
  const result = await client.sendRequest(ExportRequest.type, {
    uri: client.code2ProtocolConverter.asUri(article),
  });
  const target = exportTarget(article);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.yaml));
  return target;
}

/**
 * Exports one article (the active editor's by default). Resolves to the written file's
 * path, or undefined when there is nothing to export; the message is not awaited, so
 * callers (and tests) are not held by it.
 */
export async function exportAnnotations(holder: ClientHolder, uri?: vscode.Uri): Promise<string | undefined> {
  const article = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!article) {
    void vscode.window.showWarningMessage('Article Annotator: open an article to export its annotations.');
    return undefined;
  }
  if (article.scheme === 'untitled') {
    void vscode.window.showWarningMessage(
      'Article Annotator: save the article first; its export is written beside it.',
    );
    return undefined;
  }
  try {
    const target = await exportOne(holder, article);
    void vscode.window
      .showInformationMessage(`Annotations written to ${vscode.workspace.asRelativePath(target)}`, 'Open')
      .then(async (choice) => {
        if (choice === 'Open') await vscode.window.showTextDocument(target, { preview: false });
      });
    return target.fsPath;
  } catch (e) {
    void vscode.window.showErrorMessage(`Article Annotator: export failed: ${(e as Error).message}`);
    return undefined;
  }
}

/** Exports every article of the workspace, with progress and cancel. Resolves to the written paths. */
export async function exportWorkspace(holder: ClientHolder, globs: readonly string[]): Promise<string[]> {
  const seen = new Map<string, vscode.Uri>();
  for (const glob of globs) {
    for (const uri of await vscode.workspace.findFiles(glob, '**/{node_modules,.git,dist,out,.vscode-test}/**')) {
      seen.set(uri.toString(), uri);
    }
  }
  const articles = [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
  if (!articles.length) {
    void vscode.window.showInformationMessage('Article Annotator: no articles in the workspace.');
    return [];
  }
  const written: string[] = [];
  const failed: string[] = [];
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Exporting annotations', cancellable: true },
    async (progress, token) => {
      for (const [i, article] of articles.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({
          message: `${i + 1}/${articles.length} ${vscode.workspace.asRelativePath(article)}`,
          increment: 100 / articles.length,
        });
        try {
          written.push((await exportOne(holder, article)).fsPath);
        } catch (e) {
          failed.push(`${vscode.workspace.asRelativePath(article)}: ${(e as Error).message}`);
        }
      }
    },
  );
  const summary = `Article Annotator: ${written.length} of ${articles.length} articles exported`;
  if (failed.length)
    void vscode.window.showWarningMessage(`${summary}; ${failed.length} failed: ${failed.slice(0, 3).join('; ')}`);
  else void vscode.window.showInformationMessage(summary + '.');
  return written;
}
