import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { decodeSemanticTokens, openArticle, positionOf, semanticTokensOf, waitFor, type DecodedToken } from './helpers';

/** A direct quote of the sample article and the name after its cue (« … », a déclaré Sergueï Lavrov). */
const KNOWN_QUOTE = "J'ai des raisons de penser que les Américains ont commencé à mieux comprendre notre position";

function summary(tokens: DecodedToken[]): string {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token.type, (counts.get(token.type) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${type}×${n}`).join(', ') || 'no tokens';
}

suite('highlighting', () => {
  test('semantic tokens mark quotes and speakers, one on a known quote', async () => {
    const { document } = await openArticle();
    const tokens = await waitFor('quote and speaker tokens', async () => {
      const found = await semanticTokensOf(document);
      if (!found) throw new Error('no semantic tokens from the server yet');
      const types = new Set(found.map((t) => t.type));
      if (!types.has('quote') || !types.has('speaker')) throw new Error(`tokens: ${summary(found)}`);
      return found;
    });

    const quoteStart = positionOf(document, KNOWN_QUOTE);
    const onQuote = tokens.filter((t) => t.type === 'quote' && t.range.start.line === quoteStart.line);
    assert.ok(
      onQuote.some((t) => t.range.contains(quoteStart.translate(0, "J'ai des ".length))),
      `no quote token on the words of «${KNOWN_QUOTE.slice(0, 30)}…»; line ${quoteStart.line + 1} has ${summary(onQuote)}`,
    );
    const speakerOnLine = tokens.filter((t) => t.type === 'speaker' && t.range.start.line === quoteStart.line);
    assert.ok(
      speakerOnLine.some((t) => t.text.includes('Lavrov')),
      `no speaker token on "Lavrov" after the quote; speakers on that line: ${speakerOnLine.map((t) => t.text).join(', ') || 'none'}`,
    );
  });

  test('dates and actors are coloured too', async () => {
    const { document } = await openArticle();
    const tokens = await waitFor('date and actor tokens', async () => {
      const found = await semanticTokensOf(document);
      if (!found) throw new Error('no semantic tokens from the server yet');
      const types = new Set(found.map((t) => t.type));
      const missing = ['date', 'person', 'place', 'organization'].filter((type) => !types.has(type));
      if (missing.length) throw new Error(`no ${missing.join(', ')} tokens; tokens: ${summary(found)}`);
      return found;
    });
    const on = (type: string, words: string) => tokens.some((t) => t.type === type && t.text.includes(words));
    assert.ok(on('place', 'Riyad'), 'Riyad is not coloured as a place');
    assert.ok(on('organization', 'Kremlin'), 'the Kremlin is not coloured as an organization');
    assert.ok(on('date', 'mardi'), '"mardi" is not coloured as a date');
  });

  test('range requests colour just the lines asked for', async () => {
    const { document } = await openArticle();
    const line = positionOf(document, KNOWN_QUOTE).line;
    const range = new vscode.Range(line, 0, line, document.lineAt(line).text.length);
    const tokens = await waitFor('range semantic tokens', async () => {
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
        'vscode.provideDocumentRangeSemanticTokensLegend',
        document.uri,
        range,
      );
      const found = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
        'vscode.provideDocumentRangeSemanticTokens',
        document.uri,
        range,
      );
      if (!legend || !found || found.data.length === 0) throw new Error('no range tokens yet');
      return decodeSemanticTokens(document, found, legend);
    });
    const outside = tokens.filter((t) => t.range.start.line !== line);
    assert.equal(outside.length, 0, `tokens outside line ${line + 1}: ${summary(outside)}`);
    assert.ok(
      tokens.some((t) => t.type === 'quote') && tokens.some((t) => t.type === 'speaker'),
      `line ${line + 1} should have a quote and a speaker: ${summary(tokens)}`,
    );
  });
});
