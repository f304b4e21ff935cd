import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { hoverTextAt, openArticle, positionOf, semanticTokensOf, waitFor, workspaceFile } from './helpers';

/** A short English article of our own: curly quotes, the cue after the quote, an apposition. */
const ARTICLE = 'articles/e2e-english.txt';
const TEXT = [
  'Brussels summit ends without a deal',
  '',
  '“We will not back down on this,” said Ursula von der Leyen, the president of the European Commission, on Tuesday.',
  '',
  'The talks will resume next month, according to a spokesman.',
  '',
].join('\n');

suite('English', () => {
  test('an English article gets its quote, speaker and actor card', async () => {
    await vscode.workspace.fs.writeFile(workspaceFile(ARTICLE), Buffer.from(TEXT, 'utf8'));
    const { document } = await openArticle(ARTICLE);
    const quoteWords = positionOf(document, 'not back down');
    const tokens = await waitFor('quote and speaker tokens in the English article', async () => {
      const found = await semanticTokensOf(document);
      if (!found?.some((t) => t.type === 'quote')) throw new Error('no quote token yet');
      return found;
    });
    assert.ok(
      tokens.some((t) => t.type === 'quote' && t.range.contains(quoteWords)),
      'no quote token on “We will not back down on this”',
    );
    assert.ok(
      tokens.some((t) => t.type === 'speaker' && t.text.includes('Leyen')),
      `no speaker token on Ursula von der Leyen: ${tokens.map((t) => `${t.type}:${t.text}`).join(', ')}`,
    );
    const card = await hoverTextAt(document, positionOf(document, 'Leyen').translate(0, 2));
    assert.match(card, /Ursula von der Leyen/, `hover on "Leyen": ${card}`);
  });
});
