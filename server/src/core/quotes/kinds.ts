/**
 * A quote's kind: `direct` (a full utterance), `partial` (a few quoted words inside the
 * writer's sentence), `block` (a paragraph of speech without marks), `scare` (a quoted term
 * or title, not speech).
 */
import type { Language, QuoteKind, Span } from '../types';
import { DATELINE_LEAD, endsWithAbbreviation } from './sentences';

export interface KindInput {
  /** The quoted content in the view. */
  content: string;
  /** The writer's words between the sentence's start and the opening mark. */
  lead: string;
  block: boolean;
  /** A speaker or a cue was found for the quote. */
  attributed: boolean;
  /** The cue follows the quote or splits it (`«…», a déclaré X`). */
  cueAfter: boolean;
  /** The cue ends just before the opening mark (`X a déclaré « Nous … »`). */
  cueRightBefore: boolean;
  /** The writer's words right after the closing mark, if known. */
  tail?: string;
  /** The quote has an active speech cue (`a dénoncé des « … »`), not a passive one (`a été condamné pour`). */
  spoken?: boolean;
  /** The only cue is in another clause of the sentence (its subject was taken as speaker). */
  weak?: boolean;
  /** The article's language (French puts a quoted sentence's full stop inside the marks, English any). */
  language?: Language;
}

function countWords(s: string): number {
  return s.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Decides the kind from where the quote sits in its sentence and whether it is attributed:
 * a quote that opens its sentence (or follows a colon) and says something is direct; quoted
 * words inside the writer's sentence are partial when someone says them, scare otherwise.
 */
export function quoteKind(k: KindInput): QuoteKind {
  if (k.block) return 'block';
  const words = countWords(k.content);
  // (`« … adversaire. » « On a su montrer… »`: a quote right after one that ended its sentence
  // opens a sentence of its own.)
  // A conjunction alone before the marks (`Mais « Face aux… je dis… »`, `But "we…"`) still opens a
  // whole utterance (not a name: `Et « Le Monde » a révélé`).
  const initial =
    /^[\s\-–—•*]*$/.test(k.lead) ||
    (words >= 4 &&
      /^[\s\-–—•*]*(?:Mais|Et|Puis|Or|Pourtant|Ensuite|Enfin|But|And|Yet|Still|Then)\s*,?\s*$/u.test(k.lead)) ||
    /:\s*$/.test(k.lead) ||
    // (`MONTRÉAL – « … »`: a dateline in capitals and a dash open the body.)
    DATELINE_LEAD.test(k.lead) ||
    /[.!?…]\s*[»"”]\s*$/.test(k.lead) ||
    // (`…, a-t-elle nuancé."Les États du Sahel…"`: a stop with no space after it still ends the sentence.)
    // (Read on the trimmed lead's last five code units, room for two astral letters and the
    // stop: the same test as `/[\p{L}\d]{2,}[.!?…]\s*$/u`, without scanning the whole lead.)
    (/[\p{L}\d]{2}[.!?…]$/u.test(k.lead.trimEnd().slice(-5)) && !endsWithAbbreviation(k.lead.trimEnd()));
  const startsUpper = /^[\s.…([]*[\p{Lu}\d]/u.test(k.content);
  // `« L'ensemble du gouvernement » suit le Premier ministre…`: a few words that the writer's
  // sentence goes on from (no comma, no cue) are the subject of the writer's verb: partial.
  const continued =
    k.attributed &&
    words <= 5 &&
    !/[.!?,;:…]\s*$/.test(k.content) &&
    // `‘We didn’t play well’ is all he would say`: a clause with its own subject is an utterance.
    !/^(?:i|we|you|he|she|they|it|je|j'|nous|on|vous|il|elle|ils|elles|c'est|ce)(?![\p{L}])/iu.test(k.content) &&
    /^\s*\p{Ll}/u.test(k.tail ?? '') &&
    !k.cueAfter;
  // `« On ne connaît ni l'identité ni les motivations » de l'assaillant`: the writer's sentence
  // completes the quoted words with a complement, so they are a part of it, however many.
  // (Never across a line break: `Des perquisitions…` opening the next paragraph is no complement.)
  const goesOn = /^[^\S\n]*(?:(?:de|du|des|of)\s|d['’])/u.test(k.tail ?? '') && !/[.!?…,;:]\s*$/.test(k.content);
  if (goesOn) return finish(k, words, initial);
  // `« AVEU D'ÉCHEC »`, `'Establish facts'` alone on their line: a subheading quoting a few
  // words of someone's, a fragment rather than an utterance (with a stop or a comma, `"Naufrage
  // judiciaire."` is said whole).
  if (
    /^\s*$/.test(k.lead) &&
    words <= 3 &&
    !/[.!?,;:…]/.test(k.content) &&
    // (`"We are a` cut off at the text's end is a clause.)
    !CLAUSE_START[k.language ?? 'fr'].test(k.content.trim()) &&
    /^[^\S\n]*[»"”’'›]?[^\S\n]*(?:\n|$)/.test(k.tail ?? '')
  )
    return 'partial';
  if (initial && !continued && (words >= 3 || (startsUpper && (words >= 2 || k.cueAfter)))) return 'direct';
  // (The cue taken may be an earlier verb of the sentence: `X said the officer allegedly said “…”`.)
  const verbBefore = k.cueRightBefore || SPEECH_VERB_END[k.language ?? 'fr'].test(k.lead);
  if (startsUpper && words >= 4 && (k.cueAfter || verbBefore || /[,:]\s*$/.test(k.lead))) return 'direct';
  // `Belichick said, “we've got to…”`, `Selon lui, « la justice doit… »`: a whole utterance
  // after its cue and a comma, whatever its first letter.
  if (
    words >= 5 &&
    /,\s*$/.test(k.lead) &&
    (verbBefore || /(?:^|\s)(?:selon|d'après|[àa] en croire|according to)\s+[^,]{1,40},\s*$/iu.test(k.lead))
  )
    return 'direct';
  if (words >= 4 && fullSentences(k.content, k.lead, k.language)) return 'direct';
  // `Mais, souligne Lambert Mende, "le président n'a pris aucune initiative"`: a clause after
  // an incise told before it, set off by commas, is the utterance itself.
  if (
    words >= 5 &&
    k.attributed &&
    !k.cueAfter &&
    INCISE_LEAD.test(k.lead) &&
    (ANY_FINITE[k.language ?? 'fr'].test(k.content) ||
      CLAUSE_START[k.language ?? 'fr'].test(k.content.trim()) ||
      // (French `a` is always the verb: the preposition is `à`.)
      (k.language === 'fr' && /(?:^|[\s'’])a\s/u.test(k.content)))
  )
    return 'direct';
  // `Le plus optimiste : Jean-Louis Garcia (Troyes) « Au-delà de la victoire… »`: a speaker's
  // label (a name, maybe a team or a role in brackets) stands where a colon would.
  if (words >= 3 && startsUpper && SPEAKER_LABEL.test(k.lead)) return 'direct';
  // `X témoigne « j'ai l'espoir que… »`: a clause in the speaker's own first person right after
  // the verb is what was said, whatever its first letter.
  if (
    words >= 4 &&
    verbBefore &&
    !/(?:^|\s)(?:que|qu'|qu’|that)\s*$/iu.test(k.lead) &&
    !PHRASE_LEAD.test(k.lead) &&
    SPEAKER_FIRST[k.language ?? 'fr'].test(k.content.trim())
  )
    return 'direct';
  // `Fitzgerald noted "essentially, the state of Illinois was for sale."`: a clause right after
  // its speech verb, with no `that` and no words of the writer between, is what was said.
  if (
    words >= 4 &&
    verbBefore &&
    !/(?:^|\s)(?:que|qu'|qu’|that)\s*$/iu.test(k.lead) &&
    !PHRASE_LEAD.test(k.lead) &&
    /[.!?…]\s*$/.test(k.content.trim()) &&
    ANY_FINITE[k.language ?? 'en'].test(k.content)
  )
    return 'direct';
  if (words >= 3 && headlineClause(k.lead, k.content, k.language)) return 'direct';
  return finish(k, words, initial);
}

/** The kinds left once a quote is not a whole utterance: a title, a term, a charge, or someone's words. */
function finish(k: KindInput, words: number, initial: boolean): QuoteKind {
  // (`son dispositif « renforcé »`: an epithet after a term noun is wording, not the term's name.)
  if (
    !initial &&
    words <= 8 &&
    namesSomething(k.lead, k.content, k.attributed || (words <= 3 && evaluative(k.lead, k.content, k.language)))
  )
    return 'scare';
  if (!initial && words <= 5 && isNameAfterDeterminer(k.lead, k.content)) return 'scare';
  if (!initial && isNameAfterPreposition(k.lead, k.content, k.language)) return 'scare';
  // `milite "pour" la réforme`, `campaigned "against" it`: a stance, not a wording.
  if (words === 1 && STANCE.test(k.content.trim())) return 'scare';
  // `the "remote control" allegation`: the noun after the marks says the words are a label.
  if (!initial && words <= 4 && LABEL_AFTER.test(k.tail ?? '') && DETERMINER_BEFORE.test(stripMark(k.lead)))
    return 'scare';
  // `… ont rejoint le cortège des « gilets jaunes »`: a name after an article, with no cue of its own.
  if (k.weak && words <= 2 && ARTICLE_BEFORE.test(k.lead)) return 'scare';
  if (
    !initial &&
    (judicialCharge(k.lead, k.content) ||
      groupName(k.lead, k.content) ||
      (!k.spoken && chargeOrLabel(k.lead, k.content)))
  )
    return 'scare';
  if (k.attributed) return 'partial';
  // Unattributed: a word or two, or a noun phrase right after an article (`la salle des
  // « pourparlers sur les pourparlers »`), is a term; a stretch of someone's wording built into
  // the sentence (`l'ont « rapidement perdu de vue »`, `« à un endroit proche »`) is partial.
  // `François Hollande a « reconnu »`, `the decline was “surprising”`: a word of the subject's
  // own right after an auxiliary or a copula, part of the writer's verb phrase.
  if (AUX_BEFORE[k.language ?? 'fr'].test(k.lead) && /^\s*\p{Ll}/u.test(k.content)) return 'partial';
  // `Se disant «déterminé»`, `un suspect "très dangereux"`, `"behaving suspiciously"`: an
  // adjective, a participle or an adverb is how someone put it, not a name for a thing; and so
  // is a word after a possessive (`sa « honte »`, `his "frustration"`): the possessor's own.
  if (words <= 3 && !initial && (evaluative(k.lead, k.content, k.language) || possessed(k.lead, k.content)))
    return 'partial';
  if (words <= 2) return 'scare';
  if (words <= 6 && ARTICLE_BEFORE.test(k.lead)) return 'scare';
  return 'partial';
}

/** The lead without the opening mark and the spaces before it. */
function stripMark(lead: string): string {
  // (From the end, character by character: what `/[«"“„‹'‘\s]+$/u` removes, in time that
  // does not grow with the lead.)
  let end = lead.length;
  while (end > 0 && /[«"“„‹'‘\s]/u.test(lead[end - 1])) end--;
  return lead.slice(0, end);
}

/** A lone preposition of stance: `pour`, `contre`, `for`, `against`. */
const STANCE = /^(?:pour|contre|avec|sans|for|against|with|without|pro|anti)$/iu;

/** A label noun right after the closing mark: `the "…" allegation`, `le « … » slogan`. */
const LABEL_AFTER =
  /^[\s»"”’'›]*(?:allegations?|label|tag|slogan|jibe|remarks?|comments?|narrative|theory|moniker|nickname|rhetoric|charge|slur|taunt)(?![\p{L}])/iu;

/** Degree adverbs that open an adjective phrase: `très dangereux`, `strongly linked`. */
const DEGREE =
  /^(?:très|trop|si|plus|moins|assez|fort|bien|vraiment|totalement|absolument|extrêmement|particulièrement|very|so|too|more|less|quite|really|totally|fully|absolutely|extremely|highly|deeply|strongly|closely|clearly|utterly)$/iu;

/**
 * The first quoted word is an adjective, a past participle or an adverb by its ending
 * (`déterminé`, `dangereux`, `régulièrement`, `outrageous`, `linked`, `suspiciously`), or a
 * degree adverb: a way of putting things, someone's wording. Never after a determiner
 * (`un « véhicule »`, `a "golden" share`: a noun phrase of the writer's).
 */
function evaluative(lead: string, content: string, language: Language | undefined): boolean {
  const words = content
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || !words.every((w) => /^\p{Ll}[\p{Ll}'’-]*[.,!?]?$/u.test(w))) return false;
  if (NOUN_PHRASE_LEAD[language ?? 'fr'].test(stripMark(lead))) return false;
  const first = words[0].replace(/[.,!?]$/, '');
  if (DEGREE.test(first) && words.length >= 2) return true;
  // (`liberté`, `sécurité`: nouns in -ité are no participles; `greed`, `speed` no -ed forms.)
  if (/ités?$|eed$/u.test(first)) return false;
  return (
    /(?:é|ée|és|ées|eux|euse|euses|if|ive|ifs|ives|able|ables|ible|ibles|ante|antes|[^e]ment|emment|amment|ement)$/u.test(
      first,
    ) ||
    /(?:ed|ly|ous|ful|less)$/u.test(first) ||
    (words.length >= 2 && /ing$/u.test(first) && /ly$/u.test(words[1]))
  );
}

/** A determiner (and maybe one adjective) or `en`/`of` before the marks: a noun phrase of the writer's follows. */
const NOUN_PHRASE_LEAD: Record<Language, RegExp> = {
  // (French adjectives follow their noun: `un suspect « très dangereux »` is the noun's epithet.)
  fr: /(?:(?:^|[\s'’])(?:le|la|les|l'|l’|un|une|du|des|au|aux|son|sa|ses|leur|leurs|ce|cette|ces)|\sen)$/iu,
  en: /(?:(?:^|[\s'’])(?:the|a|an|his|her|their|its|our|this|these|those)(?:\s+\p{Ll}+)?|\s(?:of|in))$/iu,
};

/** A possessive right before one or two lower-case quoted nouns: `sa « honte »`, `his "frustration"`. */
function possessed(lead: string, content: string): boolean {
  const words = content
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 2 || !/^\p{Ll}/u.test(words[0])) return false;
  return /(?:^|[\s'’])(?:son|sa|ses|leur|leurs|his|her|their)$/iu.test(stripMark(lead));
}

/** A preposition or a determiner (and maybe one adjective) right before the marks. */
const NAME_LEAD: Record<Language, RegExp> = {
  fr: /(?:(?:^|[\s'’])(?:à|au|aux|avec|pour|par|sur|dans|de|du|des|d'|d’|en|chez|comme|contre|sans|sous|entre|le|la|les|l'|l’|un|une|son|sa|ses|leur|leurs|ce|cette|ces)(?:\s+\p{Ll}+)?|[»"”]\s+(?:et|ou))$/iu,
  en: /(?:(?:^|[\s'’])(?:told|to|on|in|at|with|for|from|by|of|the|a|an|his|her|their|its)(?:\s+\p{Ll}+)?|["”]\s+(?:and|or))$/iu,
};

/**
 * `avec « Les Jours heureux »`, `a expliqué X à « 20 minutes »`, `told "Good Morning
 * America"`: a few words opening on a capital or a digit after a preposition or a determiner,
 * with no verb of their own, are a title or a paper's name (French titles capitalise only
 * their first word).
 */
function isNameAfterPreposition(lead: string, content: string, language: Language | undefined): boolean {
  const lang = language ?? 'fr';
  const c = content.trim();
  const words = c.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  if (words.length === 0 || words.length > 6 || !/^[\p{Lu}\d]/u.test(c) || /[.!?,;:…]$/.test(c)) return false;
  if (ANY_FINITE.en.test(c) || ANY_FINITE.fr.test(c) || CLAUSE_START[lang].test(c)) return false;
  // English titles capitalise every word; a capital alone is a nationality (`of "Chinese aggression"`).
  if (lang === 'en' && !words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|a|an|in|on|for|to|at)$/.test(w)))
    return false;
  // (`l'opération « Sentinelle »`: a term noun before a capital names it, whoever speaks.)
  return NAME_LEAD[lang].test(stripMark(lead)) || TERMS.test(stripMark(lead));
}

/** An auxiliary or a copula right before the marks (French `a` is the verb; English `a` the article). */
const AUX_BEFORE: Record<Language, RegExp> = {
  // (and the copulas `reste`, `semble`, `remains`, `seemed`: `la situation reste « préoccupante »`)
  fr: /(?:^|[\s,])(?:a|ont|avait|avaient|aura|est|sont|était|étaient|sera|être|été|rest(?:e|ent|ait|aient|era)|sembl(?:e|ent|ait|aient)|para[iî]t|paraissait|demeur(?:e|ent|ait)|devien(?:t|nent)|devenu)\s*$/iu,
  en: /(?:^|[\s,])(?:is|are|was|were|be|been|has|have|had|remains?|remained|seems?|seemed|appears?|appeared|looks?|looked|sounds?|sounded|becomes?|became|stays?|stayed|feels?|felt)\s*$/iu,
};

/** A common speech verb right before the marks (`allegedly said “…”`, `a déclaré : « … »`). */
const SPEECH_VERB_END: Record<Language, RegExp> = {
  en: /(?:^|\s)(?:said|says|told\s+\p{Lu}[\p{L}'’.-]*|added|asked|wrote|tweeted|declared|stated|replied|answered|insisted|warned|explained|shouted|yelled)\s*[:,]?\s*$/u,
  fr: /(?:^|\s)(?:dit|déclaré|déclare|affirmé|affirme|lancé|lance|ajouté|ajoute|expliqué|explique|répondu|répond|indiqué|indique|souligné|souligne|assuré|assure|confié|confie|martelé|martèle|prévenu|prévient|insisté|insiste|écrit|tweeté|raconté|raconte)\s*[:,]?\s*$/u,
};

/** `…, souligne Lambert Mende, `: a verb and its inverted subject between commas ending the lead. */
const INCISE_LEAD = /,\s*\p{Ll}+(?:-t-(?:il|elle|on))?\s+(?:\p{Lu}|le\s|la\s|les\s|l['’])[^,.;:!?]{0,80},\s*$/u;

/** A speaker's label before the marks: `Jean-Louis Garcia (Troyes)`, `Le plus abattu : Frédéric Hantz (Metz)`. */
const SPEAKER_LABEL = /(?:^\s*|:\s*)(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*\([^()]{1,60}\)\s*$/u;

/** The speaker's own first person opening the words: `je`, `j'ai`, `nous`, `I`, `we`. */
const SPEAKER_FIRST: Record<Language, RegExp> = {
  fr: /^(?:(?:je|nous)(?![\p{L}])|j\s*['’]\p{L})/iu,
  en: /^(?:i|we|i'm|we're|i've|we've|i'd|we'd|i'll|we'll)(?![\p{L}])/u,
};

/** The lead ends where a whole utterance can start: after `que`/`that`, a comma or a colon, or nothing. */
const UTTERANCE_LEAD = /(?:^\s*|[,:]\s*|(?:^|\s)(?:que|qu'|that)\s*)$/iu;
/** …but not after a determiner or a preposition, where the quote is a noun phrase of the writer's. */
const PHRASE_LEAD =
  /(?:^|[\s'’])(?:le|la|les|l'|un|une|des|du|de|d'|au|aux|son|sa|ses|leur|leurs|ce|cette|ces|the|a|an|of|his|her|their|its|to|for|with)\s*$/iu;

/**
 * `…a répondu que « s'il y a une personne qui… c'est le député. Si demain… ? »`, `…aux
 * arrestations, « huit personnes ont été entendues. Des perquisitions… »`: a quote that holds a
 * sentence break of its own (or, in French, that closes its sentence inside the marks) after
 * `que`, a comma or nothing is a full utterance whatever its first letter. English copy puts
 * every full stop inside the marks (`confident “he's going to be cleared.”` stays partial).
 */
function fullSentences(content: string, lead: string, language: Language | undefined): boolean {
  if (!UTTERANCE_LEAD.test(lead) || PHRASE_LEAD.test(lead)) return false;
  const trimmed = content.trim();
  for (const m of trimmed.matchAll(/[.!?…]+(?=\s+[«"“]?\s*\p{Lu})/gu)) {
    const before = trimmed.slice(0, (m.index ?? 0) + 1);
    if (m[0] === '.' && endsWithAbbreviation(before)) continue;
    // a few words on either side: `Oui. Nous…` counts, `5 p.m. Monday` does not.
    if (/[\p{L}\d]{2,}[)\]]?[.!?…]+$/u.test(before)) return true;
  }
  return language === 'fr' && /[\p{L}\d][)\]]?\s*[.!?…]$/u.test(trimmed) && !endsWithAbbreviation(trimmed);
}

/** A finite verb anywhere in the words: they make a clause of their own. */
const ANY_FINITE: Record<Language, RegExp> = {
  en: /(?:^|[^\p{L}'’])(?:is|are|was|were|will|would|can|could|should|must|has|have|had|did|does|do|won't|can't|don't|doesn't|didn't|i'm|we're|it's)(?![\p{L}'’])/iu,
  fr: /(?:^|[^\p{L}'’])(?:est|sont|était|étaient|sera|seront|serait|ont|avait|avaient|va|vont|doit|doivent|peut|peuvent|faut|fait|font)(?![\p{L}'’])/iu,
};

/** `Gillibrand: If reelected ‘I will serve…’`, `Macron : demain « nous serons prêts »`: a name, a colon and a few words. */
const HEADLINE_LEAD = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*:\s+[^:;.!?«»"“”]{0,40}$/u;
/** A clause's subject pronoun or an auxiliary, modal or copula among the first words. */
const CLAUSE_START: Record<Language, RegExp> = {
  en: /^(?:i|we|you|he|she|they|it|there|i'm|we're|you're|it's|there's)(?![\p{L}'’])/iu,
  fr: /^(?:je|j'|nous|on|vous|il|ils|elle|elles|c'est|ce\s+sont|ce\s+n'est)(?![\p{L}'’])/iu,
};
const FINITE_EARLY: Record<Language, RegExp> = {
  en: /^(?:\S+\s+){0,3}(?:is|are|was|were|will|would|can|could|should|must|has|have|had|won't|can't|don't|doesn't)(?![\p{L}'’])/iu,
  // `a` only after a subject: first, it is the English article (`Trump: ‘a disaster’`).
  fr: /^(?:(?:\S+\s+){0,3}(?:est|sont|était|sera|seront|ont|avait|va|vont|doit|doivent|peut|peuvent|faut)|(?:\S+\s+){1,3}a)(?![\p{L}'’])/iu,
};

/**
 * A headline's `Name: … ‘quote’`: the quoted words after the speaker's name and a colon are
 * what they said, direct when they make a clause (a subject pronoun, or a verb early on).
 */
function headlineClause(lead: string, content: string, language: Language | undefined): boolean {
  if (!HEADLINE_LEAD.test(lead)) return false;
  const c = content.trim().replace(/^[\s.…([]+/u, '');
  return CLAUSE_START[language ?? 'en'].test(c) || FINITE_EARLY[language ?? 'en'].test(c);
}

/**
 * `condamné pour « participation »`, `le mouvement des « gilets jaunes »`, `charged with
 * "assault"`: one or two quoted nouns after a preposition name a charge, a category or a
 * movement, not someone's wording.
 */
export function chargeOrLabel(lead: string, content: string): boolean {
  const words = content.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 2 || /[.!?,;:]\s*$/.test(content)) return false;
  if (judicialCharge(lead, content) || groupName(lead, content)) return true;
  const before = stripMark(lead);
  // `accusé de « mentir »`: de + an infinitive is someone's wording.
  if (/(?:^|\s)(?:de|d'|d’)$/iu.test(before) && /^\p{Ll}+(?:er|ir|re)$/u.test(words[0])) return false;
  return CHARGE_BEFORE.test(before) || /(?:»|"|”)\s+(?:et|ou|and|or)$/u.test(before);
}

/**
 * `mis en examen pour « prise illégale d'intérêts »`, `charged with "causing death by dangerous
 * driving"`: the charge a person faces is the law's wording, whoever reports it.
 */
function judicialCharge(lead: string, content: string): boolean {
  const words = content.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 7 || /[.!?,;:]\s*$/.test(content)) return false;
  const before = stripMark(lead);
  if (JUDICIAL.test(before)) return true;
  // `jugés coupables de « vol »`, `found guilty of "assault"`: de + an infinitive is wording.
  if (GUILTY.test(before) && !(/(?:de|d'|d’)$/iu.test(before) && /^\p{Ll}+(?:er|ir|re)$/u.test(words[0]))) return true;
  // `pour « participation » et « destruction »`: the next charge of a list is a charge too.
  const listed = /^(.*)[«"“„‹'‘][^«»"“”„‹›'‘’]{1,80}[»"”›'’]\s*(?:,|et|ou|and|or)$/su.exec(before);
  return !!listed && judicialCharge(listed[1], content);
}

/** `coupables de`, `accusé de`, `found guilty of`: what follows is the charge. */
const GUILTY = /(?:^|\s)(?:coupables?|accus[ée]e?s?|guilty|accused)\s+(?:de|d'|d’|du|des|pour|of)$/iu;

/**
 * `le mouvement des « gilets jaunes »`, `le collectif « Nous Toutes »`, `the "Proud Boys"
 * group`: a short quoted name after a group noun names the group, whoever reports it.
 */
function groupName(lead: string, content: string): boolean {
  const words = content.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 4 || /[.!?,;:]\s*$/.test(content)) return false;
  // `que son groupe « prendrait ses responsabilités »`: a verb first is the group's words, not its name.
  if (FINITE_FIRST.test(content)) return false;
  return GROUP_BEFORE.test(stripMark(lead));
}

/** A quote opening on a finite verb or a negation (`prendrait…`, `est prêt`, `will not…`). */
const FINITE_FIRST =
  /^(?:est|sont|a|ont|va|vont|doit|doivent|peut|peuvent|fait|font|sera|seront|serait|seraient|veut|veulent|ne|n'|n’|se|s'|s’|is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|did|do)(?=[\s'’]|$)|^\p{Ll}+(?:rait|raient|ront|ra|aient|ait)(?=\s|$)/u;

const GROUP_BEFORE =
  /(?:^|[\s'’])(?:mouvements?|collectifs?|groupes?|groupuscules?|movements?|groups?|collectives?)(?:\s+(?:des|du|de|d'|d’|of|of the|called|named|dit|baptis[ée]))?$/iu;

const JUDICIAL =
  /(?:condamn\p{L}*|mis\p{L}* en examen|poursuivi\p{L}*|inculp\p{L}*|[ée]crou\p{L}*|plac\p{L}* en garde à vue|jug\p{L}* pour|charged|convicted|indicted|arrested|jailed|sentenced|on suspicion)\s+(?:pour|for|with|of|du chef d[e'’]|des chefs d[e'’])$/iu;

/** A charge or a movement's preposition: `pour`, `des`, `of`, `with`, after a judicial verb for `de`. */
const CHARGE_BEFORE =
  /(?:(?:^|\s)(?:pour|des|du|for|of)|(?:condamn|accus|inculp|poursuivi|soupçonn|suspect|charg|convict|indict|arrest|jug)\p{L}*\s+(?:d'|d’|de|du|des|with|of|for))$/iu;

/** Words that introduce a name or a title, whoever speaks: `baptisé « … »`, `le livre « … »`. */
const TITLES =
  /(?:^|[\s'’])(?:so-called|dubbed|nicknamed|titled|entitled|baptis[ée]e?s?|intitul[ée]e?s?|surnomm[ée]e?s?|livre|ouvrage|roman|film|documentaire|court-m[ée]trage|long-m[ée]trage|pi[èe]ce|op[ée]ra|ballet|festival|podcast|tableau|s[ée]rie|[ée]mission|chanson|album|spectacle|exposition|book|novel|movie|documentary|play|opera|festival|podcast|painting|series|show|song|hashtag|slogan|motto|se\s+revendiqu\p{L}*|se\s+r[ée]clam\p{L}*\s+d[eu']?|se\s+disant|se\s+qualifi\p{L}*\s+d[e']|self-described|self-styled|calling\s+(?:himself|herself|themselves|itself))(?:\s+(?:de|d'|d’|du|des|of|the|la|le|l'|l’))?\s*$/iu;
/** Nouns that introduce a term when nobody is said to speak: `l'opération « … »`, `le principe de « … »`. */
const TERMS =
  /(?:^|[\s'’])(?:op[ée]ration|plan|programme|projet|dispositif|mot|mots|terme|termes|expression|formule|surnom|label|marque|principe|notion|concept|operation|program|project|word|term|phrase|label|brand|principle|notion|concept)(?:\s+(?:de|d'|d’|du|des|of|the|la|le|l'|l’))?\s*$/iu;

/**
 * True when the quoted words name something (a title, an operation, a term) rather than
 * report speech: the words just before the marks introduce a name, or every word of a short
 * unattributed quote is capitalized.
 */
function namesSomething(lead: string, content: string, attributed: boolean): boolean {
  const before = lead.replace(/[«"“„‹'‘]\s*$/u, '');
  if (TITLES.test(before)) return true;
  if (attributed) return false;
  if (TERMS.test(before)) return true;
  const words = content.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:de|du|des|of|the|and|et|la|le|les|a|in|on|for|to)$/i.test(w))
  );
}

/** An article or a contracted preposition right before the marks: a noun phrase follows. */
const ARTICLE_BEFORE = /(?:^|[\s'’])(?:the|a|an|le|la|les|l'|l’|un|une|des|du|au|aux)\s*$/iu;

/** A determiner (and maybe one adjective) right before the marks: `the former “…”`, `le « … »`. */
const DETERMINER_BEFORE =
  /(?:^|[\s'’])(?:the|a|an|his|her|their|its|our|le|la|les|l'|l’|un|une|du|des|au|aux|son|sa|ses|leur|leurs|ce|cette)(?:\s+\p{Ll}+)?\s*$/u;

/**
 * `the “Empire” actor`, `the 'Sunday World'`, `le « Canard enchaîné »`: a quoted Title Case
 * name after a determiner is a name (a show, a newspaper), not words someone said.
 */
function isNameAfterDeterminer(lead: string, content: string): boolean {
  const before = lead.replace(/[«"“„‹'‘]\s*$/u, '');
  if (!DETERMINER_BEFORE.test(before)) return false;
  if (/[.!?,;:]\s*$/.test(content)) return false;
  const words = content.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return (
    words.length >= 1 &&
    /^\p{Lu}/u.test(words[0]) &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:de|du|des|of|the|and|et|la|le|les|in|on|for)$/i.test(w))
  );
}

/** Spans helper: the lead of a quote in its sentence. */
export function leadOf(view: string, sentence: Span, open: number): string {
  return view.slice(sentence.start, Math.max(sentence.start, open));
}
