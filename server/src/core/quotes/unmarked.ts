/**
 * Speech without quote marks, told by its incise: some French newsrooms print direct speech
 * bare (`Nous avons fait un bon match, a-t-il déclaré. Les joueurs ont tout donné.`), the
 * inverted pronoun of the incise alone saying whose words they are. Inverted clitic
 * incises count (`a-t-il déclaré`, `dit-elle`, `explique-t-il`): a verb before its pronoun
 * is never the writer's narration; a verb before a noun subject (`, lance le directeur`)
 * only where someone says `je`, `nous` or `on`. Scraped pages whose quote marks were
 * stripped leave two more signs: a space before the incise's comma (`c'est encore plus à la page , explique la
 * codirectrice`), and a pull-quote widget's trailer (`… Une citation de :Mireille Baril,
 * codirectrice du festival`).
 */
import type { Language, Span } from '../types';
import { findCues, type CueMatch } from './cues';
import type { speechVerbLexicon } from './lexicon';
import { tokenAt, type Token } from './view';

export interface UnmarkedSpeech extends Span {
  incise: CueMatch | null;
  /** The name after a pull-quote widget's `Une citation de :`. */
  byline: Span | null;
}

/** A pull-quote widget's trailer left in the text: `Une citation de :Name, role`. */
const CITATION_TRAILER = /\s*Une citation de\s*:\s*/u;

/** Quote marks of any kind: a paragraph that has one is left to the marked quotes. */
const ANY_MARK = /[«»“”"„‹›]/;

/** A first- or second-person word: the paragraph has someone speaking in it. */
const FIRST_PERSON =
  /(?:^|[\s(])(?:(?:je|me|moi|mon|ma|mes|nous|notre|nos|vous|votre|vos|on)(?=[\s,.!?…]|$)|[jm]['’]\p{L})/iu;

/** A sentence opening on a name: an article and a capital (`La SNCF`), or two capitalised words (`Jean Dupont`). */
const OPENS_ON_NAME = /^\s*(?:(?:Le|La|Les|L['’])\s*\p{Lu}|\p{Lu}[\p{L}-]+\s+\p{Lu})/u;

/**
 * `Tout va bien, aucun élève n'a pleuré, lance le directeur, Denis Clavet. On a travaillé si
 * fort…`: in a paragraph with no mark, an incise whose verb comes before its subject, right
 * after a comma, where someone says `je`, `nous` or `on`, tells speech whose marks were
 * stripped: the paragraph up to the incise, and what follows the incise's sentence, are
 * blocks of its subject. Without a first person (`Le bilan est lourd, précise la
 * préfecture.`), it is the writer's paraphrase.
 */
function nounIncise(view: string, p: Span, cue: CueMatch): UnmarkedSpeech[] {
  const head = view.slice(p.start, cue.start);
  const comma = /\s*,\s*$/.exec(head);
  if (!comma || !/^\s+(?:le|la|les|l['’]|un|une|son|sa|ses|leur|\p{Lu})/u.test(view.slice(cue.end, cue.end + 6)))
    return [];
  const headEnd = cue.start - comma[0].length;
  // The incise's sentence ends at the first full stop after a word of two letters or more
  // (`Katya Brown, 9 ans.`), so initials (`M.`) do not end it.
  const stop = /[\p{L}\d]{2,}[.!?…]+(?:\s+|$)/u.exec(view.slice(cue.end, p.end));
  const restStart = stop ? cue.end + stop.index + stop[0].length : p.end;
  const rest = view.slice(restStart, p.end);
  const headSpeaks = FIRST_PERSON.test(view.slice(p.start, headEnd));
  const restSpeaks = FIRST_PERSON.test(rest) && rest.trim().split(/\s+/).length >= 3;
  if (!headSpeaks && !restSpeaks) return [];
  const out: UnmarkedSpeech[] = [];
  if (view.slice(p.start, headEnd).trim().split(/\s+/).length >= 3)
    out.push({ start: p.start, end: headEnd, incise: cue, byline: null });
  if (restSpeaks)
    out.push({
      start: restStart,
      end: p.start + view.slice(p.start, p.end).trimEnd().length,
      incise: cue,
      byline: null,
    });
  return out;
}

/**
 * Stretches of unmarked speech around inverted incises in `paragraphs`: the words of the
 * incise's sentence before it, and after it up to the sentence's end.
 */
export function findUnmarkedSpeech(
  view: string,
  tokens: readonly Token[],
  paragraphs: readonly Span[],
  lexicon: ReturnType<typeof speechVerbLexicon>,
  language: Language,
  taken: (span: Span) => boolean,
): UnmarkedSpeech[] {
  if (language !== 'fr') return [];
  const out: UnmarkedSpeech[] = [];
  for (const p of paragraphs) {
    const line = view.slice(p.start, p.end);
    // A pull-quote widget's trailer holds the whole line, marks inside it included.
    const trailer = CITATION_TRAILER.exec(line);
    if (trailer && trailer.index > 0 && line.slice(0, trailer.index).trim().split(/\s+/).length >= 3) {
      const name = p.start + trailer.index + trailer[0].length;
      out.push({ start: p.start, end: p.start + trailer.index, incise: null, byline: { start: name, end: p.end } });
      continue;
    }
    if (
      ANY_MARK.test(line) ||
      !(/-t-|-(?:il|elle|ils|elles)\b|\s,\s/.test(line) || FIRST_PERSON.test(line)) ||
      taken(p)
    )
      continue;
    const from = tokenAt(tokens, p.start);
    const to = tokenAt(tokens, p.end);
    for (const cue of findCues(view, tokens, from, to, lexicon, language, () => false)) {
      if (cue.source || cue.form !== 'finite') continue;
      // `… c'est encore plus à la page , explique la codirectrice`: the space left where the
      // closing mark was says the paragraph so far was speech.
      const stripped = /\S\s+,\s*$/.test(view.slice(Math.max(p.start, cue.start - 6), cue.start));
      if (stripped && !cue.clitic) {
        const end = p.start + view.slice(p.start, cue.start).replace(/\s+,\s*$/, '').length;
        if (view.slice(p.start, end).trim().split(/\s+/).length >= 4)
          out.push({ start: p.start, end, incise: cue, byline: null });
        continue;
      }
      if (!cue.clitic) {
        const told = nounIncise(view, p, cue);
        if (told.length) {
          out.push(...told);
          break;
        }
        continue;
      }
      // The sentence the incise sits in (`M. Dupont` is no sentence end).
      const before = view.slice(p.start, cue.start);
      let stop = -1;
      for (const m of before.matchAll(/[.!?…]\s+/g)) {
        if (m[0][0] === '.' && /(?:^|[\s(])(?:\p{Lu}|M|Mme|Dr|Me|St)$/u.test(before.slice(0, m.index))) continue;
        stop = m.index + m[0].length;
      }
      const start = stop >= 0 ? p.start + stop : p.start;
      const head = view.slice(start, cue.start);
      const comma = /\s*,\s*$/.exec(head);
      if (!comma) continue;
      // `Les joueurs, explique-t-il, ont tout donné.`: the sentence goes on after the incise.
      const rest = /^\s*,\s*([^.!?…]+[.!?…]?)/.exec(view.slice(cue.end, p.end));
      // (`…, a-t-elle garanti, soutenant que…`: a participle after the incise is the writer's.)
      const goesOn = !!rest && rest[1].trim().split(/\s+/).length >= 3 && !/^\p{L}+ant\b/u.test(rest[1].trim());
      const headWords = head.trim().split(/\s+/).length;
      if (headWords < (goesOn ? 2 : 4)) continue;
      // (`La SNCF va supprimer 59 % des TGV…, a-t-elle indiqué jeudi`, `Jean Dupont a rappelé…,
      // a-t-il dit`: a sentence opening on a name, with nobody saying `je`, `nous` or `on`, is
      // the writer's account of what the name's holder said — the incise's pronoun is that name.)
      if (!FIRST_PERSON.test(head) && OPENS_ON_NAME.test(head)) continue;
      out.push({ start, end: cue.start - comma[0].length, incise: cue, byline: null });
      if (rest && goesOn) {
        const s = cue.end + rest[0].indexOf(rest[1]);
        out.push({ start: s, end: s + rest[1].trimEnd().length, incise: cue, byline: null });
      }
    }
  }
  return out;
}
