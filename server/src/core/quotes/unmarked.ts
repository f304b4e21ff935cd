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
      // The sentence the incise sits in.
      const before = view.slice(p.start, cue.start);
      const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
      const start = stop >= 0 ? p.start + stop + 2 : p.start;
      const head = view.slice(start, cue.start);
      const comma = /,\s*$/.exec(head);
      if (!comma || head.trim().split(/\s+/).length < 4) continue;
      out.push({ start, end: cue.start - comma[0].length, incise: cue });
      // `Les joueurs, explique-t-il, ont tout donné.`: the sentence goes on after the incise.
      const rest = view.slice(cue.end, p.end);
      const m = /^\s*,\s*([^.!?]+?[.!?…]?)(?=\s|$)/.exec(rest);
      if (m && m[1].trim().split(/\s+/).length >= 3) {
        const s = cue.end + m[0].indexOf(m[1]);
        out.push({ start: s, end: s + m[1].length, incise: cue });
      }
    }
  }
  return out;
}
