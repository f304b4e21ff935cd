import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { extensionUnderTest, openArticle } from './helpers';

suite('activation', () => {
  test('runs in the VS Code the harness promised', () => {
    const expected = process.env.ARTICLE_ANNOTATOR_E2E_EXPECT_VSCODE;
    if (expected) assert.equal(vscode.version, expected);
    else assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  test('the extension activates when a sample article is opened', async () => {
    const editor = await openArticle();
    assert.ok(extensionUnderTest().isActive);
    assert.match(editor.document.getText(), /Sergueï Lavrov/);
  });
});
