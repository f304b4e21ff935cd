/**
 * Speech without quote marks, told by its incise: some French newsrooms print direct speech
 * bare (`Nous avons fait un bon match, a-t-il déclaré. Les joueurs ont tout donné.`), the
 * inverted pronoun of the incise alone saying whose words they are. Only inverted clitic
 * incises count (`a-t-il déclaré`, `dit-elle`, `explique-t-il`): a verb before its pronoun
 * is never the writer's narration.
 */
import type { Language, Span } from '../types';
import { findCues, type CueMatch } from './cues';
import type { speechVerbLexicon } from './lexicon';
import { tokenAt, type Token } from './view';

export interface UnmarkedSpeech extends Span {
  incise: CueMatch;
}

/** Quote marks of any kind: a paragraph that has one is left to the marked quotes. */
const ANY_MARK = /[«»“”"„‹›]/;

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
    if (ANY_MARK.test(line) || !/-t-|-(?:il|elle|ils|elles)\b/.test(line) || taken(p)) continue;
    const from = tokenAt(tokens, p.start);
    const to = tokenAt(tokens, p.end);
    for (const cue of findCues(view, tokens, from, to, lexicon, language, () => false)) {
      if (!cue.clitic || cue.source) continue;
      // The sentence the incise sits in (`M. Dupont` is no sentence end).
      const before = view.slice(p.start, cue.start);
      let stop = -1;
      for (const m of before.matchAll(/[.!?…]\s+/g)) {
        if (m[0][0] === '.' && /(?:^|[\s(])(?:\p{Lu}|M|Mme|Dr|Me|St)$/u.test(before.slice(0, m.index))) continue;
        stop = m.index + m[0].length;
      }
      const start = stop >= 0 ? p.start + stop : p.start;
      const head = view.slice(start, cue.start);
      const comma = /,\s*$/.exec(head);
      if (!comma) continue;
      // `Les joueurs, explique-t-il, ont tout donné.`: the sentence goes on after the incise.
      const rest = /^\s*,\s*([^.!?…]+[.!?…]?)/.exec(view.slice(cue.end, p.end));
      const goesOn = !!rest && rest[1].trim().split(/\s+/).length >= 3;
      const headWords = head.trim().split(/\s+/).length;
      if (headWords < (goesOn ? 2 : 4)) continue;
      out.push({ start, end: cue.start - comma[0].length, incise: cue });
      if (rest && goesOn) {
        const s = cue.end + rest[0].indexOf(rest[1]);
        out.push({ start: s, end: s + rest[1].trimEnd().length, incise: cue });
      }
    }
  }
  return out;
}
