import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { openArticle, positionOf, waitFor, workspaceFile } from './helpers';

/** A short article of our own with a quote mark left open at the end of its paragraph. */
const ARTICLE = 'articles/e2e-unbalanced.txt';
const TEXT = [
  'Crise à Bruxelles',
  '',
  'Le commissaire a déclaré mardi : «Nous ne céderons pas sur ce point.',
  '',
  'La réunion reprendra jeudi, selon un porte-parole.',
  '',
].join('\n');

function unbalancedQuotes(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'unbalanced-quote');
}

suite('diagnostics', () => {
  test('an unclosed quote mark is reported, and the report goes when the mark is closed', async () => {
    await vscode.workspace.fs.writeFile(workspaceFile(ARTICLE), Buffer.from(TEXT, 'utf8'));
    const { document } = await openArticle(ARTICLE);
    const opening = positionOf(document, '«');

    const reported = await waitFor('an unbalanced-quote diagnostic', () => {
      const found = unbalancedQuotes(document.uri);
      if (found.length === 0) {
        const all = vscode.languages.getDiagnostics(document.uri).map((d) => `${d.code}: ${d.message}`);
        throw new Error(`diagnostics: ${all.join(' | ') || 'none'}`);
      }
      return found;
    });
    assert.ok(
      reported.some((d) => d.range.start.line === opening.line),
      `the diagnostic is not on the line of the open mark: ${reported.map((d) => `${d.range.start.line + 1}: ${d.message}`).join(', ')}`,
    );

    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, positionOf(document, 'sur ce point.').translate(0, 'sur ce point.'.length), '»');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
    await waitFor('the unbalanced-quote diagnostic to go', () =>
      unbalancedQuotes(document.uri).length === 0 ? true : undefined,
    );
    await document.save();
  });
});
