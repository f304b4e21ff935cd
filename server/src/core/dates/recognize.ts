/**
 * Recognizers: regular expressions built from the lexicon that find candidate temporal
 * expressions and say what they mean (a `Meaning`), without resolving anything yet.
 * Every pattern is linear (no nested unbounded repetition), so a 1 MB article is scanned
 * in milliseconds.
 */
import type { DateType, Language, Span } from '../types';
import { COUNT_NOUNS, MONTHS, PHRASES, type PhraseMeaning, type TimeUnit } from './lexicon';
import {
  AP,
  L,
  R,
  SP,
  YEAR,
  YEAR_CONTEXT_EN,
  YEAR_CONTEXT_FR,
  after,
  alt,
  before,
  DAY_NUM_EN,
  DAY_NUM_FR,
  cand,
  dayNumber,
  lexiconPatterns,
  keyOf,
  lookup,
  type Rule,
} from './patterns';
import { HOLIDAYS, type Holiday } from './holidays';
import { englishRules } from './rules-en';
import { frenchRules } from './rules-fr';

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
      /** `janvier de cette année` (0), `March of last year` (-1): the year counted from now. */
      yearOffset?: number;
      /** A holiday (`Thanksgiving`, `Pâques`): month and day choose the year, then it is computed. */
      holiday?: Holiday;
      /**
       * `this November`, `ce mois de novembre`: the month around the publication date, never
       * the year another date of the sentence names (`running in 2020 … reelected this November`).
       */
      deictic?: boolean;
    }
  /** A day of the month alone (`le 12`, `jusqu'au 30`): the month is the one last named. */
  | { k: 'day-of-month'; day: number }
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
  | {
      k: 'deictic';
      days: number;
      part?: DayPart;
      /** `overnight`: last night in a past report, tonight (0) in a future one. */
      futureDays?: number;
    }
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

/**
 * The rules for a language: fixed phrases first, then the language's own patterns, then
 * the numeric forms both languages share.
 */
function rules(language: Language): Rule[] {
  const x = lexiconPatterns(language);
  const fr = language === 'fr';
  const out: Rule[] = [];
  const add = (source: string, build: Rule['build']): void => {
    out.push({ re: new RegExp(source, 'giud'), build });
  };

  // Fixed phrases: deictic days and vague references.
  const phrases = PHRASES[language];
  add(`${L}${alt(Object.keys(phrases))}${R}`, (m, text) => {
    const meaning = lookup<PhraseMeaning>(phrases, m[0]);
    if (!meaning) return null;
    // "up to date", "up-to-date": current, not a time.
    if (/^to date$/i.test(m[0]) && /\bup[\s-]$/i.test(before(text, m.index, 4))) return null;
    if (meaning.kind === 'set') return cand(m.index, m.index + m[0].length, 'set', { k: 'set', value: meaning.value });
    if (meaning.kind === 'vague') {
      const next = after(text, m.index + m[0].length, 8);
      // "a previously-agreed line", "recently-elected": part of a compound adjective.
      if (/^[-‑]\p{L}/u.test(next)) return null;
      // "soon after midnight", "soon before the vote": a modifier of another time or event.
      if (/^soon$/i.test(m[0]) && /^\s+(?:after|before)\b/i.test(next)) return null;
    }
    if (meaning.kind === 'deictic') {
      return cand(m.index, m.index + m[0].length, 'date', { k: 'deictic', days: meaning.days, part: meaning.part });
    }
    return cand(m.index, m.index + m[0].length, meaning.type, { k: 'vague', ref: meaning.ref });
  });

  if (fr) frenchRules(x, add);
  else englishRules(x, add);

  // The other language's full dates (a tweet or a document quoted in the article): with a year only.
  const other: Language = fr ? 'en' : 'fr';
  const otherMonth = lexiconPatterns(other).month;
  const otherDate = (monthWord: string, dayWord: string, yearWord: string, start: number, end: number) => {
    const month = lookup(MONTHS[other], monthWord);
    const day = dayNumber(dayWord);
    if (!month || !(day >= 1 && day <= 31)) return null;
    return cand(start, end, 'date', { k: 'calendar', year: Number(yearWord), month, day }, true);
  };
  add(`${L}(${otherMonth})${SP}(${DAY_NUM_EN}),?${SP}(${YEAR})${R}`, (m) =>
    otherDate(m[1], m[2], m[3], m.index, m.index + m[0].length),
  );
  add(`${L}(${fr ? DAY_NUM_EN : DAY_NUM_FR})${SP}(?:of${SP})?(${otherMonth}),?${SP}(${YEAR})${R}`, (m) =>
    otherDate(m[2], m[1], m[3], m.index, m.index + m[0].length),
  );

  // Holidays and named days, in either language: Christmas, Thanksgiving, Pâques, New Year's Day.
  add(
    `${L}(?:the${SP})?${alt(Object.keys(HOLIDAYS))}(?:,?${SP}(${YEAR}))?(?:${SP}(weekend|week-end))?${R}(?!${SP}(?:Island|Rising|Islanders?|Parade${SP}of|Offensive)\\b)`,
    (m, text) => {
      const name = m[0]
        .replace(/^the\s+/i, '')
        .replace(/\s+week-?end$/i, '')
        .replace(/,?\s*\d{4}$/, '');
      const named = lookup<Holiday>(HOLIDAYS, name);
      if (!named) return null;
      // Another country's national day ("Ukraine's Independence Day", "la fête nationale
      // algérienne", "Mexican Independence Day"): found, but not the 4th or the 14th of July.
      if (/^(?:independence day|fête nationale)$/.test(keyOf(name))) {
        const prev = text.slice(Math.max(0, m.index - 30), m.index);
        const next = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        const foreign =
          /['’]s\s+$/.test(prev) ||
          /(?<![.!?]\s*)\b(?!(?:On|The|By|For|Since|Until|Before|After|This|Last|Next|Every)\b)\p{Lu}\p{Ll}+\s+$/u.test(
            prev,
          ) ||
          /^\s+(?:\p{Ll}+(?:ienne|aise|aine|ine|ise|ane|ole|ique|que|ne|se)\b|(?:du|de\s+la|des)\s+\p{Lu}|de\s+l['’]\s*\p{Lu})/u.test(
            next,
          );
        if (foreign) return cand(m.index, m.index + m[0].length, 'date', { k: 'vague', ref: 'none' });
      }
      const holiday = m[2] ? { ...named, weekend: true } : named;
      const year = m[1] ? Number(m[1]) : undefined;
      return cand(
        m.index,
        m.index + m[0].length,
        'date',
        { k: 'calendar', year, month: holiday.month, day: holiday.day, holiday },
        !!year,
      );
    },
  );
  // Ramadan, l'Aïd: lunar, their day moves; found, no value.
  add(
    `${L}(?:le${SP}|the${SP}|l${AP})?(?:ramadan|ramadhan|Aïd(?:[-‑\\s]el[-‑\\s](?:Fitr|Kébir|Kebir|Adha))?|Eid(?:[-‑\\s]al[-‑\\s](?:Fitr|Adha))?)${R}`,
    (m) => cand(m.index, m.index + m[0].length, 'date', { k: 'vague', ref: 'none' }),
  );

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
      // (2100 only as a horizon: `d'ici à 2100`, `by 2100`; else a count.)
      if (!contextual && (year < 1900 || year > 2099)) return null;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'calendar', year }, true);
    },
  );
  // 15:30 (both languages)
  add(`${L}([01]?\\d|2[0-3]):([0-5]\\d)(?![\\p{N}:])`, (m) =>
    cand(m.index, m.index + m[0].length, 'time', { k: 'time', hour: Number(m[1]), minute: Number(m[2]) }),
  );

  return out;
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
