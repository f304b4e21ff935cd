import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import { hoverTextAt, openArticle, positionOf, waitFor } from './helpers';

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
});
