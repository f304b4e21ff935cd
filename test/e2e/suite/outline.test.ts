import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { openArticle, waitFor } from './helpers';

function names(symbols: vscode.DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...names(s.children ?? [])]);
}

suite('outline', () => {
  test('the outline lists the quotes and their speakers', async () => {
    const { document } = await openArticle();
    const all = await waitFor('document symbols', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      );
      return symbols && symbols.length > 0 ? names(symbols) : undefined;
    });
    assert.ok(
      all.some((name) => name.includes('Sergueï Lavrov')),
      `no symbol names Sergueï Lavrov: ${all.slice(0, 15).join(' | ')}`,
    );
    assert.ok(
      all.some((name) => name.includes("J'ai des raisons de penser")),
      `no symbol shows the quote «J'ai des raisons de penser…»: ${all.slice(0, 15).join(' | ')}`,
    );
  });
});
