/**
 * Scoring an export against a gold annotation file, with the project's matching rules
 * (the same rules as the held-out measurements): quotes by overlap (30 %, and 80 %),
 * speakers by folded name / surname / shared content words, dates by any overlap, actors
 * by folded name or mention.
 */
import { parse } from 'yaml';
import type { ArticleExport } from '../server/src/core/export';

export interface GoldQuote {
  text: string;
  kind: 'direct' | 'partial' | 'block' | 'scare';
  speaker: string | null;
  cue?: string | null;
  occurrence?: number;
}
export interface GoldDate {
  text: string;
  value: string | null;
  type: string;
  occurrence?: number;
}
export interface GoldActor {
  name: string;
  kind: 'person' | 'organization' | 'place';
  role?: string | null;
  mentions?: string[];
}
export interface Gold {
  file: string;
  language: string;
  published: string | null;
  quotes: GoldQuote[];
  dates: GoldDate[];
  actors: GoldActor[];
}

export function parseGold(text: string): Gold {
  const g = parse(text, { version: '1.1' }) as Partial<Gold>;
  return {
    file: String(g.file),
    language: String(g.language ?? 'fr'),
    // YAML 1.1 reads a bare 2025-02-18 as a timestamp: give it back as the ISO string it was.
    published: g.published == null ? null : isoOf(g.published as unknown),
    quotes: g.quotes ?? [],
    dates: g.dates ?? [],
    actors: g.actors ?? [],
  };
}

function isoOf(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}

/** Lower case, no accents, ’ folded to ', white space collapsed. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

interface CpSpan {
  start: number;
  end: number;
}

/** Code-point span of the `occurrence`-th (1-based) exact match, overlapping matches counted. */
export function locate(text: string, needle: string, occurrence = 1): CpSpan | null {
  let from = 0;
  let n = 0;
  for (;;) {
    const i = text.indexOf(needle, from);
    if (i < 0) return null;
    n++;
    if (n === occurrence) {
      const start = [...text.slice(0, i)].length;
      return { start, end: start + [...needle].length };
    }
    from = i + 1;
  }
}

function overlap(a: CpSpan, b: CpSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const STOP_WORDS = new Set(
  "le la les l' un une des de du d' et à au aux en the a an of and for to in on by sur par pour avec".split(' '),
);

function contentWords(s: string): string[] {
  return foldName(s)
    .replace(/\b([ld])'/g, "$1' ")
    .split(/[\s,;:()]+/)
    .filter((w) => w && !STOP_WORDS.has(w));
}

/** The speaker rule: same folded name (or alias, or mention), same last word, or half the content words shared. */
export function speakerMatches(gold: string, names: string[]): boolean {
  const g = foldName(gold);
  const gWords = contentWords(gold);
  for (const name of names) {
    const n = foldName(name);
    if (!n) continue;
    if (n === g) return true;
    const nWords = contentWords(name);
    if (gWords.length && nWords.length && gWords[gWords.length - 1] === nWords[nWords.length - 1]) return true;
    const shared = gWords.filter((w) => nWords.includes(w)).length;
    if (gWords.length && shared * 2 >= gWords.length) return true;
  }
  return false;
}

export interface Counts {
  goldQuotes: number;
  exportedQuotes: number;
  found30: number;
  found80: number;
  precise30: number;
  precise80: number;
  speakerTotal: number;
  speakerRight: number;
  kindTotal: number;
  kindRight: number;
  goldDates: number;
  exportedDates: number;
  datesFound: number;
  valueTotal: number;
  valueRight: number;
  goldActors: number;
  actorsFound: number;
  goldPeople: number;
  peopleFound: number;
  kindOfActorTotal: number;
  kindOfActorRight: number;
  mentionTotal: number;
  mentionLinked: number;
  /** Human-readable misses, for whoever improves the engine. */
  misses: string[];
}

export function emptyCounts(): Counts {
  return {
    goldQuotes: 0,
    exportedQuotes: 0,
    found30: 0,
    found80: 0,
    precise30: 0,
    precise80: 0,
    speakerTotal: 0,
    speakerRight: 0,
    kindTotal: 0,
    kindRight: 0,
    goldDates: 0,
    exportedDates: 0,
    datesFound: 0,
    valueTotal: 0,
    valueRight: 0,
    goldActors: 0,
    actorsFound: 0,
    goldPeople: 0,
    peopleFound: 0,
    kindOfActorTotal: 0,
    kindOfActorRight: 0,
    mentionTotal: 0,
    mentionLinked: 0,
    misses: [],
  };
}

export function addCounts(into: Counts, c: Counts): void {
  for (const k of Object.keys(into) as (keyof Counts)[]) {
    if (k === 'misses') into.misses.push(...c.misses);
    else (into[k] as number) += c[k] as number;
  }
}

/** All names an exported actor answers to: its name, aliases and mention texts. */
function actorNames(actor: ArticleExport['actors'][number]): string[] {
  return [actor.name, ...(actor.aliases ?? []), ...actor.mentions.map((m) => m.text)];
}

/** Scores one export against its gold. `text` is the article's text. */
export function score(text: string, gold: Gold, exp: ArticleExport): Counts {
  const c = emptyCounts();
  const actorsById = new Map(exp.actors.map((a) => [a.id, a]));

  // Quotes.
  const exported = exp.quotes.filter((q) => q.kind !== 'scare');
  c.exportedQuotes = exported.length;
  const best30 = new Set<string>();
  const best80 = new Set<string>();
  for (const gq of gold.quotes) {
    const span = locate(text, gq.text, gq.occurrence ?? 1);
    if (!span) {
      c.misses.push(`gold quote not located: ${gq.text.slice(0, 40)}`);
      continue;
    }
    const pool = gq.kind === 'scare' ? exp.quotes : exported;
    let best: (typeof exp.quotes)[number] | null = null;
    let bestOverlap = 0;
    for (const q of pool) {
      const o = overlap(span, q);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = q;
      }
    }
    const len = span.end - span.start;
    const found30 = best !== null && bestOverlap >= 0.3 * len;
    if (gq.kind === 'scare') {
      if (found30 && best) {
        c.kindTotal++;
        if (best.kind === 'scare') c.kindRight++;
        else c.misses.push(`kind: "${gq.text.slice(0, 40)}" is scare, exported ${best.kind}`);
      }
      continue;
    }
    c.goldQuotes++;
    if (!found30 || !best) {
      c.misses.push(`quote missed: "${gq.text.slice(0, 50)}"`);
      continue;
    }
    c.found30++;
    best30.add(best.id);
    if (bestOverlap >= 0.8 * len) {
      c.found80++;
      best80.add(best.id);
    }
    c.kindTotal++;
    if (best.kind === gq.kind) c.kindRight++;
    else c.misses.push(`kind: "${gq.text.slice(0, 40)}" is ${gq.kind}, exported ${best.kind}`);
    if (gq.speaker != null) {
      c.speakerTotal++;
      const actor = best.speaker ? actorsById.get(best.speaker) : undefined;
      if (actor && speakerMatches(gq.speaker, actorNames(actor))) c.speakerRight++;
      else
        c.misses.push(`speaker: "${gq.text.slice(0, 40)}" is ${gq.speaker}, exported ${actor ? actor.name : 'none'}`);
    }
  }
  c.precise30 = exported.filter((q) => best30.has(q.id)).length;
  c.precise80 = exported.filter((q) => best80.has(q.id)).length;
  for (const q of exported) {
    if (!best30.has(q.id)) c.misses.push(`extra quote (${q.kind}): "${q.text.slice(0, 50)}"`);
  }

  // Dates.
  c.goldDates = gold.dates.length;
  c.exportedDates = exp.dates.length;
  const taken = new Set<number>();
  for (const gd of gold.dates) {
    const span = locate(text, gd.text, gd.occurrence ?? 1);
    if (!span) {
      c.misses.push(`gold date not located: ${gd.text}`);
      continue;
    }
    const i = exp.dates.findIndex((d, k) => !taken.has(k) && overlap(span, d) > 0);
    if (i < 0) {
      c.misses.push(`date missed: "${gd.text}"`);
      continue;
    }
    taken.add(i);
    c.datesFound++;
    if (gd.value != null) {
      c.valueTotal++;
      if (String(exp.dates[i].value) === String(gd.value)) c.valueRight++;
      else c.misses.push(`date value: "${gd.text}" is ${gd.value}, exported ${exp.dates[i].value}`);
    }
  }
  exp.dates.forEach((d, k) => {
    if (!taken.has(k)) c.misses.push(`extra date: "${d.text}" (${d.value})`);
  });

  // Actors.
  for (const ga of gold.actors) {
    c.goldActors++;
    if (ga.kind === 'person') c.goldPeople++;
    const goldNames = [ga.name, ...(ga.mentions ?? [])].map(foldName);
    const match = exp.actors.find((a) => actorNames(a).some((n) => goldNames.includes(foldName(n))));
    if (!match) {
      c.misses.push(`actor missed: ${ga.name} (${ga.kind})`);
    } else {
      c.actorsFound++;
      if (ga.kind === 'person') c.peopleFound++;
      c.kindOfActorTotal++;
      if (match.kind === ga.kind) c.kindOfActorRight++;
      else c.misses.push(`actor kind: ${ga.name} is ${ga.kind}, exported ${match.kind}`);
    }
    // Each occurrence of each gold mention should be covered by a mention of the matched actor.
    for (const form of new Set(ga.mentions ?? [ga.name])) {
      for (const span of occurrences(text, form)) {
        c.mentionTotal++;
        const linked =
          match !== undefined &&
          match.mentions.some((m) => overlap(span, m) > 0 && overlap(span, m) >= 0.5 * (span.end - span.start));
        if (linked) c.mentionLinked++;
        else c.misses.push(`mention not linked: "${form}" at ${span.start} → ${ga.name}`);
      }
    }
  }
  return c;
}

/** Word-bounded occurrences of a surface form, as code-point spans. */
function occurrences(text: string, form: string): CpSpan[] {
  const out: CpSpan[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + form.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    const start = [...text.slice(0, i)].length;
    out.push({ start, end: start + [...form].length });
  }
  return out;
}

export interface Scores {
  quoteP: number;
  quoteR: number;
  quoteF1: number;
  quoteP80: number;
  quoteR80: number;
  quoteF180: number;
  speakers: number;
  kinds: number;
  dateP: number;
  dateR: number;
  dateF1: number;
  dateValues: number;
  actorRecall: number;
  peopleRecall: number;
  actorKinds: number;
  mentionsLinked: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Percentages from counts. */
export function scores(c: Counts): Scores {
  const quoteP = ratio(c.precise30, c.exportedQuotes);
  const quoteR = ratio(c.found30, c.goldQuotes);
  const quoteP80 = ratio(c.precise80, c.exportedQuotes);
  const quoteR80 = ratio(c.found80, c.goldQuotes);
  const dateP = ratio(c.datesFound, c.exportedDates);
  const dateR = ratio(c.datesFound, c.goldDates);
  const pct = (x: number) => Math.round(x * 1000) / 10;
  return {
    quoteP: pct(quoteP),
    quoteR: pct(quoteR),
    quoteF1: pct(f1(quoteP, quoteR)),
    quoteP80: pct(quoteP80),
    quoteR80: pct(quoteR80),
    quoteF180: pct(f1(quoteP80, quoteR80)),
    speakers: pct(ratio(c.speakerRight, c.speakerTotal)),
    kinds: pct(ratio(c.kindRight, c.kindTotal)),
    dateP: pct(dateP),
    dateR: pct(dateR),
    dateF1: pct(f1(dateP, dateR)),
    dateValues: pct(ratio(c.valueRight, c.valueTotal)),
    actorRecall: pct(ratio(c.actorsFound, c.goldActors)),
    peopleRecall: pct(ratio(c.peopleFound, c.goldPeople)),
    actorKinds: pct(ratio(c.kindOfActorRight, c.kindOfActorTotal)),
    mentionsLinked: pct(ratio(c.mentionLinked, c.mentionTotal)),
  };
}

/** The CLI options the gold asks for: `--published` when its publication date is a full date. */
export function cliArgsFor(gold: Gold): string[] {
  return gold.published && /^\d{4}-\d{2}-\d{2}$/.test(gold.published) ? ['--published', gold.published] : [];
}
