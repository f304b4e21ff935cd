/**
 * Names of newspapers, programmes and brands that contain a day word: `USA TODAY`, `The
 * Sunday Times`, `the Mail on Sunday`, `Le Journal du dimanche`, `Aujourd'hui en France`,
 * `Le Matin Dimanche`. They name a title, not a day, so no date is found in them.
 */
import type { Language } from '../types';
import type { Candidate } from './recognize';

const DAY_WORD_EN = /^(?:today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
const DAY_WORD_FR = /^(?:aujourd['’]hui|ce soir|ce matin|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|soir|matin)$/i;
/** Head nouns of English titles after a day word: `Sunday Times`, `Today show`. */
const TITLE_AFTER_EN =
  /^[ \t\u00a0]+(?:Times|Telegraph|World|Mirror|Express|Post|Herald|Independent|Tribune|Star|Mail|People|Sport|Business|Journal|Observer|Review|Magazine|Edition|Night Live|Night Football|Morning Herald|Sun|Standard|Record|News|Show|Programme|show|programme|program|newspaper|paper)\b/;
/** Words of French titles after a day word: `Aujourd'hui en France`, `Dimanche Ouest-France`. */
const TITLE_AFTER_FR = /^[ \t\u00a0]+(?:en France|le Maroc|Ouest-France|Matin|soir ou jamais)\b/;
/** Where a sentence (or a heading, a quote) starts: a capital there says nothing. */
const SENTENCE_START = /(?:^|[.!?:;«»"“”‘(\n–—-])[ \t\u00a0]*$/;

/**
 * True when the candidate is a day word inside a title (a newspaper, a programme, a brand):
 * a capitalised day word in mid-sentence, a known title around it, or a capitalised word
 * right before it (`Journal du Dimanche`, `USA TODAY`).
 */
export function inTitle(text: string, c: Candidate, language: Language): boolean {
  const word = text.slice(c.start, c.end);
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  const after = text.slice(c.end, c.end + 30);
  if (language === 'en') {
    if (!DAY_WORD_EN.test(word)) return false;
    if (/\bUSA[ \t\u00a0]*$/i.test(before) || /\bMail[ \t\u00a0]+on[ \t\u00a0]+$/i.test(before)) return true;
    if (/^[A-Z]/.test(word) && TITLE_AFTER_EN.test(after)) return true;
    // "TODAY" in capitals in a sentence written in lower case: a brand.
    if (word === word.toUpperCase() && /[a-z]/.test(before.slice(-15) + after.slice(0, 15))) return true;
    // "NBC's Today", "the Today": a capitalised Today in mid-sentence.
    return /^Today$/.test(word) && !SENTENCE_START.test(before) && !/\n[ \t\u00a0]*$/.test(before);
  }
  if (!DAY_WORD_FR.test(word)) return false;
  if (/journal[ \t\u00a0]+du[ \t\u00a0]+$/i.test(before) || /\b(?:Tribune|Parisien|Matin)[ \t\u00a0-]+$/.test(before)) {
    return true;
  }
  // "aujourd'hui en France" is also plain French: a title only when capitalised in mid-sentence
  // or after a word that names a source.
  if (
    TITLE_AFTER_FR.test(after) &&
    ((/^\p{Lu}/u.test(word) && !SENTENCE_START.test(before)) ||
      /(?:selon|dans|au|par|d['’]après|à la une d[eu])[ \t\u00a0]+$/i.test(before))
  ) {
    return true;
  }
  // A capitalised day word in mid-sentence after a capitalised word: "Le Matin Dimanche".
  return /^[A-Z]/.test(word) && !SENTENCE_START.test(before) && /\p{Lu}[\p{L}'’-]*[ \t\u00a0]+$/u.test(before);
}

/** A year that opens an English law's name: `the 2006 Terrorism Act`, `the 1964 Civil Rights Act`. */
const LAW_AFTER_YEAR =
  /^[ \t\u00a0]+(?:[A-Z][\p{L}'’-]*[ \t\u00a0]+){1,5}(?:Act|Bill|Law|Code|Statute|Regulations?|Directive)\b/u;
/** …or closes it: `the Terrorism Act 2000` (the UK form, no "of"). */
const LAW_BEFORE_YEAR = /(?:^|[^\p{L}])(?:Act|Bill|Regulations|Order|Directive)[ \t\u00a0]+$/u;

/**
 * True when the candidate is the year inside an English law's name: TimeML does not tag it,
 * since it names the law, not a time of the events reported (`arrested under the 2006
 * Terrorism Act`). French `la loi de 1905` stays a date: no gold file settles that case.
 */
export function inLawName(text: string, c: Candidate, language: Language): boolean {
  if (language !== 'en' || c.meaning.k !== 'calendar' || c.meaning.month !== undefined) return false;
  if (!/^(?:the[ \t\u00a0]+)?\d{4}$/i.test(text.slice(c.start, c.end))) return false;
  return (
    LAW_AFTER_YEAR.test(text.slice(c.end, c.end + 80)) ||
    LAW_BEFORE_YEAR.test(text.slice(Math.max(0, c.start - 20), c.start))
  );
}
