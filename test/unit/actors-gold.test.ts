import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { addCounts, emptyCounts, parseGold, score, scores } from '../../scripts/scoring';
import { findActors } from '../../server/src/core/actors';
import type { ArticleExport } from '../../server/src/core/export';
import { builtinRules } from '../../server/src/core/rules';
import { CodePointIndex } from '../../server/src/core/text';

const root = path.join(__dirname, '../fixtures');

/** An export holding only the actors, scored with the project's rules (scripts/scoring.ts). */
function actorsExport(text: string, language: 'fr' | 'en'): ArticleExport {
  const cp = new CodePointIndex(text);
  const actors = findActors(text, { language, rules: builtinRules(), ignored: [] }).map((a) => ({
    ...a,
    mentions: a.mentions.map((m) => ({ ...m, start: cp.toCodePoint(m.start), end: cp.toCodePoint(m.end) })),
  }));
  return { actors, quotes: [], dates: [] } as unknown as ArticleExport;
}

describe('actors on the sample gold', () => {
  const total = emptyCounts();
  for (const f of fs.readdirSync(path.join(root, 'gold')).sort()) {
    const gold = parseGold(fs.readFileSync(path.join(root, 'gold', f), 'utf8'));
    const text = fs.readFileSync(path.join(root, 'articles', gold.file), 'utf8');
    addCounts(total, score(text, gold, actorsExport(text, gold.language === 'en' ? 'en' : 'fr')));
  }
  const s = scores(total);

  // Measured 96.3 / 96.9 / 100 / 96.2 when locked; the targets of the issue are 90 / 95 / 90 / 90.
  it('finds at least 95 % of the gold actors', () => assert.ok(s.actorRecall >= 95, `${s.actorRecall}`));
  it('finds at least 95 % of the gold people', () => assert.ok(s.peopleRecall >= 95, `${s.peopleRecall}`));
  it('gives the right kind to at least 98 % of the found actors', () =>
    assert.ok(s.actorKinds >= 98, `${s.actorKinds}`));
  it('links at least 95 % of the gold mentions to the right actor', () =>
    assert.ok(s.mentionsLinked >= 95, `${s.mentionsLinked}`));
});
