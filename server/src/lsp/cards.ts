/**
 * The Markdown of hover cards: who an actor is (from the rules) and what this article says
 * of them; a date's ISO value, weekday and how it was resolved; a quote's speaker and cue.
 */
import * as path from 'node:path';
import { fold, type LineIndex } from '../core/text';
import type { Actor, ActorRule, Analysis, DateMention, Language, Quote } from '../core/types';
import { excerpt } from './convert';
import { quotesOf } from './lookup';

const SOURCES: Record<Actor['source'], string> = {
  rules: 'from the rules',
  builtin: 'built-in',
  detected: 'found in the text',
  manual: 'added by hand',
};

const KINDS: Record<Actor['kind'], string> = { person: 'person', organization: 'organization', place: 'place' };

/**
 * Escapes the Markdown characters that would change how text from an article or a rules
 * file renders inline; other characters stay as written, so the card reads as plain text.
 */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** An actor's card: identity from the rules, then what this article says. */
export function actorCard(actor: Actor, analysis: Analysis, lines: LineIndex, rules: readonly ActorRule[]): string {
  const out: string[] = [];
  out.push(`### ${md(actor.name)}`);
  const where =
    actor.definition && !actor.definition.file.startsWith('builtin:')
      ? ` (\`${path.basename(actor.definition.file)}\`)`
      : '';
  const head = [`*${KINDS[actor.kind]}*`];
  if (!actor.named) head.push('unnamed');
  head.push(SOURCES[actor.source] + where);
  out.push(head.join(' · '));
  const rule = rules.find((r) => r.name === actor.name);
  const role = actor.role ?? rule?.role ?? null;
  if (role) out.push(`**Role:** ${md(role)}`);
  const aliases = actor.aliases.length ? actor.aliases : (rule?.aliases ?? []);
  if (aliases.length) out.push(`**Also:** ${aliases.map(md).join(', ')}`);
  const description = actor.description ?? rule?.description ?? null;
  if (description) out.push(md(description));
  const links = actor.links.length ? actor.links : (rule?.links ?? []);
  if (links.length) out.push(links.map((l) => `[${md(l)}](${l.replace(/[()]/g, encodeURIComponent)})`).join(' · '));

  const quotes = quotesOf(analysis, actor.id);
  const here: string[] = [];
  here.push(
    `**In this article:** ${plural(actor.mentions.length, 'mention')} · ${plural(quotes.length, 'quote')}` +
      (rule?.role && actor.role && fold(rule.role) !== fold(actor.role) ? ` · role here: ${md(actor.role)}` : ''),
  );
  for (const q of quotes.slice(0, 8)) here.push(`- line ${lines.line(q.start) + 1}: «${md(excerpt(q.text, 70))}»`);
  if (quotes.length > 8) here.push(`- … ${quotes.length - 8} more`);
  return out.join('\n\n') + '\n\n---\n\n' + here.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The weekday and full date of an ISO value, in the article's language, or null. */
export function spelledDate(value: string, language: Language): string | null {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (Number.isNaN(d.getTime())) return null;
    return new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(d);
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, 1));
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return language === 'fr' ? `semaine ${+m[2]} de ${m[1]}` : `week ${+m[2]} of ${m[1]}`;
  return null;
}

/** A date's card: its ISO value, the weekday, its type, and how it was resolved. */
export function dateCard(date: DateMention, language: Language): string {
  const out: string[] = [];
  if (date.value) {
    const spelled = spelledDate(date.value, language);
    out.push(`**${md(date.value)}**${spelled ? ` — ${md(spelled)}` : ''}`);
  } else out.push('**no ISO value** (vague or unresolved)');
  out.push(`*${date.type}* · «${md(date.text)}»${date.origin === 'manual' ? ' · set by hand' : ''}`);
  if (date.resolution) out.push(md(date.resolution));
  return out.join('\n\n');
}

/** A quote's card: kind, speaker (and the words naming them), cue. */
export function quoteCard(quote: Quote, analysis: Analysis): string {
  const speaker = quote.speaker ? analysis.actors.find((a) => a.id === quote.speaker) : undefined;
  const out: string[] = [];
  out.push(`**${quote.kind} quote** · ${quote.id}${quote.origin === 'manual' ? ' · set by hand' : ''}`);
  if (quote.kind === 'scare') out.push('A quoted term, not speech: no speaker.');
  else if (speaker) {
    const words =
      quote.speakerMention && quote.speakerMention.text !== speaker.name
        ? ` (named here «${md(quote.speakerMention.text)}»)`
        : '';
    out.push(`**Speaker:** ${md(speaker.name)}${speaker.role ? `, ${md(speaker.role)}` : ''}${words}`);
  } else out.push('**Speaker:** none found');
  if (quote.cue) out.push(`**Cue:** «${md(quote.cue.text)}»`);
  return out.join('\n\n');
}
