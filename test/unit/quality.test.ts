// The engine's scores on the gold sets, printed as `npm run eval` prints them, with floors
// so they never fall back. The sample floors are the issues' targets or the level reached,
// whichever is higher; the dev set (real news the engine was not written from) has floors a
// little under what it reached.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { evaluate } from '../../scripts/eval';
import { scores, type Scores } from '../../scripts/scoring';

const FLOORS: Record<'samples' | 'dev', Partial<Scores>> = {
  samples: {
    quoteF1: 98,
    speakers: 98,
    kinds: 98,
    dateF1: 98,
    dateValues: 95,
    actorRecall: 95,
    peopleRecall: 95,
    actorKinds: 98,
    mentionsLinked: 95,
  },
  dev: {
    quoteF1: 97,
    speakers: 90,
    kinds: 93,
    dateF1: 97,
    dateValues: 95,
    actorRecall: 87,
    peopleRecall: 90,
    actorKinds: 95,
    mentionsLinked: 86,
  },
};

for (const set of ['samples', 'dev'] as const) {
  describe(`scores on the ${set} gold`, () => {
    const { rows, total } = evaluate(false, undefined, set);
    const s = scores(total);
    it('prints the scores per article and in total', () => {
      const keys = Object.keys(s) as (keyof Scores)[];
      const lines = [`${set}: ${keys.join(' ')}`];
      for (const [name, counts] of rows) {
        const r = scores(counts);
        lines.push(`${name.padEnd(24)} ${keys.map((k) => r[k].toFixed(1)).join(' ')}`);
      }
      lines.push(`${'TOTAL'.padEnd(24)} ${keys.map((k) => s[k].toFixed(1)).join(' ')}`);
      console.log(lines.join('\n'));
      assert.ok(rows.length >= 5, 'the gold set is there');
    });
    for (const [key, floor] of Object.entries(FLOORS[set]) as [keyof Scores, number][]) {
      it(`${key} stays at or above ${floor}`, () => {
        assert.ok(s[key] >= floor, `${key} is ${s[key]}, under its floor ${floor}`);
      });
    }
  });
}
