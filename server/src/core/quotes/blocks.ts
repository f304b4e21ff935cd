/**
 * Block quotes: paragraphs of speech without quote marks. News sites print them in two ways:
 * introduced by a paragraph that ends with a colon (`Et Lavrov de déclarer :`), or followed
 * by an attribution line with the speaker's name (`Iouri Ouchakov, conseiller diplomatique
 * du Kremlin`). Scraped pages add a third: an embedded social-media post above its trailer
 * (`— Anne Hidalgo (@Anne_Hidalgo) October 3, 2019`), see `posts.ts`.
 */
import type { Language, Span } from '../types';
import { findEmbeddedPosts } from './posts';
import { AUXILIARY_VERB } from './roles';
import { isListItem } from './sentences';

export interface BlockCandidate extends Span {
  /** The paragraph that introduces the block (ends with a colon), if any. */
  intro: Span | null;
  /** The attribution line after the block (`Iouri Ouchakov, conseiller…`), or an embedded post's author, if any. */
  byline: Span | null;
  /** An embedded social-media post: its byline is the account's display name. */
  post: boolean;
}

/** A word of the first person (the speaker's own voice), per language. */
const FIRST_PERSON: Record<Language, RegExp> = {
  fr: /(?:^|[^\p{L}'])(?:je|j'|nous|notre|nos|me|m'|moi|mon|ma|mes)(?=[^\p{L}]|$)/iu,
  // (`I` and a sentence's `We` count; `US` is the country.)
  en: /(?:^|[^\p{L}])(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|I'm|[Ww]e're|I've|[Ww]e've)(?=[^\p{L}']|$)/u,
};

const SPEECH_NOUNS: Record<Language, RegExp> = {
  fr: /\b(?:d[ée]clar(?:ation|e)s?|conf[ée]rence de presse|discours|communiqu[ée]|entretien|interview|propos|allocution|message|lettre|tweet|a r[ée]pondu|interrog[ée]|selon lui|selon elle|a (?:dit|d[ée]clar[ée]|expliqu[ée]|affirm[ée]|ajout[ée]|pr[ée]cis[ée]|soulign[ée]|indiqu[ée]|estim[ée]))/iu,
  en: /\b(?:statement|press conference|speech|interview|remarks|told|said|says|wrote|letter|message|tweet|post(?:ed)?|address)\b/iu,
};

/** `Name, role : « … »`: a label of a dozen words at most, a colon, and a whole line in marks. */
const LABELLED_SUMMARY = /^[^.!?:«»"“”]{3,120}:\s*[«"“][^«»"“”]{3,300}[»"”]\s*$/u;

/** True when quote marks hold at least half of the text: its marked quote stands for it. */
function mostlyMarked(text: string): boolean {
  let held = 0;
  for (const m of text.matchAll(/«[^«»]*»|“[^“”]*”|"[^"]*"|„[^„“”]*[“”]/gu)) held += m[0].length;
  return held * 2 >= text.length;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Paragraphs that are block quotes. `paragraphs` are the article's non-blank lines;
 * `marked(span)` tells whether a span holds a quote mark (those are marked quotes, not blocks);
 * `isByline(span)` whether a line is a bare attribution (a person's name, maybe a role);
 * `speaks(span)` whether a paragraph holds a speech cue. An embedded post is a block whose
 * byline is its author's display name; its paragraphs and its trailer are nothing else.
 */
export function findBlockCandidates(
  view: string,
  paragraphs: readonly Span[],
  language: Language,
  marked: (span: Span) => boolean,
  isByline: (span: Span) => boolean,
  speaks: (span: Span) => boolean,
): BlockCandidate[] {
  const out: BlockCandidate[] = [];
  const inPost = new Set<number>();
  for (const post of findEmbeddedPosts(view, paragraphs)) {
    for (let k = post.firstParagraph; k <= post.lastParagraph; k++) inPost.add(k);
    // A post mostly in marks (`Le ministre a tweeté : « … » — X (@x)`) is a marked quote already.
    if (mostlyMarked(view.slice(post.start, post.end))) continue;
    out.push({ start: post.start, end: post.end, intro: null, byline: post.author, post: true });
  }
  for (let i = 0; i < paragraphs.length; i++) {
    if (inPost.has(i)) continue;
    const p = paragraphs[i];
    const text = view.slice(p.start, p.end);
    // A Markdown blockquote (`> …` lines) is a block quote whatever surrounds it.
    if (text.startsWith('>')) {
      let j = i;
      while (j + 1 < paragraphs.length && view.startsWith('>', paragraphs[j + 1].start)) j++;
      const lead = /^>[\s>]*/.exec(text)?.[0].length ?? 1;
      const span = { start: p.start + lead, end: paragraphs[j].end };
      const body = view.slice(span.start, span.end);
      // `>> LIRE AUSSI - …`, `> Read more: …`: a link to another article, not speech.
      if (
        /^\s*(?:lire aussi|à lire aussi|a lire aussi|à lire|voir aussi|read more|read also|see also|related|also read)\b/iu.test(
          body,
        )
      ) {
        i = j;
        continue;
      }
      const prev = paragraphs[i - 1];
      const next = paragraphs[j + 1];
      if (!marked(span) && words(body) >= 3) {
        out.push({
          ...span,
          intro: prev && /:\s*$/.test(view.slice(prev.start, prev.end)) ? prev : null,
          byline: next && isByline(next) ? next : null,
          post: false,
        });
      }
      i = j;
      continue;
    }
    if (!speechParagraph(p)) continue;
    const firstPerson = FIRST_PERSON[language].test(text);
    // `Gilles Eyquem, France coach` \n `It is a great pleasure…` \n `We dominated…` \n `Mo Marley,
    // England manager` \n `It is always difficult…`: a signature line that signs nothing above it
    // (no unmarked speech right before it) heads the paragraphs of speech after it.
    let h = i - 1;
    while (
      h >= 0 &&
      !inPost.has(h) &&
      speechParagraph(paragraphs[h]) &&
      FIRST_PERSON[language].test(view.slice(paragraphs[h].start, paragraphs[h].end))
    )
      h--;
    const header = h >= 0 && h < i && !inPost.has(h) ? paragraphs[h] : undefined;
    const aboveHeader = h >= 1 ? paragraphs[h - 1] : undefined;
    if (
      firstPerson &&
      header &&
      !marked(header) &&
      isByline(header) &&
      // (Or when the speech above it is itself headed by a signature: the article signs that way.)
      (!(aboveHeader && speechParagraph(aboveHeader)) ||
        out.some((b) => b.start === aboveHeader.start && !!b.byline && b.byline.end <= b.start)) &&
      !out.some((b) => b.start < p.end && p.start < b.end)
    ) {
      out.push({ start: p.start, end: p.end, intro: null, byline: header, post: false });
      continue;
    }
    const next = paragraphs[i + 1];
    if (next && firstPerson && !marked(next) && isByline(next)) {
      // `Nous avons tout donné… \n Le public… \n Jean Dupont, entraîneur`: the paragraphs of
      // speech just before, in the first person too, are signed by the same line.
      const earlier: BlockCandidate[] = [];
      for (let k = i - 1; k >= 0 && k >= i - 2 && !inPost.has(k); k--) {
        const q = paragraphs[k];
        if (!speechParagraph(q) || !FIRST_PERSON[language].test(view.slice(q.start, q.end))) break;
        if (out.some((b) => b.start < q.end && q.start < b.end)) break;
        earlier.unshift({ start: q.start, end: q.end, intro: null, byline: next, post: false });
      }
      out.push(...earlier, { start: p.start, end: p.end, intro: null, byline: next, post: false });
      continue;
    }
    const prev = paragraphs[i - 1];
    if (!prev) continue;
    const prevText = view.slice(prev.start, prev.end);
    // `Alain Roux, maire de Dinan : « Nous restons mobilisés »`, then the rest of what he said
    // without marks: a speaker's label, a colon and a marked summary introduce the block too.
    // (Not a sentence with its own verb of speech: `She added: “…”` reports, it labels nothing.)
    const label = { start: prev.start, end: prev.start + prevText.indexOf(':') };
    // (Nor a sentence with any finite verb: `Sa fille, Christine, n'a pas caché son soulagement :
    // « … »` tells, it labels nothing.)
    if (
      firstPerson &&
      LABELLED_SUMMARY.test(prevText) &&
      !isListItem(prevText) &&
      !speaks(label) &&
      !AUXILIARY_VERB[language].test(view.slice(label.start, label.end))
    ) {
      out.push({ start: p.start, end: p.end, intro: prev, byline: null, post: false });
      continue;
    }
    if (!/:\s*$/.test(prevText) || isListItem(prevText)) continue;
    const before = paragraphs[i - 2];
    const context = prevText + '\n' + (before ? view.slice(before.start, before.end) : '');
    if (firstPerson || speaks(prev) || SPEECH_NOUNS[language].test(context)) {
      out.push({ start: p.start, end: p.end, intro: prev, byline: null, post: false });
      // `Le syndicat a déclaré : \n Nous refusons… \n Nous appelons…`: the speech goes on
      // over the next paragraphs while they stay unmarked and in the first person.
      while (i + 1 < paragraphs.length && i + 1 - paragraphs.indexOf(prev) <= 4 && !inPost.has(i + 1)) {
        const q = paragraphs[i + 1];
        if (!speechParagraph(q) || !FIRST_PERSON[language].test(view.slice(q.start, q.end))) break;
        const after = paragraphs[i + 2];
        // (A paragraph signed by the line after it is the next block's, with its own speaker.)
        if (after && !marked(after) && isByline(after)) break;
        out.push({ start: q.start, end: q.end, intro: prev, byline: null, post: false });
        i++;
      }
    }
  }
  return out;

  /** An unmarked paragraph of a sentence or more, not a list item: it can be speech. */
  function speechParagraph(q: Span): boolean {
    const t = view.slice(q.start, q.end);
    return !isListItem(t) && !marked(q) && words(t) >= 6 && /[.!?…]$/.test(t);
  }
}
