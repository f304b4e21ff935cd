import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { extensionUnderTest, openArticle, waitFor } from './helpers';

/** The part of the extension's API (what activate() returns) these tests use. */
interface ArticleAnnotatorApi {
  client(): { isRunning(): boolean } | undefined;
}

suite('activation', () => {
  test('runs in the VS Code the harness promised', () => {
    const expected = process.env.ARTICLE_ANNOTATOR_E2E_EXPECT_VSCODE;
    if (expected) assert.equal(vscode.version, expected);
    else assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  test('the extension activates when a sample article is opened', async () => {
    // No "was inactive before" check: the workbench creates plaintext models of its own at
    // startup, which fires onLanguage:plaintext before any test runs.
    const editor = await openArticle();
    assert.ok(extensionUnderTest().isActive);
    assert.match(editor.document.getText(), /Sergueï Lavrov/);
  });

  test('its language server starts', async () => {
    await openArticle();
    const api = extensionUnderTest().exports as ArticleAnnotatorApi | undefined;
    assert.equal(typeof api?.client, 'function', 'activate() should return an API with client()');
    await waitFor('the language client to be running', () => (api?.client()?.isRunning() ? true : undefined));
  });
});
