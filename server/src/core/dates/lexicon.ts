/**
 * The words dates are made of, per language: months, weekdays, number words, units of
 * time, and the fixed phrases (deictic and vague) recognised as they are. Adding a word
 * here is enough for every recognizer that uses the list to know it.
 */
import type { DateType, Language } from '../types';

/** Month names and their usual abbreviations, folded to lower case (accents kept). */
export const MONTHS: Record<Language, Record<string, number>> = {
  fr: {
    janvier: 1,
    'janv.': 1,
    janv: 1,
    févr: 2,
    fév: 2,
    avr: 4,
    juil: 7,
    oct: 10,
    nov: 11,
    déc: 12,
    février: 2,
    fevrier: 2,
    'févr.': 2,
    'fév.': 2,
    mars: 3,
    avril: 4,
    'avr.': 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    'juil.': 7,
    août: 8,
    aout: 8,
    septembre: 9,
    'sept.': 9,
    octobre: 10,
    'oct.': 10,
    novembre: 11,
    'nov.': 11,
    décembre: 12,
    decembre: 12,
    'déc.': 12,
  },
  en: {
    january: 1,
    'jan.': 1,
    jan: 1,
    february: 2,
    'feb.': 2,
    feb: 2,
    march: 3,
    'mar.': 3,
    april: 4,
    'apr.': 4,
    may: 5,
    june: 6,
    'jun.': 6,
    july: 7,
    'jul.': 7,
    august: 8,
    'aug.': 8,
    aug: 8,
    september: 9,
    'sept.': 9,
    'sep.': 9,
    sept: 9,
    october: 10,
    'oct.': 10,
    oct: 10,
    november: 11,
    'nov.': 11,
    nov: 11,
    december: 12,
    'dec.': 12,
    dec: 12,
  },
};

/** Weekday names, ISO numbering (Monday = 1). */
export const WEEKDAYS: Record<Language, Record<string, number>> = {
  fr: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
  en: {
    monday: 1,
    tuesday: 2,
    wednesday: 3,
    thursday: 4,
    friday: 5,
    saturday: 6,
    sunday: 7,
    'mon.': 1,
    'tue.': 2,
    'tues.': 2,
    'wed.': 3,
    'thu.': 4,
    'thurs.': 4,
    'fri.': 5,
    'sat.': 6,
    'sun.': 7,
  },
};

/** Number words that make up cardinals (compounds such as `vingt-quatre` are summed). */
export const NUMBER_WORDS: Record<Language, Record<string, number>> = {
  fr: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    vingts: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    cent: 100,
    cents: 100,
    mille: 1000,
  },
  en: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
    thousand: 1000,
  },
};

/** Quantities that say "some": the expression is found, its value stays unknown. */
export const VAGUE_QUANTITIES: Record<Language, string[]> = {
  fr: ['plusieurs', 'quelques', 'des', 'de nombreuses', 'de nombreux', 'nombre de', 'maintes', 'certaines', 'certains'],
  en: ['several', 'a few', 'few', 'many', 'some', 'a couple of', 'couple of'],
};

/**
 * A unit of time as ISO 8601 durations write it: `unit` is the designator, `time` says it
 * goes after `T`, `factor` scales decades and centuries into years.
 */
export interface TimeUnit {
  unit: 'S' | 'M' | 'H' | 'D' | 'W' | 'Y';
  time: boolean;
  factor: number;
  /** Granularity of a date shifted by this unit (`il y a deux ans` → a year). */
  grain: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';
}

const S: TimeUnit = { unit: 'S', time: true, factor: 1, grain: 'second' };
const MIN: TimeUnit = { unit: 'M', time: true, factor: 1, grain: 'minute' };
const H: TimeUnit = { unit: 'H', time: true, factor: 1, grain: 'hour' };
const D: TimeUnit = { unit: 'D', time: false, factor: 1, grain: 'day' };
const W: TimeUnit = { unit: 'W', time: false, factor: 1, grain: 'week' };
const MO: TimeUnit = { unit: 'M', time: false, factor: 1, grain: 'month' };
const Y: TimeUnit = { unit: 'Y', time: false, factor: 1, grain: 'year' };
const DE: TimeUnit = { unit: 'Y', time: false, factor: 10, grain: 'decade' };
const CE: TimeUnit = { unit: 'Y', time: false, factor: 100, grain: 'century' };

/** Units of time, singular and plural. */
export const UNITS: Record<Language, Record<string, TimeUnit>> = {
  fr: {
    seconde: S,
    secondes: S,
    minute: MIN,
    minutes: MIN,
    heure: H,
    heures: H,
    jour: D,
    jours: D,
    journée: D,
    journées: D,
    semaine: W,
    semaines: W,
    mois: MO,
    an: Y,
    ans: Y,
    année: Y,
    années: Y,
    décennie: DE,
    décennies: DE,
    siècle: CE,
    siècles: CE,
  },
  en: {
    second: S,
    seconds: S,
    minute: MIN,
    minutes: MIN,
    hour: H,
    hours: H,
    day: D,
    days: D,
    week: W,
    weeks: W,
    month: MO,
    months: MO,
    year: Y,
    years: Y,
    decade: DE,
    decades: DE,
    century: CE,
    centuries: CE,
  },
};

/** Seasons as TimeML codes them. */
export const SEASONS: Record<Language, Record<string, 'SP' | 'SU' | 'FA' | 'WI'>> = {
  fr: { printemps: 'SP', été: 'SU', automne: 'FA', hiver: 'WI' },
  en: { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' },
};

/** Parts of the day as TimeML codes them (`mardi soir` → `2025-02-18TEV`). */
export const DAY_PARTS: Record<Language, Record<string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI'>> = {
  fr: {
    matin: 'MO',
    matinée: 'MO',
    midi: 'MI',
    'après-midi': 'AF',
    soir: 'EV',
    soirée: 'EV',
    nuit: 'NI',
  },
  en: { morning: 'MO', noon: 'MI', afternoon: 'AF', evening: 'EV', night: 'NI' },
};

/**
 * What a fixed phrase means once found: a day relative to the publication date
 * (`today`, `yesterday`), or nothing exact (a vague reference, value null).
 */
export type PhraseMeaning =
  | { kind: 'deictic'; days: number; part?: 'MO' | 'MI' | 'AF' | 'EV' | 'NI' }
  | { kind: 'vague'; type: DateType; ref: 'present' | 'past' | 'future' | 'none' };

const today = (days: number, part?: 'MO' | 'MI' | 'AF' | 'EV' | 'NI'): PhraseMeaning => ({
  kind: 'deictic',
  days,
  part,
});
const vague = (ref: 'present' | 'past' | 'future' | 'none', type: DateType = 'date'): PhraseMeaning => ({
  kind: 'vague',
  type,
  ref,
});

/**
 * Fixed phrases. A space matches any run of white space (no-break spaces too), an
 * apostrophe matches both ' and ’. Longer phrases win over shorter ones.
 */
export const PHRASES: Record<Language, Record<string, PhraseMeaning>> = {
  fr: {
    "aujourd'hui": today(0),
    'ce jour': today(0),
    hier: today(-1),
    'avant-hier': today(-2),
    demain: today(1),
    'après-demain': today(2),
    'ce matin': today(0, 'MO'),
    'cette matinée': today(0, 'MO'),
    'ce midi': today(0, 'MI'),
    'cet après-midi': today(0, 'AF'),
    'ce soir': today(0, 'EV'),
    'cette nuit': today(0, 'NI'),
    'la nuit dernière': today(-1, 'NI'),
    'hier matin': today(-1, 'MO'),
    'hier midi': today(-1, 'MI'),
    'hier après-midi': today(-1, 'AF'),
    'hier soir': today(-1, 'EV'),
    'demain matin': today(1, 'MO'),
    'demain après-midi': today(1, 'AF'),
    'demain soir': today(1, 'EV'),
    maintenant: vague('present'),
    actuellement: vague('present'),
    désormais: vague('present'),
    dorénavant: vague('present'),
    'à présent': vague('present'),
    'jusqu’à présent': vague('present'),
    "jusqu'à maintenant": vague('present'),
    "jusqu'ici": vague('present'),
    "pour l'instant": vague('present'),
    "pour l'heure": vague('present'),
    'pour le moment': vague('present'),
    'en ce moment': vague('present'),
    'à ce jour': vague('present'),
    "à l'heure actuelle": vague('present'),
    "à l'heure qu'il est": vague('present'),
    "à l'heure où nous écrivons": vague('present'),
    'de nos jours': vague('present'),
    'ces jours-ci': vague('present'),
    "dans l'immédiat": vague('present'),
    'à ce stade': vague('present'),
    récemment: vague('past'),
    dernièrement: vague('past'),
    'par le passé': vague('past'),
    'dans le passé': vague('past'),
    autrefois: vague('past'),
    jadis: vague('past'),
    naguère: vague('past'),
    "à l'époque": vague('past'),
    'à cette époque': vague('past'),
    'il y a longtemps': vague('past'),
    'il y a peu': vague('past'),
    'ces derniers temps': vague('past'),
    'depuis peu': vague('past', 'duration'),
    prochainement: vague('future'),
    'sous peu': vague('future'),
    "d'ici peu": vague('future'),
    'à l’avenir': vague('future'),
    'dans le futur': vague('future'),
    'dans un proche avenir': vague('future'),
    'dans un avenir proche': vague('future'),
    'dans un futur proche': vague('future'),
    'à court terme': vague('future'),
    'à moyen terme': vague('future'),
    'à long terme': vague('future'),
    'en temps voulu': vague('future'),
    'en temps utile': vague('future'),
    'le moment venu': vague('future'),
    'à un moment donné': vague('none'),
    'dans un premier temps': vague('none'),
    'dans un second temps': vague('none'),
    'dans un deuxième temps': vague('none'),
    'tout à l’heure': vague('none'),
    'au même moment': vague('none'),
    'depuis longtemps': vague('past', 'duration'),
    'depuis toujours': vague('past', 'duration'),
    'pendant longtemps': vague('none', 'duration'),
    'dans la durée': vague('none', 'duration'),
    'de longue date': vague('past', 'duration'),
    'une longue période': vague('none', 'duration'),
    'une courte période': vague('none', 'duration'),
    'longue durée': vague('none', 'duration'),
  },
  en: {
    today: today(0),
    yesterday: today(-1),
    tomorrow: today(1),
    tonight: today(0, 'NI'),
    'this morning': today(0, 'MO'),
    'this afternoon': today(0, 'AF'),
    'this evening': today(0, 'EV'),
    'last night': today(-1, 'NI'),
    'yesterday morning': today(-1, 'MO'),
    'yesterday afternoon': today(-1, 'AF'),
    'yesterday evening': today(-1, 'EV'),
    'tomorrow morning': today(1, 'MO'),
    'tomorrow evening': today(1, 'EV'),
    now: vague('present'),
    currently: vague('present'),
    'right now': vague('present'),
    'at the moment': vague('present'),
    'for now': vague('present'),
    'for the time being': vague('present'),
    'so far': vague('present'),
    'until now': vague('present'),
    'to date': vague('present'),
    nowadays: vague('present'),
    'these days': vague('present'),
    'at present': vague('present'),
    'at this point': vague('present'),
    recently: vague('past'),
    lately: vague('past'),
    'in the past': vague('past'),
    formerly: vague('past'),
    'at the time': vague('past'),
    'in recent years': vague('past', 'duration'),
    'in recent months': vague('past', 'duration'),
    'in recent weeks': vague('past', 'duration'),
    'in recent days': vague('past', 'duration'),
    'for a long time': vague('none', 'duration'),
    'for years': vague('none', 'duration'),
    'for months': vague('none', 'duration'),
    'for decades': vague('none', 'duration'),
    'long ago': vague('past'),
    soon: vague('future'),
    'in the future': vague('future'),
    'in the near future': vague('future'),
    'in due course': vague('future'),
    'in due time': vague('future'),
    'in the coming days': vague('future'),
    'in the coming weeks': vague('future'),
    'in the coming months': vague('future'),
    'in the coming years': vague('future'),
    'in the long term': vague('future'),
    'in the short term': vague('future'),
    'at some point': vague('none'),
    eventually: vague('future'),
  },
};

/** Words saying a unit is the one before the reference (`la semaine dernière`, `last week`). */
export const PAST_WORDS: Record<Language, string[]> = {
  fr: ['dernier', 'dernière', 'passé', 'passée', 'précédent', 'précédente', "d'avant", 'écoulé', 'écoulée'],
  en: ['last', 'past', 'previous'],
};

/** Words saying a unit is the one after the reference (`l'an prochain`, `next year`). */
export const NEXT_WORDS: Record<Language, string[]> = {
  fr: ['prochain', 'prochaine', 'suivant', 'suivante', "d'après", 'à venir'],
  en: ['next', 'coming', 'following'],
};

/** Nouns (after a bare number) that show the number is a count, not a year (`2000 soldats`). */
export const COUNT_NOUNS = new Set([
  'personnes',
  'habitants',
  'soldats',
  'hommes',
  'femmes',
  'enfants',
  'morts',
  'blessés',
  'victimes',
  'euros',
  'dollars',
  'francs',
  'roubles',
  'livres',
  'tonnes',
  'kilomètres',
  'km',
  'mètres',
  'm',
  'kg',
  'emplois',
  'salariés',
  'exemplaires',
  'voix',
  'votes',
  'élèves',
  'militaires',
  'policiers',
  'manifestants',
  'migrants',
  'réfugiés',
  'logements',
  'places',
  'points',
  'pages',
  'mots',
  'people',
  'troops',
  'soldiers',
  'dollars',
  'euros',
  'pounds',
  'tons',
  'miles',
  'jobs',
  'votes',
  'members',
  'residents',
  'workers',
  'children',
]);
