/**
 * Recognizers: regular expressions built from the lexicon that find candidate temporal
 * expressions and say what they mean (a `Meaning`), without resolving anything yet.
 * Every pattern is linear (no nested unbounded repetition), so a 1 MB article is scanned
 * in milliseconds.
 */
import type { DateType, Language, Span } from '../types';
import {
  COUNT_NOUNS,
  DAY_PARTS,
  MONTHS,
  NEXT_WORDS,
  NUMBER_WORDS,
  PAST_WORDS,
  PHRASES,
  SEASONS,
  UNITS,
  VAGUE_QUANTITIES,
  WEEKDAYS,
  type PhraseMeaning,
  type TimeUnit,
} from './lexicon';

/** TimeML's parts of the day: morning, midday, afternoon, evening, night. */
export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';
/** TimeML's seasons: spring, summer, fall, winter. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** Calendar units an expression can name around an anchor. */
export type Grain = 'week' | 'weekend' | 'month' | 'year' | 'quarter' | 'decade' | 'century';

/** What an expression means, before it is anchored to a day. */
export type Meaning =
  /** A calendar date, possibly without year (`le 10 janvier`) or day (`février 2022`). */
  | {
      k: 'calendar';
      year?: number;
      month?: number;
      day?: number;
      weekday?: number;
      part?: DayPart;
      /** `fin février`, `début mars`: TimeML keeps the month as the value. */
      mod?: 'start' | 'mid' | 'end';
      /** `le 12 mars dernier`, `en avril prochain`: the direction is written out. */
      tense?: 'past' | 'future';
    }
  /** A weekday alone (`mardi`, `ce mardi`, `mardi dernier`, `next Tuesday`). */
  | {
      k: 'weekday';
      weekday: number;
      which: 'bare' | 'this' | 'last' | 'next';
      part?: DayPart;
      /** `le lundi`: every Monday, unless a past tense makes it one Monday. */
      habitual?: boolean;
    }
  /** A day counted from the publication date (`hier`, `aujourd'hui`, `ce soir`). */
  | { k: 'deictic'; days: number; part?: DayPart }
  /** A day counted from the date last mentioned (`la veille`, `le lendemain`). */
  | { k: 'anaphoric'; days: number; part?: DayPart }
  /** A calendar unit around a reference (`la semaine dernière`, `cette année`, `l'été prochain`). */
  | { k: 'unit'; grain: Grain; offset: number; ref: 'now' | 'last'; season?: Season }
  /** A shift by an amount of time (`il y a deux ans`, `deux jours plus tard`, `dans trois semaines`). */
  | { k: 'shift'; n: number | null; unit: TimeUnit; dir: -1 | 1; ref: 'now' | 'last'; durationUnlessFuture?: boolean }
  /** An amount of time (`depuis près de trois ans`, `quatre heures et demie`). */
  | { k: 'duration'; n: number | null; unit: TimeUnit; extra?: 'half' | 'quarter' }
  /** A recurrence (`chaque semaine`, `tous les mardis`). */
  | { k: 'set'; value: string }
  /** A clock time (`à 15h00`, `at 3 p.m.`). */
  | { k: 'time'; hour: number; minute: number }
  /** A value known without any anchor (decades, centuries). */
  | { k: 'fixed'; value: string }
  /** A quarter or half of the anchor's year (`au premier trimestre` → `2025-Q1`). */
  | { k: 'part-of-year'; code: string }
  /** A season of a given year (`l'été 2024`). */
  | { k: 'season'; season: Season; year: number }
  /** Found, but no exact value (`récemment`, `en temps voulu`, `ces dernières années`). */
  | { k: 'vague'; ref: 'present' | 'past' | 'future' | 'none' };

/** A candidate temporal expression: where, what type, and what it means. */
export interface Candidate extends Span {
  type: DateType;
  meaning: Meaning;
  /** True when the year was written out (`18 février 2025`, `en 2024`). */
  explicitYear?: boolean;
}

// ——— regex building blocks ———

// The left word boundary is checked in code (see `recognize`): a leading lookbehind would
// stop the regex engine from skipping quickly to a possible first character.
const L = '';
const R = '(?![\\p{L}\\p{N}_])';
const SP = '\\s+';
const AP = "['’]";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: spaces match any white space, apostrophes both forms. */
function phrase(s: string): string {
  return escape(s).replace(/['’]/g, AP).replace(/ /g, SP).replace(/-/g, '[-‑]');
}

/** An alternation of phrases, longest first so that the longest one matches. */
function alt(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${list.map(phrase).join('|')})`;
}

/** Lower case, plain apostrophe, single spaces, plain hyphen: the lexicon's key form. */
export function keyOf(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').replace(/‑/g, '-');
}

function lookup<T>(table: Record<string, T>, s: string): T | undefined {
  const k = keyOf(s);
  if (k in table) return table[k];
  const alt = k.replace(/'/g, '’');
  if (alt in table) return table[alt];
  return undefined;
}

// ——— numbers ———

/** Reads a cardinal written in digits or words (`3`, `trois`, `vingt-quatre`, `quatre-vingts`). */
export function parseNumber(s: string, language: Language): number | null {
  const t = keyOf(s).trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d+[.,]\d+$/.test(t)) return Number(t.replace(',', '.'));
  const words = NUMBER_WORDS[language];
  let total = 0;
  let current = 0;
  let any = false;
  for (const token of t.split(/[-\s]+/)) {
    if (token === 'et' || token === 'and') continue;
    const n = words[token];
    if (n === undefined) return null;
    any = true;
    if (n === 100) current = (current || 1) * 100;
    else if (n === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (n === 20 && current % 10 === 4 && language === 'fr' && current % 100 === 4) current = current - 4 + 80;
    else current += n;
  }
  return any ? total + current : null;
}

// ——— the patterns ———

interface Rule {
  re: RegExp;
  build: (m: RegExpExecArray, text: string) => Candidate | Candidate[] | null;
}

interface Lexicon {
  month: string;
  weekday: string;
  num: string;
  vagueQ: string;
  unit: string;
  season: string;
  part: string;
  past: string;
  next: string;
}

function lexiconPatterns(language: Language): Lexicon {
  const words = Object.keys(NUMBER_WORDS[language]).filter((w) => w.length > 1 || language === 'fr');
  const word = alt(words);
  return {
    month: alt(Object.keys(MONTHS[language])),
    weekday: alt(Object.keys(WEEKDAYS[language])),
    // digits, a decimal, or up to four number words joined by hyphens, spaces or "et"
    num: `(?:\\d{1,4}(?:[.,]\\d)?|${word}(?:(?:[-‑]|\\s+)(?:(?:et|and)(?:[-‑]|\\s+))?${word}){0,3})`,
    vagueQ: alt(VAGUE_QUANTITIES[language]),
    unit: alt(Object.keys(UNITS[language])),
    season: alt(Object.keys(SEASONS[language])),
    part: alt(Object.keys(DAY_PARTS[language])),
    past: alt(PAST_WORDS[language]),
    next: alt(NEXT_WORDS[language]),
  };
}

const DAY_NUM_FR = '(?:1er|1re|premier|3[01]|[12]\\d|0?[1-9])';
const DAY_NUM_EN = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';

function dayNumber(s: string): number {
  const k = keyOf(s);
  if (k.startsWith('1er') || k.startsWith('1re') || k === 'premier') return 1;
  return parseInt(k, 10);
}

function roman(s: string): number | null {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const t = s.toLowerCase();
  for (let i = 0; i < t.length; i++) {
    const v = values[t[i]];
    if (!v) return null;
    const next = values[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The words just before an offset, lower-cased (for the guards that look back). */
function before(text: string, index: number, chars = 30): string {
  return keyOf(text.slice(Math.max(0, index - chars), index));
}

function after(text: string, index: number, chars = 30): string {
  return keyOf(text.slice(index, index + chars));
}

const cand = (start: number, end: number, type: DateType, meaning: Meaning, explicitYear?: boolean): Candidate => ({
  start,
  end,
  type,
  meaning,
  explicitYear,
});

/** Start and end of capture group `g`, using the `d` flag's indices. */
function groupSpan(m: RegExpExecArray, g: number): Span {
  const idx = m.indices?.[g];
  if (!idx) return { start: m.index, end: m.index + m[0].length };
  return { start: idx[0], end: idx[1] };
}

function unitOf(language: Language, s: string): TimeUnit | undefined {
  return lookup(UNITS[language], s);
}

function durationCandidate(
  start: number,
  end: number,
  language: Language,
  numText: string | undefined,
  unitText: string,
  extra?: string,
): Candidate | null {
  const unit = unitOf(language, unitText);
  if (!unit) return null;
  let n: number | null = null;
  if (numText && !VAGUE_QUANTITIES[language].includes(keyOf(numText))) n = parseNumber(numText, language);
  const e = extra ? keyOf(extra) : '';
  const half = e.startsWith('demi') || e.includes('half') ? 'half' : e === 'quart' ? 'quarter' : undefined;
  return cand(start, end, 'duration', { k: 'duration', n, unit, extra: half });
}

// Month abbreviations without a dot: only with a day or a year ("15 nov", "nov 2001").
const ABBREVIATED_FR = new Set(['janv', 'févr', 'fév', 'avr', 'juil', 'oct', 'nov', 'déc']);

// Words that, just before a bare month name, show it is a date (`en janvier`, `fin mars`).
const MONTH_CONTEXT_FR =
  /(?:^|[\s(])(?:en|de|d'|dès|depuis|jusqu'en|jusqu'à|pour|avant|après|mois de|entre|et|ou|à partir de|vers|courant|mi|au|à|début|fin|le|du|dans|ce|cette)[\s-]*$/;
const MONTH_CONTEXT_EN =
  /(?:^|[\s(])(?:in|since|until|till|by|before|after|from|to|during|early|late|mid|of|last|next|this|and|or|between|through)[\s-]*$/;

const YEAR_CONTEXT_FR =
  /(?:^|[\s(])(?:en|depuis|dès|de|d'|jusqu'en|avant|après|d'ici|à partir de|vers|fin|début|courant|l'année|l'an|année|et|ou|entre|au|à|pour|le|du|mi)[\s-]*$/;
const YEAR_CONTEXT_EN =
  /(?:^|[\s(])(?:in|since|by|until|before|after|from|during|of|and|or|between|to|through|year|early|late|mid)[\s-]*$/;

function rules(language: Language): Rule[] {
  const x = lexiconPatterns(language);
  const fr = language === 'fr';
  const out: Rule[] = [];
  const add = (source: string, build: Rule['build']): void => {
    out.push({ re: new RegExp(source, 'giud'), build });
  };
  const months = MONTHS[language];
  const weekdays = WEEKDAYS[language];

  // Fixed phrases: deictic days and vague references.
  const phrases = PHRASES[language];
  add(`${L}${alt(Object.keys(phrases))}${R}`, (m) => {
    const meaning = lookup<PhraseMeaning>(phrases, m[0]);
    if (!meaning) return null;
    if (meaning.kind === 'set') return cand(m.index, m.index + m[0].length, 'set', { k: 'set', value: meaning.value });
    if (meaning.kind === 'deictic') {
      return cand(m.index, m.index + m[0].length, 'date', { k: 'deictic', days: meaning.days, part: meaning.part });
    }
    return cand(m.index, m.index + m[0].length, meaning.type, { k: 'vague', ref: meaning.ref });
  });

  if (fr) {
    // mardi 18 février 2025, 1er mars, 18 février
    add(
      `${L}(?:(${x.weekday}),?${SP}(?:le${SP})?)?(${DAY_NUM_FR})${SP}(${x.month})(?:,?${SP}(${YEAR})|${SP}(dernier|prochain))?(?:,?${SP}(?:en|dans${SP}la|dans${SP}l${AP}|au)${SP}(${x.part}))?${R}`,
      (m, text) => {
        const day = dayNumber(m[2]);
        const month = lookup(months, m[3])!;
        const year = m[4] ? Number(m[4]) : undefined;
        // "sept." only with a year; bare abbreviations are too ambiguous.
        if (m[3].endsWith('.') && !year && !m[1]) return null;
        // "les 27 mars" is fine, but "2 mai" inside a bigger number ("12 2 mai") is not our problem.
        if (!year && /\d[\s.,]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
        return cand(
          m.index,
          m.index + m[0].length,
          'date',
          {
            k: 'calendar',
            year,
            month,
            day,
            weekday: m[1] ? lookup(weekdays, m[1]) : undefined,
            tense: m[5] ? (keyOf(m[5]) === 'dernier' ? 'past' : 'future') : undefined,
            part: m[6] ? lookup(DAY_PARTS.fr, m[6]) : undefined,
          },
          !!year,
        );
      },
    );
    // 10 et 11 janvier, du 10 au 12 janvier: the first day takes the month of the second
    add(
      `${L}(${DAY_NUM_FR})(?=\\s*(?:et|au|à|-|–|,)\\s*(?:le${SP})?${DAY_NUM_FR}${SP}(${x.month})(?:${SP}(${YEAR}))?${R})`,
      (m) => {
        const year = m[3] ? Number(m[3]) : undefined;
        return cand(
          m.index,
          m.index + m[0].length,
          'date',
          { k: 'calendar', year, month: lookup(months, m[2])!, day: dayNumber(m[1]) },
          !!year,
        );
      },
    );
    // février 2022, fin février, début mars 2024, mi-janvier, en janvier
    add(
      `${L}(?:(début|fin|mi|courant|milieu|à la fin|au début|à la mi|fin de|début de)(?:\\s*[-‑]\\s*|\\s+)?(?:du mois de\\s+|de\\s+)?)?(${x.month})(?:${SP}(${YEAR})|${SP}(dernier|prochain))?${R}`,
      (m, text) => {
        const year = m[3] ? Number(m[3]) : undefined;
        const mod = m[1] ? keyOf(m[1]) : '';
        const tense = m[4] ? (keyOf(m[4]) === 'dernier' ? 'past' : 'future') : undefined;
        if (!year && !mod && !tense) {
          if (m[2].endsWith('.') || ABBREVIATED_FR.has(keyOf(m[2]))) return null;
          if (!MONTH_CONTEXT_FR.test(before(text, m.index))) return null;
          // "Mars" the planet or a name: a capital month without year needs "en"/"de" before it.
          if (/^M/.test(m[2]) && keyOf(m[2]) === 'mars' && !/(?:en|de|d')\s*$/.test(before(text, m.index))) return null;
        }
        const modifier = mod.includes('fin') ? 'end' : mod.includes('début') ? 'start' : mod ? 'mid' : undefined;
        return cand(
          m.index,
          m.index + m[0].length,
          'date',
          { k: 'calendar', year, month: lookup(months, m[2])!, mod: modifier, tense },
          !!year,
        );
      },
    );
    // mardi 18 (the month is the anchor's, or the one around it where the 18th is a Tuesday)
    add(`${L}(${x.weekday})${SP}(${DAY_NUM_FR})(?![\\p{L}\\p{N}_]|\\s*(?:h\\b|heures?|%|[.,]\\d))`, (m) =>
      cand(m.index, m.index + m[0].length, 'date', {
        k: 'calendar',
        day: dayNumber(m[2]),
        weekday: lookup(weekdays, m[1]),
      }),
    );
    // le 11-Septembre: the attacks, a fixed day
    add(`${L}(?:le${SP})?11[-‑]Septembre${R}`, (m) =>
      cand(m.index, m.index + m[0].length, 'date', { k: 'fixed', value: '2001-09-11' }, true),
    );
    // la même année, le même mois: the unit of the date last mentioned
    add(`${L}(?:la|le)${SP}même${SP}(année|semaine|mois)${R}`, (m) => {
      const w = keyOf(m[1]);
      const grain: Grain = w === 'semaine' ? 'week' : w === 'mois' ? 'month' : 'year';
      return cand(m.index, m.index + m[0].length, 'date', { k: 'unit', grain, offset: 0, ref: 'last' });
    });
    // Fixed holidays: Noël, la Saint-Sylvestre, le jour de l'An, la Toussaint, le 14-Juillet
    add(
      `${L}(?:(?:à|pour|après|avant|depuis|dès|du|de|au)${SP})?(?:la${SP}|le${SP}|l${AP})?(Noël|Saint-Sylvestre|Saint-Valentin|réveillon|jour de l${AP}An|Nouvel An|Toussaint|14[-‑]Juillet|1er[-‑]Mai|11[-‑]Novembre|8[-‑]Mai)(?:${SP}(${YEAR}))?${R}`,
      (m) => {
        const k = keyOf(m[1]);
        const [month, day] = k.includes('noël')
          ? [12, 25]
          : k.includes('sylvestre') || k.includes('réveillon')
            ? [12, 31]
            : k.includes('valentin')
              ? [2, 14]
              : k.includes('toussaint')
                ? [11, 1]
                : k.includes('juillet')
                  ? [7, 14]
                  : k.includes('1er')
                    ? [5, 1]
                    : k.includes('11')
                      ? [11, 11]
                      : k.includes('8')
                        ? [5, 8]
                        : [1, 1];
        const year = m[2] ? Number(m[2]) : undefined;
        return cand(m.index, m.index + m[0].length, 'date', { k: 'calendar', year, month, day }, !!year);
      },
    );
    // la nuit de samedi à dimanche
    add(`${L}(?:dans${SP})?la${SP}nuit${SP}d[eu]${SP}(${x.weekday})${SP}(?:à|au)${SP}(${x.weekday})${R}`, (m) =>
      cand(m.index, m.index + m[0].length, 'date', {
        k: 'weekday',
        weekday: lookup(weekdays, m[1])!,
        which: 'bare',
        part: 'NI',
      }),
    );
    // la fin de l'année, début de semaine, à la mi-année, la fin du mois prochain
    add(
      `${L}(?:la${SP}|en${SP}|à${SP}la${SP}|au${SP})?(fin|début|milieu|mi)(?:\\s*[-‑]\\s*|\\s+)?(?:de${SP}l${AP}|d${AP}|du${SP}|de${SP}la${SP}|de${SP}cette${SP}|de${SP}ce${SP}|de${SP}cet${SP}|de${SP})?(année|an|mois|semaine|trimestre|décennie|siècle|${x.season})(?:${SP}(${x.past}|${x.next}|en cours))?${R}`,
      (m) => {
        const unitWord = keyOf(m[2]);
        const rel = m[3] ? keyOf(m[3]) : '';
        const offset = PAST_WORDS.fr.includes(rel) ? -1 : NEXT_WORDS.fr.includes(rel) ? 1 : 0;
        const grain: Grain =
          unitWord === 'semaine'
            ? 'week'
            : unitWord === 'mois'
              ? 'month'
              : unitWord === 'trimestre'
                ? 'quarter'
                : unitWord === 'décennie'
                  ? 'decade'
                  : unitWord === 'siècle'
                    ? 'century'
                    : 'year';
        return cand(m.index, m.index + m[0].length, 'date', {
          k: 'unit',
          grain,
          offset,
          ref: 'now',
          season: SEASONS.fr[unitWord],
        });
      },
    );
    // au premier trimestre 2025, le second semestre
    add(
      `${L}(?:(?:le|au|du)${SP})?(premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème|quatrième|4e|4ème|dernier)${SP}(trimestre|semestre)(?:${SP}(?:de${SP})?(${YEAR}))?${R}`,
      (m) => {
        const k = keyOf(m[1]);
        const n = /^(?:premier|1er)$/.test(k)
          ? 1
          : /^(?:deuxième|second|2e|2ème)$/.test(k)
            ? 2
            : /^(?:troisième|3e|3ème)$/.test(k)
              ? 3
              : 4;
        const semester = keyOf(m[2]) === 'semestre';
        const code = semester ? `H${Math.min(n, 2)}` : `Q${n}`;
        if (m[3]) return cand(m.index, m.index + m[0].length, 'date', { k: 'fixed', value: `${m[3]}-${code}` }, true);
        return cand(m.index, m.index + m[0].length, 'date', { k: 'part-of-year', code });
      },
    );
    // dans la matinée, en fin de journée, dans la soirée: a part of the day last mentioned
    add(
      `${L}(?:dans${SP}la${SP}(matinée|soirée|nuit|journée)|dans${SP}l${AP}(après-midi)|en${SP}(?:(?:fin|début|milieu)${SP}de${SP}|d${AP})?(matinée|soirée|journée|après-midi)|le${SP}(soir|matin)${SP}même|à${SP}l${AP}(aube)(?!${SP}d))${R}`,
      (m) => {
        const w = keyOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
        const part = w === 'journée' ? undefined : w === 'aube' ? 'MO' : lookup(DAY_PARTS.fr, w);
        return cand(m.index, m.index + m[0].length, 'date', { k: 'anaphoric', days: 0, part });
      },
    );
    // au printemps, en été, à l'automne, avant l'été: the season the tense points to
    add(
      `${L}(?:au${SP}(printemps)|en${SP}(été|automne|hiver)|à${SP}l${AP}(automne|été)|(?:avant|après|pendant|durant|depuis|dès|jusqu${AP}à|d${AP}ici)${SP}(?:l${AP}(été|automne|hiver)|le${SP}(printemps)))${R}(?!\\s+\\d{4})`,
      (m) =>
        cand(m.index, m.index + m[0].length, 'date', {
          k: 'unit',
          grain: 'year',
          offset: 0,
          ref: 'now',
          season: lookup(SEASONS.fr, m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]),
        }),
    );
  } else {
    // Tuesday, February 18, 2025 / Feb. 18 / March 3rd
    add(`${L}(?:(${x.weekday}),?${SP})?(${x.month})${SP}(${DAY_NUM_EN})(?:,?${SP}(${YEAR}))?${R}`, (m) => {
      if (!/^[A-Z]/.test(m[2])) return null;
      const year = m[4] ? Number(m[4]) : undefined;
      return cand(
        m.index,
        m.index + m[0].length,
        'date',
        {
          k: 'calendar',
          year,
          month: lookup(months, m[2])!,
          day: dayNumber(m[3]),
          weekday: m[1] ? lookup(weekdays, m[1]) : undefined,
        },
        !!year,
      );
    });
    // 18 February 2025 / the 3rd of March
    add(
      `${L}(?:(${x.weekday}),?${SP})?(?:the${SP})?(${DAY_NUM_EN})(?:${SP}of)?${SP}(${x.month})(?:,?${SP}(${YEAR}))?${R}`,
      (m) => {
        if (!/^[A-Z]/.test(m[3])) return null;
        const year = m[4] ? Number(m[4]) : undefined;
        return cand(
          m.index,
          m.index + m[0].length,
          'date',
          {
            k: 'calendar',
            year,
            month: lookup(months, m[3])!,
            day: dayNumber(m[2]),
            weekday: m[1] ? lookup(weekdays, m[1]) : undefined,
          },
          !!year,
        );
      },
    );
    // February 2022, early March, in January
    add(
      `${L}(?:(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of)(?:\\s*[-‑]\\s*|\\s+)?)?(${x.month})(?:,?${SP}(${YEAR}))?${R}`,
      (m, text) => {
        if (!/^[A-Z]/.test(m[2])) return null;
        const year = m[3] ? Number(m[3]) : undefined;
        const mod = m[1] ? keyOf(m[1]) : '';
        if (!year && !mod) {
          if (m[2].endsWith('.') || keyOf(m[2]).length <= 3) return null;
          // Capitalised full month names are months, except those that are also words or names.
          const ambiguous = /^(?:may|march|august)$/.test(keyOf(m[2]));
          if (ambiguous && !MONTH_CONTEXT_EN.test(before(text, m.index))) return null;
        }
        const modifier =
          mod.includes('end') || mod === 'late'
            ? 'end'
            : mod.includes('beginning') || mod.includes('start') || mod === 'early'
              ? 'start'
              : mod
                ? 'mid'
                : undefined;
        return cand(
          m.index,
          m.index + m[0].length,
          'date',
          { k: 'calendar', year, month: lookup(months, m[2])!, mod: modifier },
          !!year,
        );
      },
    );
  }

  // Numeric dates: 18/02/2025, 18-02-2025, 18.02.2025 (day first in French; month first in English
  // unless the first number cannot be a month).
  add(`${L}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{L}\\p{N}_]|[/.-]\\d)`, (m) => {
    let a = Number(m[1]);
    let b = Number(m[3]);
    if (!fr && m[2] === '/' && a <= 12) [a, b] = [b, a];
    const yy = Number(m[4]);
    const year = m[4].length === 2 ? (yy < 50 ? 2000 + yy : 1900 + yy) : yy;
    if (b < 1 || b > 12 || a < 1 || a > 31) return null;
    return cand(m.index, m.index + m[0].length, 'date', { k: 'calendar', year, month: b, day: a }, true);
  });
  // ISO: 2025-02-18, 2025-02-18T15:00, 2025/02/18
  add(
    `${L}(\\d{4})([-/])(\\d{2})\\2(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${R}`,
    (m) => {
      const month = Number(m[3]);
      const day = Number(m[4]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      if (m[5]) {
        return cand(
          m.index,
          m.index + m[0].length,
          'time',
          { k: 'fixed', value: `${m[1]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}${m[7] ? `:${m[7]}` : ''}` },
          true,
        );
      }
      return cand(m.index, m.index + m[0].length, 'date', { k: 'calendar', year: Number(m[1]), month, day }, true);
    },
  );
  // ISO month: 2025-02
  add(`${L}(\\d{4})-(\\d{2})(?![\\p{L}\\p{N}_]|-\\d)`, (m) => {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12 || year < 1800 || year > 2100) return null;
    return cand(m.index, m.index + m[0].length, 'date', { k: 'calendar', year, month }, true);
  });

  // Years: en 2024, 1998, l'année 2024
  add(
    `${L}(?:(?:l${AP}année|l${AP}an|année|the year)${SP})?(${YEAR})(?![\\p{L}\\p{N}_]|[.,]\\d|\\s*%|\\s*[€$£])`,
    (m, text) => {
      const year = Number(m[1]);
      const prev = before(text, m.index, 24);
      // Part of a bigger number or a code: "1 2000", "n° 2024", "249-2025".
      if (/(?:\d[\s.,]?|n°\s?|no\.?\s|\d[-/]|^[-/])$/.test(prev) && !/(?:1[5-9]|20)\d\d\s*[-–]\s*$/.test(prev))
        return null;
      if (/(?:plus de|moins de|environ|quelque|près de|au moins|more than|less than|about|some|nearly)\s$/.test(prev)) {
        return null;
      }
      const next = /^\s*([\p{L}]+)/u.exec(after(text, m.index + m[0].length, 24));
      if (next && COUNT_NOUNS.has(next[1])) return null;
      const contextual = (fr ? YEAR_CONTEXT_FR : YEAR_CONTEXT_EN).test(prev) || /^(?:l|année|the)/i.test(m[0]);
      if (!contextual && (year < 1900 || year > 2100)) return null;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'calendar', year }, true);
    },
  );

  if (fr) {
    // les années 1990, les années 90
    add(`${L}(?:les${SP})?années${SP}(?:(19|20)(\\d)0|([2-9])0)${R}`, (m) => {
      const value = m[1] ? `${m[1]}${m[2]}` : `19${m[3]}`;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'fixed', value });
    });
    // le XXe siècle, le 21e siècle
    add(`${L}(?:(?:le|au|du)${SP})?([XVI]{1,6}|\\d{1,2})(?:e|è|ème|eme)${SP}siècle${R}`, (m) => {
      const n = /^\d/.test(m[1]) ? Number(m[1]) : roman(m[1]);
      if (!n) return null;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'fixed', value: String(n - 1).padStart(2, '0') });
    });
  } else {
    add(`${L}(?:the${SP})?(1\\d|20)(\\d)0${AP}?s${R}`, (m) =>
      cand(m.index, m.index + m[0].length, 'date', { k: 'fixed', value: `${m[1]}${m[2]}` }),
    );
    add(`${L}(?:the${SP})?(\\d{1,2})(?:st|nd|rd|th)${SP}century${R}`, (m) =>
      cand(m.index, m.index + m[0].length, 'date', {
        k: 'fixed',
        value: String(Number(m[1]) - 1).padStart(2, '0'),
      }),
    );
  }

  // Weekdays: mardi, ce mardi, mardi dernier, mardi soir / on Tuesday, last Tuesday
  if (fr) {
    add(
      `${L}(?:(ce|cette)${SP})?(${x.weekday})(?:${SP}(dernier|prochain|passé|suivant|précédent|qui vient))?(?:${SP}(?:en${SP}|dans${SP}l${AP})?(${x.part}))?${R}`,
      (m, text) => {
        const wd = lookup(weekdays, m[2])!;
        const rel = m[3] ? keyOf(m[3]) : '';
        // "le mardi suivant": the Tuesday after the date last mentioned, approximated as next.
        const which = m[1]
          ? 'this'
          : rel === 'dernier' || rel === 'passé' || rel === 'précédent'
            ? 'last'
            : rel
              ? 'next'
              : 'bare';
        // Plural "les mardis" is a set; handled elsewhere.
        if (/s$/i.test(m[2])) return null;
        // "le lundi" without a date after it: "on Mondays", unless the tense says one Monday.
        const definite = !m[1] && !rel && /(?:^|\s)le\s$/.test(before(text, m.index, 4));
        return cand(m.index, m.index + m[0].length, 'date', {
          k: 'weekday',
          weekday: wd,
          which,
          part: m[4] ? lookup(DAY_PARTS.fr, m[4]) : undefined,
          habitual: definite || undefined,
        });
      },
    );
  } else {
    add(`${L}(?:(this|last|next|on|this past|this coming)${SP})?(${x.weekday})(?:${SP}(${x.part}))?${R}`, (m, text) => {
      if (!/^[A-Z]/.test(m[2])) return null;
      const rel = m[1] ? keyOf(m[1]) : '';
      // "the Sunday World", "'Sunday Times'": a name, not a day.
      const end = m.index + m[0].length;
      if (
        !rel &&
        !m[3] &&
        /(?:(?:^|\s)(?:the|a|an)\s|['‘“"])$/i.test(before(text, m.index, 5)) &&
        /^\s+[A-Z]/.test(text.slice(end, end + 3))
      ) {
        return null;
      }
      const which =
        rel === 'last' || rel === 'this past'
          ? 'last'
          : rel === 'next' || rel === 'this coming'
            ? 'next'
            : rel === 'this'
              ? 'this'
              : 'bare';
      const start = rel === 'on' ? groupSpan(m, 2).start : m.index;
      return cand(start, m.index + m[0].length, 'date', {
        k: 'weekday',
        weekday: lookup(weekdays, m[2])!,
        which,
        part: m[3] ? lookup(DAY_PARTS.en, m[3]) : undefined,
      });
    });
  }

  // Units around now: la semaine dernière, cette année, l'an prochain, ce mois-ci, cet été
  if (fr) {
    add(
      `${L}(la|cette|ce|cet|l${AP}|le|les)\\s*(semaine|mois|année|an|week-end|weekend|trimestre|décennie|siècle|${x.season})(?:[-‑](ci|là))?(?:${SP}(${x.past}|${x.next}|en cours|actuel|actuelle|même))?${R}`,
      (m) => {
        const det = keyOf(m[1]);
        const unitWord = keyOf(m[2]);
        const there = m[3] ? keyOf(m[3]) : '';
        const rel = m[4] ? keyOf(m[4]) : '';
        if (det === 'les') return null;
        const demonstrative = det === 'ce' || det === 'cet' || det === 'cette';
        if (!demonstrative && !rel && !(unitWord === 'week-end' || unitWord === 'weekend')) return null;
        if (unitWord === 'an' && demonstrative) return null;
        let offset = 0;
        let ref: 'now' | 'last' = 'now';
        if (PAST_WORDS.fr.includes(rel)) {
          offset = -1;
          if (rel.startsWith('précédent') || rel === "d'avant") ref = 'last';
        } else if (NEXT_WORDS.fr.includes(rel)) {
          offset = 1;
          if (rel.startsWith('suivant') || rel === "d'après") ref = 'last';
        }
        if (there === 'là' || rel === 'même') ref = 'last';
        const season = SEASONS.fr[unitWord];
        const grain: Grain = season
          ? 'year'
          : unitWord === 'semaine'
            ? 'week'
            : unitWord === 'mois'
              ? 'month'
              : unitWord === 'trimestre'
                ? 'quarter'
                : unitWord === 'décennie'
                  ? 'decade'
                  : unitWord === 'siècle'
                    ? 'century'
                    : unitWord.startsWith('week')
                      ? 'weekend'
                      : 'year';
        return cand(m.index, m.index + m[0].length, 'date', { k: 'unit', grain, offset, ref, season });
      },
    );
    // l'été 2024, l'hiver 2022
    add(`${L}(?:l${AP}|le${SP}|en${SP}|au${SP})?(${x.season})${SP}(${YEAR})${R}`, (m) =>
      cand(
        m.index,
        m.index + m[0].length,
        'date',
        { k: 'season', season: lookup(SEASONS.fr, m[1])!, year: Number(m[2]) },
        true,
      ),
    );
    // ces derniers mois, ces dernières années, les trois derniers mois, les prochains jours
    add(
      `${L}(?:(?:au cours|lors|pendant|durant)${SP}(?:de${SP})?)?(?:(ces|les|des|de)${SP})?(?:(${x.num})${SP})?(derniers|dernières|prochains|prochaines|premiers|premières)${SP}(${x.unit})${R}`,
      (m) => {
        const n = m[2] ? parseNumber(m[2], 'fr') : null;
        const unit = unitOf('fr', m[4]);
        if (!unit) return null;
        const next = keyOf(m[3]).startsWith('prochain');
        if (n !== null) return cand(m.index, m.index + m[0].length, 'duration', { k: 'duration', n, unit });
        return cand(m.index, m.index + m[0].length, next ? 'date' : 'duration', {
          k: 'vague',
          ref: next ? 'future' : 'past',
        });
      },
    );
    // dans les semaines à venir, les mois qui viennent
    add(
      `${L}(?:dans${SP})?les${SP}(?:${x.num}${SP})?(${x.unit})${SP}(?:à venir|qui viennent|suivants|suivantes)${R}`,
      (m) => cand(m.index, m.index + m[0].length, 'date', { k: 'vague', ref: 'future' }),
    );
  } else {
    add(
      `${L}(this|last|next|past|coming|the following|the previous|the next|earlier this|later this|the same)${SP}(week|month|year|weekend|quarter|decade|century|${x.season})${R}`,
      (m) => {
        const rel = keyOf(m[1]);
        const unitWord = keyOf(m[2]);
        let offset = 0;
        let ref: 'now' | 'last' = 'now';
        if (rel === 'last' || rel === 'past') offset = -1;
        else if (rel === 'next' || rel === 'coming') offset = 1;
        else if (rel === 'the following' || rel === 'the next') {
          offset = 1;
          ref = 'last';
        } else if (rel === 'the previous') {
          offset = -1;
          ref = 'last';
        } else if (rel === 'the same') ref = 'last';
        const season = SEASONS.en[unitWord];
        const grain: Grain = season
          ? 'year'
          : unitWord === 'weekend'
            ? 'weekend'
            : unitWord === 'week' || unitWord === 'month' || unitWord === 'year' || unitWord === 'quarter'
              ? unitWord
              : unitWord === 'decade'
                ? 'decade'
                : 'century';
        return cand(m.index, m.index + m[0].length, 'date', { k: 'unit', grain, offset, ref, season });
      },
    );
    add(`${L}(?:in${SP})?(?:the${SP})?(${x.season})${SP}(?:of${SP})?(${YEAR})${R}`, (m) =>
      cand(
        m.index,
        m.index + m[0].length,
        'date',
        { k: 'season', season: lookup(SEASONS.en, m[1])!, year: Number(m[2]) },
        true,
      ),
    );
    // over the weekend, during the weekend
    add(`${L}(?:over|during|at|on|until|till|by|before|after|for)${SP}the${SP}(weekend)${R}`, (m) =>
      cand(groupSpan(m, 1).start - 4, m.index + m[0].length, 'date', {
        k: 'unit',
        grain: 'weekend',
        offset: 0,
        ref: 'now',
      }),
    );
    // the second half of the year, the first quarter of 2025
    add(
      `${L}(?:the${SP})?(first|second|third|fourth|last|1st|2nd|3rd|4th)(?:${SP}|-)(quarter|half)(?:${SP}of${SP}(?:(?:the|this)${SP}year|(${YEAR})))?${R}`,
      (m, text) => {
        const k = keyOf(m[1]);
        const n = /^(?:first|1st)$/.test(k) ? 1 : /^(?:second|2nd)$/.test(k) ? 2 : /^(?:third|3rd)$/.test(k) ? 3 : 4;
        const half = keyOf(m[2]) === 'half';
        // A game's quarters and halves are not the calendar's ("a fourth-quarter touchdown"):
        // as an adjective, only before the words of accounts.
        const next = after(text, m.index + m[0].length, 40);
        if (/-/.test(m[0]) && /^\s+[a-z]/.test(next)) {
          const accounts =
            /^\s+(?:(?:net|operating|adjusted|core)\s+)?(?:profits?|earnings|results|revenues?|sales|loss(?:es)?|growth|gdp|output|figures|numbers|reports?|income|deliveries|shipments|margins?|performance|forecasts?|estimates?|data|deficit|surplus)\b/;
          if (!accounts.test(next)) return null;
        }
        if (
          /^\s+(?:touchdowns?|goals?|lead|leads|comeback|drives?|interceptions?|field goals?|runs?|points?|baskets?|rally|surge|deficit|score[sd]?|play|stoppage|penalty|of (?:the|that|this) (?:game|match))\b/.test(
            next,
          )
        ) {
          return null;
        }
        // "the first half" alone may be a match's: only with "of the year" or a year.
        if (half && !m[3] && !/of/.test(keyOf(m[0]))) return null;
        const code = half ? `H${Math.min(n, 2)}` : `Q${n}`;
        if (m[3]) return cand(m.index, m.index + m[0].length, 'date', { k: 'fixed', value: `${m[3]}-${code}` }, true);
        return cand(m.index, m.index + m[0].length, 'date', { k: 'part-of-year', code });
      },
    );
    // weeks after, years later: an unquantified amount
    add(`${L}(days|weeks|months|years|decades|hours)${SP}(?:after|later|earlier|before)${R}`, (m) =>
      cand(m.index, groupSpan(m, 1).end, 'duration', { k: 'vague', ref: 'none' }),
    );
    // the past three years, the last few months
    add(
      `${L}(?:over${SP}|in${SP}|during${SP}|for${SP})?the${SP}(?:past|last)${SP}(?:(${x.num}|few|several)${SP})?(${x.unit})${R}`,
      (m) => {
        const unit = unitOf('en', m[2]);
        if (!unit) return null;
        const n = m[1] ? parseNumber(m[1], 'en') : 1;
        return cand(m.index, m.index + m[0].length, 'duration', { k: 'duration', n, unit });
      },
    );
  }

  // Anaphoric days: la veille, le lendemain, le surlendemain / the day before, the next day
  if (fr) {
    add(
      `${L}(la veille|l${AP}avant-veille|le lendemain|le surlendemain|le jour même|le même jour|ce jour-là|le jour suivant|le jour précédent|à cette date|à cette date-là)(?:${SP}(?:au${SP}|dans${SP}l${AP}|en${SP})?(${x.part}))?${R}`,
      (m, text) => {
        const k = keyOf(m[1]);
        // "la veille du sommet" counts from an event, not a date: found, no value; but "à la
        // veille de défier le Chili" is the idiom "on the eve of", said of the present.
        if (k.endsWith('veille') && /^\s+(?:de|du|des|d'|d’)\s/.test(after(text, m.index + m[0].length, 6) + ' ')) {
          if (/(?:^|\s)à\s$/.test(before(text, m.index, 4))) {
            return cand(m.index, m.index + m[0].length, 'date', { k: 'deictic', days: 0 });
          }
          return cand(m.index, m.index + m[0].length, 'date', { k: 'vague', ref: 'none' });
        }
        const days = k.includes('avant-veille')
          ? -2
          : k.includes('veille') || k.includes('précédent')
            ? -1
            : k.includes('surlendemain')
              ? 2
              : k.includes('lendemain') || k.includes('suivant')
                ? 1
                : 0;
        return cand(m.index, m.index + m[0].length, 'date', {
          k: 'anaphoric',
          days,
          part: m[2] ? lookup(DAY_PARTS.fr, m[2]) : undefined,
        });
      },
    );
  } else {
    add(
      `${L}(the day before|the previous day|the next day|the following day|the day after|that day|the same day)${R}`,
      (m) => {
        const k = keyOf(m[1]);
        const days =
          k.includes('before') || k.includes('previous')
            ? -1
            : k.includes('next') || k.includes('follow') || k.includes('after')
              ? 1
              : 0;
        return cand(m.index, m.index + m[0].length, 'date', { k: 'anaphoric', days });
      },
    );
  }

  // Shifts: il y a deux ans, dans trois semaines / three years ago, in two weeks
  const rangeNum = `(?:\\d{1,3}\\s*[-–/]\\s*\\d{1,3}|${x.num}(?:${SP}(?:ou|à|or|to)${SP}${x.num})?|${x.vagueQ})`;
  if (fr) {
    add(
      `${L}(il y a|voici|voilà|dans|d${AP}ici)${SP}(?:(?:environ|près de|plus de|moins de|à peine|quelque|presque|un peu plus de|seulement)${SP})?(${rangeNum})${SP}(${x.unit})(?:${SP}et${SP}(demie?|quart))?${R}`,
      (m) => {
        const unit = unitOf('fr', m[3]);
        if (!unit) return null;
        const intro = keyOf(m[1]);
        const n = parseNumber(m[2], 'fr');
        return cand(m.index, m.index + m[0].length, 'date', {
          k: 'shift',
          n,
          unit,
          dir: intro === 'il y a' || intro === 'voici' || intro === 'voilà' ? -1 : 1,
          ref: 'now',
        });
      },
    );
    add(
      `${L}(${x.num})${SP}(${x.unit})${SP}(plus tard|plus tôt|auparavant|après|avant|avant cela|après cela)${R}`,
      (m, text) => {
        const unit = unitOf('fr', m[2]);
        const n = parseNumber(m[1], 'fr');
        if (!unit || n === null) return null;
        const k = keyOf(m[3]);
        const dir = k.includes('tard') || k.startsWith('après') ? 1 : -1;
        // "deux jours avant le sommet" anchors on an event, not a date: keep it a duration.
        if (
          (k === 'après' || k === 'avant') &&
          /^\s*(?:l[ea']|les|son|sa|ses|cette|ce|cet|un|une|que|qu')/.test(after(text, m.index + m[0].length, 8))
        ) {
          return durationCandidate(m.index, groupSpan(m, 2).end, 'fr', m[1], m[2]);
        }
        return cand(m.index, m.index + m[0].length, 'date', { k: 'shift', n, unit, dir, ref: 'last' });
      },
    );
  } else {
    add(
      `${L}(?:(?:nearly|almost|about|around|some|more than|less than|roughly|over|just over|just under|at least)${SP})?(an?|${rangeNum})${SP}(${x.unit})${SP}(ago|later|earlier|before|after|from now|previously|on)${R}`,
      (m, text) => {
        const unit = unitOf('en', m[2]);
        if (!unit) return null;
        const k = keyOf(m[3]);
        const n = parseNumber(m[1], 'en');
        if (
          (k === 'before' || k === 'after' || k === 'on') &&
          /^\s*(?:the|a|an|his|her|its|their|this|that)\s/.test(after(text, m.index + m[0].length, 8))
        ) {
          return durationCandidate(m.index, groupSpan(m, 2).end, 'en', m[1], m[2]);
        }
        const dir = k === 'ago' || k === 'earlier' || k === 'before' || k === 'previously' ? -1 : 1;
        const ref = k === 'ago' || k === 'from now' ? 'now' : 'last';
        return cand(m.index, m.index + m[0].length, 'date', { k: 'shift', n, unit, dir, ref });
      },
    );
    // "in two years" is a date in the future, but "the first loss in two decades" a duration:
    // the tense decides at resolution.
    add(`${L}(in|within)${SP}(an?|${rangeNum})${SP}(${x.unit})${R}`, (m) => {
      const unit = unitOf('en', m[3]);
      if (!unit) return null;
      return cand(m.index, m.index + m[0].length, 'date', {
        k: 'shift',
        n: parseNumber(m[2], 'en'),
        unit,
        dir: 1,
        ref: 'now',
        durationUnlessFuture: true,
      });
    });
  }

  // Durations: depuis près de trois ans, plus de quatre heures, quatre heures et demie
  if (fr) {
    add(
      `${L}(?:(depuis|pendant|durant|au bout de|voilà|cela fait|ça fait)${SP})?(?:(plus de|moins de|près de|environ|quelque|presque|au moins|pas moins de|bien plus de|un peu plus de|un peu moins de|une bonne|un bon|à peine|plus d${AP}|moins d${AP}|près d${AP})\\s*)?(${x.num}|${x.vagueQ})${SP}(${x.unit})(?:${SP}et${SP}(demie?|quart))?${R}`,
      (m, text) => {
        const unitWord = keyOf(m[4]);
        const num = keyOf(m[3]);
        // "une seconde chance" is an ordinal, not a second.
        if ((num === 'un' || num === 'une') && unitWord === 'seconde' && !m[1] && !m[2]) return null;
        // "un jour" alone is "some day"; "une fois" is not time.
        if ((num === 'un' || num === 'une') && unitWord === 'jour' && !m[1] && !m[2]) {
          return cand(m.index, m.index + m[0].length, 'date', { k: 'vague', ref: 'none' });
        }
        // "à 15 heures" is a clock time, handled by the time rule.
        if (
          unitWord.startsWith('heure') &&
          /\d/.test(num) &&
          (/(?:à|vers|dès|jusqu'à|avant|aux alentours de|autour de|entre)\s$/.test(before(text, m.index, 20)) ||
            /entre\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d\d)?\s+et\s$/.test(before(text, m.index, 30))) &&
          !m[1] &&
          !m[2]
        ) {
          return null;
        }
        // "le journal de 20 heures", "le train de 8 heures": a clock time.
        if (
          unitWord.startsWith('heure') &&
          /^\d{1,2}$/.test(num) &&
          Number(num) <= 23 &&
          !m[1] &&
          !m[2] &&
          !m[5] &&
          /(?:^|\s)(?:de|du)\s$/.test(before(text, m.index, 6)) &&
          !/^\s+(?:de|d'|d’)/.test(after(text, m.index + m[0].length, 6))
        ) {
          return cand(m.index, m.index + m[0].length, 'time', { k: 'time', hour: Number(num), minute: 0 });
        }
        // "des heures" only with a time preposition: "des jours" alone is often not a duration.
        if (num === 'des' && !m[1]) return null;
        if (num === 'de' || num === 'certains' || num === 'certaines') return null;
        return durationCandidate(m.index, m.index + m[0].length, 'fr', m[3], m[4], m[5]);
      },
    );
    // toute la journée, toute l'année: one whole unit
    add(
      `${L}(?:toute${SP}la${SP}(journée|semaine|nuit)|toute${SP}l${AP}(année)|tout${SP}le${SP}(mois|week-end))${R}`,
      (m) => {
        const w = keyOf(m[1] ?? m[2] ?? m[3]);
        const value =
          w === 'journée'
            ? 'P1D'
            : w === 'semaine'
              ? 'P1W'
              : w === 'nuit'
                ? 'PT12H'
                : w === 'année'
                  ? 'P1Y'
                  : w === 'mois'
                    ? 'P1M'
                    : 'P2D';
        return cand(m.index, m.index + m[0].length, 'duration', { k: 'fixed', value });
      },
    );
    // une dizaine d'années, une quinzaine de jours: approximate, valued at the round number
    add(
      `${L}(?:(depuis|pendant|durant|il y a|voici)${SP})?(?:une${SP})?(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)${SP}d(?:e${SP}|${AP}\\s*)(${x.unit})${R}`,
      (m) => {
        const approx: Record<string, number> = {
          dizaine: 10,
          douzaine: 12,
          quinzaine: 15,
          vingtaine: 20,
          trentaine: 30,
          quarantaine: 40,
          cinquantaine: 50,
          soixantaine: 60,
          centaine: 100,
        };
        const n = approx[keyOf(m[2])];
        const unit = unitOf('fr', m[3]);
        if (!unit) return null;
        if (m[1] && /^(?:il y a|voici)$/.test(keyOf(m[1]))) {
          return cand(m.index, m.index + m[0].length, 'date', { k: 'shift', n, unit, dir: -1, ref: 'now' });
        }
        return cand(m.index, m.index + m[0].length, 'duration', { k: 'duration', n, unit });
      },
    );
    // depuis des années, pendant des mois
    add(
      `${L}(?:depuis|pendant|durant|des)${SP}(?:des|plusieurs|quelques|de longues|de longs|longues|longs)${SP}(${x.unit})${R}`,
      (m) => cand(m.index, m.index + m[0].length, 'duration', { k: 'vague', ref: 'none' }),
    );
  } else {
    add(
      `${L}(?:(for|over|during|since)${SP})?(?:(more than|less than|nearly|almost|about|around|over|at least|roughly|some|under|just over|just under|a good)${SP})?(${x.num}|${x.vagueQ})[\\s-]+(?:(?:consecutive|straight|full|whole|long|more|additional|successive|previous|past)${SP})?(${x.unit})(?:${SP}and${SP}a${SP}(half))?(?:[-‑](long|old))?${R}`,
      (m, text) => {
        const num = keyOf(m[3]);
        if (
          (num === 'a' || num === 'an' || num === 'one') &&
          !m[1] &&
          !m[2] &&
          /^\s*(?:after|later|before|ago)/.test(after(text, m.index + m[0].length, 10))
        ) {
          return null;
        }
        if (num === 'some' && !m[1]) return null;
        return durationCandidate(m.index, m.index + m[0].length, 'en', m[3], m[4], m[5]);
      },
    );
  }

  // Sets: chaque semaine, tous les deux ans, tous les mardis, deux fois par an
  if (fr) {
    add(`${L}(chaque|tous les|toutes les)${SP}(?:(${x.num})${SP})?(${x.unit}|${x.weekday}s?)${R}`, (m) =>
      setCandidate(m, 'fr', m[2], m[3]),
    );
    add(`${L}(?:(${x.num})${SP}fois${SP})?par${SP}(jour|semaine|mois|an|année|heure|siècle|décennie)${R}`, (m) =>
      setCandidate(m, 'fr', undefined, m[2]),
    );
    add(`${L}(quotidiennement|hebdomadairement|mensuellement|annuellement)${R}`, (m) => {
      const k = keyOf(m[1]);
      const value = k.startsWith('quot') ? 'P1D' : k.startsWith('hebdo') ? 'P1W' : k.startsWith('mens') ? 'P1M' : 'P1Y';
      return cand(m.index, m.index + m[0].length, 'set', { k: 'set', value });
    });
  } else {
    add(`${L}(every|each)${SP}(?:(${x.num}|other)${SP})?(${x.unit}|${x.weekday})${R}`, (m) =>
      setCandidate(m, 'en', m[2] && keyOf(m[2]) === 'other' ? '2' : m[2], m[3]),
    );
    add(`${L}(?:${x.num}${SP}times|once|twice)${SP}(?:a|per)${SP}(day|week|month|year|hour)${R}`, (m) =>
      setCandidate(m, 'en', undefined, m[1]),
    );
    add(`${L}per${SP}(day|week|month|year)${R}`, (m) => setCandidate(m, 'en', undefined, m[1]));
    add(`${L}(daily|weekly|monthly|annually|yearly)${R}`, (m, text) => {
      // Adjectives ("a daily newspaper") are not expressions of time; adverbs after a verb are.
      if (
        /^\s+[a-z]/.test(after(text, m.index + m[0].length, 3)) &&
        !/^\s+(?:since|for|until|at|in|on|and|or)\b/.test(after(text, m.index + m[0].length, 8))
      ) {
        return null;
      }
      const k = keyOf(m[1]);
      const value = k === 'daily' ? 'P1D' : k === 'weekly' ? 'P1W' : k === 'monthly' ? 'P1M' : 'P1Y';
      return cand(m.index, m.index + m[0].length, 'set', { k: 'set', value });
    });
  }

  // Clock times: à 15h00, 15 h 30, à 15 heures, à midi / at 3 p.m., 15:30
  if (fr) {
    add(
      `${L}(?:(à|vers|dès|jusqu${AP}à|avant|après|aux alentours de|autour de|peu avant|peu après)${SP})?([01]?\\d|2[0-3])\\s*h\\s*([0-5]\\d)?(?:\\s*(?:min|mn))?${R}`,
      (m, text) => {
        const prev = before(text, m.index, 12);
        if (!m[1] && /(?:en|pendant|depuis|durant|les|dans|de|sous)\s$/.test(prev)) return null;
        return cand(m.index, m.index + m[0].length, 'time', {
          k: 'time',
          hour: Number(m[2]),
          minute: m[3] ? Number(m[3]) : 0,
        });
      },
    );
    add(
      `${L}(?:(à|vers|dès|jusqu${AP}à|aux alentours de|autour de|peu avant|peu après|entre|et)${SP})?([01]?\\d|2[0-3])${SP}heures?(?:${SP}([0-5]\\d))?(?:${SP}(du matin|du soir|de l${AP}après-midi))?${R}`,
      (m, text) => {
        // Without a preposition, only "5 heures du matin"; "et 5 heures" only after "entre 22 heures".
        if (!m[1] && !m[4]) return null;
        if (
          m[1] &&
          keyOf(m[1]) === 'et' &&
          !m[4] &&
          !/entre\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d\d)?\s$/.test(before(text, m.index, 30))
        ) {
          return null;
        }
        let hour = Number(m[2]);
        const part = m[4] ? keyOf(m[4]) : '';
        if ((part.includes('soir') || part.includes('après')) && hour < 12) hour += 12;
        return cand(m.index, m.index + m[0].length, 'time', { k: 'time', hour, minute: m[3] ? Number(m[3]) : 0 });
      },
    );
    add(`${L}(?:à|vers|dès|jusqu${AP}à)${SP}(midi|minuit)${R}`, (m) =>
      cand(m.index, m.index + m[0].length, 'time', { k: 'time', hour: keyOf(m[1]) === 'midi' ? 12 : 0, minute: 0 }),
    );
  } else {
    add(
      `${L}(?:(?:at|around|by|until|before|after|about|from|to)${SP})?(1[0-2]|0?[1-9])(?::([0-5]\\d))?\\s*(a\\.m\\.|p\\.m\\.|am|pm|a\\.m|p\\.m)(?![\\p{L}])`,
      (m) => {
        let hour = Number(m[1]) % 12;
        if (/p/i.test(m[3])) hour += 12;
        return cand(m.index, m.index + m[0].length, 'time', { k: 'time', hour, minute: m[2] ? Number(m[2]) : 0 });
      },
    );
    add(`${L}(?:at|around|by|until)${SP}(noon|midnight)${R}`, (m) =>
      cand(m.index, m.index + m[0].length, 'time', { k: 'time', hour: keyOf(m[1]) === 'noon' ? 12 : 0, minute: 0 }),
    );
    add(`${L}(?:at|around|by|until)${SP}(1[0-2]|0?[1-9])${SP}o${AP}clock${R}`, (m) =>
      cand(m.index, m.index + m[0].length, 'time', { k: 'time', hour: Number(m[1]), minute: 0 }),
    );
  }
  // 15:30 (both languages)
  add(`${L}([01]?\\d|2[0-3]):([0-5]\\d)(?![\\p{N}:])`, (m) =>
    cand(m.index, m.index + m[0].length, 'time', { k: 'time', hour: Number(m[1]), minute: Number(m[2]) }),
  );

  return out;
}

function setCandidate(
  m: RegExpExecArray,
  language: Language,
  numText: string | undefined,
  what: string,
): Candidate | null {
  const n = numText ? parseNumber(numText, language) : 1;
  if (n === null) return null;
  const wdKey = keyOf(what).replace(/s$/, '');
  const wd = WEEKDAYS[language][wdKey] ?? WEEKDAYS[language][keyOf(what)];
  if (wd) return cand(m.index, m.index + m[0].length, 'set', { k: 'set', value: `XXXX-WXX-${wd}` });
  const unit = unitOf(language, what);
  if (!unit) return null;
  const amount = n * unit.factor;
  const value = unit.time ? `PT${amount}${unit.unit}` : `P${amount}${unit.unit}`;
  return cand(m.index, m.index + m[0].length, 'set', { k: 'set', value });
}

const RULES: Partial<Record<Language, Rule[]>> = {};
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Every candidate expression in the text, overlapping ones included: the caller keeps the
 * longest. Separate from resolution so that a new pattern never needs to know about anchors.
 */
export function recognize(text: string, language: Language): Candidate[] {
  const list = (RULES[language] ??= rules(language));
  const out: Candidate[] = [];
  for (const rule of list) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m.index > 0 && WORD_CHAR.test(text[m.index - 1])) {
        rule.re.lastIndex = m.index + 1;
        continue;
      }
      const built = rule.build(m, text);
      if (Array.isArray(built)) out.push(...built);
      else if (built) out.push(built);
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  return out;
}

/**
 * Keeps the longest candidates that do not overlap (ties: the one found by the earlier
 * rule), in text order.
 */
export function selectLongest(candidates: Candidate[], textLength: number): Candidate[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  // One flag per character: checking a candidate costs its own length, not the number taken.
  const used = new Uint8Array(textLength);
  const taken: Candidate[] = [];
  for (const { c } of order) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (used[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
