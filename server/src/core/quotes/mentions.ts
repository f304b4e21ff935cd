/**
 * Speaker mentions: the words in a sentence that can name who speaks — a name (`Sergueï
 * Lavrov`, `M. Dupont`), a description (`le porte-parole du Conseil de sécurité nationale`,
 * `des sources proches des discussions`, `le Kremlin`), a pronoun (`il`, `she`), or two of
 * them joined (`Moscou et Washington`). A light, rule-based noun-phrase reader: no tagger.
 */
import { nationalityWords } from './nationality';
import type { ActorKind, Language } from '../types';
import {
  DETERMINERS,
  firstNameGender,
  GROUP_ROLES,
  NOT_NAMES,
  ORGANIZATION_NOUNS,
  PERSON_ROLES,
  PLACE_HINTS,
  PREPOSITIONS,
  PRONOUNS,
  SOURCE_DOCUMENTS,
  TITLES,
} from './roles';
import { isCapitalized, tokenAt, type Token } from './view';
import { aloneOnLine, fold } from '../text';
import { isGenderedFirstName, isNationality, isTradeNoun, STORMS, writtenAsHeaded } from '../actors/lexicon';
import { EN_PLACE_HEADS, FR_PLACE_HEADS } from '../actors/institutions';

/** Nouns that end an English event's name or open a French one (`… Investment Conference`, `Sommet de …`). */
const EVENT_HEADS = new Set(
  (
    'conference summit convention festival symposium expo exhibition championship championships olympics games awards ' +
    'conférence sommet salon championnat jeux cup coupe tournament tournoi trophy trophée'
  )
    .split(' ')
    .map(fold),
);

const headedCache = new WeakMap<MentionContext, Map<string, boolean>>();

/** True when the text writes `name` right after an office that heads something (`directeur de`, `CEO of`). */
function headedInText(text: string, name: string, ctx: MentionContext): boolean {
  let cache = headedCache.get(ctx);
  if (!cache) headedCache.set(ctx, (cache = new Map()));
  let headed = cache.get(name);
  if (headed === undefined) cache.set(name, (headed = writtenAsHeaded(text, name)));
  return headed;
}

export type MentionType = 'name' | 'role' | 'pronoun' | 'joint';

/** A way the text names a possible speaker. */
export interface SpeakerMention {
  start: number;
  end: number;
  type: MentionType;
  /** For a name: the name itself, without title or article. For a role: the description. */
  name: string;
  /** Span of `name` in the text. */
  nameStart: number;
  nameEnd: number;
  kind: ActorKind | null;
  plural: boolean;
  gender: 'm' | 'f' | null;
  /** A description tied to a name by apposition (`le vice-ministre…, Sergueï Riabkov`). */
  role: string | null;
  roleStart: number;
  roleEnd: number;
  /** The folded preposition just before the mention (`de`, `par`, `selon`), if any. */
  prep: string | null;
  /** The conjuncts of a joint mention. */
  parts: SpeakerMention[];
  /** `l'un d'eux`, `one of them`: one member of the group last spoken of. */
  member?: boolean;
  /** `Hurricane Florence`: a storm named like a person, which takes a subject's place but never speaks. */
  weather?: boolean;
}

const ADJ_BEFORE = new Set(
  'premier premiere premiers premieres haut haute ancien ancienne anciens anciennes nouveau nouvelle nouveaux nouvelles ex futur future actuel actuelle grand grande grands grandes jeune jeunes vieux vieille vieilles petit petite petits petites celebre puissant puissante influent influente vice principal principale autre seul seule simple porte senior former top chief acting deputy new'.split(
    ' ',
  ),
);

const TAIL_STOP = new Set(
  (
    "a ont est sont etait etaient avait avaient sera seront serait seraient s' se n' ne qui que qu' dont et ou mais " +
    'au aux en dans sur par pour avec lors selon comme y il elle ils elles on ce cette ces leur leurs son sa ses lui me te nous vous ' +
    'aussi egalement encore deja toujours notamment alors ainsi avoir etre fait ete plus tres bien pas jamais ' +
    'hier aujourd demain le la les un une des lundi mardi mercredi jeudi vendredi samedi dimanche soir matin apres ' +
    'avant depuis pendant devant vers contre entre sans chez tout tous toute toutes ni si puis donc car or quand ' +
    'lorsque meme reuni reunis reunie reunies vient venait peut pourrait doit devrait veut voulait va allait ' +
    'is are was were has have had will would said says told who which that whose and or but to in on at by with ' +
    'for from as also already still on monday tuesday wednesday thursday friday saturday sunday ' +
    // (Adverbs without `-ly`: `the department of homeland security later said`.)
    'later earlier then now again soon yesterday today tonight tomorrow previously since once'
  ).split(' '),
);

const JOINERS = new Set(['et', 'and', '&']);

/** Endings of French adjectives (`vaudois`, `régionale`, `sortant`, `élue`) that may follow a description's complement. */
const FR_ADJECTIVE_END =
  /(?:ais|aise|ois|oise|ien|ienne|ain|aine|al|ale|aux|ales|ique|iques|el|elle|if|ive|e|ee|es|ees|eur|aire|iste|ant|ante|ais|in|ine|ien|e)$/;

/** Capitalised heads of French organisation names that go on in lower case (`Ligue des droits de l'homme`). */
const FR_ORGANIZATION_HEADS = new Set(
  'ligue cour caisse ordre office conseil autorite agence institut federation union association commission banque chambre direction observatoire syndicat fondation comite mouvement confederation haut haute'.split(
    ' ',
  ),
);

/** Relatives and partners a first name alone may follow (`wife Susan`, `sa fille Léa`). */
const RELATIVE_BEFORE_NAME = new Set(
  'wife husband son daughter brother sister mother father partner girlfriend boyfriend fiance fiancee friend uncle aunt grandson granddaughter femme epouse mari fils fille frere soeur mere pere compagnon compagne ami amie oncle tante cousin cousine petit-fils petite-fille'.split(
    ' ',
  ),
);

/** Known first names that are words too, never read as a person alone (`the Bill`, `Grace`, `Will`). */
const LONE_FIRST_NAME_STOP = new Set(
  'bill will mark frank guy grace rose hope faith joy may june april august victoria florence georgia jordan madison lincoln austin dean jack max rob pat sue ray ruby holly amber dawn summer autumn iris olive ivy page paige chase hunter carter tucker wade glenn gay sandy lance miles rich bob don ken royal prince king earl sky star angel dominique claude camille'.split(
    ' ',
  ),
);

/** Articles and possessives that never follow an adjective inside a French description, only a verb (`motive sa`). */
const FR_ARTICLE_AFTER_VERB = new Set("le la les l' un une sa son ses leur leurs ce cet cette ces".split(' '));

/** Endings of French future, conditional, imperfect and past tenses (`tiendra`, `aurait`, `renvoyaient`): never in a description. */
const FR_FINITE_END = /(?:[^e]ra|ront|rait|raient|aient|erent|irent|[^f]ait)$/;

/** Auxiliaries that, right after `Name,`, start the sentence's predicate rather than an apposition. */
const VERB_AFTER_COMMA = new Set(
  'a ont avait avaient est sont etait etaient sera seront serait aurait has have had is was were will would'.split(' '),
);

/** Adverbs, auxiliaries and common verbs that never belong to a description. */
const NOT_IN_DESCRIPTION = new Set(
  (
    'peu hier neanmoins pourtant cependant toutefois desormais ensuite enfin aurait auraient avait avaient serait seraient ' +
    'pourra pourrait peut peuvent doit doivent fait font veut veulent va vont vient viennent reste restent ' +
    'semble semblent estime estiment juge jugent affirme renvoie renvoient indique precise souligne annonce ' +
    'refuse demande propose explique prend met dit donne tient voit sait ' +
    // Present-tense third persons of irregular verbs (`le gouvernement vaudois sort de…`).
    'sort sortent part partent tiennent maintient maintiennent retient obtient soutient soutiennent devient ' +
    'deviennent revient reviennent intervient previent mettent remet promet permet admet prennent reprend ' +
    'comprend apprend disent redit refait voient croit croient savent rejoint rejoignent craint plaint atteint ' +
    'suit suivent poursuit poursuivent ouvre ouvrent offre recoit recoivent sent sert perd perdent rend rendent ' +
    'repond repondent attend attendent entend defend pretend bat combat connait reconnait parait apparait vit vivent'
  ).split(' '),
);

/** Capitalized words that open sentences and are never names. */
const SENTENCE_OPENERS = new Set(
  // (And nouns that open a label before a colon: `Objectif: dénoncer "la répression"`, `Résultat:`.)
  'asked speaking writing interviewed responding addressing talking reached contacted quoted interroge interrogee interroges sollicite sollicitee joint jointe contacte contactee cote objectif resultat bilan motif raison verdict consequence probleme'.split(
    ' ',
  ),
);

/** `de la Décentralisation`, `des Affaires coutumières`: a French office's complement, capitalised. */
const OFFICE_COMPLEMENT = String.raw`(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’])\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}`;
/**
 * What may stand between an office and the comma before its holder's name: an acronym in
 * brackets, a scope (`pour le Mali`), and more complements set off by a comma (`, de la
 * Décentralisation et de la Sécurité`).
 */
const OFFICE_SCOPE = new RegExp(
  String.raw`^\s*(?:\([^()\n]{1,20}\)\s*)?` +
    String.raw`(?:(?:pour|for)\s+(?:le\s+|la\s+|l['’]|les\s+|the\s+)?\p{Lu}[\p{L}'’-]*\s*)?` +
    // (`des spécialistes en médecine d'urgence, le Dr X`: a field after `en`.)
    String.raw`(?:en\s+\p{Ll}[\p{L}-]*(?:\s+(?:d['’]|de\s+|du\s+)?\p{Ll}[\p{L}-]*){0,2}\s*)?` +
    String.raw`(?:,\s*${OFFICE_COMPLEMENT}(?:\s+(?:et\s+)?${OFFICE_COMPLEMENT})*\s*)?,\s*`,
  'u',
);

function isSingularPerson(r: { kind: ActorKind; plural: boolean } | null): boolean {
  return r?.kind === 'person' && !r.plural;
}

/** English prepositions written as participles, whose objects are sources or times (`According to the ministry`). */
const ING_PREPOSITIONS =
  /^(?:according|following|regarding|including|concerning|during|considering|excluding|barring|pending)$/;

/** Prepositions after an English participle that opens a sentence (`Speaking to reporters`). */
const EN_OPENER_PREPOSITION =
  /^(?:to|by|with|in|on|at|from|for|about|after|before|during|outside|into|through|against|alongside)$/;

/** French nouns after which `des` is `de les`, a complement (`à la tête des`, `au nom des`), folded. */
const NOUNS_BEFORE_DES =
  /^(?:tete|nom|part|cote|plupart|majorite|porte-parole|representant|representante|representants)$/;

/** Lower-case words that follow a name rather than a participle (`Manning told`, `Fleming and`). */
const EN_NAME_FOLLOWERS = new Set(
  'said told tell say will would could can may might must shall should did does do had and or but who whom whose which that then also'.split(
    ' ',
  ),
);

/** A word of an English office before its holder's name (`professor`, `Chief`, `Executive`). */
function isOfficeWord(x: Token, lang: Language): boolean {
  return roleKind(x.norm, lang)?.kind === 'person' || /^(?:chief|executive|deputy|vice|senior|acting)$/.test(x.norm);
}

/**
 * A person's name read after an owner and an office (`Transport minister Ravi Menon`, `UN envoy
 * to Yemen Martin Griffiths`): the mention starts at the owner, the office its role unless the
 * name read one. False, untouched, when what was read is no person's name.
 */
function titledPerson(nm: SpeakerMention, text: string, start: number, officeEnd: number): boolean {
  if (nm.type !== 'name' || nm.kind === 'organization' || nm.kind === 'place') return false;
  nm.start = start;
  nm.kind = 'person';
  if (nm.role === null) {
    nm.role = text.slice(start, officeEnd);
    nm.roleStart = start;
    nm.roleEnd = officeEnd;
  }
  return true;
}

/** A lower-case word that can name a service (`police`, `fire`), not a function word or a verb. */
function serviceWord(t: Token, ctx: MentionContext): boolean {
  return (
    /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) &&
    !PREPOSITIONS.en.includes(t.norm) &&
    !DETERMINERS.en.includes(t.norm) &&
    !/^(?:and|or|but|nor|as|than|who|whom|which|that|when|while|if|because|so|then|now|also|only)$/.test(t.norm) &&
    !ctx.isVerb(t.norm)
  );
}

/** Whether the words from `from` on reach a comma within a dozen words, before the sentence ends. */
function participleClauseClosed(text: string, tokens: readonly Token[], from: number): boolean {
  for (let j = from + 1; j < Math.min(tokens.length, from + 12); j++) {
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    if (gap.includes(',')) return true;
    if (/[.!?:;\n"“”«»]/.test(gap)) return false;
  }
  return false;
}

/** `van Aert a pointé`, `von der Leyen`: a surname's particle written in lower case in running text. */
function isLowerSurnameParticle(t: Token): boolean {
  return t.text === 'van' || t.text === 'von';
}

/**
 * `Venu à Oran pour animer le forum, le ministre…`, `Arrivée sur place, la police…`: a French
 * participle opening a sentence before its complement, capitalised only by its place.
 */
function openingParticiple(text: string, tokens: readonly Token[], i: number, ctx: MentionContext): boolean {
  if (ctx.knownKind(tokens[i].norm) !== null) return false;
  if (!/(?:^|[.!?:)\n]\s*)$/.test(text.slice(Math.max(0, tokens[i].start - 3), tokens[i].start))) return false;
  if (ctx.language === 'en') {
    // `Wanting to stress that…`, `Speaking to reporters`, `Asked about the deal`.
    const next = tokens[i + 1];
    if (!/^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u.test(tokens[i].text) || isFirstName(tokens[i].norm) || !next) return false;
    if (EN_OPENER_PREPOSITION.test(next.norm)) return true;
    // A present participle and its object: `Making a jibe at Mr Corbyn, Mrs May said`,
    // `Thanking Aucklanders for their cooperation, he described…`.
    if (!/ing$/.test(tokens[i].norm)) return false;
    if (/^(?:a|an|the|his|her|their|its|this|that|these|those|some|our|my)$/.test(next.norm)) return true;
    // A bare noun as its object, the clause closed by a comma: `Putting pressure on the Prime
    // Minister, Mrs Badenoch asked` (a surname such as `Manning` goes on to its verb instead).
    if (/^\p{Ll}+$/u.test(next.text) && !/(?:s|ed)$/.test(next.norm) && !EN_NAME_FOLLOWERS.has(next.norm))
      return participleClauseClosed(text, tokens, i + 1);
    return /^\p{Lu}/u.test(next.text) && EN_OPENER_PREPOSITION.test(tokens[i + 2]?.norm ?? '');
  }
  if (!/^\p{Lu}\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites|ant)$/u.test(tokens[i].text)) return false;
  const next = tokens[i + 1];
  // (`Jacques a 79 ans`, `Marie a déclaré`: a first name before the verb `a`, not a participle
  // before `à`.)
  if (!next || (next.text === 'a' && isFirstName(tokens[i].norm))) return false;
  // (A present participle takes its object: `Prenant la parole, Me Malick Sall…`.)
  if (/ant$/.test(tokens[i].norm) && FR_ARTICLE_AFTER_VERB.has(next.norm) && !isFirstName(tokens[i].norm)) return true;
  return /^(?:a|au|aux|pour|par|de|du|des|d'|en|dans|sur|sous|avec|depuis|apres|lors|devant|chez)$/.test(next.norm);
}

/** French institutions named after a person (`l'hôpital Saint-Antoine`, `le lycée Victor Hugo`), folded. */
const INSTITUTION_BEFORE_NAME = new Set(
  (
    'hopital clinique college lycee ecole universite musee theatre institut ehpad chu ' +
    // (`une usine Lactalis de la Manche`, `l'enseigne Leclerc`: a firm's site or brand.)
    'usine entreprise societe firme enseigne magasin supermarche hypermarche laiterie fromagerie ' +
    'abattoir raffinerie centrale cooperative'
  ).split(' '),
);

/** Abbreviated titles before a name, written with a dot. */
const ABBREVIATED_TITLES = new Set(
  'rep sen gov gen lt col maj sgt cpl capt cmdr adm brig pres prof hon rev supt insp det amb atty'.split(' '),
);

/** The office an abbreviated title stands for (`Gov.` is a governor), where it is one. */
const ABBREVIATED_OFFICES: Record<string, string> = {
  rep: 'representative',
  sen: 'senator',
  gov: 'governor',
  gen: 'general',
  col: 'colonel',
  sgt: 'sergeant',
  capt: 'captain',
  pres: 'president',
  prof: 'professor',
  supt: 'superintendent',
  insp: 'inspector',
  det: 'detective',
  amb: 'ambassador',
  atty: 'attorney',
};

/** Weekdays and months, which never go on a name (`The BJP Friday termed…`). */
const CALENDAR_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi ' +
    'dimanche january february april june july august september october november december janvier fevrier ' +
    'avril juin juillet aout septembre octobre novembre decembre'
  ).split(' '),
);

/** Particles that open a surname when capitalised (`De Wever`, `Van Overtveldt`, `Di Rupo`). */
const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'du']);
/** A family name opening with a particle joined by a hyphen: `al-Yamani`, `el-Sisi`, `ould-Abdallah`. */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|at|an|ash|az|bin|ben|abu|ibn|ould|ag)-\p{Lu}/u;
const PARTICLES = new Set("von van der den de du des d' bin ben al el da di del ibn abu la le dos das".split(' '));

/** What the mention reader needs about the language and the speech verbs. */
export interface MentionContext {
  language: Language;
  /** True when a folded word is a speech-verb form (it ends a description). */
  isVerb: (norm: string) => boolean;
  /** Folded words that appear in lower case somewhere in the article (`Côté` at a sentence start is not a name). */
  lowerWords: Set<string>;
  /** Kind of a known actor whose name or alias is this folded text, if any. */
  knownKind: (folded: string) => ActorKind | null;
  /** True for the family name of a person the actor finder named in full (`Smith` of `Kenny Smith`). */
  isSurname?: (folded: string) => boolean;
}

const asSets = (table: Record<Language, string[]>): Record<Language, Set<string>> => ({
  fr: new Set(table.fr),
  en: new Set(table.en),
});
const GROUP_SET = asSets(GROUP_ROLES);
const PERSON_SET = asSets(PERSON_ROLES);
const ORGANIZATION_SET = asSets(ORGANIZATION_NOUNS);
const GROUP = { kind: 'organization' as const, plural: true };
const PERSON = { kind: 'person' as const, plural: false };
const ORGANIZATION = { kind: 'organization' as const, plural: false };

export function roleKind(norm: string, lang: Language): { kind: ActorKind; plural: boolean } | null {
  // `l'ex-ministre`, `the ex-president`: a former holder is a person of the same office.
  if (norm.startsWith('ex-') && norm.length > 5) return roleKind(norm.slice(3), lang);
  // `le vice-capitaine`, `the vice-chair`, `the sub-director`, `le sous-préfet`: the office's
  // deputy is a person too.
  const deputy = /^(?:vice|sub|sous|under)-(.{3,})$/.exec(norm);
  if (deputy && PERSON_SET[lang].has(deputy[1])) return PERSON;
  if (GROUP_SET[lang].has(norm)) return GROUP;
  if (PERSON_SET[lang].has(norm) || isTradeNoun(norm)) return PERSON;
  if (norm.endsWith('s') && (PERSON_SET[lang].has(norm.slice(0, -1)) || isTradeNoun(norm.slice(0, -1)))) return GROUP;
  if (ORGANIZATION_SET[lang].has(norm)) return ORGANIZATION;
  // `le ministre-conseiller`, `le député-maire`: two offices joined are one person's.
  const parts = norm.split('-');
  if (parts.length === 2 && parts.every((p) => PERSON_SET[lang].has(p))) return PERSON;
  // `le colonel-major`, `le sergent-chef`, `le médecin-chef`: an office and its grade.
  if (
    parts.length === 2 &&
    PERSON_SET[lang].has(parts[0]) &&
    /^(?:major|chef|adjoint|adjointe|general|generale)$/.test(parts[1])
  )
    return PERSON;
  // `la codirectrice`, `le cofondateur`, `co-président`: one of the office's holders.
  const co = /^co-?(.{4,})$/.exec(norm);
  if (co && PERSON_SET[lang].has(co[1])) return PERSON;
  // `The 52-year-old said`: someone told by their age.
  if (lang === 'en' && /^\d{1,3}-year-olds?$/.test(norm)) return norm.endsWith('s') ? GROUP : PERSON;
  return null;
}

/** A singular person's office (`commander`, `partner`, `directrice`). */
function officeNoun(norm: string, lang: Language): boolean {
  const k = roleKind(norm, lang);
  return k?.kind === 'person' && !k.plural;
}

/**
 * Reads the speaker mentions in tokens `[from, to)` of one sentence, left to right, without
 * overlaps. `text` is the article (for mention texts), `tokens` the view's words.
 */
export function readMentions(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  ctx: MentionContext,
): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  let i = from;
  while (i < to) {
    // (`Speaking outside city hall, Kowalski…`: an opening participle is tried before a name,
    // which its capital would make of it.)
    const opener =
      ctx.language === 'en' &&
      /(?:ing|ed)$/.test(tokens[i].norm) &&
      !ING_PREPOSITIONS.test(tokens[i].norm) &&
      openingParticiple(text, tokens, i, ctx);
    // (`said District 4 Fire Chief Ron Simmons`, `Channel 4 reporter Jane Doe`: a numbered label
    // before an office or a name is where the person works, not who speaks.)
    if (
      isCapitalized(tokens[i].text) &&
      i + 2 < to &&
      /^\d{1,3}$/.test(tokens[i + 1].text) &&
      adjacent(text, tokens[i], tokens[i + 1]) &&
      adjacent(text, tokens[i + 1], tokens[i + 2]) &&
      (isCapitalized(tokens[i + 2].text) || roleKind(tokens[i + 2].norm, ctx.language)?.kind === 'person')
    ) {
      i += 2;
      continue;
    }
    // (`Mother-of-two Jane Hughes said`, `Father-of-three Tom Green`: a capitalised compound in
    // lower-case parts before a name describes the person, it is no part of the name.)
    if (
      /^\p{Lu}\p{Ll}+(?:-\p{Ll}+){2,}$/u.test(tokens[i].text) &&
      i + 1 < to &&
      isCapitalized(tokens[i + 1].text) &&
      adjacent(text, tokens[i], tokens[i + 1])
    ) {
      i++;
      continue;
    }
    // (`Hurricane Florence threatened…`: a storm's given name is no one's; the storm holds the
    // subject's place, but speaks for no one.)
    const storm = STORMS.has(tokens[i].norm) && i + 1 < to && /^\p{Lu}/u.test(tokens[i + 1].text);
    const m = opener ? null : mentionAt(text, tokens, storm ? i + 1 : i, to, ctx);
    if (m && storm) {
      const name = text.slice(tokens[i].start, m.mention.end);
      m.mention = {
        ...m.mention,
        start: tokens[i].start,
        name,
        nameStart: tokens[i].start,
        kind: null,
        gender: null,
        weather: true,
      };
    }
    if (m) {
      // (`Le parti du président guinéen Alpha Condé a condamné`: a name right after an office
      // that a description's complement ends on holds that office — a complement too, never
      // the subject.)
      const prev = out[out.length - 1];
      const office =
        prev?.type === 'role'
          ? /\s(?:du|des|de\s+la|de\s+l['’]|d['’])\s*([\p{L}-]+)$/u.exec(text.slice(prev.start, prev.end))
          : null;
      if (
        ctx.language === 'fr' &&
        office &&
        m.mention.type === 'name' &&
        m.mention.prep === null &&
        /^\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(prev.end, m.mention.start)) &&
        roleKind(fold(office[1]), ctx.language)?.kind === 'person'
      )
        m.mention.prep = 'du';
      out.push(m.mention);
      i = m.next;
    } else if (opener) {
      // `Thanking Aucklanders for their cooperation, he described…`: the opening participle's
      // phrase, up to its comma, holds its objects, not the sentence's subject.
      let k = i + 1;
      let gap = '';
      while (k < to && k - i <= 25 && !/[,.!?;:«»"“”]/.test((gap = text.slice(tokens[k - 1].end, tokens[k].start))))
        k++;
      i = k < to && /^\s*,\s*$/.test(gap) ? k : i + 1;
    } else i++;
  }
  return joinConjuncts(text, tokens, out, ctx);
}

/** English adjectives and participles that follow a description with their complement (`officials familiar with the matter`). */
const POST_MODIFIERS = new Set(
  (
    'familiar close closest opposed involved knowledgeable briefed loyal sympathetic critical responsible ' +
    'linked tied allied connected related attached assigned dedicated committed close-knit aligned ' +
    'knowledgable privy party friendly hostile speaking working'
  ).split(' '),
);

/** How a source's anonymity is told after their description (`sous couvert d'anonymat`, `speaking on condition of anonymity`). */
const ANONYMITY =
  /\s+(?:sous(?:\s+(?:le\s+)?couvert\b|$)|(?:speaking\s+|talking\s+)?on\s+condition\s+of|(?:speaking\s+|talking\s+)?under\s+condition\s+of|requesting\s+anonymity)\b/iu;

/** A description without the words telling its anonymity: `un responsable syndical sous couvert d'anonymat` → `responsable syndical`. */
function withoutAnonymity(text: string, m: SpeakerMention): SpeakerMention {
  if (m.type !== 'role') return m;
  const cut = ANONYMITY.exec(text.slice(m.nameStart, m.nameEnd));
  if (!cut || cut.index === 0) return m;
  const nameEnd = m.nameStart + cut.index;
  return { ...m, nameEnd, end: Math.min(m.end, nameEnd), name: text.slice(m.nameStart, nameEnd) };
}

/**
 * Whether token `k` is a word that never opens a name; an acronym in running text is no such
 * word, whatever word it spells (`the UN said` is no French article).
 */
function notAName(tokens: readonly Token[], k: number, lang: Language): boolean {
  if (!NOT_NAMES.has(tokens[k].norm)) return false;
  const caps = (x: Token | undefined): boolean => !!x && /^\p{Lu}{2,}/u.test(x.text);
  const next = tokens[k + 1];
  // (Not before an office or a possessive, which read it as their owner: `UN envoy says`,
  // `the UN's most powerful body`.)
  const owner = !!next && (next.norm === 's' || roleKind(next.norm, lang) !== null);
  return !(/^\p{Lu}{2,}$/u.test(tokens[k].text) && !caps(tokens[k - 1]) && !caps(next) && !owner);
}

function adjacent(text: string, a: Token, b: Token): boolean {
  return /^\s*$/.test(text.slice(a.end, b.start));
}

/** A name mention over `[start, end)` (an article before it left out of the name), of a given kind. */
/** A courtesy title's letters in capitals are an acronym (`le MR juge`: the Mouvement réformateur, not `Mr`). */
const TITLE_ACRONYM = /^(?:MR|MRS|MS|DR|MME)$/;

/** Plural nouns of people that a place or a group's name can qualify (`North Otago farmers`). */
const PEOPLE_PLURALS =
  /^(?:farmers|residents|voters|fans|workers|students|parents|teachers|players|councillors|ratepayers|growers|owners|families|businesses|communities|locals|supporters|lawmakers|activists|commuters|shoppers|motorists|drivers|nurses|doctors|patients|retailers|traders|villagers|homeowners|tenants|landlords|producers|exporters)$/;

/** English `the (adjective) Name Name noun`: the name stands as a modifier of the noun after it. */
function modifiesNoun(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  ctx: MentionContext,
): boolean {
  if (ctx.language !== 'en') return false;
  const next = tokens[last + 1];
  if (!next || !adjacent(text, tokens[last], next) || !/^\p{Ll}{3,}$/u.test(next.text) || ctx.isVerb(next.norm))
    return false;
  let k = first - 1;
  while (k >= 0 && first - k <= 2 && /^\p{Ll}+$/u.test(tokens[k].text) && tokens[k].norm !== 'the') k--;
  return k >= 0 && tokens[k].norm === 'the';
}

export function nameMention(text: string, start: number, end: number, kind: ActorKind): SpeakerMention {
  const m = base(text, start, end, 'name', null);
  const article = /^(?:the|le|la|les|l['’])\s*/i.exec(m.name)?.[0] ?? '';
  m.name = m.name.slice(article.length);
  m.nameStart = start + article.length;
  m.kind = kind;
  return m;
}

/**
 * A description the attributor reads by itself (`a witness`, `Leeds hospital boss`): a role
 * mention from `start` (its determiner, if any) to `end`, named from `nameStart`.
 */
export function roleMention(
  text: string,
  start: number,
  nameStart: number,
  end: number,
  kind: ActorKind,
  plural = false,
  gender: 'm' | 'f' | null = null,
): SpeakerMention {
  const m = base(text, start, end, 'role', null);
  m.name = text.slice(nameStart, end);
  m.nameStart = nameStart;
  m.kind = kind;
  m.plural = plural;
  m.gender = gender;
  return m;
}

/**
 * `un de ses collègues`, `l'une de leurs voisines`, `one of his colleagues`: the tokens of one
 * member of a plural group of people (a possessive before a plural person noun), when no name
 * follows after a comma. Null otherwise.
 */
function memberPhrase(
  text: string,
  tokens: readonly Token[],
  i: number,
  to: number,
  lang: Language,
): { start: number; end: number; gender: 'm' | 'f' | null } | null {
  let k = i;
  if (lang === 'fr' && tokens[k]?.norm === "l'") k++;
  const head = tokens[k];
  if (!head || !(lang === 'fr' ? /^(?:un|une)$/ : /^one$/).test(head.norm)) return null;
  const start = k;
  // (`précise l'un d'entre eux`: one of the people just spoken of.)
  const among =
    lang === 'fr' &&
    tokens[k + 1]?.norm === "d'" &&
    tokens[k + 2]?.norm === 'entre' &&
    /^(?:eux|elles)$/.test(tokens[k + 3]?.norm ?? '');
  if (among) {
    const last = k + 3;
    if (last >= to || !tokens.slice(start + 1, last + 1).every((x, n) => adjacent(text, tokens[start + n], x)))
      return null;
    return { start, end: last, gender: head.norm === 'une' ? 'f' : 'm' };
  }
  // (`l'un des détenus`, `one of the prisoners`: the group with its article, `des` holding both.)
  const contracted = lang === 'fr' && tokens[k + 1]?.norm === 'des';
  const last = contracted ? k + 2 : k + 3;
  const noun = tokens[last];
  if (!noun || last >= to) return null;
  if (!contracted) {
    const prep = tokens[k + 1];
    const det = tokens[k + 2];
    if (!(lang === 'fr' ? /^(?:de|d')$/ : /^of$/).test(prep.norm)) return null;
    const dets = lang === 'fr' ? /^(?:ses|leurs|nos|vos|mes|tes)$/ : /^(?:his|her|their|its|our|your|my|the)$/;
    if (!dets.test(det.norm)) return null;
  }
  if (!tokens.slice(start + 1, last + 1).every((x, n) => adjacent(text, tokens[start + n], x))) return null;
  if (!/[sx]$/.test(noun.norm) || roleKind(noun.norm.replace(/[sx]$/, ''), lang)?.kind !== 'person') return null;
  // (`l'un de ses conseillers, Toussaint Alain`: the name holds the office.)
  if (/^\s*,\s*\p{Lu}/u.test(text.slice(noun.end, noun.end + 6))) return null;
  // (`l'un des officiers de communication des pompiers du Var`: a group with a complement is
  // read whole as a description.)
  if (
    (contracted || tokens[k + 2]?.norm === 'the') &&
    /^\s+(?:de|du|des|d['’]|of)[\s'’]/iu.test(text.slice(noun.end, noun.end + 5))
  )
    return null;
  const gender = lang === 'fr' ? (head.norm === 'une' ? 'f' : 'm') : null;
  return { start, end: last, gender };
}

function base(text: string, start: number, end: number, type: MentionType, prep: string | null): SpeakerMention {
  return {
    start,
    end,
    type,
    name: text.slice(start, end),
    nameStart: start,
    nameEnd: end,
    kind: null,
    plural: false,
    gender: null,
    role: null,
    roleStart: -1,
    roleEnd: -1,
    prep,
    parts: [],
  };
}

/** A hashtag's or a handle's word (`#Senegal`, `@Radio_Senegal`). */
function isTag(text: string, t: Token): boolean {
  const before = text[t.start - 1];
  return (before === '#' || before === '@') && !/[\p{L}\p{N}_]/u.test(text[t.start - 2] ?? '');
}

function prepBefore(text: string, tokens: readonly Token[], i: number, lang: Language): string | null {
  const prev = tokens[i - 1];
  if (!prev || !adjacent(text, prev, tokens[i])) return null;
  if (PREPOSITIONS[lang].includes(prev.norm)) return prev.norm;
  // (`Dennis Reed of campaign group Silver Voices said`: the kind of the organisation named,
  // in lower case without an article, stands between the preposition and the name.)
  if (lang === 'en' && /^\p{Ll}/u.test(prev.text) && roleKind(prev.norm, lang)?.kind === 'organization') {
    for (let k = i - 2; k >= 0 && k >= i - 3; k--) {
      const w = tokens[k];
      if (!adjacent(text, w, tokens[k + 1]) || !/^\p{Ll}/u.test(w.text)) break;
      // (Only `of`: `A statement from campaign group X said` is the group's own statement.)
      if (w.norm === 'of') return w.norm;
      // (`Chairman of the group Tony Lendon`: after an article, the name is the organisation's
      // member, named in apposition.)
      if (DETERMINERS[lang].includes(w.norm)) break;
    }
  }
  return null;
}

/** The mention that starts at token `i`, if one does. */
export function mentionAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  to: number,
  ctx: MentionContext,
): { mention: SpeakerMention; next: number } | null {
  const found = mentionHere(text, tokens, i, to, ctx);
  if (found) found.mention = withoutAnonymity(text, found.mention);
  return found;
}

function mentionHere(
  text: string,
  tokens: readonly Token[],
  i: number,
  to: number,
  ctx: MentionContext,
): { mention: SpeakerMention; next: number } | null {
  const lang = ctx.language;
  const t = tokens[i];
  // `Ceux du Grand Est et de Bourgogne-Franche-Comté ont appelé…`: a demonstrative and where its
  // people are from is a group speaking.
  if (lang === 'fr' && /^(?:ceux|celles)$/.test(t.norm) && /^(?:de|du|des|d')$/.test(tokens[i + 1]?.norm ?? '')) {
    let k = i + 1;
    while (
      k + 1 < to &&
      adjacent(text, tokens[k], tokens[k + 1]) &&
      (isCapitalized(tokens[k + 1].text) || /^(?:de|du|des|d'|et|la|l')$/.test(tokens[k + 1].norm))
    )
      k++;
    while (k > i + 1 && /^(?:de|du|des|d'|et|la|l')$/.test(tokens[k].norm)) k--;
    if (k > i + 1) {
      const m = roleMention(text, t.start, t.start, tokens[k].end, 'organization', true, null);
      return { mention: m, next: k + 1 };
    }
  }
  const prep = prepBefore(text, tokens, i, lang);
  const pron = PRONOUNS[lang][t.norm];
  if (
    pron &&
    ['il', 'elle', 'ils', 'elles', 'he', 'she', 'they', 'it', 'celui-ci', 'celle-ci', 'ceux-ci', 'celles-ci'].includes(
      t.norm,
    )
  ) {
    const m = base(text, t.start, t.end, 'pronoun', prep);
    m.gender = pron.gender;
    m.plural = pron.plural;
    return { mention: m, next: i + 1 };
  }
  // `raconte l'un d'eux`, `l'un d'entre eux`, `one of them said`: one member of the group just
  // spoken of.
  const among = lang === 'fr' && tokens[i + 3]?.norm === 'entre' ? 1 : 0;
  const member =
    lang === 'fr'
      ? t.norm === "l'" &&
        /^(?:un|une)$/.test(tokens[i + 1]?.norm ?? '') &&
        tokens[i + 2]?.norm === "d'" &&
        /^(?:eux|elles)$/.test(tokens[i + 3 + among]?.norm ?? '')
      : t.norm === 'one' && tokens[i + 1]?.norm === 'of' && tokens[i + 2]?.norm === 'them';
  const memberEnd = lang === 'fr' ? i + 3 + among : i + 2;
  if (
    member &&
    memberEnd < to &&
    tokens.slice(i + 1, memberEnd + 1).every((x, k) => adjacent(text, tokens[i + k], x))
  ) {
    const m = base(text, t.start, tokens[memberEnd].end, 'role', prep);
    m.kind = 'person';
    m.plural = false;
    m.gender = lang === 'fr' ? (tokens[i + 1].norm === 'une' ? 'f' : 'm') : null;
    m.name = text.slice(lang === 'fr' ? tokens[i + 1].start : t.start, tokens[memberEnd].end);
    m.nameStart = lang === 'fr' ? tokens[i + 1].start : t.start;
    m.nameEnd = tokens[memberEnd].end;
    m.member = true;
    return { mention: m, next: memberEnd + 1 };
  }
  // `a ajouté un de ses collègues`, `one of his colleagues said`: one member of a plural group
  // of people, not named after a comma (that is `roleAt`'s), is a person of their own, named by
  // the whole phrase.
  // (Only as a verb's subject: `d'un de ses collègues` is a complement, `qu'un de ses oncles`
  // the subject of reported facts.)
  const one =
    prep === null && !/^(?:qu'|que|et|ou|mais|car|dont|si|quand|lorsqu'|lorsque)$/.test(tokens[i - 1]?.norm ?? '')
      ? memberPhrase(text, tokens, i, to, lang)
      : null;
  if (one) {
    const m = base(text, t.start, tokens[one.end].end, 'role', prep);
    m.kind = 'person';
    m.plural = false;
    m.gender = one.gender;
    m.nameStart = tokens[one.start].start;
    m.name = text.slice(m.nameStart, m.end);
    return { mention: m, next: one.end + 1 };
  }
  if (DETERMINERS[lang].includes(t.norm) || (lang === 'fr' && t.norm === 'du')) {
    // `à l'encontre du général`, `la vie économique du Pays Noir`: `du` is `de le`, a
    // complement (never a sentence's subject).
    // (`à la tête des médecins urgentistes`, `au nom des familles`: after such a noun, `des` is
    // `de les`, a complement too.)
    const ofPrep =
      prep ??
      (lang === 'fr' && t.norm === 'du'
        ? 'du'
        : lang === 'fr' && t.norm === 'des' && NOUNS_BEFORE_DES.test(tokens[i - 1]?.norm ?? '')
          ? 'des'
          : null);
    // (`l'Institut Curie`, `la Fondation Cartier`: a French organisation's capitalised noun and a
    // capitalised word after it are one name, read below — not the noun alone and a person.)
    const head = tokens[i + 1];
    const orgName =
      lang === 'fr' &&
      !!head &&
      i + 2 < to &&
      isCapitalized(head.text) &&
      roleKind(head.norm, lang)?.kind === 'organization' &&
      isCapitalized(tokens[i + 2].text) &&
      adjacent(text, t, head) &&
      adjacent(text, head, tokens[i + 2]) &&
      !NOT_NAMES.has(tokens[i + 2].norm);
    const role = orgName ? null : roleAt(text, tokens, i, to, ctx, ofPrep);
    if (role) return role;
    // `le Kremlin`, `la Maison Blanche`, `le NYT`: a name after an article.
    const next = tokens[i + 1];
    if (next && i + 1 < to && isCapitalized(next.text) && adjacent(text, t, next) && !notAName(tokens, i + 1, lang)) {
      const named = nameAt(text, tokens, i + 1, to, ctx, ofPrep);
      if (named) {
        named.mention.start = t.start;
        // (`running a Google Doc`, `au volant d'une Renault Clio`: a name after an indefinite
        // article is a thing of that name, not a person, unless the article knows the person.)
        if (
          /^(?:a|an|un|une)$/.test(t.norm) &&
          named.mention.kind === 'person' &&
          ctx.knownKind(fold(named.mention.name)) !== 'person'
        )
          named.mention.kind = null;
        return named;
      }
    }
    // `selon le libéral Marc Tanguay`, `l'écologiste Sandrine Rousseau`, `the Democrat…`: an
    // article, one lower-case word (a party, a trade) and a full name: the name, that word its role.
    const word = tokens[i + 1];
    const after = tokens[i + 2];
    if (
      lang === 'fr' &&
      /^(?:le|la|l')$/.test(t.norm) &&
      word &&
      after &&
      i + 2 < to &&
      /^\p{Ll}[\p{L}-]{2,}$/u.test(word.text) &&
      !ctx.isVerb(word.norm) &&
      !NOT_IN_DESCRIPTION.has(word.norm) &&
      adjacent(text, t, word) &&
      adjacent(text, word, after) &&
      isCapitalized(after.text) &&
      !NOT_NAMES.has(after.norm)
    ) {
      const named = nameAt(text, tokens, i + 2, to, ctx, prep);
      if (named && named.mention.type === 'name' && named.mention.kind === 'person' && /\s/.test(named.mention.name)) {
        named.mention.start = t.start;
        if (named.mention.role === null) {
          named.mention.role = word.text;
          named.mention.roleStart = word.start;
          named.mention.roleEnd = word.end;
        }
        return named;
      }
    }
    return null;
  }
  // `Sources close to the talks said`, `Officials familiar with…`: a capitalised plural role
  // noun opening an English sentence is a group, not a name.
  if (
    lang === 'en' &&
    isCapitalized(t.text) &&
    GROUP_SET.en.has(t.norm) &&
    tokens[i + 1] &&
    !isCapitalized(tokens[i + 1].text)
  ) {
    const group = roleAt(text, tokens, i - 1, to, ctx, prep, true);
    if (group) return group;
  }
  // `Transport minister Ravi Menon`, `Union minister Kiren Rijiju`: a capitalised word and a
  // lower-case office before a name are the name's title, not a name of their own.
  // (`HDUHB chief executive Steve Moore`: up to three lower-case words of the office;
  // `Igembe South sub-county administrator Timothy Mwenda`: an owner of a few capitalised words.)
  if (lang === 'en' && isCapitalized(t.text)) {
    // (`University of Sydney professor Graham Arnold`, `Bank of America Chief Executive Brian
    // Moynihan`: an owner's `of` complement, and an office in capitals, before the name.)
    let o = i + 1;
    let ofOwner = false;
    while (o < to && o <= i + (ofOwner ? 5 : 2) && tokens[o] && adjacent(text, tokens[o - 1], tokens[o])) {
      if (isCapitalized(tokens[o].text) && !(o > i + 1 && isOfficeWord(tokens[o], lang))) o++;
      else if (
        /^(?:of|for)$/.test(tokens[o].text) &&
        tokens[o + 1] &&
        isCapitalized(tokens[o + 1].text) &&
        adjacent(text, tokens[o], tokens[o + 1])
      ) {
        ofOwner = true;
        o++;
      } else break;
    }
    let k = o;
    while (
      k < to &&
      k <= o + 2 &&
      tokens[k] &&
      // (`Justin Gatlin fired coach Dennis Mitchell`: a past tense the verb list lacks ends it;
      // `World 100m champion Justin Gatlin`: a distance or a year may be in the office.)
      ((/^[\p{Ll}\d]/u.test(tokens[k].text) && !/^\p{Ll}{2,}[^e]ed$/u.test(tokens[k].text)) ||
        (k > i + 1 &&
          (k === o ||
            isCapitalized(tokens[k - 1].text) ||
            // (`Cedar Falls police Chief Jeff Olson`: a service's word, then the office in capitals.)
            (k === o + 1 &&
              serviceWord(tokens[k - 1], ctx) &&
              !!tokens[k + 1] &&
              isCapitalized(tokens[k + 1].text) &&
              (adjacent(text, tokens[k], tokens[k + 1]) || text[tokens[k].end] === '.')) ||
            (tokens[k - 1].norm === 'and' && isOfficeWord(tokens[k - 2], lang))) &&
          (isOfficeWord(tokens[k], lang) ||
            (ABBREVIATED_TITLES.has(tokens[k].norm) && text[tokens[k].end] === '.')))) &&
      adjacent(text, tokens[k - 1], tokens[k]) &&
      // (`President and CEO Chip Kahn`: two offices joined.)
      (!TAIL_STOP.has(tokens[k].norm) ||
        (tokens[k].norm === 'and' &&
          isOfficeWord(tokens[k - 1], lang) &&
          !!tokens[k + 1] &&
          isOfficeWord(tokens[k + 1], lang))) &&
      !ctx.isVerb(tokens[k].norm)
    )
      k++;
    // (`UN envoy to Yemen Martin Griffiths`, `US ambassador to France Jane Hartley`: the office's
    // place after `to`/`for`/`in`, then a first name and a family name.)
    if (
      k > o &&
      k + 3 < to &&
      roleKind(tokens[k - 1].norm, lang)?.kind === 'person' &&
      /^(?:to|for|in|at)$/.test(tokens[k].text) &&
      isCapitalized(tokens[k + 1].text)
    ) {
      for (let p = k + 1; p <= k + 2 && p + 2 < to && isCapitalized(tokens[p].text); p++) {
        if (!isFirstName(tokens[p + 1].norm) || !isCapitalized(tokens[p + 2].text)) continue;
        const named = nameAt(text, tokens, p + 1, to, ctx, prep);
        if (named && titledPerson(named.mention, text, t.start, tokens[p].end)) return named;
        break;
      }
    }
    if (
      k > o &&
      k < to &&
      (roleKind(tokens[k - 1].norm, lang)?.kind === 'person' || ABBREVIATED_TITLES.has(tokens[k - 1].norm)) &&
      isCapitalized(tokens[k].text) &&
      // (`said Watertown resident, Justin Learned`: or set off by a comma; `Fairfield fire Capt.
      // John Smith`: an abbreviated office's dot.)
      (/^\s*,?\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) ||
        (ABBREVIATED_TITLES.has(tokens[k - 1].norm) &&
          /^\.[^\S\n]+$/.test(text.slice(tokens[k - 1].end, tokens[k].start))))
    ) {
      const titled = roleAt(text, tokens, i - 1, to, ctx, prep, true);
      if (titled && titled.mention.type === 'name') return titled;
      const named = nameAt(text, tokens, k, to, ctx, prep);
      if (named && titledPerson(named.mention, text, t.start, tokens[k - 1].end)) return named;
    }
    // `Qld premier slams "lazy" LNP`, `Kelso mayor says…`: opening a sentence or a headline, a
    // capitalised owner and a lower-case office with no name after them are the office, not a
    // person named `Qld` (the one named person who holds it is found later).
    if (
      k > o &&
      /(?:^|[.!?»”"]\s+|\n\s*)$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) &&
      roleKind(tokens[k - 1].norm, lang)?.kind === 'person' &&
      !(k < to && tokens[k] && isCapitalized(tokens[k].text) && adjacent(text, tokens[k - 1], tokens[k])) &&
      !isFirstName(t.norm) &&
      ctx.knownKind(
        tokens
          .slice(i, o)
          .map((x) => x.norm)
          .join(' '),
      ) !== 'person'
    ) {
      const owned = roleAt(text, tokens, i - 1, to, ctx, prep, true);
      if (owned && owned.mention.type === 'role') return owned;
    }
  }
  if (
    TITLES[t.norm.replace(/\.$/, '')] !== undefined ||
    (isCapitalized(t.text) && !notAName(tokens, i, ctx.language))
  ) {
    return nameAt(text, tokens, i, to, ctx, prep);
  }
  // `a répliqué De Wever`, `selon Van Overtveldt`: inside a sentence, a capitalised particle
  // before a capitalised word opens a surname (at a sentence's start, `De Paris à Lyon` is not).
  if (
    SURNAME_PARTICLES.has(t.norm) &&
    isCapitalized(t.text) &&
    // (Or a speaker's label: `De Bruyne : "Elle est importante…"`.)
    ((i > 0 && !/[.!?:\n«»"“”]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) ||
      (!!tokens[i + 1] && /^\s*:\s*[«"“]/.test(text.slice(tokens[i + 1].end, tokens[i + 1].end + 6)))) &&
    tokens[i + 1] &&
    i + 1 < to &&
    isCapitalized(tokens[i + 1].text) &&
    !NOT_NAMES.has(tokens[i + 1].norm) &&
    adjacent(text, t, tokens[i + 1])
  ) {
    return nameAt(text, tokens, i, to, ctx, prep);
  }
  // `van Aert a pointé`, `von der Leyen said`: a lower-case `van`/`von` before a capitalised
  // word opens a surname too (not after an article: `a white van Monday`).
  if (
    isLowerSurnameParticle(t) &&
    !/^(?:a|the|his|her|their|its|our|this|that|un|une|le|la|ce|sa|son|leur)$/.test(tokens[i - 1]?.norm ?? '') &&
    tokens[i + 1] &&
    i + 1 < to &&
    (isCapitalized(tokens[i + 1].text) || /^(?:der|den|de)$/.test(tokens[i + 1].text)) &&
    !NOT_NAMES.has(tokens[i + 1].norm) &&
    !CALENDAR_WORDS.has(tokens[i + 1].norm) &&
    adjacent(text, t, tokens[i + 1])
  ) {
    return nameAt(text, tokens, i, to, ctx, prep);
  }
  if (lang === 'en' && isCapitalized(t.text)) return roleAt(text, tokens, i - 1, to, ctx, prep, true);
  // `officials said`, `analysts say`: an English plural group without article.
  if (lang === 'en' && i > 0 && GROUP_SET.en.has(t.norm)) return roleAt(text, tokens, i - 1, to, ctx, prep, true);
  return null;
}

function nameAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  to: number,
  ctx: MentionContext,
  prep: string | null,
): { mention: SpeakerMention; next: number } | null {
  let j = i;
  let gender: 'm' | 'f' | null = null;
  const title = TITLES[tokens[j].norm.replace(/\.$/, '')];
  let titled = false;
  /** The token of an abbreviated title (`Gov.`), whose office the name holds. */
  let abbreviated = -1;
  if (
    title !== undefined &&
    /^(?:M|Mme|Mmes|Mlle|Mr|Mrs|Ms|Miss|Dr|Pr|Me|Maître|maître|Sir|Lord|Lady|Monsieur|Madame|Mademoiselle)\.?$/.test(
      tokens[j].text,
    )
  ) {
    gender = title;
    titled = true;
    j++;
  } else if (
    ABBREVIATED_TITLES.has(tokens[j].norm) &&
    text[tokens[j].end] === '.' &&
    tokens[j + 1] &&
    isCapitalized(tokens[j + 1].text)
  ) {
    // `Rep. Nancy Mace`, `Sen. Rand Paul`, `Gen. Mark Milley`.
    titled = true;
    abbreviated = j;
    j++;
  } else if (
    ctx.language === 'en' &&
    tokens[j].text === 'Justice' &&
    tokens[j + 1] &&
    j + 1 < to &&
    adjacent(text, tokens[j], tokens[j + 1]) &&
    /^\p{Lu}/u.test(tokens[j + 1].text) &&
    roleKind(tokens[j + 1].norm, ctx.language) === null &&
    !/^(?:department|ministry|minister|secretary|system|league|party|committee|commission|select|reform|campaign)$/.test(
      tokens[j + 1].norm,
    )
  ) {
    // `Justice Shah replied`, `Justice D.Y. Chandrachud`: a judge's title in India, Ireland, Britain.
    titled = true;
    j++;
  }
  let first = j;
  /** Index of the last token of a title's complement (`Secretary of State`). */
  let titleComplement = -1;
  let last = -1;
  // (`#Senegal Réunion ministérielle`: a hashtag's word is a name of its own.)
  const tagged = first < to && isTag(text, tokens[first]);
  while (j < to && j - first < (titleComplement >= 0 ? 9 : 6)) {
    const tk = tokens[j];
    if (j > first && (tagged || isTag(text, tk))) break;
    // (`Minister for Education, Culture and Science Jet Bussemaker`: a title's complement that
    // lists its fields.)
    if (
      titleComplement >= 0 &&
      last === titleComplement &&
      j === last + 1 &&
      j + 1 < to &&
      ((/^,[^\S\n]+$/.test(text.slice(tokens[j - 1].end, tk.start)) &&
        isCapitalized(tk.text) &&
        !isFirstName(tk.norm)) ||
        ((tk.norm === 'and' || tk.norm === '&') &&
          adjacent(text, tokens[j - 1], tk) &&
          isCapitalized(tokens[j + 1].text) &&
          !isFirstName(tokens[j + 1].norm)))
    ) {
      const c = isCapitalized(tk.text) ? j : j + 1;
      titleComplement = c;
      last = c;
      j = c + 1;
      continue;
    }
    // (A full stop goes on only after an initial or an abbreviation — `George W. Bush`, `Amy St.
    // Eve`, `U.S. District Judge` —, never across a sentence's end: `…, Wouter Beke. The mayor…`.)
    if (
      j > first &&
      !adjacent(text, tokens[j - 1], tk) &&
      !(
        /^\.[^\S\n]*$/.test(text.slice(tokens[j - 1].end, tk.start)) &&
        (/^(?:\p{Lu}\.?){1,3}$/u.test(tokens[j - 1].text) ||
          /^(?:st|ste|jr|sr|mt|ft|dr|mr|mrs|ms)$/.test(tokens[j - 1].norm) ||
          // (`Cal Fire Capt. Scott McLean`: an abbreviated title after its service's name.)
          (j - 1 > first && ABBREVIATED_TITLES.has(tokens[j - 1].norm) && isCapitalized(tk.text)))
      ) &&
      // (`Elementary Teachers' Federation`: a plural possessive inside an English name.)
      !(
        ctx.language === 'en' &&
        /s$/.test(tokens[j - 1].text) &&
        /^['’][^\S\n]$/.test(text.slice(tokens[j - 1].end, tk.start)) &&
        isCapitalized(tk.text)
      )
    )
      break;
    // `Mme De Block`, `De Wever`: a capitalised particle opening a surname.
    const openingParticle =
      j === first &&
      isCapitalized(tk.text) &&
      (titled || SURNAME_PARTICLES.has(tk.norm)) &&
      PARTICLES.has(tk.norm) &&
      !!tokens[j + 1] &&
      j + 1 < to &&
      isCapitalized(tokens[j + 1].text) &&
      !NOT_NAMES.has(tokens[j + 1].norm) &&
      adjacent(text, tk, tokens[j + 1]);
    // (`van Aert a pointé`: a lower-case `van`/`von` read as a name's start by `mentionAt`.)
    const lowerOpening =
      j === first && isLowerSurnameParticle(tk) && !!tokens[j + 1] && j + 1 < to && adjacent(text, tk, tokens[j + 1]);
    // (`The BJP Friday termed…`: a weekday or a month ends a name.)
    if (j > first && CALENDAR_WORDS.has(tk.norm)) break;
    // (`la prévisionniste de Météo France Élodie Callac`: a name of two words or more that opens
    // with no first name, then a first name and a family name, are two names — an employer and
    // its employee.)
    if (
      j >= first + 2 &&
      !titled &&
      titleComplement < 0 &&
      !isFirstName(tokens[first].norm) &&
      // (Not after a title: `Secretary of State Marco Rubio`, `Cal Fire Capt. Scott McLean`.)
      !tokens
        .slice(first, j)
        .some((x) => roleKind(x.norm, ctx.language)?.kind === 'person' || ABBREVIATED_TITLES.has(x.norm)) &&
      // (A place's or an organisation's word in it: `Météo France`, not `Bernardo Rafaelito`.)
      tokens.slice(first, j).some((x) => {
        const k = ctx.knownKind(x.norm);
        return (
          k === 'place' || k === 'organization' || PLACE_HINTS.has(x.norm) || roleKind(x.norm, ctx.language) !== null
        );
      }) &&
      isGenderedFirstName(tk.norm) &&
      !!tokens[j + 1] &&
      j + 1 < to &&
      isCapitalized(tokens[j + 1].text) &&
      adjacent(text, tk, tokens[j + 1]) &&
      !isFirstName(tokens[j - 1].norm)
    )
      break;
    // `la RTS Henri Bounameux`, `à l'AFP Marc Dupont`: an acronym then a first name are two names.
    // (Not a party's tag after an office: `le député LFI Mathilde Panot`.)
    if (
      j === first + 1 &&
      /^\p{Lu}{2,}$/u.test(tokens[first].text) &&
      /^(?:la|le|l'|les|de|du|des|d'|a|au|aux|sur|the|at|of|on|to)$/.test(tokens[first - 1]?.norm ?? '') &&
      (isFirstName(tk.norm) ||
        // (`à l'AFP Marietou Seye`: an organisation the article knows, then a full name.)
        (ctx.knownKind(tokens[first].norm) === 'organization' &&
          isCapitalized(tk.text) &&
          !!tokens[j + 1] &&
          j + 1 < to &&
          isCapitalized(tokens[j + 1].text) &&
          adjacent(text, tk, tokens[j + 1])))
    )
      break;
    // `a déclaré au Monde Jean Dupont`, `a confié à Sputnik Afrique Yacine Fall`, `se targue sur
    // France Inter Laurent Saint-Martin`: after a dative preposition or `sur`, a medium's name
    // then a first name and a surname are the listener and the speaker. (Not when the name
    // opens with a first name: `à Marie Claire Dupont`.)
    if (
      j > first &&
      j - first <= 2 &&
      !titled &&
      (prep === 'a' || prep === 'à' || prep === 'au' || prep === 'aux' || prep === 'sur' || prep === 'dans') &&
      !isFirstName(tokens[first].norm) &&
      !!tokens[j + 1] &&
      j + 1 < to &&
      isCapitalized(tokens[j + 1].text) &&
      adjacent(text, tk, tokens[j + 1]) &&
      personNameAt(tokens, j, to, ctx)
    )
      break;
    if (
      // (`Khaled al-Yamani`, `Abdel Fattah el-Sisi`: an Arabic article joined to the family name.)
      (isCapitalized(tk.text) || lowerOpening || (j > first && JOINED_PARTICLE.test(tk.text))) &&
      // (After a title, any capitalised word is a name: `Mrs May said`.)
      (!notAName(tokens, j, ctx.language) ||
        j > first ||
        openingParticle ||
        lowerOpening ||
        TITLE_ACRONYM.test(tk.text) ||
        (titled && j === first)) &&
      !/^\d/.test(tk.text)
    ) {
      last = j;
      j++;
      continue;
    }
    // `Secretary of State Marco Rubio`, `Minister of Defence Ben Wallace`, `Minister for Justice
    // Frances Fitzgerald`: a title's complement (or two: `Minister of State for Steel Vishnu Deo Sai`).
    if (
      (tk.norm === 'of' || tk.norm === 'for') &&
      last >= first &&
      (roleKind(tokens[last].norm, ctx.language)?.kind === 'person' || (last === titleComplement && j === last + 1)) &&
      tokens[j + 1] &&
      j + 1 < to
    ) {
      let c = j + 1;
      if (tokens[c].norm === 'the' && tokens[c + 1] && c + 1 < to) c++;
      if (isCapitalized(tokens[c].text)) {
        titleComplement = c;
        last = c;
        j = c + 1;
        continue;
      }
    }
    // Particles inside names: Ursula von der Leyen, Charles de Gaulle, Mohammed ben Salmane.
    // (Not a lone lower-case article: `Monsieur Sadi le Mincom` is a name and an office.)
    if (
      last >= first &&
      j > first &&
      PARTICLES.has(tk.norm) &&
      !(/^(?:le|la)$/.test(tk.text) && !/^(?:de|d')$/i.test(tokens[j - 1].text))
    ) {
      let p = j;
      while (
        p < to &&
        p - j < 3 &&
        PARTICLES.has(tokens[p].norm) &&
        adjacent(text, tokens[Math.max(p - 1, 0)], tokens[p])
      )
        p++;
      const after = tokens[p];
      if (
        p < to &&
        after &&
        isCapitalized(after.text) &&
        !NOT_NAMES.has(after.norm) &&
        adjacent(text, tokens[p - 1], after)
      ) {
        j = p;
        continue;
      }
    }
    break;
  }
  if (last < first) return null;
  // A title in front of the name: `Prime Minister Keir Starmer`, `Senator Elizabeth Warren`.
  let title2: string | null = null;
  let titleStart = -1;
  let titleEnd = -1;
  for (let r = last - 1; r >= first; r--) {
    if (
      roleKind(tokens[r].norm, ctx.language)?.kind === 'person' ||
      r === titleComplement ||
      (ABBREVIATED_TITLES.has(tokens[r].norm) && text[tokens[r].end] === '.')
    ) {
      // (`MP for Glasgow North East Anne McLaughlin`: a complement of several words runs up to
      // the holder's first name.)
      let upTo = r;
      if (r === titleComplement && !isFirstName(tokens[r + 1].norm))
        for (let f = r + 2; f < last; f++)
          if (isFirstName(tokens[f].norm)) {
            upTo = f - 1;
            break;
          }
      title2 = text.slice(tokens[first].start, tokens[upTo].end);
      titleStart = tokens[first].start;
      titleEnd = tokens[upTo].end;
      first = upTo + 1;
      break;
    }
  }
  // `Ministre des Affaires étrangères`: a title with no name after it is not a name.
  // (`Mme De Block`, `Bart De Wever`, `Van Overtveldt`, `Di Rupo`: a capitalised particle
  // opens a surname, after a courtesy title or before another capitalised word.)
  const surnameParticle = last > first && (titled || SURNAME_PARTICLES.has(tokens[first].norm));
  const lowerParticle = last > first && isLowerSurnameParticle(tokens[first]);
  if ((!isCapitalized(tokens[first].text) && !lowerParticle) || (PARTICLES.has(tokens[first].norm) && !surnameParticle))
    return null;
  // `Ligue des droits de l'homme`, `Cour des comptes`, `Ordre des médecins`: a French
  // organisation's name goes on in lower case after its capitalised head (nouns after de/la).
  let frOrganization = false;
  if (ctx.language === 'fr' && last === first && !titled && FR_ORGANIZATION_HEADS.has(tokens[first].norm)) {
    let ext = -1;
    for (let p = last + 1; p < to && p - last <= 6; p++) {
      const tk = tokens[p];
      if (!adjacent(text, tokens[p - 1], tk)) break;
      if (/^(?:de|des|du|d'|la|l'|les)$/.test(tk.norm)) continue;
      if (
        isCapitalized(tk.text) ||
        ctx.isVerb(tk.norm) ||
        NOT_IN_DESCRIPTION.has(tk.norm) ||
        FR_FINITE_END.test(tk.norm) ||
        !/^(?:de|des|du|d'|la|l'|les)$/.test(tokens[p - 1].norm)
      )
        break;
      ext = p;
    }
    if (ext > last) {
      last = ext;
      frOrganization = true;
    }
  }
  const start = tokens[first].start;
  const end = tokens[last].end;
  const name = text.slice(start, end);
  const folded = tokens
    .slice(first, last + 1)
    .map((t) => t.norm)
    .join(' ');
  // A capitalized common word opening a sentence (`Côté russe`) is not a name.
  // (`a ajouté l'Italien`: a nationality noun after its article names a person, though the
  // article also writes `italien` in lower case.)
  const nationalityNoun =
    last === first &&
    first > 0 &&
    /^(?:le|la|l'|the)$/.test(tokens[first - 1].norm) &&
    nationalityWords(tokens[first].text, ctx.language) !== null;
  // (`Thanking Aucklanders for their cooperation, he…`: the participle's object is no name either.)
  if (gender === null && !titled && openingParticiple(text, tokens, first, ctx)) return null;
  if (
    last === first &&
    gender === null &&
    !titled &&
    ((ctx.lowerWords.has(tokens[first].norm) &&
      !nationalityNoun &&
      // (`Little said "…"` after `Andrew Little`: a person's family name before a speech verb,
      // though the article writes `little` in lower case too.)
      !(ctx.isSurname?.(folded) && !!tokens[first + 1] && ctx.isVerb(tokens[first + 1].norm))) ||
      ctx.isVerb(tokens[first].norm) ||
      SENTENCE_OPENERS.has(tokens[first].norm) ||
      // `Covid-19`, `AK-47`: a word with a number is a thing's name, nobody's.
      /^\p{L}+-\d+$/u.test(name) ||
      // `Vertement critiqué, celui-ci…`, `Rather than criticise…`: an adverb opening a sentence.
      (ctx.language === 'fr' && /ement$/.test(tokens[first].norm) && !isFirstName(tokens[first].norm)) ||
      (ctx.language === 'en' &&
        /^(?:rather|whether|either|neither|minutes|hours|days|weeks|months|years|moments)$/.test(tokens[first].norm)) ||
      // (`Le ministre des Affaires étrangères Sénégalaises de confier…`: a nationality the writer
      // capitalised after a noun is an adjective; after an article it names someone.)
      (isNationality(tokens[first].norm) &&
        first > 0 &&
        !/^(?:le|la|l'|les|des|aux|du|un|une|the|a|an)$/.test(tokens[first - 1].norm)))
  ) {
    return null;
  }
  // (`Police Chief on Ferguson Shooting: '…'`: a headline's capitalised office and its
  // service, no name after them, are an office — its holder is named below.)
  if (
    ctx.language === 'en' &&
    !titled &&
    title2 === null &&
    last === first + 1 &&
    ORGANIZATION_SET.en.has(tokens[first].norm) &&
    isOfficeWord(tokens[last], 'en') &&
    !isFirstName(tokens[first].norm) &&
    // (Nor when its holder's name follows its complement: `Cabinet Secretary at the Ministry of
    // Health Susan Nakhumicha`.)
    !tokens
      .slice(last + 1, Math.min(to, last + 10))
      .some(
        (x, n, after) =>
          isFirstName(x.norm) && isCapitalized(x.text) && !!after[n + 1] && isCapitalized(after[n + 1].text),
      )
  ) {
    const office = base(text, tokens[first].start, tokens[last].end, 'role', prep);
    office.kind = 'person';
    return { mention: office, next: last + 1 };
  }
  const m = base(text, (titled || title2 !== null) && first > i ? tokens[i].start : start, end, 'name', prep);
  if (title2 !== null) {
    m.role = title2;
    m.roleStart = titleStart;
    m.roleEnd = titleEnd;
  }
  m.name = name;
  m.nameStart = start;
  m.nameEnd = end;
  m.gender = gender;
  // (`Gov. Henry McMaster` … `the governor said`: the abbreviation names the office.)
  const office = abbreviated >= 0 ? ABBREVIATED_OFFICES[tokens[abbreviated].norm] : undefined;
  if (office && m.role === null) {
    m.role = office;
    m.roleStart = tokens[abbreviated].start;
    m.roleEnd = tokens[abbreviated].end;
  }
  if (!m.gender && last > first) {
    // `Maria Lopez` → she; `Sergueï Lavrov` → he.
    const given = tokens[first].norm;
    m.gender = firstNameGender(given);
  }
  m.kind = frOrganization ? 'organization' : ctx.knownKind(folded);
  // (`le lieutenant Dominique`: a first name after a person's office is the person, whatever
  // place the word also names.)
  if (
    m.kind === 'place' &&
    last === first &&
    isFirstName(tokens[first].norm) &&
    first > 0 &&
    roleKind(tokens[first - 1].norm, ctx.language)?.kind === 'person' &&
    adjacent(text, tokens[first - 1], tokens[first])
  )
    m.kind = 'person';
  // (`Republican Kenny Smith` … `Smith is a current city council member`: the family name alone,
  // opening its sentence.)
  if (
    !m.kind &&
    last === first &&
    ctx.isSurname?.(folded) &&
    /(?:^|[.!?]["”»]?\s+|\n\s*)$/.test(text.slice(Math.max(0, tokens[first].start - 4), tokens[first].start))
  )
    m.kind = 'person';
  if (!m.kind) {
    // (Several words, and nothing that shows a person's name: no gender, no known first name.)
    const unproven = !gender && last > first && !isFirstName(tokens[first].norm);
    /** A French noun of one of `heads` in lower case right before the name (`rue Jean Jaurès`). */
    const headBefore = (heads: ReadonlySet<string>): boolean =>
      ctx.language === 'fr' &&
      first > 0 &&
      /^\p{Ll}/u.test(tokens[first - 1].text) &&
      heads.has(tokens[first - 1].norm) &&
      adjacent(text, tokens[first - 1], tokens[first]);
    if (PLACE_HINTS.has(folded)) m.kind = 'place';
    else if (/^[\p{Lu}\d&.-]{2,}$/u.test(name) && name.length <= 8) m.kind = 'organization';
    else if (roleKind(tokens[first].norm, ctx.language)?.kind === 'organization') m.kind = 'organization';
    // (`Elementary Teachers' Federation`: an English name ends on its head.)
    else if (
      ctx.language === 'en' &&
      !gender &&
      last > first &&
      !titled &&
      roleKind(tokens[last].norm, ctx.language)?.kind === 'organization'
    )
      m.kind = 'organization';
    // `…, Managing Partner chez Serena Capital`, `and Incident Commander for the spill`: an office
    // written with capitals, no first name before it, is the office of someone named, not a name.
    // (English offices in French copy too: `Managing Partner`.)
    else if (
      unproven &&
      !titled &&
      (officeNoun(tokens[last].norm, ctx.language) || officeNoun(tokens[last].norm, 'en'))
    )
      m.kind = null;
    // `Speaking during Question Time`, `pendant Roland-Garros`: what happens during is an event.
    else if (!gender && /^(?:during|throughout|pendant|durant)$/.test(tokens[i - 1]?.norm ?? ''))
      m.kind = 'organization';
    // `the Annual Investment Conference`, `Festival de Cannes`: an event's name is nobody's.
    else if (!gender && last > first && (EVENT_HEADS.has(tokens[last].norm) || EVENT_HEADS.has(tokens[first].norm)))
      m.kind = 'organization';
    // `the North American Free Trade Agreement`, `the Good Friday Agreement`: a treaty or a law
    // speaks for nobody.
    else if (
      !gender &&
      last > first &&
      /^(?:agreement|treaty|accord|pact|convention|protocol|charter|act)$/.test(tokens[last].norm)
    )
      m.kind = null;
    // `in Staffordshire Moorlands`: a name with no first name after `in` is a place.
    else if (!gender && /^(?:in|en)$/.test(tokens[i - 1]?.norm ?? '') && !isFirstName(tokens[first].norm))
      m.kind = 'place';
    // `salue Business France` … `directeur général de Business France`: a name the article
    // writes as what an office heads is an organisation.
    else if (unproven && headedInText(text, name, ctx)) m.kind = 'organization';
    // `Brabant Wallon`, `Rodney Times` alone on their line: a section's or a masthead's name,
    // not a person (a byline's `Jean Dupont` has its first name).
    else if (unproven && !titled && aloneOnLine(text, start, end)) m.kind = null;
    // `Bel RTL`: a name ending in an acronym, with no first name, is a station or a company.
    // (Not a roman numeral: `Bernardo Rafaelito Alejandro IV`.)
    else if (unproven && /^\p{Lu}{2,}$/u.test(tokens[last].text) && !/^[IVX]{2,4}$/.test(tokens[last].text))
      m.kind = 'organization';
    // (`LES ACCORDS DE DÉFENSE`: words in capitals throughout are a heading's, not a person's name.)
    else if (!gender && last > first && !/\p{Ll}/u.test(name)) m.kind = null;
    // `Parc Léopold`, `Stade Mohammed V`, `Bondi Beach Road`: a place's head noun makes a place,
    // whatever first name follows it.
    else if (
      !titled &&
      ((last > first && (FR_PLACE_HEADS.has(tokens[first].norm) || EN_PLACE_HEADS.has(tokens[last].norm))) ||
        // (`au stade Bollaert de Lens`, `rue Jean Jaurès`: a place's head noun in lower case before it.)
        headBefore(FR_PLACE_HEADS))
    )
      m.kind = 'place';
    // (`depuis l'hôpital Saint Antoine`, `le collège Gérard Philipe`: an institution's noun in
    // lower case before a name makes the institution, whatever first name follows.)
    else if (!titled && headBefore(INSTITUTION_BEFORE_NAME)) m.kind = 'organization';
    // (`the expanded Kurow Duntroon irrigation scheme`: after `the` and before a common noun, a
    // name with no first name qualifies a thing.)
    else if (unproven && !titled && title2 === null && modifiesNoun(text, tokens, first, last, ctx)) m.kind = null;
    // (`Tombouctou (Nord du Mali)`, `the South of France`: a compass point of a place is a place.)
    else if (
      !titled &&
      last > first + 1 &&
      /^(?:nord|sud|est|ouest|north|south|east|west)$/.test(tokens[first].norm) &&
      /^(?:du|de|des|d'|of)$/.test(tokens[first + 1].norm)
    )
      m.kind = 'place';
    else if (gender || last > first) m.kind = 'person';
    // `Perché sur sa moissonneuse, Jeffrey regarde son champ`: a known first name alone is a
    // person the article calls by it (not a word of the sentence: `Bill`, `Grace`, `Rose`).
    else if (
      isFirstName(tokens[first].norm) &&
      !LONE_FIRST_NAME_STOP.has(tokens[first].norm) &&
      /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name) &&
      // (Nor a relative named by a first name, `he and wife Susan`, nor the first word of a
      // name a nickname splits, `John 'Bubbles' O'Dwyer`.)
      !RELATIVE_BEFORE_NAME.has(tokens[first - 1]?.norm ?? '') &&
      !/^\s*["“”'‘’«(]/.test(text.slice(end, end + 3))
    ) {
      m.kind = 'person';
      m.gender = firstNameGender(tokens[first].norm);
    }
  }
  // `North Otago farmers are feeling…`, `Cork councillors said`: a name right before a plural
  // noun of people qualifies them — a group, not one person a later `he` could be.
  if (
    ctx.language === 'en' &&
    m.kind !== 'organization' &&
    !gender &&
    !titled &&
    title2 === null &&
    !isFirstName(tokens[first].norm) &&
    tokens[last + 1] &&
    adjacent(text, tokens[last], tokens[last + 1]) &&
    PEOPLE_PLURALS.test(tokens[last + 1].text)
  ) {
    m.kind = 'organization';
    m.plural = true;
  }
  let next = last + 1;
  // (`a raconté le Français de l'équipe Loto-Belisol`, `le Brésilien du PSG`: a nationality noun
  // and the team it plays for describe one person, named by the whole phrase.)
  if (nationalityNoun && ctx.language === 'fr' && m.kind !== 'organization' && m.kind !== 'place') {
    const team =
      /^\s+(?:de\s+l['’]\s*(?:équipe|écurie)\s+|de\s+la\s+formation\s+|du\s+club\s+|du\s+|de\s+l['’]\s*|de\s+la\s+)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}/u.exec(
        text.slice(end, end + 80),
      );
    if (team) {
      const teamEnd = end + team[0].replace(/\.+$/, '').length;
      const k = tokenAt(tokens, teamEnd);
      if (k <= to) {
        m.end = teamEnd;
        m.nameEnd = teamEnd;
        m.name = text.slice(start, teamEnd);
        m.type = 'role';
        m.kind = 'person';
        return { mention: m, next: k };
      }
    }
  }
  // `Sen. Chuck Schumer, D-N.Y., the majority leader`, `Rep. Jim Jordan (R-Ohio)`: the party
  // and state of American copy stand between a name and its apposition.
  let after = end;
  if (ctx.language === 'en' && m.kind === 'person') {
    const tag = /^(?:,\s*|\s*\()[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\)?/.exec(text.slice(end, end + 30));
    if (tag) {
      after = end + tag[0].length;
      while (next < to && tokens[next].start < after) next++;
    }
  }
  // A plural's possessive: `The Demons’ coach thought`, `the Greens' leader` — the role speaks.
  if (
    ctx.language === 'en' &&
    /s$/.test(tokens[last].text) &&
    /^['’]\s/.test(text.slice(tokens[last].end, tokens[last].end + 2)) &&
    tokens[next] &&
    next < to &&
    /^\p{Ll}/u.test(tokens[next].text)
  ) {
    const role = roleAt(text, tokens, last, to, ctx, prep);
    if (role && role.mention.type === 'role' && role.mention.kind === 'person') {
      const rm = role.mention;
      rm.start = m.start;
      rm.name = text.slice(start, rm.end);
      rm.nameStart = start;
      rm.nameEnd = rm.end;
      return role;
    }
  }
  // A possessive: `Trump's spokesman`, `the company's chief executive` — the role speaks, not the name.
  const poss = tokens[next];
  if (
    ctx.language === 'en' &&
    poss &&
    next < to &&
    poss.norm === 's' &&
    /^['’]$/.test(text.slice(tokens[last].end, poss.start))
  ) {
    // `the Boston Police Department's Facebook page reads`: the page speaks for its owner.
    const doc = possessedDocument(text, tokens, next, to, ctx);
    if (doc >= 0) {
      if (m.kind !== 'person') m.kind = 'organization';
      m.end = tokens[doc].end;
      return { mention: m, next: doc + 1 };
    }
    const role = roleAt(text, tokens, next, to, ctx, prep);
    if (role) {
      const rm = role.mention;
      rm.start = m.start;
      if (rm.type === 'role') {
        rm.name = text.slice(start, rm.end);
        rm.nameStart = start;
        rm.nameEnd = rm.end;
      }
      return role;
    }
    // `said Labour's Rachel Reeves`, `Apple's Tim Cook`: a full name after an owner's `'s` speaks.
    const owned = tokens[next + 1];
    // (`Fianna Fail's Liam Blaney`: an owner read as a person's name, unknown, before a first
    // name, owns the person too.)
    const ownerGuessed =
      m.kind === 'person' && ctx.knownKind(fold(m.name)) !== 'person' && !!owned && isFirstName(owned.norm);
    if (
      owned &&
      next + 1 < to &&
      isCapitalized(owned.text) &&
      adjacent(text, poss, owned) &&
      (m.kind !== 'person' || ownerGuessed)
    ) {
      const person = nameAt(text, tokens, next + 1, to, ctx, prep);
      if (person && person.mention.kind === 'person' && /\s/.test(person.mention.name)) {
        person.mention.start = m.start;
        if (person.mention.role === null) {
          person.mention.role = text.slice(start, poss.end);
          person.mention.roleStart = start;
          person.mention.roleEnd = poss.end;
        }
        return person;
      }
      // `Moody's Analytics`, `McDonald's Corp.`: the possessive is part of one organisation's name.
      if (person && person.mention.type === 'name' && !/\s/.test(person.mention.name)) {
        m.end = person.mention.end;
        m.nameEnd = person.mention.nameEnd;
        m.name = text.slice(start, person.mention.nameEnd);
        m.kind = 'organization';
        return { mention: m, next: person.next };
      }
    }
  }
  // Apposition with an article after a person: `Rand Paul, a Kentucky Republican, voted`.
  if (m.kind === 'person') {
    // `says Maria Gomez, 45, a teacher in Madrid.`: an age between the name and its apposition.
    const age = /^,\s*\d{1,3}(?=\s*,)/.exec(text.slice(after, after + 8));
    const from = age ? after + age[0].length : after;
    // (French `a` is the verb: `Stéphane Le Foll, a affirmé que…`.)
    const article = ctx.language === 'fr' ? /^,\s+(?:un|une|le|la|l')\s/i : /^,\s+(?:a|an|the)\s/i;
    // (`by Alan Price, a Labour councillor.`: one ending the sentence names an office.)
    const ending = (): RegExpExecArray | null => {
      const e = /^,\s+\S+\s[^,.;:«»"“”()]{1,80}?\.(?=\s|$)/i.exec(text.slice(from, from + 100));
      if (!e || age) return e;
      const words = e[0].slice(1, -1).trim().split(/\s+/).slice(1);
      if (words.length <= 5 && words.some((w) => roleKind(fold(w), ctx.language)?.kind === 'person')) return e;
      // (`said Gail Hartfield, a meteorologist with the National Weather Service in Raleigh.`: a
      // trade's noun then where the person works, however long.)
      const head = fold(words[0] ?? '');
      return ctx.language === 'en' &&
        words.length <= 12 &&
        (roleKind(head, ctx.language)?.kind === 'person' || /(?:ist|er|or|ian|ant|ent)$/.test(head)) &&
        /^(?:with|at|for|of|from)$/.test(words[1] ?? '') &&
        /^\p{Lu}/u.test(words[words[2] === 'the' ? 3 : 2] ?? '')
        ? e
        : null;
    };
    const app = article.test(text.slice(from, from + 12))
      ? (/^,\s+\S+\s[^,.;:«»"“”()]{1,80}?,/i.exec(text.slice(from, from + 100)) ?? ending())
      : null;
    // `Lisa Cho, 27, of Brisbane, said`: an age and a home town.
    const home =
      age && ctx.language === 'en' ? /^,\s+(?:of|from)\s[^,.;:«»"“”()]{1,40},/.exec(text.slice(from, from + 60)) : null;
    if (home && !app) {
      const k = tokenAt(tokens, from + home[0].length - 1);
      if (k <= to) {
        m.end = from + home[0].length - 1;
        return { mention: m, next: k };
      }
    }
    if (app) {
      const appEnd = from + app[0].length - 1;
      const k = tokenAt(tokens, appEnd);
      if (k <= to) {
        if (m.role === null) {
          m.role = text.slice(from + 2, appEnd).trim();
          m.roleStart = from + 2;
          m.roleEnd = appEnd;
        }
        m.end = appEnd;
        return { mention: m, next: k };
      }
    }
  }
  // Apposition after a name: `Iouri Ouchakov, conseiller diplomatique du Kremlin`.
  const comma = tokens[next];
  // `Stéphane Le Foll, a affirmé que…`: a verb after the comma is the name's predicate.
  const verbAfter = !!comma && (VERB_AFTER_COMMA.has(comma.norm) || ctx.isVerb(comma.norm));
  if (
    comma &&
    next < to &&
    !verbAfter &&
    /^\s*,\s*$/.test(text.slice(Math.max(after, tokens[next - 1].end), comma.start))
  ) {
    let role =
      roleAt(text, tokens, next - 1, to, ctx, null, true) ??
      (DETERMINERS[ctx.language].includes(comma.norm) ? roleAt(text, tokens, next, to, ctx, null) : null);
    // `David Zapolsky, Amazon's senior vice president and general counsel blamed…`: an owner's
    // name and `'s` before the office.
    let owner = -1;
    if (!role && ctx.language === 'en' && m.kind === 'person' && isFirstName(fold(m.name.split(/\s+/)[0]))) {
      let k = next;
      while (k < to && k - next < 4 && isCapitalized(tokens[k].text) && !NOT_NAMES.has(tokens[k].norm)) k++;
      if (
        k > next &&
        k + 1 < to &&
        tokens[k].norm === 's' &&
        /^['’]$/.test(text.slice(tokens[k - 1].end, tokens[k].start))
      ) {
        role = roleAt(text, tokens, k, to, ctx, null, true);
        if (role) owner = tokens[next].start;
      }
    }
    // (`After talking about how much he admired Tory, the premier moved on…`: a description that
    // its own verb follows is the next clause's subject, no apposition.)
    const verbNext = role && role.next < to ? tokens[role.next] : undefined;
    const ownVerb =
      !!role &&
      !!verbNext &&
      /^[^\S\n]+$/.test(text.slice(role.mention.end, verbNext.start)) &&
      /^\p{Ll}/u.test(verbNext.text) &&
      (/^(?:a|ont|est|sont|avait|was|were|is|are|has|had|have|will|would)$/.test(verbNext.norm) ||
        (ctx.language === 'en' && /^\p{Ll}{2,}ed$/u.test(verbNext.text)));
    // (`Interrogée par l'AFP, une voisine, …`: a person is no apposition to an organisation.)
    // (`Undaunted, the Swiss youngster broke back`: nor to a lone unknown word opening its
    // sentence.)
    const loneOpener =
      m.kind === null &&
      !/\s/.test(m.name) &&
      /(?:^|[.!?]["”»]?\s+|\n\s*)$/.test(text.slice(Math.max(0, m.start - 4), m.start));
    // (`Dans La Dépêche, l'élu explique`: nor to where something is, an opening adjunct.)
    const where = !!m.prep && /^(?:dans|sur|en|a|au|aux|in|on|at)$/.test(m.prep);
    if (
      role &&
      !ownVerb &&
      !loneOpener &&
      !where &&
      role.mention.type === 'role' &&
      role.mention.kind === 'person' &&
      m.kind !== 'organization' &&
      m.kind !== 'place'
    ) {
      m.role = owner >= 0 ? text.slice(owner, role.mention.end) : role.mention.name;
      m.roleStart = owner >= 0 ? owner : role.mention.start;
      m.roleEnd = role.mention.end;
      if (m.kind === null) m.kind = 'person';
      m.end = role.mention.end;
      next = role.next;
      // (`Abdou Dieng, Resident and Humanitarian Coordinator in the country`: a second office in
      // capitals joined by `and` is the same person's.)
      const and = tokens[next];
      if (and && next < to && /^(?:and|et)$/.test(and.norm) && isCapitalized(tokens[role.next - 1].text)) {
        let k = next + 1;
        while (k < to && k - next <= 3 && isCapitalized(tokens[k].text) && adjacent(text, tokens[k - 1], tokens[k]))
          k++;
        if (k > next + 1 && officeNoun(tokens[k - 1].norm, ctx.language)) {
          m.role = text.slice(m.roleStart, tokens[k - 1].end);
          m.roleEnd = tokens[k - 1].end;
          m.end = tokens[k - 1].end;
          next = k;
        }
      }
    }
  }
  return { mention: m, next };
}

/**
 * English `'s` followed by a document or page of its owner (`'s Facebook page`, `'s official
 * website`, `'s statement`): the index of the document's noun, else -1.
 */
function possessedDocument(text: string, tokens: readonly Token[], k: number, to: number, ctx: MentionContext): number {
  if (ctx.language !== 'en' || k >= to || tokens[k]?.norm !== 's' || k === 0) return -1;
  if (!/^['’]$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return -1;
  for (let d = k + 1; d < to && d <= k + 4; d++) {
    if (!adjacent(text, tokens[d - 1], tokens[d]) && d > k + 1) return -1;
    if (SOURCE_DOCUMENTS.en.includes(tokens[d].norm)) return d;
    if (ctx.isVerb(tokens[d].norm) && !isCapitalized(tokens[d].text)) return -1;
  }
  return -1;
}

/**
 * A description starting with the determiner at `i` (or, when `bare`, with the word after
 * `i`: an apposition without article, an English pre-nominal title).
 */
function roleAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  to: number,
  ctx: MentionContext,
  prep: string | null,
  bare = false,
): { mention: SpeakerMention; next: number } | null {
  const lang = ctx.language;
  const j = i + 1;
  // Pre-nominal words: `le premier ministre`, `the Russian foreign minister`, `a senior US official`.
  // (An apposition may name a longer owner: `, Coast Guard Sector San Diego commanding officer.`)
  const maxPre = lang === 'en' ? (bare ? 6 : 4) : 2;
  let head = -1;
  let info: { kind: ActorKind; plural: boolean } | null = null;
  for (let k = 0; k <= maxPre && j + k < to; k++) {
    const tk = tokens[j + k];
    if (k > 0 && !adjacent(text, tokens[j + k - 1], tk)) break;
    // (`le garde des Sceaux`, `l'ex-garde des Sceaux`: the French minister of justice.)
    const sealKeeper =
      lang === 'fr' &&
      /^(?:ex-)?garde$/.test(tk.norm) &&
      tokens[j + k + 1]?.norm === 'des' &&
      tokens[j + k + 2]?.norm === 'sceaux';
    // (`the 37-year-old's gains`: someone told by their age, as an owner, is no head.)
    const ownerByAge = /^\d{1,3}-year-olds?$/.test(tk.norm) && /^['’]/.test(text.slice(tk.end, tk.end + 1));
    const r =
      (sealKeeper ? PERSON : null) ??
      (ownerByAge ? null : roleKind(tk.norm, lang)) ??
      (SOURCE_DOCUMENTS[lang].includes(tk.norm) ? { kind: 'organization' as const, plural: false } : null);
    if (
      r &&
      !(
        lang === 'en' &&
        k + 1 <= maxPre &&
        tokens[j + k + 1] &&
        roleKind(tokens[j + k + 1].norm, lang) &&
        adjacent(text, tk, tokens[j + k + 1]) &&
        // (`health spokesperson Dr Ayesha Verrall`: a title opening a name is no head.)
        !opensTitledName(tokens, j + k + 1, to)
      )
    ) {
      head = j + k;
      info = r;
      break;
    }
    if (lang === 'fr' && !ADJ_BEFORE.has(tk.norm)) break;
    if (
      lang === 'en' &&
      !isCapitalized(tk.text) &&
      (TAIL_STOP.has(tk.norm) || DETERMINERS.en.includes(tk.norm) || PREPOSITIONS.en.includes(tk.norm))
    )
      break;
    if (lang === 'en' && ctx.isVerb(tk.norm) && !isCapitalized(tk.text)) break;
  }
  if (head < 0 || !info) return null;
  if (bare && lang === 'fr' && head !== j && !ADJ_BEFORE.has(tokens[j].norm)) return null;
  // A capitalized head must be an organisation's name (`le Kremlin`), never a sentence word.
  let k = head + 1;
  let lastIn = head;
  let afterDe = false;
  /** The token that followed the last `de`, if it was the last one taken. */
  let deNoun = -1;
  let steps = 0;
  /** A lower-case English word that may go on an office's complement: no verb, article or stop word. */
  const lowerWord = (x: Token): boolean =>
    /^\p{Ll}[\p{Ll}-]{2,}$/u.test(x.text) &&
    !TAIL_STOP.has(x.norm) &&
    !ctx.isVerb(x.norm) &&
    !DETERMINERS.en.includes(x.norm);
  while (k < to && steps < 12) {
    const tk = tokens[k];
    // (`de la FGTB Charleroi & Sud-Hainaut`: an ampersand joins two capitalised names.)
    const ampersand =
      isCapitalized(tk.text) &&
      isCapitalized(tokens[k - 1].text) &&
      /^\s*&\s*$/.test(text.slice(tokens[k - 1].end, tk.start));
    // (`le porte-parole de M. Ban`: a courtesy title after `de` goes on to its name.)
    const titleDot =
      k - 1 === deNoun &&
      TITLES[tokens[k - 1].norm] !== undefined &&
      /^\p{Lu}/u.test(tokens[k - 1].text) &&
      /^\.\s?$/.test(text.slice(tokens[k - 1].end, tk.start)) &&
      isCapitalized(tk.text);
    if (!ampersand && !titleDot && !adjacent(text, tokens[k - 1], tk)) break;
    const n = tk.norm;
    const capitalNext = !!tokens[k + 1] && isCapitalized(tokens[k + 1].text) && k + 1 < to;
    // `a spokesperson for the company`, `a senior fellow at the Brookings Institution`.
    // `ministre du Commerce et du Tourisme`, `Minister of Trade and Tourism`: a coordinated complement.
    if (
      (n === 'et' || n === 'and') &&
      deNoun === lastIn &&
      lastIn > head &&
      (/^(?:de|du|des|d'|of|the)$/.test(tokens[k + 1]?.norm ?? '') || (lang === 'en' && capitalNext))
    ) {
      k++;
      steps++;
      continue;
    }
    // (`ministre des Affaires européennes et étrangères`: two adjectives of the complement.)
    if (
      n === 'et' &&
      lang === 'fr' &&
      deNoun > head &&
      lastIn > deNoun &&
      FR_ADJECTIVE_END.test(tokens[lastIn].norm) &&
      k + 1 < to &&
      !isCapitalized(tokens[k + 1]?.text ?? '') &&
      FR_ADJECTIVE_END.test(tokens[k + 1]?.norm ?? '')
    ) {
      k++;
      steps++;
      continue;
    }
    const forThe = lang === 'en' && (n === 'for' || n === 'at') && (capitalNext || tokens[k + 1]?.norm === 'the');
    if (
      n === 'de' ||
      n === 'du' ||
      n === 'des' ||
      n === "d'" ||
      n === 'of' ||
      forThe ||
      ((n === 'au' || n === 'aux' || n === 'at') && capitalNext)
    ) {
      afterDe = true;
      k++;
      steps++;
      continue;
    }
    // `demandé à la police d'y mettre fin`: a clitic after `de` opens an infinitive, no complement.
    if (afterDe && lang === 'fr' && /^(?:y|en|se|s'|lui|leur)$/.test(n)) break;
    // (`le frère de 8 ans`: an age after `de` tells who, it names no office's domain.)
    if (afterDe && /^\d/.test(n)) break;
    if (afterDe && /^(?:la|l'|les|the|a|an|un|une)$/.test(n)) {
      k++;
      steps++;
      continue;
    }
    // `du président Poutine`: a name right after a role noun of the tail belongs to the tail.
    const innerRole =
      lastIn > head &&
      roleKind(tokens[lastIn].norm, lang)?.kind === 'person' &&
      /^(?:de|du|des|d'|of)$/.test(tokens[lastIn - 1]?.norm ?? '');
    // `le représentant des îles Marshall`: a name right after the complement's noun.
    const complementName = deNoun === lastIn && lastIn > head && isCapitalized(tk.text);
    // `le ministre de la Culture Paul Arnaud`: a person's name after the complement is the
    // holder, not more of the office (a known person, or a first name before a capitalised word).
    if (complementName && !afterDe && !titleDot && personNameAt(tokens, k, to, ctx)) break;
    if (
      afterDe ||
      complementName ||
      (isCapitalized(tk.text) && lastIn > head && (isCapitalized(tokens[lastIn].text) || innerRole))
    ) {
      // Right after `de`/`du`/`des`, French has a noun or an infinitive, never a finite verb:
      // `son attachée de presse`, `le chef de garde`, but `chargé de dire`.
      const nounAfterDe = afterDe && lang === 'fr' && !/(?:er|ir|re)$/.test(n);
      if (ctx.isVerb(n) && !isCapitalized(tk.text) && !nounAfterDe) break;
      if (afterDe) deNoun = k;
      lastIn = k;
      afterDe = false;
      k++;
      steps++;
      continue;
    }
    // `officials familiar with the matter`, `sources close to the talks` (but `the governor
    // met with John Smith`: a verb, not a modifier).
    if (
      lang === 'en' &&
      POST_MODIFIERS.has(n) &&
      /^(?:with|to|on|in|about)$/.test(tokens[k + 1]?.norm ?? '') &&
      k + 1 < to
    ) {
      lastIn = k;
      afterDe = true;
      k += 2;
      steps += 2;
      continue;
    }
    // A description stops before a verb or an adverb (`le ministre vaudois de l'économie
    // renvoie`, `la police aurait néanmoins`): after a complement only adjectives go on.
    const adjectiveLike = FR_ADJECTIVE_END.test(n);
    if (
      !isCapitalized(tk.text) &&
      !TAIL_STOP.has(n) &&
      !ctx.isVerb(n) &&
      !/^\d/.test(n) &&
      lang === 'fr' &&
      !NOT_IN_DESCRIPTION.has(n) &&
      !FR_FINITE_END.test(n) &&
      !/ment$/.test(n) &&
      // (`les producteurs régionaux prévoient`: after a plural, a word in `-ent` is its verb.)
      !(info.plural && /[^m]ent$/.test(n)) &&
      // (`le préfet motive sa décision`: a word before an article or a possessive is a verb.)
      !(k + 1 < tokens.length && adjacent(text, tk, tokens[k + 1]) && FR_ARTICLE_AFTER_VERB.has(tokens[k + 1].norm)) &&
      (adjectiveLike || deNoun !== lastIn || lastIn === head) &&
      // (`la maman de Marin exprime`: nothing follows a name given without article.)
      !(isCapitalized(tokens[lastIn].text) && lastIn > head && /^(?:de|d')$/.test(tokens[lastIn - 1]?.norm ?? ''))
    ) {
      lastIn = k;
      k++;
      steps++;
      continue;
    }
    // `the ministry of cooperative governance and traditional affairs said`, `the department
    // of homeland security`: after an English complement, its lower-case words and `and` go on
    // up to a verb, an article, a preposition or an adverb.
    if (lang === 'en' && deNoun >= 0 && lastIn > head) {
      // (Adverbs without `-ly` are stop words too: `the department of homeland security later said`.)
      if (lowerWord(tk) && !PREPOSITIONS.en.includes(n) && !/ly$/.test(n)) {
        lastIn = k;
        k++;
        steps++;
        continue;
      }
      if (n === 'and' && k + 1 < to && tokens[k + 1] && lowerWord(tokens[k + 1])) {
        k++;
        steps++;
        continue;
      }
    }
    break;
  }
  const start = bare ? tokens[i + 1].start : tokens[i].start;
  const end = tokens[lastIn].end;
  const m = base(text, start, end, 'role', prep);
  m.kind = info.kind;
  // (`the boss`, `the witness`, `the actress`: a singular in `-ss`.)
  m.plural =
    info.plural || (/^(?:les|des|ces|leurs|the)$/.test(tokens[i]?.norm ?? '') && /(?<!s)s$/.test(tokens[head].norm));
  const det = tokens[i]?.norm;
  // Gender from the article when it says (`la ministre`), else from a person noun's ending.
  // (`son ex-compagne`, `son amie`: before a vowel, `son` tells no gender.)
  const beforeVowel = det === 'son' && /^[aeiouyh]/.test(tokens[head].norm);
  if (det === 'la' || det === 'une' || det === 'cette' || det === 'sa') m.gender = 'f';
  else if (beforeVowel && lang === 'fr')
    m.gender = /(?:trice|euse|ere|enne|onne|esse|agne|ine|elle|ee)$/.test(tokens[head].norm)
      ? 'f'
      : /(?:eur|ien|ant|ier|ais|ois|ard|al|if)$/.test(tokens[head].norm)
        ? 'm'
        : null;
  else if (det === 'le' || det === 'un' || det === 'du' || det === 'ce' || det === 'cet' || det === 'son')
    m.gender = 'm';
  else if (info.kind === 'person' && lang === 'en')
    m.gender = /(?:woman|women|ess|wife|mother|daughter|sister|girl|lady)$/.test(tokens[head].norm)
      ? 'f'
      : // (`spokesperson`, `chairperson`: no son in them.)
        /(?:man|men|husband|father|(?<!per)son|brother|boy)$/.test(tokens[head].norm)
        ? 'm'
        : null;
  else if (info.kind === 'person')
    // (`l'homologue`, `l'archéologue`, `le diplomate`, `l'analyste`, `l'édile`, `l'arbitre`: the
    // same for both.)
    m.gender = /(?:gue|que|iste|aire|mate|crate|phe|ile|ble|tre|ete|cte)$/.test(tokens[head].norm)
      ? null
      : /(?:trice|euse|ere|enne|onne|esse|nte|ate|ee|ue)$/.test(tokens[head].norm)
        ? 'f'
        : 'm';
  else m.gender = null;
  // Description without its article: `porte-parole du Conseil de sécurité nationale`.
  m.name = text.slice(tokens[bare ? i + 1 : i + 1].start, end);
  m.nameStart = tokens[i + 1].start;
  m.nameEnd = end;
  // Document nouns speak for their author: `un communiqué du département d'État` → the department.
  if (SOURCE_DOCUMENTS[lang].includes(tokens[head].norm)) {
    // `a statement released by the ministry`, `un texte publié par l'Élysée`.
    let at = head + 1;
    if (
      tokens[at] &&
      /^(?:released|issued|published|posted|signed|publie|publiee|diffuse|diffusee|signe|signee)$/.test(
        tokens[at].norm,
      ) &&
      /^(?:by|par)$/.test(tokens[at + 1]?.norm ?? '')
    ) {
      at += 1;
    }
    const de = tokens[at];
    if (de && at < to && /^(?:de|du|des|d'|of|from|by|par)$/.test(de.norm)) {
      const inner =
        de.norm === 'du' ? roleAt(text, tokens, at, to, ctx, de.norm) : mentionAt(text, tokens, at + 1, to, ctx);
      if (inner && inner.mention.type !== 'pronoun') {
        inner.mention.start = m.start;
        inner.mention.prep = prep;
        return inner;
      }
    }
    // `« … », précise le communiqué`: a document named again by its article speaks for its
    // issuer, found among the speakers before (see `SpeakerBook.link`).
    if (/^(?:le|la|l'|ce|cette|the|this)$/.test(tokens[i]?.norm ?? '') && !bare)
      return { mention: m, next: lastIn + 1 };
    return null;
  }
  // `The sheriff's office in Cobb County tweeted`, `the governor's office said`: the office's
  // staff speak as an organisation.
  const owned = tokens[lastIn + 2];
  if (
    lang === 'en' &&
    info.kind === 'person' &&
    owned &&
    lastIn + 2 < to &&
    tokens[lastIn + 1].norm === 's' &&
    /^['’]$/.test(text.slice(tokens[lastIn].end, tokens[lastIn + 1].start)) &&
    adjacent(text, tokens[lastIn + 1], owned) &&
    /^(?:office|department|administration|campaign|cabinet|staff)$/.test(owned.text)
  ) {
    m.kind = 'organization';
    m.plural = false;
    m.gender = null;
    m.end = owned.end;
    m.nameEnd = owned.end;
    m.name = text.slice(m.nameStart, owned.end);
    return { mention: m, next: lastIn + 3 };
  }
  // `the department's Facebook page`: the page speaks for the department.
  const doc = possessedDocument(text, tokens, lastIn + 1, to, ctx);
  const next = doc >= 0 ? doc + 1 : lastIn + 1;
  if (doc >= 0) {
    m.end = tokens[doc].end;
    return { mention: m, next };
  }
  // A name right after the description: `le secrétaire d'État américain Marco Rubio`,
  // `le vice-ministre russe des affaires étrangères, Sergueï Riabkov`.
  const after = tokens[next];
  // An organisation introduced by its kind: `l'ONG Human Rights Watch`, `the agency Reuters`.
  if (
    after &&
    next < to &&
    info.kind === 'organization' &&
    !info.plural &&
    /^\s*$/.test(text.slice(tokens[lastIn].end, after.start))
  ) {
    // (`le syndicat agricole Modef`, `le groupe pétrolier TotalEnergies`: one or two adjectives
    // may follow the kind.)
    const adjectivesOnly =
      lastIn - head <= 2 &&
      tokens
        .slice(head + 1, lastIn + 1)
        .every(
          (x) =>
            /^\p{Ll}/u.test(x.text) && !/^(?:de|du|des|d'|la|le|les|l'|en|a|au|aux|et|of|for|the|and)$/.test(x.norm),
        );
    if (isCapitalized(after.text) && !NOT_NAMES.has(after.norm) && (lastIn === head || adjectivesOnly)) {
      const named = nameAt(text, tokens, next, to, ctx, null);
      if (named && named.mention.kind !== 'place' && named.mention.kind !== 'person') {
        const nm = named.mention;
        nm.start = m.start;
        nm.prep = prep;
        nm.kind = 'organization';
        return { mention: nm, next: named.next };
      }
    }
  }
  // (`l'un de ses conseillers, Toussaint Alain`, `one of his lawyers, John Doe`: one member of
  // the plural office is named.)
  const oneOfMatch =
    info.plural && roleKind(tokens[head].norm.replace(/[sx]$/, ''), lang)?.kind === 'person'
      ? /(?:\bl['’]\s*une?|\bune?|\bone)\s+(?:(?:de|d['’]|of)\s*)?$/i.exec(
          text.slice(Math.max(0, m.start - 14), m.start),
        )
      : null;
  const oneOf = oneOfMatch !== null;
  // (The member is the mention, with the preposition before `l'un`: `a déclaré l'un de ses
  // conseillers, X` is the verb's subject, not a complement of `de`.)
  let oneOfStart = m.start;
  let oneOfPrep = prep;
  if (oneOfMatch) {
    oneOfStart = Math.max(0, m.start - 14) + oneOfMatch.index;
    let k = i;
    while (k > 0 && tokens[k].start > oneOfStart) k--;
    oneOfPrep = prepBefore(text, tokens, k, lang);
  }
  if (after && next < to && ((info.kind === 'person' && !info.plural) || oneOf)) {
    // (`le médiateur de la CEDEAO (…) pour le Mali, Blaise Compaoré`: an acronym in brackets and
    // the office's scope may stand before the comma.)
    let at = next;
    // (Nor the office's other complements, set off by commas: `le ministre de l'Administration
    // territoriale, de la Décentralisation et de la Sécurité, Auguste Denise Barry`.)
    const scope = OFFICE_SCOPE.exec(text.slice(tokens[lastIn].end, tokens[lastIn].end + 120));
    if (scope && scope[0].length > 0 && !/^\s*,\s*$/.test(scope[0])) {
      const nameStart = tokens[lastIn].end + scope[0].length;
      while (at < to && tokens[at].start < nameStart) at++;
    }
    // (`un porte-parole militaire, le colonel Diarra Koné`: a rank or a trade with its article
    // may open the name after the comma.)
    if (
      at === next &&
      /^\s*,\s*$/.test(text.slice(tokens[lastIn].end, tokens[at].start)) &&
      /^(?:le|la|l'|the)$/.test(tokens[at].norm) &&
      at + 2 < to &&
      /^\p{Ll}/u.test(tokens[at + 1].text) &&
      isSingularPerson(roleKind(tokens[at + 1].norm, lang)) &&
      isCapitalized(tokens[at + 2].text) &&
      adjacent(text, tokens[at + 1], tokens[at + 2])
    )
      at += 2;
    // (`Her neighbour, retired teacher Bill Evans`: a bare office of up to three lower-case
    // words before the name.)
    else if (
      at === next &&
      /^\s*,\s*$/.test(text.slice(tokens[lastIn].end, tokens[at].start)) &&
      /^\p{Ll}/u.test(tokens[at].text)
    ) {
      let k = at;
      while (
        k < to &&
        k - at < 3 &&
        /^\p{Ll}[\p{L}-]*$/u.test(tokens[k].text) &&
        (k === at || adjacent(text, tokens[k - 1], tokens[k]))
      )
        k++;
      if (
        k > at &&
        k < to &&
        isSingularPerson(roleKind(tokens[k - 1].norm, lang)) &&
        isCapitalized(tokens[k].text) &&
        adjacent(text, tokens[k - 1], tokens[k]) &&
        !tokens.slice(at, k).some((x) => TAIL_STOP.has(x.norm) || ctx.isVerb(x.norm))
      )
        at = k;
    }
    // (`le président de l'Association, le Dr Gilbert Boucher`: an article and a title.)
    else if (
      (at !== next || /^\s*,\s*$/.test(text.slice(tokens[lastIn].end, tokens[at].start))) &&
      /^(?:le|la|l'|the)$/.test(tokens[at].norm) &&
      at + 2 < to &&
      opensTitledName(tokens, at + 1, to)
    )
      at += 1;
    const first = tokens[at];
    const gap = first ? text.slice(tokens[lastIn].end, first.start) : '';
    if (
      first &&
      at < to &&
      (/^\s*,?\s*$/.test(gap) || at !== next) &&
      (isCapitalized(first.text) || TITLES[first.norm] !== undefined) &&
      // (`health spokesperson Dr Ayesha Verrall`: a title opens the holder's name.)
      (!NOT_NAMES.has(first.norm) || opensTitledName(tokens, at, to))
    ) {
      const named = nameAt(text, tokens, at, to, ctx, null);
      if (named && named.mention.kind !== 'place' && named.mention.kind !== 'organization') {
        const nm = named.mention;
        nm.role = m.name;
        nm.roleStart = m.nameStart;
        nm.roleEnd = m.nameEnd;
        nm.start = oneOfStart;
        nm.prep = oneOfPrep;
        nm.kind = 'person';
        if (!nm.gender) nm.gender = m.gender;
        return { mention: nm, next: named.next };
      }
    }
  }
  return { mention: m, next };
}

/** True when token `k` is a title opening a person's name: `Dr Ayesha Verrall`, `Prof. Jones`. */
function opensTitledName(tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return (
    !!t &&
    !!next &&
    k + 1 < to &&
    TITLES[t.norm.replace(/\.$/, '')] !== undefined &&
    isCapitalized(t.text) &&
    isCapitalized(next.text)
  );
}

/** A first name whose gender is known (`Henri`, `Maria`), folded. */
function isFirstName(norm: string): boolean {
  if (isGenderedFirstName(norm)) return true;
  // (`Jean-Laurent`, `Marie-Hélène`: a compound of two first names.)
  const parts = norm.split('-');
  return parts.length === 2 && parts.every(isGenderedFirstName);
}

/** True when a person's name starts at token `k`: a known person, or a first name and a capitalised word. */
function personNameAt(tokens: readonly Token[], k: number, to: number, ctx: MentionContext): boolean {
  const next = tokens[k + 1];
  if (!next || k + 1 >= to || !isCapitalized(next.text)) return false;
  const two = `${tokens[k].norm} ${next.norm}`;
  const three = tokens[k + 2] && k + 2 < to ? `${two} ${tokens[k + 2].norm}` : null;
  const kinds = [ctx.knownKind(two), three !== null ? ctx.knownKind(three) : null];
  if (kinds.includes('person')) return true;
  // (`le porte-parole du club Hugo Ferrand`, when the article knows a club of that name.)
  if (kinds.some((x) => x !== null)) return false;
  return isFirstName(tokens[k].norm);
}

/** Joins `A et B` / `A and B` into one joint mention (the subject of a plural verb). */
function joinConjuncts(
  text: string,
  tokens: readonly Token[],
  list: SpeakerMention[],
  _ctx: MentionContext,
): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  for (const m of list) {
    const prev = out[out.length - 1];
    if (prev && prev.type !== 'pronoun' && m.type !== 'pronoun' && m.prep === null) {
      const gap = text.slice(prev.end, m.start);
      // `ministre du Commerce et du Tourisme`: a complement's coordination, not two speakers.
      const genitive = /^(?:du|des|de|d'|d’|of)\s/i.test(text.slice(m.start, m.start + 4));
      // (`Chairman of judges and BBC journalist James Naughtie said`: a group after a
      // preposition, then a person named in full, are a complement and the subject's next title.)
      const apart = prev.prep !== null && prev.plural && prev.type === 'role' && m.type === 'name' && !m.plural;
      // (`Mohammad Shamsud Douza, additional commissioner of the Refugee Relief and Repatriation
      // Commission`, `Derek Bowes, commercial manager for Arriva North West and Wales`: a person's
      // apposition ends on a name its `and` goes on — the apposition takes it.)
      const inApposition =
        prev.type === 'name' &&
        prev.kind === 'person' &&
        prev.role !== null &&
        prev.roleEnd === prev.end &&
        /\p{Lu}[\p{L}-]*$/u.test(prev.role) &&
        m.kind !== 'person' &&
        isCapitalized(text.slice(m.start, m.start + 1));
      // (`the Tánaiste and Minister for Justice Frances Fitzgerald`: two offices of one person
      // named after the second — the titled name is the mention.)
      if (
        /^\s*(?:and|et)\s*$/i.test(gap) &&
        prev.type === 'role' &&
        !prev.plural &&
        prev.kind === 'person' &&
        m.type === 'name' &&
        m.kind === 'person' &&
        m.role !== null &&
        m.prep === null
      ) {
        out[out.length - 1] = m;
        continue;
      }
      if (inApposition && /^\s*(?:and|et|&)\s*$/i.test(gap)) {
        out[out.length - 1] = { ...prev, end: m.end, role: text.slice(prev.roleStart, m.end), roleEnd: m.end };
        continue;
      }
      // (`Lt. Marcus Hale, head of the harbour unit and Incident Commander`: what speaks for no one
      // — an office in capitals — joins no person named before it.)
      if (
        !genitive &&
        !apart &&
        !(m.kind === null && prev.kind === 'person') &&
        /^\s*(?:et|and|&)\s*$/i.test(gap) &&
        JOINERS.has(gap.trim().toLowerCase())
      ) {
        const joint = base(text, prev.start, m.end, 'joint', prev.prep);
        joint.parts = prev.type === 'joint' ? [...prev.parts, m] : [prev, m];
        joint.plural = true;
        joint.kind = joint.parts.every((p) => p.kind === 'person') ? 'person' : 'organization';
        joint.name = text.slice(prev.start, m.end);
        out[out.length - 1] = joint;
        continue;
      }
    }
    out.push(m);
  }
  void tokens;
  return out;
}
