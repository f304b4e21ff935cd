/**
 * Resolution: turns each recognised expression's meaning into an ISO 8601 value at its own
 * granularity, using the publication date (or the date the text itself implies), the date
 * last mentioned, and the tense around the expression.
 */
import type { DateMention, Language } from '../types';
import {
  addDays,
  addMonths,
  daysBetween,
  formatDay,
  formatMonth,
  formatWeek,
  isValidDay,
  parseIso,
  weekMonday,
  weekday as weekdayOf,
  type Day,
} from './calendar';
import { holidayDay, type Holiday } from './holidays';
import type { TimeUnit } from './lexicon';
import type { Candidate, DayPart, Meaning, Season } from './recognize';
import { isSpeechDate, tenseAround, type Tense } from './tense';

/** The day (or month, or year) that relative expressions are counted from, and how to say so. */
export interface Anchor {
  day: Day;
  granularity: 'day' | 'month' | 'year';
  /** For people: "the publication date 2025-02-18". */
  label: string;
}

/** The text and anchors that resolution reads. */
export interface ResolveContext {
  text: string;
  language: Language;
  /** The publication date, or the date inferred from the text; null when neither exists. */
  now: Anchor | null;
  /** Give vague references TimeML's PRESENT_REF / PAST_REF / FUTURE_REF instead of null. */
  timemlRefs?: boolean;
  /** Weekdays (1–7) written alone in a past-tense sentence somewhere in the text; set by `resolveAll`. */
  toldInPast?: ReadonlySet<number>;
}

const REF_VALUE = { present: 'PRESENT_REF', past: 'PAST_REF', future: 'FUTURE_REF' } as const;

interface Resolved {
  value: string | null;
  resolution: string;
  /** When resolution shows the expression is of another type than recognised. */
  type?: DateMention['type'];
}

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function withPart(value: string, part: DayPart | undefined): string {
  return part ? `${value}T${part}` : value;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A deadline or a starting point before an expression: `d'ici`, `depuis`, `by`, `since`. */
const HORIZON =
  /(?:d['’]ici(?: à)?|jusqu['’]en|jusqu['’]à|horizon|avant|après|depuis|by|until|before|after|since)\s+$/i;
/** `the week that ended`, `the week ending`, `la semaine close le`: the week of the day after it. */
const WEEK_ENDING =
  /(?<!\p{L})(?:(?:the|a)\s+week\s+(?:that\s+|which\s+)?(?:ending|ended|ends|closing|closed)(?:\s+on)?|la\s+semaine\s+(?:qui\s+s['’]est\s+)?(?:achevée|terminée|close|se\s+terminant|finissant|s['’]achevant)(?:\s+le)?)\s+$/iu;

/**
 * Resolves the selected candidates in text order, so that `le lendemain` sees the date
 * mentioned just before it.
 */
export function resolveAll(candidates: Candidate[], given: ResolveContext): Omit<DateMention, 'text' | 'origin'>[] {
  const out: Omit<DateMention, 'text' | 'origin'>[] = [];
  const toldInPast = new Set<number>();
  for (const c of candidates) {
    if (c.meaning.k !== 'weekday' || c.meaning.which !== 'bare') continue;
    if (tenseAround(given.text, c.start, c.end, given.language) === 'past') toldInPast.add(c.meaning.weekday);
  }
  const ctx: ResolveContext = { ...given, toldInPast };
  // The dates last mentioned, per granularity: "a year earlier" (a year) does not hide the
  // day before it from "the previous quarter", but "cette année-là" sees the latest year.
  const recent: Recent = { day: null, month: null, year: null, spoken: null, monthNamed: null };
  // The year last written out, for "en 2022 … le 13 janvier" in one sentence.
  let written: { year: number; end: number } | null = null;
  for (const c of candidates) {
    const sentenceYear = written && !/[.!?\n]/.test(ctx.text.slice(written.end, c.start)) ? written.year : null;
    const r = resolveOne(c, ctx, recent, sentenceYear);
    // A deadline or a starting point ("d'ici 2025", "by 2030", "depuis 2014") is not the year of
    // the days named after it in the sentence.
    const horizon = HORIZON.test(ctx.text.slice(Math.max(0, c.start - 14), c.start));
    // "l'attentat de Nice du 14 juillet 2016, s'est ouvert en septembre": a date naming an event
    // is not the year of the sentence's other days.
    const naming = ctx.language === 'fr' && EVENT_DATE_FR.test(ctx.text.slice(Math.max(0, c.start - 24), c.start));
    if (c.explicitYear && c.meaning.k === 'calendar' && c.meaning.year !== undefined && !horizon && !naming) {
      written = { year: c.meaning.year, end: c.end };
    }
    const type = r.type ?? c.type;
    // "cases for the week that ended Saturday", "the week ending Feb. 12": that day's week.
    const ending = WEEK_ENDING.exec(ctx.text.slice(Math.max(0, c.start - 50), c.start));
    const endDay = ending && type === 'date' && r.value ? /^\d{4}-\d{2}-\d{2}$/.exec(r.value) : null;
    if (ending && endDay) {
      const day = parseIso(endDay[0])!.day;
      const week = formatWeek(day);
      out.push({
        start: c.start - ending[0].length,
        end: c.end,
        type,
        value: week,
        resolution: `the week of ${endDay[0]}`,
      });
      const since = HORIZON.test(
        ctx.text.slice(Math.max(0, c.start - ending[0].length - 14), c.start - ending[0].length),
      );
      if (!since) recent.week = { anchor: { day, granularity: 'day', label: `the week of ${endDay[0]}` }, end: c.end };
      continue;
    }
    out.push({ start: c.start, end: c.end, type, value: r.value, resolution: r.resolution });
    // The week last named, for "the previous week" in the next sentence (not a starting point:
    // "since the week of …").
    const monday = weekMonday(r.value);
    if (monday && !horizon) {
      recent.week = { anchor: { day: monday, granularity: 'day', label: `the week ${r.value}` }, end: c.end };
    }
    if (type === 'date' && r.value && c.meaning.k !== 'vague') {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(r.value);
      if (m && m[3]) recent.spoken = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
      if (m && m[2]) recent.monthNamed = { year: Number(m[1]), month: Number(m[2]), day: 1 };
      // "I love him more today than yesterday," he said. Later in the day…: a quoted deictic is the
      // speaker's own reference, not a step of the narration that `later in the day` continues.
      const quotedDeictic = c.meaning.k === 'deictic' && insideQuote(ctx.text, c.start);
      if (m && !quotedDeictic && !isSpeechDate(ctx.text, c.start, ctx.language)) {
        const day = { year: Number(m[1]), month: m[2] ? Number(m[2]) : 1, day: m[3] ? Number(m[3]) : 1 };
        const granularity = m[3] ? 'day' : m[2] ? 'month' : 'year';
        const mention = {
          anchor: { day, granularity, label: `the date last mentioned (${r.value.replace(/T.*/, '')})` } as Anchor,
          end: c.end,
        };
        recent.year = mention;
        if (granularity !== 'year') recent.month = mention;
        if (granularity === 'day') {
          if (ctx.now?.granularity === 'day' && daysBetween(day, ctx.now.day) > 0) recent.pastDay = mention;
          recent.day = mention;
          recent.night = /T(?:NI|EV)$/.test(r.value);
        }
      }
    }
  }
  timesBeforeTheirDay(candidates, out, ctx.text, ctx.language);
  weekdayBesideDeictic(candidates, out, ctx.text);
  rangesRunForward(candidates, out, ctx.text);
  return out;
}

/**
 * `du 14 au 20 octobre`, `Dec. 28 to Jan. 3`: the end of a range of year-less days is the first
 * such day on or after its start, whatever tense the sentence's other verbs have.
 */
function rangesRunForward(candidates: Candidate[], out: Omit<DateMention, 'text' | 'origin'>[], text: string): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = candidates[i].meaning;
    const b = candidates[i + 1].meaning;
    if (a.k !== 'calendar' || b.k !== 'calendar' || b.year !== undefined || b.day === undefined) continue;
    if (!/^\s*(?:au|à|-|–|through|thru|to|until|till)\s*(?:le\s+)?$/i.test(text.slice(out[i].end, out[i + 1].start))) {
      continue;
    }
    const start = /^(\d{4})-(\d{2})-(\d{2})$/.exec(out[i].value ?? '');
    const end = /^(\d{4})-(\d{2})-(\d{2})$/.exec(out[i + 1].value ?? '');
    if (!start || !end) continue;
    const from: Day = { year: Number(start[1]), month: Number(start[2]), day: Number(start[3]) };
    let to: Day = { year: Number(end[1]), month: Number(end[2]), day: Number(end[3]) };
    if (daysBetween(from, to) >= 0 && daysBetween(from, to) <= 366) continue;
    to = { ...to, year: from.year };
    if (daysBetween(from, to) < 0) to = { ...to, year: from.year + 1 };
    if (!isValidDay(to.year, to.month, to.day)) continue;
    out[i + 1].value = formatDay(to);
    out[i + 1].resolution = `the end of a range starting ${formatDay(from)}`;
  }
}

/**
 * `hier (lundi)`, `yesterday, Monday,`: the weekday written beside a deictic says which day
 * the writer meant (an article dated the day after it was written); both take that day.
 */
function weekdayBesideDeictic(
  candidates: Candidate[],
  out: Omit<DateMention, 'text' | 'origin'>[],
  text: string,
): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = candidates[i].meaning;
    const b = candidates[i + 1].meaning;
    if (a.k !== 'deictic' || b.k !== 'weekday' || b.which !== 'bare') continue;
    if (!/^\s*[([,–—-]?\s*$/.test(text.slice(out[i].end, out[i + 1].start))) continue;
    const v = /^(\d{4})-(\d{2})-(\d{2})/.exec(out[i].value ?? '');
    if (!v) continue;
    const said: Day = { year: Number(v[1]), month: Number(v[2]), day: Number(v[3]) };
    let meant = said;
    for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
      const d = addDays(said, delta);
      if (weekdayOf(d) === b.weekday) {
        meant = d;
        break;
      }
    }
    const resolution = `the weekday written beside it (${formatDay(meant)})`;
    out[i].value = withPart(formatDay(meant), a.part);
    out[i].resolution = resolution;
    out[i + 1].value = withPart(formatDay(meant), b.part);
    out[i + 1].resolution = resolution;
  }
}

/**
 * A clock time named before its day in the same sentence ("vers 3 h 30 dans la nuit de lundi
 * à mardi") takes that day; after midnight in a night, the next day.
 */
function timesBeforeTheirDay(
  candidates: Candidate[],
  out: Omit<DateMention, 'text' | 'origin'>[],
  text: string,
  language: Language,
): void {
  for (let i = 0; i < out.length; i++) {
    const c = candidates[i];
    if (c.meaning.k !== 'time' || /^\d{4}-\d{2}-\d{2}T/.test(out[i].value ?? '') === false) continue;
    if (out[i].resolution?.startsWith('relative to the date last mentioned')) continue;
    for (let j = i + 1; j < out.length; j++) {
      if (/[.!?\n]/.test(text.slice(out[j - 1].end, out[j].start))) break;
      const v = out[j].value;
      const d = v && /^(\d{4})-(\d{2})-(\d{2})(T(?:MO|MI|AF|EV|NI))?$/.exec(v);
      if (!d || out[j].type !== 'date') continue;
      // "came at 1:41 p.m., police said Sunday": the day of speech is not the time's day.
      if (isSpeechDate(text, out[j].start, language)) continue;
      let day: Day = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) };
      if (d[4] === 'TNI' && c.meaning.hour < 12) day = addDays(day, 1);
      out[i].value = `${formatDay(day)}T${pad(c.meaning.hour)}:${pad(c.meaning.minute)}`;
      out[i].resolution = `on the day named after it in the sentence (${formatDay(day)})`;
      break;
    }
  }
}

/** `l'attentat du`, `la loi du` before a date: the date names an event (not `à partir du`, `fin du`). */
const EVENT_DATE_FR =
  /(?<![\p{L}])(?!(?:partir|compter|cours|lors|fin|début|milieu|courant|depuis)\s)\p{L}{3,}\s+du\s+$/iu;

/** A postponement before a date: `delayed until`, `reporté jusqu'au`. */
const POSTPONED =
  /(?:postponed|delayed|pushed back|put off|moved|rescheduled|deferred|adjourned|report\p{L}*|repouss\p{L}*|décal\p{L}*|ajourn\p{L}*)\s+(?:\p{L}+\s+)?(?:to|until|till|au|à|jusqu['’](?:à|au))\s+(?:the\s+|le\s+)?$/iu;

/** A starting point before a weekday: `à partir de`, `à compter de`, `starting`, `effective`. */
const STARTING = /(?:^|\s)(?:à\s+partir\s+d[eu]|à\s+compter\s+d[eu]|starting|beginning|effective)\s+$/i;

/** A clock time right after a weekday: `jeudi à 16 heures`, `Lundi à midi`, `Tuesday at 3 p.m.`. */
const CLOCK_AFTER =
  /^,?[ \t\u00a0]+(?:(?:à|vers|dès|at|around|about|from|by|,)[ \t\u00a0]+)?(?:\d{1,2}(?:[:.h][ \t\u00a0]*\d{0,2}|[ \t\u00a0]*(?:h\b|heures?|[ap]\.?m\.?|o['’]clock))|midi|minuit|noon|midnight)/i;

interface Recent {
  /** The last day named, dates of speech included: when quoted words were likely said. */
  spoken: Day | null;
  /** The last month named by any date, dates of speech included: for `le 12` after it. */
  monthNamed: Day | null;
  /**
   * The day last mentioned was a night or an evening (`la nuit de dimanche à lundi`, `lundi soir
   * peu avant minuit`): 2 a.m. and midnight are the next day.
   */
  night?: boolean;
  day: { anchor: Anchor; end: number } | null;
  /** The last day named before the publication day: the narration's, past a look ahead. */
  pastDay?: { anchor: Anchor; end: number };
  /** The week last named (`the week that ended Saturday`, `the previous week`): a day of it. */
  week?: { anchor: Anchor; end: number };
  month: { anchor: Anchor; end: number } | null;
  year: { anchor: Anchor; end: number } | null;
}

/** A holiday's day in a year, or the weekend it gives its name to (`the Labor Day weekend`). */
function holidayValue(holiday: Holiday, year: number): string {
  const day = holidayDay(holiday, year);
  if (!holiday.weekend) return formatDay(day);
  // A Monday holiday closes a long weekend; others (Thanksgiving, Easter) fall in theirs.
  return `${formatWeek(weekdayOf(day) === 1 ? addDays(day, -1) : day)}-WE`;
}

/** How many sentence ends lie between two offsets (0: the same sentence). */
function sentencesBetween(text: string, from: number, to: number): number {
  if (to - from > 2000) return 2;
  return (text.slice(from, to).match(/[.!?](?=\s+\P{Ll})|\n/gu) ?? []).length;
}

/** How many sentences end between two offsets, a paragraph break after a full stop counting once. */
function sentenceEnds(text: string, from: number, to: number): number {
  if (to - from > 2000) return 2;
  return (text.slice(from, to).match(/[.!?]+["”»’]?\s+(?=[\p{Lu}"“«‘])|[^.!?"”»’\s]\s*\n\s*\n/gu) ?? []).length;
}

/** The date last mentioned that is precise enough for a unit (a day for weeks, a month for quarters). */
function recentFor(recent: Recent, grain: string): Anchor | null {
  if (grain === 'year' || grain === 'decade' || grain === 'century') return recent.year?.anchor ?? null;
  if (grain === 'month' || grain === 'quarter') return recent.month?.anchor ?? null;
  return recent.day?.anchor ?? null;
}

function resolveOne(c: Candidate, ctx: ResolveContext, recent: Recent, sentenceYear: number | null): Resolved {
  const m = c.meaning;
  const now = ctx.now;
  const tense = (): Tense | null => tenseAround(ctx.text, c.start, c.end, ctx.language);
  const relNow = (a: Anchor): string => `relative to ${a.label}`;
  switch (m.k) {
    case 'vague': {
      const ref = m.ref === 'none' || c.type !== 'date' ? null : REF_VALUE[m.ref];
      if (ctx.timemlRefs && ref) return { value: ref, resolution: 'vague: TimeML reference' };
      return { value: null, resolution: ref ? `vague (${ref}): no value` : 'vague: no value' };
    }
    case 'fixed':
      return { value: m.value, resolution: c.type === 'duration' ? 'duration' : 'absolute' };
    case 'part-of-year':
      if (!now) return { value: null, resolution: 'no year known: no value' };
      {
        // "profits rose in the third quarter", written in February: last year's.
        const startMonth = m.code.startsWith('H') ? (m.code === 'H1' ? 1 : 7) : (Number(m.code.slice(1)) - 1) * 3 + 1;
        // …and "jusqu'à la fin du premier trimestre", written in November: next year's.
        const endMonth = startMonth + (m.code.startsWith('H') ? 5 : 2);
        const t = now.granularity !== 'year' ? tense() : null;
        const year =
          t === 'past' && startMonth > now.day.month
            ? now.day.year - 1
            : t === 'future' && endMonth < now.day.month
              ? now.day.year + 1
              : now.day.year;
        return { value: `${pad(year, 4)}-${m.code}`, resolution: `year from ${now.label}` };
      }
    case 'season':
      return { value: `${pad(m.year, 4)}-${m.season}`, resolution: 'absolute' };
    case 'set':
      return { value: m.value, resolution: 'recurrence' };
    case 'duration':
      return { value: durationValue(m), resolution: 'duration' };
    case 'calendar': {
      if (m.holiday) {
        // The year as for any year-less day; then the day that holiday falls on that year.
        const { holiday, ...plain } = m;
        if (m.year === undefined && sentenceYear === null && now && now.granularity === 'day') {
          // Movable feasts fall on other days each year: compare the real days, not an average.
          const y = now.day.year;
          const days = [y - 1, y, y + 1].map((year) => holidayDay(holiday, year));
          // ("for Christmas" is no direction: people travel for Christmas before and after it.)
          const chosen = pick(days, now.day, prepositionTense(ctx.text, c.start) ?? tense());
          return { value: holidayValue(holiday, chosen.year), resolution: `year from ${now.label}` };
        }
        const r = resolveOne({ ...c, meaning: plain }, ctx, recent, sentenceYear);
        const year = r.value ? Number(r.value.slice(0, 4)) : NaN;
        if (!Number.isFinite(year)) return r;
        return { ...r, value: holidayValue(holiday, year) };
      }
      if (m.deictic && m.month !== undefined) {
        if (!now) return { value: null, resolution: 'no publication date: no value' };
        return { value: formatMonth(deicticMonthYear(m.month, m.tense, now), m.month), resolution: relNow(now) };
      }
      if (m.yearOffset !== undefined) {
        if (!now) return { value: null, resolution: 'no year known: no value' };
        const { yearOffset, ...rest } = m;
        const r = resolveCalendar({ ...rest, year: now.day.year + yearOffset }, now, () => null);
        return { value: r.value, resolution: `year from ${now.label}` };
      }
      // "by Oct. 31", "d'ici le 3 mars" look ahead; "since May", "depuis janvier" look back.
      const hinted = prepositionTense(ctx.text, c.start, true);
      const calendarTense = (): Tense | null => hinted ?? tense();
      // `le 29 juin dernier` writes its own direction: counted from now, not from a year nearby.
      if (m.year === undefined && m.month !== undefined && sentenceYear !== null && m.tense === undefined) {
        // Unless the tense contradicts it: "mis en examen en 1997, s'ouvrira le 3 décembre".
        const t = calendarTense();
        const nowYear = now?.day.year;
        const contradicts =
          nowYear !== undefined &&
          ((t === 'future' && sentenceYear < nowYear) || (t === 'past' && sentenceYear > nowYear));
        if (!contradicts) {
          const value = resolveCalendar({ ...m, year: sentenceYear }, now, calendarTense).value;
          return { value, resolution: `year written earlier in the sentence (${sentenceYear})` };
        }
      }
      // …and so does "until" / "jusqu'au" in a past sentence ("stayed in jail until March 3").
      // (Not after a postponement: "the ruling delayed until Jan. 10" is ahead.)
      const afterFor =
        /(?:^|\s)(?:for|until|till|by|jusqu['’](?:à|au))\s+$/i.test(
          ctx.text.slice(Math.max(0, c.start - 12), c.start),
        ) && !POSTPONED.test(ctx.text.slice(Math.max(0, c.start - 40), c.start));
      const verbTense = hinted && afterFor ? tense() : null;
      if (hinted && verbTense && verbTense !== hinted && now) {
        // A forward-looking "for" in a past sentence ("a hearing for Jan. 27" was set; the
        // figures "for May 3 through May 7" showed): the reading nearer the anchor wins.
        const a = resolveCalendar(m, now, () => hinted);
        const b = resolveCalendar(m, now, () => verbTense);
        return distanceToAnchor(b.value, now) < distanceToAnchor(a.value, now) ? b : a;
      }
      return resolveCalendar(m, now, calendarTense);
    }
    case 'weekday': {
      // "by Tuesday evening, 200,000 customers were without power": a past sentence keeps its
      // past even after "by" / "d'ici", which otherwise look ahead.
      const weekdayTense = (): Tense | null => {
        // "a annoncé un confinement à partir de vendredi", "effective Monday": a starting point
        // announced is ahead, whatever the verb of the announcement.
        if (STARTING.test(ctx.text.slice(Math.max(0, c.start - 16), c.start))) return 'future';
        const hinted = prepositionTense(ctx.text, c.start);
        const t = tense();
        return hinted === 'future' &&
          t === 'past' &&
          /(?:by|until|till|jusqu['’](?:à|au))\s+$/i.test(ctx.text.slice(Math.max(0, c.start - 12), c.start))
          ? 'past'
          : (hinted ?? t);
      };
      if (m.habitual && tense() !== 'past') {
        return { value: `XXXX-WXX-${m.weekday}`, resolution: 'recurrence', type: 'set' };
      }
      const base = now && now.granularity === 'day' ? now : null;
      if (!base) return { value: null, resolution: 'weekday without a known publication day: no value' };
      const d = resolveWeekday(
        base.day,
        m.weekday,
        m.which,
        m.which === 'last' || m.which === 'next' ? null : weekdayTense(),
        // Ahead of a day whose events the article already tells in the past ("appearing at three
        // events Tuesday" … "the midterm elections Tuesday"), the same weekday is next week's;
        // not when it comes with its hour ("sera examinée jeudi à 16 heures").
        !!ctx.toldInPast?.has(m.weekday) && !m.part && !CLOCK_AFTER.test(ctx.text.slice(c.end, c.end + 24)),
      );
      return { value: withPart(formatDay(d), m.part), resolution: relNow(base) };
    }
    case 'deictic': {
      if (!now || now.granularity !== 'day') return { value: null, resolution: 'no publication day: no value' };
      // "aujourd'hui" inside quoted words means the day they were said: the day last named
      // ("a précisé mardi", "the loss on Saturday"), when it is the week before publication.
      if (recent.spoken && insideQuote(ctx.text, c.start)) {
        const gap = daysBetween(recent.spoken, now.day);
        if (gap >= 1 && gap <= 7) {
          return {
            value: withPart(formatDay(addDays(recent.spoken, m.days)), m.part),
            resolution: `relative to the day the quoted words were said (${formatDay(recent.spoken)})`,
          };
        }
      }
      const days = m.futureDays !== undefined && tense() === 'future' ? m.futureDays : m.days;
      return { value: withPart(formatDay(addDays(now.day, days)), m.part), resolution: relNow(now) };
    }
    case 'day-of-month': {
      const named = recent.monthNamed;
      const base = named
        ? ({
            day: named,
            granularity: 'month',
            label: `the month last named (${formatMonth(named.year, named.month)})`,
          } as Anchor)
        : now;
      if (!base || base.granularity === 'year') return { value: null, resolution: 'no month to count from: no value' };
      const { year, month } = base.day;
      if (!isValidDay(year, month, m.day)) return { value: null, resolution: 'no such day: no value' };
      return { value: formatDay({ year, month, day: m.day }), resolution: relNow(base) };
    }
    case 'anaphoric': {
      // "la veille", "the day before" look back from a date only when one was just named (this
      // sentence or the one before); further back, the writer means the day before publication.
      const near = m.days >= 0 || (recent.day && sentencesBetween(ctx.text, recent.day.end, c.start) <= 1);
      const last = near ? recent.day?.anchor : undefined;
      const base = last ? last : now && now.granularity === 'day' ? now : null;
      if (!base) return { value: null, resolution: 'no date to count from: no value' };
      return { value: withPart(formatDay(addDays(base.day, m.days)), m.part), resolution: relNow(base) };
    }
    case 'unit': {
      // "the previous week", "la semaine précédente": the week before the date of its own
      // sentence, else the week before publication (weekly figures: "up 12 % over the previous week").
      const weekOfOwnSentence =
        m.grain !== 'week' || (recent.day && sentencesBetween(ctx.text, recent.day.end, c.start) === 0);
      // …or the week named in this sentence or the one before ("533 cases for the week that ended
      // Saturday. That was up from the previous week").
      const namedWeek =
        m.grain === 'week' && m.ref === 'last' && recent.week && sentenceEnds(ctx.text, recent.week.end, c.start) <= 1
          ? recent.week.anchor
          : null;
      const base =
        (m.ref === 'last' && weekOfOwnSentence ? recentFor(recent, m.season ? 'year' : m.grain) : null) ??
        namedWeek ??
        now;
      if (!base) return { value: null, resolution: 'no date to count from: no value' };
      const needsTense = m.offset === 0 && m.ref === 'now' && (m.grain === 'weekend' || !!m.season);
      const value = unitValue(m, base, needsTense ? tense() : null);
      return { value, resolution: value ? relNow(base) : 'anchor too coarse: no value' };
    }
    case 'shift': {
      if (m.durationUnlessFuture && tense() !== 'future') {
        return {
          value: durationValue({ k: 'duration', n: m.n, unit: m.unit }),
          resolution: 'duration',
          type: 'duration',
        };
      }
      const base = (m.ref === 'last' ? recentFor(recent, m.unit.grain) : null) ?? now;
      if (!base) return { value: null, resolution: 'no date to count from: no value' };
      if (m.n === null || !Number.isInteger(m.n)) return { value: null, resolution: 'vague amount: no value' };
      const value = shiftValue(m.n * m.dir, m.unit, base);
      return { value, resolution: value ? relNow(base) : 'anchor too coarse: no value' };
    }
    case 'time': {
      const clock = `T${pad(m.hour)}:${pad(m.minute)}`;
      // The day is known when a day was named earlier in the same sentence, else the publication day.
      const last = recent.day;
      // …or, in a past-tense report, the day named in the sentence before ("jeudi soir … Depuis
      // 19 heures, les pompiers surveillaient"): the narration goes on with that day.
      const sameSentence = last && !/[.!?\n]/.test(ctx.text.slice(last.end, c.start));
      const narrated =
        last &&
        !sameSentence &&
        sentenceEnds(ctx.text, last.end, c.start) <= 1 &&
        tense() === 'past' &&
        now?.granularity === 'day' &&
        daysBetween(last.anchor.day, now.day) > 0;
      // …past an aside about a later day ("watched the eclipse Monday. The next one will not occur
      // until 2044. Totality began at 1:40 p.m."): the last day narrated before publication.
      const aside =
        !sameSentence &&
        !narrated &&
        recent.pastDay &&
        recent.pastDay !== last &&
        sentenceEnds(ctx.text, recent.pastDay.end, c.start) <= 2 &&
        tense() === 'past' &&
        now?.granularity === 'day'
          ? recent.pastDay
          : null;
      if (aside) {
        return {
          value: `${formatDay(aside.anchor.day)}${clock}`,
          resolution: `on the day narrated before (${formatDay(aside.anchor.day)})`,
        };
      }
      if (last && (sameSentence || narrated)) {
        const day = recent.night && m.hour < 7 ? addDays(last.anchor.day, 1) : last.anchor.day;
        // A day named later in its own sentence still wins (`timesBeforeTheirDay`).
        const resolution = sameSentence
          ? relNow(last.anchor)
          : `on the day narrated in the sentence before (${formatDay(last.anchor.day)})`;
        return { value: `${formatDay(day)}${clock}`, resolution };
      }
      if (now && now.granularity === 'day') return { value: `${formatDay(now.day)}${clock}`, resolution: relNow(now) };
      return { value: clock, resolution: 'time of an unknown day' };
    }
  }
}

function durationValue(m: Extract<Meaning, { k: 'duration' }>): string | null {
  if (m.n === null) return null;
  const n = m.n * m.unit.factor;
  const { unit, time } = m.unit;
  if (m.extra === 'half' || m.extra === 'quarter') {
    const frac = m.extra === 'half' ? 0.5 : 0.25;
    if (time && unit === 'H') return `PT${n}H${frac * 60}M`;
    if (time && unit === 'M') return `PT${n}M${frac * 60}S`;
    return `${time ? 'PT' : 'P'}${n + frac}${unit}`;
  }
  return `${time ? 'PT' : 'P'}${n}${unit}`;
}

/** True when an offset lies inside quotation marks opened earlier in its paragraph. */
export function insideQuote(text: string, offset: number): boolean {
  let from = text.lastIndexOf('\n\n', offset);
  from = from < 0 ? 0 : from;
  if (offset - from > 5000) from = offset - 5000;
  let depth = 0;
  let straight = 0;
  for (let i = from; i < offset; i++) {
    const ch = text[i];
    if (ch === '«' || ch === '“') depth++;
    else if ((ch === '»' || ch === '”') && depth > 0) depth--;
    else if (ch === '"') straight++;
  }
  return depth > 0 || straight % 2 === 1;
}

/** "d'ici vendredi", "by Friday" look ahead; "depuis lundi", "since Monday" look back, whatever the verb. */
function prepositionTense(text: string, start: number, forLooksAhead = false): Tense | null {
  const prev = text
    .slice(Math.max(0, start - 12), start)
    .toLowerCase()
    .replace(/’/g, "'");
  if (/(?:^|\s)(?:d'ici(?: le| à| au)?|by|until|till)\s+$/.test(prev)) return 'future';
  if (/(?:^|\s)jusqu'(?:à|au)\s+$/.test(longerPrev(text, start))) return 'future';
  // "a hearing for Jan. 27" is scheduled; but "for Friday's clashes" is not a direction.
  if (forLooksAhead && /(?:^|\s)for\s+$/.test(prev)) return 'future';
  if (/(?:^|\s)(?:depuis(?: le)?|since)\s+$/.test(prev)) return 'past';
  // "postponed to March", "reporté au 3 mars": a new date is always ahead.
  const longer = text
    .slice(Math.max(0, start - 40), start)
    .toLowerCase()
    .replace(/’/g, "'");
  if (
    /(?:postponed|delayed|pushed back|put off|moved|rescheduled|deferred|adjourned)\s+(?:to|until|till)\s+(?:the\s+)?$/.test(
      longer,
    ) ||
    /(?:report|repouss|décal|ajourn)(?:é|ée|és|ées)\s+(?:au|à|en|jusqu'au|jusqu'en|jusqu'à)\s+(?:la\s+|le\s+)?$/.test(
      longer,
    )
  ) {
    return 'future';
  }
  return null;
}

/**
 * The year of `this November` / `ce mois de novembre`: the publication year's, as TimeML reads
 * `this` (like `this year`), whatever the verbs say (`vowed to serve … if reelected this
 * November` is ahead; the tense finder would read the participle as past). `this past` /
 * `this coming` are strict.
 */
function deicticMonthYear(month: number, written: 'past' | 'future' | undefined, now: Anchor): number {
  const { year } = now.day;
  if (now.granularity === 'year') return year;
  const current = now.day.month;
  if (written === 'past') return month >= current ? year - 1 : year;
  if (written === 'future') return month <= current ? year + 1 : year;
  return year;
}

/** The 20 characters before an offset, lower case, with straight apostrophes. */
function longerPrev(text: string, start: number): string {
  return text
    .slice(Math.max(0, start - 20), start)
    .toLowerCase()
    .replace(/’/g, "'");
}

/** Which of several candidate days a tense picks: the latest before, the earliest after, or the nearest. */
function pick(days: Day[], ref: Day, tense: Tense | null): Day {
  const dist = (d: Day): number => daysBetween(ref, d);
  const before = days.filter((d) => dist(d) <= 0).sort((a, b) => dist(b) - dist(a));
  const after = days.filter((d) => dist(d) >= 0).sort((a, b) => dist(a) - dist(b));
  if (tense === 'past' && before.length) return before[0];
  if (tense === 'future' && after.length) return after[0];
  return [...days].sort((a, b) => Math.abs(dist(a)) - Math.abs(dist(b)) || dist(a) - dist(b))[0];
}

/** Days between an ISO day or month and the anchor's day (a month counts from its 15th); Infinity when unknown. */
function distanceToAnchor(value: string | null, now: Anchor): number {
  const m = value ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value) : null;
  if (!m) return Infinity;
  const day = { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : 15 };
  return Math.abs(daysBetween(now.day, day));
}

function resolveCalendar(
  m: Extract<Meaning, { k: 'calendar' }>,
  now: Anchor | null,
  tense: () => Tense | null,
): Resolved {
  const { year, month, day, part } = m;
  if (year !== undefined) {
    if (month === undefined) return { value: pad(year, 4), resolution: 'absolute' };
    if (day === undefined) return { value: formatMonth(year, month), resolution: 'absolute' };
    if (!isValidDay(year, month, day)) return { value: null, resolution: 'not a real day' };
    return { value: withPart(formatDay({ year, month, day }), part), resolution: 'absolute' };
  }
  if (!now) return { value: null, resolution: 'no year known: no value' };
  const ref = now.day;
  const tenseOf = (): Tense | null => m.tense ?? tense();
  if (month === undefined) {
    // "mardi 18": the month around the anchor in which the 18th is a Tuesday.
    if (day === undefined || m.weekday === undefined || now.granularity !== 'day') {
      return { value: null, resolution: 'no month known: no value' };
    }
    for (const delta of [0, -1, 1, -2, 2]) {
      const d = addMonths({ ...ref, day: 1 }, delta);
      if (isValidDay(d.year, d.month, day) && weekdayOf({ year: d.year, month: d.month, day }) === m.weekday) {
        return {
          value: withPart(formatDay({ year: d.year, month: d.month, day }), part),
          resolution: `month from ${now.label}`,
        };
      }
    }
    return { value: null, resolution: 'no such weekday near the anchor: no value' };
  }
  if (day === undefined) {
    // A month alone: the occurrence that the tense points to, or the nearest one.
    const options = [ref.year - 1, ref.year, ref.year + 1].map((y) => ({ year: y, month, day: 15 }));
    const refMid = now.granularity === 'year' ? { year: ref.year, month: 7, day: 1 } : { ...ref, day: 15 };
    const chosen = now.granularity === 'year' ? { year: ref.year, month, day: 1 } : pick(options, refMid, tenseOf());
    return { value: formatMonth(chosen.year, month), resolution: `year from ${now.label}` };
  }
  if (m.weekday !== undefined) {
    // "mardi 28 décembre": the year in which that day is that weekday, nearest to the anchor.
    for (let delta = 0; delta <= 11; delta++) {
      for (const y of delta === 0 ? [ref.year] : [ref.year - delta, ref.year + delta]) {
        if (isValidDay(y, month, day) && weekdayOf({ year: y, month, day }) === m.weekday) {
          return {
            value: withPart(formatDay({ year: y, month, day }), part),
            resolution: `year from the weekday, near ${now.label}`,
          };
        }
      }
    }
  }
  if (now.granularity === 'year') {
    if (!isValidDay(ref.year, month, day)) return { value: null, resolution: 'not a real day' };
    return { value: withPart(formatDay({ year: ref.year, month, day }), part), resolution: `year from ${now.label}` };
  }
  const options = [ref.year - 1, ref.year, ref.year + 1]
    .filter((y) => isValidDay(y, month, day))
    .map((y) => ({ year: y, month, day }));
  if (!options.length) return { value: null, resolution: 'not a real day' };
  const refDay = now.granularity === 'month' ? { ...ref, day: 15 } : ref;
  const chosen = pick(options, refDay, tenseOf());
  return { value: withPart(formatDay(chosen), part), resolution: `year from ${now.label}` };
}

/**
 * The weekday meant: `last`/`next` strictly before/after the anchor; otherwise the tense
 * decides (the past one in a past-tense report, the anchor day itself when it is that
 * weekday; in a future one the next — the anchor day itself too, as wire copy writes `will
 * march Saturday` on that Saturday, unless `todayIsPast`: that day's events are already told
 * in the past, so the same weekday ahead is a week later), and without tense the nearest one.
 */
export function resolveWeekday(
  anchor: Day,
  weekday: number,
  which: 'bare' | 'this' | 'last' | 'next',
  tense: Tense | null,
  todayIsPast = false,
): Day {
  const today = weekdayOf(anchor);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (which === 'last') return addDays(anchor, -(back || 7));
  if (which === 'next') return addDays(anchor, ahead || 7);
  if (tense === 'past') return addDays(anchor, -back);
  if (tense === 'future') return addDays(anchor, which !== 'this' && todayIsPast ? ahead || 7 : ahead);
  return back <= ahead ? addDays(anchor, -back) : addDays(anchor, ahead);
}

function unitValue(m: Extract<Meaning, { k: 'unit' }>, base: Anchor, tense: Tense | null): string | null {
  const d = base.day;
  switch (m.grain) {
    case 'week':
      if (base.granularity !== 'day') return null;
      return formatWeek(addDays(d, 7 * m.offset));
    case 'weekend': {
      if (base.granularity !== 'day') return null;
      // "ce week-end": by the tense, else the one just past (Monday to Wednesday) or coming.
      let shift = 7 * m.offset;
      const wd = weekdayOf(d);
      if (m.offset === 0 && wd <= 5 && (tense === 'past' || (tense === null && wd <= 3))) shift = -7;
      return `${formatWeek(addDays(d, shift))}-WE`;
    }
    case 'month':
      if (base.granularity === 'year') return null;
      return formatMonth(addMonths(d, m.offset).year, addMonths(d, m.offset).month);
    case 'quarter': {
      if (base.granularity === 'year') return null;
      const q = Math.floor((d.month - 1) / 3) + m.offset;
      const year = d.year + Math.floor(q / 4);
      return `${pad(year, 4)}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    case 'year': {
      if (!m.season) return pad(d.year + m.offset, 4);
      if (base.granularity === 'year') return `${pad(d.year + m.offset, 4)}-${m.season}`;
      let year = seasonYear(m.season, d.month, d.year, m.offset);
      // "au printemps" in a past-tense sentence written before spring: last year's.
      if (m.offset === 0 && tense === 'past' && m.season !== 'WI' && d.month < SEASON_START[m.season]) year--;
      return `${pad(year, 4)}-${m.season}`;
    }
    case 'decade':
      return String(Math.floor(d.year / 10) + m.offset);
    case 'century':
      return pad(Math.floor(d.year / 100) + m.offset);
  }
}

/** The year of "this / last / next" season seen from a month (winter counts from its December). */
function seasonYear(season: Season, month: number, year: number, offset: number): number {
  const start = SEASON_START[season];
  // The season currently running or most recently begun, as a year of its start.
  let current = month >= start ? year : year - 1;
  const running = season === 'WI' ? month === 12 || month <= 2 : month >= start && month < start + 3;
  if (offset === 0) {
    // "cet été" in February: the coming summer of this year.
    if (!running && season !== 'WI') return year;
    return current;
  }
  if (offset < 0) return running ? current - 1 : current;
  if (!running && month < start) current = year - 1;
  return current + 1;
}

function shiftValue(amount: number, unit: TimeUnit, base: Anchor): string | null {
  const d = base.day;
  switch (unit.grain) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day': {
      if (base.granularity !== 'day') return null;
      if (unit.grain !== 'day') return formatDay(d);
      return formatDay(addDays(d, amount));
    }
    case 'week':
      if (base.granularity !== 'day') return null;
      return formatWeek(addDays(d, 7 * amount));
    case 'month': {
      if (base.granularity === 'year') return null;
      const t = addMonths(d, amount);
      return formatMonth(t.year, t.month);
    }
    case 'year':
      return pad(d.year + amount, 4);
    case 'decade':
      return String(Math.floor((d.year + amount * 10) / 10));
    case 'century':
      return pad(Math.floor((d.year + amount * 100) / 100));
  }
  return null;
}
