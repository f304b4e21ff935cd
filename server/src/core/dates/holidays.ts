/**
 * Holidays and named days (`Christmas`, `Noël`, `Thanksgiving`, `Pâques`): a calendar day
 * whose year is resolved like any year-less date; movable ones are computed for that year.
 */
import type { Day } from './calendar';

/** How a holiday falls: a fixed month and day, or computed for each year. */
export interface Holiday {
  month: number;
  day: number;
  /** Movable feasts: the day in a given year (`month`/`day` above only choose the year). */
  /** `the Memorial Day weekend`: the weekend around it (set by the recognizer). */
  weekend?: boolean;
  movable?:
    | 'easter'
    | 'easter-monday'
    | 'ascension'
    | 'pentecost'
    | 'pentecost-monday'
    | 'memorial'
    | 'labor'
    | 'thanksgiving'
    | 'black-friday';
}

const fixed = (month: number, day: number): Holiday => ({ month, day });

/** Names, lower case; both languages, since either appears in the other's articles. */
export const HOLIDAYS: Record<string, Holiday> = {
  christmas: fixed(12, 25),
  'christmas day': fixed(12, 25),
  'christmas eve': fixed(12, 24),
  "new year's day": fixed(1, 1),
  "new year's eve": fixed(12, 31),
  'independence day': fixed(7, 4),
  'the fourth of july': fixed(7, 4),
  'fourth of july': fixed(7, 4),
  'july fourth': fixed(7, 4),
  halloween: fixed(10, 31),
  "valentine's day": fixed(2, 14),
  'veterans day': fixed(11, 11),
  'armistice day': fixed(11, 11),
  'boxing day': fixed(12, 26),
  'bastille day': fixed(7, 14),
  'memorial day': { month: 5, day: 28, movable: 'memorial' },
  'labor day': { month: 9, day: 4, movable: 'labor' },
  thanksgiving: { month: 11, day: 25, movable: 'thanksgiving' },
  'thanksgiving day': { month: 11, day: 25, movable: 'thanksgiving' },
  'black friday': { month: 11, day: 26, movable: 'black-friday' },
  easter: { month: 4, day: 10, movable: 'easter' },
  'easter sunday': { month: 4, day: 10, movable: 'easter' },
  'easter monday': { month: 4, day: 11, movable: 'easter-monday' },
  pâques: { month: 4, day: 10, movable: 'easter' },
  'lundi de pâques': { month: 4, day: 11, movable: 'easter-monday' },
  'fête nationale': fixed(7, 14),
  "jour de l'armistice": fixed(11, 11),
  'lundi de pentecôte': { month: 5, day: 20, movable: 'pentecost-monday' },
  pentecôte: { month: 5, day: 19, movable: 'pentecost' },
  ascension: { month: 5, day: 9, movable: 'ascension' },
};

/** Easter Sunday (Gregorian, anonymous algorithm): Pâques moves every year. */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** A day counted from Easter Sunday (Ascension +39, Pentecôte +49). */
function afterEaster(year: number, days: number): Day {
  const e = easter(year);
  const d = new Date(Date.UTC(year, e.month - 1, e.day + days));
  return { year, month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, for a day of the Gregorian calendar. */
function dow(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The n-th given weekday (0 = Sunday) of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day = last - ((dow(year, month, last) - weekday + 7) % 7);
    return { year, month, day };
  }
  const first = (weekday - dow(year, month, 1) + 7) % 7;
  return { year, month, day: 1 + first + 7 * (n - 1) };
}

/** The day a holiday falls on in a year (Memorial Day: last Monday of May, and so on). */
export function holidayDay(h: Holiday, year: number): Day {
  switch (h.movable) {
    case 'easter':
      return easter(year);
    case 'easter-monday':
      return afterEaster(year, 1);
    case 'ascension':
      return afterEaster(year, 39);
    case 'pentecost':
      return afterEaster(year, 49);
    case 'pentecost-monday':
      return afterEaster(year, 50);
    case 'memorial':
      return nthWeekday(year, 5, 1, -1);
    case 'labor':
      return nthWeekday(year, 9, 1, 1);
    case 'thanksgiving':
      return nthWeekday(year, 11, 4, 4);
    case 'black-friday': {
      const t = nthWeekday(year, 11, 4, 4);
      return { year, month: 11, day: t.day + 1 };
    }
    default:
      return { year, month: h.month, day: h.day };
  }
}
