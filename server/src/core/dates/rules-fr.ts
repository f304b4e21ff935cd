/**
 * The French recognizers, in the order they run (on equal length, the earlier wins).
 * See `recognize.ts` for what a rule returns, `lexicon.ts` for the words.
 */
import { DAY_PARTS, MONTHS, NEXT_WORDS, PAST_WORDS, SEASONS, WEEKDAYS } from './lexicon';
import {
  ABBREVIATED_FR,
  AP,
  DAY_NUM_FR,
  L,
  MONTH_CONTEXT_FR,
  R,
  SP,
  YEAR,
  after,
  before,
  cand,
  dayNumber,
  durationCandidate,
  groupSpan,
  keyOf,
  lookup,
  parseNumber,
  roman,
  setCandidate,
  withPart,
  unitOf,
  type AddRule,
  type Lexicon,
} from './patterns';
import type { Grain } from './recognize';

/** Adds the French rules. */
/** Counts that `quotidien` describes as a daily recurrence: `bilan quotidien`, `cas quotidiens`. */
const DAILY_COUNT_FR =
  /(?:^|\s)(?:bilans?|nombres?|moyennes?|points?|cas|décès|morts|hospitalisations|admissions|tests|contaminations|infections|chiffres?|relevés?)\s+$/i;

export function frenchRules(x: Lexicon, add: AddRule): void {
  const months = MONTHS.fr;
  const weekdays = WEEKDAYS.fr;
  // mardi 18 février 2025, 1er mars, 18 février
  add(
    `${L}(?:(${x.weekday}),?${SP}(?:le${SP})?)?(${DAY_NUM_FR})${SP}(${x.month})(?:,?${SP}(${YEAR})|${SP}(dernier|prochain)|${SP}de${SP}(cette${SP}année|l${AP}an${SP}dernier|l${AP}année${SP}dernière))?(?:,?${SP}(?:(?:en|dans${SP}la|dans${SP}l${AP}|au)${SP})?(${x.part}))?${R}`,
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
          // le 12 janvier de cette année, le 3 mars de l'an dernier
          yearOffset: m[6] ? (keyOf(m[6]).startsWith('cette') ? 0 : -1) : undefined,
          part: m[7] ? lookup(DAY_PARTS.fr, m[7]) : undefined,
        },
        !!year,
      );
    },
  );
  // 10 et 11 janvier, du 10 au 12 janvier: the first day takes the month of the second
  add(
    `${L}(${DAY_NUM_FR})(?=(?:\\s*,\\s*${DAY_NUM_FR}){0,6}\\s*(?:et|au|à|-|–|,)\\s*(?:le${SP})?${DAY_NUM_FR}${SP}(${x.month})(?:${SP}(${YEAR}))?${R})`,
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
  // ce mois de novembre, en ce mois d'août: the month around the publication date
  add(`${L}(?:en${SP})?ce${SP}mois${SP}d(?:e${SP}|${AP}\\s*)(${x.month})${R}`, (m) => {
    if (m[1].endsWith('.')) return null;
    return cand(m.index, m.index + m[0].length, 'date', {
      k: 'calendar',
      month: lookup(months, m[1])!,
      deictic: true,
    });
  });
  // février 2022, fin février, début mars 2024, mi-janvier, en janvier
  add(
    `${L}(?:(début|fin|mi|courant|milieu|à la fin|au début|à la mi|fin de|début de)(?:\\s*[-‑]\\s*|\\s+)?(?:du mois d(?:e\\s+|['’]\\s*)|de\\s+)?)?(${x.month})(?:${SP}(${YEAR})|${SP}(dernier|prochain)|${SP}(?:de${SP}|d${AP})(?:cette${SP}(année)|l${AP}(?:année|an)${SP}(dernier|dernière|passée|prochain|prochaine)))?${R}`,
    (m, text) => {
      const year = m[3] ? Number(m[3]) : undefined;
      const mod = m[1] ? keyOf(m[1]) : '';
      const tense = m[4] ? (keyOf(m[4]) === 'dernier' ? 'past' : 'future') : undefined;
      // janvier de cette année, mars de l'an dernier: the year is counted from now.
      const yearOffset = m[5] ? 0 : m[6] ? (/^(?:dernier|dernière|passée)$/.test(keyOf(m[6])) ? -1 : 1) : undefined;
      const modifier = mod.includes('fin') ? 'end' : mod.includes('début') ? 'start' : mod ? 'mid' : undefined;
      if (yearOffset !== undefined) {
        return cand(m.index, m.index + m[0].length, 'date', {
          k: 'calendar',
          month: lookup(months, m[2])!,
          mod: modifier,
          yearOffset,
        });
      }
      if (!year && !mod && !tense) {
        if (m[2].endsWith('.') || ABBREVIATED_FR.has(keyOf(m[2]))) return null;
        if (!MONTH_CONTEXT_FR.test(before(text, m.index))) return null;
        // "Mars" the planet or a name: a capital month without year needs "en"/"de" before it.
        if (/^M/.test(m[2]) && keyOf(m[2]) === 'mars' && !/(?:en|de|d')\s*$/.test(before(text, m.index))) return null;
      }
      return cand(
        m.index,
        m.index + m[0].length,
        'date',
        { k: 'calendar', year, month: lookup(months, m[2])!, mod: modifier, tense },
        !!year,
      );
    },
  );
  // le 12, jusqu'au 30: a day of the month last named (only after a month was written nearby)
  const monthNear = new RegExp(`(?:^|[^\\p{L}])(?:${x.month})(?![\\p{L}])`, 'iu');
  add(
    `${L}(?:le|du|au|jusqu${AP}au|depuis${SP}le|dès${SP}le|à${SP}partir${SP}du|avant${SP}le|après${SP}le)${SP}(${DAY_NUM_FR})(?=\\s*[,;:)]|\\.(?!\\d)|$)`,
    (m, text) => {
      const earlier = text.slice(Math.max(0, m.index - 300), m.index);
      if (!monthNear.test(earlier)) return null;
      // "au 12, rue Victor-Hugo": a street number.
      if (
        /^\s*,\s*(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|impasse|route|quai|cours)\b/i.test(
          after(text, m.index + m[0].length, 20),
        )
      ) {
        return null;
      }
      const span = groupSpan(m, 1);
      return cand(span.start, span.end, 'date', { k: 'day-of-month', day: dayNumber(m[1]) });
    },
  );
  // mardi 18 (the month is the anchor's, or the one around it where the 18th is a Tuesday)
  add(
    `${L}(${x.weekday})${SP}(${DAY_NUM_FR})(?![\\p{L}\\p{N}_]|\\s*(?:h\\b|heures?|%|[.,]\\d))(?:${SP}(?:au|dans${SP}la|en)${SP}(${x.part})${R})?`,
    (m) =>
      cand(m.index, m.index + m[0].length, 'date', {
        k: 'calendar',
        day: dayNumber(m[2]),
        weekday: lookup(weekdays, m[1]),
        part: m[3] ? lookup(DAY_PARTS.fr, m[3]) : undefined,
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
  // la nuit de samedi à dimanche, dans la nuit de mardi
  add(`${L}(?:dans${SP})?la${SP}nuit${SP}d[eu]${SP}(${x.weekday})(?:${SP}(?:à|au)${SP}(${x.weekday}))?${R}`, (m) =>
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
    `${L}(?:dans${SP}la${SP}(matinée|soirée|nuit|journée)|dans${SP}l${AP}(après-midi)|en${SP}(?:(?:fin|début|milieu)${SP}(?:de${SP}|d${AP})|d${AP})?(matinée|soirée|journée|après-midi)|le${SP}(soir|matin)${SP}même|à${SP}l${AP}(aube)(?!${SP}d)|au${SP}petit${SP}(matin)|(?:ce|cette|cet)${SP}(matin|soir|nuit|après-midi|matinée|soirée)[-‑]là)${R}`,
    (m) => {
      const w = keyOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]);
      const part = w === 'journée' ? undefined : w === 'aube' ? 'MO' : lookup(DAY_PARTS.fr, w);
      return cand(m.index, m.index + m[0].length, 'date', { k: 'anaphoric', days: 0, part });
    },
  );
  // pendant la nuit, au cours de la nuit: like "dans la nuit", the night of the day last mentioned
  add(`${L}(?:pendant|durant|au${SP}cours${SP}de)${SP}la${SP}nuit${R}`, (m) =>
    cand(m.index, m.index + m[0].length, 'date', { k: 'anaphoric', days: 0, part: 'NI' }),
  );
  // dans la journée de mardi, dans l'après-midi de jeudi dernier: that day, that part of it
  add(
    `${L}dans${SP}(?:la${SP}(matinée|soirée|nuit|journée)|l${AP}(après-midi))${SP}(?:de${SP})?(${x.weekday})(?:${SP}(dernier|prochain))?${R}`,
    (m) => {
      const w = keyOf(m[1] ?? m[2]);
      const rel = m[4] ? keyOf(m[4]) : '';
      return cand(m.index, m.index + m[0].length, 'date', {
        k: 'weekday',
        weekday: lookup(weekdays, m[3])!,
        which: rel === 'dernier' ? 'last' : rel ? 'next' : 'bare',
        part: w === 'journée' ? undefined : lookup(DAY_PARTS.fr, w),
      });
    },
  );
  // du lundi au vendredi: opening days, every week unless a past tense makes them one week
  add(`${L}du${SP}(${x.weekday})${SP}au${SP}(${x.weekday})(?!${SP}\\d)${R}`, (m) => {
    const first = groupSpan(m, 1);
    const second = groupSpan(m, 2);
    return [first, second].map((g) =>
      cand(g.start, g.end, 'date', {
        k: 'weekday',
        weekday: lookup(weekdays, m[0].slice(g.start - m.index, g.end - m.index))!,
        which: 'bare',
        habitual: true,
      }),
    );
  });
  // dans la soirée d'hier, dans la matinée de demain
  add(
    `${L}dans${SP}(?:la${SP}(matinée|soirée|nuit|journée)|l${AP}(après-midi))${SP}d(?:${AP}\\s*(hier|avant-hier)|e${SP}(demain|après-demain))${R}`,
    (m) => {
      const w = keyOf(m[1] ?? m[2]);
      const d = keyOf(m[3] ?? m[4]);
      const days = d === 'hier' ? -1 : d === 'avant-hier' ? -2 : d === 'demain' ? 1 : 2;
      return cand(m.index, m.index + m[0].length, 'date', {
        k: 'deictic',
        days,
        part: w === 'journée' ? undefined : lookup(DAY_PARTS.fr, w),
      });
    },
  );
  // la nuit du 14 au 15 juillet: the night starts on the first day
  add(
    `${L}(?:dans${SP})?la${SP}nuit${SP}du${SP}(${DAY_NUM_FR})${SP}au${SP}${DAY_NUM_FR}${SP}(${x.month})(?:${SP}(${YEAR}))?${R}`,
    (m) => {
      const year = m[3] ? Number(m[3]) : undefined;
      return cand(
        m.index,
        m.index + m[0].length,
        'date',
        { k: 'calendar', year, month: lookup(months, m[2])!, day: dayNumber(m[1]), part: 'NI' },
        !!year,
      );
    },
  );
  // la première semaine de mars, la dernière quinzaine d'août, les premiers jours de janvier
  add(
    `${L}(?:(?:la|le|les|durant|pendant|dans)${SP})?(première|premier|premiers|premières|deuxième|seconde|second|dernière|dernier|derniers|dernières)${SP}(semaine|quinzaine|week-end|jours)${SP}d(?:e${SP}|${AP}\\s*)(${x.month})(?:${SP}(${YEAR}))?${R}`,
    (m) => {
      const year = m[4] ? Number(m[4]) : undefined;
      const which = keyOf(m[1]);
      const mod = which.startsWith('dern') ? 'end' : which.startsWith('prem') ? 'start' : 'mid';
      return cand(
        m.index,
        m.index + m[0].length,
        'date',
        { k: 'calendar', year, month: lookup(months, m[3])!, mod },
        !!year,
      );
    },
  );
  // dans la matinée du 3 mars, dans la nuit du 14 juillet 2024
  add(
    `${L}dans${SP}(?:la${SP}(matinée|soirée|nuit|journée)|l${AP}(après-midi))${SP}du${SP}(${DAY_NUM_FR})${SP}(${x.month})(?:${SP}(${YEAR}))?${R}`,
    (m) => {
      const w = keyOf(m[1] ?? m[2]);
      const year = m[5] ? Number(m[5]) : undefined;
      return cand(
        m.index,
        m.index + m[0].length,
        'date',
        {
          k: 'calendar',
          year,
          month: lookup(months, m[4])!,
          day: dayNumber(m[3]),
          part: w === 'journée' ? undefined : lookup(DAY_PARTS.fr, w),
        },
        !!year,
      );
    },
  );
  // à la rentrée (2025): September, the start of the school and political year
  add(
    `${L}(?:à|après|avant|dès|pour|depuis)${SP}la${SP}rentrée(?:${SP}(${YEAR}))?(?!${SP}(?:des|de${SP}la|du|littéraire|scolaire${SP}d))${R}`,
    (m) => {
      const year = m[1] ? Number(m[1]) : undefined;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'calendar', year, month: 9 }, !!year);
    },
  );
  // au printemps, en été, à l'automne, avant l'été: the season the tense points to
  add(
    `${L}(?:au${SP}(printemps)|en${SP}(été|automne|hiver)|à${SP}l${AP}(automne|été)|(?:avant|après|pendant|durant|depuis|dès|jusqu${AP}à|d${AP}ici)${SP}(?:l${AP}(été|automne|hiver)|le${SP}(printemps)))(?:${SP}(${x.past}|${x.next}))?${R}(?!\\s+\\d{4})`,
    (m) =>
      cand(m.index, m.index + m[0].length, 'date', {
        k: 'unit',
        grain: 'year',
        offset: !m[6] ? 0 : PAST_WORDS.fr.includes(keyOf(m[6])) ? -1 : 1,
        ref: 'now',
        season: lookup(SEASONS.fr, m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]),
      }),
  );

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

  // Weekdays: mardi, ce mardi, mardi dernier, mardi soir / on Tuesday, last Tuesday
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

  // Units around now: la semaine dernière, cette année, l'an prochain, ce mois-ci, cet été
  add(
    `${L}(la|cette|ce|cet|l${AP}|le|les|au|du)\\s*(semaine|mois|année|an|week-end|weekend|trimestre|décennie|siècle|${x.season})(?:[-‑](ci|là))?(?:${SP}(${x.past}|${x.next}|en cours|actuel|actuelle|même))?${R}`,
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

  // la nuit précédente, la nuit suivante: a night counted from the date last mentioned
  add(`${L}la${SP}nuit${SP}(précédente|suivante|d${AP}avant|d${AP}après)${R}`, (m) => {
    const k = keyOf(m[1]);
    const days = k.startsWith('préc') || k.endsWith('avant') ? -1 : 1;
    return cand(m.index, m.index + m[0].length, 'date', { k: 'anaphoric', days, part: 'NI' });
  });
  // Anaphoric days: la veille, le lendemain, le surlendemain / the day before, the next day
  add(
    `${L}(la veille|l${AP}avant-veille|le lendemain|au lendemain|le surlendemain|le jour même|le même jour|ce jour-là|le jour suivant|le jour précédent|à cette date|à cette date-là)(?:${SP}(?:au${SP}|dans${SP}l${AP}|en${SP})?(${x.part}))?${R}`,
    (m, text) => {
      const k = keyOf(m[1]);
      // "la veille du sommet" counts from an event, not a date: found, no value; but "à la
      // veille de défier le Chili" is the idiom "on the eve of", said of the present.
      if (
        (k.endsWith('veille') || k.endsWith('lendemain')) &&
        /^\s+(?:(?:de|du|des)\s|d['’])/.test(after(text, m.index + m[0].length, 6) + ' ')
      ) {
        if (k.endsWith('veille') && /(?:^|\s)à\s$/.test(before(text, m.index, 4))) {
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

  // Shifts: il y a deux ans, dans trois semaines / three years ago, in two weeks
  add(
    `${L}(il y a|voici|voilà|dans|d${AP}ici)${SP}(?:(?:environ|près de|plus de|moins de|à peine|quelque|presque|un peu plus de|seulement)${SP}|(?:près|plus|moins|un peu plus)${SP}d${AP}\\s*)?(${x.rangeNum})${SP}(${x.unit})(?:${SP}et${SP}(demie?|quart))?${R}`,
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
      // "deux jours avant le sommet", "vingt ans après 1998" anchor on an event or another date:
      // keep it a duration (any word or number after it).
      if ((k === 'après' || k === 'avant') && /^\s*[\p{L}\p{N}]/u.test(after(text, m.index + m[0].length, 8))) {
        return durationCandidate(m.index, groupSpan(m, 2).end, 'fr', m[1], m[2]);
      }
      return cand(m.index, m.index + m[0].length, 'date', { k: 'shift', n, unit, dir, ref: 'last' });
    },
  );

  // Durations: depuis près de trois ans, plus de quatre heures, quatre heures et demie
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
      // "depuis 21 heures": since that time of day (an afternoon or evening hour, not an amount).
      if (
        unitWord.startsWith('heure') &&
        m[1] &&
        keyOf(m[1]) === 'depuis' &&
        !m[2] &&
        !m[5] &&
        /^\d{1,2}$/.test(num) &&
        Number(num) >= 13 &&
        Number(num) <= 23
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
  // sous quinzaine, sous huitaine: within fifteen (eight) days
  add(`${L}sous${SP}(quinzaine|huitaine)${R}`, (m) =>
    cand(m.index, m.index + m[0].length, 'duration', {
      k: 'fixed',
      value: keyOf(m[1]) === 'quinzaine' ? 'P15D' : 'P8D',
    }),
  );
  // cela prendra des années, la crise a duré des mois: an unquantified amount after a verb of duration
  add(
    `${L}(?:dure|durent|durer|durera|dureront|duré|durait|prendre|prendra|prendront|pris|prend|faudra|fallu|faut|attendre|attendu|mettre|mettra|mis)${SP}(des${SP}(?:mois|années|semaines|jours|heures|décennies))${R}`,
    (m) => {
      const g = groupSpan(m, 1);
      return cand(g.start, g.end, 'duration', { k: 'vague', ref: 'none' });
    },
  );
  // depuis des années, pendant des mois
  add(
    `${L}(?:depuis|pendant|durant|des)${SP}(?:des|plusieurs|quelques|de longues|de longs|longues|longs)${SP}(${x.unit})${R}`,
    (m) => cand(m.index, m.index + m[0].length, 'duration', { k: 'vague', ref: 'none' }),
  );

  // Sets: chaque semaine, tous les deux ans, tous les mardis, deux fois par an
  // chaque soir, tous les matins: a part of every day
  add(
    `${L}(?:chaque${SP}(matin|soir|nuit|après-midi)|tous${SP}les${SP}(matins|soirs|après-midi)|toutes${SP}les${SP}(nuits))${R}`,
    (m) =>
      cand(m.index, m.index + m[0].length, 'set', {
        k: 'set',
        value: `XXXX-XX-XXT${lookup(DAY_PARTS.fr, (m[1] ?? m[2] ?? m[3]).replace(/s$/, ''))}`,
      }),
  );
  // chaque été, tous les hivers
  add(`${L}(?:chaque${SP}(${x.season})|tous${SP}les${SP}(étés|hivers|automnes|printemps))${R}`, (m) =>
    cand(m.index, m.index + m[0].length, 'set', {
      k: 'set',
      value: `XXXX-${lookup(SEASONS.fr, (m[1] ?? m[2]).replace(/s$/, '').replace(/^printemp$/, 'printemps'))}`,
    }),
  );
  add(
    `${L}(chaque|tous les|toutes les)${SP}(?:(${x.num})${SP})?(${x.unit}|${x.weekday}s?)(?:${SP}(${x.part})s?)?${R}`,
    (m) => withPart(setCandidate(m, 'fr', m[2], m[3]), m[4], 'fr'),
  );
  add(`${L}(?:(${x.num})${SP}fois${SP})?par${SP}(jour|semaine|mois|an|année|heure|siècle|décennie)${R}`, (m) =>
    setCandidate(m, 'fr', undefined, m[2]),
  );
  add(`${L}(quotidiennement|hebdomadairement|mensuellement|annuellement)${R}`, (m) => {
    const k = keyOf(m[1]);
    const value = k.startsWith('quot') ? 'P1D' : k.startsWith('hebdo') ? 'P1W' : k.startsWith('mens') ? 'P1M' : 'P1Y';
    return cand(m.index, m.index + m[0].length, 'set', { k: 'set', value });
  });

  // un rapport hebdomadaire, les chiffres mensuels: a recurrence; but "l'hebdomadaire Marianne",
  // "un mensuel" name a periodical.
  add(`${L}(quotidien|hebdomadaire|mensuel|annuel|bimensuel|bihebdomadaire)(?:le|ne)?s?${R}`, (m, text) => {
    if (
      /(?:(?:^|[\s(])(?:l['’]|le|la|les|un|une|des|du|cet|cette|ce|ces|d['’]|de l['’]|au|aux|son|sa|ses|notre|leur)|,)\s*$/i.test(
        before(text, m.index, 8),
      )
    )
      return null;
    const k = keyOf(m[1]);
    // "quotidien" alone is mostly "everyday" ("la vie quotidienne"), except after a count ("le
    // bilan quotidien", "la moyenne quotidienne", "les cas quotidiens"); "annuel" a yearly report.
    if (k === 'annuel') return null;
    if (k === 'quotidien' && !DAILY_COUNT_FR.test(before(text, m.index, 24))) return null;
    const value =
      k === 'quotidien'
        ? 'P1D'
        : k === 'bihebdomadaire'
          ? 'P0.5W'
          : k === 'bimensuel'
            ? 'P0.5M'
            : k.startsWith('hebdo')
              ? 'P1W'
              : 'P1M';
    return cand(m.index, m.index + m[0].length, 'set', { k: 'set', value });
  });

  // Clock times: à 15h00, 15 h 30, à 15 heures, à midi / at 3 p.m., 15:30
  add(
    `${L}(?:(à|vers|dès|jusqu${AP}à|avant|après|aux alentours de|autour de|peu avant|peu après|à partir de)${SP})?([01]?\\d|2[0-3])\\s*h\\s*([0-5]\\d)?(?:\\s*(?:min|mn))?(?:${SP}(du matin|du soir|de l${AP}après-midi))?${R}`,
    (m, text) => {
      const prev = before(text, m.index, 12);
      if (!m[1] && /(?:en|pendant|depuis|durant|les|dans|de|sous)\s$/.test(prev)) {
        // "pendant 1 h 30", "en 2 h 15": an amount of time.
        if (!/(?:pendant|durant|depuis|en)\s$/.test(prev) || m[4]) return null;
        const h = Number(m[2]);
        const min = m[3] ? Number(m[3]) : 0;
        // "depuis 21 h 30", "depuis 8 h": since that time of day; amounts that long are rare.
        if (/depuis\s$/.test(prev) && (h >= 6 || m[3] === '00')) {
          const lead = /depuis\s+$/i.exec(text.slice(Math.max(0, m.index - 20), m.index));
          const start = lead ? m.index - lead[0].length : m.index;
          return cand(start, m.index + m[0].length, 'time', { k: 'time', hour: h, minute: min });
        }
        if (!h && !min) return null;
        return cand(m.index, m.index + m[0].length, 'duration', {
          k: 'fixed',
          value: `PT${h ? `${h}H` : ''}${min ? `${min}M` : ''}`,
        });
      }
      let hour = Number(m[2]);
      const part = m[4] ? keyOf(m[4]) : '';
      if ((part.includes('soir') || part.includes('après')) && hour < 12) hour += 12;
      return cand(m.index, m.index + m[0].length, 'time', {
        k: 'time',
        hour,
        minute: m[3] ? Number(m[3]) : 0,
      });
    },
  );
  add(
    `${L}(?:(à|vers|dès|jusqu${AP}à|aux alentours de|autour de|peu avant|peu après|à partir de|entre|et)${SP})?([01]?\\d|2[0-3])${SP}heures?(?:${SP}([0-5]\\d))?(?:${SP}(du matin|du soir|de l${AP}après-midi))?${R}`,
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
  add(
    `${L}(à|vers|dès|jusqu${AP}à|peu${SP}avant|peu${SP}après|avant|aux${SP}alentours${SP}de|autour${SP}de)${SP}(midi|minuit)${R}`,
    (m) => {
      // "avant minuit", "jusqu'à minuit": the end of the day (T24:00), not its start.
      const endOfDay = /^(?:jusqu.à|(?:peu\s+)?avant)$/i.test(m[1]);
      const hour = keyOf(m[2]) === 'midi' ? 12 : endOfDay ? 24 : 0;
      return cand(m.index, m.index + m[0].length, 'time', { k: 'time', hour, minute: 0 });
    },
  );
}
