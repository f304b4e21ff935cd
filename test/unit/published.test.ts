import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { detectPublished } from '../../server/src/core/dates';

describe('publication date read from the article', () => {
  const cases: [string, 'fr' | 'en', string | null][] = [
    ['Talks in Geneva\n\nThe talks will resume on March 3, 2025, the minister said on Tuesday.\n', 'en', null],
    ['Négociations\n\nLes discussions reprendront le 3 mars 2025, a indiqué le ministre.\n', 'fr', null],
    ['Published on March 3, 2025\n\nThe talks resumed on Tuesday.\n', 'en', '2025-03-03'],
    ['Publié le 18 février 2025\n\nLes discussions ont repris mardi.\n', 'fr', '2025-02-18'],
    ['Mondialisation.ca, 20 février 2025\n\nTexte.\n', 'fr', '2025-02-20'],
    ['GENEVA, March 3, 2025 (Reuters) - The talks resumed on Monday after a pause of two weeks.\n', 'en', '2025-03-03'],
  ];
  for (const [text, language, expected] of cases) {
    it(`${JSON.stringify(text.split('\n').find((l) => /\d/.test(l)))} → ${expected}`, () => {
      assert.equal(detectPublished(text, language)?.value ?? null, expected);
    });
  }
});
