/**
 * `npm run bench`: speed and memory against the product's goals. Prints a table and exits 1
 * when a goal is missed. Timings are medians of several runs; nothing here is a test.
 *
 * Goals:
 * - typing: re-analysing a typical article (5–13 KB) takes under 15 ms (median), so tokens
 *   and diagnostics follow the annotator's keystrokes;
 * - a 1 MB article is analysed in under 2 s (one pass, no quadratic blow-up), and so are
 *   pathological texts of that size (one giant sentence of quotes, thousands of unbalanced
 *   marks, an article on one line, a 1 MB line of a post trailer's words); the date patterns
 *   after each trigger word before 50 KB of filler take under a second;
 * - a corpus of 2,000 articles is exported by the CLI (`export DIR --out OUT`) in under
 *   20 s on two cores, and its peak memory stays under 600 MB.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { findDates } from '../server/src/core/dates';
import { builtinRules } from '../server/src/core/rules';

const root = path.resolve(__dirname, '..');
const articlesDir = path.join(root, 'test/fixtures/articles');
const samples = fs
  .readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(articlesDir, f), 'utf8'));

interface Result {
  name: string;
  value: number;
  unit: string;
  goal: number;
}
const results: Result[] = [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const rules = builtinRules();

// Typing: one analysis per keystroke on each sample.
{
  for (const s of samples) analyze(s, { rules }); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 20; i++) for (const s of samples) times.push(time(() => analyze(s + ' x'.repeat(i), { rules })));
  results.push({ name: 'analyse one article (median)', value: median(times), unit: 'ms', goal: 15 });
}

// One huge article.
{
  let big = '';
  while (big.length < 1_000_000) big += samples.join('\n\n') + '\n\n';
  const times = [0, 1, 2].map(() => time(() => analyze(big, { rules })));
  results.push({
    name: `analyse a ${(big.length / 1e6).toFixed(1)} MB article`,
    value: median(times),
    unit: 'ms',
    goal: 2000,
  });
}

// Pathological inputs: each must stay linear (the unit tests check only what comes out).
{
  const cases: Array<[string, string, number]> = [
    [
      'one giant sentence full of quotes',
      'le ministre Jean Dupont a dit « bon » puis Marie a répondu « non », '.repeat(8000),
      2000,
    ],
    ['thousands of unbalanced quote marks', '« a '.repeat(20000) + '» b '.repeat(20000) + '"'.repeat(5000), 1000],
    ['a 1 MB article written on one line', samples.join(' ').replace(/\n/g, ' ').repeat(40).slice(0, 1_000_000), 2000],
    [
      'a giant line of post-trailer words',
      'The clip — from (@x) — was posted by someone on '.repeat(20000) + '\n',
      2000,
    ],
  ];
  for (const [name, text, goal] of cases) {
    const times = [0, 1, 2].map(() => time(() => analyze(text, { rules, language: 'fr' })));
    results.push({ name, value: median(times), unit: 'ms', goal });
  }
  // The date patterns after each trigger word, before 50,000 characters of filler: the worst.
  let worst = 0;
  for (const language of ['fr', 'en'] as const)
    for (const trigger of ['fin', 'mi', 'de', 'plus de', '12', 'il y a', 'la nuit de', 'early', 'every', "l'"])
      for (const filler of [' ', '\u00a0', '-', ' 1', ' de']) {
        const text = `${trigger}${filler.repeat(50_000)} x`;
        worst = Math.max(
          worst,
          time(() => findDates(text, { language, published: '2025-02-18', ignored: [] })),
        );
      }
  results.push({ name: 'dates after a trigger and 50 KB of filler', value: worst, unit: 'ms', goal: 1000 });
}

// A corpus through the CLI.
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bench-'));
  const corpus = path.join(dir, 'corpus');
  const out = path.join(dir, 'out');
  const count = 2000;
  for (let i = 0; i < count; i++) {
    const sub = path.join(corpus, String(Math.floor(i / 100)));
    fs.mkdirSync(sub, { recursive: true });
    // Vary the texts a little so nothing can be cached across articles.
    fs.writeFileSync(
      path.join(sub, `a${i}.txt`),
      samples[i % samples.length].replace(/mardi/g, i % 2 ? 'lundi' : 'mardi') + `\n\nRéf. ${i}\n`,
    );
  }
  const t = process.hrtime.bigint();
  // The CLI's own main(), in a child process that reports its peak resident memory at the end.
  const script =
    `require(${JSON.stringify(path.join(root, 'dist/cli.js'))}).main(${JSON.stringify(['export', corpus, '--out', out])})` +
    `.then((code) => { process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'); process.exit(code); })`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  const peakKb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1]);
  results.push({ name: `CLI export of ${count} articles`, value: ms, unit: 'ms', goal: 20000 });
  results.push({ name: 'CLI peak memory', value: peakKb / 1024, unit: 'MB', goal: 600 });
  fs.rmSync(dir, { recursive: true, force: true });
}

let failed = 0;
console.log('benchmark'.padEnd(40) + 'measured'.padStart(14) + 'goal'.padStart(14) + '  ');
for (const r of results) {
  const ok = r.value <= r.goal;
  if (!ok) failed++;
  console.log(
    r.name.padEnd(40) +
      `${r.value.toFixed(1)} ${r.unit}`.padStart(14) +
      `< ${r.goal} ${r.unit}`.padStart(14) +
      `  ${ok ? 'ok' : 'MISSED'}`,
  );
}
process.exit(failed ? 1 : 0);
