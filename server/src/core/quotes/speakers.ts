/**
 * Turning speaker mentions into actors: link a name, a description or a pronoun to an actor
 * the article already has (by overlapping mention, name, alias, surname or an equivalent
 * role), or create one (`source: detected`; `named: false` for a description such as
 * `le porte-parole du Conseil de sécurité nationale`). Also resolves pronouns to the
 * person last mentioned.
 */
import { initials } from '../actors/institutions';
import { isGenderedFirstName, isNationality, NOT_NAMES } from '../actors/lexicon';
import { fold, oneEditApart, partitionPoint, slugify } from '../text';
import type { Actor, ActorKind, Language, Mention, Span } from '../types';
import { roleKind, type SpeakerMention } from './mentions';
import { headlineSpan } from './sentences';
import { mentionsAnyWord, nationalityWords } from './nationality';
import { BUSINESS_TRADES, firstNameGender, ROLE_EQUIVALENCES, ROLE_FILLER, SOURCE_DOCUMENTS } from './roles';
import { unquoted } from './view';

/** A sentence opening on a subject pronoun of each gender, maybe after a conjunction (`And she said`). */
const SUBJECT_PRONOUN: Record<Language, Record<'m' | 'f', RegExp>> = {
  en: {
    m: /^\s*(?:(?:and|but|then)\s+)?(he)\s+\p{Ll}/iu,
    f: /^\s*(?:(?:and|but|then)\s+)?(she)\s+\p{Ll}/iu,
  },
  fr: {
    m: /^\s*(?:(?:et|mais|puis)\s+)?(il)\s+\p{Ll}/iu,
    f: /^\s*(?:(?:et|mais|puis)\s+)?(elle)\s+\p{Ll}/iu,
  },
};

/** Verbs after a company's bare name opening a sentence (`Engie a enregistré`, `Acme reported`). */
const COMPANY_VERBS_FR =
  /^(?:a|avait|aura|va|vient|est|sera|annonce|communique|publie|affiche|prevoit|prévoit|table|indique|precise|précise|emploie|enregistre|realise|réalise|devoile|dévoile|compte|vise|confirme|maintient|relève|releve|abaisse|publiait|annonçait|affichait)$/;
const COMPANY_VERBS_EN =
  /^(?:has|had|is|was|will|said|says|reported|reports|announced|announces|posted|posts|expects|plans|employs|confirmed|raised|cut|lowered|unveiled)$/;

/** How far back capitals look for the person whose initials they are (`PSPP`). */
const INITIALS_WINDOW = 3000;
/** How far back a definite description looks for the person it names again. */
const ANAPHOR_WINDOW = 400;
/** The last word of an organisation's name (`… Unit`, `… Office`, `Brigade …` in French it comes first). */
const ORGANIZATION_TAIL =
  /(?:^|\s)(?:Unit|Office|Department|Service|Services|Agency|Council|Police|Ministry|Brigade|Squad|Force|Authority|Commission|Committee|Bureau|Directorate|Inspectorate|Constabulary|Institute|Foundation|Association|Federation|Corporation|Company|Group|Bank|Party|Union|Court|Tribunal)$|^(?:Brigade|Office|Service|Direction|Ministère|Agence|Conseil|Commission|Cour|Tribunal|Police|Gendarmerie|Parquet|Préfecture|Association|Fédération|Syndicat|Union|Parti|Groupe|Banque|Institut|Fondation)\s/u;

/** How far back a nickname after an article (`la Dèche`) looks for its person. */
const NICKNAME_WINDOW = 800;
/** French past participles whose feminine tells a woman (`dite`, `montrée`, `interrogée`, `élue`). */
const PARTICIPLE =
  /^(?:dite|montree|declaree|interrogee|elue|nee|venue|rendue|exprimee|confiee|felicitee|indignee|inquietee|etonnee|emue|opposee|engagee|presentee|affirmee|prononcee)$/;

/**
 * Generic nouns by which the writer names again an institution of a known type: what an
 * organisation's name must hold (folded) to be the one meant.
 */
const GOVERNMENT =
  /\b(?:gouvernement|government|administration|executif|executive|cabinet|conseil d'etat|conseil federal|conseil-executif)\b/;
const INSTITUTION_TYPES: Record<string, RegExp> = {
  gouvernement: GOVERNMENT,
  government: GOVERNMENT,
  executif: GOVERNMENT,
  administration: GOVERNMENT,
  council: /\bcouncil\b/,
  conseil: /\bconseil\b/,
};

const GENERIC_ORGANIZATION = new Set(
  (
    'organisation syndicat entreprise societe groupe association compagnie federation collectif ong ' +
    'company firm group organization organisation union agency carrier airline retailer charity force ' +
    'bloc channel broadcaster alliance coalition chaine ngo organisme institut agence etablissement institute'
  )
    .split(' ')
    .concat(BUSINESS_TRADES),
);

/** Nouns of a business (`the company`, `l'entreprise`). */
const COMPANY_NOUNS = new Set(
  'company firm manufacturer retailer entreprise societe compagnie'.split(' ').concat(BUSINESS_TRADES),
);
/** Names of organisations that are no business. */
const NOT_A_BUSINESS =
  /\b(?:union|unions|syndicat|party|parti|council|conseil|ministry|ministere|department|departement|government|gouvernement|police|court|cour|tribunal|university|universite|association|federation|commission|agency|agence|hospital|hopital|school|ecole|church|eglise|parliament|parlement|assembly|assemblee)\b/;

/** Prepositions of a noun's complement (`la campagne de Nicolas Sarkozy`). */
const GENITIVE = new Set(['de', 'du', 'des', "d'", 'of']);
/** How far back `elle`/`she` looks past a person of unknown gender for one of the right gender. */
const GENDER_WINDOW = 1500;

/** The first personal pronoun of a clause, unless a person noun comes first (`his wife … she`). */
/** A kinship noun in apposition after a name (folded text): group 1 a woman's, group 2 a man's. */
const KIN_APPOSED: Record<Language, RegExp> = {
  en: /^,\s*(?:(?:his|her|their|the|a)\s+|[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?'s?\s+)(?:(?:younger|older|elder|eldest|oldest|youngest|twin|late|little|big|baby)\s+)?(?:(sister|mother|daughter|wife|widow|aunt|grandmother|granddaughter|niece|girlfriend|fiancee|mum|mom)|(brother|father|son|husband|widower|uncle|grandfather|grandson|nephew|boyfriend|fiance|dad))(?![a-z])/,
  fr: /^,\s*(?:(?:sa|la|leur|une)\s+(?:propre\s+|petite\s+|grande\s+|jeune\s+)?(soeur|sœur|mere|fille|epouse|veuve|tante|grand-mere|niece|compagne|cousine)|(?:son|le|leur|un)\s+(?:propre\s+|petit\s+|grand\s+|jeune\s+)?(frere|pere|fils|mari|epoux|veuf|oncle|grand-pere|neveu|compagnon|cousin))(?![a-z])/,
};

const PRONOUN_AFTER_NAME =
  /^((?:(?!\b(?:wife|husband|son|daughter|mother|father|sister|brother|girlfriend|boyfriend|partner|woman|man|girl|boy|mum|mom|dad|widow|widower|child|children|friend|lawyer|attorney|spokesman|spokeswoman|spokesperson)\b)[\s\S])*?)\b(he|him|his|himself|she|her|hers|herself)\b/i;
/**
 * Words for elected people, whole folded words (with the stems the role canon leaves: `mair`,
 * `deput`): `l'élue` may be the `députée` just named, `la mairie` or `un syndicat` is no one.
 */
const ELECTED =
  /^(?:elue?s?|deput(?:ee?s?)?|eurodeput(?:ee?s?)?|senat(?:eur|rice)s?|senateur|senatric|maires?|mair|ediles?|edil|bourgmestres?|bourgmestr|echevine?s?|syndics?|lawmakers?|legislators?|congress(?:man|woman|men|women)|representatives?|mayors?|governors?|council(?:l?or|man|woman|member)s?|assembly(?:man|woman)|mps?)$/;
/** A councillor is elected when the council is (`conseiller municipal`), not as an adviser. */
const ELECTED_COUNCILLOR =
  /\bconseill\w*\s+(?:municipa|regiona|departementa|genera|communa|d'etat|nationa|federa|de paris|metropolita)/;

/**
 * The gender a French office's first noun shows (`avocate` f, `avocat` m), when it shows one
 * (`ministre`, `juge`, `porte-parole` show none).
 */
function officeGender(role: string): 'm' | 'f' | null {
  const head = fold(role)
    .split(/[\s']+/)
    .find((w) => roleKind(w, 'fr')?.kind === 'person');
  if (!head || /(?:gue|que|iste|aire|mate|crate|phe|tre|ge|le|re|se|ne)$/.test(head)) return null;
  if (/(?:trice|euse|ere|enne|onne|esse|nte|ate|ee|ue)$/.test(head)) return 'f';
  return /(?:eur|ier|ien|on|at|ant|ent|in|ur|e)$/.test(head) ? (/e$/.test(head) ? null : 'm') : null;
}

/** A description followed by the name the person gave (`, who identified himself only as Olayinka`). */
const SELF_NAMED =
  /^[^,.;:«»"“”]{0,60},\s*(?:who|qui)\s+(?:identified (?:himself|herself)|gave (?:his|her) name|introduced (?:himself|herself)|asked to be (?:identified|named)(?: only)? by (?:his|her) first name,?|s'est présenté(?:e)?|se prénomme|se fait appeler|se nomme|s'appelle)\s+(?:only\s+)?(?:as\s+|comme\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/** True when every capitalised word of a description's complement is in a role (`du Québec`), and a word of the office too. */
function sameProperNouns(role: string, desc: string): boolean {
  const proper = desc
    .split(/[\s'’-]+/)
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map(fold);
  if (proper.length === 0) return false;
  const own = new Set(fold(role).split(/[\s'’-]+/));
  // (And one word of the office itself: `premier magistrat` and `premier ministre`, never
  // `la maman de Marin` and `l'avocate de Marin`.)
  const common = desc
    .split(/[\s'’-]+/)
    .filter((w) => /^\p{Ll}/u.test(w) && w.length > 3)
    .map(fold);
  return proper.every((w) => own.has(w)) && common.some((w) => own.has(w));
}

/** Whether a description names an elected office (`maire de Lyon`, `députée LFI`, `state senator`). */
function isElectedRole(role: string): boolean {
  const folded = fold(role).replace(/\u2019/g, "'");
  return ELECTED_COUNCILLOR.test(folded) || folded.split(/[\s,'-]+/).some((w) => ELECTED.test(w));
}
/** Descriptions that tell a relation, not an office (`party colleague`, `son collègue`). */
const RELATION_ROLE = /(?:^|\s)(?:colleague|friend|ally|rival|partner|collegue|ami|amie|allie|alliee|camarade)$/;

/** A team's head, however English sport calls them. */
const TEAM_HEAD = /^(?:boss|coach|manager|gaffer|head coach)$/;

/** Two English offices end in the same noun (`Sydney FC coach`, `the Sky Blues boss`). */
function sameOfficeNoun(role: string, desc: string): boolean {
  const last = (s: string): string => fold(s).split(/\s+/).pop() ?? '';
  const a = last(role);
  const b = last(desc);
  return a.length > 2 && (a === b || (TEAM_HEAD.test(a) && TEAM_HEAD.test(b)));
}

/** Nouns that can name anyone already introduced. */
const GENERIC_PERSON = new Set([
  'elu',
  'responsabl',
  'dirigeant',
  'homme',
  'femme',
  'official',
  'politician',
  'leader',
  'lawmaker',
  'figure',
  'personnalit',
]);

interface Referent {
  offset: number;
  actorId: string | null;
  /** A mention not yet turned into an actor; linked when a pronoun points to it. */
  mention: SpeakerMention | null;
  kind: ActorKind | null;
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** The mention opens its sentence as its subject. */
  subject?: boolean;
  /** The actor was just named as a quote's speaker. */
  speaker?: boolean;
}

/** Words of a role, with equivalent posts made equal, for comparing descriptions. */
export function canonicalRole(
  role: string,
  extra: ReadonlyArray<[RegExp, string]> = [],
  /** The words alone, no equivalence applied (`ministre de l'Europe et des Affaires étrangères`). */
  plain = false,
): Set<string> {
  let s = ' ' + fold(role).replace(/\u2019/g, "'") + ' ';
  // The rules' groups first (most specific phrases first), then the built-in table.
  if (!plain) {
    for (const [re, canon] of extra)
      s = s.replace(re, (_m, word: unknown) => ` ${canon} ${typeof word === 'string' ? word : ''} `);
    for (const [re, canon] of ROLE_EQUIVALENCES) s = s.replace(re, canon);
  }
  const words = s
    .replace(/([ldj]|qu)'/g, "$1' ")
    .split(/[\s,]+/)
    // (`The Demons' coach` is the coach: an owner's possessive names no other post.)
    .filter((w) => w && !ROLE_FILLER.has(w) && !/'s?$/.test(w))
    .map(officeStem);
  return new Set(words);
}

/** An office's initials, its small words left out: `senior superintendent of police` → `ssp`, `directeur général de la santé` → `dgs`. */
export function officeInitials(role: string): string {
  return fold(role)
    .split(/[\s,'’-]+/)
    .filter((w) => w && !/^(?:of|the|for|and|de|du|des|la|le|l|d)$/.test(w))
    .map((w) => w[0])
    .join('');
}

/** Words after a name that show no verb follows it (`after Smith of Ontario`, `before Jones and`). */
const CLAUSE_NOT_VERB =
  /^(?:of|in|on|at|to|for|with|from|by|into|onto|over|under|and|or|but|nor|the|a|an|this|that|these|those|who|whom|whose|which|as|than|s|last|next)$/;

/** A word of an office without its feminine and plural endings, which do not change the office: américaine = américain. */
export function officeStem(word: string): string {
  return word.length > 3 ? word.replace(/e?s?$/, '') : word;
}

function sameOrSubset(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (!big.has(w)) return false;
  // One word names too little (`ministre` is not `ministre de la Santé`) unless it is a whole
  // office made one by the equivalences (`procureur de la République` ⊂ `chef du parquet de la République`).
  // (Not when the longer one adds a nationality: `le locataire de Bercy` is no German minister.)
  const [only] = small;
  return (
    small.size >= 2 ||
    small.size === big.size ||
    (/^equiv\d+$/.test(only) && ![...big].some((w) => w !== only && nationalityWords(w, 'fr') !== null))
  );
}

/**
 * `sameOrSubset` over a post's words as written, where the longer one may add no nationality
 * (`le chef de l'État` is not `chef de l'État ukrainien`).
 */
function samePlainPost(a: Set<string>, b: Set<string>, lang: Language): boolean {
  if (!sameOrSubset(a, b)) return false;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of big) if (!small.has(w) && nationalityWords(w, lang) !== null) return false;
  return true;
}

function stripArticle(s: string): string {
  // (`un de ses collègues` keeps its `un`: it is the one member, not an article.)
  return s
    .replace(/^(?:les?|la|l['\u2019]\s*|des|du|(?:un|une)(?!\s+(?:de|d['\u2019]))|the|a|an)\s+/i, '')
    .replace(/^l['\u2019]/i, '');
}

/** A person's gender from a well-known first name (`Maria Lopez` → f), or null. */
function genderOfName(name: string): 'm' | 'f' | null {
  const first = fold(name).split(' ')[0] ?? '';
  if (!/\s/.test(name.trim())) return null;
  return firstNameGender(first);
}

/** A name's last word, its suffix aside (`Clarence Norman Jr.` → `norman`). */
function lastWord(s: string): string {
  const words = fold(s)
    .split(/[\s,]+/)
    .filter(Boolean);
  while (words.length > 1 && /^(?:jr|sr|ii|iii|iv|fils|pere)\.?$/.test(words[words.length - 1])) words.pop();
  return words[words.length - 1] ?? '';
}

/** The rules' equivalences compiled once per rules object, with the roles already made canonical. */
const compiledEquivalences = new WeakMap<
  readonly string[][],
  { patterns: Array<[RegExp, string]>; canon: Map<string, Set<string>> }
>();

function compileEquivalences(equivalents: readonly string[][]): {
  patterns: Array<[RegExp, string]>;
  canon: Map<string, Set<string>>;
} {
  const known = compiledEquivalences.get(equivalents);
  if (known) {
    // (Bounded: a long-running server reads many articles with the same rules.)
    if (known.canon.size > 20000) known.canon.clear();
    return known;
  }
  // Groups that share a phrase name the same office: join them (union-find), so a team's
  // `patron de la diplomatie *` meets the built-in `ministre * des affaires étrangères`.
  const parent = equivalents.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  equivalents.forEach((group, i) => {
    for (const phrase of group) {
      const f = fold(phrase);
      const o = owner.get(f);
      if (o === undefined) owner.set(f, i);
      else parent[find(i)] = find(o);
    }
  });
  const phrases = [...owner.keys()].sort((a, b) => b.length - a.length);
  const patterns: Array<[RegExp, string]> = [];
  for (const f of phrases) {
    // `*` stands for one word (a nationality), `*e` for its feminine: kept, so a Russian
    // minister never equals an American one.
    const pattern = f.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*e?/g, '([\\p{L}-]+)');
    if (pattern)
      patterns.push([new RegExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'gu'), `equiv${find(owner.get(f)!)}`]);
  }
  const compiled = { patterns, canon: new Map<string, Set<string>>() };
  compiledEquivalences.set(equivalents, compiled);
  return compiled;
}

/** The article's actors as the quote detector updates them: links, creates, resolves pronouns. */
export class SpeakerBook {
  readonly actors: Actor[];
  private readonly ids = new Set<string>();
  private readonly roleLinks: Array<{ role: Set<string>; plain: Set<string>; actorId: string }> = [];
  private readonly referents: Referent[] = [];
  /** What the article tells of each person's gender (a title, a first name, `la ministre`). */
  private readonly actorGender = new Map<string, 'm' | 'f'>();

  private readonly equivalences: Array<[RegExp, string]>;

  constructor(
    private readonly text: string,
    actors: readonly Actor[],
    private readonly language: Language,
    /** The rules' `role_equivalents`: groups of descriptions of the same office. */
    equivalents: readonly string[][] = [],
  ) {
    const compiled = compileEquivalences(equivalents);
    this.equivalences = compiled.patterns;
    this.canonCache = compiled.canon;
    this.actors = actors.map((a) => ({
      ...a,
      // `Counter Terrorism Unit`, `Metropolitan Police` read as a person: the head noun says organisation.
      kind: a.kind === 'person' && ORGANIZATION_TAIL.test(a.name.trim()) ? 'organization' : a.kind,
      aliases: [...a.aliases],
      links: [...a.links],
      mentions: [...a.mentions],
    }));
    const records: Referent[] = [];
    for (const a of this.actors) {
      this.ids.add(a.id);
      this.byId.set(a.id, a);
      const g = a.kind === 'person' ? genderOfName(a.name) : null;
      if (g) this.actorGender.set(a.id, g);
      this.indexNames(a);
      if (a.role) this.tieRole(a.role, a.id);
      for (const alias of a.aliases) if (/\s/.test(alias) && /^\p{Ll}/u.test(alias)) this.tieRole(alias, a.id);
      for (const m of a.mentions) {
        this.indexMention(m.start, m.end, a);
        records.push({
          offset: m.start,
          actorId: a.id,
          mention: null,
          kind: a.kind,
          gender: a.kind === 'person' ? genderOfName(a.name) : null,
          plural: false,
        });
      }
    }
    // (Sorted once, not inserted one by one: an actor's mentions interleave with the others', and
    // a giant text's thousands of splices were quadratic. The sort is stable: records at one
    // offset keep the actors' order, as insertion after their equals did.)
    records.sort((x, y) => x.offset - y.offset);
    for (const r of records) this.referents.push(r);
    if (language === 'en') this.genderFromPronouns();
    this.genderFromKin();
  }

  /**
   * `Rena Martin, Newman's younger sister, acknowledged…`, `Marie Dupont, la mère de la
   * victime`: a kinship noun set off after a person's name tells that person's gender when the
   * name does not. Every such apposition must agree.
   */
  private genderFromKin(): void {
    const votes = new Map<string, 'm' | 'f' | null>();
    for (const { end, actor } of this.mentionIndex) {
      // (Only after a comma: most mentions are skipped at their next character.)
      if (this.text.charCodeAt(end) !== 44 || actor.kind !== 'person' || this.actorGender.has(actor.id)) continue;
      const k = KIN_APPOSED[this.language].exec(fold(this.text.slice(end, end + 60)));
      if (!k) continue;
      const g = k[1] ? 'f' : 'm';
      const had = votes.get(actor.id);
      votes.set(actor.id, had === undefined || had === g ? g : null);
    }
    for (const [id, g] of votes) if (g) this.actorGender.set(id, g);
  }

  /** The mention at `start` opens its sentence: only capitalised words (titles, an office) before it. */
  private opensSentence(start: number): boolean {
    const before = this.text.slice(Math.max(0, start - 200), start);
    let lead = start <= 200 ? before : null;
    for (const b of before.matchAll(/[.!?]["”»]?\s+|\n/g)) lead = before.slice(b.index + b[0].length);
    return lead !== null && !lead.split(/\s+/).some((w) => /^\p{Ll}/u.test(w));
  }

  /**
   * `Premier Dalton McGuinty needs to be humble after voters sent him a message`: in English,
   * the first personal pronoun after a person's name that opens its sentence, with no other
   * person, quote or person noun between, tells that person's gender when the name does not.
   * Every such pronoun must agree; one that does not leaves the gender unknown.
   */
  private genderFromPronouns(): void {
    const votes = new Map<string, 'm' | 'f' | null>();
    const idx = this.mentionIndex;
    for (let i = 0; i < idx.length; i++) {
      const { start, end, actor } = idx[i];
      if (actor.kind !== 'person' || this.actorGender.has(actor.id)) continue;
      // (The sentence's subject only: `Cllr O'Reilly apologised to Cllr Smith for her remarks`.)
      if (!this.opensSentence(start)) continue;
      let stop = Math.min(this.text.length, end + 160);
      for (let k = i + 1; k < idx.length && idx[k].start < stop; k++)
        if (idx[k].start >= end && idx[k].actor.id !== actor.id) stop = idx[k].start;
      const after = this.text.slice(end, stop);
      const cut = after.search(/[.!?;:]\s|["«»“”\n]/);
      const clause = cut < 0 ? after : after.slice(0, cut);
      const p = PRONOUN_AFTER_NAME.exec(clause);
      if (!p) continue;
      const g = /^(?:he|him|his|himself)$/i.test(p[2]) ? 'm' : 'f';
      const had = votes.get(actor.id);
      votes.set(actor.id, had === undefined || had === g ? g : null);
    }
    for (const [id, g] of votes) if (g) this.actorGender.set(id, g);
  }

  /** Every mention of every actor, sorted by start, for overlap lookups in O(log n). */
  private readonly mentionIndex: Array<{ start: number; end: number; actor: Actor }> = [];
  private longestMention = 0;

  private indexMention(start: number, end: number, actor: Actor): void {
    const idx = this.mentionIndex;
    idx.splice(
      partitionPoint(idx, (x) => x.start <= start),
      0,
      { start, end, actor },
    );
    this.longestMention = Math.max(this.longestMention, end - start);
  }

  private overlapping(start: number, end: number): Array<{ start: number; end: number; actor: Actor }> {
    const idx = this.mentionIndex;
    const from = start - this.longestMention;
    const lo = partitionPoint(idx, (x) => x.start < from);
    const out: Array<{ start: number; end: number; actor: Actor }> = [];
    for (let i = lo; i < idx.length && idx[i].start < end; i++) if (idx[i].end > start) out.push(idx[i]);
    return out;
  }

  private readonly byId = new Map<string, Actor>();

  /** The actor with this id (a map lookup, not a scan of `actors`: long articles have thousands). */
  actorById(id: string | null | undefined): Actor | undefined {
    return id ? this.byId.get(id) : undefined;
  }

  /** Canonical words of each role already read, shared by every article read with the same rules. */
  private readonly canonCache: Map<string, Set<string>>;
  private readonly plainCache = new Map<string, Set<string>>();

  private canon(role: string): Set<string> {
    let c = this.canonCache.get(role);
    if (!c) {
      c = canonicalRole(role, this.equivalences);
      this.canonCache.set(role, c);
    }
    return c;
  }

  /** Remembers that an actor holds a role, for the descriptions read later. */
  private tieRole(role: string, actorId: string): void {
    this.roleLinks.push({ role: this.canon(role), plain: this.plainWords(role), actorId });
  }

  /** A role's words with no equivalence applied, memoised. */
  private plainWords(role: string): Set<string> {
    let c = this.plainCache.get(role);
    if (!c) {
      c = canonicalRole(role, [], true);
      this.plainCache.set(role, c);
    }
    return c;
  }

  /** Kind of the actor whose name or alias folds to this text. */
  knownKind(folded: string): ActorKind | null {
    return this.byName.get(folded)?.kind ?? null;
  }

  /** True when this folded word is the family name of a person named in full (`Smith` of `Kenny Smith`). */
  isSurname(folded: string): boolean {
    return this.bySurname.has(folded);
  }

  /** Actors by folded name and alias (articles stripped too), and named people by folded surname. */
  private readonly byName = new Map<string, Actor>();
  private readonly bySurname = new Map<string, Actor>();

  private indexNames(a: Actor): void {
    for (const n of [a.name, ...a.aliases]) {
      for (const f of [fold(n), fold(stripArticle(n))]) if (!this.byName.has(f)) this.byName.set(f, a);
    }
    if (a.kind === 'person' && a.named && /\s/.test(a.name.trim())) {
      const last = lastWord(a.name);
      if (!this.bySurname.has(last)) this.bySurname.set(last, a);
    }
  }

  /**
   * Forgets the actors' mentions that sit inside quotes: a name the speaker utters
   * (`« … il (Poutine) veut arrêter »`) is not who a following `a-t-il dit` refers to.
   */
  forgetInside(quoted: readonly Span[]): void {
    const inside = (offset: number): boolean => {
      const lo = partitionPoint(quoted, (q) => q.end <= offset);
      return lo < quoted.length && quoted[lo].start <= offset;
    };
    const kept = this.referents.filter((r) => !inside(r.offset));
    this.referents.length = 0;
    this.referents.push(...kept);
  }

  /** Records a mention read in the text, so later pronouns can refer to it. */
  observe(m: SpeakerMention, subject = false): void {
    if (m.type === 'pronoun') return;
    // Apposition ties a description to a name: remember it for later descriptions.
    let titledId: string | null = null;
    if (m.type === 'name' && m.role && m.kind === 'person') {
      titledId = this.link(m);
      if (titledId) this.tieRole(m.role, titledId);
    }
    /** Where the name's own words start, after its title (`Pistorius's counsel Barry Roux`). */
    const nameStart = titledId ? this.text.indexOf(m.name, m.start) : -1;
    const kind = m.kind;
    if (kind !== 'person' && kind !== 'organization' && m.type !== 'joint') return;
    let gender = m.gender;
    if (!gender && kind === 'person' && !m.plural && this.language === 'fr') {
      // `Dominique Vérien s'est dite « choquée »`, `Claude Morel, interrogée…`: the participle agrees.
      const after = fold(this.text.slice(m.end, m.end + 40));
      const p = /^,?\s+(?:(?:s'est|s'etait|a ete|avait ete|est|etait|sera)\s+)?(\p{L}+)(?=[\s,.;:«»"]|$)/u.exec(after);
      if (p && PARTICIPLE.test(p[1])) gender = 'f';
    }
    // The mention read here tells more than the actor finder's record of the same person (its
    // preposition: `l'allusion à Trump` is no subject): it replaces that record.
    // (Its actor and the gender its name tells are kept.)
    const list = this.referents;
    let actorId: string | null = null;
    /** Where the first record replaced sits: the mention's referent takes its place (no splice). */
    let freed = -1;
    const at = this.indexBefore(m.start);
    for (let i = at; i < list.length && list[i].offset < m.end;) {
      const r = list[i];
      if (
        r.actorId &&
        !r.mention &&
        !r.speaker &&
        !r.subject &&
        r.kind === 'person' &&
        kind === 'person' &&
        // (Not someone named in the title: `Pistorius's counsel Barry Roux` is Roux.)
        !(titledId && r.actorId !== titledId && r.offset < nameStart) &&
        // (`After the president surprised the crowd…, he said`: a description the actor finder
        // already tied to its person, as the subject of a time clause, is that person's mention.)
        (m.type === 'name' ||
          (m.type === 'role' && !m.plural && !!m.prep && /^(?:before|after|until|since|when|while)$/.test(m.prep)))
      ) {
        actorId ??= r.actorId;
        gender ??= r.gender;
        if (freed < 0) {
          freed = i;
          i++;
        } else list.splice(i, 1);
      } else i++;
    }
    if (freed >= 0) {
      const own: Referent = { offset: m.start, actorId, mention: m, kind, gender, plural: m.plural, subject };
      // (In place when the order allows it: a giant text's referents are not shifted each time.)
      if (freed + 1 >= list.length || list[freed + 1].offset > m.start) list[freed] = own;
      else {
        list.splice(freed, 1);
        this.addReferent(own);
      }
      return;
    }
    // (`Christina Grace, a senior producer who works for…`: a description right after a named
    // person and a comma is that person's apposition, not someone else.)
    // (Nothing was removed above: `at` still is the mention's place.)
    const prev = list[at - 1];
    if (
      !actorId &&
      m.type === 'role' &&
      kind === 'person' &&
      !m.plural &&
      prev?.actorId &&
      prev.kind === 'person' &&
      prev.mention?.type === 'name' &&
      /^\s*,\s*(?:(?:now|then|also|still|once|formerly|désormais|aujourd['’]hui|alors|aussi|devenue?)\s+)?(?:(?:a|an|the|un|une|le|la|l['’])\s*)?$/i.test(
        this.text.slice(prev.mention.end, m.start),
      )
    ) {
      actorId = prev.actorId;
      gender ??= prev.gender;
    }
    this.addReferent({ offset: m.start, actorId, mention: m, kind, gender, plural: m.plural, subject });
  }

  /** Whether a person is among the first `lo` referents (stops at the first one). */
  private personBefore(lo: number): boolean {
    for (let i = 0; i < lo; i++) if (this.referents[i].kind === 'person') return true;
    return false;
  }

  /** Keeps referents sorted by offset (ties: the later one last), for backward scans. */
  private addReferent(r: Referent): void {
    const list = this.referents;
    const lo = partitionPoint(list, (x) => x.offset <= r.offset);
    if (lo === list.length) list.push(r);
    else list.splice(lo, 0, r);
  }

  /**
   * A quote's speaker mention now names `actorId` (`…, a assuré la ministre de l'Ecologie` read
   * as Royal): a pronoun that points back to those words (`a-t-elle poursuivi`) names Royal too.
   */
  bindMention(m: SpeakerMention, actorId: string): void {
    const list = this.referents;
    for (let i = this.indexBefore(m.start); i < list.length && list[i].offset < m.end; i++) {
      if (list[i].kind === 'person' || list[i].kind === 'organization') list[i].actorId = actorId;
    }
  }

  /** Records that an actor was just named as a speaker (the strongest referent for a following pronoun). */
  observeSpeaker(offset: number, actorId: string): void {
    const a = this.actorById(actorId);
    if (!a) return;
    this.addReferent({
      offset,
      actorId,
      mention: null,
      kind: a.kind,
      gender: null,
      plural: /\bet\b|\band\b/.test(a.name),
      speaker: true,
    });
  }

  /** The last singular organisation named within `within` characters before an offset. */
  private resolveOrganizationWithin(
    offset: number,
    within: number,
    ofType: ((name: string) => boolean) | null = null,
    options: {
      /** An organisation named by a description (`la police`) counts too. */
      descriptions?: boolean;
      /** A speaker or a sentence's subject first, else the nearest one. */
      prominentFirst?: boolean;
    } = {},
  ): string | null {
    const list = this.referents;
    // (Without a prominent one, the organisation named most often in the window, the nearest of
    // those: `l'ONG` after `SOS Méditerranée` thrice and `la Croix-Rouge` once is the first.)
    let nearest: Referent | null = null;
    let times: Map<string, number> | null = null;
    for (let i = this.indexBefore(offset) - 1; i >= 0 && offset - list[i].offset <= within; i--) {
      const r = list[i];
      if (r.plural || r.kind !== 'organization') continue;
      if (r.mention && r.mention.type !== 'name' && !(options.descriptions && r.mention.type === 'role')) continue;
      if (ofType) {
        const actor = r.actorId ? this.actorById(r.actorId) : undefined;
        const name = actor?.name ?? r.mention?.name ?? '';
        if (!ofType(name)) continue;
      }
      if (options.prominentFirst && !r.subject && !r.speaker) {
        nearest ??= r;
        if (r.actorId) (times ??= new Map()).set(r.actorId, (times.get(r.actorId) ?? 0) + 1);
        continue;
      }
      return r.actorId ?? (r.mention ? this.link(r.mention) : null);
    }
    if (times && nearest?.actorId) {
      let best = nearest.actorId;
      for (const [id, n] of times) if (n > (times.get(best) ?? 0)) best = id;
      return best;
    }
    if (nearest) return nearest.actorId ?? (nearest.mention ? this.link(nearest.mention) : null);
    return null;
  }

  /** The last singular organisation before an offset. */
  resolveOrganization(offset: number): string | null {
    const list = this.referents;
    for (let i = this.indexBefore(offset) - 1; i >= 0; i--) {
      const r = list[i];
      if (r.plural || r.kind !== 'organization') continue;
      return r.actorId ?? (r.mention ? this.link(r.mention) : null);
    }
    return null;
  }

  /** A referent's gender: its own words, else what the article told of its actor. */
  private genderOf(r: Referent): 'm' | 'f' | null {
    if (r.gender) return r.gender;
    if (r.actorId) return this.actorGender.get(r.actorId) ?? null;
    if (r.mention) {
      const a = this.byName.get(fold(r.mention.name)) ?? this.bySurname.get(lastWord(r.mention.name));
      if (a) return this.actorGender.get(a.id) ?? null;
    }
    return null;
  }

  private indexBefore(offset: number): number {
    return partitionPoint(this.referents, (r) => r.offset < offset);
  }

  /** Offsets of the text's line feeds, ascending, read once when first needed. */
  private newlines: number[] | null = null;

  /**
   * The last line feed at or before `offset`, or -1: what `text.lastIndexOf('\n', offset)`
   * answers, by binary search, so an article written on one line is not read back to its start
   * for every description or pronoun.
   */
  private lastNewline(offset: number): number {
    if (!this.newlines) {
      this.newlines = [];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.newlines.push(i);
    }
    const at = Math.max(0, offset);
    const k = partitionPoint(this.newlines, (p) => p <= at);
    return k > 0 ? this.newlines[k - 1] : -1;
  }

  /**
   * The actor a pronoun at `offset` refers to: the last compatible person (or group, for a
   * plural) before it. With `preferNearOrganization`, a subject organisation named just before
   * (`Le Kremlin a réagi. « … », a-t-il indiqué`) wins over a person named further back. With
   * `personOnly`, no organisation does, nor stands in when no person is found (words in the
   * first person singular; a French demonstrative, which may stand for a thing).
   */
  resolvePronoun(
    offset: number,
    gender: 'm' | 'f' | null,
    plural: boolean,
    within = Infinity,
    preferNearOrganization = false,
    personOnly = false,
  ): string | null {
    const list = this.referents;
    const lo = this.indexBefore(offset);
    if (plural && this.language === 'en' && /^they\b/i.test(this.text.slice(offset, offset + 5))) {
      const one = this.singularThey(lo, offset);
      if (one) return one;
    }
    let best: Referent | null = null;
    // A person whose gender the article does not tell is only a fallback for `elle`/`he`: a
    // person of the right gender named a little earlier (the speaker of the thread) wins.
    let unsure: Referent | null = null;
    let bestAt = -1;
    let unsureAt = -1;
    // `Asked about the referee, he said`: a person in a prepositional phrase is the pronoun's
    // referent only when no subject or speaker of the right gender comes before.
    let object: Referent | null = null;
    let objectAt = -1;
    for (let i = lo - 1; i >= 0 && offset - list[i].offset <= within; i--) {
      const r = list[i];
      if (plural !== r.plural) continue;
      if (this.reportedSubject(r, offset)) continue;
      // (`du Pastef – le parti d'Ousmane Sonko – à Ziguinchor. Pour lui, …`: a name inside a
      // description is its complement, not the thread's person.)
      const holder = i > 0 ? list[i - 1].mention : null;
      if (!r.mention && holder?.type === 'role' && holder.start < r.offset && holder.end > r.offset) continue;
      // (`Un suspect, « un homme âgé de 60 ans a été interpellé », a-t-il ajouté`: words set off
      // right after a noun are about it — the noun is not who speaks them.)
      if (
        r.mention?.type === 'role' &&
        /^\s*,\s*[«"“]/.test(this.text.slice(r.mention.end, r.mention.end + 5)) &&
        !/[.!?]\s/.test(this.text.slice(r.mention.end, offset))
      )
        continue;
      if (!plural && r.kind !== 'person') continue;
      if (
        !plural &&
        r.mention?.prep &&
        !GENITIVE.has(r.mention.prep) &&
        !this.sourced(r) &&
        !r.subject &&
        !r.speaker &&
        !unsure &&
        offset - r.offset < 300 &&
        !this.clauseSubject(r)
      ) {
        const g = this.genderOf(r);
        if (!object && !(gender && g && gender !== g)) {
          object = r;
          objectAt = i;
        }
        continue;
      }
      const g = plural ? null : this.genderOf(r);
      if (gender && g && gender !== g) {
        // Past someone who spoke since, the thread has moved on: the unsure one it is.
        if (unsure && r.speaker) break;
        continue;
      }
      if (gender && !g && !unsure && r.subject) {
        best = r;
        bestAt = i;
        break;
      }
      if (gender && !g) {
        if (!unsure) {
          unsure = r;
          unsureAt = i;
        }
        // (`Pour maître Besnier, … « … ». Selon elle, …`: the one who has just spoken, in the
        // sentence before, whatever the gender the article never told.)
        if (
          r.speaker &&
          // (Its own name may come first: `a déclaré Bashir Ahmad`, the speaker placed at the cue.)
          (unsureAt === i ||
            (!!r.actorId && (unsure.actorId ?? (unsure.mention ? this.link(unsure.mention) : null)) === r.actorId)) &&
          this.sentenceBefore(r.offset, offset) &&
          !this.subjectOfGenderBefore(i, gender)
        ) {
          best = r;
          bestAt = i;
          break;
        }
        if (offset - r.offset > GENDER_WINDOW) break;
        continue;
      }
      if (unsure && offset - r.offset > GENDER_WINDOW) break;
      // Past a person of unknown gender, only the thread's speaker or a sentence's subject.
      if (unsure && !r.subject && !r.speaker) continue;
      best = r;
      bestAt = i;
      break;
    }
    if (!best && unsure) {
      best = unsure;
      bestAt = unsureAt;
    }
    if (object && (!best || offset - best.offset > 600)) {
      best = object;
      bestAt = objectAt;
    }
    // `…, a ajouté le porte-parole, évoquant la campagne de Nicolas Sarkozy. Selon lui, …`: a
    // name in a complement does not take the thread away from its speaker.
    if (best && !plural && best.mention?.prep && GENITIVE.has(best.mention.prep) && !best.speaker) {
      for (let i = bestAt - 1; i >= 0 && offset - list[i].offset <= 1000; i--) {
        const r = list[i];
        // (The thread's speaker, or a named subject the article opened with: `le premier ministre,
        // François Legault, s'est présenté… au gouvernement de Justin Trudeau. « … », a-t-il souligné`.)
        if ((!r.speaker && !(r.subject && r.mention?.type === 'name')) || r.plural || r.kind !== 'person') continue;
        const g = this.genderOf(r);
        if (gender && g && gender !== g) break;
        best = r;
        bestAt = i;
        break;
      }
    }
    // `Mason continued to push Spicer. "…?" he asked.`: the subject of the sentence, not its object.
    // (So for `ils`: `les enquêteurs arrêtaient les automobilistes… Ils profitaient…`.)
    if (best && !best.subject && !best.speaker && !this.sourced(best)) {
      const from = best.offset;
      for (let i = bestAt - 1; i >= 0 && from - list[i].offset <= 200; i--) {
        const r = list[i];
        // (Nor past a paragraph's break: a quote's speaker is placed at the quote's end.)
        // (From the mention's end: `Rep. Matt Gaetz said he would support Scalise`.)
        if (/[.!?]\s|\n[^\S\n]*\n/.test(this.text.slice(r.mention ? r.mention.end : r.offset, from))) break;
        // (Or the speaker of a quote earlier in that sentence when the other person is in a
        // subordinate clause after it: `« … », a-t-il déclaré malgré le fait que le président lui
        // a rappelé… « … », a-t-il encore lancé`.)
        const subordinate =
          !!r.speaker &&
          /(?:^|[\s'’])(?:que|qu|that|although|while|malgre|alors)(?=[\s'’])/i.test(
            fold(this.text.slice(r.offset, from)),
          );
        if ((!r.subject && !subordinate) || r.plural !== plural || (r.kind !== 'person' && r.kind !== 'organization'))
          continue;
        // (`Health New Zealand group director operations…, Jamie Duncan said`: an office set off
        // before the name is the name's apposition, the same person.)
        // (Nor a name inside that office: `Health New Zealand` there, where the actor finder
        // read the office as the person's.)
        // (`a meteorologist with the weather service in Houston, Ms Hayley Adams, said`: its
        // complement may come between.)
        if (
          r.mention &&
          r.mention.type === 'role' &&
          /^(?:\s+(?:with|at|for|of|in|from|de|du|des|d['’]|à|au|aux|chez|pour|auprès)(?=[\s'’])[^,.;:!?"“”«»\n]*)?\s*,\s*$/i.test(
            this.text.slice(r.mention.end, from),
          )
        )
          continue;
        // (Only a mention of theirs that runs up to the one found, as an office read with the name
        // does: `Trudeau congratulated Poilievre … about Poilievre's views. "…," he said` keeps
        // the subject. The mention index, searched by position: an actor may have thousands of
        // mentions.)
        const held = best.actorId;
        const after = r.mention?.end;
        if (
          held &&
          after !== undefined &&
          this.overlapping(after, from).some(
            (x) => x.actor.id === held && x.start >= after && x.end <= from && from - x.end <= 2,
          )
        )
          continue;
        const g = this.genderOf(r);
        if (gender && g && gender !== g) continue;
        // `La direction de la police… a pris… la majorité de ses postes. Elle explique`.
        if (!plural && r.kind === 'organization' && (personOnly || !gender || g !== gender)) continue;
        best = r;
        break;
      }
    }
    // `She reiterated the feeling that another mother, Nicola Daley, raised… And she said`: a
    // person the sentence only talks about, when a pronoun of the same gender is its subject —
    // the pronoun goes on with whom that subject meant.
    if (best && !plural && gender && !best.subject && !best.speaker && !this.sourced(best)) {
      const id = this.subjectPronounBefore(best.offset, gender, within);
      if (id) return id;
    }
    if (best && !plural && gender) best = this.paragraphTopic(best, offset, gender) ?? best;
    if (best && !plural && preferNearOrganization) {
      for (let i = lo - 1; i >= 0 && list[i].offset > best.offset; i--) {
        const r = list[i];
        if (r.plural || r.kind !== 'organization' || !r.mention || !r.subject) continue;
        if (r.gender && gender && r.gender !== gender) continue;
        if (this.reportedSubject(r, offset)) break;
        if (offset - r.offset < 300) best = r;
        break;
      }
    }
    if (!best && !plural && !personOnly) {
      // No person: a singular organisation (`le Kremlin … a-t-il indiqué`), the subject of a
      // sentence rather than an object (`La direction… a fermé la majorité de ses postes. Elle…`).
      let nearest: Referent | null = null;
      for (let i = lo - 1; i >= 0 && offset - list[i].offset <= within; i--) {
        const r = list[i];
        if (r.plural || r.kind !== 'organization') continue;
        if (gender && r.gender && r.gender !== gender) continue;
        nearest ??= r;
        if (r.subject || offset - r.offset > 600) {
          best = r.subject ? r : nearest;
          break;
        }
      }
      best ??= nearest;
    }
    if (!best && plural && this.language === 'en') {
      // `The family … have paid tribute. In a statement, they said`: English `they` also
      // stands for a collective (a family, the police, a company) that was a sentence's subject.
      for (let i = lo - 1; i >= 0 && offset - list[i].offset <= Math.min(within, 600); i--) {
        const r = list[i];
        if (r.kind === 'organization' && !r.plural && r.subject) {
          best = r;
          break;
        }
      }
    }
    // (`"C'est le bon moment pour partir", a-t-il déclaré… Alain Berset a affirmé…`: nobody
    // before the pronoun at the text's head, the first person named after it, close by.)
    if (!best && !plural && !this.personBefore(lo)) {
      for (let i = lo; i < list.length && list[i].offset - offset <= 400; i++) {
        const r = list[i];
        if (r.plural || r.kind !== 'person' || (r.mention && r.mention.type !== 'name')) continue;
        // (In the same paragraph, of the pronoun's gender.)
        if (this.text.slice(offset, r.offset).includes('\n')) break;
        if (gender && this.genderOf(r) !== gender) continue;
        best = r;
        break;
      }
    }
    if (!best) return null;
    if (best.actorId) return best.actorId;
    return best.mention ? this.link(best.mention) : null;
  }

  /**
   * `A council spokesperson said the authority… They said: "…"`: English `they` for one person
   * whose gender the article does not tell — the nearest subject or speaker before it, within
   * a few sentences, when that is one person described, not named.
   */
  private singularThey(lo: number, offset: number): string | null {
    const list = this.referents;
    for (let i = lo - 1; i >= 0 && offset - list[i].offset <= 400; i--) {
      const r = list[i];
      if (!r.subject && !r.speaker) continue;
      if (r.plural || r.kind !== 'person' || r.mention?.type !== 'role' || this.genderOf(r)) return null;
      return r.actorId ?? this.link(r.mention);
    }
    return null;
  }

  /**
   * `Gillingham praised Kinew for his promise… Kinew has appointed Bernadette Smith…` ¶ `"…," he
   * said`: a pronoun opening a paragraph's words after a paragraph whose opening subject has
   * already spoken means that speaker, not someone the paragraph went on to talk about who has
   * never spoken.
   */
  private paragraphTopic(best: Referent, offset: number, gender: 'm' | 'f'): Referent | null {
    if (!best.actorId || best.speaker || best.kind !== 'person') return null;
    const text = this.text;
    const para = this.lastNewline(offset);
    // (The pronoun's words open their paragraph; `best` sits in the paragraph before.)
    if (para < 0 || !/^\s*["“«]/.test(text.slice(para + 1, para + 6))) return null;
    // (The previous paragraph's end, blanks aside, read backwards: no copy of the text before.)
    let prevEnd = para;
    while (prevEnd > 0 && /\s/.test(text[prevEnd - 1])) prevEnd--;
    const prevStart = this.lastNewline(prevEnd - 1) + 1;
    if (best.offset < prevStart || /["“”«»]/.test(text.slice(prevStart, prevEnd))) return null;
    const list = this.referents;
    const held = best.actorId;
    let topic: Referent | null = null;
    for (let i = this.indexBefore(prevStart); i < list.length && list[i].offset < best.offset; i++) {
      const r = list[i];
      if (r.kind !== 'person' || r.plural || !r.actorId) continue;
      if (r.subject && r.actorId !== held) topic = r;
      break;
    }
    if (!topic || this.genderOf(topic) !== gender) return null;
    // (Within 3,000 characters back, through the position index: a giant article stays linear.)
    const spoke = (id: string): boolean => {
      for (let i = this.indexBefore(prevStart) - 1; i >= 0 && offset - list[i].offset < 3000; i--)
        if (list[i].speaker && list[i].actorId === id) return true;
      return false;
    };
    return spoke(topic.actorId!) && !spoke(held) ? topic : null;
  }

  /** The actor mention at `offset` is a possessor (`Warren Gatland's claim`). */
  private possessiveAt(offset: number): boolean {
    // (The name's words, an office's lower-case word among them, then `'s`.)
    return /^(?:[\p{L}.-]+\s+){0,4}?\p{Lu}[\p{L}.-]*['’]s?\s/u.test(this.text.slice(offset, offset + 80));
  }

  /**
   * `just before Education Minister Stephen Lecce took the stage`: after an English `before`,
   * `after`, `until` or `since`, a name followed by a verb is a clause's subject, not a
   * preposition's object.
   */
  private clauseSubject(r: Referent): boolean {
    const m = r.mention;
    if (!m || this.language !== 'en' || !m.prep || !/^(?:before|after|until|since)$/.test(m.prep)) return false;
    const next = /^[^\S\n]+(\p{Ll}+)\b/u.exec(this.text.slice(m.end, m.end + 30));
    return !!next && !CLAUSE_NOT_VERB.test(next[1]);
  }

  /** `selon la mairesse Évelyne Beaudin`, `according to X`: the person a sentence's words are from. */
  private sourced(r: Referent): boolean {
    const m = r.mention;
    if (!m || !m.prep) return false;
    if (m.prep === 'selon') return true;
    return m.prep === 'to' && /according\s+to\s*$/i.test(this.text.slice(Math.max(0, m.start - 14), m.start));
  }

  /**
   * `Horwath scoffed at McGuinty's "major minority" government. "…," she told reporters`: the
   * speaker of a few quoted words is not the pronoun's person when the sentence's subject,
   * before them, is a person of the pronoun's gender.
   */
  private subjectOfGenderBefore(at: number, gender: 'm' | 'f'): boolean {
    const list = this.referents;
    const from = list[at].offset;
    // (Within 400 characters: a giant sentence stays linear.)
    for (let j = at - 1; j >= 0 && from - list[j].offset <= 400; j--) {
      const r = list[j];
      if (/[.!?]\s/.test(this.text.slice(r.offset, from))) return false;
      if (r.subject && !r.plural && r.kind === 'person' && this.genderOf(r) === gender) return true;
    }
    return false;
  }

  /**
   * `La CEDEAO est pourtant une « entité… », a-t-elle nuancé`: the subject of the words a
   * closing incise reports (its sentence's subject, a copula after it, a quote between) is
   * what is spoken of, not who speaks.
   */
  private reportedSubject(r: Referent, offset: number): boolean {
    if (!r.subject || offset - r.offset > 400) return false;
    const between = this.text.slice(r.offset, offset);
    if (/[.!?]\s/.test(between) || !/[»"”]/.test(between)) return false;
    const end = r.mention ? r.mention.end : r.offset;
    return /^\s*(?:\p{L}+\s+){0,2}?(?:est|sont|etait|etaient|reste|restent|demeure|is|are|was|were|remains)\s/u.test(
      fold(this.text.slice(end, end + 60)),
    );
  }

  /**
   * The person a demonstrative description points back to: the latest person spoken of before
   * it (within a few paragraphs) described with the same noun, or anyone for `témoin`,
   * `source`, `personne`; of a compatible gender.
   */
  private demonstrated(m: SpeakerMention, folded: string): string | null {
    const head = folded.split(/\s+/)[0];
    const anyone = /^(?:temoin|source|personne|interlocut(?:eur|rice)|witness|person)$/.test(head);
    // (`ce dernier`, `cette dernière`: whoever of that gender was named last, whatever their name.)
    const latter = /^derniere?$/.test(head);
    const gender = latter ? (head === 'derniere' ? 'f' : 'm') : m.gender;
    const list = this.referents;
    for (let i = this.indexBefore(m.start) - 1; i >= 0 && m.start - list[i].offset <= 1500; i--) {
      const r = list[i];
      if (r.plural || r.kind !== 'person') continue;
      const g = this.genderOf(r);
      if (gender && g && g !== gender && !anyone) continue;
      const words = r.mention ? fold(r.mention.name).split(/\s+/) : [];
      if (!anyone && !latter && !words.includes(head)) continue;
      return r.actorId ?? (r.mention ? this.link(r.mention) : null);
    }
    // `comme Viviane N'Goran. Dans sa robe colorée, cette productrice résume`, `a poursuivi cette
    // figure de l'opposition`: with no one so described, the person named just before (of the
    // same gender, unless the noun's gender is only grammar: `cette figure`, `cette personnalité`).
    const epicene = /^(?:figure|personnalite|personne|victime|star|vedette|recrue|icone|legende|sentinelle)$/.test(
      head,
    );
    for (let i = this.indexBefore(m.start) - 1; i >= 0 && m.start - list[i].offset <= 600; i--) {
      const r = list[i];
      if (r.plural || r.kind !== 'person') continue;
      const named = r.mention ? r.mention.type === 'name' : !!(r.actorId && this.actorById(r.actorId)?.named);
      const g = this.genderOf(r);
      if (!named || (!epicene && gender && g && g !== gender)) continue;
      return r.actorId ?? (r.mention ? this.link(r.mention) : null);
    }
    return null;
  }

  /**
   * The latest bare capitalised name (one or two words, no first name) that opens a sentence
   * before `at` as the subject of a verb, within 800 characters, and that the article writes
   * at least twice: a company the actor finder had no evidence for (`Engie a enregistré…`).
   * (The caller checks that no actor of another kind bears it.)
   */
  private companySubjectBefore(at: number): string | null {
    const from = Math.max(0, at - 800);
    const lead = this.text.slice(from, at);
    const verbs = this.language === 'fr' ? COMPANY_VERBS_FR : COMPANY_VERBS_EN;
    let found: string | null = null;
    for (const x of lead.matchAll(/(?:^|[.!?»”]\s+|\n\s*)(\p{Lu}[\p{L}&-]+(?: \p{Lu}[\p{L}&-]+)?) (\p{Ll}+)/gu)) {
      if (verbs.test(x[2])) found = x[1];
    }
    if (!found) return null;
    const words = fold(found).split(' ');
    if (words.some((w) => NOT_NAMES.has(w)) || isGenderedFirstName(words[0])) return null;
    let twice = this.writtenTwice.get(found);
    if (twice === undefined) {
      const first = this.text.indexOf(found);
      twice = first >= 0 && this.text.indexOf(found, first + found.length) >= 0;
      this.writtenTwice.set(found, twice);
    }
    return twice ? found : null;
  }

  /** Names already looked for twice in the text (`companySubjectBefore`), with the answer. */
  private readonly writtenTwice = new Map<string, boolean>();

  /**
   * Whom the subject pronoun opening the sentence around `at` means, when it has the given
   * gender (`She reiterated the feeling that Nicola Daley…`: `She`); else null.
   */
  private subjectPronounBefore(at: number, gender: 'm' | 'f', within: number): string | null {
    const from = Math.max(0, at - 200);
    const lead = this.text.slice(from, at);
    let start = 0;
    for (const b of lead.matchAll(/[.!?:]["”»]?\s+|\n/g)) start = b.index + b[0].length;
    if (start === 0 && from > 0) return null;
    const p = SUBJECT_PRONOUN[this.language][gender].exec(lead.slice(start));
    // (Not an impersonal `il`: `Il faut`, `Il y a`, `Il est temps`.)
    const pronounAt = p ? from + start + p[0].indexOf(p[1]) : -1;
    if (
      !p ||
      /^il\s+(?:y|faut|fallait|faudra|faudrait|s['’]agit|semble|reste|suffit|est|etait|était|serait|parait|paraît)(?![\p{L}])/iu.test(
        this.text.slice(pronounAt, pronounAt + 16),
      )
    )
      return null;
    return this.resolvePronoun(pronounAt, gender, false, within);
  }

  /** An actor's gender as the article tells it, or null. */
  actorGenderOf(id: string): 'm' | 'f' | null {
    return this.actorGender.get(id) ?? null;
  }

  /**
   * `from` lies in the sentence before `to`, or in its own: under 200 characters and at most one
   * sentence's end between them. Words quoted in between count for nothing (`a déclaré Bashir
   * Ahmad, âgé de 45 ans. « …. …. », a-t-il ajouté`).
   */
  private sentenceBefore(from: number, to: number): boolean {
    if (to - from >= 1000) return false;
    const between = unquoted(this.text.slice(from, to));
    return between.length < 200 && !/[.!?]\s[^.!?]*[.!?]\s/.test(between);
  }

  /**
   * The person who spoke last before an offset (within `within` characters), of a gender if
   * given; with `orSubject`, or who was last a sentence's subject.
   */
  lastSpeaker(offset: number, gender: 'm' | 'f' | null, within: number, orSubject = false): string | null {
    const list = this.referents;
    for (let i = this.indexBefore(offset) - 1; i >= 0 && offset - list[i].offset <= within; i--) {
      const r = list[i];
      if (!(r.speaker || (orSubject && r.subject)) || r.plural || r.kind !== 'person') continue;
      const g = this.genderOf(r);
      if (gender && g && g !== gender) continue;
      return r.actorId ?? (r.mention ? this.link(r.mention) : null);
    }
    return null;
  }

  private readonly initialsCache = new Map<string, string[]>();

  private initialsOf(name: string): string[] {
    let i = this.initialsCache.get(name);
    if (!i) this.initialsCache.set(name, (i = initials(name)));
    return i;
  }

  /**
   * Who spoke through the document last named with this noun (`a statement from X`, `un
   * communiqué de X`) within the previous paragraphs: the speaker the text gave it then.
   */
  private authorOfDocument(noun: string, offset: number): string | null {
    const list = this.referents;
    const from = Math.max(0, offset - 1200);
    const before = fold(this.text.slice(from, offset));
    const at = before.lastIndexOf(noun);
    if (at < 0) return null;
    const docAt = from + at;
    // The speaker given a quote right after that mention of the document.
    for (let i = this.indexBefore(offset) - 1; i >= 0 && list[i].offset >= docAt; i--) {
      const r = list[i];
      if (r.speaker && r.actorId && r.offset - docAt < 300) return r.actorId;
    }
    // (`"…," airline spokesperson Curtis Blessing said in a statement emailed to CNN. "…," the
    // statement said`: the speaker whose cue named the document.)
    for (let i = this.indexBefore(docAt) - 1; i >= 0 && docAt - list[i].offset < 120; i--) {
      const r = list[i];
      if (!r.speaker || !r.actorId) continue;
      const between = fold(this.text.slice(r.offset, docAt));
      if (
        !/[.!?]\s/.test(between) &&
        /(?:^|\s)(?:in|dans|par)\s+(?:a|an|the|its|his|her|un|une|le|la|son|sa)$/.test(between)
      )
        return r.actorId;
    }
    return null;
  }

  /**
   * A person named in full shortly before `offset` whose name's initials spell `letters`
   * (`PSPP` after `Paul St-Pierre Plamondon`). Only the referents of the last few paragraphs
   * are read, so an article full of acronyms stays linear.
   */
  private personWithInitials(letters: string, offset: number): Actor | null {
    const list = this.referents;
    for (let i = this.indexBefore(offset) - 1; i >= 0 && offset - list[i].offset <= INITIALS_WINDOW; i--) {
      const r = list[i];
      if (r.kind !== 'person' || r.plural) continue;
      const actor = r.actorId ? this.actorById(r.actorId) : undefined;
      const name = actor?.named ? actor.name : r.mention?.type === 'name' ? r.mention.name : null;
      if (!name || !/\s/.test(name) || !this.initialsOf(name).includes(letters)) continue;
      if (actor) return actor;
      const id = this.link(r.mention!);
      return id ? (this.actorById(id) ?? null) : null;
    }
    return null;
  }

  /**
   * The one named person before `offset` whose office's initials (small words left out) hold
   * `letters`: `SSP` for `senior superintendent of police`, `DGS` for `directeur général de la
   * santé`. Null when none or several do.
   */
  private roleWithInitials(letters: string, offset: number): Actor | null {
    const list = this.referents;
    let found: Actor | null = null;
    for (let i = this.indexBefore(offset) - 1; i >= 0; i--) {
      const r = list[i];
      if (r.kind !== 'person' || r.plural) continue;
      const actor = r.actorId
        ? this.actorById(r.actorId)
        : r.mention?.type === 'name'
          ? this.byName.get(fold(r.mention.name))
          : undefined;
      if (!actor || !actor.named || !actor.role) continue;
      if (!officeInitials(actor.role).includes(letters)) continue;
      if (found && found !== actor) return null;
      found = actor;
    }
    return found;
  }

  /** The actor a mention names, created when the article has none yet. Null for pronouns (see `resolvePronoun`). */
  link(m: SpeakerMention): string | null {
    if (m.type === 'pronoun') {
      // English `it` stands for an organisation (`"…," it said`).
      if (/^it$/i.test(m.name)) return this.resolveOrganization(m.start);
      // English `he`/`she` is a person, never an organisation (`the council … , she added`).
      // (So is a French demonstrative, `celle-ci`, which may as well stand for a thing: `une
      // mosquée… Celle-ci est accusée de…` is no organisation.)
      const demonstrative = /-ci$/i.test(m.name);
      if ((this.language === 'en' || demonstrative) && m.gender && !m.plural) {
        const id = this.resolvePronoun(m.start, m.gender, false, Infinity, false, demonstrative);
        return id && this.actorById(id)?.kind !== 'organization' ? id : null;
      }
      return this.resolvePronoun(m.start, m.gender, m.plural, Infinity, true);
    }
    if (m.type === 'joint') return this.linkJoint(m);
    // `the SSP said` after `senior superintendent of police Shushil Kumar`: capitals that spell
    // the office of the one named person who holds it (not an acronym the rules or packs know).
    const capitals = /^(?:(?:the|le|la|l['’])\s*)?(\p{Lu}{3,6})$/u.exec(m.name);
    if (capitals && (m.type === 'role' || m.type === 'name')) {
      const letters = fold(capitals[1]);
      const known = this.byName.get(letters);
      if (!known || known.source === 'detected') {
        const holder = this.roleWithInitials(letters, m.start);
        if (holder) return this.withMention(holder, m);
      }
    }
    const glued = m.type === 'role' ? this.splitGluedName(m) : null;
    if (glued) {
      const known = this.byName.get(fold(glued.name));
      const id = known ? this.withMention(known, glued) : this.link(glued);
      if (id && glued.role) this.tieRole(glued.role, id);
      return id;
    }
    // `PSPP` after `Paul St-Pierre Plamondon`: capitals that are a named person's initials.
    // (Not an acronym the rules or packs know, `CGT`, `AFP`: only one the article made up.)
    const acronym = m.type === 'name' && /^\p{Lu}{3,6}$/u.test(m.name) ? this.byName.get(fold(m.name)) : null;
    if (acronym !== null && (!acronym || (acronym.source === 'detected' && acronym.kind !== 'person'))) {
      const person = this.personWithInitials(m.name, m.start);
      if (person) return this.withMention(person, m);
    }
    const span = { start: m.nameStart, end: m.nameEnd };
    // 1. An actor already mentioned there.
    let best: Actor | null = null;
    let bestOverlap = 0;
    for (const x of this.overlapping(span.start, span.end)) {
      // `la ministre` tied to a man by an earlier stage is not him.
      const g = this.actorGender.get(x.actor.id);
      if (m.type === 'role' && m.kind === 'person' && m.gender && g && g !== m.gender) continue;
      const o = Math.min(x.end, span.end) - Math.max(x.start, span.start);
      if (o > bestOverlap) {
        best = x.actor;
        bestOverlap = o;
      }
    }
    // `the Italian said`: a nationality noun is the person of that nationality named before,
    // even when an earlier stage took the noun for an actor of its own.
    if (m.type === 'name' && (!best || fold(best.name) === fold(m.name))) {
      const national = this.nationalOf(m);
      if (national) return this.withMention(national, m);
    }
    const need = m.type === 'role' ? 0.8 : 0.5;
    // (`NWS Boston`, `Boston Globe`: a name is not the place inside it.)
    const placeInName = !!best && m.type === 'name' && best.kind === 'place' && bestOverlap < span.end - span.start;
    if (best && bestOverlap >= (span.end - span.start) * need && !placeInName) {
      // `la Dèche` taken by the actors stage for a person of its own: the person it nicknames.
      if (m.type === 'name' && best.kind === 'person' && best.source === 'detected' && !/\s/.test(best.name.trim())) {
        const nick = this.nicknameOf(m);
        if (nick && nick !== best.id) return nick;
      }
      return this.withMention(best, m);
    }
    if (m.type === 'name') return this.linkName(m);
    return this.linkRole(m);
  }

  private foldedText: string | null = null;

  /**
   * The person a nationality noun (`the Italian`, `l'Italienne`, `the Scot`) stands for: the
   * one most recently named before it with that nationality in their role, description or
   * the words around their name (`the Italian manager Roberto Mancini`, `Scotland's Andy
   * Murray`, `Marco Rossi, international italien`).
   */
  private nationalOf(m: SpeakerMention): Actor | null {
    if (/\s/.test(m.name.trim())) return null;
    if (!/(?:^|[\s(])(?:le|la|l['’]|the)\s*$/i.test(this.text.slice(Math.max(0, m.nameStart - 5), m.nameStart)))
      return null;
    const words = nationalityWords(m.name, this.language);
    if (!words) return null;
    // Another actor of that name (`the Vatican`) is not a nationality.
    const own = this.byName.get(fold(m.name));
    if (own && !(own.kind === 'person' && own.mentions.every((x) => x.end - x.start <= m.end - m.start + 4)))
      return null;
    const folded = (this.foldedText ??= fold(this.text.replace(/\s/g, ' ')));
    const feminine = this.language === 'fr' && /(?:enne|aise|aine|oise|ande|ole|ine|ane)$/.test(fold(m.name));
    const fits = (a: Actor): boolean => {
      if (a.kind !== 'person' || !a.named || a === own || fold(a.name) === fold(m.name)) return false;
      const g = this.actorGender.get(a.id);
      return !(this.language === 'fr' && g && (g === 'f') !== feminine);
    };
    // The latest use of the nationality word before the noun, next to a person's name in the
    // same sentence (`the Italian manager Roberto Mancini`, `Marco Rossi, international italien`).
    const uses: number[] = [];
    for (const w of words) {
      const re = new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const u of folded.slice(0, m.nameStart).matchAll(re)) uses.push(u.index);
    }
    uses.sort((x, y) => y - x);
    for (const u of uses) {
      let best: Actor | null = null;
      let bestGap = 61;
      for (const a of this.actors) {
        if (!fits(a)) continue;
        for (const x of a.mentions) {
          if (x.start >= m.start) continue;
          const lo = Math.min(x.end, u);
          const hi = Math.max(x.start, u);
          const gap = hi - lo;
          if (gap < bestGap && !/[.!?;«»"“”]/.test(folded.slice(lo, hi))) {
            best = a;
            bestGap = gap;
          }
        }
      }
      if (best) return best;
    }
    // Else a person whose known role or description carries the nationality, the latest named.
    let best: Actor | null = null;
    let bestAt = -1;
    for (const a of this.actors) {
      if (!fits(a) || !mentionsAnyWord(fold([a.role ?? '', a.description ?? ''].join(' ')), words)) continue;
      for (const x of a.mentions)
        if (x.start < m.start && x.start > bestAt) {
          best = a;
          bestAt = x.start;
        }
    }
    return best;
  }

  /**
   * `la porte-parole du gouvernement Najat Vallaud-Belkacem`, `le ministre tunisien du Commerce
   * Mehdi Houas`: a description that ends with a person's name is that person, with the
   * description as role. Only when the name is known or starts with a known first name.
   */
  private splitGluedName(m: SpeakerMention): SpeakerMention | null {
    if (m.kind !== 'person' && m.kind !== null) return null;
    const re =
      /^(.*[\p{Ll}.)]) +(\p{Lu}[\p{L}'’-]+(?: +(?:(?:de|du|van|von|der|da|di|bin|ben|al|el|le|la) +)?\p{Lu}[\p{L}'’-]+){1,3})$/u;
    const g = re.exec(m.name);
    if (!g) return null;
    const name = g[2];
    const first = fold(name).split(' ')[0];
    // `porte-parole de la Sûreté du Québec` is a description, `Sûreté du Québec` its complement.
    if (/(?:^|\s)(?:de|du|des|d'|d’|la|le|les|l'|l’|of|the|for|at|au|aux)$/i.test(g[1])) return null;
    const known = this.byName.get(fold(name));
    if (known ? known.kind !== 'person' : !isGenderedFirstName(first)) return null;
    const nameStart = m.nameStart + g[1].length + (m.name.length - g[1].length - name.length);
    const gender = genderOfName(name) ?? m.gender;
    return {
      ...m,
      type: 'name',
      kind: 'person',
      name,
      nameStart,
      nameEnd: nameStart + name.length,
      gender,
      role: g[1],
      roleStart: m.nameStart,
      roleEnd: m.nameStart + g[1].length,
    };
  }

  /** Misspelt family names already looked up: the answer, with the size of the index it read. */
  private readonly nearCache = new Map<string, { size: number; actor: Actor | undefined }>();

  /** The one named person whose family name is one letter away from `folded` (seven letters or more). */
  private nearSurname(folded: string): Actor | undefined {
    const cached = this.nearCache.get(folded);
    if (cached && cached.size === this.bySurname.size) return cached.actor;
    let actor: Actor | undefined;
    let count = 0;
    for (const [s, a] of this.bySurname) {
      if (s.length >= 7 && Math.abs(s.length - folded.length) <= 1 && oneEditApart(s, folded)) {
        actor = a;
        count++;
      }
    }
    const result = count === 1 ? actor : undefined;
    this.nearCache.set(folded, { size: this.bySurname.size, actor: result });
    return result;
  }

  private linkName(m: SpeakerMention): string {
    const folded = fold(m.name);
    const surname = lastWord(m.name);
    const single = !/\s/.test(folded);
    let found = this.byName.get(folded);
    if (!found && single) found = this.bySurname.get(folded);
    if (!found) {
      const bare = this.byName.get(surname);
      if (bare && bare.kind === 'person' && bare.named && !/\s/.test(bare.name.trim())) found = bare;
    }
    // `van Loon`, `De Wever` after `Jasper van Loon`, `Bart De Wever`: a surname with its
    // particle is the one person named in full with it.
    if (!found && /^(?:van|von|de|di|da|del|der|den|du|ben|bin|al|el)\s/.test(folded)) {
      const full = this.actors.filter((a) => a.kind === 'person' && a.named && fold(a.name).endsWith(' ' + folded));
      if (full.length === 1) found = full[0];
    }
    // `said Javadeker` after `Prakash Javadekar`: a family name the article misspells once, one
    // letter away from exactly one named person's (seven letters or more; the slip may drop
    // one: `Pimlot says` after `Ken Pimlott`).
    if (!found && single && folded.length >= 6 && m.kind !== 'organization' && m.kind !== 'place')
      found = this.nearSurname(folded);
    // `Samsir told the Post` after `Samsir H. Azis`: a word alone that opens exactly one person's
    // full name, which no family name in the article is, calls that person by their first name
    // (so does many a newspaper in Asia).
    if (!found && single && m.kind !== 'organization' && m.kind !== 'place' && /^\p{Lu}\p{Ll}+$/u.test(m.name)) {
      const opened = this.actors.filter(
        (a) => a.kind === 'person' && a.named && /\s/.test(a.name.trim()) && fold(a.name).split(/\s+/)[0] === folded,
      );
      if (opened.length === 1) found = opened[0];
    }
    // `la Dèche` taken by the actors stage for a person of its own: the person it nicknames.
    if (found && single && found.kind === 'person' && found.source === 'detected' && !/\s/.test(found.name.trim())) {
      const nick = this.nicknameOf(m);
      if (nick && nick !== found.id) return nick;
    }
    if (found) {
      if (m.role && !found.role) found.role = m.role;
      return this.withMention(found, m);
    }
    // `…, la Dèche a répondu`: a nickname as the subject of its verb, mid-sentence.
    if (single && /^\s+(?:a|avait|est|était|\p{Ll}+(?:e|t))\s/u.test(this.text.slice(m.nameEnd, m.nameEnd + 12))) {
      const nickname = this.nicknameOf(m, true);
      if (nickname) return nickname;
    }
    return this.create(m.name, m.kind ?? 'person', true, m.role, m);
  }

  /**
   * `la Dèche a répondu`: a single capitalised word after a French definite article that the
   * actors stage took for a person of its own is a nickname of the person named in full just
   * before (names take no article); or, `strict`, a new word before its verb whose person is
   * named in the same paragraph: an unknown word after an article is far more often an
   * organisation (`a indiqué la Poste`, `la Fnac`).
   */
  private nicknameOf(m: SpeakerMention, strict = false): string | null {
    if (this.language !== 'fr' || m.kind === 'organization' || m.kind === 'place' || m.plural) return null;
    if (/\s/.test(m.name.trim()) || !/^\p{Lu}\p{Ll}+$/u.test(m.name)) return null;
    if (!/(?:^|[\s(])(?:le|la)[ \u00a0]$/u.test(this.text.slice(Math.max(0, m.nameStart - 4), m.nameStart)))
      return null;
    // The nearest person named in full before it (a sentence subject preferred).
    let actor: Actor | undefined;
    for (let i = this.indexBefore(m.nameStart) - 1; i >= 0; i--) {
      const r = this.referents[i];
      if (m.nameStart - r.offset > NICKNAME_WINDOW) break;
      if (r.kind !== 'person' || r.plural) continue;
      const id = r.actorId ?? (r.mention?.type === 'name' ? this.link(r.mention) : null);
      const a = id ? this.actorById(id) : undefined;
      if (!a || a.kind !== 'person' || !a.named || !/\s/.test(a.name.trim()) || fold(a.name) === fold(m.name)) continue;
      if (strict && /\n/.test(this.text.slice(r.offset, m.nameStart))) break;
      actor ??= a;
      if (r.subject) {
        actor = a;
        break;
      }
    }
    if (!actor) return null;
    if (!actor.aliases.includes(m.name)) actor.aliases.push(m.name);
    return this.withMention(actor, m);
  }

  private linkRole(m: SpeakerMention): string | null {
    if (m.member) return this.linkMember(m);
    // `A landlord in the area, who identified himself only as Olayinka,`, `une habitante, qui se
    // prénomme Julie,`: the name the person gave is the speaker's name.
    if (m.kind === 'person' && !m.plural) {
      const given = SELF_NAMED.exec(this.text.slice(m.end, m.end + 160));
      if (given) {
        const name = given[1];
        const known = this.byName.get(fold(name));
        return known ? this.withMention(known, m) : this.create(name, 'person', true, null, m);
      }
    }
    let desc = stripArticle(m.name);
    // `Campaign group Looking after Leigh said… A spokesperson for the group said`, `Essex Police
    // confirmed… A spokesperson added`: a spokesperson for `the group` (or for nobody said) is
    // the spokesperson of the organisation the text has just named.
    const spokes = this.spokespersonFor(m, desc);
    if (spokes) desc = spokes;
    const folded = fold(desc);
    const canon = this.canon(desc);
    let found = this.byName.get(folded);
    if (spokes) return found ? this.withMention(found, m) : this.create(desc, 'person', false, null, m);
    // (A description the article used before it named anyone — a headline's `déclare le ministre
    // des Affaires étrangères` — is the person named with that post, once there is one.)
    const unnamed = found && !found.named ? found : undefined;
    if (unnamed) found = undefined;
    /** Every named holder of the post (`le chef de l'État` among four presidents has several). */
    const holders = new Set<string>();
    if (!found) {
      // The actor whose role (from an apposition or the rules) is the same post, named latest
      // before the description (`the Councillor` is the councillor named above, not one the
      // article names further down); else the latest so tied. The post's words count too, as
      // written (`ministre des Affaires étrangères` ⊂ `ministre de l'Europe et des Affaires
      // étrangères`, which no equivalence names).
      const plain = this.plainWords(desc);
      let latest = -1;
      for (let i = this.roleLinks.length - 1; i >= 0; i--) {
        if (unnamed && this.roleLinks[i].actorId === unnamed.id) continue;
        if (
          sameOrSubset(this.roleLinks[i].role, canon) ||
          samePlainPost(this.roleLinks[i].plain, plain, this.language)
        ) {
          const id = this.roleLinks[i].actorId;
          holders.add(id);
          // `la ministre` is never the man who was `ministre`.
          const g = this.actorGender.get(id);
          if (m.kind === 'person' && m.gender && g && g !== m.gender) continue;
          const a = this.actorById(id);
          if (!a) continue;
          found ??= a;
          let at = -1;
          for (const x of a.mentions) if (x.start < m.start && x.start > at) at = x.start;
          if (at > latest) {
            latest = at;
            found = a;
          }
        }
      }
    }
    // (Only one named holder of the post: `le chef de l'État` among four presidents stays itself.)
    if (unnamed && found && (!found.named || holders.size > 1)) found = unnamed;
    found ??= unnamed;
    if (!found) {
      found = this.actors.find((a) => !a.named && sameOrSubset(this.canon(a.name), canon));
    }
    // (`However, the Labour MP replied` after `Andy Slaughter, MP for Shepherd's Bush`: the one
    // named person whose office has the description's noun, whatever party qualifies it — a
    // party's word, never a place's (`the Killala Councillor`) nor another office's (`the
    // cabinet minister` is no prime minister).)
    const party =
      this.language === 'en'
        ? /^(Labour|Labor|Conservative|Tory|Liberal|Democratic|Democrat|Republican|Green|SNP|UKIP|NDP|GOP|Reform|Independent)\s+(\S+)$/u.exec(
            desc,
          )
        : null;
    if (
      !found &&
      party &&
      m.kind === 'person' &&
      !m.plural &&
      /^the$/.test(fold(this.text.slice(m.start, m.nameStart)).trim())
    ) {
      const head = fold(party[2]);
      // (Among those named before it: `Greg Hands, the current … MP` further down is no antecedent.)
      const ids = new Set(
        this.roleLinks
          .filter((r) => r.plain.has(head) && !!this.actorById(r.actorId)?.mentions.some((x) => x.start < m.start))
          .map((r) => r.actorId),
      );
      const only = ids.size === 1 ? this.actorById([...ids][0]) : undefined;
      const g = only ? this.actorGender.get(only.id) : undefined;
      if (only && only.named && !(m.gender && g && g !== m.gender)) found = only;
    }
    if (found) return this.withMention(found, m);
    // `Selon l'organisation`, `the company said`: the organisation just named.
    // `the department said` after `the Ohio Department of Health`: an organisation whose name
    // holds the noun.
    // (The noun with one qualifying word: `la société fribourgeoise`, `le syndicat agricole`,
    // `la compagnie publique`, `the news channel`, `the regional bloc` — French puts it after the
    // noun, English before.)
    // (Up to three such words, none a preposition: `l'association humanitaire basée à Marseille`,
    // `the North Carolina-based truck maker`; `l'association des maires` is another organisation.)
    // (Or a French `de` and one bare noun that tells its trade: `l'organisme de prévisions`.)
    const placed =
      this.language === 'fr'
        ? (/^(\S+)(?: (?!(?:de|des|du|d|et|ou)\b)\p{Ll}[\p{Ll}-]+){1,3}$/u.exec(folded) ??
          /^(\S+) (?:de (?!la |l')|d')\p{Ll}[\p{Ll}-]+$/u.exec(folded))
        : /^(?:(?!(?:of|for|and|or)\b)\p{Ll}[\p{Ll}-]+ ){1,3}(\S+)$/u.exec(folded);
    const orgNoun = placed && GENERIC_ORGANIZATION.has(placed[1]) ? placed[1] : folded;
    if (m.kind === 'organization' && !m.plural && !/\s/.test(orgNoun)) {
      const det = fold(this.text.slice(m.start, m.nameStart));
      const definite = /^(?:le|la|l'|the)$/.test(det);
      // (`The company said` after `Peugeot…` then `the Transport and General Workers' Union`: a
      // business noun passes over unions, parties and public bodies.)
      const business = COMPANY_NOUNS.has(orgNoun) ? (name: string): boolean => !NOT_A_BUSINESS.test(fold(name)) : null;
      // (A business noun never falls back on a force, a council or a union: `The company, which
      // employs 400 people, said` after `Police said…` is an unnamed company.)
      const id = definite ? this.resolveOrganizationWithin(m.start, 800, business, { prominentFirst: true }) : null;
      const a = id ? this.actorById(id) : undefined;
      if (a && (GENERIC_ORGANIZATION.has(orgNoun) || mentionsAnyWord(fold(a.name), [orgNoun])))
        return this.withMention(a, m);
      // `le gouvernement écrit` after `le Conseil d'État vaudois`, `the council said` after `the
      // Dudley Council` further back: the latest organisation of that type the article named.
      const type = INSTITUTION_TYPES[orgNoun];
      if (type && /^(?:le|la|l'|the)$/.test(det)) {
        const typed = this.resolveOrganizationWithin(m.start, 3000, (name) => type.test(fold(name)));
        const t = typed ? this.actorById(typed) : undefined;
        if (t) return this.withMention(t, m);
      }
      // `Engie a enregistré… Engie communique… a rappelé le groupe`: with no organisation known,
      // the company is the bare name the article keeps making the subject of its sentences.
      if (definite && (business || orgNoun === 'groupe' || orgNoun === 'group') && !a) {
        const name = this.companySubjectBefore(m.start);
        if (name) {
          const known = this.byName.get(fold(name));
          if (!known) return this.create(name, 'organization', true, null, m);
          if (known.kind === 'organization') return this.withMention(known, m);
        }
      }
    }
    // `"…," the statement added`, `selon le communiqué`: a document named again speaks for
    // whoever issued it just before (an organisation first).
    // (`"…," the releases said`: a document named in the plural is still its issuer's.)
    const documentNoun = folded.split(' ')[0];
    const singular = this.language === 'en' && m.type === 'role' ? documentNoun.replace(/s$/, '') : documentNoun;
    const document = SOURCE_DOCUMENTS[this.language].includes(documentNoun)
      ? documentNoun
      : SOURCE_DOCUMENTS[this.language].includes(singular)
        ? singular
        : null;
    if (document && (!m.plural || document !== documentNoun)) {
      const det = fold(this.text.slice(m.start, m.nameStart));
      if (/^(?:le|la|l'|ce|cette|the|this)$/.test(det)) {
        // (`La police a bouclé le quartier. « … », indiquait le message d'alerte`: an
        // organisation named by a description issues documents too.)
        // The same document named before with its author (`A statement from X said "…". "…," the
        // statement said`), else an organisation, a speaker or a subject first (`des téléphones
        // des Québécois` is no issuer).
        const id =
          this.authorOfDocument(document, m.start) ??
          this.resolveOrganizationWithin(m.start, 800, null, { descriptions: true, prominentFirst: true }) ??
          this.resolvePronoun(m.start, null, false, 800);
        const a = id ? this.actorById(id) : undefined;
        if (a) return this.withMention(a, m);
        // A document whose issuer the article has not named is nobody's words.
        if (m.kind === 'organization') return null;
      }
    }
    // `a affirmé notre interlocuteur`, `our interviewee`, `ce dernier`: the person the text has been
    // quoting, whoever they are.
    // So are `notre source`, `la témoin`, `the witness` once someone has spoken (`une source`,
    // `a witness` stay new people).
    const thatOne =
      /^(?:source|temoin|witness|eyewitness)$/.test(folded) &&
      /^(?:notre|la|le|l'|cette|ce|the|our|this)$/.test(fold(this.text.slice(m.start, m.nameStart)));
    // `a indiqué cette témoin` after `Une première voisine…`, `a expliqué ce voisin` after `le
    // voisin direct de la maison`: a demonstrative points back to the person just spoken of.
    if (
      !m.plural &&
      m.kind === 'person' &&
      /^(?:ce|cet|cette|this|that)$/.test(fold(this.text.slice(m.start, m.nameStart)))
    ) {
      const id = this.demonstrated(m, folded);
      const a = id ? this.actorById(id) : undefined;
      if (a) return this.withMention(a, m);
    }
    if (!m.plural && thatOne) {
      const id = this.lastSpeaker(m.start, folded === 'source' ? null : m.gender, 3000);
      const a = id ? this.actorById(id) : undefined;
      if (a) return this.withMention(a, m);
    }
    // (`a plaisanté le principal intéressé`: the person the text is about.)
    if (
      !m.plural &&
      (/^(?:interlocut(?:eur|rice)|interviewee)$/.test(folded) ||
        (/^(?:principale?\s+)?interessee?$/.test(folded) &&
          /^(?:le|la|l')$/.test(fold(this.text.slice(m.start, m.nameStart)))))
    ) {
      const id = this.resolvePronoun(m.start, m.gender, false, 3000);
      const a = this.actorById(id);
      if (a) return this.withMention(a, m);
    }
    // (`The 23-year-old insisted…`: someone told by their age is the person the text is about.)
    // (The last person who was a sentence's subject or spoke: not `defending champion Andy
    // Murray`, whom the sentence before only talks about.)
    if (!m.plural && /^\d{1,3}-year-old$/.test(folded)) {
      const a = this.actorById(this.lastSpeaker(m.start, null, 2000, true));
      if (a) return this.withMention(a, m);
    }
    const anaphor = this.anaphor(m, desc);
    if (anaphor) return anaphor;
    const headed = this.roleHead(m, folded, canon);
    if (headed) return this.withMention(headed, m);
    const longer = this.longerDescription(m, folded);
    if (longer) return longer;
    // `la direction a indiqué` after `Nestlé a annoncé…`: a company's management speaks for it.
    if (m.kind === 'organization' && !m.plural && /^(?:direction|management)$/.test(folded)) {
      const det = fold(this.text.slice(m.start, m.nameStart));
      const id = /^(?:la|the)$/.test(det) ? this.resolveOrganizationWithin(m.start, 1500) : null;
      const a = id ? this.actorById(id) : undefined;
      if (a) return this.withMention(a, m);
    }
    // `X va plus loin : “…”. La chercheuse reconnaît que…`: a one-word office nobody holds,
    // right after a named person of the same gender, subject or speaker in the same paragraph
    // with nobody named since, is that person seen again.
    const epithet = this.epithetOf(m, folded);
    if (epithet) return this.withMention(epithet, m);
    return this.create(desc, m.kind ?? 'person', false, null, m);
  }

  /**
   * The full description of a spokesperson whose organisation the text leaves to the reader:
   * `a spokesperson for the group` → `spokesperson for Looking after Leigh`; `A spokesperson
   * added` right after `Essex Police confirmed…` → `spokesperson for Essex Police`. Null when
   * the description names its organisation or none was named just before.
   */
  private spokespersonFor(m: SpeakerMention, desc: string): string | null {
    if (m.kind !== 'person' || m.plural) return null;
    const folded = fold(desc);
    const en = this.language === 'en';
    const head = en
      ? /^(spokes(?:person|man|woman)|representative)(?:\s+(?:for|of)\s+the\s+(?:group|company|council|organi[sz]ation|association|party|union|club|firm|charity|campaign|society|agency|force))?$/.exec(
          folded,
        )
      : /^(porte-parole|representante?)(?:\s+(?:du|de la|de l')\s*(?:groupe|societe|entreprise|association|parti|syndicat|club|collectif|mouvement|organisation))?$/.exec(
          folded,
        );
    if (!head) return null;
    const det = fold(this.text.slice(m.start, m.nameStart));
    const indefinite = /^(?:a|an|un|une)$/.test(det);
    // (`The spokesperson said` after `a spokesperson for the group`: the same person, found below.)
    if (head[0] === head[1] && !indefinite) return null;
    // (`for the group`: an organisation whose name says it is one — `the police` is no group.)
    const noun = head[0] === head[1] ? null : folded.split(/\s+/).pop()!.replace(/^l'/, '');
    const ofType = noun ? (name: string): boolean => mentionsAnyWord(fold(name), [noun]) : null;
    const id = this.resolveOrganizationWithin(m.start, noun ? 1500 : 300, ofType, { prominentFirst: true });
    const org = id ? this.actorById(id) : undefined;
    if (!org || !org.named) return null;
    return en ? `${desc.split(/\s+/)[0]} for ${org.name}` : `${desc.split(/\s+/)[0]} de ${org.name}`;
  }

  /** `le médecin`, `la chercheuse`, `the commissioner`: one person noun after a definite article. */
  private definiteOfficeWord(m: SpeakerMention, folded: string): boolean {
    // (With an age or an origin: `la centriste de 29 ans`, `la Zougoise d'origine`.)
    folded = folded.replace(/\s+(?:de \d+ ans|d'origine|agee? de \d+ ans|\d+)$/, '');
    // (With a nationality after it: `le technicien français`, `l'entraîneur italien`.)
    const two = /^(\S+) (\S+)$/.exec(folded);
    if (two && this.language === 'fr' && isNationality(two[2])) folded = two[1];
    if (m.kind !== 'person' || m.plural || /\s/.test(folded)) return false;
    if (roleKind(folded, this.language)?.kind !== 'person') return false;
    return /^(?:le|la|l'|the)$/.test(fold(this.text.slice(m.start, m.nameStart)));
  }

  private epithetOf(m: SpeakerMention, folded: string): Actor | null {
    if (!m.gender || !this.definiteOfficeWord(m, folded)) return null;
    const paragraphStart = this.lastNewline(m.start) + 1;
    const list = this.referents;
    for (let i = this.indexBefore(m.start) - 1; i >= 0 && list[i].offset >= paragraphStart; i--) {
      const r = list[i];
      // (An organisation or a place named since — her institute, a city — changes nothing.)
      if (r.kind !== 'person' || r.plural) continue;
      // (Anyone else named since: not sure whom the office means.)
      if (!r.speaker && !r.subject) return null;
      const a = r.actorId ? this.actorById(r.actorId) : undefined;
      if (!a || !a.named) return null;
      const g = this.genderOf(r);
      return g === null || g === m.gender ? a : null;
    }
    return null;
  }

  /**
   * `Comme les serveurs du restaurant La Marée… « … », raconte l'un d'eux`: one member of the
   * group of people last spoken of, an unnamed person of its own (`l'un des serveurs du
   * restaurant La Marée`); with no group before, nobody.
   */
  private linkMember(m: SpeakerMention): string | null {
    const list = this.referents;
    for (let i = this.indexBefore(m.start) - 1; i >= 0 && m.start - list[i].offset <= 1500; i--) {
      const r = list[i];
      if (!r.plural || !r.mention || r.mention.type !== 'role') continue;
      const group = stripArticle(r.mention.name);
      const name =
        this.language === 'fr' ? `${m.gender === 'f' ? "l'une" : "l'un"} des ${group}` : `one of the ${group}`;
      return this.byName.get(fold(name))?.id ?? this.create(name, 'person', false, null, m);
    }
    return null;
  }

  /**
   * `the commissioner` after `Sarah Collins, the state's health commissioner`, `le médecin`
   * after `Gérald Kierzek, médecin urgentiste`: a one-word description that is a person noun of
   * a known person's longer role is that person (the latest named with it, same gender).
   */
  private roleHead(m: SpeakerMention, folded: string, canon: Set<string>): Actor | null {
    if (canon.size !== 1 || !this.definiteOfficeWord(m, folded)) return null;
    const [word] = canon;
    for (let i = this.roleLinks.length - 1; i >= 0; i--) {
      if (!this.roleLinks[i].role.has(word)) continue;
      const id = this.roleLinks[i].actorId;
      const g = this.actorGender.get(id);
      if (m.gender && g && g !== m.gender) continue;
      const a = this.actorById(id);
      if (a && a.kind === 'person' && a.named) return a;
    }
    return null;
  }

  /** The referent is named right after a question's closing mark: the one who asked it. */
  private asker(r: Referent): boolean {
    const at = r.mention ? r.mention.start : r.offset;
    return /\?\s*["”»]\s*(?:[^\s.!?"“”«»]+\s+){0,4}$/.test(this.text.slice(Math.max(0, at - 60), at));
  }

  /**
   * A definite description that points back to the person just named: `Mathilde Panot … « … »,
   * a lancé l'élue`. Only the nearest named person within two sentences or so, and only when
   * their role is the same post (or unknown, for a generic noun such as `l'élue`).
   */
  private anaphor(m: SpeakerMention, desc: string): string | null {
    if (m.kind !== 'person' || m.plural) return null;
    const det = fold(this.text.slice(m.start, m.nameStart));
    if (!/^(?:le|la|l'|the)$/.test(det)) return null;
    const headlined = this.headlinePerson(m);
    if (headlined) return headlined;
    const womanNamed = this.onlyWomanNamed(m, desc);
    if (womanNamed) return womanNamed;
    const canon = this.canon(desc);
    const head = [...canon][0] ?? '';
    const descWords = fold(desc).split(/[\s'’-]+/);
    const generic =
      descWords.length <= 3 &&
      descWords.some((w) => [...GENERIC_PERSON].some((g) => w.startsWith(g) && w.length - g.length <= 2)) &&
      // (`l'élue`, `the lawmaker` say an office: the elected-office rule below decides.)
      !descWords.some((w) => ELECTED.test(w) || w === 'lawmaker');
    const plainPerson =
      descWords.length <= 2 && /^(?:femme|homme|woman|man|dame|lady|gentleman)$/.test(descWords[descWords.length - 1]);
    // (`"So you'll stand down?" Tim Arvier asked.` ¶ `"Yes," the LNP leader replied.`: who answers
    // is not who asked.)
    const answering = /^[\s,]*(?:replied|answered|responded|repond|a repondu|retorque|a retorque)\b/.test(
      fold(this.text.slice(m.end, m.end + 24)),
    );
    const list = this.referents;
    const paragraphStart = this.lastNewline(m.start) + 1;
    for (let i = this.indexBefore(m.start) - 1; i >= 0; i--) {
      const r = list[i];
      // (Past the window, still within the paragraph: `Karine Accassat, élue de Saint-Cirgues,
      // restera longtemps marquée… « … », résume l'édile`, a long paragraph about her.)
      if (m.start - r.offset > ANAPHOR_WINDOW && (r.offset < paragraphStart || m.start - r.offset > 1200)) return null;
      if (r.kind !== 'person' || r.plural) continue;
      const actor = r.actorId ? this.actorById(r.actorId) : undefined;
      const named = r.mention ? r.mention.type === 'name' : !!actor?.named;
      if (!named) {
        // `la prévenue … la jeune femme, encore très éprouvée`, `the driver … the man`: a bare
        // person noun is the one just spoken of, named or not.
        if (
          plainPerson &&
          (r.subject || r.speaker) &&
          !(m.gender && this.genderOf(r) && m.gender !== this.genderOf(r))
        ) {
          const id = r.actorId ?? (r.mention ? this.link(r.mention) : null);
          if (id) return id;
        }
        // `A spokesperson for the company said… "…," the spokesperson said`: the same description, shorter.
        if (
          r.mention &&
          r.mention.type === 'role' &&
          r.mention.start < m.start &&
          [...canon].every((w) => this.canon(stripArticle(r.mention!.name)).has(w))
        ) {
          return this.link(r.mention);
        }
        continue;
      }
      // (`Si la procureure estime…, l'avocat estime`: a woman named just before is not `l'avocat`.)
      if (m.gender && r.gender && m.gender !== r.gender) continue;
      // (`Party colleague Jarlath Munnelly`: a relation is no office.)
      const told = r.mention?.role ?? actor?.role ?? null;
      const role = told && RELATION_ROLE.test(fold(told)) ? null : told;
      // (`l'avocat des parties civiles` is no `avocate générale`: the office's own gender.)
      const roleGender = this.language === 'fr' && m.gender && role ? officeGender(role) : null;
      if (roleGender && roleGender !== m.gender) continue;
      const ok = role
        ? sameOrSubset(this.canon(role), canon) ||
          ((ELECTED.test(head) || ELECTED_COUNCILLOR.test(fold(desc))) && isElectedRole(role)) ||
          // `Selon le docteur Gérald Kierzek, « … ». « … », a noté le médecin urgentiste`: the
          // speaker's trade, told in more words.
          (!!r.speaker && canon.size >= 2 && this.canon(role).has(head)) ||
          // (`Sydney FC coach Graham Arnold … Arnold couldn't care less. "…," the Sky Blues boss
          // said`: English puts the office's noun last; the person just named holds it.)
          // (Not an owner: `dismissed Lions coach Warren Gatland's claim… said the All Blacks coach`.)
          (this.language === 'en' &&
            !this.possessiveAt(r.mention ? r.mention.start : r.offset) &&
            canon.size >= 2 &&
            sameOfficeNoun(role, desc)) ||
          // `Union minister Kiren Rijiju accused… "…," the BJP leader told reporters`: a generic
          // noun (leader, official, élu) is the subject or speaker just named, whatever their office.
          ((!!r.subject || !!r.speaker) && generic && !(answering && this.asker(r))) ||
          // `François Legault, premier ministre du Québec … « … », a confirmé le premier
          // magistrat du Québec`: the speaker just named, whose office names the same place.
          (!!r.speaker && sameProperNouns(role, desc))
        : GENERIC_PERSON.has(head) ||
          (!!r.subject && r.mention?.type === 'name') ||
          // `Jordan Bardella a fustigé « … ». « … », a martelé le président du RN`: a
          // description with a complement right after a named speaker whose office the text
          // has not given is that speaker again — unless the words answer them.
          (!!r.speaker &&
            canon.size >= 2 &&
            !/\b(?:repond|repliqu|retorqu|objecte|replie|retort|counter|respond|answer)/.test(
              fold(this.text.slice(r.offset, m.end)),
            ));
      if (!ok) {
        // (A generic noun looks past a person the sentence only talks about: `accused Kharge`.)
        if (generic && !r.subject && !r.speaker) continue;
        return null;
      }
      return r.actorId ?? (r.mention ? this.link(r.mention) : null);
    }
    return null;
  }

  /**
   * `Le Premier ministre a reçu Marine Le Pen… « … », a assuré la présidente du groupe RN`: a
   * French feminine description with a complement, when the one woman named just before is
   * the only person it can be (every other person near is a man) and her office is unknown.
   */
  private onlyWomanNamed(m: SpeakerMention, desc: string): string | null {
    if (this.language !== 'fr' || m.gender !== 'f' || this.canon(desc).size < 2) return null;
    let woman: string | null = null;
    for (let i = this.indexBefore(m.start) - 1; i >= 0; i--) {
      const r = this.referents[i];
      if (m.start - r.offset > 2 * ANAPHOR_WINDOW) break;
      if (r.kind !== 'person' || r.plural) continue;
      const g = this.genderOf(r);
      if (g === 'm') continue;
      const id = r.actorId ?? (r.mention?.type === 'name' ? this.link(r.mention) : null);
      const a = id ? this.actorById(id) : undefined;
      // A woman of unknown name or office, or a second woman: not sure enough.
      if (!a || !a.named || g !== 'f' || a.role || (woman && woman !== a.id)) return null;
      woman = a.id;
    }
    return woman;
  }

  private headline: { span: Span; bodyStart: number } | null | undefined;

  /**
   * `Emmanuel Macron : « Je ne démissionnerai pas »` as the headline, then `Le chef de l'État
   * s'est exprimé…` opening the body: a description at the start of the lead names the one
   * person the headline names.
   */
  private headlinePerson(m: SpeakerMention): string | null {
    const text = this.text;
    // (The headline and where the body starts, read once per article.)
    if (this.headline === undefined)
      this.headline = ((): { span: Span; bodyStart: number } | null => {
        const span = headlineSpan(text);
        if (!span) return null;
        let bodyStart = span.end;
        while (bodyStart < text.length && /\s/.test(text[bodyStart])) bodyStart++;
        return { span, bodyStart };
      })();
    if (!this.headline || m.start < this.headline.span.end) return null;
    const lead = this.headline.span.start;
    const nl = this.headline.span.end;
    const bodyStart = this.headline.bodyStart;
    // The description opens the body (after a dateline at most): no sentence ends before it.
    if (m.start - bodyStart > 60 || /[.!?]\s/.test(text.slice(bodyStart, m.start))) return null;
    let only: string | null = null;
    for (const r of this.referents) {
      if (r.offset >= nl) break;
      if (r.offset < lead || r.kind !== 'person' || r.plural) continue;
      const id = r.actorId ?? (r.mention?.type === 'name' ? this.link(r.mention) : null);
      const a = id ? this.actorById(id) : undefined;
      if (!a || !a.named || a.kind !== 'person') continue;
      if (only && only !== a.id) return null;
      only = a.id;
    }
    if (!only) return null;
    const g = this.actorGender.get(only);
    if (m.gender && g && g !== m.gender) return null;
    return only;
  }

  /**
   * `sa direction` after `La direction de la police genevoise`, `le ministre tunisien` after
   * `le ministre tunisien du Commerce`: a shorter description that begins the words of one
   * written earlier names the same speaker.
   */
  private longerDescription(m: SpeakerMention, folded: string): string | null {
    const list = this.referents;
    for (let i = this.indexBefore(m.start) - 1; i >= 0 && m.start - list[i].offset <= 3000; i--) {
      const r = list[i];
      const x = r.mention;
      if (!x || x.type !== 'role' || x.plural !== m.plural || x.kind !== m.kind || x.start >= m.start) continue;
      if (fold(stripArticle(x.name)).startsWith(folded + ' ')) return this.link(x);
    }
    for (let i = this.actors.length - 1; i >= Math.max(0, this.actors.length - 200); i--) {
      const a = this.actors[i];
      if (a.kind !== (m.kind ?? 'person')) continue;
      if (!a.mentions.some((x) => x.start < m.start && m.start - x.start <= 3000)) continue;
      const names = [a.name, a.role ?? ''].map((n) => fold(stripArticle(n)));
      if (names.some((n) => n.startsWith(folded + ' '))) return this.withMention(a, m);
    }
    return null;
  }

  private linkJoint(m: SpeakerMention): string {
    for (const p of m.parts) this.link(p);
    const name = stripArticle(m.name);
    const folded = fold(name);
    const found = this.byName.get(folded);
    if (found) return this.withMention(found, m);
    const named = m.parts.every((p) => p.type === 'name');
    return this.create(name, m.kind ?? 'organization', named, null, m);
  }

  private create(name: string, kind: ActorKind, named: boolean, role: string | null, m: SpeakerMention): string {
    let id = slugify(name);
    if (this.ids.has(id)) {
      let n = 2;
      while (this.ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    this.ids.add(id);
    const actor: Actor = {
      id,
      name,
      kind,
      named,
      role,
      aliases: [],
      description: null,
      links: [],
      source: 'detected',
      definition: null,
      mentions: [],
    };
    this.actors.push(actor);
    this.byId.set(actor.id, actor);
    this.indexNames(actor);
    if (role && kind === 'person') this.tieRole(role, id);
    return this.withMention(actor, m);
  }

  private withMention(actor: Actor, m: SpeakerMention): string {
    if (actor.kind === 'person' && m.gender && m.type !== 'pronoun' && !m.plural && !this.actorGender.has(actor.id))
      this.actorGender.set(actor.id, m.gender);
    const start = m.type === 'role' || m.type === 'joint' ? m.nameStart : m.nameStart;
    const end = m.nameEnd;
    if (!this.overlapping(start, end).some((x) => x.actor === actor)) {
      const mention: Mention = { start, end, text: this.text.slice(start, end), origin: 'auto' };
      const list = actor.mentions;
      let i = list.length;
      while (i > 0 && list[i - 1].start > start) i--;
      list.splice(i, 0, mention);
      this.indexMention(start, end, actor);
    }
    void this.language;
    return actor.id;
  }
}
