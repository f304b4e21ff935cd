/**
 * Social-media posts embedded in web news. A scraped page keeps an embedded post as its text
 * (links, hashtags, `pic.twitter.com/…` and all) followed by the embed's trailer, the author's
 * display name, handle and date: `— Anne Hidalgo (@Anne_Hidalgo) October 3, 2019`, `— Nom
 * (@compte) 29 mai 2021`, `A post shared by Name (@handle) on Mar 3, 2020`, `Posted by Name on
 * Tuesday, March 3, 2020`. The post is the author's words with no quote mark: a block quote
 * whose speaker is the display name. The trailer is neither speech nor the writer's prose; its
 * date stays a date.
 */
import type { Span } from '../types';
import { isListItem } from './sentences';

/** An embedded post: its text (without the trailer and the trailing links), its author, its trailer. */
export interface EmbeddedPost extends Span {
  /** The author's display name in the trailer (`La République En Marche - Paris`). */
  author: Span;
  /** The trailer, from its dash (or `A post shared by`) to the end of its line. */
  trailer: Span;
  /** The paragraphs the post and its trailer take, first and last (indices into the paragraphs given). */
  firstParagraph: number;
  lastParagraph: number;
}

const MONTH_EN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_FR =
  '(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\\.?';
/** `May 29, 2021`, `29 mai 2021`, `on Mar 3, 2020 at 10:15am PST`, `le 3 mars 2020 à 10 h 15`. */
const POST_DATE =
  `(?:(?:on|le)\\s+)?(?:${MONTH_EN}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}(?:er)?\\s+(?:${MONTH_FR}|${MONTH_EN})\\s+\\d{4})` +
  '(?:,?\\s+(?:at|à)\\s+\\d{1,2}\\s*[:h.]\\s*\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?';
/** The display name: no parentheses, no handle, no dash of its own (a hyphen inside is fine). */
const NAME = '([^\\n()@—–]{0,80}?[\\p{L}\\p{N}][^\\n()@—–]{0,80}?)';
/** `(@handle)`, Bluesky's `(@name.bsky.social)`, Mastodon's `(@name@instance.social)`. */
const HANDLE = '\\(@[\\p{L}\\p{N}_.]{1,30}(?:@[\\p{L}\\p{N}_.-]{1,60})?\\)';
/** A trailer after a dash or an embed's words, at the end of its line, its date optional. */
const DASH_TRAILER = new RegExp(
  `(?:^|\\s)(?:[—–]|&mdash;|&ndash;|a post shared by|une publication partag[ée]e par)\\s*${NAME}\\s*${HANDLE}\\s*(?:${POST_DATE})?\\s*$`,
  'iu',
);
/**
 * After a plain hyphen, the last one: `Rendez-vous ce soir - venez ! - Mairie (@m)` is the
 * town hall's (a spaced hyphen inside a name then reads as the separator).
 */
const HYPHEN_TRAILER = new RegExp(
  `(?:^|\\s)-\\s*((?:(?!\\s-\\s)[^\\n()@—–]){1,160}?)\\s*${HANDLE}\\s*(?:${POST_DATE})?\\s*$`,
  'iu',
);
const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?';
/** A Facebook embed's `Posted by City of Boston on Tuesday, March 3, 2020` / `Publiée par Ville de Nantes sur mardi 3 mars 2020`. */
const FACEBOOK_TRAILER = new RegExp(
  `(?:^|\\s)(?:posted by|publi[ée]e? par)\\s+${NAME}\\s+(?:on|sur)\\s+(?:${WEEKDAY}\\s+)?${POST_DATE}\\s*$`,
  'iu',
);
/** A line of its own with no dash: `Anne Hidalgo (@Anne_Hidalgo) October 3, 2019` (the date is then required). */
const BARE_TRAILER = new RegExp(`^\\s*${NAME}\\s*${HANDLE}\\s*${POST_DATE}\\s*$`, 'iu');

/** Links that close a post's text (`pic.twitter.com/…`, `https://t.co/…`): the embed's media, not words. */
const TRAILING_LINKS = /(?:\s*(?:pic\.twitter\.com\/\S*|https?:\/\/\S*|t\.co\/\S*))+\s*$/iu;
const LINKS = /(?:pic\.twitter\.com\/|https?:\/\/|t\.co\/)\S*/giu;

/**
 * How long a post's text (links left out) can grow when its earlier paragraphs are taken in:
 * a tweet holds 280 characters, and the bound keeps a short paragraph of the writer's out.
 */
const MAX_POST = 300;

/** The embed's own words (`View this post on Instagram`, `Voir sur Twitter`): no one's speech. */
const EMBED_CHROME =
  /^\s*(?:view this (?:post|photo|video) on (?:instagram|facebook|x|twitter|threads)|voir cette (?:publication|photo|vidéo) sur (?:instagram|facebook|x|twitter|threads)|afficher cette publication sur instagram|(?:view|see more) on (?:twitter|x|threads|instagram)|voir (?:l'image |plus )?sur (?:twitter|x|threads|instagram)|tweet|publication instagram|instagram post)\.?\s*$/iu;

/** True when a post's line holds words of its own, beyond links and the embed's chrome. */
function hasWords(text: string): boolean {
  return !EMBED_CHROME.test(text) && /[\p{L}\p{N}#@]/u.test(text.replace(LINKS, ''));
}

/** Where the trailer of a line starts, and its author's span in the line, if the line ends with one. */
function trailerOf(line: string): { at: number; author: Span } | null {
  // A trailer is at most a few hundred characters: only the line's end is read, so a giant line stays linear.
  const offset = Math.max(0, line.length - TRAILER_REACH);
  const end = line.slice(offset);
  const bare = offset === 0 ? BARE_TRAILER.exec(end) : null;
  const m = DASH_TRAILER.exec(end) ?? HYPHEN_TRAILER.exec(end) ?? bare ?? FACEBOOK_TRAILER.exec(end);
  if (!m || !/[\p{L}\p{N}]/u.test(m[1])) return null;
  const at = m.index + (/^\s/.test(m[0]) ? 1 : 0);
  const name = m[1].trim();
  const from = end.indexOf(name, at);
  return { at: offset + at, author: { start: offset + from, end: offset + from + name.length } };
}

/** How far from a line's end its trailer can start: a display name, a handle, a date and a time. */
const TRAILER_REACH = 400;

/**
 * The posts embedded in an article. `paragraphs` are its non-blank lines, in order. A post
 * is the text before its trailer on the same line, or the line above a trailer standing on
 * its own; its earlier paragraphs are taken in while the line breaks between them differ from
 * the article's usual paragraph break (an embed keeps the post's own line breaks, wider or
 * narrower) and the text stays the length of a post.
 */
export function findEmbeddedPosts(view: string, paragraphs: readonly Span[]): EmbeddedPost[] {
  const out: EmbeddedPost[] = [];
  const gap = (i: number): number => {
    const between = view.slice(paragraphs[i - 1].end, paragraphs[i].start);
    return (between.match(/\n/g) ?? []).length;
  };
  const trailers = paragraphs.map((p) => {
    const line = view.slice(p.start, p.end);
    return line.includes('(@') || /posted by|publi[ée]e? par/iu.test(line) ? trailerOf(line) : null;
  });
  // The break above a trailer on a line of its own is the embed's, not the article's.
  const alone = (i: number): boolean => {
    const t = trailers[i];
    return !!t && !hasWords(view.slice(paragraphs[i].start, paragraphs[i].start + t.at));
  };
  const usualGap = mostCommonGap(paragraphs.length, gap, alone);
  let floor = 0; // paragraphs before this index belong to an earlier post
  for (let i = 0; i < paragraphs.length; i++) {
    const t = trailers[i];
    if (!t) continue;
    const p = paragraphs[i];
    const line = view.slice(p.start, p.end);
    const trailer = { start: p.start + t.at, end: p.end };
    const author = { start: p.start + t.author.start, end: p.start + t.author.end };
    let last = i;
    let head = line.slice(0, t.at).replace(TRAILING_LINKS, '').trimEnd();
    // The trailer on a line of its own: the post is above it (past a line holding only its picture link).
    // (An embed with no caption shows only its chrome, `View this post on Instagram`: no post.)
    for (let back = 0; !hasWords(head) && !EMBED_CHROME.test(head) && back < 2 && last - 1 >= floor; back++) {
      last--;
      head = view.slice(paragraphs[last].start, paragraphs[last].end).replace(TRAILING_LINKS, '').trimEnd();
    }
    if (!hasWords(head) || isListItem(head) || /:\s*$/.test(head)) continue;
    const end = paragraphs[last].start + head.length;
    let first = last;
    let length = head.replace(LINKS, '').length;
    while (first - 1 >= floor && gap(first) !== usualGap) {
      const q = paragraphs[first - 1];
      const text = view.slice(q.start, q.end);
      if (/:\s*$/.test(text) || isListItem(text) || text.startsWith('>') || trailers[first - 1] || !hasWords(text))
        break;
      length += text.replace(LINKS, '').length;
      if (length > MAX_POST) break;
      first--;
    }
    out.push({ start: paragraphs[first].start, end, author, trailer, firstParagraph: first, lastParagraph: i });
    floor = i + 1;
  }
  return out;
}

/** The article's ordinary paragraph break, in line breaks: the most frequent one (the narrower on a tie), `skip`ped breaks aside. */
function mostCommonGap(n: number, gap: (i: number) => number, skip: (i: number) => boolean): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < n; i++) if (!skip(i)) counts.set(gap(i), (counts.get(gap(i)) ?? 0) + 1);
  let best = 1;
  let bestCount = 0;
  for (const [g, c] of counts) if (c > bestCount || (c === bestCount && g < best)) [best, bestCount] = [g, c];
  return best;
}
