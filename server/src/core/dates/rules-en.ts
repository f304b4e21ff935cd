/**
 * The English recognizers, in the order they run (on equal length, the earlier wins).
 * See `recognize.ts` for what a rule returns, `lexicon.ts` for the words.
 */
import { DAY_PARTS, MONTHS, SEASONS, WEEKDAYS } from './lexicon';
import {
  AP,
  DAY_NUM_EN,
  L,
  MONTH_CONTEXT_EN,
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
  setCandidate,
  withPart,
  unitOf,
  type AddRule,
  type Lexicon,
} from './patterns';
import type { Grain } from './recognize';

/** Adds the English rules. */
/** Counts and rates that `daily` / `weekly` describe as a recurrence: `weekly total`, `daily cases`. */
const STAT_NOUN =
  /^\s+(?:(?:new|average|reported|confirmed)\s+)?(?:totals?|averages?|cases|deaths|infections|hospitali[sz]ations|admissions|tests|figures|counts?|numbers|rates?|basis|doses)\b/;

export function englishRules(x: Lexicon, add: AddRule): void {
  const months = MONTHS.en;
  const weekdays = WEEKDAYS.en;
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
  // this November, this past March, this coming January: the month around the publication date
  add(`${L}this(?:${SP}(past|coming))?${SP}(${x.month})${R}`, (m) => {
    if (!/^[A-Z]/.test(m[2]) || m[2].endsWith('.')) return null;
    const rel = m[1] ? keyOf(m[1]) : '';
    return cand(m.index, m.index + m[0].length, 'date', {
      k: 'calendar',
      month: lookup(months, m[2])!,
      deictic: true,
      tense: rel === 'past' ? 'past' : rel === 'coming' ? 'future' : undefined,
    });
  });
  // February 2022, early March, in January
  add(
    `${L}(?:(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of)(?:\\s*[-‑]\\s*|\\s+)?)?(${x.month})(?:,?${SP}(${YEAR})|${SP}of${SP}(this|last|next)${SP}year)?${R}`,
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
        {
          k: 'calendar',
          year,
          month: lookup(months, m[2])!,
          mod: modifier,
          // January of this year, March of last year: the year counted from now.
          yearOffset: m[4] ? { this: 0, last: -1, next: 1 }[keyOf(m[4])] : undefined,
        },
        !!year,
      );
    },
  );

  // the early '90s: a decade of the last century
  add(`${L}${AP}([1-9])0s${R}`, (m) =>
    cand(m.index, m.index + m[0].length, 'date', { k: 'fixed', value: `19${m[1]}` }),
  );
  add(`${L}(?:the${SP})?(1\\d|20)(\\d)0${AP}?s${R}`, (m) =>
    cand(m.index, m.index + m[0].length, 'date', { k: 'fixed', value: `${m[1]}${m[2]}` }),
  );
  add(`${L}(?:the${SP})?(\\d{1,2})(?:st|nd|rd|th)${SP}century${R}`, (m) =>
    cand(m.index, m.index + m[0].length, 'date', {
      k: 'fixed',
      value: String(Number(m[1]) - 1).padStart(2, '0'),
    }),
  );

  // Monday through Friday, from Monday to Saturday: opening days, every week unless a past
  // tense makes them one week
  add(
    `${L}(?:from${SP})?(${x.weekday})${SP}(?:through|to|thru)${SP}(${x.weekday})(?!,?${SP}(?:${x.month}|\\d))${R}`,
    (m) => {
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
    },
  );
  // Weekdays: mardi, ce mardi, mardi dernier, mardi soir / on Tuesday, last Tuesday
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

  // Units around now: la semaine dernière, cette année, l'an prochain, ce mois-ci, cet été
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
  // the end of the year, the start of next month: the unit (TimeML keeps it as the value)
  add(
    `${L}(?:the${SP})?(?:end|beginning|start|middle)${SP}of${SP}(the|this|next|last)${SP}(year|month|week|decade|century)${R}`,
    (m) => {
      const rel = keyOf(m[1]);
      const grain = keyOf(m[2]) as Grain;
      const offset = rel === 'next' ? 1 : rel === 'last' ? -1 : 0;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'unit', grain, offset, ref: 'now' });
    },
  );
  // in the spring, during the winter: the season the tense points to
  add(
    `${L}(?:in|during|by|until|till|before|after|through|over|since)${SP}the${SP}(${x.season})(?!${SP}(?:of${SP})?\\d)${R}`,
    (m) =>
      cand(m.index, m.index + m[0].length, 'date', {
        k: 'unit',
        grain: 'year',
        offset: 0,
        ref: 'now',
        season: lookup(SEASONS.en, m[1]),
      }),
  );
  // the evening of Feb. 3, the night of Tuesday, March 4
  add(
    `${L}(?:on${SP})?the${SP}(${x.part})${SP}of${SP}(?:(${x.weekday}),?${SP})?(${x.month})${SP}(${DAY_NUM_EN})(?:,?${SP}(${YEAR}))?${R}`,
    (m) => {
      const year = m[5] ? Number(m[5]) : undefined;
      return cand(
        m.index,
        m.index + m[0].length,
        'date',
        {
          k: 'calendar',
          year,
          month: lookup(months, m[3])!,
          day: dayNumber(m[4]),
          weekday: m[2] ? lookup(weekdays, m[2]) : undefined,
          part: lookup(DAY_PARTS.en, m[1]),
        },
        !!year,
      );
    },
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

  // the night before, the previous night, the following night: a night counted from the date last mentioned
  add(
    `${L}(?:the${SP}night${SP}(before|after)|the${SP}(previous|preceding|following|next)${SP}night)${R}`,
    (m, text) => {
      // "the night before the vote" counts from an event: found, no value.
      if (m[1] && /^\s+(?:the|a|an|his|her|their|its)\s/i.test(after(text, m.index + m[0].length, 8))) {
        return cand(m.index, m.index + m[0].length, 'date', { k: 'vague', ref: 'none' });
      }
      const k = keyOf(m[1] ?? m[2]);
      const days = k === 'before' || k === 'previous' || k === 'preceding' ? -1 : 1;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'anaphoric', days, part: 'NI' });
    },
  );
  // Anaphoric days: la veille, le lendemain, le surlendemain / the day before, the next day
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

  // Shifts: il y a deux ans, dans trois semaines / three years ago, in two weeks
  add(
    `${L}(?:(?:nearly|almost|about|around|some|more than|less than|roughly|over|just over|just under|at least)${SP})?(an?|${x.rangeNum})${SP}(${x.unit})${SP}(ago|later|earlier|before|after|from now|previously|on)${R}`,
    (m, text) => {
      const unit = unitOf('en', m[2]);
      if (!unit) return null;
      const k = keyOf(m[3]);
      const n = parseNumber(m[1], 'en');
      if (
        (k === 'before' || k === 'after' || k === 'on') &&
        // "two days before the vote", "nine days before finding her car", "a week after he left",
        // "four days after polls closed": counted from an event, an amount of time.
        // (any word after it: "four days after polls closed")
        (/^\s*[\p{L}\p{N}]/u.test(after(text, m.index + m[0].length, 16)) ||
          /(?:^|\s)for\s$/.test(before(text, m.index, 5)))
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
  add(`${L}(in|within)${SP}(an?|${x.rangeNum})${SP}(${x.unit})${R}`, (m) => {
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

  // Durations: depuis près de trois ans, plus de quatre heures, quatre heures et demie
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

  // March 3 to 5, March 3-5: the second day takes the month of the first
  add(
    `${L}(${x.month})${SP}(${DAY_NUM_EN})\\s*(?:to|through|until|and|-|–)\\s*(${DAY_NUM_EN})(?:,?${SP}(${YEAR}))?${R}(?!\\s*(?:[ap]\\.?m\\b|o${AP}clock|%|percent))`,
    (m) => {
      const month = lookup(months, m[1]);
      if (!month || !/^[A-Z]/.test(m[1])) return null;
      const year = m[4] ? Number(m[4]) : undefined;
      const second = groupSpan(m, 3);
      return cand(
        second.start,
        m.index + m[0].length,
        'date',
        { k: 'calendar', year, month, day: dayNumber(m[3]) },
        !!year,
      );
    },
  );
  // the fiscal year, fiscal 2024, FY2024: a company's year, not the calendar's
  add(
    `${L}(?:(?:the|this|last|next|its|a)${SP})?(?:fiscal${SP}(?:year${SP})?(${YEAR})|fiscal${SP}year|FY\\s?(${YEAR}))${R}`,
    (m) => {
      const year = m[1] ?? m[2];
      if (year) return cand(m.index, m.index + m[0].length, 'date', { k: 'fixed', value: `FY${year}` }, true);
      return cand(m.index, m.index + m[0].length, 'date', { k: 'vague', ref: 'none' });
    },
  );
  // during the night, through the night: the night of the day last mentioned (not "the night
  // sky", not "the night of March 3", which has its own rule)
  add(
    `${L}(?:during|through|throughout|in)${SP}the${SP}night(?!${SP}(?:of|before|after|sky|skies|shift|shifts|club|clubs|life|time|watch|train|trains|bus|buses|vision|session|sessions|market|markets|flight|flights|guard|owl|owls|manager|editor|editors|staff|crew)${R})${R}`,
    (m) => cand(m.index, m.index + m[0].length, 'date', { k: 'anaphoric', days: 0, part: 'NI' }),
  );
  // in coming weeks, the coming days, the days ahead, over the next few months: vague future
  add(
    `${L}(?:(?:in|over|during|within|for)${SP})?(?:(?:the${SP})?(?:coming|upcoming|next${SP}few|next${SP}several)${SP}(?:days|weeks|months|years)|the${SP}(?:days|weeks|months|years)${SP}(?:ahead|to${SP}come))${R}`,
    (m) => cand(m.index, m.index + m[0].length, 'date', { k: 'vague', ref: 'future' }),
  );
  // a minute of silence, two minutes' silence: an amount of time, as "une minute de silence"
  add(`${L}(an?|one|two|three|five|\\d+)${SP}(minutes?)(?=(?:['’]s?)?${SP}(?:of${SP})?silence${R})`, (m) =>
    durationCandidate(m.index, m.index + m[0].length, 'en', /^an?$/i.test(m[1]) ? 'one' : m[1], m[2]),
  );
  // struck overnight: the night before; will fall overnight: tonight (not "an overnight stay")
  add(
    `${L}overnight(?=\\s*(?:[,.;:)]|$)|\\s+(?:on|in|at|and|to|from|as|when|after|before|while|into|near|outside|inside|across)\\b)`,
    (m) => cand(m.index, m.index + m[0].length, 'date', { k: 'deictic', days: -1, part: 'NI', futureDays: 0 }),
  );
  // could last months, took years: an unquantified amount after a verb of duration
  add(
    `${L}(?:last|lasts|lasted|lasting|take|takes|took|taking|spend|spends|spent|spending|wait|waited)${SP}(months|years|weeks|days|hours|decades)${R}(?!${SP}(?:ago|later|earlier|before|after))`,
    (m) => {
      const g = groupSpan(m, 1);
      return cand(g.start, g.end, 'duration', { k: 'vague', ref: 'none' });
    },
  );
  // every evening, each morning: a part of every day
  add(`${L}(?:every|each)${SP}(morning|afternoon|evening|night)${R}`, (m) =>
    cand(m.index, m.index + m[0].length, 'set', { k: 'set', value: `XXXX-XX-XXT${lookup(DAY_PARTS.en, m[1])}` }),
  );
  // later in the day, earlier that morning: the day last mentioned (or today)
  add(`${L}(?:later|earlier)${SP}(?:in${SP}the|that)${SP}(day|morning|afternoon|evening|night)${R}`, (m) => {
    const w = keyOf(m[1]);
    const part = w === 'day' ? undefined : lookup(DAY_PARTS.en, w);
    return cand(m.index, m.index + m[0].length, 'date', { k: 'anaphoric', days: 0, part });
  });
  // in the early morning, late in the evening: a part of the day last mentioned
  add(`${L}(?:in${SP}the${SP})?early${SP}(morning|afternoon|evening)(?!${SP}(?:of|on)${R})${R}`, (m) =>
    cand(m.index, m.index + m[0].length, 'date', {
      k: 'anaphoric',
      days: 0,
      part: lookup(DAY_PARTS.en, m[1]),
    }),
  );

  // Sets: chaque semaine, tous les deux ans, tous les mardis, deux fois par an
  // every summer, each winter
  add(`${L}(?:every|each)${SP}(${x.season})${R}`, (m) =>
    cand(m.index, m.index + m[0].length, 'set', { k: 'set', value: `XXXX-${lookup(SEASONS.en, m[1])}` }),
  );
  add(`${L}(every|each)${SP}(?:(${x.num}|other)${SP})?(${x.unit}|${x.weekday})(?:${SP}(${x.part}))?${R}`, (m) =>
    withPart(setCandidate(m, 'en', m[2] && keyOf(m[2]) === 'other' ? '2' : m[2], m[3]), m[4], 'en'),
  );
  add(`${L}(?:${x.num}${SP}times|once|twice)${SP}(?:a|per)${SP}(day|week|month|year|hour)${R}`, (m) =>
    setCandidate(m, 'en', undefined, m[1]),
  );
  add(`${L}per${SP}(day|week|month|year)${R}`, (m) => setCandidate(m, 'en', undefined, m[1]));
  add(`${L}(daily|weekly|monthly|annually|yearly|nightly|hourly)${R}`, (m, text) => {
    // Adjectives ("a daily newspaper") are not expressions of time; adverbs after a verb are.
    if (
      /^\s+[a-z]/.test(after(text, m.index + m[0].length, 3)) &&
      !/^\s+(?:since|for|until|at|in|on|and|or)\b/.test(after(text, m.index + m[0].length, 8)) &&
      // …except the rate of a count ("the highest weekly total", "daily hospitalizations", "on a
      // daily basis"): a recurrence, as the gold files tag it.
      !STAT_NOUN.test(after(text, m.index + m[0].length, 24))
    ) {
      return null;
    }
    const k = keyOf(m[1]);
    const value =
      k === 'daily'
        ? 'P1D'
        : k === 'weekly'
          ? 'P1W'
          : k === 'monthly'
            ? 'P1M'
            : k === 'nightly'
              ? 'XXXX-XX-XXTNI'
              : k === 'hourly'
                ? 'PT1H'
                : 'P1Y';
    return cand(m.index, m.index + m[0].length, 'set', { k: 'set', value });
  });

  // Clock times: à 15h00, 15 h 30, à 15 heures, à midi / at 3 p.m., 15:30
  add(
    `${L}(?:(?:at|around|by|until|before|after|about|from|to)${SP})?(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s*(a\\.m\\.|p\\.m\\.|am|pm|a\\.m|p\\.m)(?![\\p{L}])`,
    (m) => {
      let hour = Number(m[1]) % 12;
      if (/p/i.test(m[3])) hour += 12;
      return cand(m.index, m.index + m[0].length, 'time', { k: 'time', hour, minute: m[2] ? Number(m[2]) : 0 });
    },
  );
  // at noon, after midnight; bare beside its day: `midnight November 12`, `Noon Monday`, `Friday midnight`
  const dayAfter = new RegExp(
    `^,?${SP}(?:(?:on|this|last|next)${SP})?(?:${x.weekday}|${x.month}|today|tonight|yesterday|tomorrow)(?![\\p{L}])`,
    'iu',
  );
  const dayBefore = new RegExp(`(?:${x.weekday}|${x.month}${SP}\\d{1,2})${SP}$`, 'iu');
  add(`${L}(?:(at|around|about|by|until|till|after|before|past|from|near)${SP})?(noon|midnight)${R}`, (m, text) => {
    const end = m.index + m[0].length;
    if (!m[1] && !dayAfter.test(after(text, end, 24)) && !dayBefore.test(before(text, m.index, 24))) return null;
    // "before midnight Wednesday", "by midnight": the end of that day (T24:00), not its start.
    const endOfDay = m[1] && /^(?:by|until|till|before)$/i.test(m[1]);
    const hour = keyOf(m[2]) === 'noon' ? 12 : endOfDay ? 24 : 0;
    return cand(m.index, end, 'time', { k: 'time', hour, minute: 0 });
  });
  add(`${L}(?:at|around|by|until)${SP}(1[0-2]|0?[1-9])${SP}o${AP}clock${R}`, (m) =>
    cand(m.index, m.index + m[0].length, 'time', { k: 'time', hour: Number(m[1]), minute: 0 }),
  );
}
