/**
 * Nationality nouns as speakers: `…, the Italian said`, `a ajouté le Français`, `the Scot`.
 * Sports and foreign news name a person once with a nationality (`the Italian manager Roberto
 * Mancini`, `l'entraîneur italien`, `Scotland's Andy Murray`) and then call them by it; the
 * noun is that person, never an actor of its own.
 */
import type { Language } from '../types';
import { fold } from '../text';

/** English nationality nouns whose adjective (or country) differs from the noun. */
const EN_NOUNS: Record<string, string[]> = {
  scot: ['scottish', 'scotland', 'scots'],
  frenchman: ['french', 'france'],
  frenchwoman: ['french', 'france'],
  englishman: ['english', 'england'],
  englishwoman: ['english', 'england'],
  spaniard: ['spanish', 'spain'],
  swede: ['swedish', 'sweden'],
  dane: ['danish', 'denmark'],
  finn: ['finnish', 'finland'],
  pole: ['polish', 'poland'],
  turk: ['turkish', 'turkey'],
  brit: ['british', 'britain'],
  briton: ['british', 'britain'],
  dutchman: ['dutch', 'netherlands'],
  welshman: ['welsh', 'wales'],
  irishman: ['irish', 'ireland'],
  kiwi: ['new zealand', 'new zealander'],
  swiss: ['swiss', 'switzerland'],
  portuguese: ['portuguese', 'portugal'],
  argentine: ['argentine', 'argentinian', 'argentina'],
  greek: ['greek', 'greece'],
  serb: ['serbian', 'serbia'],
  croat: ['croatian', 'croatia'],
  slovak: ['slovakian', 'slovakia'],
  slovene: ['slovenian', 'slovenia'],
  kazakh: ['kazakhstan', 'kazakhstani'],
  uzbek: ['uzbekistan'],
  filipino: ['philippine', 'philippines'],
  filipina: ['philippine', 'philippines'],
  cypriot: ['cyprus'],
  icelander: ['icelandic', 'iceland'],
  luxembourger: ['luxembourg'],
};

/** Endings of nationality nouns that are also their adjective (`Italian`, `italien`). */
const SHAPE: Record<Language, RegExp> = {
  en: /(?:an|ian|ese|ish|i|ch|ic)$/,
  fr: /(?:ien|ienne|een|eenne|ais|aise|ain|aine|ois|oise|and|ande|ol|ole|in|ine|an|ane)$/,
};

/** French nationality nouns of other shapes. */
const FR_NOUNS = new Set(
  'belge russe suisse turc turque grec grecque tcheque slovaque serbe croate britannique basque corse slovene bosniaque'.split(
    ' ',
  ),
);

/**
 * The folded words that, near a person's name, give that person the nationality this noun
 * names; null when `word` (a capitalised single word) cannot be a nationality noun. A French
 * nationality noun is its adjective in either gender (`l'Italienne` ~ `italien`), most English
 * ones are written the same (`the Italian manager`). Shape only: the caller must find the
 * word next to a person's name before trusting it.
 */
export function nationalityWords(word: string, language: Language): string[] | null {
  const f = fold(word);
  if (language === 'en') {
    if (EN_NOUNS[f]) return EN_NOUNS[f];
    return SHAPE.en.test(f) ? [f] : null;
  }
  if (!SHAPE.fr.test(f) && !FR_NOUNS.has(f)) return null;
  // Both genders of the adjective: `Italienne` ~ `italien`, `Français` ~ `française`.
  const forms = new Set<string>([f]);
  const masc = f.replace(/(?:enne|onne)$/, (s) => s.slice(0, 2)).replace(/e$/, '');
  forms.add(masc);
  forms.add(masc + 'e');
  if (/(?:en|on)$/.test(masc)) forms.add(masc + 'ne');
  return [...forms];
}

/** True when the folded text holds one of the words as a whole word. */
export function mentionsAnyWord(foldedText: string, words: readonly string[]): boolean {
  return words.some((w) =>
    new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(foldedText),
  );
}
