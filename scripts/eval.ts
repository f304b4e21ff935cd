/**
 * `npm run eval`: scores the engine on the bundled sample articles against their gold,
 * with the project's matching rules (scripts/scoring.ts), per article and in total.
 *
 *   node --import tsx scripts/eval.ts [--cli] [--misses] [--json] [--only NAME]
 *
 * --cli     go through `node dist/cli.js export FILE --stdout` (what `npm run eval` does);
 *           otherwise the same export function is called in-process (no build needed)
 * --misses  list every miss (quote missed, wrong speaker, date value…) under its article
 * --json    print the scores as JSON
 * --set S   samples (default: the five bundled articles), dev (test/fixtures/dev), or a
 *           folder holding articles/ and gold/
 * --only N  only the articles whose file name contains N
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { exportArticleFile } from '../server/src/cli/article';
import type { ArticleExport } from '../server/src/core/export';
import { addCounts, cliArgsFor, emptyCounts, parseGold, score, scores, type Counts, type Gold } from './scoring';

const root = path.resolve(__dirname, '..');

/** The gold sets: the five bundled samples, and a development set of other news articles. */
export const SETS: Record<string, { articles: string; golds: string }> = {
  samples: { articles: path.join(root, 'test/fixtures/articles'), golds: path.join(root, 'test/fixtures/gold') },
  dev: { articles: path.join(root, 'test/fixtures/dev/articles'), golds: path.join(root, 'test/fixtures/dev/gold') },
};

/** Exports one article the way the CLI does, through the built CLI or in-process. */
export function exportFor(gold: Gold, viaCli: boolean, set = 'samples'): { text: string; exp: ArticleExport } {
  const file = path.join(SETS[set].articles, gold.file);
  const text = fs.readFileSync(file, 'utf8');
  const args = cliArgsFor(gold);
  if (viaCli) {
    const out = execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'export', file, '--stdout', ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { text, exp: parse(out) as ArticleExport };
  }
  const result = exportArticleFile(file, {
    extraRules: [],
    published: args[1] ?? null,
    language: null,
  });
  if (!result.ok) throw new Error(`${gold.file}: ${result.reason}`);
  return { text, exp: result.export };
}

/** Scores every article of a gold set; returns per-article counts and the total. */
export function evaluate(viaCli = false, only?: string, set = 'samples'): { rows: [string, Counts][]; total: Counts } {
  const rows: [string, Counts][] = [];
  const total = emptyCounts();
  const golds = SETS[set].golds;
  if (!fs.existsSync(golds)) return { rows, total };
  const files = fs.readdirSync(golds).filter((f) => f.endsWith('.gold.yaml'));
  for (const g of files.sort()) {
    if (only && !g.includes(only)) continue;
    const gold = parseGold(fs.readFileSync(path.join(golds, g), 'utf8'));
    const { text, exp } = exportFor(gold, viaCli, set);
    const counts = score(text, gold, exp);
    rows.push([gold.file.replace(/\.txt$/, ''), counts]);
    addCounts(total, counts);
  }
  return { rows, total };
}

function main(): void {
  const argv = process.argv.slice(2);
  const onlyIndex = argv.indexOf('--only');
  const setIndex = argv.indexOf('--set');
  const set = setIndex >= 0 ? argv[setIndex + 1] : 'samples';
  // Any other folder with articles/ and gold/ inside can be scored too.
  if (!SETS[set] && fs.existsSync(path.join(set, 'gold'))) {
    SETS[set] = { articles: path.resolve(set, 'articles'), golds: path.resolve(set, 'gold') };
  }
  if (!SETS[set])
    throw new Error(`unknown set '${set}' (${Object.keys(SETS).join(', ')}, or a folder with articles/ and gold/)`);
  const { rows, total } = evaluate(argv.includes('--cli'), onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined, set);
  if (argv.includes('--json')) {
    const out = Object.fromEntries([...rows, ['total', total] as [string, Counts]].map(([n, c]) => [n, scores(c)]));
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return;
  }
  const cols: [string, (s: ReturnType<typeof scores>) => number][] = [
    ['quoteP', (s) => s.quoteP],
    ['quoteR', (s) => s.quoteR],
    ['quoteF1', (s) => s.quoteF1],
    ['F1@80', (s) => s.quoteF180],
    ['speaker', (s) => s.speakers],
    ['kind', (s) => s.kinds],
    ['dateP', (s) => s.dateP],
    ['dateR', (s) => s.dateR],
    ['dateF1', (s) => s.dateF1],
    ['dateVal', (s) => s.dateValues],
    ['actors', (s) => s.actorRecall],
    ['people', (s) => s.peopleRecall],
    ['actKind', (s) => s.actorKinds],
    ['linked', (s) => s.mentionsLinked],
  ];
  const header = 'article'.padEnd(24) + cols.map(([n]) => n.padStart(8)).join('');
  const lines = [header, '-'.repeat(header.length)];
  for (const [name, c] of [...rows, ['TOTAL', total] as [string, Counts]]) {
    const s = scores(c);
    lines.push(name.padEnd(24) + cols.map(([, f]) => f(s).toFixed(1).padStart(8)).join(''));
  }
  lines.push('');
  lines.push(
    `quotes: ${total.found30}/${total.goldQuotes} found (30 % overlap), ${total.found80} at 80 %, ${total.exportedQuotes} exported; ` +
      `speakers ${total.speakerRight}/${total.speakerTotal}; kinds ${total.kindRight}/${total.kindTotal}`,
  );
  lines.push(
    `dates: ${total.datesFound}/${total.goldDates} found, ${total.exportedDates} exported; values ${total.valueRight}/${total.valueTotal}`,
  );
  lines.push(
    `actors: ${total.actorsFound}/${total.goldActors} found (people ${total.peopleFound}/${total.goldPeople}); ` +
      `kinds ${total.kindOfActorRight}/${total.kindOfActorTotal}; mentions linked ${total.mentionLinked}/${total.mentionTotal}`,
  );
  if (argv.includes('--misses')) {
    for (const [name, c] of rows) {
      if (c.misses.length === 0) continue;
      lines.push('', `## ${name}`, ...c.misses.map((m) => `  ${m}`));
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}

if (require.main === module) main();
