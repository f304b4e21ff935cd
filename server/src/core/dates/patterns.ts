/**
 * Building blocks of the recognizers: regex pieces made from the lexicon, small readers
 * (numbers, day numbers, roman numerals) and the constructors of candidates.
 */
import type { DateType, Language, Span } from '../types';
import {
  MONTHS,
  NEXT_WORDS,
  NUMBER_WORDS,
  PAST_WORDS,
  SEASONS,
  DAY_PARTS,
  UNITS,
  VAGUE_QUANTITIES,
  WEEKDAYS,
  type TimeUnit,
} from './lexicon';
import type { Candidate, Meaning } from './recognize';

/** Adds a rule: a pattern source (compiled with the flags giud) and its builder. */
export type AddRule = (source: string, build: Rule['build']) => void;

// ——— regex building blocks ———

// The left word boundary is checked in code (see `recognize`): a leading lookbehind would
// stop the regex engine from skipping quickly to a possible first character.
export const L = '';
export const R = '(?![\\p{L}\\p{N}_])';
export const SP = '\\s+';
export const AP = "['’]";

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: spaces match any white space, apostrophes both forms. */
export function phrase(s: string): string {
  return escape(s).replace(/['’]/g, AP).replace(/ /g, SP).replace(/-/g, '[-‑]');
}

/** An alternation of phrases, longest first so that the longest one matches. */
export function alt(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${list.map(phrase).join('|')})`;
}

/** Lower case, plain apostrophe, single spaces, plain hyphen: the lexicon's key form. */
export function keyOf(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').replace(/‑/g, '-');
}

export function lookup<T>(table: Record<string, T>, s: string): T | undefined {
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
  // 6½ years, 2 ½ ans
  if (/^\d+\s?½$/.test(t)) return Number(t.replace(/\s?½/, '')) + 0.5;
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

/** One pattern and what to make of each of its matches. */
export interface Rule {
  re: RegExp;
  build: (m: RegExpExecArray, text: string) => Candidate | Candidate[] | null;
}

/** The lexicon's lists for one language, as regex alternations. */
export interface Lexicon {
  month: string;
  weekday: string;
  num: string;
  vagueQ: string;
  unit: string;
  season: string;
  part: string;
  past: string;
  next: string;
  /** A number, a range (`2-3`, `deux ou trois`) or a vague quantity. */
  rangeNum: string;
}

export function lexiconPatterns(language: Language): Lexicon {
  const words = Object.keys(NUMBER_WORDS[language]).filter((w) => w.length > 1 || language === 'fr');
  const word = alt(words);
  const lexicon: Lexicon = {
    month: alt(Object.keys(MONTHS[language])),
    weekday: alt(Object.keys(WEEKDAYS[language])),
    // digits, a decimal, or up to four number words joined by hyphens, spaces or "et"
    num: `(?:\\d{1,4}(?:[.,]\\d|\\s?½)?|${word}(?:(?:[-‑]|\\s+)(?:(?:et|and)(?:[-‑]|\\s+))?${word}){0,3})`,
    vagueQ: alt(VAGUE_QUANTITIES[language]),
    unit: alt(Object.keys(UNITS[language])),
    season: alt(Object.keys(SEASONS[language])),
    part: alt(Object.keys(DAY_PARTS[language])),
    past: alt(PAST_WORDS[language]),
    next: alt(NEXT_WORDS[language]),
    rangeNum: '',
  };
  lexicon.rangeNum = `(?:\\d{1,3}\\s*[-–/]\\s*\\d{1,3}|${lexicon.num}(?:${SP}(?:ou|à|or|to)${SP}${lexicon.num})?|${lexicon.vagueQ})`;
  return lexicon;
}

export const DAY_NUM_FR = '(?:1er|1re|premier|3[01]|[12]\\d|0?[1-9])';
export const DAY_NUM_EN = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d|2100)';

export function dayNumber(s: string): number {
  const k = keyOf(s);
  if (k.startsWith('1er') || k.startsWith('1re') || k === 'premier') return 1;
  return parseInt(k, 10);
}

export function roman(s: string): number | null {
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
export function before(text: string, index: number, chars = 30): string {
  return keyOf(text.slice(Math.max(0, index - chars), index));
}

export function after(text: string, index: number, chars = 30): string {
  return keyOf(text.slice(index, index + chars));
}

export const cand = (
  start: number,
  end: number,
  type: DateType,
  meaning: Meaning,
  explicitYear?: boolean,
): Candidate => ({
  start,
  end,
  type,
  meaning,
  explicitYear,
});

/** Start and end of capture group `g`, using the `d` flag's indices. */
export function groupSpan(m: RegExpExecArray, g: number): Span {
  const idx = m.indices?.[g];
  if (!idx) return { start: m.index, end: m.index + m[0].length };
  return { start: idx[0], end: idx[1] };
}

export function unitOf(language: Language, s: string): TimeUnit | undefined {
  return lookup(UNITS[language], s);
}

export function durationCandidate(
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
export const ABBREVIATED_FR = new Set(['janv', 'févr', 'fév', 'avr', 'juil', 'oct', 'nov', 'déc']);

// Words that, just before a bare month name, show it is a date (`en janvier`, `fin mars`).
export const MONTH_CONTEXT_FR =
  /(?:^|[\s(])(?:en|de|d'|d'ici|dès|depuis|jusqu'en|jusqu'à|pour|avant|après|mois de|entre|et|ou|à partir de|vers|courant|mi|au|à|début|fin|le|du|dans|ce|cette)[\s-]*$/;
export const MONTH_CONTEXT_EN =
  /(?:^|[\s(])(?:in|since|until|till|by|before|after|from|to|during|early|late|mid|of|last|next|this|and|or|between|through)[\s-]*$/;

export const YEAR_CONTEXT_FR =
  /(?:^|[\s(])(?:en|depuis|dès|de|d'|jusqu'en|avant|après|d'ici|à partir de|vers|fin|début|courant|l'année|l'an|année|et|ou|entre|au|à|pour|le|du|mi)[\s-]*$/;
export const YEAR_CONTEXT_EN =
  /(?:^|[\s(])(?:in|since|by|until|before|after|from|during|of|and|or|between|to|through|year|early|late|mid)[\s-]*$/;

/**
 * A weekly recurrence narrowed to a part of the day (`every Monday morning` →
 * XXXX-WXX-1TMO); with a unit instead of a weekday the value stays the unit's.
 */
export function withPart(c: Candidate | null, partText: string | undefined, language: Language): Candidate | null {
  if (!c || !partText || c.meaning.k !== 'set') return c;
  const part = lookup(DAY_PARTS[language], partText.replace(/s$/, ''));
  if (!part || !c.meaning.value.startsWith('XXXX-WXX')) return c;
  return { ...c, meaning: { k: 'set', value: `${c.meaning.value}T${part}` } };
}

/** A recurrence: `chaque semaine` → P1W, `tous les mardis` → XXXX-WXX-2. */
export function setCandidate(
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
