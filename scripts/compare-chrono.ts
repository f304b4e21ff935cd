/**
 * Measures the dates module against chrono-node (its French and English locales) on the
 * same material: the sample articles' gold dates and the hand-written sentences of
 * test/fixtures/dates/sentences.yaml. Prints found / precision / recall / F1, value
 * accuracy and speed for both, scored like `npm run eval` (any overlap counts as found;
 * value accuracy over found dates whose gold value is set).
 *
 *   npx tsx scripts/compare-chrono.ts
 *
 * The scoring helpers are exported so that the tests lock the same figures in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { parse } from 'yaml';
import { detectPublished, findDates } from '../server/src/core/dates';
import type { Language, Span } from '../server/src/core/types';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');

/** A date as the gold lists it. */
export interface GoldDate {
  text: string;
  value: string | null;
  type: string;
  occurrence?: number;
}

/** A date as a parser found it. */
export interface FoundDate extends Span {
  text: string;
  value: string | null;
}

/** One text to score: the article or sentence, its publication date and its gold dates. */
export interface DateCase {
  name: string;
  language: Language;
  /** Full date given to the parser (as `--published` would be), or null. */
  published: string | null;
  text: string;
  gold: GoldDate[];
}

export interface DateScore {
  gold: number;
  exported: number;
  found: number;
  valued: number;
  valueRight: number;
  misses: string[];
  wrongValues: string[];
  extras: string[];
}

/** The n-th (1-based) exact occurrence of `needle`, counting overlapping matches, as the gold does. */
export function locate(text: string, needle: string, occurrence = 1): Span | null {
  let index = -1;
  for (let k = 0; k < occurrence; k++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) return null;
  }
  return { start: index, end: index + needle.length };
}

/**
 * Scores found dates against gold: each gold date takes the first found date, not yet
 * taken, that overlaps it; value right when equal as strings.
 */
export function scoreDates(c: DateCase, found: FoundDate[]): DateScore {
  const score: DateScore = {
    gold: c.gold.length,
    exported: found.length,
    found: 0,
    valued: 0,
    valueRight: 0,
    misses: [],
    wrongValues: [],
    extras: [],
  };
  const taken = new Set<number>();
  for (const g of c.gold) {
    const span = locate(c.text, g.text, g.occurrence ?? 1);
    if (!span) throw new Error(`${c.name}: gold date not in text: ${g.text}`);
    const i = found.findIndex((f, j) => !taken.has(j) && f.start < span.end && span.start < f.end);
    if (i < 0) {
      score.misses.push(`${c.name}: ${g.text} (${g.value})`);
      continue;
    }
    taken.add(i);
    score.found++;
    if (g.value !== null && g.value !== undefined) {
      score.valued++;
      if (found[i].value === String(g.value)) score.valueRight++;
      else score.wrongValues.push(`${c.name}: ${g.text} gold ${g.value}, got ${found[i].value} [${found[i].text}]`);
    }
  }
  found.forEach((f, j) => {
    if (!taken.has(j)) score.extras.push(`${c.name}: [${f.text}] ${f.value}`);
  });
  return score;
}

/** Sums scores. */
export function total(scores: DateScore[]): DateScore {
  const t: DateScore = {
    gold: 0,
    exported: 0,
    found: 0,
    valued: 0,
    valueRight: 0,
    misses: [],
    wrongValues: [],
    extras: [],
  };
  for (const s of scores) {
    t.gold += s.gold;
    t.exported += s.exported;
    t.found += s.found;
    t.valued += s.valued;
    t.valueRight += s.valueRight;
    t.misses.push(...s.misses);
    t.wrongValues.push(...s.wrongValues);
    t.extras.push(...s.extras);
  }
  return t;
}

/** Precision, recall, F1 and value accuracy in percent. */
export function rates(s: DateScore): { precision: number; recall: number; f1: number; value: number } {
  const precision = s.exported ? (100 * s.found) / s.exported : 0;
  const recall = s.gold ? (100 * s.found) / s.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const value = s.valued ? (100 * s.valueRight) / s.valued : 0;
  return { precision, recall, f1, value };
}

const asIso = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The sample articles with their gold, published as the eval passes it (full dates only). */
export function sampleCases(): DateCase[] {
  return goldCases(join(FIXTURES, 'articles'), join(FIXTURES, 'gold'));
}

/** The development articles (test/fixtures/dev), French and English, with their gold. */
export function devCases(): DateCase[] {
  return goldCases(join(FIXTURES, 'dev', 'articles'), join(FIXTURES, 'dev', 'gold'));
}

function goldCases(articles: string, golds: string): DateCase[] {
  return readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(articles, f), 'utf8');
      const gold = parse(readFileSync(join(golds, f.replace(/\.txt$/, '.gold.yaml')), 'utf8'));
      const published = asIso(gold.published);
      return {
        name: f.replace(/_[0-9a-f]{16}\.txt$|\.txt$/, ''),
        language: (gold.language ?? 'fr') as Language,
        published: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null,
        text,
        gold: (gold.dates ?? []).map((d: GoldDate) => ({ ...d, value: asIso(d.value) })),
      };
    });
}

/** Cases of a YAML fixture of `test/fixtures/dates/`, named with a prefix and their rank. */
function yamlCases(file: string, prefix: string): DateCase[] {
  const doc = parse(readFileSync(join(FIXTURES, 'dates', file), 'utf8'));
  return (doc.cases as { lang: Language; published: unknown; text: string; dates: GoldDate[] }[]).map((c, i) => ({
    name: `${prefix}${i + 1}`,
    language: c.lang,
    published: asIso(c.published),
    text: c.text,
    gold: c.dates.map((d) => ({ ...d, text: String(d.text), value: asIso(d.value) })),
  }));
}

/** The hand-written sentences, one phenomenon each. */
export function sentenceCases(): DateCase[] {
  return yamlCases('sentences.yaml', 's');
}

/** Short news paragraphs: running text, with numbers and ages that are not all dates. */
export function newsCases(): DateCase[] {
  return yamlCases('news.yaml', 'n');
}

/** Our parser, as the pipeline calls it (the detected publication date when none is given). */
export function runOurs(c: DateCase): FoundDate[] {
  const published = c.published ?? detectPublished(c.text, c.language)?.value ?? null;
  return findDates(c.text, { language: c.language, published, ignored: [] });
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** chrono-node with its locale for the language, values at the granularity chrono is certain of. */
export function runChrono(c: DateCase): FoundDate[] {
  const parser = c.language === 'fr' ? chrono.fr : chrono.en;
  const ref = c.published ? new Date(`${c.published}T12:00:00`) : new Date(2025, 0, 1, 12);
  return parser.parse(c.text, ref).map((r) => {
    const s = r.start;
    const y = s.get('year') ?? 0;
    const date = `${pad(y, 4)}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
    let value: string;
    if (s.isCertain('hour')) value = `${date}T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
    else if (s.isCertain('day') || s.isCertain('weekday')) value = date;
    else if (s.isCertain('month')) value = date.slice(0, 7);
    else if (s.isCertain('year')) value = date.slice(0, 4);
    else value = date;
    return { start: r.index, end: r.index + r.text.length, text: r.text, value };
  });
}

function timeIt(run: (c: DateCase) => FoundDate[], cases: DateCase[], rounds: number): number {
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const c of cases) run(c);
  return (performance.now() - t0) / rounds;
}

function main(): void {
  const sets: [string, DateCase[]][] = [
    ['samples (gold)', sampleCases()],
    ['dev articles (gold)', devCases()],
    ['sentences fr', sentenceCases().filter((c) => c.language === 'fr')],
    ['sentences en', sentenceCases().filter((c) => c.language === 'en')],
    ['news paragraphs', newsCases()],
  ];
  const verbose = process.argv.includes('--verbose');
  const rows: string[] = [];
  rows.push('| set | parser | gold | exported | found | P | R | F1 | value right |');
  rows.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, cases] of sets) {
    for (const [parserName, run] of [
      ['ours', runOurs],
      ['chrono-node', runChrono],
    ] as const) {
      const t = total(cases.map((c) => scoreDates(c, run(c))));
      const r = rates(t);
      rows.push(
        `| ${name} | ${parserName} | ${t.gold} | ${t.exported} | ${t.found} | ${r.precision.toFixed(1)} | ${r.recall.toFixed(1)} | ${r.f1.toFixed(1)} | ${t.valueRight}/${t.valued} = ${r.value.toFixed(1)} % |`,
      );
      if (verbose) {
        for (const line of [
          ...t.misses.map((m) => `  miss ${m}`),
          ...t.wrongValues.map((m) => `  value ${m}`),
          ...t.extras.map((m) => `  extra ${m}`),
        ]) {
          console.error(`[${parserName}] ${line}`);
        }
      }
    }
  }
  console.log(rows.join('\n'));

  // Speed: the five samples, and one article of about 1 MB made of them.
  const samples = sampleCases();
  const big: DateCase = { ...samples[0], name: 'big', text: '' };
  while (big.text.length < 1_000_000) big.text += samples.map((s) => s.text).join('\n\n');
  console.log('\n| speed | ours | chrono-node |');
  console.log('|---|---:|---:|');
  const rounds = 20;
  console.log(
    `| five samples (${samples.reduce((n, s) => n + s.text.length, 0)} chars), ms per pass | ${timeIt(runOurs, samples, rounds).toFixed(1)} | ${timeIt(runChrono, samples, rounds).toFixed(1)} |`,
  );
  console.log(
    `| one article of ${(big.text.length / 1e6).toFixed(2)} MB, ms | ${timeIt(runOurs, [big], 3).toFixed(0)} | ${timeIt(runChrono, [big], 1).toFixed(0)} |`,
  );
}

if (require.main === module) main();
