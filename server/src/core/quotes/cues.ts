/**
 * Cues: the words that report speech around a quote — a speech verb with its auxiliaries,
 * adverbs and clitics (`a également souligné`, `s'est déclaré`, `a-t-il poursuivi`,
 * `has said`), or a source marker (`selon`, `d'après`, `according to`).
 */
import type { Language, Span } from '../types';
import type { SpeechVerbLexicon } from './lexicon';
import { PRONOUNS } from './roles';
import { isCapitalized, type Token } from './view';

export interface CueMatch extends Span {
  /** Index of the verb's token. */
  verb: number;
  /** Index of the cue's first token. */
  first: number;
  /** Index of the token after the cue. */
  next: number;
  form: 'finite' | 'gerund' | 'infinitive';
  /** `a-t-il`, `dit-elle`: the subject is this pronoun inside the verb's token. */
  clitic: (Span & { gender: 'm' | 'f' | null; plural: boolean }) | null;
  /** `ont été qualifiées … par le Kremlin`: the speaker is the agent. */
  passive: boolean;
  /** `selon`, `d'après`, `according to`: the speaker is the phrase that follows. */
  source: boolean;
}

const FR_AUX = new Set(
  "a ont avait avaient aurait auraient aura auront est sont etait etaient sera seront serait s' se n' ne t y lui leur ete avoir etre".split(
    ' ',
  ),
);
/** French modals in a finite tense (`doit`, `pourrait`, `voulaient`): they carry the tense of the infinitive after them. */
export const FR_FINITE_MODALS =
  'peut peuvent pouvait pouvaient pourra pourront pourrait pourraient doit doivent devait devaient devra devront devrait devraient veut veulent voulait voulaient voudra voudront voudrait voudraient'.split(
    ' ',
  );
/**
 * The modals a speech verb's infinitive may follow, their participles too (`a pu constater`),
 * and `venir`, which reports speech as well (`est venu dire devant le portail le directeur`).
 */
const FR_MODALS = new Set([
  'pu',
  'voulu',
  'du',
  'su',
  'venu',
  'venue',
  'venus',
  'venues',
  'vient',
  'viennent',
  // (`« … », préfère relativiser son coéquipier`.)
  'prefere',
  'preferent',
  'preferait',
  'preferaient',
  ...FR_FINITE_MODALS,
]);
const FR_ADV = new Set(
  "egalement encore aussi ainsi deja alors ensuite immediatement aussitot notamment ailleurs d'ailleurs pourtant cependant toutefois toujours plutot meme bien publiquement clairement simplement enfin rapidement recemment lui-meme elle-meme eux-memes notamment longuement fermement vivement d'abord elle il ils elles tout".split(
    ' ',
  ),
);
const EN_AUX = new Set(
  'has have had was were is are been be would will could might also later previously then again once repeatedly publicly recently further reportedly separately earlier often'.split(
    ' ',
  ),
);
/** Adjectives between a possessive and a speech noun (`the council's previous claim`). */
const POSSESSED_ADJECTIVES = new Set(
  'previous earlier initial original repeated latest recent public own new first last official formal'.split(' '),
);

const DETERMINER_BEFORE: Record<Language, Set<string>> = {
  fr: new Set('un une le la les des du ce cette ces son sa ses leur leurs mon ma mes notre nos votre vos'.split(' ')),
  en: new Set('the a an this that these those its his her their our my your'.split(' ')),
};
/** Speech verbs whose reflexive form means something else (`s'annoncer` = to look like). */
const REFLEXIVE_NOT_SPEECH = new Set(
  (
    'revendiquer reclamer annoncer rappeler lancer poursuivre confirmer repeter continuer observer relever remarquer lire ecrire reveler trouver ' +
    'decider presenter traduire noter citer livrer exposer developper appuyer avancer opposer poursuit poursuivent ' +
    'poursuivait poursuivaient poursuivi poursuivie lit ecrit'
  ).split(' '),
);
const PASSIVE = new Set(['ete', 'etre', 'been', 'being', 'was', 'were', 'is', 'are']);
const FR_PASSIVE_AUX = new Set(['est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'serait']);

/** Finds cues in tokens `[from, to)`, skipping those for which `skip(token index)` is true (words inside quotes). */
export function findCues(
  view: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lexicon: SpeechVerbLexicon,
  language: Language,
  skip: (i: number) => boolean,
): CueMatch[] {
  const out: CueMatch[] = [];
  for (let k = from; k < to; k++) {
    if (skip(k)) continue;
    const cue = cueAt(view, tokens, k, to, lexicon, language);
    if (cue) {
      out.push(cue);
      k = cue.next - 1;
    }
  }
  return out;
}

function gap(view: string, a: Token, b: Token): boolean {
  return /^\s*$/.test(view.slice(a.end, b.start));
}

/** Nouns of someone's own wording (`selon les mots de X`, `pour reprendre les termes du ministre`). */
const SOURCE_WORDS = /^(?:mots|termes|propos|paroles|expression)$/;

/** The folded token at `i`, or '' past `to` (a plain function: it runs for every token). */
function normAt(tokens: readonly Token[], i: number, to: number): string {
  return i < to ? (tokens[i]?.norm ?? '') : '';
}

/** Words that introduce someone's own wording as the source; returns the token after them. */
function sourceWordsOf(tokens: readonly Token[], k: number, to: number, lang: Language): number | null {
  const first = normAt(tokens, k, to);
  // (Most tokens open no such phrase: one look at the first word.)
  if (first !== 'dixit' && (lang === 'fr' ? first !== 'selon' && first !== 'pour' : first !== 'in')) return null;
  const at = (i: number): string => normAt(tokens, i, to);
  if (lang === 'fr') {
    if (at(k) === 'dixit') return k + 1;
    let j = -1;
    if (at(k) === 'selon' && at(k + 1) === 'les' && SOURCE_WORDS.test(at(k + 2))) j = k + 3;
    else if (
      at(k) === 'pour' &&
      at(k + 1) === 'reprendre' &&
      /^(?:les|l')$/.test(at(k + 2)) &&
      SOURCE_WORDS.test(at(k + 3))
    )
      j = k + 4;
    if (j < 0) return null;
    if (at(j) === 'memes') j++;
    // `du député X`: the contracted article belongs to the speaker's description.
    if (/^(?:du|des)$/.test(at(j))) return j;
    return /^(?:de|d')$/.test(at(j)) ? j + 1 : null;
  }
  if (at(k) === 'in' && at(k + 1) === 'the' && /^(?:words|phrase)$/.test(at(k + 2)) && at(k + 3) === 'of') return k + 4;
  if (at(k) === 'dixit') return k + 1;
  return null;
}

function cueAt(
  view: string,
  tokens: readonly Token[],
  k: number,
  to: number,
  lexicon: SpeechVerbLexicon,
  lang: Language,
): CueMatch | null {
  const t = tokens[k];
  const base = {
    first: k,
    verb: k,
    next: k + 1,
    start: t.start,
    end: t.end,
    form: 'finite' as const,
    clitic: null,
    passive: false,
    source: false,
  };
  // Source markers that quote someone's own words: `selon les mots de X`, `pour reprendre
  // les termes du ministre`, `dixit X`, `in the words of X`.
  const wordsOf = sourceWordsOf(tokens, k, to, lang);
  if (wordsOf !== null) return { ...base, next: wordsOf, end: tokens[wordsOf - 1].end, source: true };
  // Source markers.
  if (lang === 'fr' && (t.norm === 'selon' || (t.norm === "d'" && tokens[k + 1]?.norm === 'apres'))) {
    const next = t.norm === 'selon' ? k + 1 : k + 2;
    return { ...base, next, end: tokens[next - 1].end, source: true };
  }
  // `aux dires de X`, `aux dires du maire`: whose words they are, as `selon`.
  if (lang === 'fr' && t.norm === 'aux' && tokens[k + 1]?.norm === 'dires' && k + 2 < to) {
    const de = tokens[k + 2].norm;
    if (de === 'de' || de === "d'") return { ...base, next: k + 3, end: tokens[k + 2].end, source: true };
    if (de === 'du' || de === 'des') return { ...base, next: k + 2, end: tokens[k + 1].end, source: true };
  }
  // `Pour le ministre, « … »`: opening a sentence, `pour` names whose view it is.
  if (lang === 'fr' && t.text === 'Pour') {
    return { ...base, source: true };
  }
  // `"…" pour le procureur.`: right after the words' closing mark, `pour` names whose they are.
  if (lang === 'fr' && t.text === 'pour' && /[»"”]\s*$/.test(view.slice(Math.max(0, t.start - 3), t.start))) {
    return { ...base, source: true };
  }
  if (lang === 'en' && t.norm === 'according' && tokens[k + 1]?.norm === 'to' && k + 1 < to) {
    return { ...base, next: k + 2, end: tokens[k + 1].end, source: true };
  }
  // Inverted clitic subject: `a-t-il poursuivi`, `estime-t-elle`, `dit-il`.
  // (`a-telle insisté`: the `t` typed without its second hyphen.)
  const clitic = /^(.+?)-(?:t-?)?(il|elle|ils|elles|on)$/.exec(t.norm);
  if (clitic && lang === 'fr') {
    const pron = PRONOUNS.fr[clitic[2]] ?? { gender: null, plural: false };
    const cliticStart = t.start + t.text.length - clitic[2].length;
    const cl = { start: cliticStart, end: t.end, gender: pron.gender, plural: pron.plural };
    if (lexicon.lookup(clitic[1]).length) return { ...base, clitic: cl };
    // (`« … », lance-t-elle`, `« … », a-t-il lancé`: right after the words and their comma, an
    // inverted clitic's verb is an incise whatever the verb — the writer's own verb never
    // inverts there.)
    const incise = /[»"”]\s*,\s*$/.test(view.slice(Math.max(0, t.start - 5), t.start));
    if (incise && !FR_AUX.has(clitic[1]) && /\p{L}{2,}(?:e|ent|ait|aient|a)$/u.test(clitic[1]))
      return { ...base, clitic: cl };
    // (`finit-il par dire`, `finissait-elle par lâcher`: the verb of speech after `par`.)
    const spoken = k + 2;
    if (
      /^(?:finit|finissait|finira|finirait)$/.test(clitic[1]) &&
      spoken < to &&
      tokens[k + 1].norm === 'par' &&
      gap(view, tokens[k], tokens[k + 1]) &&
      gap(view, tokens[k + 1], tokens[spoken]) &&
      lexicon.lookup(tokens[spoken].norm).length
    )
      return { ...base, verb: spoken, next: spoken + 1, end: tokens[spoken].end, clitic: cl };
    if (FR_AUX.has(clitic[1])) {
      for (let j = k + 1; j < Math.min(to, k + 4); j++) {
        if (!gap(view, tokens[j - 1], tokens[j])) break;
        if (lexicon.lookup(tokens[j].norm).length) {
          return {
            ...base,
            verb: j,
            next: j + 1,
            end: tokens[j].end,
            clitic: cl,
            passive: tokens.slice(k + 1, j).some((x) => x.norm === 'ete'),
          };
        }
        if (
          incise &&
          j === k + 1 &&
          /\p{L}{3,}(?:e|ee|i|u)$/u.test(tokens[j].norm) &&
          !FR_ADV.has(tokens[j].norm) &&
          !FR_AUX.has(tokens[j].norm)
        )
          return { ...base, verb: j, next: j + 1, end: tokens[j].end, clitic: cl, passive: false };
        if (!FR_ADV.has(tokens[j].norm) && !FR_AUX.has(tokens[j].norm)) break;
      }
    }
    return null;
  }
  const entries = lexicon.lookup(t.norm);
  if (!entries.length) return null;
  // A capitalized word inside a sentence is a name (`Secretary of State`), not a verb.
  if (/^\p{Lu}/u.test(t.text) && k > 0 && !/[.!?:\n«»"“”]\s*$/.test(view.slice(Math.max(0, t.start - 3), t.start)))
    return null;
  let next = k + 1;
  let matched = false;
  for (const e of entries) {
    if (e.rest.length === 0) {
      matched = true;
      continue;
    }
    const ok = e.rest.every((w, i) => tokens[k + 1 + i]?.norm === w);
    if (ok) {
      matched = true;
      next = Math.max(next, k + 1 + e.rest.length);
    }
  }
  if (!matched) return null;
  const prev = tokens[k - 1];
  // `Comme prévu`, `comme annoncé`, `as expected`: a set phrase, not someone speaking; `une
  // évaluation plus précise`, `very clear`: after a degree adverb the word is an adjective.
  if (prev && gap(view, prev, t) && /^(?:comme|as)$/.test(prev.norm) && entries.every((e) => e.form === 'participle'))
    return null;
  if (
    prev &&
    gap(view, prev, t) &&
    (lang === 'fr' ? /^(?:plus|moins|tres|trop|si|aussi|assez|peu)$/ : /^(?:more|less|very|too|so|quite)$/).test(
      prev.norm,
    ) &&
    !(lang === 'fr' && tokens[k - 2] && FR_AUX.has(tokens[k - 2].norm))
  )
    return null;
  // `son attachée de presse`, `une conférence de presse`: after `de`, French has a noun or an
  // infinitive (`refusé de commenter`), never a finite verb.
  if (
    lang === 'fr' &&
    prev &&
    gap(view, prev, t) &&
    (prev.norm === 'de' || prev.norm === "d'") &&
    !entries.some((e) => e.form === 'infinitive')
  )
    return null;
  // `l'accusé`, `l'élu`, `l'envoyé`: a participle after `l'` is a noun (`l'affirme` stays a verb).
  if (lang === 'fr' && prev && prev.norm === "l'" && gap(view, prev, t) && /(?:é|ée|és|ées)$/.test(t.text)) return null;
  // `An Garda Síochána's previous claim that…`, `the minister's warning`: after a possessive
  // (and its adjectives) the word is a noun.
  // (Only adjectives between: `Queensland's health minister says` keeps its verb.)
  if (lang === 'en') {
    for (let b = k - 1; b >= 0 && b >= k - 3; b--) {
      const w = tokens[b];
      if (w.norm === 's' && b > 0 && /['’]$/.test(view.slice(tokens[b - 1].end, w.start))) return null;
      if (!POSSESSED_ADJECTIVES.has(w.norm) || !gap(view, w, tokens[b + 1])) break;
    }
  }
  // `voters sent him a clear message`: after `a`/`an` and one more word, an English verb's bare
  // form is a noun (a verb there agrees: `a spokesman says`, `an official said`).
  if (
    lang === 'en' &&
    prev &&
    gap(view, prev, t) &&
    tokens[k - 2] &&
    /^(?:a|an)$/.test(tokens[k - 2].norm) &&
    gap(view, tokens[k - 2], prev) &&
    !/(?:s|ed|ing)$/.test(t.norm) &&
    !/^(?:said|told|wrote|spoke|swore|thought|felt|put|read|understood|forecast)$/.test(t.norm)
  )
    return null;
  // `les trois prévenus`, `the two accused`: a participle after a determiner and a number is a noun.
  if (
    prev &&
    gap(view, prev, t) &&
    /^(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|two|three|four|five|six|seven|eight|nine|ten)$/.test(
      prev.norm,
    ) &&
    tokens[k - 2] &&
    DETERMINER_BEFORE[lang].has(tokens[k - 2].norm)
  )
    return null;
  if (prev && gap(view, prev, t) && DETERMINER_BEFORE[lang].has(prev.norm)) {
    // `une note`, `the report`: a noun, not a verb — unless `le`/`la`/`les` is an object
    // pronoun (`comme le dit X`, `il l'a dit`).
    const before = tokens[k - 2]?.norm;
    const objectPronoun =
      lang === 'fr' &&
      /^(?:le|la|les)$/.test(prev.norm) &&
      !!before &&
      /^(?:comme|ne|n'|il|elle|on|ils|elles|je|nous|vous|qui|que|qu')$/.test(before);
    if (!objectPronoun) return null;
  }
  // `après l'annonce du ministre`, `des tâches comme l'analyse ou le résumé`: after a preposition
  // (or `comme` when no subject follows), `l'` is an article and the word a noun — not the
  // object pronoun of `comme l'explique X`, `X l'affirme`.
  if (lang === 'fr' && prev && prev.norm === "l'" && gap(view, prev, t)) {
    const before = tokens[k - 2]?.norm ?? '';
    const nounFollows =
      /^(?:ou|et|de|d'|du|des)$/.test(tokens[k + 1]?.norm ?? '') || /^\s*[,.;:!?)]/.test(view.slice(t.end, t.end + 2));
    if (
      /^(?:de|d'|pour|sur|a|par|dans|avec|sans|apres|avant|contre|selon|vers|entre|chez|malgre|depuis|lors|dont)$/.test(
        before,
      ) ||
      (before === 'comme' && nounFollows)
    )
      return null;
  }
  // Extend to the left over auxiliaries, clitics and adverbs.
  let first = k;
  let passive = false;
  let reflexive = false;
  let modal = false;
  const aux = lang === 'fr' ? FR_AUX : EN_AUX;
  while (first > 0) {
    const p = tokens[first - 1];
    if (!gap(view, p, tokens[first])) break;
    const n = p.norm;
    // `a pour sa part déclaré`, `a de son côté indiqué`, `a quant à lui estimé` (read before the
    // auxiliaries: `lui` is one of them, but in `a quant à lui remercié` it ends the phrase).
    if (lang === 'fr' && first >= 4 && /^(?:part|cote|lui|elle|eux|elles)$/.test(n)) {
      const phrase = tokens
        .slice(first - 4, first)
        .map((x) => x.norm)
        .join(' ');
      const m = /(?:^|\s)(pour (?:sa|leur) part|de (?:son|leur) cote|quant a (?:lui|elle|eux|elles))$/.exec(phrase);
      const n3 = m ? m[1].split(' ').length : 0;
      if (n3 && aux.has(tokens[first - 1 - n3]?.norm ?? '')) {
        first -= n3;
        continue;
      }
    }
    // (`a ainsi rapidement tweeté`: two adverbs may stand between the auxiliary and the verb.)
    const advBeforeAux =
      lang === 'fr' &&
      FR_ADV.has(n) &&
      first - 1 > 0 &&
      (aux.has(tokens[first - 2].norm) ||
        (first - 2 > 0 && FR_ADV.has(tokens[first - 2].norm) && aux.has(tokens[first - 3].norm)));
    if (aux.has(n) || advBeforeAux) {
      if (PASSIVE.has(n)) passive = true;
      if (n === "s'" || n === 'se') reflexive = true;
      if (lang === 'fr' && FR_PASSIVE_AUX.has(n)) passive = true;
      first--;
      continue;
    }
    // `a pu constater Belga`, `a voulu rappeler`, `devait préciser`: a modal before the
    // infinitive carries its tense, as an auxiliary does.
    if (lang === 'fr' && first === k && FR_MODALS.has(n) && /(?:er|ir|re)$/.test(t.norm)) {
      modal = true;
      first--;
      continue;
    }
    if (lang === 'fr' && n === 'ailleurs' && tokens[first - 2]?.norm === 'par') {
      first -= 2;
      continue;
    }
    // Narrative infinitive and infinitive complements: `Et Lavrov de déclarer`, `se sont contentés d'annoncer`.
    if (lang === 'fr' && (n === 'de' || n === "d'") && /(?:er|ir|re)$/.test(t.norm)) {
      first--;
    }
    break;
  }
  // `« … » nous a confié X`, `m'a expliqué`, `lui a dit`, `nous confie`: an object pronoun
  // before the verb (or its third-person auxiliary) belongs to the cue.
  if (lang === 'fr' && first > 0) {
    const p = tokens[first - 1];
    const head = tokens[first];
    const thirdPerson =
      first < k ? /^(?:a|ont|avait|avaient|aurait|auraient|aura)$/.test(head.norm) : /(?:e|ent|t)$/.test(t.norm);
    if (gap(view, p, head) && /^(?:nous|vous|m'|me|t'|te|lui|leur)$/.test(p.norm) && thirdPerson) first--;
  }
  if (reflexive) {
    passive = false;
    // `les discussions s'annoncent tendues`, `il se rappelle`, `cela se confirme`: not speech.
    // (But `« … », s'est rappelé Mark Cavendish`: remembering aloud, in an incise after the
    // words, its subject after the verb.)
    // (So for any such verb right after the words' closing mark: `« … », se répète Me Fitoussi`.)
    const recalled =
      (entries.some((e) => e.lemma === 'rappeler')
        ? /,\s*$/.test(view.slice(Math.max(0, tokens[first].start - 3), tokens[first].start))
        : /[»"”]\s*,\s*$/.test(view.slice(Math.max(0, tokens[first].start - 5), tokens[first].start))) &&
      !!tokens[next] &&
      (isCapitalized(tokens[next].text) || /^(?:le|la|l'|les)$/.test(tokens[next].norm));
    if (lang === 'fr' && !recalled && entries.every((e) => REFLEXIVE_NOT_SPEECH.has(e.lemma))) return null;
    // `Le feu s'est déclaré vers 15h30`, `l'incendie s'est déclaré dans la nuit`: a fire or an
    // illness breaking out, when a time, a place or the sentence's end follows — not
    // `s'est déclaré favorable`.
    if (
      lang === 'fr' &&
      entries.every((e) => e.lemma === 'declarer') &&
      /^\s*(?:[.,;:)]|$|(?:vers|à|au|aux|dans|en|hier|ce|cette|cet|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|peu|lors|tôt|tard|chez|sur|près)(?![\p{L}]))/iu.test(
        view.slice(t.end, t.end + 12),
      )
    )
      return null;
  }
  // (`est venu dire`: `venir` before the infinitive is no passive.)
  if (modal) passive = false;
  // `est` + participle is passive only without a reflexive pronoun; `a été` always is.
  if (
    passive &&
    lang === 'fr' &&
    !tokens.slice(first, k).some((x) => x.norm === 'ete') &&
    !/(?:e|ee|es|ees|i|ie|is|u|ue|us)$/.test(t.norm)
  ) {
    passive = false;
  }
  const hasAux = modal || (first < k && tokens.slice(first, k).some((x) => aux.has(x.norm)));
  let form: CueMatch['form'] = 'finite';
  if (lang === 'fr') {
    // `assure`, `déclare`, `considère` end like `dire` but are finite: -re is an infinitive only
    // when the lexicon says so.
    const infinitive =
      /(?:er|ir)$/.test(t.norm) ||
      (/re$/.test(t.norm) && entries.some((e) => e.form === 'infinitive') && !entries.some((e) => e.form === 'finite'));
    if (/ant$/.test(t.norm) && !hasAux) form = 'gerund';
    else if (infinitive && !hasAux) form = 'infinitive';
    else if (infinitive && tokens.slice(first, k).some((x) => x.norm === 'de' || x.norm === "d'")) form = 'infinitive';
    // `Interrogé sur…, le ministre a répondu`: a bare participle opening a clause is an adjunct.
    if (!hasAux && first === k && /(?:é|ée|és|ées)$/.test(t.text)) {
      const before = tokens[k - 1];
      const lead = before ? view.slice(before.end, t.start) : '';
      if (!before || /[,.:;!?\n]/.test(lead)) form = 'gerund';
    }
  } else if (/ing$/.test(t.norm) && !hasAux) form = 'gerund';
  // `en affirmant`: the gerund's `en` belongs to the cue.
  if (form === 'gerund' && first > 0 && tokens[first - 1].norm === 'en' && gap(view, tokens[first - 1], tokens[first]))
    first--;
  // `rajoute -t-elle`, `dit elle,`: an inverted clitic typed apart from its verb, before a
  // comma, a full stop or a closing mark.
  const apart = tokens[next];
  if (lang === 'fr' && apart && first === k && form === 'finite') {
    const c = /^(?:-?t-)?(il|elle|ils|elles|on)$/.exec(apart.norm);
    const tail = view.slice(apart.end, apart.end + 2);
    if (c && /^\s{1,2}-?$/.test(view.slice(t.end, apart.start).replace(/-$/, '')) && /^\s*[,.;!?»"”]/.test(tail)) {
      const pron = PRONOUNS.fr[c[1]] ?? { gender: null, plural: false };
      const cliticStart = apart.end - c[1].length;
      return {
        ...base,
        next: next + 1,
        end: apart.end,
        clitic: { start: cliticStart, end: apart.end, gender: pron.gender, plural: pron.plural },
      };
    }
  }
  return {
    ...base,
    first,
    verb: k,
    next,
    start: tokens[first].start,
    end: tokens[next - 1].end,
    form,
    passive,
  };
}
