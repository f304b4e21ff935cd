/**
 * A normalised view of the article for the quote detectors, with the same length as the text
 * so that every offset found in it is an offset of the article.
 */
import { fold, partitionPoint } from '../text';
import type { Span } from '../types';

/**
 * Same-length copy of the text where typographic apostrophes (and backticks typed for them) become `'`, (narrow) no-break
 * spaces become spaces, and Markdown link syntax (`[Trump](#)`) and publishing-system
 * placeholders (`{mosads}`) are blanked out, so that the detectors see `Trump a rappelé`.
 */
const CREDIT =
  /\(\s*©[^()\n]{1,80}\)|\(\s*(?:photo credit|image credit|credits?|crédit photo|crédits?|photos?|image|illustration)\s*:[^()\n]{1,80}\)|(?:^|(?<=[.!?][^\S\n]))[^\S\n]*(?:photo credit|image credit|crédit photo|crédits? photos?|file picture|file photo|pictures?|photos?|credits?)[^\S\n]*:[^\n.]{1,80}$/gimu;
/**
 * `« … » Photo Bruno GRANDJEAN`: a credit with no colon, its family name in capitals, ending the
 * line (case matters); or a caption's `ANDREAS SOLARO/AFP`, a name in capitals and its agency.
 */
const CREDIT_BARE =
  /(?<=[.!?»"”)][^\S\n]+)(?:(?:Photo|PHOTO|Crédit|Credit)[^\S\n]+(?:\p{Lu}[\p{L}'’-]+[^\S\n]+){1,3}\p{Lu}{2,}[\p{Lu}'’-]*|(?:\p{Lu}[\p{Lu}'’-]+[^\S\n]+){1,3}\p{Lu}[\p{Lu}'’-]+[^\S\n]*\/[^\S\n]*\p{Lu}[\p{Lu}\p{L}]+(?:[^\S\n]+\p{Lu}\p{L}+)?)[^\S\n]*$/gmu;

/** Spans of picture credits: the actors they name are no referents of the quotes stage (see `articleView`). */
export function creditSpans(text: string): Span[] {
  return [...text.matchAll(CREDIT), ...text.matchAll(CREDIT_BARE)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .sort((a, b) => a.start - b.start);
}

/**
 * `président de Nest (Nouvelles Énergies en Sud-Touraine)`, `the USW (United Steelworkers)`: a
 * name glossed in brackets right after a name. The gloss is the same actor spelt out, no new
 * one the text goes on talking about: its names are no referents of the quotes stage.
 */
export function glossSpans(view: string): Span[] {
  const out: Span[] = [];
  // (Each bracket read on its own: a look-behind over the whole text costs more than the rest.)
  for (let i = view.indexOf('('); i >= 0; i = view.indexOf('(', i + 1)) {
    const gloss = /^\(\p{Lu}[^()\n]{1,80}\)/u.exec(view.slice(i, i + 84));
    if (gloss && /\p{Lu}[\p{L}\d'’-]*[^\S\n]?$/u.test(view.slice(Math.max(0, i - 40), i)))
      out.push({ start: i, end: i + gloss[0].length });
  }
  return out;
}

/**
 * `"We've got 12 games left,'' said Alex Bono`: two apostrophes after a word typed for the
 * closing double mark become `"` and a space (same length), as the mark reader and the view
 * both read them. So do two closing single marks after `“` that nothing closes (`“These
 * devices are not really phones.’’`: some American copy), which become `”`.
 */
export function closeTypedApostrophes(text: string): string {
  const doubled = /''|’’/.test(text);
  if (!doubled) return text;
  let opens = 0;
  let closes = 0;
  for (const c of text)
    if (c === '“') opens++;
    else if (c === '”') closes++;
  const curly = opens > closes;
  if (!curly && !text.includes('"')) return text;
  return text.replace(/(?<=[^\s'’])(?:''|’’)(?=[\s,.;:!?)]|$)/gu, (m) => (curly ? '” ' : m === "''" ? '" ' : m));
}

export function articleView(text: string): string {
  let view = text.replace(/[\u2019\u2018\u02bc]/g, "'").replace(/[\u00a0\u202f\u2007\u2009\u200a]/g, ' ');
  // (`l`un de ses conseillers`, `d`une conférence`: a backtick typed for the apostrophe between letters.)
  if (view.includes('`')) view = view.replace(/(?<=\p{L})`(?=\p{L})/gu, "'");
  view = view.replace(
    /\[([^\][\n]{1,200})\]\([^)\s]{0,500}\)/g,
    (m, inner: string) => ' ' + inner + ' '.repeat(m.length - inner.length - 1),
  );
  // Placeholders left by publishing systems in scraped pages (`{mosads}Farley scoffed`).
  view = view.replace(/\{[A-Za-z_]{1,30}\}/g, (m) => ' '.repeat(m.length));
  // Picture credits (`(Credit: Rolling News)`, `(©KEYSTONE/SALVATORE DI NOLFI)`, a line
  // `Photo : AFP / Jean Dupont`) name photographers and agencies, never anyone the text
  // speaks of.
  // (`…12 games left,'' said Alex Bono`: two apostrophes closing a double quote, as the mark reader reads them.)
  view = closeTypedApostrophes(view);
  view = view.replace(CREDIT, (m) => m.replace(/[^\n]/g, ' '));
  view = view.replace(CREDIT_BARE, (m) => m.replace(/[^\n]/g, ' '));
  return view;
}

/** A word of the view: its span, its text and its folded form for lookups. */
export interface Token extends Span {
  text: string;
  /** Lower case, accents removed. */
  norm: string;
}

const foldCache = new Map<string, string>();

/** Words of the view: elisions (`l'`, `qu'`) are words of their own, hyphenated words stay whole. */
export function tokenize(view: string, from = 0, to = view.length): Token[] {
  const out: Token[] = [];
  // French elisions only (`l'`, `qu'`, `jusqu'`); English `It's` stays `It` + `s`; `O'Leary`
  // and `Dall'Aqua` are one word.
  const re =
    /(?<![\p{L}])(?:O|Dall|Dell|Sant|Nell)'\p{Lu}\p{L}+|(?<![\p{L}])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=[\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/giu;
  re.lastIndex = from;
  for (let m = re.exec(view); m && m.index < to; m = re.exec(view)) {
    let end = m.index + m[0].length;
    let word = m[0];
    // `Sha'Carri`, `Ja'Marr`, `De'Aaron`: a short capitalised syllable, an apostrophe and a
    // capitalised word are one first name (never `Qu'Emmanuel`; `we're` stays `we` + `re`).
    const joined =
      word.length <= 4 && word !== 'Qu' && /^\p{Lu}\p{Ll}{1,3}$/u.test(word)
        ? /^['’]\p{Lu}\p{L}+/u.exec(view.slice(end, end + 40))
        : null;
    if (joined) {
      end += joined[0].length;
      word = view.slice(m.index, end);
      re.lastIndex = end;
    }
    if (end > to) break;
    let norm = foldCache.get(word);
    if (norm === undefined) {
      norm = fold(word);
      if (foldCache.size > 50000) foldCache.clear();
      foldCache.set(word, norm);
    }
    out.push({ start: m.index, end, text: word, norm });
  }
  return out;
}

/** Index of the first token starting at or after an offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens, (t) => t.start < offset);
}

/** True when the words ending at `end` are an owner (`Matt Hancock's breach`, `the Smiths' house`). */
export function ownerAt(view: string, end: number): boolean {
  return /^['’]s?\s/.test(view.slice(end, end + 3));
}

/** True for a word that starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** A stretch of text with the words quoted in it (marks and all) replaced by `filler`. */
export function unquoted(s: string, filler = ''): string {
  return s.replace(/[«“"][^«»“”"]*[»”"]/g, filler);
}
