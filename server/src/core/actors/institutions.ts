/**
 * Organisations and places that the text itself shows to be such, without any list of
 * them: the head noun of their name (`Kitsap Public Health District`, `Dudley Council`,
 * `Qualcomm Inc`, `la Sûreté du Québec`, `le parquet général de Paris`, `Cotwall End
 * Road`, `le stade Vélodrome`, `the Black Country`). Pure functions over the article's tokens.
 */
import { aloneOnLine, fold, lastAtOrBefore } from '../text';
import type { ActorKind, Language } from '../types';
import { ROLE_HEADS, set } from './lexicon';
import type { Token } from './tokens';

/** English nouns that end an organisation's name (`… Council`, `… Medical Center`, `… Inc`). */
export const EN_ORG_HEADS = set(`
council shire committee commission department ministry agency authority board bureau office service services center centre
unit units brigade squad directorate inspectorate division
centers centres departments institutes laboratory
hospital clinic district institute institution foundation university college school academy bank fund trust party
union association federation league club court tribunal parliament assembly congress senate government administration
corporation corp inc incorporated ltd llc plc co company group holdings partners management capital research investments
markets advisors advisers associates
securities industries technologies systems solutions laboratories labs network media press news times post journal
herald tribune gazette globe chronicle guardian telegraph observer mail examiner inquirer magazine review radio
television channel airlines airways motors army navy force forces guard command police sheriff patrol commission
organization organisation coalition alliance movement front forum institute observatory society ag sa nv gmbh
gallery museum library theatre theater orchestra opera ballet zoo festival charity united international
`);
/** Company endings after which the bare first word still names the company (`BlackBerry Ltd` … `BlackBerry`). */
export const COMPANY_ENDINGS = set(`inc incorporated ltd llc plc corp corporation co ag sa nv gmbh group holdings`);
/** English nouns that end a place's name (`Cotwall End Road`, `the Black Country`, `Leighton Criminal Courthouse`). */
export const EN_PLACE_HEADS = set(`
road street avenue lane drive boulevard square park stadium arena bridge airport station courthouse county province
valley coast peninsula island islands mountains mountain river lake bay sea gulf ocean desert forest heights hills
country region village township borough plaza jail prison penitentiary cemetery cathedral mosque synagogue palace
castle hotel mall delta basin plateau pier wharf quay dock docks marina harbor harbour beach
mine colliery quarry
`);
/** Words that make a `District` an agency rather than a region. */
const DISTRICT_AGENCIES =
  set(`health school schools water fire police court public hospital transit sanitation irrigation
utility utilities attorney congressional unified independent sewer park parks library`);
/** Heads that are also family names: after a first name they end a person's name (`Jenny Park`, `Emily Hall`). */
const AMBIGUOUS_HEADS = set(`park hall hill lane street bridge post mail bank banks church ford field court young price
law guard press times sa co castle`);
/** Capitalised institutions named by their noun alone in running text (`for Parliament to act`). */
export const BARE_INSTITUTIONS = set(
  `parliament congress senate cabinet treasury pentagon parlement sénat gouvernement`,
);

/** French nouns that open an organisation's name, capitalised (`la Sûreté du Québec`, `le Parti socialiste`). */
export const FR_ORG_HEADS = set(`
sûreté police gendarmerie parquet tribunal cour conseil assemblée sénat parti banque agence office institut université
fédération association union commission comité syndicat hôpital centre caisse direction préfecture mairie société groupe
compagnie fondation mouvement front rassemblement ligue service autorité observatoire conférence confédération
organisation journal quotidien hebdomadaire radio télévision chaîne club olympique stade chu chr ehpad sdis
brigade état ville municipalité ministère musée galerie bibliothèque théâtre orchestre opéra festival
`);
/** French heads that name an organisation even in lower case, with a complement (`la police genevoise`, `le parquet de Paris`). */
const FR_LOWER_ORG_HEADS = set(`police gendarmerie parquet tribunal préfecture mairie hôpital parti conseil brigade`);
/** French establishments named after their noun (`l'hôpital Necker`, `le commissariat de Lille`). */
const FR_ESTABLISHMENTS = set(`hôpital clinique lycée collège école université prison commissariat gendarmerie
caserne`);
/** French nouns followed by an organisation's own name (`le parti Pastef`, `le groupe Stellantis`). */
export const FR_NAMED_AFTER =
  set(`parti groupe club syndicat mouvement collectif association fondation constructeur géant
opérateur entreprise société firme compagnie enseigne ong fédération confédération ligue coalition`);
/** French nouns before a place's own name (`le stade Vélodrome`, `place du Molard`, `rue de Genève`). */
export const FR_PLACE_HEADS = set(`
stade place rue avenue boulevard quai pont rang chemin route allée parc aéroport gare quartier square impasse cours
plage lac mont col vallée île forêt esplanade hôtel palais château église cathédrale basilique mosquée synagogue
cimetière cité résidence lotissement hameau
`);

/** Heads that, with a determiner alone, refer back to the organisation of the same family (`la police` → `la Sûreté du Québec`). */
const HEAD_FAMILY: Record<string, string> = {
  police: 'police',
  surete: 'police',
  gendarmerie: 'police',
  sheriff: 'police',
  hospital: 'hospital',
  hopital: 'hospital',
  clinic: 'hospital',
  clinique: 'hospital',
  journal: 'newspaper',
  quotidien: 'newspaper',
  newspaper: 'newspaper',
  paper: 'newspaper',
  times: 'newspaper',
  post: 'newspaper',
  herald: 'newspaper',
  tribune: 'newspaper',
  gazette: 'newspaper',
  globe: 'newspaper',
  chronicle: 'newspaper',
  guardian: 'newspaper',
  telegraph: 'newspaper',
  world: 'newspaper',
  council: 'council',
  conseil: 'council',
  committee: 'committee',
  comite: 'committee',
  commission: 'commission',
  department: 'department',
  ministry: 'ministry',
  ministere: 'ministry',
  district: 'district',
  parquet: 'parquet',
  tribunal: 'court',
  court: 'court',
  cour: 'court',
  company: 'company',
  airline: 'company',
  carrier: 'company',
  firm: 'company',
  societe: 'company',
  inc: 'company',
  ltd: 'company',
  corp: 'company',
  corporation: 'company',
  plc: 'company',
  llc: 'company',
  party: 'party',
  parti: 'party',
  university: 'university',
  universite: 'university',
  club: 'club',
};

/** The family of a head noun, for later bare references; null when it has none. */
export function headFamily(norm: string): string | null {
  return HEAD_FAMILY[norm] ?? null;
}

/** A name read from the text: an organisation or a place, over tokens `first..last`. */
export interface NamedInstitution {
  kind: ActorKind;
  first: number;
  last: number;
  name: string;
  /** Shorter forms the text may use later (`Kitsap Public Health`, `St. Michael`, `BlackBerry`). */
  aliases: string[];
  /** Family of its head noun (`police`, `hospital`), for `la police`, `the hospital`. */
  family: string | null;
}

const EN_LINKS = set('of for and on the');
/** Capitalised function words that never sit inside a name (headline words). */
const FUNCTION_WORDS = set(`in at after before with from over into onto as by to is are was were be says said will
amid after against during without under near`);
const FR_PREPS = set('de du des d');
const FR_DETS = set('la l le les');
/** Lowercase French adjectives that may follow an institution's head (`genevoise`, `général`, `nationale`). */
const FR_ADJECTIVE =
  /(?:ois|oise|ais|aise|ien|ienne|ain|aine|al|ale|aux|el|elle|ique|iste|aire|if|ive|ier|iere|eur|ial|iale|in|ine|on|onne)s?$/;
const NOT_ADJECTIVES = set(`son sans selon sous sur dans pour contre mais bien rien moins loin maintenant
avait était sont sera fait dit doit peut veut mis pris sait voit vient tient met nom non mon ton bon
explique indique communique applique implique réplique signale insiste arrive examine soupçonne dénonce annonce
interpelle appelle rappelle conseille recommande sanctionne mentionne questionne auditionne`);

/** Words after which a word in `-ique`, `-ale`, `-ive` is a verb, not an adjective (`la police explique que`). */
const VERB_FOLLOWERS = set(`le la les l un une des que qu ce cet cette ces son sa ses leur leurs sur au aux se s y
avoir être mon ma mes notre nos votre vos lui elle eux`);

/** A word token that starts with a capital (tokens are letters and digits only, or one mark). */
export function isCapWord(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when token `i` starts a sentence, a line or a heading (so its capital proves nothing). */
export function sentenceStart(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || tokens[i].gapBefore === 'break') return true;
  const between = text.slice(prev.end, tokens[i].start);
  if (/\n/.test(between) || /[!?:«»"“”‘(]/.test(between)) return true;
  return prev.text === '.' && !/^(?:St|Mr|Mrs|Ms|Dr|M|Jr|Sr|[A-Z])$/.test(tokens[i - 2]?.text ?? '');
}

/**
 * Organisations and places named with their head noun. English names end with it (`Dudley
 * Council`, `St. Michael Medical Center`, `Washington State Department of Health`,
 * `Solaris Asset Management`, `Cotwall End Road`); French names open with it (`la Sûreté
 * du Québec`, `la police genevoise`, `le parquet général de Paris`, `le Journal de
 * Montréal`, `le stade Vélodrome`, `rue de Genève`). These take precedence over shorter
 * names inside them (`Washington`, `Québec`) and over person candidates.
 */
export function findNamedInstitutions(
  text: string,
  tokens: readonly Token[],
  language: Language,
  isFirstName: (norm: string) => boolean,
): NamedInstitution[] {
  const out: NamedInstitution[] = [];
  // (Answered once per word: a company named a thousand times is looked up once.)
  const alone = new Map<string, boolean>();
  const standsAlone = (word: string): boolean => {
    let answer = alone.get(word);
    if (answer === undefined) alone.set(word, (answer = standsAloneBeforeVerb(text, word)));
    return answer;
  };
  // (How often each `SOS Méditerranée` pair is written, counted once per pair.)
  const pairs = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const led = acronymLedName(text, tokens, i, isFirstName, pairs);
    if (led) {
      out.push(led);
      i = led.last;
      continue;
    }
    const en = englishName(text, tokens, i, isFirstName, standsAlone);
    // In French, only company endings and English agency heads read the English way (`Qualcomm Inc`,
    // `le Counter Terrorism Unit`); `Le Journal de Montréal` opens with its head.
    const found =
      (en &&
      (language === 'en' ||
        COMPANY_ENDINGS.has(tokens[en.last].norm) ||
        englishAgencyInFrench(text, tokens, en, isFirstName))
        ? en
        : null) ?? frenchName(text, tokens, i, language, isFirstName);
    // `le Haut commissariat de l'ONU pour les réfugiés`: a capitalised `Haut` before an
    // organisation's noun in lower case opens its name.
    const high = tokens[i - 1];
    if (
      found &&
      found.first === i &&
      language === 'fr' &&
      high &&
      /^Hau(?:t|te|ts|tes)$/.test(high.text) &&
      tokens[i].gapBefore === 'space' &&
      /^\p{Ll}/u.test(tokens[i].text) &&
      (out.length === 0 || out[out.length - 1].last < i - 1)
    ) {
      found.first = i - 1;
      found.name = text.slice(high.start, tokens[found.last].end).replace(/\s+/g, ' ');
    }
    if (found) {
      out.push(found);
      i = found.last;
    }
  }
  return out;
}

/** How many of the words `ws` (token indexes) open on office titles (`Mayor`, `Professor`), the last word never counted. */
function titlesAt(tokens: readonly Token[], ws: readonly number[]): number {
  let k = 0;
  while (k < ws.length - 1 && ROLE_HEADS.has(tokens[ws[k]].norm)) k++;
  return k;
}

/**
 * `SOS Méditerranée`, `BNP Paribas`, `SOS Racisme`: capitals then a capitalised word, the pair
 * written so at least twice, are one organisation's name (the word alone may be a place).
 */
function acronymLedName(
  text: string,
  tokens: readonly Token[],
  i: number,
  isFirstName: (norm: string) => boolean,
  pairs: Map<string, number>,
): NamedInstitution | null {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (!n || n.gapBefore !== 'space' || !/^\p{Lu}{2,5}$/u.test(t.text) || !/^\p{Lu}\p{Ll}/u.test(n.text)) return null;
  if (isNotAcronym(t.norm) || isFirstName(n.norm) || FUNCTION_WORDS.has(n.norm)) return null;
  if (text.slice(t.end, n.start) !== ' ' || (tokens[i + 2]?.text === '-' && tokens[i + 2].gapBefore === 'none'))
    return null;
  if (lineFacts(text).at(t.start).shouting) return null;
  const name = `${t.text} ${n.text}`;
  let times = pairs.get(name);
  if (times === undefined) {
    times = 0;
    for (let at = text.indexOf(name); at >= 0 && times < 2; at = text.indexOf(name, at + 1))
      if (!/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) times++;
    pairs.set(name, times);
  }
  if (times < 2) return null;
  return { kind: 'organization', first: i, last: i + 1, name, aliases: [], family: null };
}

/** True when `word` stands alone in `text` right before a lower-case word (`Exxon reported`). */
function standsAloneBeforeVerb(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
    if (/^\s+\p{Ll}/u.test(text.slice(at + word.length, at + word.length + 3))) return true;
  }
  return false;
}

/** English heads that end an agency's name quoted as is in a French article (`la Mauritius Revenue Authority`). */
const EN_AGENCY_HEADS = set(`unit squad office agency service division bureau force authority department board`);

/**
 * French text quotes foreign agencies in English (`le Counter Terrorism Unit`); without this the
 * capitalised words before the head would read as a person's name. At least two words before the
 * head, none of them a first name (`Jean Bureau` stays a person).
 */
function englishAgencyInFrench(
  text: string,
  tokens: readonly Token[],
  found: NamedInstitution,
  isFirstName: (norm: string) => boolean,
): boolean {
  if (found.kind !== 'organization' || !EN_AGENCY_HEADS.has(tokens[found.last].norm)) return false;
  // `Le Counter Terrorism Unit` at a sentence start: the French article is not part of the name.
  if (/^(?:le|la|les|l|un|une)$/.test(tokens[found.first].norm) && found.first < found.last) {
    found.first++;
    found.name = text.slice(tokens[found.first].start, tokens[found.last].end).replace(/\s+/g, ' ');
    found.aliases = found.aliases.filter((a) => !/^(?:le|la|les|l|un|une)\b/i.test(a));
  }
  const words = tokens.slice(found.first, found.last).filter((t) => /^\p{L}/u.test(t.text));
  return words.length >= 2 && words.every((t) => /^\p{Lu}/u.test(t.text) && !isFirstName(t.norm));
}

/** Nouns before an association's name written in sentence case (`l'association Droit au logement`). */
const SENTENCE_CASE_HEADS = set(`association collectif fondation mouvement ong fédération`);

/** First words of place names written in two words (`New York`, `Los Angeles`, `Hong Kong`). */
export const PLACE_OPENERS =
  set(`new los las san santa hong buenos rio tel abu port puerto costa sri el kuala addis cap st ste saint
sainte`);

/** Words whose possessive sits inside an English institution's name (`Sheriff's Office`, `Children's Hospital`). */
const POSSESSIVE_IN_NAMES = set(`sheriff attorney attorneys general children women men people marshal marshals coroner
prosecutor veterans workers`);

function englishName(
  text: string,
  tokens: readonly Token[],
  i: number,
  isFirstName: (norm: string) => boolean,
  /** Whether a word stands alone before a lower-case word somewhere in the text (`Exxon reported`). */
  standsAlone: (word: string) => boolean,
): NamedInstitution | null {
  if (!isCapWord(tokens[i]) || tokens[i].norm === 'the') return null;
  if (i > 0 && isCapWord(tokens[i - 1]) && tokens[i].gapBefore === 'space' && tokens[i - 1].norm !== 'the') return null;
  // (`Bob O'Connell of the University of Virginia`: the rest of an `O'`, `D'` name opens nothing.)
  if (
    i > 1 &&
    /^['’]$/.test(tokens[i - 1].text) &&
    tokens[i].gapBefore === 'none' &&
    tokens[i - 1].gapBefore === 'none' &&
    /^[ODod]$/.test(tokens[i - 2].text)
  )
    return null;
  // The capitalised run: words, `St.`, initials, hyphens, and `of`/`for`/`and` between capitalised words.
  const words: number[] = [i];
  let j = i;
  /** Whether the run has gone through an `of`/`for` complement (`Department of Health`). */
  let afterOf = false;
  for (;;) {
    const n = tokens[j + 1];
    if (!n) break;
    if (n.text === '.' && n.gapBefore === 'none' && /^(?:St|Ft|Mt|\p{Lu})$/u.test(tokens[j].text)) {
      j++;
      continue;
    }
    if (n.text === '&' && isCapWord(tokens[j + 2])) {
      j += 2;
      words.push(j);
      continue;
    }
    if (n.text === '-' && n.gapBefore === 'none' && isCapWord(tokens[j + 2]) && tokens[j + 2].gapBefore === 'none') {
      j += 2;
      continue;
    }
    // `Polk County Sheriff's Department`, `District Attorney's Office`, `Children's Hospital`.
    if (
      /^['’]$/.test(n.text) &&
      n.gapBefore === 'none' &&
      POSSESSIVE_IN_NAMES.has(tokens[j].norm) &&
      tokens[j + 2]?.norm === 's' &&
      tokens[j + 2].gapBefore === 'none' &&
      isCapWord(tokens[j + 3]) &&
      tokens[j + 3].gapBefore === 'space'
    ) {
      j += 3;
      words.push(j);
      continue;
    }
    // `Transport and General Workers' Union`, `Teachers' Union of Ireland`: a plural possessive.
    if (
      /^['’]$/.test(n.text) &&
      n.gapBefore === 'none' &&
      /s$/.test(tokens[j].norm) &&
      isCapWord(tokens[j]) &&
      isCapWord(tokens[j + 2]) &&
      tokens[j + 2].gapBefore === 'space'
    ) {
      j += 2;
      words.push(j);
      continue;
    }
    if (n.gapBefore !== 'space') break;
    // (`Federation of American Hospitals President Chip Kahn`: after an `of` complement, an
    // office word before a capitalised word opens its holder's name, not more of this one.)
    if (
      isCapWord(n) &&
      ROLE_HEADS.has(n.norm) &&
      (isCapWord(tokens[j + 2]) || tokens[j + 2]?.text === 'and') &&
      tokens[j + 2].gapBefore === 'space' &&
      afterOf
    )
      break;
    if (isCapWord(n)) {
      j++;
      words.push(j);
      continue;
    }
    // `and` only inside an `of` complement (`Department of Health and Human Services`), never between two names.
    // `Food and Drug Administration` too, but not `Dudley Council and Sedgley Council`.
    const noHeadYet = !words.some((k) => EN_ORG_HEADS.has(tokens[k].norm) || EN_PLACE_HEADS.has(tokens[k].norm));
    if (EN_LINKS.has(n.text) && n.text !== 'the' && (n.text !== 'and' || afterOf || noHeadYet)) {
      let k = j + 2;
      if (tokens[k]?.text === 'the' && n.text !== 'and') k++;
      // `the Department of Homeland Security and FEMA`: an acronym after `and` is another organisation.
      const acronymAfterAnd = n.text === 'and' && /^\p{Lu}{2,}$/u.test(tokens[k]?.text ?? '');
      if (isCapWord(tokens[k]) && tokens[k].gapBefore === 'space' && !acronymAfterAnd) {
        if (n.text === 'of' || n.text === 'for') afterOf = true;
        j = k;
        words.push(j);
        continue;
      }
    }
    break;
  }
  // A capitalised function word inside the run (`… After Police Chase In Downtown Park`) ends what came before it.
  // So does a common noun in capitals before the name (`German NGO Sea-Watch International`).
  for (let w = words.length - 1; w > 0; w--) {
    if (FUNCTION_WORDS.has(tokens[words[w]].norm) || COMMON_NOUNS_IN_CAPITALS.has(tokens[words[w]].norm)) {
      words.splice(0, w + 1);
      break;
    }
  }
  // `Two Harlan County residents`: a number opening the sentence is not part of the name.
  if (
    words.length > 1 &&
    /^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|both)$/.test(tokens[words[0]].norm)
  )
    words.shift();
  if (words.length === 0) return null;
  // `Shares of Norwind Inc`: before `of`, a sentence's first word that is no institution is not part of the name.
  const ofAt = tokens.slice(words[0], words[words.length - 1]).findIndex((t) => t.text === 'of');
  if (ofAt > 0 && sentenceStart(text, tokens, words[0])) {
    const before = words.filter((k) => k < words[0] + ofAt);
    if (!before.some((k) => EN_ORG_HEADS.has(tokens[k].norm) || EN_PLACE_HEADS.has(tokens[k].norm)))
      words.splice(0, before.length);
  }
  if (words.length === 0) return null;
  // The head: the last word, or the word before `of` (`Department of Health`).
  let headAt = -1;
  for (let w = words.length - 1; w >= 0; w--) {
    const t = tokens[words[w]];
    if (EN_ORG_HEADS.has(t.norm) || EN_PLACE_HEADS.has(t.norm)) {
      const after = tokens[words[w] + 1];
      if (w === words.length - 1 || (after && (after.text === 'of' || after.text === 'for'))) {
        headAt = w;
        break;
      }
    }
  }
  if (headAt < 0) return null;
  // `Man Arrested After Police Chase In Downtown Park`: a headline in title case names nothing as a whole.
  if (lineFacts(text).at(tokens[i].start).titleCase) return null;
  // `Dave Osborne of the Transport and General Workers' Union`: a person's name, then `of`, then
  // the organisation's — which starts after `of (the)`.
  // (`Professor Ann Blake of the University of Vermont`: after a title too.)
  if (isFirstName(tokens[words[titlesAt(tokens, words)]].norm)) {
    let ofAt = -1;
    for (let k = words[0] + 1; k < words[headAt] && ofAt < 0; k++) if (tokens[k].text === 'of') ofAt = k;
    const headBefore = words.some(
      (w) => w < ofAt && (EN_ORG_HEADS.has(tokens[w].norm) || EN_PLACE_HEADS.has(tokens[w].norm)),
    );
    if (ofAt > 0 && !headBefore) {
      const k = tokens[ofAt + 1]?.norm === 'the' ? ofAt + 2 : ofAt + 1;
      return k < tokens.length ? englishName(text, tokens, k, isFirstName, standsAlone) : null;
    }
  }
  const head = tokens[words[headAt]];
  let start = 0;
  // `The Seattle Times`: the article is not part of the name.
  const firstTok = tokens[words[0]];
  if (firstTok.norm === 'the' || firstTok.norm === 'a') start = 1;
  if (start > headAt) return null;
  const nameWords = words.slice(start);
  if (nameWords.length === 1) {
    // A head alone: `Parliament` in running text; never at a sentence start.
    if (!BARE_INSTITUTIONS.has(head.norm) || sentenceStart(text, tokens, words[start])) return null;
  }
  // `Jenny Park`, `Emily Hall`: a first name and a head that is also a family name.
  // (Alone on its line, a masthead: `Rodney Times` heading the article is the newspaper.)
  const alone = aloneOnLine(text, tokens[nameWords[0]].start, tokens[words[words.length - 1]].end);
  // (`Mayor Linda Park`, `Officer Jane Street`, `Mayor Park`: after an office written as a title.)
  const given = titlesAt(tokens, nameWords);
  if (
    nameWords.length - given <= 3 &&
    !alone &&
    (isFirstName(tokens[nameWords[given]].norm) || (given > 0 && nameWords.length - given === 1)) &&
    AMBIGUOUS_HEADS.has(head.norm) &&
    !tokens.slice(nameWords[0], words[words.length - 1]).some((t) => t.text === 'of')
  )
    return null;
  if (/^\p{Lu}{2,}$/u.test(head.text) && !COMPANY_ENDINGS.has(head.norm)) return null;
  const first = nameWords[0];
  const last = words[words.length - 1];
  // `Birch Valley Brewing Co.`, `Acme Corp.`: the name is also written with the abbreviation's point.
  const abbreviated =
    /^(?:co|corp|inc|ltd|bros)$/.test(tokens[last].norm) &&
    tokens[last + 1]?.text === '.' &&
    tokens[last + 1].gapBefore === 'none';
  const name = text.slice(tokens[first].start, tokens[last].end).replace(/\s+/g, ' ');
  const dotted = `${name}.`;
  // `Kitsap Public Health District` is an agency, `the Lake District` a region.
  const agencyDistrict =
    head.norm !== 'district' || tokens.slice(first, last + 1).some((t) => DISTRICT_AGENCIES.has(t.norm));
  const kind: ActorKind = EN_ORG_HEADS.has(head.norm) && agencyDistrict ? 'organization' : 'place';
  const aliases: string[] = abbreviated ? [dotted] : [];
  if (kind === 'organization' && headAt === words.length - 1 && nameWords.length >= 2) {
    // `Kitsap Public Health` for `Kitsap Public Health District`, `St. Michael` for `St. Michael Medical Center`.
    for (let w = nameWords.length - 2; w >= 0; w--) {
      const endTok = nameWords[w];
      const count = w + 1 + tokens.slice(first, endTok + 1).filter((t) => t.text === '.').length;
      // `Pinecrest Holdings Ltd` is `Pinecrest` too: only company endings were left out.
      const company = nameWords.slice(w + 1).every((k) => COMPANY_ENDINGS.has(tokens[k].norm));
      // (`Exxon Mobil Corp` is `Exxon` too when the text writes the first word alone before a
      // verb: `Exxon reported…`, `Exxon said`.)
      const firstAlone =
        w === 0 &&
        COMPANY_ENDINGS.has(tokens[last].norm) &&
        tokens[endTok].text.length >= 4 &&
        standsAlone(tokens[endTok].text);
      if (firstAlone) {
        aliases.push(tokens[endTok].text);
        break;
      }
      if (count < 2 && !company) break;
      if (EN_ORG_HEADS.has(tokens[endTok].norm) && !company) continue;
      aliases.push(text.slice(tokens[first].start, tokens[endTok].end).replace(/\s+/g, ' '));
    }
  }
  // `St. Michael Medical Center` is `the hospital` later.
  const medical = tokens
    .slice(first, last + 1)
    .some((t) => /^(?:hospital|medical|clinic|health|infirmary)$/.test(t.norm));
  return { kind, first, last, name, aliases, family: medical ? 'hospital' : headFamily(head.norm) };
}

/** `l'hôpital Necker`, `le lycée Victor-Hugo`, `le commissariat de Lille`: an establishment and its name, or null. */
function namedEstablishment(text: string, tokens: readonly Token[], i: number): NamedInstitution | null {
  const head = tokens[i];
  let k = i + 1;
  if (tokens[k]?.gapBefore !== 'space') return null;
  if (FR_PREPS.has(tokens[k].norm)) {
    k++;
    if (tokens[k]?.text === "'" || tokens[k]?.text === '’') k++;
    else if (tokens[k] && FR_DETS.has(tokens[k].norm) && tokens[k].norm !== 'les') {
      k++;
      if (tokens[k]?.text === "'" || tokens[k]?.text === '’') k++;
    }
  }
  let j = k - 1;
  while (isCapWord(tokens[j + 1]) && (j + 1 === k || tokens[j + 1].gapBefore === 'space') && j - k < 3) {
    j++;
    while (tokens[j + 1]?.text === '-' && tokens[j + 1].gapBefore === 'none' && isCapWord(tokens[j + 2])) j += 2;
  }
  if (j < k || /^(?:Le|La|Les|L)$/.test(tokens[k].text)) return null;
  const name = text.slice(head.start, tokens[j].end).replace(/\s+/g, ' ');
  return { kind: 'organization', first: i, last: j, name, aliases: [], family: headFamily(head.norm) };
}

function frenchName(
  text: string,
  tokens: readonly Token[],
  i: number,
  language: Language,
  isFirstName: (norm: string) => boolean,
): NamedInstitution | null {
  const head = tokens[i];
  const capital = isCapWord(head);
  const isOrg = FR_ORG_HEADS.has(head.norm) && (capital || FR_LOWER_ORG_HEADS.has(head.norm));
  const isPlace = FR_PLACE_HEADS.has(head.norm) && !capital;
  // `l'hôpital Necker`, `le lycée Victor-Hugo`, `le commissariat de Lille`: a named establishment.
  // (`la gendarmerie nationale`, with no name after the noun, reads on below as an institution.)
  const establishment =
    language === 'fr' && !capital && FR_ESTABLISHMENTS.has(head.norm) ? namedEstablishment(text, tokens, i) : null;
  if (establishment || (FR_ESTABLISHMENTS.has(head.norm) && !FR_LOWER_ORG_HEADS.has(head.norm) && !capital))
    return establishment;
  // `le parti Pastef`, `le groupe Stellantis`: the name after the noun is the organisation's own.
  // (`l'ONG Sea-Eye`: the noun in capitals too.)
  if (language === 'fr' && (!capital || COMMON_NOUNS_IN_CAPITALS.has(head.norm)) && FR_NAMED_AFTER.has(head.norm)) {
    const n = tokens[i + 1];
    if (!n || n.gapBefore !== 'space' || !isCapWord(n) || /^(?:Le|La|Les|L)$/.test(n.text)) return null;
    // (`la directrice générale du groupe Catherine MacGregor`: a full name after the noun is the
    // holder of the office before it, not the organisation's name.)
    if (isFirstName(n.norm) && isCapWord(tokens[i + 2]) && tokens[i + 2].gapBefore === 'space') return null;
    // `le groupe UMP Christian Jacob`: the name stops before a person's first name (`l'association SOS Racisme` goes on).
    let j = i + 1;
    // `le club Paris Saint-Germain`: hyphenated words stay whole.
    const hyphenated = (): void => {
      while (tokens[j + 1]?.text === '-' && tokens[j + 1].gapBefore === 'none' && isCapWord(tokens[j + 2])) j += 2;
    };
    hyphenated();
    while (
      isCapWord(tokens[j + 1]) &&
      tokens[j + 1].gapBefore === 'space' &&
      j - i < 5 &&
      !isFirstName(tokens[j + 1].norm)
    ) {
      j++;
      hyphenated();
    }
    // `l'association Droit au logement`, `l'ONG Médecins sans frontières`: a sentence-case name goes on
    // through a preposition and one lower-case noun.
    const prep = tokens[j + 1];
    const noun = tokens[j + 2];
    if (
      SENTENCE_CASE_HEADS.has(head.norm) &&
      prep?.gapBefore === 'space' &&
      /^(?:au|aux|du|des|pour|contre|sans)$/.test(prep.text) &&
      noun?.gapBefore === 'space' &&
      /^\p{Ll}[\p{L}-]{2,}$/u.test(noun.text) &&
      !FR_DETS.has(noun.norm) &&
      !/^[’']$/.test(tokens[j + 3]?.text ?? '') &&
      !/^(?:de|des|du|d)$/.test(tokens[j + 3]?.norm ?? '')
    )
      j += 2;
    // (`l'ONG Médecins du Monde`: or through `du` and one capitalised word.)
    else if (
      SENTENCE_CASE_HEADS.has(head.norm) &&
      prep?.gapBefore === 'space' &&
      /^(?:du|des)$/.test(prep.text) &&
      noun?.gapBefore === 'space' &&
      isCapWord(noun) &&
      /\p{Ll}/u.test(noun.text) &&
      !isFirstName(noun.norm) &&
      !isCapWord(tokens[j + 3])
    )
      j += 2;
    const name = text.slice(n.start, tokens[j].end);
    return { kind: 'organization', first: i + 1, last: j, name, aliases: [], family: headFamily(head.norm) };
  }
  if (!isOrg && !isPlace) return null;
  if (language !== 'fr' && !(capital && isOrg)) return null;
  const prev = tokens[i - 1];
  // Capitalised heads need a determiner or a preposition before them, or running text: not a heading.
  if (
    capital &&
    (!prev ||
      head.gapBefore === 'break' ||
      (!/^\p{Ll}/u.test(prev.text) && !FR_DETS.has(prev.norm) && prev.text !== "'" && prev.text !== '’'))
  )
    return null;
  let j = i;
  let complement = false;
  // Adjectives: `police genevoise`, `parquet général`, `Parti socialiste`.
  for (let n = 0; n < 2; n++) {
    const t = tokens[j + 1];
    if (!t || t.gapBefore !== 'space' || !/^\p{Ll}[\p{L}-]*$/u.test(t.text)) break;
    if (
      !(FR_ADJECTIVE.test(t.norm) || /^publi(?:c|que)s?$/.test(t.norm)) ||
      NOT_ADJECTIVES.has(t.norm) ||
      FR_PREPS.has(t.norm)
    )
      break;
    // `la police explique le…`, `le parquet insiste sur…`: a verb with its object, not an adjective.
    const after = tokens[j + 2];
    if (after && after.gapBefore === 'space' && VERB_FOLLOWERS.has(after.norm)) break;
    if (after && after.gapBefore === 'none' && /^[’']$/.test(after.text) && /^(?:l|qu|d|s)$/.test(tokens[j + 1].norm))
      break;
    j++;
    complement = true;
  }
  // `de Paris`, `du Québec`, `de la Haute-Savoie`, `de l'Isère`, `Vélodrome`.
  const nameAfter = (k: number): number => {
    let end = -1;
    while (isCapWord(tokens[k])) {
      end = k;
      // `l'Ehpad Les Mimosas`, `la résidence Le Clos`: an article opening the name goes on to its noun.
      if (/^(?:Le|La|Les)$/.test(tokens[k].text) && isCapWord(tokens[k + 1]) && tokens[k + 1].gapBefore === 'space') {
        k++;
        continue;
      }
      if (tokens[k + 1]?.text === '-' && tokens[k + 1].gapBefore === 'none' && tokens[k + 2]?.gapBefore === 'none') {
        if (isCapWord(tokens[k + 2])) {
          k += 2;
          continue;
        }
        if (
          FR_PREPS.has(tokens[k + 2]?.norm ?? '') ||
          /^(?:sur|en|lès|les|sous|la|le)$/.test(tokens[k + 2]?.norm ?? '')
        ) {
          if (tokens[k + 3]?.text === '-' && isCapWord(tokens[k + 4])) {
            k += 4;
            continue;
          }
        }
      }
      // `de New York`, `de Los Angeles`, `de Hong Kong`: two-word place names.
      if (PLACE_OPENERS.has(tokens[k].norm) && tokens[k + 1]?.gapBefore === 'space' && isCapWord(tokens[k + 1])) {
        k++;
        continue;
      }
      break;
    }
    return end;
  };
  let k = j + 1;
  if (tokens[k] && tokens[k].gapBefore === 'space' && FR_PREPS.has(tokens[k].norm)) {
    k++;
    if (tokens[k]?.text === "'" || tokens[k]?.text === '’') k++;
    else if (tokens[k] && FR_DETS.has(tokens[k].norm) && tokens[k].norm !== 'les') {
      k++;
      if (tokens[k]?.text === "'" || tokens[k]?.text === '’') k++;
    }
    const end = nameAfter(k);
    if (end >= 0) {
      j = end;
      complement = true;
    } else if (
      (capital || head.norm === 'brigade') &&
      isOrg &&
      tokens[k] &&
      /^\p{Ll}[\p{L}-]+$/u.test(tokens[k].text) &&
      !FR_DETS.has(tokens[k].norm) &&
      !/^(?:sur|pour|en|à|au|aux|contre|dans)$/.test(tokens[k + 1]?.norm ?? '') &&
      !(tokens[k + 1]?.norm === 'et' && head.norm !== 'brigade') &&
      !(FR_PREPS.has(tokens[k + 1]?.norm ?? '') && /^\p{Ll}/u.test(tokens[k + 2]?.text ?? ''))
    ) {
      // `Cour de cassation`, `Cour des comptes`, `Tribunal de commerce de Nanterre` — not the start of a longer
      // name it cannot delimit (`Centre de recherche sur la mondialisation`).
      j = k;
      complement = true;
      const p = tokens[j + 1];
      if (p && p.gapBefore === 'space' && FR_PREPS.has(p.norm)) {
        let q = j + 2;
        if (tokens[q]?.text === "'" || tokens[q]?.text === '’') q++;
        const more = nameAfter(q);
        if (more >= 0) j = more;
      }
    }
  } else if (isPlace || capital) {
    const end = tokens[k]?.gapBefore === 'space' ? nameAfter(k) : -1;
    if (end >= 0) {
      j = end;
      complement = true;
    }
  }
  if (!complement) return null;
  // `l'État de Genève` governs; `dans l'État de New York` is the place; `l'État de droit` is no one.
  let placeOfState = false;
  if (head.norm === 'etat') {
    if (!capital || !isCapWord(tokens[j]) || tokens[i + 1]?.gapBefore !== 'space' || !FR_PREPS.has(tokens[i + 1].norm))
      return null;
    placeOfState = /(?:^|\s)(?:dans|en|à|vers|depuis)\s+l['’]\s*$/i.test(
      text.slice(Math.max(0, head.start - 12), head.start),
    );
  }
  const name = text.slice(head.start, tokens[j].end).replace(/\s+/g, ' ');
  if (placeOfState) return { kind: 'place', first: i, last: j, name, aliases: [], family: null };
  return {
    // `le Stade rennais` is a club, `le Stade de France` a stadium.
    kind: isOrg && !(head.norm === 'stade' && FR_PREPS.has(tokens[i + 1]?.norm ?? '')) ? 'organization' : 'place',
    first: i,
    last: j,
    name,
    aliases: [],
    family: headFamily(head.norm),
  };
}

/** Capitalised words that are not an organisation's acronym. */
const NOT_ACRONYMS = set(`
ceo cfo coo cto gdp pib tva covid sida vih adn dna pdf tv ok am pm gmt utc cet est pst edt usd eur gbp chf cad ht ttc km
kg rer tgv suv vip faq nb ps hd ia ai it hiv aids lgbt lgbtq url www jr sr ii iii iv vi vii viii ix xi xii xiii xiv xv
xvi xvii xviii xix xx xxi mvp nfl nba ko vs pc sms gps usb id qr rip lire aussi voir video vidéo photo photos info infos
direct urgent exclusif update breaking alerte new news live the and for not but all now out who why how les des une par
pour avec dans est son ses qui que fin end pub top hot
`);

/** Common nouns written in capitals, no acronym of a name: they stand before one (`the NGO Sea-Watch`). */
const COMMON_NOUNS_IN_CAPITALS = set(`ngo ngos ong`);

/** True for capitals that name no organisation (`CEO`, `PDF`, `LIRE`). */
export function isNotAcronym(norm: string): boolean {
  return NOT_ACRONYMS.has(norm) || COMMON_NOUNS_IN_CAPITALS.has(norm);
}

/** An acronym written in capitals inside running text (`UMP`, `SQ`, `NAN`, `l'OM`), not a heading in capitals. */
export function isAcronymAt(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^\p{Lu}[\p{Lu}\d&]{1,5}$/u.test(t.text) || isNotAcronym(t.norm) || /^[IVXLCDM]+$/.test(t.text)) return false;
  if (/\d/.test(t.text) && !/^\p{Lu}{2,}\d?$/u.test(t.text)) return false;
  // `A JUDGE has complained`: a tabloid's office in capitals is the office, not an acronym.
  if (t.text.length >= 4 && ROLE_HEADS.has(t.norm) && /^(?:a|an|the)$/i.test(tokens[i - 1]?.text ?? '')) return false;
  // `LIRE AUSSI`, `BREAKING NEWS`: words in capitals next to each other are shouted, not acronyms.
  const shouted = (n: Token | undefined): boolean => !!n && /^\p{Lu}{2,}$/u.test(n.text);
  if (
    (shouted(tokens[i - 1]) && t.gapBefore === 'space') ||
    (shouted(tokens[i + 1]) && tokens[i + 1].gapBefore === 'space')
  )
    return false;
  // A line in capitals is a heading or a dateline, not a list of acronyms.
  return !lineFacts(text).at(t.start).shouting;
}

/** True when the line holding `offset` is written in capitals (a heading, a dateline, a caption credit). */
export function inShoutingLine(text: string, offset: number): boolean {
  return lineFacts(text).at(offset).shouting;
}

interface LineFact {
  /** Five words or more, all capitalised but the small links: a headline in title case. */
  titleCase: boolean;
  /** More capitals than lower-case letters: a heading or a dateline in capitals. */
  shouting: boolean;
}

/** What each line of the article looks like, each line read once when first asked (lookups by binary search). */
class LineFacts {
  private readonly starts: number[] = [0];
  private readonly facts = new Map<number, LineFact>();

  constructor(private readonly text: string) {
    for (let n = text.indexOf('\n'); n >= 0; n = text.indexOf('\n', n + 1)) this.starts.push(n + 1);
  }

  at(offset: number): LineFact {
    const lo = lastAtOrBefore(this.starts, offset);
    let fact = this.facts.get(lo);
    if (!fact) {
      const start = this.starts[lo];
      const end = lo + 1 < this.starts.length ? this.starts[lo + 1] - 1 : this.text.length;
      const line = this.text.slice(start, end);
      let lowerCount = 0;
      let upperCount = 0;
      for (const ch of line) {
        if (ch !== ch.toUpperCase()) lowerCount++;
        else if (ch !== ch.toLowerCase()) upperCount++;
      }
      let titleCase = false;
      if (line.length < 300) {
        const words = line.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
        const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|the|and|for|on|in|a|an|to|at|by)$/.test(w));
        // Not a byline (`By Sarah Jones, BBC News`): headlines have no comma.
        titleCase = words.length >= 5 && lower.length === 0 && !line.includes(',') && !/^\s*(?:By|Par)\s/.test(line);
      }
      fact = { titleCase, shouting: lowerCount === 0 || upperCount >= lowerCount };
      this.facts.set(lo, fact);
    }
    return fact;
  }
}

let lastFacts: { text: string; facts: LineFacts } | null = null;

function lineFacts(text: string): LineFacts {
  if (lastFacts?.text !== text) lastFacts = { text, facts: new LineFacts(text) };
  return lastFacts.facts;
}

const NOT_IN_INITIALS = set('de du des d la le les l et of the and for');

/**
 * The acronyms a name may go by: the initials of its capitalised words (`Sûreté du Québec` →
 * `SQ`) and of all its content words (`Gendarmerie royale du Canada` → `GRC`).
 */
export function initials(name: string): string[] {
  const words = name.split(/[\s'’-]+/).filter(Boolean);
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => fold(w[0]).toUpperCase());
  const content = words.filter((w) => !NOT_IN_INITIALS.has(fold(w))).map((w) => fold(w[0]).toUpperCase());
  return [...new Set([caps.join(''), content.join('')])].filter((x) => x.length >= 2);
}

const NOT_TEAMS = set(`alps andes rockies highlands midlands americas pyrenees pyrénées alpes vosges landes antilles
philippines bahamas maldives seychelles comores netherlands pays-bas emirates caraibes caribbean balkans ardennes cevennes
falklands malouines hamptons olympics paralympics oscars grammys emmys baftas games championships finals playoffs
nationals majors news`);

/**
 * Teams and groups named in the plural after an article: `the Patriots`, `the Colts`, `the
 * Red Sox`, `les Bleus`, `les Républicains`. Returns the last token of the name starting at
 * `i` (the word after the article), or -1.
 */
export function pluralNameAt(tokens: readonly Token[], i: number, isNationality: (norm: string) => boolean): number {
  const det = tokens[i - 1];
  // `Justin Trudeau’s Liberals`: a leader's possessive before the party's plural name.
  const possessive =
    !!det &&
    det.norm === 's' &&
    det.gapBefore === 'none' &&
    /^['’]$/.test(tokens[i - 2]?.text ?? '') &&
    tokens[i - 2].gapBefore === 'none';
  if (!det || (!/^(?:the|les)$/i.test(det.text) && !possessive) || tokens[i].gapBefore !== 'space') return -1;
  let last = i;
  if (isCapWord(tokens[i + 1]) && tokens[i + 1].gapBefore === 'space') last = i + 1;
  const t = tokens[last];
  if (!isCapWord(t) || !/\p{Ll}s$/u.test(t.text) || /ss$/.test(t.text) || !isCapWord(tokens[i])) return -1;
  if (NOT_TEAMS.has(t.norm) || isNationality(t.norm) || isNationality(tokens[i].norm)) return -1;
  // After a possessive, only a party's plural (`Liberals`, `Democrats`, `Tories`), not `Apple’s Services`.
  if (possessive && !/(?:als|ives|ists|ats|ans|ories|eens)$/.test(t.norm)) return -1;
  // `the News & Star`, `the Friends of the Earth`: the name goes on, it is not a plural alone.
  const after = tokens[last + 1];
  if (after && after.gapBefore === 'space' && /^(?:&|of|de|du|des)$/.test(after.text)) return -1;
  // `les Hauts-de-France`, `les Champs-Elysées`: a hyphenated place.
  if (after && after.gapBefore === 'none' && after.text === '-') return -1;
  // `the United States`, `the Netherlands`: a country is not a team (the packs have them first).
  return last;
}

/** Words that introduce a newspaper, magazine or site named right after them (`told the 'Sunday World'`, `contactée par Narcity`). */
export const MEDIA_CUE =
  /(?:\btold\s+the|\b(?:au\s+micro|à\s+l['’]antenne|sur\s+les\s+ondes|sur\s+le\s+plateau|dans\s+les\s+colonnes)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|\b(?:en\s+)?(?:entrevues?|entretiens?|interviews?)\s+(?:accordée?s?\s+)?(?:avec|à\s+la|à|au|aux|sur|with|to|on)|\b(?:told|speaking\s+to|in\s+an\s+interview\s+with)|(?:^|[\s'’(])(?:nos\s+)?(?:confrères|consœurs|confrère)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|\b(?:the|a)\s+(?:newspaper|paper|daily|weekly|magazine|tabloid|website|broadcaster|network)|\b(?:journal|quotidien|hebdomadaire|magazine|mensuel|site|tabloïd)|\b(?:[Cc]ontacté(?:e|s|es)?|[Jj]oint(?:e|s|es)?|[Ii]nterrogé(?:e|s|es)?|[Ii]nterviewé(?:e|s|es)?|interviewed|contacted|reached)\s+(?:par|by))\s*['‘’"“«]?\s*$/;

/** Words just before a name that make it an organisation (`the airline Norwair`, `campaign group Silver Voices`, `la compagnie aérienne Volotea`, `les policiers des Mossos`). */
export const ORG_CUE =
  /(?:\b(?:the|an?)\s+(?:(?:low-cost|budget|national|state-owned|private|german|french|british|american|irish|chinese|russian)\s+)?(?:airline|carrier|company|firm|retailer|startup|start-up|insurer|automaker|carmaker|manufacturer|conglomerate|militia|cartel|charity|nonprofit|non-profit|watchdog)|\b(?:campaign|campaigning|pressure|advocacy|lobby|lobbying|action|rights|environmental|community|activist|protest|consumer|industry|trade|business|residents['’]?|patients['’]?|parents['’]?)\s+(?:group|organi[sz]ation|body|association|network|coalition|charity)|\bthink[\s-]tank|\b(?:compagnie(?:\s+aérienne)?|transporteur|milice|banque|assureur|plateforme|constructeur\s+automobile)|\b(?:policiers|agents|membres|combattants|militants|dirigeants|responsables)\s+(?:des|du|de\s+la|de))\s*['‘’"“«]?\s*$/i;
/** An apposition after a name that makes it an organisation (`Skyjet, the airline, said`, `Volotea, la compagnie aérienne`). */
export const ORG_APPOSITION =
  /^\s*,\s*(?:(?:the|an?)\s+(?:[\p{L}-]+\s+)?(?:airline|carrier|company|firm|retailer|startup|insurer|automaker|carmaker|manufacturer|conglomerate|militia|cartel|charity|watchdog)|(?:la|une)\s+(?:compagnie|société|firme|entreprise|milice|banque|start-up)|(?:le|un)\s+(?:groupe|constructeur|transporteur|géant|assureur))\b/iu;
