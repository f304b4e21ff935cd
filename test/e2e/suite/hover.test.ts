import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { hoverTextAt, openArticle, positionOf, waitFor, workspaceFile } from './helpers';

/** A short article of our own with an absolute date. */
const DATED_ARTICLE = 'articles/e2e-dates.txt';
const DATED_TEXT =
  'Sommet à Riyad\n\nLes délégations se sont retrouvées le 18 février 2025 pour quatre heures de discussion.\n';

suite('hover', () => {
  test('hovering "Lavrov" shows his actor card', async () => {
    const { document } = await openArticle();
    const onLavrov = positionOf(document, 'Lavrov').translate(0, 2);
    const card = await waitFor('a hover on "Lavrov"', async () => {
      const text = await hoverTextAt(document, onLavrov);
      if (!text.includes('Sergueï Lavrov')) throw new Error(`hover text: ${JSON.stringify(text.slice(0, 300))}`);
      return text;
    });
    assert.match(card, /person|ministre|diplomatie/i, `the card names neither the kind nor the role:\n${card}`);
  });

  test('hovering a date shows its ISO value', async () => {
    await vscode.workspace.fs.writeFile(workspaceFile(DATED_ARTICLE), Buffer.from(DATED_TEXT, 'utf8'));
    const { document } = await openArticle(DATED_ARTICLE);
    const onDate = positionOf(document, '18 février 2025').translate(0, 4);
    await waitFor('a hover showing 2025-02-18 on "18 février 2025"', async () => {
      const text = await hoverTextAt(document, onDate);
      if (!text.includes('2025-02-18')) throw new Error(`hover text: ${JSON.stringify(text.slice(0, 300))}`);
      return text;
    });
  });
});
