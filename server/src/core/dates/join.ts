/**
 * One expression for a day and the time or part of the day that narrows it: TimeML tags
 * `jeudi à 11 h 15` as a single TIMEX3 (value 2021-01-14T11:15), not a date and a time.
 * Runs after resolution, so the time already carries its day and the join only checks that
 * both agree.
 */
import type { DateMention } from '../types';

type Resolved = Omit<DateMention, 'text' | 'origin'>;

/** What may separate a day from its time: white space and a preposition (`shortly before`), no comma. */
const DAY_THEN_TIME =
  /^[ \t\u00a0]+(?:(?:shortly|just|soon|right)[ \t\u00a0]+)?(?:(?:à|vers|dès|at|around|about|on)[ \t\u00a0]+)?$/i;
/** What may separate a time from its day: `à 15 heures mercredi`, `at 2:30 a.m. Sunday`. */
const TIME_THEN_DAY = /^(?:[ \t\u00a0]+|,[ \t\u00a0]*|[ \t\u00a0]+(?:on|ce|le)[ \t\u00a0]+)$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A day with its part: `lundi soir` → 2023-06-05TEV. */
const DAY_WITH_PART = /^(\d{4}-\d{2}-\d{2})T(?:MO|MI|AF|EV|NI)$/;

/**
 * Joins a day with the clock time or part of the day written next to it, when the time was
 * resolved to that same day. The joined mention keeps the finer value and the time's type.
 */
export function joinDayAndTime(mentions: Resolved[], text: string): Resolved[] {
  const out: Resolved[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.value && m.value) {
      const gap = text.slice(prev.end, m.start);
      // day, then its time or part of the day
      if (
        DAY.test(prev.value) &&
        prev.type === 'date' &&
        (m.value.startsWith(`${prev.value}T`) || (m.value === prev.value && m.type === 'date')) &&
        DAY_THEN_TIME.test(gap)
      ) {
        out[out.length - 1] = { ...m, start: prev.start, resolution: prev.resolution };
        continue;
      }
      // a day and its part, then the clock time (`lundi soir peu avant minuit`, `Tuesday evening at
      // 9 p.m.`): the clock is finer; after an evening or a night it may fall on the next day.
      const withPart = DAY_WITH_PART.exec(prev.value);
      if (
        withPart &&
        prev.type === 'date' &&
        m.type === 'time' &&
        DAY_THEN_TIME.test(gap) &&
        (m.value.startsWith(`${withPart[1]}T`) || /^relative to the date last mentioned/.test(m.resolution ?? ''))
      ) {
        out[out.length - 1] = { ...m, start: prev.start, resolution: prev.resolution };
        continue;
      }
      if (
        DAY.test(m.value) &&
        m.type === 'date' &&
        prev.type === 'time' &&
        prev.value.startsWith(`${m.value}T`) &&
        TIME_THEN_DAY.test(gap) &&
        gap.length <= 5
      ) {
        out[out.length - 1] = { ...prev, end: m.end, resolution: m.resolution };
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

const PARTS =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const DESIGNATORS = ['Y', 'M', 'W', 'D', 'H', 'M', 'S'];

/** `P4Y` and `P3M` → `P4Y3M`, when every unit of the second is finer than those of the first. */
function addDurations(a: string, b: string): string | null {
  const pa = PARTS.exec(a);
  const pb = PARTS.exec(b);
  if (!pa || !pb || a === 'P' || b === 'P') return null;
  const lastA = Math.max(...pa.slice(1).map((v, i) => (v ? i : -1)));
  const firstB = pb.slice(1).findIndex((v) => v);
  if (lastA < 0 || firstB < 0 || firstB <= lastA) return null;
  // Weeks do not mix with other units in ISO 8601.
  if (pa[3] || pb[3]) return null;
  let out = 'P';
  let inTime = false;
  for (let i = 0; i < 7; i++) {
    const v = pa[i + 1] ?? pb[i + 1];
    if (!v) continue;
    if (i >= 4 && !inTime) {
      out += 'T';
      inTime = true;
    }
    out += `${v}${DESIGNATORS[i]}`;
  }
  return out;
}

/**
 * Joins a compound duration written in two parts (`four years and three months`, `deux
 * heures et quart`, `trois ans et six mois`) into one expression, as TimeML does: P4Y3M.
 */
export function joinDurations(mentions: Resolved[], text: string): Resolved[] {
  const out: Resolved[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    // The second part is a bare amount: "and three months", not "and in the last 24 hours".
    const bare = !/^(?:in|over|for|during|since|within|the|last|past|pendant|depuis|durant|dans|les|ces|au|en)\b/i.test(
      text.slice(m.start, m.end),
    );
    if (prev && prev.type === 'duration' && m.type === 'duration' && prev.value && m.value && bare) {
      const gap = text.slice(prev.end, m.start);
      const sum = /^(?:,?[ \t\u00a0]+(?:et|and)[ \t\u00a0]+|,[ \t\u00a0]+)$/i.test(gap)
        ? addDurations(prev.value, m.value)
        : null;
      if (sum) {
        out[out.length - 1] = { ...prev, end: m.end, value: sum };
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
