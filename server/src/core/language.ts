/** Guessing an article's language from its most frequent function words. */
import type { Language } from './types';

const FR = new Set(
  'le la les des du de un une et est que qui dans pour pas sur au aux avec ce cette ont été par il elle nous vous ils sont mais ou où selon a-t-il'.split(
    ' ',
  ),
);
const EN = new Set(
  'the of and to in is that for it with as was on be by are this have from at which has said but not they were their an will would'.split(
    ' ',
  ),
);

/**
 * French or English, by counting function words over the first 20,000 characters.
 * Ties and texts without any function word default to French, the product's first language.
 */
export function detectLanguage(text: string): Language {
  let fr = 0;
  let en = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const w of sample.toLowerCase().match(/[a-zà-ÿ'-]+/g) ?? []) {
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  return en > fr ? 'en' : 'fr';
}
