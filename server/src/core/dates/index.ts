/**
 * Dates: finds temporal expressions (French and English) and normalizes them to ISO 8601
 * at their own granularity, anchored on the publication date.
 *
 * recognize (lexicon-driven patterns) → keep the longest → resolve in text order (tense,
 * publication date, date last mentioned). See ARCHITECTURE.md, section Dates.
 */
import { inAny } from '../text';
import type { DateMention, Language, Span } from '../types';
import { daysBetween, formatDay, isValidDay, parseIso, weekday, type Day } from './calendar';
import { joinDayAndTime, joinDurations } from './join';
import { inLawName, inTitle } from './names';
import { headerDates } from './published';
import { recognize, selectLongest, type Candidate } from './recognize';
import { resolveAll, type Anchor } from './resolve';
import { isSpeechDate, tenseAround } from './tense';

export { detectPublished, headerDates } from './published';
export { resolveWeekday } from './resolve';

/** What `findDates` needs besides the text: the language, the anchor, and what to skip. */
export interface DateContext {
  language: Language;
  /** Publication date (`2025-02-18`, `2025-02`, `2025`) anchoring relative expressions, or null. */
  published: string | null;
  ignored: Span[];
  /**
   * Give vague references TimeML's PRESENT_REF / PAST_REF / FUTURE_REF (`actuellement`,
   * `récemment`, `prochainement`) instead of null. Off by default: the export contract
   * says vague expressions have value null.
   */
  timemlRefs?: boolean;
}

/**
 * Finds temporal expressions and normalizes them to ISO 8601. Every expression found is
 * returned, with value null when it has no exact value (`récemment`, `plusieurs heures`),
 * so that annotators see it and researchers can count it.
 */
export function findDates(text: string, ctx: DateContext): DateMention[] {
  const found = recognize(text, ctx.language).filter(
    (c) => !inAny(c, ctx.ignored) && !inTitle(text, c, ctx.language) && !inLawName(text, c, ctx.language),
  );
  const candidates = selectLongest(found, text.length);
  const now = anchorOf(text, ctx, candidates);
  const resolved = resolveAll(candidates, { text, language: ctx.language, now, timemlRefs: ctx.timemlRefs });
  return joinDurations(joinDayAndTime(resolved, text), text).map((r) => ({
    ...r,
    text: text.slice(r.start, r.end),
    origin: 'auto',
  }));
}

/**
 * What relative expressions count from. The publication date, except that a republished
 * article's header may show the original date a few days earlier, which is when its author
 * wrote "aujourd'hui". Without a full publication date, a day the text itself pins down
 * (`mardi 28 décembre` with `2022` mentioned → 2021-12-28) stands in.
 */
export function anchorOf(text: string, ctx: DateContext, candidates: Candidate[]): Anchor | null {
  const published = parseIso(ctx.published);
  if (published && published.granularity === 'day') {
    const original = headerDates(text, ctx.language)
      .map((h) => parseIso(h.value))
      .filter((p): p is NonNullable<typeof p> => !!p && p.granularity === 'day')
      .map((p) => p.day)
      .filter((d) => {
        const gap = daysBetween(d, published.day);
        return gap >= 1 && gap <= 7;
      })
      .sort((a, b) => daysBetween(b, a));
    if (original.length) {
      return { day: original[0], granularity: 'day', label: `the original publication date ${formatDay(original[0])}` };
    }
    const wire = wireDateline(text, ctx.language, published.day);
    if (wire) return { day: wire, granularity: 'day', label: `the dateline ${formatDay(wire)}` };
    return { day: published.day, granularity: 'day', label: `the publication date ${formatDay(published.day)}` };
  }
  const inferred = inferDay(text, ctx, candidates, published?.day.year ?? null);
  if (inferred) {
    if (
      !published ||
      (published.day.year === inferred.year &&
        (published.granularity === 'year' || published.day.month === inferred.month))
    ) {
      return { day: inferred, granularity: 'day', label: `the date inferred from the text (${formatDay(inferred)})` };
    }
  }
  if (published) {
    return { day: published.day, granularity: published.granularity, label: `the publication date ${ctx.published}` };
  }
  return null;
}

/**
 * The day of a wire dateline without year at the top (`KABOUL, 15 nov (AFP) -`), when it
 * is a few days before the publication date: the dispatch was written that day.
 */
function wireDateline(text: string, language: Language, published: Day): Day | null {
  const head = text.slice(0, 400);
  const m =
    /(?:^|\n)\s*[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,40},\s+([^\n(]{3,30}?)\s*\((?:AFP|Reuters|AP|Belga|ATS|dpa|Xinhua|Bloomberg)\)/.exec(
      head,
    );
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  const found = selectLongest(recognize(text.slice(start, start + m[1].length), language), m[1].length);
  const c = found[0];
  if (!c || c.meaning.k !== 'calendar' || c.meaning.month === undefined || c.meaning.day === undefined) return null;
  const { month, day } = c.meaning;
  for (const year of [published.year, published.year - 1]) {
    if (!isValidDay(year, month, day)) continue;
    const gap = daysBetween({ year, month, day }, published);
    if (gap >= 1 && gap <= 7) return { year, month, day };
  }
  return null;
}

/**
 * A day the text pins down by itself: a weekday with day and month (`mardi 28 décembre`)
 * dated to the year, near the years mentioned, in which that day is that weekday; or the
 * latest full date reported in the past tense.
 */
function inferDay(text: string, ctx: DateContext, candidates: Candidate[], hintYear: number | null): Day | null {
  const years = candidates
    .filter((c) => c.explicitYear && c.meaning.k === 'calendar' && c.meaning.year !== undefined)
    .map((c) => (c.meaning as { year: number }).year);
  const hint = hintYear ?? (years.length ? Math.max(...years) : null);
  const days: { day: Day; past: boolean }[] = [];
  for (const c of candidates) {
    const m = c.meaning;
    if (m.k !== 'calendar' || m.month === undefined || m.day === undefined) continue;
    const past =
      isSpeechDate(text, c.start, ctx.language) || tenseAround(text, c.start, c.end, ctx.language) === 'past';
    if (m.year !== undefined) {
      if (isValidDay(m.year, m.month, m.day)) days.push({ day: { year: m.year, month: m.month, day: m.day }, past });
      continue;
    }
    if (m.weekday === undefined || hint === null) continue;
    for (let delta = 0; delta <= 11; delta++) {
      const ys = delta === 0 ? [hint] : [hint - delta, hint + delta];
      const y = ys.find(
        (y) => isValidDay(y, m.month!, m.day!) && weekday({ year: y, month: m.month!, day: m.day! }) === m.weekday,
      );
      if (y !== undefined) {
        days.push({ day: { year: y, month: m.month, day: m.day }, past: true });
        break;
      }
    }
  }
  if (!days.length) return null;
  const pool = days.some((d) => d.past) ? days.filter((d) => d.past) : days;
  return pool.map((d) => d.day).sort((a, b) => daysBetween(a, b))[0];
}
