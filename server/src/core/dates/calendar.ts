/**
 * Calendar arithmetic on plain days (no time zone, no clock): enough to shift by days,
 * weeks, months and years, find weekdays and ISO weeks, and print ISO 8601 values at the
 * granularity an expression has.
 */

/** A calendar day. `month` is 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

function toEpochDay(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

function fromEpochDay(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** True when the numbers name a real day (no 31 April, 29 February only in leap years). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return daysInMonth(year, month) >= day;
}

/** Number of days of a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `n` days after `d` (before, when negative). */
export function addDays(d: Day, n: number): Day {
  return fromEpochDay(toEpochDay(d) + n);
}

/** The day `n` months after `d`, clamped to the month's last day (31 January + 1 month = 28 February). */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(d: Day): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week of a day: the week's year (which may differ from the day's) and number. */
export function isoWeek(d: Day): { year: number; week: number } {
  // The week belongs to the year of its Thursday.
  const thursday = addDays(d, 4 - weekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2025-02-18`. */
export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `2025-02`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** `2025-W07`. */
export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** The Monday of an ISO week (`2025-W07` → 2025-02-10), or null for another value. */
export function weekMonday(value: string | null | undefined): Day | null {
  const m = value ? /^(\d{4})-W(\d{2})$/.exec(value) : null;
  if (!m) return null;
  const jan4 = { year: Number(m[1]), month: 1, day: 4 };
  return addDays(jan4, 1 - weekday(jan4) + 7 * (Number(m[2]) - 1));
}

/** Reads `2025-02-18`, `2025-02` or `2025` (a month or year is taken at its first day). */
export function parseIso(value: string | null | undefined): { day: Day; granularity: 'day' | 'month' | 'year' } | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (!isValidDay(year, month, day)) return null;
  return { day: { year, month, day }, granularity: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}
