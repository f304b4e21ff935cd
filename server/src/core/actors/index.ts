/**
 * Who the article talks about: actors of the rules and built-in packs found by their
 * names and aliases, people found from the text (names with first-name, title or role
 * evidence), and the later mentions that refer back to them (surname alone, role
 * descriptions).
 */
import { fold, oneEditApart, partitionPoint, slugify } from '../text';
import type { Actor, ActorKind, ActorRule, ActorSource, Language, Mention, Rules, RulesLocation, Span } from '../types';
import {
  FEMALE_FIRST_NAMES,
  FIRST_NAMES,
  GROUP_NOUNS,
  MALE_FIRST_NAMES,
  NATIONALITIES,
  isGenderedFirstName,
  isNationality,
  nationalityStem,
  NOT_NAMES,
  ROLE_HEADS,
  STORMS,
  TITLE_WORDS,
  TITLES,
  writtenAsHeaded,
} from './lexicon';
import { equivalentRoles, inSourceAdjunct, isRoleHead, roleAfter, roleBefore } from './roles';
import {
  COMPANY_ENDINGS,
  EN_ORG_HEADS,
  EN_PLACE_HEADS,
  FR_ORG_HEADS,
  MEDIA_CUE,
  ORG_APPOSITION,
  ORG_CUE,
  findNamedInstitutions,
  FR_NAMED_AFTER,
  PLACE_OPENERS,
  headFamily,
  initials,
  inShoutingLine,
  isAcronymAt,
  isNotAcronym,
  isCapWord,
  pluralNameAt,
  sentenceStart,
  type NamedInstitution,
} from './institutions';
import { FormIndex, tokenize, type FormMatch, type Token } from './tokens';

export interface ActorContext {
  language: Language;
  rules: Rules;
  ignored: Span[];
}

/** An actor while the article is read. */
interface Entity {
  key: string;
  name: string;
  kind: ActorKind;
  rule: ActorRule | null;
  source: ActorSource;
  /** Roles read in the article, in text order. */
  roles: string[];
  /** Names the article uses for a detected actor (for its aliases). */
  names: Set<string>;
  mentions: Mention[];
  /** For an organisation found by its head noun: the head's family (`police`), for `la police` later. */
  family?: string | null;
}

/** `Interior Ministry` and `Ministry of (the) Interior` are one ministry: one key for both; so are `Co.` and `Co`. */
function canonicalOrganization(name: string): string {
  const ministry = /^(?:the\s+)?(\p{Lu}[\p{L}-]*)\s+Ministry$/u.exec(name);
  // `Birch Valley Brewing Co.` and `Birch Valley Brewing Co` are one company.
  return ministry ? `Ministry of ${ministry[1]}` : name.replace(/^Ministry of the /, 'Ministry of ').replace(/\.$/, '');
}

/** The detected person, organisation or place of that name, created on first use. */
function detectedOf(entities: Map<string, Entity>, kind: ActorKind, name: string, aliases: string[] = []): Entity {
  const key = `${kind === 'place' ? 'place' : kind === 'person' ? 'person' : 'org'}:${fold(kind === 'organization' ? canonicalOrganization(name) : name)}`;
  let e = entities.get(key);
  if (!e) {
    e = { key, name, kind, rule: null, source: 'detected', roles: [], names: new Set([name]), mentions: [] };
    entities.set(key, e);
  }
  e.names.add(name);
  for (const a of aliases) e.names.add(a);
  return e;
}

/** A speech verb right after a name (`Howard Schneider said`, `Jean Martin a déclaré`). */
const SAID_AFTER =
  /^,?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?\s+(?:said|says|told|added|wrote|warned|stated|explained|declared|a (?:déclaré|dit|affirmé|ajouté|estimé|indiqué|expliqué|souligné|assuré|précisé|annoncé|averti|martelé|confié|reconnu)|(?:déclare|affirme|estime|explique|souligne|assure|précise|annonce|rappelle)\b)/;
/** A verb that says what a person is (`reste`, `est`, `is`, `remains`), before a role. */
const ROLE_PREDICATE =
  /^\s*,?\s*["“«]?\s*(?:est|reste|était|demeure|devient|est devenue?|a été nommée?|is|was|remains|became|has been|serves as)\s*["”»]?\s+/;
/** A nickname declared right after a name: `, surnommé « la Dèche »`, `, dit Jojo`, `, known as Magic`. */
const NICKNAME_AFTER =
  /^\s*,?\s*\(?(?:surnommée?|dite?|alias|nicknamed|known as|dubbed|a\.k\.a\.?|aka)\s+[«"“'‘]?\s*((?:(?:la|le|the)\s+|l['’])?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})/u;
/** A capitalised word right before a speech verb (`James said`, `Dupont a déclaré`). */
const SPEAKING_WORD = new RegExp(`(?<![\\p{L}\\p{M}-])(\\p{Lu}[\\p{L}\\p{M}]+)(?=${SAID_AFTER.source.slice(1)})`, 'gu');
/** Endings that mark a word as a family name in news about Eastern Europe and beyond. */
const SURNAME_SHAPE =
  /\p{Ll}(?:ov|ev|ova|eva|ski|sky|skiy|skyi|ska|enko|chuk|tchouk|ovitch|evitch|ovic|ović|escu|opoulos|yan|idis|akis|oglu|oğlu|wicz|stein|berg)$/u;
/** A speech verb or `selon` right before a name (`", said Einav Zangauker`, `selon Jean Dupont`). */
const SAID_BEFORE =
  /(?:\b(?:said|says|told|added|wrote|noted|explained|stated|argued|insisted|recalled|according to|selon|déclare|affirme|explique|estime|raconte|souligne|indique|précise|ajoute|soutient|rappelle|observe|note|relève|confie|témoigne|insiste|poursuit|assure|conclut|commente|déplore|regrette|reconnaît|avance|dit|(?:fait|a fait) (?:ressortir|valoir|savoir|remarquer|observer|part)|a (?:déclaré|affirmé|ajouté|dit|indiqué|expliqué|souligné|précisé|estimé|confié|rappelé|assuré|noté|relevé|témoigné|conclu|commenté))|[»"”],?)\s+$/;
/** A speech verb right before a lone first name (`, témoigne Eddy`, `", says Maya`). */
const SPEECH_BEFORE_FIRST_NAME =
  /(?:\b(?:said|says|added|explained|recalled|témoigne|raconte|explique|confie|ajoute|poursuit|précise|souligne|assure|insiste|lance|note|observe|a témoigné|a raconté|a expliqué|a confié|a ajouté|a déclaré|a dit))\s+$/;
const PARTICLES = new Set('de du des van von der den ter ten bin ben ibn al el da dos di la le y'.split(' '));
const HYPHEN_PARTICLES = new Set('al el ad as ash ben bin abu abou'.split(' '));
const NOT_BEFORE_DESCRIPTION = new Set(
  'ancien ancienne ex former futur future late nouveau nouvelle prochain prochaine'.split(' '),
);
const ORG_HEADS_LIST =
  `organisation organization centre center conseil council agence agency institut institute fondation foundation banque bank
  commission committee comité fonds fund union association fédération federation parti party ministère ministry département
  department office université university groupe group société company compagnie corporation cour court tribunal assemblée
  assembly parlement parliament bureau service autorité authority board mouvement movement front ligue league conférence
  conference forum observatoire observatory syndicat confédération confederation alliance coalition réseau network`
    .split(/\s+/)
    .filter(Boolean)
    .map(fold);
const ORG_HEADS = new Set(ORG_HEADS_LIST);
/** Words after which a name does not go on (`Matt Pepin Globe Staff`). */
const JOB_STOPS = 'staff writer reporter correspondent editor contributor contributing columnist photographer'.split(
  ' ',
);
const NAME_STOPS = new Set([...[...EN_ORG_HEADS].filter((w) => !FIRST_NAMES.has(w)), ...JOB_STOPS]);
/** Words that end an institution's or an instrument's name, never a person's (`Defence Ministry`, `Foreign Affairs`). */
const NOT_PERSON = new Set([
  ...ORG_HEADS_LIST,
  'ministry',
  'ministere',
  'affairs',
  'affaires',
  'house',
  'state',
  'etat',
  'district',
  'county',
  'township',
  'province',
  // (`the North American Free Trade Agreement`, `the Good Friday Agreement`: a treaty or a law.)
  'agreement',
  'treaty',
  'accord',
  'pact',
  'convention',
  'protocol',
  'charter',
  'act',
]);

/**
 * Finds the actors of an article: those of the rules and built-in packs that the text
 * mentions, and people named in the text. Only actors actually mentioned are returned,
 * each with its mentions in text order; ids are unique slugs.
 */
export function findActors(text: string, ctx: ActorContext): Actor[] {
  const tokens = readTokens(text, ctx.ignored);
  const entities = new Map<string, Entity>();
  const claimed: (string | null)[] = new Array(tokens.length).fill(null);
  // Tokens a person's role or description holds (`le député LR`, `le porte-parole du ministère de la Justice`):
  // the organisations named inside are still read.
  const inRole: boolean[] = new Array(tokens.length).fill(false);

  const { names, contracted, descriptions: packDescriptions, places: placeForms } = rulesIndex(ctx.rules, ctx.language);

  const entityOfRule = (rule: ActorRule): Entity => {
    const key = `rule:${rule.definition?.file ?? ''}:${rule.definition?.start ?? rule.name}:${fold(rule.name)}`;
    let e = entities.get(key);
    if (!e) {
      e = {
        key,
        name: rule.name,
        kind: rule.kind,
        rule,
        source: rule.source,
        roles: [],
        names: new Set(),
        mentions: [],
      };
      entities.set(key, e);
    }
    return e;
  };
  const mention = (e: Entity, span: Span, first: number, last: number): void => {
    e.mentions.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), origin: 'auto' });
    for (let k = first; k <= last; k++) claimed[k] = e.key;
  };

  // Family names the article writes after a first name (`Simon Harris`), with those first names.
  const givenBefore = new Map<string, Set<string>>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const g = tokens[k - 1];
    // (An initial counts as a given name too: `M.K. Stalin` is no Joseph Stalin.)
    const initial = isInitial(tokens, k - 2);
    if (!isNameWord(t) || t.gapBefore !== 'space') continue;
    if (!initial && (!isNameWord(g) || !FIRST_NAMES.has(g.norm))) continue;
    let set = givenBefore.get(t.norm);
    if (!set) givenBefore.set(t.norm, (set = new Set()));
    set.add(initial ? tokens[k - 2].norm : g.norm);
  }
  // 1. Names and aliases of known actors.
  const known: FormMatch<ActorRule>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m =
      names.matchAt(tokens, i, (form, first) => form.caseMode !== 'any' || !joinedAfterHyphen(tokens, first)) ??
      (/^(?:au|du)$/.test(tokens[i - 1]?.text ?? '') && tokens[i].gapBefore === 'space'
        ? contracted.matchAt(tokens, i)
        : null);
    if (!m) continue;
    // `Taoiseach Simon Harris` … `Mr Harris`: a known person's family name that the article
    // writes after another first name is someone else's, everywhere in it (an article that
    // only says `Harris` means Kamala Harris). (`Tayyip Erdogan` for `Recep Tayyip Erdogan`:
    // one of the person's own first names.)
    if (m.form.value.kind === 'person' && m.first === m.last) {
      const own = fold(m.form.value.name).split(/\s+/);
      const others = [...(givenBefore.get(tokens[m.first].norm) ?? [])].filter(
        (g) => !own.includes(g) && !(g.length === 1 && own.some((w) => w !== own[own.length - 1] && w.startsWith(g))),
      );
      if (others.length > 0 && !own.includes(tokens[m.first - 1]?.norm ?? '')) {
        i = m.last;
        continue;
      }
    }
    // `en Hollande`, `in Jordan`: after a preposition of place, the place that shares a person's form.
    if (m.form.value.kind === 'person' && /^(?:en|in|to|from|vers)$/.test(tokens[i - 1]?.norm ?? '')) {
      const place = placeForms.get(fold(text.slice(m.start, m.end)));
      if (place) m.form = { ...m.form, value: place };
    }
    // `le Français Didier Deschamps`, `l'Italien a ajouté`: a nationality in the singular is one
    // person, not the group its plural names (`les Français`).
    if (
      m.first === m.last &&
      m.form.value.kind === 'organization' &&
      /^\p{Lu}/u.test(tokens[i].text) &&
      isNationality(tokens[i].norm) &&
      singularArticleBefore(tokens, i)
    )
      continue;
    // `Porto-Vecchio`, `Paris-Saclay`: a place's name followed by a hyphen and a capitalised word is another name
    // (`Paris-Berlin`, two known names, stays two).
    const hyphen = tokens[m.last + 1];
    const joined = tokens[m.last + 2];
    if (
      m.form.value.kind === 'place' &&
      hyphen?.text === '-' &&
      hyphen.gapBefore === 'none' &&
      isCapWord(joined) &&
      joined.gapBefore === 'none' &&
      !names.matchAt(tokens, m.last + 2)
    ) {
      i = m.last;
      continue;
    }
    // `from east London`, `in southern Ukraine`: the part of the place is named with it.
    const compass = tokens[m.first - 1];
    if (
      ctx.language === 'en' &&
      m.form.value.kind === 'place' &&
      compass &&
      tokens[m.first].gapBefore === 'space' &&
      /^(?:(?:north|south)-?(?:east|west)(?:ern)?|(?:east|west|north|south)(?:ern)?|central)$/.test(compass.text)
    ) {
      m.start = compass.start;
      m.first -= 1;
      // `north-east England`.
      const dash = tokens[m.first - 1];
      const half = tokens[m.first - 2];
      if (
        dash?.text === '-' &&
        compass.gapBefore === 'none' &&
        dash.gapBefore === 'none' &&
        /^(?:north|south)$/.test(half?.text ?? '')
      ) {
        m.start = half.start;
        m.first -= 2;
      }
    }
    // `Washington, D.C.`: the district's initials after a comma belong to the city's name.
    const district = m.form.value.kind === 'place' ? /^,\s*D\.\s?C\./.exec(text.slice(m.end, m.end + 8)) : null;
    if (district) {
      const end = m.end + district[0].length;
      let last = m.last;
      while (tokens[last + 1] && tokens[last + 1].end <= end) last++;
      m.end = end;
      m.last = last;
    }
    known.push(m);
    i = m.last;
  }

  const knownAt: (FormMatch<ActorRule> | undefined)[] = new Array(tokens.length);
  for (const m of known) for (let k = m.first; k <= m.last; k++) knownAt[k] = m;
  const dropped = new Set<FormMatch<ActorRule>>();

  // 1b. Organisations and places named with their head noun (`Kitsap Public Health District`, `la Sûreté du Québec`):
  // they win over the shorter known names inside them (`Washington`, `Québec`).
  const institutionAt: boolean[] = new Array(tokens.length).fill(false);
  const institutions: { inst: NamedInstitution; entity: Entity }[] = [];
  for (const inst of findNamedInstitutions(text, tokens, ctx.language, (n) => FIRST_NAMES.has(n))) {
    const inside: FormMatch<ActorRule>[] = [];
    let conflict = false;
    for (let k = inst.first; k <= inst.last; k++) {
      const m = knownAt[k];
      if (!m || inside.includes(m)) continue;
      if (m.first < inst.first || m.last > inst.last) conflict = true;
      else if (m.first === inst.first && m.last === inst.last) {
        // `le syndicat Alliance`: a lower-case noun names the organisation, whatever an alias elsewhere means
        // (`Alliance` for NATO); its own name (`le syndicat CGT`) stays the known one.
        const noun = tokens[inst.first - 1];
        const byAlias = fold(text.slice(m.start, m.end)) !== fold(m.form.value.name);
        if (!(
          byAlias &&
          ctx.language === 'fr' &&
          noun &&
          FR_NAMED_AFTER.has(noun.norm) &&
          inst.kind === 'organization'
        ))
          conflict = true;
      }
      inside.push(m);
    }
    // `Tesla Inc` around a known `Tesla`: the known company, already.
    if (
      inside.length === 1 &&
      inside[0].first === inst.first &&
      inside[0].last < inst.last &&
      tokens.slice(inside[0].last + 1, inst.last + 1).every((t) => COMPANY_ENDINGS.has(t.norm) || t.text === '.')
    )
      continue;
    if (conflict) {
      // `la Sûreté du Québec` as the packs know it: `la police` still refers back to it.
      const same = inside.find((m) => m.first === inst.first && m.last === inst.last);
      if (same && inst.family && same.form.value.kind === 'organization')
        entityOfRule(same.form.value).family ??= inst.family;
      continue;
    }
    // A place inside stays a mention of its own (`Genève` in `rue de Genève`), and so does the organisation a
    // name starts with (`BBC` in `BBC News`); other names give way (`State Department` in `Washington State
    // Department of Health`).
    for (const m of inside) {
      const kind = m.form.value.kind;
      const whole = m.first === inst.first && m.last === inst.last;
      if (!whole && (kind === 'place' || (kind === 'organization' && m.first === inst.first))) continue;
      dropped.add(m);
    }
    for (let k = inst.first; k <= inst.last; k++) institutionAt[k] = true;
    // `New York` in `New York Police Department` is the city's name, not a short form of the force.
    const aliases = inst.aliases.filter(
      (a) =>
        !/^(?:Le|La|Les|L|The)\s/.test(a) &&
        !placeForms.has(fold(a)) &&
        // `Harris County` in `Harris County Sheriff's Office` is the county, not a short form of the office.
        !EN_PLACE_HEADS.has(fold(a.split(/\s+/).pop() ?? '')) &&
        !inside.some((m) => m.first === inst.first && fold(text.slice(m.start, m.end)) === fold(a)),
    );
    // … but the county is a place of its own, found wherever the text names it (not when a longer short form
    // goes on from it: `Harbor County Water` for `Harbor County Water District`).
    for (const a of inst.aliases)
      if (
        inst.kind === 'organization' &&
        EN_PLACE_HEADS.has(fold(a.split(/\s+/).pop() ?? '')) &&
        !placeForms.has(fold(a)) &&
        !inst.aliases.some((b) => b.length > a.length && b.startsWith(`${a} `))
      )
        detectedOf(entities, 'place', a);
    const entity = detectedOf(entities, inst.kind, inst.name, aliases);
    entity.family ??= inst.family;
    institutions.push({ inst, entity });
  }

  // `Nice-Matin`, `Var-Matin`, `Paris-Normandie`: a regional daily named after its place, not the place.
  for (const m of text.matchAll(REGIONAL_DAILY)) {
    const [first, last] = tokenRange(tokens, { start: m.index!, end: m.index! + m[0].length });
    if (first < 0 || institutionAt.slice(first, last + 1).some(Boolean)) continue;
    for (let k = first; k <= last; k++) {
      const inside = knownAt[k];
      if (inside && inside.first >= first && inside.last <= last) dropped.add(inside);
      else if (inside) continue;
      institutionAt[k] = true;
    }
    const entity = detectedOf(entities, 'organization', m[0]);
    entity.family ??= 'newspaper';
    institutions.push({
      inst: { kind: 'organization', first, last, name: m[0], aliases: [], family: 'newspaper' },
      entity,
    });
  }

  // 2. People named in the text.
  const candidates = findPersonCandidates(text, tokens, (k) => {
    const m = knownAt[k];
    return !!m && m.first === k && m.form.value.kind !== 'person';
  });
  const people: { cand: PersonCandidate; rule: ActorRule | null }[] = [];
  const institutionNames = new Set(institutions.flatMap(({ inst }) => [inst.name, ...inst.aliases].map(fold)));
  for (const cand of candidates) {
    if (institutionAt.slice(cand.first, cand.last + 1).some(Boolean)) continue;
    // `Harbor County Water said`: the short form of an organisation named earlier, not a person.
    if (institutionNames.has(fold(cand.name))) continue;
    // `contactée par Narcity`, `told the Riverside Courier`: a newspaper or a site, unless a first name says otherwise.
    if (!cand.firstName && MEDIA_CUE.test(text.slice(Math.max(0, cand.start - 40), cand.start))) continue;
    // `BBC Radio Stoke`, `Radio Canada`: a station, not a person.
    if (/^(?:radio|television|tv|tele|télé)$/.test(tokens[cand.first].norm)) continue;
    // `Labour's candidate in Staffordshire Moorlands`: a name with no first name after `in` is a place.
    if (!cand.firstName && !cand.strong && /^(?:in|en)$/.test(tokens[cand.first - 1]?.norm ?? '')) continue;
    const overlapping: FormMatch<ActorRule>[] = [];
    for (let k = cand.first; k <= cand.last; k++) {
      const m = knownAt[k];
      if (m && !overlapping.includes(m)) overlapping.push(m);
    }
    if (overlapping.some((m) => m.first === cand.first && m.last === cand.last)) continue;
    const person = overlapping.find((m) => m.form.value.kind === 'person');
    if (person) {
      // `Joe Biden` around a known `Biden`: the longer name, same person.
      const before = cand.first < person.first ? tokens.slice(cand.first, person.first) : [];
      const onlyFirstNames = before.every(
        (t) => FIRST_NAMES.has(t.norm) || /^\p{Lu}$/u.test(t.text) || t.text === '.' || t.text === '-',
      );
      if (person.first >= cand.first && person.last <= cand.last && onlyFirstNames) {
        for (const m of overlapping) dropped.add(m);
        people.push({ cand, rule: person.form.value });
      }
      continue;
    }
    if (overlapping.length > 0) {
      const covers = overlapping.every((m) => m.first >= cand.first && m.last <= cand.last);
      if (!covers || !cand.strong || overlapping.some((m) => m.first === cand.first && m.last === cand.last)) continue;
      for (const m of overlapping) dropped.add(m);
    }
    people.push({ cand, rule: null });
  }
  for (const m of known) {
    if (dropped.has(m)) continue;
    mention(entityOfRule(m.form.value), m, m.first, m.last);
  }
  for (const { inst, entity } of institutions) {
    mention(entity, { start: tokens[inst.first].start, end: tokens[inst.last].end }, inst.first, inst.last);
    // `l'aéroport de Mirabel`, `la gare de Cornavin`: the town or the district the station is named after is a place.
    if (inst.kind !== 'place' || !/^(?:aeroport|gare|airport)$/.test(tokens[inst.first].norm)) continue;
    let k = inst.first + 1;
    while (k <= inst.last && !isNameWord(tokens[k])) k++;
    if (k > inst.last || claimed.slice(k, inst.last + 1).some((c) => c !== entity.key)) continue;
    const town = detectedOf(entities, 'place', text.slice(tokens[k].start, tokens[inst.last].end));
    if (town !== entity)
      town.mentions.push({
        start: tokens[k].start,
        end: tokens[inst.last].end,
        text: text.slice(tokens[k].start, tokens[inst.last].end),
        origin: 'auto',
      });
  }

  // Detected people: full names first, so that a later `M. Lavrov` joins `Sergueï Lavrov`.
  const bySurname = new Map<string, Entity>();
  const detectedEntity = (name: string): Entity => detectedOf(entities, 'person', name);
  const ordered = [...people].sort((a, b) => b.cand.words - a.cand.words || a.cand.first - b.cand.first);
  for (const { cand, rule } of ordered) {
    let e: Entity;
    if (rule) e = entityOfRule(rule);
    else if (cand.words === 1) e = bySurname.get(fold(cand.name)) ?? detectedEntity(cand.name);
    // `Van Roosbroeck` for `Geert Van Roosbroeck`, `De Clercq` for `Lien De Clercq`: a family name of two words.
    else if (!cand.firstName && bySurname.has(fold(cand.name))) e = bySurname.get(fold(cand.name))!;
    else e = detectedEntity(cand.name);
    e.names.add(cand.name);
    if (cand.title) e.roles.push(cand.title);
    if (cand.byline) e.roles.push(cand.byline);
    for (const sn of cand.surnames) if (!bySurname.has(fold(sn))) bySurname.set(fold(sn), e);
    // `Mineral Resources Minister Gwede Mantashe`: the title read before the name is one mention with it.
    // (Its words stay free for what they name: `Harlow Township` in its police chief's title.)
    const titleAt = cand.title ? text.lastIndexOf(cand.title, cand.start) : -1;
    const office = cand.title?.split(/\s+/).pop() ?? '';
    if (
      cand.title &&
      titleAt >= 0 &&
      (TITLE_WORDS.has(fold(office)) || isRoleHead(office)) &&
      /^[^\S\n]+$/.test(text.slice(titleAt + cand.title.length, cand.start))
    ) {
      mention(e, { start: titleAt, end: cand.end }, cand.first, cand.last);
      const [first] = tokenRange(tokens, { start: titleAt, end: cand.start });
      for (let k = first; k >= 0 && k < cand.first; k++)
        if (claimed[k] === null) {
          claimed[k] = e.key;
          inRole[k] = true;
        }
    } else {
      // `Republican Sen. Kelly Ayotte`, `Democratic Rep. Ann Cole`, `Libertarian Ted Brown`: a US lawmaker's
      // courtesy title and party are written as one with the name.
      const lawmaker =
        ctx.language === 'en'
          ? /(?:^|[^\p{L}.])((?:(?:Republican|Democratic|Libertarian|Independent|GOP)\s+)?(?:(?:U\.S\.\s+)?(?:Sen|Rep|Gov|Sens|Reps)\.?\s+)?)$/u.exec(
              text.slice(Math.max(0, cand.start - 40), cand.start),
            )
          : null;
      const prefix = lawmaker?.[1] ?? '';
      mention(e, { start: cand.start - prefix.length, end: cand.end }, cand.first, cand.last);
    }
  }

  // 3. Roles around person names; `Description, Name` appositions are mentions too.
  for (const e of entities.values()) {
    if (e.kind !== 'person') continue;
    let titleRole: string | undefined;
    for (const m of [...e.mentions]) {
      titleRole ??= roleOfTitle(text.slice(Math.max(0, m.start - 14), m.start), ctx.language);
      const before = roleBefore(text, m.start);
      if (before) {
        // `Hamas leader Ismail Haniyeh`, `Apple CEO Tim Cook`: the organisation named just before owns the office.
        const [roleFirst] = tokenRange(tokens, before.span);
        const ownerKey = roleFirst > 0 && !before.mention ? claimed[roleFirst - 1] : null;
        const owner = ownerKey ? entities.get(ownerKey) : undefined;
        if (
          owner?.kind === 'organization' &&
          ctx.language === 'en' &&
          text.slice(tokens[roleFirst - 1].end, tokens[roleFirst].start) === ' '
        ) {
          const ownerMention = owner.mentions.find((o) => o.end === tokens[roleFirst - 1].end);
          if (ownerMention && !/\n/.test(text.slice(ownerMention.start, before.span.start)))
            before.role = `${ownerMention.text} ${before.role}`;
        }
        e.roles.push(before.role);
        if (!before.mention) {
          // `le président ukrainien Volodymyr Zelensky`: the role belongs to the name, it is not a mention of its own;
          // the name's mention takes it in (`Russian President Vladimir Putin` is one mention).
          if (/^[^\S\n]+$/.test(text.slice(before.span.end, m.start))) {
            const det = /(?:^|[\s(])((?:le|la)\s+|l['’])$/i.exec(
              text.slice(Math.max(0, before.span.start - 6), before.span.start),
            );
            const start = det ? before.span.start - det[1].length : before.span.start;
            m.start = start;
            m.text = text.slice(start, m.end);
          }
          const [first, last] = tokenRange(tokens, before.span);
          for (let k = first; k <= last && k >= 0; k++)
            if (claimed[k] === null) {
              claimed[k] = e.key;
              inRole[k] = true;
            }
        }
        if (before.mention) {
          const span = before.mention;
          const [first, last] = tokenRange(tokens, span);
          if (first <= last && claimed.slice(first, last + 1).every((c) => c === null || c !== e.key)) {
            e.mentions.push({ ...span, origin: 'auto' });
            for (let k = first; k <= last; k++)
              if (claimed[k] === null) {
                claimed[k] = e.key;
                inRole[k] = true;
              }
          }
        }
      }
      const inParentheses = roleInParentheses(text, m);
      if (inParentheses) e.roles.push(inParentheses);
      const after = inSourceAdjunct(text, m.start) ? null : roleAfter(text, m.end);
      if (after) e.roles.push(after);
      // `Jouyet "reste" secrétaire général de l'Elysée`, `Smith is the mayor of Dudley`: a role said of the name.
      const predicate = ROLE_PREDICATE.exec(text.slice(m.end, m.end + 40));
      if (!after && predicate) {
        const rest = text.slice(m.end + predicate[0].length, m.end + predicate[0].length + 200);
        const said = roleAfter(`, ${rest.split(/\s(?:et|que|qui|mais|depuis|and|who|which|but|since)\s/)[0]}`, 0);
        if (said) e.roles.push(said);
      }
    }
    // `Me Jean Dupont`, `Dr Jane Smith`: the title tells the trade when nothing else does.
    if (titleRole && e.roles.length === 0) e.roles.push(titleRole);
  }

  // 3b. Nicknames declared next to a name (`Didier Deschamps, surnommé « la Dèche »`, `Earvin Johnson, known as Magic`).
  const nicknames = new FormIndex<Entity>();
  for (const e of entities.values()) {
    if (e.kind !== 'person') continue;
    for (const m of e.mentions) {
      const n = NICKNAME_AFTER.exec(text.slice(m.end, m.end + 80));
      if (!n) continue;
      const nick = n[1].replace(/^(?:la|le|l['’]|the)\s*/i, '');
      if (nick.length < 2 || NOT_NAMES.has(fold(nick))) continue;
      e.names.add(nick);
      nicknames.add(nick, e, 'capital');
    }
  }
  scan(tokens, claimed, nicknames, (m) => mention(m.form.value, m, m.first, m.last));

  // 4. Later mentions: surnames of detected people.
  const surnames = new FormIndex<Entity>();
  for (const [s, e] of bySurname) if (e.source === 'detected') surnames.add(capitalize(s, e), e);
  // Known people named in full here may also be called by their family name alone, listed or not.
  for (const e of entities.values()) {
    if (e.kind !== 'person' || !e.rule || e.mentions.length === 0) continue;
    const words = e.rule.name.split(/\s+/);
    const full = fold(e.rule.name);
    if (words.length < 2 || !e.mentions.some((m) => fold(m.text) === full || fold(m.text).endsWith(` ${full}`)))
      continue;
    for (let k = 1; k < words.length; k++) {
      const tail = words.slice(k).join(' ');
      // `Borne`, `Le Drian`, `von der Leyen` — but not `der Leyen`.
      if (/^(?:[IVXL]+|[JS]r\.?|\p{Lu}\.?)$/u.test(words[k])) continue;
      const particle = PARTICLES.has(fold(words[k]));
      const startsName = particle
        ? !PARTICLES.has(fold(words[k - 1])) && k < words.length - 1
        : /^\p{Lu}/u.test(words[k]);
      if (startsName) surnames.add(tail, e);
    }
  }
  scan(tokens, claimed, surnames, (m) => {
    // `Norah Carpentier` after `Martin Carpentier`: another given name before the family name is a relative.
    const given = tokens[m.first - 1];
    const owner = m.form.value;
    if (
      owner.source === 'detected' &&
      given &&
      m.first - 1 >= 0 &&
      claimed[m.first - 1] === null &&
      tokens[m.first].gapBefore === 'space' &&
      isNameWord(given) &&
      !NOT_NAMES.has(given.norm) &&
      !TITLE_WORDS.has(given.norm) &&
      !TITLES.has(given.norm) &&
      !isRoleHead(given.text) &&
      !isNationality(given.norm) &&
      ![...owner.names].some((n) => fold(n).startsWith(`${given.norm} `)) &&
      FIRST_NAMES.has(given.norm)
    ) {
      const family = text.slice(m.start, m.end);
      const relative = detectedEntity(`${given.text} ${family}`);
      mention(relative, { start: given.start, end: m.end }, m.first - 1, m.last);
      // `Romy et Norah Carpentier`: the first given name shares the family name.
      const and = tokens[m.first - 2];
      const other = tokens[m.first - 3];
      if (and && other && /^(?:et|and)$/.test(and.text) && isNameWord(other) && claimed[m.first - 3] === null) {
        if (FIRST_NAMES.has(other.norm))
          mention(detectedEntity(`${other.text} ${family}`), other, m.first - 3, m.first - 3);
      }
      return;
    }
    mention(owner, m, m.first, m.last);
  });
  // A first name alone for the one person of the article who bears it (`Kylian` for `Kylian Mbappé`).
  const byFirstName = new Map<string, Entity | null>();
  for (const e of entities.values()) {
    if (e.kind !== 'person' || e.mentions.length === 0) continue;
    const words = e.name.split(/\s+/);
    if (words.length < 2 || !FIRST_NAMES.has(fold(words[0]))) continue;
    const f = fold(words[0]);
    byFirstName.set(f, byFirstName.has(f) && byFirstName.get(f) !== e ? null : e);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const e = byFirstName.get(t.norm);
    if (!e || claimed[i] !== null || !isNameWord(t)) continue;
    const next = tokens[i + 1];
    if (next && next.gapBefore !== 'break' && (isNameWord(next) || next.text === '-' || next.text === '.')) continue;
    if (joinedAfterHyphen(tokens, i)) continue;
    mention(e, t, i, i);
  }

  // 5. Role descriptions: the article's own roles first, then the packs' (for people the article names).
  const articleRoles = new FormIndex<Entity>();
  for (const e of entities.values()) {
    if (e.kind !== 'person' || e.mentions.length === 0) continue;
    for (const role of new Set(e.roles)) {
      if (role.split(/\s+/).length < 2) continue;
      articleRoles.add(role, e, 'any');
      for (const eq of equivalentRoles(role, ctx.rules.roleEquivalents ?? [])) articleRoles.add(eq, e, 'any');
    }
  }
  const descriptionOk = (first: number): boolean => {
    if (joinedAfterHyphen(tokens, first)) return false;
    // `Iouri Ouchakov, conseiller diplomatique du Kremlin`: an apposition after the name, not another mention.
    const det = tokens[first - 1] && /^(?:le|la|un|une|the|an?|l|')$/i.test(tokens[first - 1].norm) ? 1 : 0;
    const comma = text.slice(tokens[first - 1 - det]?.end ?? 0, tokens[first - det].start);
    if (/^\s*,\s*$/.test(comma) && first - 1 - det >= 0) {
      const owner = claimed[first - 1 - det];
      if (owner !== null && entities.get(owner)?.kind === 'person') return false;
    }
    const prev = previousWord(tokens, first);
    return !prev || !NOT_BEFORE_DESCRIPTION.has(prev.norm);
  };
  // A description may contain a place or an organisation (`le maître du Kremlin`), not a person.
  const notPerson = (k: number): boolean => claimed[k] === null || entities.get(claimed[k]!)?.kind !== 'person';
  // `la ministre de l'Intérieur` is not the man who holds that office, `le président` not a woman.
  const genderFits = (e: Entity, first: number): boolean => {
    const det = tokens[first - 1]?.norm;
    const wanted = det === 'la' || det === 'une' ? 'f' : det === 'le' || det === 'un' ? 'm' : null;
    if (!wanted) return true;
    const g = genderOf(text, e);
    return g === null || g === wanted;
  };
  scan(
    tokens,
    claimed,
    articleRoles,
    (m) => {
      if (genderFits(m.form.value, m.first)) addDescription(m.form.value, m);
    },
    descriptionOk,
    notPerson,
  );
  scan(
    tokens,
    claimed,
    packDescriptions,
    (m) => {
      const e = entityOfRule(m.form.value);
      if (e.mentions.length > 0 && genderFits(e, m.first)) addDescription(e, m);
    },
    descriptionOk,
    notPerson,
  );
  function addDescription(e: Entity, m: FormMatch<unknown>): void {
    const start = determinerStart(text, tokens, m.first);
    e.mentions.push({ start, end: m.end, text: text.slice(start, m.end), origin: 'auto' });
    for (let k = m.first; k <= m.last; k++) {
      inRole[k] = claimed[k] === null;
      claimed[k] = e.key;
    }
  }

  // 6. Organisations the text introduces: `Organisation … (OSCE)`, web sites, `l'administration Biden`.
  findOrganizations(text, tokens, claimed, entities, inRole);
  findDatelines(text, tokens, claimed, entities);
  findNamesInCapitals(text, tokens, claimed, entities);
  findNamedByContext(text, tokens, claimed, entities, inRole);
  findBusinessesByKind(text, tokens, claimed, entities);
  findCredits(text, tokens, claimed, entities);
  findPlaces(text, tokens, claimed, entities, ctx.language, inRole);
  joinParenthesisedFirstNames(text, tokens, claimed, entities);
  linkLaterNames(text, tokens, claimed, entities);
  linkBareRoles(text, tokens, claimed, entities);
  linkCounterparts(text, tokens, claimed, entities);
  linkRelatives(text, tokens, claimed, entities);
  clubsNamedAfterTheirTown(text, tokens, claimed, entities);
  headedOrganizations(text, entities);
  streetsAsPlaces(text, entities);
  mergeMisspelledPeople(entities);
  mergeGivenNameAlone(entities);

  return toActors(entities);
}

/** Lower-case nouns of a business that introduce its name (`car manufacturer Peugeot`, `le constructeur Renault`). */
const BUSINESS_KINDS = new Set(
  (
    'manufacturer carmaker automaker retailer airline firm company supermarket brewer insurer lender startup ' +
    'constructeur enseigne societe entreprise distributeur compagnie operateur fabricant assureur laboratoire'
  ).split(' '),
);

/**
 * `Car manufacturer Peugeot plans…`, `le constructeur Renault`: capitalised words right after a
 * business's kind name that business (so its later `Peugeot is holding…` joins it). Not a first
 * name, nor an office (`company chairman John Smith` is a person's).
 */
function findBusinessesByKind(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
): void {
  for (let i = 1; i < tokens.length; i++) {
    const kind = tokens[i - 1];
    const t = tokens[i];
    if (!BUSINESS_KINDS.has(kind.norm) || !/^\p{Ll}/u.test(kind.text)) continue;
    if (claimed[i] !== null || !isCapWord(t) || t.gapBefore !== 'space') continue;
    if (FIRST_NAMES.has(t.norm) || isTitleToken(t) || NOT_NAMES.has(t.norm)) continue;
    let end = i;
    while (
      end - i < 2 &&
      isCapWord(tokens[end + 1]) &&
      tokens[end + 1].gapBefore === 'space' &&
      claimed[end + 1] === null &&
      !isTitleToken(tokens[end + 1])
    )
      end++;
    const e = detectedOf(entities, 'organization', text.slice(t.start, tokens[end].end));
    addMention(text, tokens, claimed, e, i, end);
    i = end;
  }
}

/** A title or an office word (`Sen.`, `Minister`, `porte-parole`) that stands before or instead of a name. */
function isTitleToken(t: Token): boolean {
  return TITLE_WORDS.has(t.norm) || isRoleHead(t.text);
}

/**
 * A surname the article misspells once (`Ahoua Don Mello` … `Don Melo`, `Dominic Nitiwul` …
 * `Mr. Ntiwul`): a detected person whose family name is one letter away from the family name
 * of a person named in full, whose other words all belong to that full name, is that person
 * (`Paul Martin` and `Anne Martins` stay two: `anne` is no word of `Paul Martin`). A lone
 * family name an article spells right is already its bearer's mention, never an entity here.
 * Family names of five letters or more (four for the misspelt one) only.
 */
function mergeMisspelledPeople(entities: Map<string, Entity>): void {
  const people = [...entities.values()].filter((e) => e.kind === 'person' && e.mentions.length > 0);
  if (people.length < 2) return;
  const wordsOf = (e: Entity): string[] =>
    fold(e.name)
      .split(/[\s-]+/)
      .filter(Boolean);
  for (const short of people) {
    if (short.source !== 'detected' || short.mentions.length === 0) continue;
    const sw = wordsOf(short);
    const last = sw.at(-1)!;
    if (last.length < 4) continue;
    const matches = people.filter((full) => {
      if (full === short || full.mentions.length === 0) return false;
      const fw = wordsOf(full);
      if (fw.length < 2 || fw.length < sw.length) return false;
      const fl = fw.at(-1)!;
      return fl.length >= 5 && oneEditApart(fl, last) && sw.slice(0, -1).every((w) => fw.includes(w));
    });
    if (matches.length !== 1) continue;
    const full = matches[0];
    full.mentions.push(...short.mentions);
    full.mentions.sort((x, y) => x.start - y.start);
    for (const n of short.names) full.names.add(n);
    full.names.add(short.name);
    for (const r of short.roles) if (!full.roles.includes(r)) full.roles.push(r);
    short.mentions = [];
  }
}

/**
 * `Sir Richard` after `Sir Richard Leese`, `Dame Judi` after `Dame Judi Dench`: a person the
 * finder met under a first name alone (a knight's title before it) is the one person of the
 * article named in full with that first name. Two such people: nobody.
 */
function mergeGivenNameAlone(entities: Map<string, Entity>): void {
  const people = [...entities.values()].filter((e) => e.kind === 'person' && e.mentions.length > 0);
  // People named in full, by their folded first name.
  const byGiven = new Map<string, Entity[]>();
  for (const e of people) {
    if (!/\s/.test(e.name.trim())) continue;
    const given = fold(e.name).split(/\s+/)[0];
    const list = byGiven.get(given);
    if (list) list.push(e);
    else byGiven.set(given, [e]);
  }
  for (const short of people) {
    if (short.source !== 'detected' || /\s/.test(short.name.trim())) continue;
    const given = fold(short.name);
    if (!FIRST_NAMES.has(given)) continue;
    const full = (byGiven.get(given) ?? []).filter((e) => e.mentions.length > 0);
    if (full.length !== 1) continue;
    const into = full[0];
    into.mentions.push(...short.mentions);
    into.mentions.sort((x, y) => x.start - y.start);
    for (const n of short.names) into.names.add(n);
    for (const r of short.roles) if (!into.roles.includes(r)) into.roles.push(r);
    short.mentions = [];
  }
}

interface RulesIndex {
  names: FormIndex<ActorRule>;
  /** French names opening with `Le`, without it, for `au Devoir`, `du Parisien`. */
  contracted: FormIndex<ActorRule>;
  descriptions: FormIndex<ActorRule>;
  /** Places by folded form, for a form a person shares with a place (`Hollande`): `en Hollande` is the place. */
  places: Map<string, ActorRule>;
}
const indexCache = new WeakMap<Rules, Partial<Record<Language, RulesIndex>>>();

/**
 * The alias index of the rules' actors for one language, built once per rules object (the
 * LSP and the CLI reuse their rules across articles). Later entries (a team's) win over
 * earlier ones (built-in) for the same form.
 */
function rulesIndex(rules: Rules, language: Language): RulesIndex {
  const cached = indexCache.get(rules)?.[language];
  if (cached) return cached;
  const names = new FormIndex<ActorRule>();
  const contracted = new FormIndex<ActorRule>();
  const descriptions = new FormIndex<ActorRule>();
  const places = new Map<string, ActorRule>();
  const applicable = rules.actors.filter((a) => !a.language || a.language === language);
  for (let i = applicable.length - 1; i >= 0; i--) {
    const a = applicable[i];
    if (a.kind === 'place')
      for (const form of [a.name, ...a.aliases]) if (!places.has(fold(form))) places.set(fold(form), a);
    for (const form of [a.name, ...a.aliases]) {
      if (a.kind === 'person' && isDescription(form)) descriptions.add(form, a, 'any');
      else names.add(form, a);
      // `au Devoir`, `du Parisien`: the French article of `Le Devoir` merges with the preposition.
      const rest = /^Le\s+(\p{Lu}.*)$/u.exec(form);
      if (language === 'fr' && a.kind === 'organization' && rest) contracted.add(rest[1], a, 'capital');
    }
    if (a.kind === 'person' && a.role && a.role.trim().split(/\s+/).length >= 2) {
      descriptions.add(a.role, a, 'any');
      for (const eq of equivalentRoles(a.role, rules.roleEquivalents ?? [])) descriptions.add(eq, a, 'any');
    }
  }
  const index = { names, contracted, descriptions, places };
  indexCache.set(rules, { ...indexCache.get(rules), [language]: index });
  return index;
}

/** A lowercase alias that is a description (`chef de la diplomatie russe`), not a name with a particle (`de Gaulle`). */
function isDescription(form: string): boolean {
  const words = form.trim().split(/\s+/);
  if (words.length > 1 && words.some((w) => isRoleHead(w))) return true;
  const first = words[0] ?? '';
  if (!/^\p{Ll}/u.test(first)) return false;
  return !PARTICLES.has(fold(first)) && !/^(?:al|el)-/.test(first);
}

function readTokens(text: string, ignored: readonly Span[]): Token[] {
  const all = tokenize(text);
  if (ignored.length === 0) return all;
  const out: Token[] = [];
  let skipped = false;
  for (const t of all) {
    if (ignored.some((s) => t.start < s.end && s.start < t.end)) {
      skipped = true;
      continue;
    }
    out.push(skipped ? { ...t, gapBefore: 'break' } : t);
    skipped = false;
  }
  return out;
}

function scan<T>(
  tokens: readonly Token[],
  claimed: (string | null)[],
  index: FormIndex<T>,
  onMatch: (m: FormMatch<T>) => void,
  ok?: (first: number) => boolean,
  free: (k: number) => boolean = (k) => claimed[k] === null,
): void {
  if (index.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i)) continue;
    const m = index.matchAt(tokens, i, (_f, first, last) => {
      for (let k = first; k <= last; k++) if (!free(k)) return false;
      return !ok || ok(first);
    });
    if (!m) continue;
    onMatch(m);
    i = m.last;
  }
}

function joinedAfterHyphen(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i].gapBefore === 'none' && tokens[i - 1].text === '-';
}

function previousWord(tokens: readonly Token[], i: number): Token | null {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (/[\p{L}\p{N}]/u.test(tokens[k].text)) return tokens[k];
  return null;
}

/** Where a description's mention starts: with its determiner (`le chef de la diplomatie russe`, `l'Alliance`). */
function determinerStart(text: string, tokens: readonly Token[], first: number): number {
  const t = tokens[first];
  const a = tokens[first - 1];
  const b = tokens[first - 2];
  if (
    a &&
    b &&
    (a.text === "'" || a.text === '’') &&
    t.gapBefore === 'none' &&
    a.gapBefore === 'none' &&
    /^(?:l|L)$/.test(b.text)
  )
    return b.start;
  if (a && t.gapBefore === 'space' && /^(?:le|la|the|Le|La|The)$/.test(a.text)) return a.start;
  return t.start;
}

/** The first and last tokens inside a span (binary search: tokens are in text order). */
function tokenRange(tokens: readonly Token[], span: Span): [number, number] {
  const lo = partitionPoint(tokens, (t) => t.end <= span.start);
  let last = lo - 1;
  while (last + 1 < tokens.length && tokens[last + 1].start < span.end) last++;
  return last >= lo ? [lo, last] : [-1, -2];
}

function capitalize(folded: string, e: Entity): string {
  for (const n of e.names) {
    const i = fold(n).lastIndexOf(folded);
    if (i >= 0 && fold(n).length === n.length) return n.slice(i, i + folded.length);
  }
  return folded.replace(/(^|[\s-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

// ---------------------------------------------------------------------------------------
// People

interface PersonCandidate extends Span {
  first: number;
  last: number;
  name: string;
  /** Name words (a hyphenated name counts once). */
  words: number;
  /** Forms the name may later take alone (`Lavrov`; `Le Drian`; `López Obrador` and `Obrador`). */
  surnames: string[];
  firstName: boolean;
  /** Evidence strong enough to win over a place of the same first word (`Rep. Alexandria Ocasio-Cortez`). */
  strong: boolean;
  /** A capitalised English title read before the name (`Mineral Resources Minister`), kept as a role. */
  title?: string;
  /** `auteur` or `author` when the name signs the article (`Par Madeleine Goujon`, `By A and B, USA TODAY`). */
  byline?: string;
}

function isNameWord(t: Token | undefined): boolean {
  // (Most tokens start with a lower-case ASCII letter, a digit or a mark: answered at once.)
  const c = t ? t.text.charCodeAt(0) : 0;
  if (c < 65 || (c >= 91 && c <= 122)) return false;
  // (`Ó` opens Irish family names: `Seán Ó Donnabháin`.)
  return (
    !!t &&
    ((/^\p{Lu}[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*$/u.test(t.text) && !/^\p{Lu}{2,}/u.test(t.text)) || t.text === 'Ó')
  );
}

/**
 * `O'Neill`, `D'Arcy`, `N'Golo`, `A'Salfo`, `Dall'Aqua`, `Sant'Anna`: a capital (or an Italian
 * particle), an apostrophe, then a capitalised word, written together. (So are first names
 * built on a short syllable: `Sha'Carri`, `Ja'Marr`, `De'Aaron` — never French `Qu'`.)
 */
function apostropheName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const mark = tokens[i + 1];
  const rest = tokens[i + 2];
  return (
    !!t &&
    (/^(?:[ODNA]|Dall|Dell|Sant|Nell)$/.test(t.text) || (/^\p{Lu}\p{Ll}{1,3}$/u.test(t.text) && t.text !== 'Qu')) &&
    !!mark &&
    (mark.text === "'" || mark.text === '’') &&
    mark.gapBefore === 'none' &&
    isNameWord(rest) &&
    rest.gapBefore === 'none'
  );
}

function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  return !!t && /^\p{Lu}$/u.test(t.text) && !!dot && dot.text === '.' && dot.gapBefore === 'none';
}

/** The name word after a run of initials from `from`, the later ones written together (`M.K. Stalin`); -1 when none. */
function nameAfterInitials(tokens: readonly Token[], from: number): number {
  let k = from;
  while (isInitial(tokens, k) && (k === from || tokens[k].gapBefore === 'none')) k += 2;
  return k > from && isNameWord(tokens[k]) && tokens[k].gapBefore === 'space' ? k : -1;
}

/** Name parts opening with two initials written together (`M.K.`, `D.Y.`). */
function opensWithJoinedInitials(tokens: readonly Token[], parts: readonly number[][]): boolean {
  return (
    parts.length > 1 &&
    isInitial(tokens, parts[0][0]) &&
    isInitial(tokens, parts[1][0]) &&
    tokens[parts[1][0]].gapBefore === 'none'
  );
}

/** Nouns before a name they are named after (`Prix`, `Trophée`, `Award`), maybe with a first name the reader dropped. */
const EPONYM_BEFORE =
  /(?:^|[\s(«"“])(?:[Pp]rix|[Tt]roph[ée]e|[Mm][ée]daille|[Cc]oupe|Prize|Award|Trophy|Medal|Cup|Memorial)(?:\s+\p{Lu}[\p{L}-]+)?\s+$/u;

/**
 * Capitalised name sequences with evidence that they are people: a known first name, a
 * courtesy title (`M.`, `Mme`, `Mr`), a role noun just before (`le président Biden`), a
 * title opening an English name (`Foreign Minister Sergei Lavrov`), or a role apposition.
 */
function findPersonCandidates(
  text: string,
  tokens: readonly Token[],
  knownNameAt: (k: number) => boolean,
): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  // Words the article later uses alone as a speaker (`James said`): the family name of a name seen in full.
  const speakingWords = new Set<string>();
  for (const m of text.matchAll(SPEAKING_WORD)) speakingWords.add(fold(m[1]));
  // Capitalised words the article also uses on their own (`Xiomara Castellanos` … `Castellanos’s aides`): a family
  // name shortened the way news writes people, never the way it writes places or companies.
  const aloneWords = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!isNameWord(t) || NOT_NAMES.has(t.norm) || isTitleToken(t)) continue;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    const initial = before?.text === '.' && /^\p{Lu}$/u.test(tokens[k - 2]?.text ?? '') && before.gapBefore === 'none';
    if (before && t.gapBefore !== 'break' && (isNameWord(before) || before.text === '-' || initial)) continue;
    if (before && /^(?:the|le|la|les|l|du|des|de|d|of)$/.test(before.norm)) continue;
    if (after && after.gapBefore !== 'break' && (isNameWord(after) || after.text === '-')) continue;
    // As a person is written: `Castellanos’s aides`, `Torres voted`, `Pierau had`, `Torres a voté`.
    if (
      !/^(?:['’]s\b|,?\s+(?:\p{Ll}{2,}ed|had|has|says|told|would|a\s+\p{Ll}{2,}[ée]e?s?)(?![\p{L}]))/u.test(
        text.slice(t.end, t.end + 30),
      )
    )
      continue;
    aloneWords.add(t.norm);
  }
  for (let i = 0; i < tokens.length; i++) {
    // `Democratic challenger DJ Pruitt`: two initials written together, after an office, open a name.
    const pairedInitials = (k: number): boolean =>
      /^\p{Lu}{2}$/u.test(tokens[k]?.text ?? '') &&
      !knownNameAt(k) &&
      isNameWord(tokens[k + 1]) &&
      tokens[k + 1].gapBefore === 'space' &&
      tokens[k].gapBefore === 'space' &&
      !!tokens[k - 1] &&
      /^\p{Ll}/u.test(tokens[k - 1].text) &&
      isRoleHead(tokens[k - 1].text);
    if (!isNameWord(tokens[i]) && !isInitial(tokens, i) && !pairedInitials(i) && !apostropheName(tokens, i)) continue;
    // Extend over the name's words.
    const parts: number[][] = [[i]];
    let j = i;
    if (isInitial(tokens, i)) {
      parts[0].push(i + 1);
      j = i + 1;
    }
    if (apostropheName(tokens, i)) {
      parts[0].push(i + 1, i + 2);
      j = i + 2;
    }
    for (;;) {
      const n = tokens[j + 1];
      const n2 = tokens[j + 2];
      if (!n) break;
      if (n.text === '-' && n.gapBefore === 'none' && isNameWord(n2) && n2.gapBefore === 'none') {
        parts[parts.length - 1].push(j + 1, j + 2);
        j += 2;
        continue;
      }
      if (
        (n.text === "'" || n.text === '’') &&
        n.gapBefore === 'none' &&
        /^[ODod]$/.test(tokens[j].text) &&
        isNameWord(n2) &&
        n2.gapBefore === 'none'
      ) {
        parts[parts.length - 1].push(j + 1, j + 2);
        j += 2;
        continue;
      }
      // `Chief Minister M.K. Stalin`, `Justice D.Y. Chandrachud`: initials, the later ones written
      // together, then the name.
      const afterDot = tokens[j].text === '.' && n.gapBefore === 'none';
      const spaced = n.gapBefore === 'space' && !text.slice(tokens[j].end, n.start).includes('\n');
      const named = afterDot || spaced ? nameAfterInitials(tokens, j + 1) : -1;
      if (named > 0) {
        for (let x = j + 1; x < named; x += 2) parts.push([x, x + 1]);
        j = named - 1;
        continue;
      }
      // A name does not go on over a line break (`Écrit par Madeleine Goujon` / `Publié le…`).
      if (!spaced) break;
      // `Amy St. Eve`, `Jean Ste. Croix`: an abbreviated saint's name opening a family name.
      if (
        /^(?:St|Ste)$/.test(n.text) &&
        tokens[j + 2]?.text === '.' &&
        tokens[j + 2].gapBefore === 'none' &&
        isNameWord(tokens[j + 3]) &&
        tokens[j + 3].gapBefore === 'space'
      ) {
        parts.push([j + 1, j + 2, j + 3]);
        j += 3;
        continue;
      }
      if (apostropheName(tokens, j + 1)) {
        parts.push([j + 1, j + 2, j + 3]);
        j += 3;
        continue;
      }
      if (isNameWord(n)) {
        parts.push([j + 1]);
        j += 1;
        continue;
      }
      if (PARTICLES.has(n.norm) && /^\p{Ll}/u.test(n.text)) {
        // `de Gaulle`, `von der Leyen`, `al-Assad`, `bin Salman`.
        let k = j + 1;
        const part: number[] = [];
        while (
          tokens[k] &&
          PARTICLES.has(tokens[k].norm) &&
          /^\p{Ll}/u.test(tokens[k].text) &&
          tokens[k].gapBefore === 'space' &&
          part.length < 4
        ) {
          part.push(k);
          k++;
        }
        if (
          HYPHEN_PARTICLES.has(tokens[k - 1].norm) &&
          tokens[k]?.text === '-' &&
          tokens[k].gapBefore === 'none' &&
          isNameWord(tokens[k + 1])
        ) {
          part.push(k, k + 1);
          parts.push(part);
          j = k + 1;
          continue;
        }
        // `Nobin de la Business Mauritius`: an article particle before two capitalised words opens an
        // organisation's name, not the rest of the person's (`de la Fontaine`, `du Bellay` stay).
        const articleParticle = part.some((p) => /^(?:la|le|du|des)$/.test(tokens[p].norm));
        if (articleParticle && isNameWord(tokens[k + 1]) && tokens[k + 1].gapBefore === 'space') break;
        // `Monsieur Sadi le Mincom`: a lone article after a name opens an office, not a family name.
        if (part.length === 1 && /^(?:le|la)$/.test(tokens[part[0]].text)) break;
        // `Manon Massé-Côté de Québec solidaire`, `Tom Van Grieken du Vlaams Belang`: after a full name, `de` and
        // a known organisation or place say where the person is from, not more of the name.
        if (parts.length >= 2 && knownNameAt(k) && part.every((p) => /^(?:de|du|des)$/.test(tokens[p].norm))) break;
        if (isNameWord(tokens[k]) && tokens[k].gapBefore === 'space') {
          part.push(k);
          parts.push(part);
          j = k;
          continue;
        }
      }
      break;
    }
    const end = j;
    i = end;
    let complementBefore = false;

    // `la ministre de la Culture Fleur Pellerin`: the office's one-word complement is not the name.
    if (parts.length >= 3 && parts[0].length === 1 && !FIRST_NAMES.has(tokens[parts[0][0]].norm)) {
      const lead = text.slice(Math.max(0, tokens[parts[0][0]].start - 60), tokens[parts[0][0]].start);
      const m =
        /(?:^|\s)(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?\s+(?:de\s+la|de\s+l['’]|du|des|aux|à\s+la|de|d['’])\s*$/u.exec(
          lead,
        );
      // (The office's noun may be the word before the preposition or the one before it, after
      // an article: `la ministre de la`, `le ministre délégué aux`.)
      if (m && (isRoleHead(m[1]) || (!!m[2] && isRoleHead(m[2])))) {
        parts.shift();
        complementBefore = true;
      }
      // (`Minister of State for Steel Vishnu Deo Sai`: a capitalised English title's complement;
      // not `senior pastor of Ridgeview Community Church`.)
      // (Or the last field of a list: `Minister for Education, Culture and Science Jet Bussemaker`.)
      const englishTitle =
        /(?:^|\s)(\p{Lu}[\p{L}-]*)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:of|for)\s+(?:the\s+)?)?$/u.exec(
          lead,
        ) ??
        /(?:^|\s)(\p{Lu}[\p{L}-]*)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,\s+)*\p{Lu}[\p{L}-]*\s+(?:and|&)\s+$/u.exec(
          lead,
        );
      if (!complementBefore && englishTitle && isRoleHead(englishTitle[1])) {
        parts.shift();
        complementBefore = true;
      }
    }
    // Drop leading words that are not the name: sentence openers, English titles.
    let titleEvidence = false;
    let courtesyInside = false;
    let title: string | undefined;
    while (parts.length > 0) {
      const w = tokens[parts[0][0]];
      // (Initials written together open the name: `M.K. Stalin`, `D.Y. Chandrachud`.)
      if (opensWithJoinedInitials(tokens, parts)) break;
      if (parts.length > 1 && (TITLES.has(w.norm) || (parts[0].length === 2 && w.text === 'M'))) {
        // `Mme Catherine Vautrin`, `M. Bayrou`, `Mr Starmer`.
        parts.shift();
        courtesyInside = true;
      } else if (
        NOT_NAMES.has(w.norm) &&
        !FIRST_NAMES.has(w.norm) &&
        // `Mme De Clercq`, `M. Van Roosbroeck`: after a courtesy title, a capitalised particle opens the family name.
        !(courtesyInside && parts.length > 1 && /^(?:De|Van|Von|Le|La|Du|Di|Da|Del|Della|Dos|Ter|Ten)$/.test(w.text))
      )
        parts.shift();
      else if (parts.length > 1 && isTitleToken(w) && !FIRST_NAMES.has(w.norm)) {
        parts.shift();
        titleEvidence = true;
      } else if (
        // `le Danois Mads Holm`, `l'Américaine Coco Gauff`: a nationality noun after its article
        // says who the person is, it is no part of the name.
        parts.length > 1 &&
        parts[0].length === 1 &&
        isNationality(w.norm) &&
        !FIRST_NAMES.has(w.norm) &&
        singularArticleBefore(tokens, parts[0][0])
      ) {
        parts.shift();
        titleEvidence = true;
      } else break;
    }
    // `Reporting By Tomas Lindqvist`: the name starts after a capitalised `By` that signs.
    const byAt = parts.findIndex(
      (p, n) => n > 0 && n < parts.length - 1 && p.length === 1 && /^(?:By|BY|Par|PAR)$/.test(tokens[p[0]].text),
    );
    let signedBy = false;
    if (byAt > 0 && /^(?:reporting|editing|writing|written|texte|photos?)$/i.test(tokens[parts[byAt - 1][0]].text)) {
      parts.splice(0, byAt + 1);
      signedBy = true;
    }
    // `Marcus Li Contributing: …`: a byline's name ends before the job word, whatever looks like a first name.
    const jobAt = parts.findIndex((p, n) => n >= 2 && p.length === 1 && JOB_STOPS.includes(tokens[p[0]].norm));
    if (jobAt > 0) parts.splice(jobAt);
    // `Minority Leader Chuck Schumer`, `European Commission President Ursula von der Leyen`: the name starts at its first name.
    // `San Diego County Sheriff Bill Gore`: after a title word, the first name that opens the name is the one after it.
    const lastTitleWord = parts.reduce(
      (at, p, n) => (n < parts.length - 2 && p.length === 1 && isTitleToken(tokens[p[0]]) ? n : at),
      -1,
    );
    const firstNameAt = parts.findIndex(
      (p, n) =>
        n > Math.max(0, lastTitleWord) && n < parts.length - 1 && p.length === 1 && FIRST_NAMES.has(tokens[p[0]].norm),
    );
    // (`St. Louis County Police Chief Jon Belmar`: a first name opening a place's or a force's
    // name before the title is no person's.)
    const institutionBefore = (upto: number): boolean =>
      parts.slice(0, upto).some((p) => NOT_PERSON.has(tokens[p[p.length - 1]].norm));
    if (firstNameAt > 0 && (!FIRST_NAMES.has(tokens[parts[0][0]].norm) || institutionBefore(firstNameAt))) {
      // (`a déclaré à Sputnik Afrique Yacine Fall`: capitalised words with no title word among
      // them are another name, not this person's office.)
      const before = parts.slice(0, firstNameAt).flat();
      if (before.some((k) => isTitleToken(tokens[k]))) {
        // (After a first name opening a place, the place keeps its words: the name alone is hers.)
        if (!FIRST_NAMES.has(tokens[parts[0][0]].norm)) title = titleText(text, tokens, before);
        titleEvidence = true;
      }
      parts.splice(0, firstNameAt);
    }
    // `Mineral Resources Minister Gwede Mantashe`, `Chief Executive John Chen`: the name follows the last title word.
    let lastTitle = -1;
    for (let n = parts.length - 2; n >= 0 && lastTitle < 0; n--) {
      const p = parts[n];
      if (p.length === 1 && isTitleToken(tokens[p[0]])) lastTitle = n;
    }
    if (lastTitle >= 0 && (!FIRST_NAMES.has(tokens[parts[0][0]].norm) || institutionBefore(lastTitle))) {
      title = titleText(text, tokens, parts.slice(0, lastTitle + 1).flat());
      parts.splice(0, lastTitle + 1);
      titleEvidence = true;
    }
    // `Matt Pepin Globe Staff`: a name does not run on into its newspaper or its job.
    const cutAt = parts.findIndex((p, n) => n >= 2 && p.length === 1 && NAME_STOPS.has(tokens[p[0]].norm));
    if (cutAt > 0) parts.splice(cutAt);
    // `former Nevada Gov. Jim Gibbons`: a title after a place belongs to the next name, not to this one.
    while (
      parts.length > 1 &&
      parts[parts.length - 1].length === 1 &&
      TITLES.has(tokens[parts[parts.length - 1][0]].norm)
    )
      parts.pop();
    // `Étienne Rochat Le bâtiment…`: a capitalised article or particle never ends a name.
    while (
      parts.length > 1 &&
      parts[parts.length - 1].length === 1 &&
      /^(?:Le|La|Les|L|The|De|Du|Des|Van|Von|Der|Di|Da|Del)$/.test(tokens[parts[parts.length - 1][0]].text)
    )
      parts.pop();
    if (parts.length === 0 || parts.length > 5) continue;
    // `Det. Insp. Priya Raman`: a title between titles is not a name; nor is an office alone
    // once its title words are gone (`The Chief Minister, who…`).
    if (parts.length === 1 && TITLES.has(tokens[parts[0][0]].norm)) continue;
    if (parts.length === 1 && parts[0].length === 1 && titleEvidence && isTitleToken(tokens[parts[0][0]])) continue;
    // `Defence Ministry`, `Foreign Affairs`: an institution, not a person.
    if (parts.some((p) => NOT_PERSON.has(tokens[p[p.length - 1]].norm))) continue;
    // `Hurricane Florence`, `la tempête Ciaran`: a storm named like a person is weather.
    if (STORMS.has(tokens[parts[0][0]].norm) || STORMS.has(tokens[parts[0][0] - 1]?.norm ?? '')) continue;
    // `the Killala Councillor`, `the Mayo Minister`: a place and an office, no first name — an
    // office, whoever holds it, not a person called so.
    const tail = parts[parts.length - 1];
    if (
      parts.length > 1 &&
      tail.length === 1 &&
      isTitleToken(tokens[tail[0]]) &&
      !parts.some((p) => FIRST_NAMES.has(tokens[p[0]].norm))
    )
      continue;
    const first = parts[0][0];
    const firstTok = tokens[first];
    if (!isNameWord(firstTok) && !isInitial(tokens, first) && !pairedInitials(first)) continue;
    const lastPart = parts[parts.length - 1];
    const last = lastPart[lastPart.length - 1];
    // `Theodore Boutrous Jr.`: a suffix keeps its full stop.
    const suffixStop = /^(?:Jr|Sr)$/.test(tokens[last].text) && text[tokens[last].end] === '.' ? 1 : 0;
    // (`Bernardo Rafaelito Alejandro IV`, `John Smith III`: so does a roman numeral.)
    const numeral = tokens[last + 1];
    const span = {
      start: firstTok.start,
      end:
        !suffixStop &&
        numeral &&
        /^(?:II|III|IV|VI|VII|VIII)$/.test(numeral.text) &&
        text.slice(tokens[last].end, numeral.start) === ' '
          ? numeral.end
          : tokens[last].end + suffixStop,
    };
    const name = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    const firstWord = fold(firstTok.text);
    const firstName =
      parts.length >= 2 && (FIRST_NAMES.has(firstWord) || FIRST_NAMES.has(fold(tokensText(tokens, parts[0]))));

    const prev = tokens[first - 1];
    const prev2 = tokens[first - 2];
    // `M.R. Shah`, `D.Y. Chandrachud`: initials written together open a person's name as surely
    // as a first name does (not a country's: `U.S. Steel`).
    const joinedInitials =
      parts.length >= 3 &&
      opensWithJoinedInitials(tokens, parts) &&
      !/^(?:us|uk|un|eu|dc|nz|uae|usa)/.test(fold(tokens[parts[0][0]].text + tokens[parts[1][0]].text));
    const courtesy =
      joinedInitials ||
      courtesyInside ||
      (!!prev && TITLES.has(prev.norm) && firstTok.gapBefore === 'space') ||
      (!!prev && prev.text === '.' && !!prev2 && TITLES.has(prev2.norm) && prev.gapBefore === 'none');
    const roleJustBefore =
      !!prev &&
      firstTok.gapBefore === 'space' &&
      /^\p{Ll}/u.test(prev.text) &&
      (isRoleHead(prev.text) ||
        // `le président chypriote Nicos Anastasiades`: a role noun and its nationality.
        (parts.length >= 2 &&
          !!prev2 &&
          (isNationality(prev.norm) ||
            /(?:ien|ienne|ais|aise|ois|oise|ain|aine|ote|ite|an|ane|que|ese|ish)$/.test(prev.norm)) &&
          isRoleHead(prev2.text)));
    const byline =
      /(?:photo|photos|crédit|credit)\s*\/\s*$/i.test(text.slice(Math.max(0, span.start - 12), span.start)) ||
      (!!prev &&
        /^(?:par|by)$/i.test(prev.text) &&
        /(?:^|\n)[^\S\n]*\[?$|(?:reporting|editing|writing|written|photo|photos|texte|propos recueillis|écrit|écrite|rédigé|rédigée|signé|signée)\s*$/i.test(
          text.slice(Math.max(0, prev.start - 24), prev.start),
        ));
    // `By Kristine Phillips and Nicholas Wu`: the names after the first one sign the article too.
    const previous = out[out.length - 1];
    const cosigned =
      !!previous?.byline &&
      parts.length >= 2 &&
      /^(?:\s*,\s*|\s+(?:and|et)\s+|\s*&\s*|\s*,\s*(?:and|et)\s+)$/.test(text.slice(previous.end, span.start));
    const signs = byline || cosigned || signedBy;
    // (`campaign group Silver Voices said`: speaking is no evidence after words that make the
    // name an organisation's.)
    const orgCued = ORG_CUE.test(text.slice(Math.max(0, span.start - 40), span.start));
    const saidAfter =
      parts.length >= 2 &&
      !orgCued &&
      (SAID_AFTER.test(text.slice(span.end, span.end + 40)) ||
        SAID_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start)));
    const roleAhead = parts.length >= 2 ? roleBefore(text, span.start) : null;
    // `Notre ministre du Commerce international (Chrystia Freeland)`: the holder named in parentheses.
    const parenthesised = parts.length >= 2 && !!roleInParentheses(text, span);
    const apposition = parts.length >= 2 && (!!roleAhead?.mention || !!roleAfter(text, span.end));
    // `le ministre malien des Affaires étrangères Tiéman Coulibaly`: a lower-case office written just before.
    const office =
      !!roleAhead &&
      !roleAhead.mention &&
      /^\p{Ll}/u.test(text.slice(roleAhead.span.start, roleAhead.span.end)) &&
      /^\s$/.test(text.slice(roleAhead.span.end, span.start));
    // `Jean Martin, 45 ans,`, `John Smith, 45,`; surnames of a recognisable shape (`Riabkov`, `Kowalski`, `Petrenko`).
    const age =
      parts.length >= 2 &&
      /^\s*(?:,\s*\d{1,3}(?:\s*ans)?\s*[,.]|\(\d{1,3}(?:\s*ans)?\))/.test(text.slice(span.end, span.end + 12));
    // `Ilhan Omar, D-Minn.,`, `Jaime Herrera Beutler (R-Wash.)`: a US party tag follows a lawmaker's name.
    const partyTag =
      parts.length >= 2 &&
      /^\s*[,(]\s*[DRI]-[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,10})?\s*[,)]/.test(
        text.slice(span.end, span.end + 30),
      );
    const lastWord = tokens[last].text;
    const surnameShape = parts.length === 2 && SURNAME_SHAPE.test(lastWord) && !NATIONALITIES.has(fold(lastWord));
    // A first name alone speaks only right after a speech verb (`témoigne Eddy, qui…`, `said Kylian`).
    const firstNameSpeaker =
      parts.length === 1 &&
      FIRST_NAMES.has(firstWord) &&
      SPEECH_BEFORE_FIRST_NAME.test(text.slice(Math.max(0, span.start - 24), span.start));
    // `Lassine Kouma, qui a ouvert la marque, a partagé…`: a name, its relative clause set off by
    // commas, then the main clause's auxiliary — a person as a sentence's subject.
    const relativeSubject =
      parts.length >= 2 &&
      parts.length <= 3 &&
      /^\s*,\s*(?:qui|who)\s[^,.;:!?«»"“”]{1,100},\s+(?:a|ont|est|avait|has|had|was|is)\s/u.test(
        text.slice(span.end, span.end + 140),
      ) &&
      !EN_ORG_HEADS.has(tokens[last].norm) &&
      !EN_PLACE_HEADS.has(tokens[last].norm) &&
      !FR_ORG_HEADS.has(tokens[last].norm) &&
      !isNationality(tokens[last].norm);
    const evidence =
      relativeSubject ||
      parenthesised ||
      firstNameSpeaker ||
      firstName ||
      courtesy ||
      roleJustBefore ||
      titleEvidence ||
      signs ||
      apposition ||
      office ||
      complementBefore ||
      saidAfter ||
      partyTag ||
      age ||
      surnameShape ||
      (parts.length >= 2 && parts.length <= 3 && !orgCued && speakingWords.has(tokens[last].norm)) ||
      (parts.length === 2 &&
        parts[1].length === 1 &&
        aloneWords.has(tokens[last].norm) &&
        !EN_ORG_HEADS.has(tokens[last].norm) &&
        !EN_PLACE_HEADS.has(tokens[last].norm) &&
        !FR_ORG_HEADS.has(tokens[last].norm) &&
        !isNationality(tokens[last].norm));
    if (!evidence) continue;
    // (`the expanded Kurow Duntroon irrigation scheme`: after `the` and before a common noun, a
    // name with no first name qualifies a thing, whatever words it shares with the text.)
    if (!firstName && !courtesy && !roleJustBefore && !titleEvidence && modifiesNoun(tokens, first, last)) continue;
    if (parts.length === 1 && !(courtesy || roleJustBefore || titleEvidence || firstNameSpeaker)) continue;
    // Family names the text may use alone later: every tail of the name after the first name
    // (`Le Drian`, `von der Leyen`, `López Obrador`, `Obrador`), but not a bare particle's word (`Le`).
    // (`Gentiny Ngobila Mbaka` … `le gouverneur Ngobila`: of three names, the middle one too.)
    const surnames = parts.length >= 2 ? parts.slice(1).map((_p, k) => parts.slice(k + 1)) : [parts];
    if (parts.length === 3 && parts[1].length === 1 && tokens[parts[1][0]].text !== 'Ó') surnames.push([parts[1]]);
    const surname = surnames.map((p) => tokensText(tokens, p.flat()).replace(/\s+/g, ' '));
    const strong = firstName || courtesy || titleEvidence || roleJustBefore;
    // `le Prix Alfred Dan Moussa`, `the Pulitzer Prize`, `la Coupe Davis`: a prize named after
    // someone is nobody speaking in the article.
    if (EPONYM_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
    // `Romy et Norah Carpentier`: the given name before `et` shares the family name.
    const and = tokens[first - 1];
    const other = tokens[first - 2];
    if (
      firstName &&
      parts.length === 2 &&
      and &&
      other &&
      /^(?:et|and)$/.test(and.text) &&
      isNameWord(other) &&
      FIRST_NAMES.has(other.norm) &&
      !isNameWord(tokens[first - 3])
    ) {
      const family = tokensText(tokens, parts[1]);
      out.push({
        start: other.start,
        end: other.end,
        first: first - 2,
        last: first - 2,
        name: `${other.text} ${family}`,
        words: 2,
        surnames: [],
        firstName: true,
        strong: true,
      });
    }
    out.push({
      ...span,
      first,
      last,
      name,
      words: parts.length,
      surnames: [...new Set(surname)],
      firstName,
      strong,
      title: titleEvidence && title && title.split(' ').length >= 2 ? title : undefined,
      byline: cosigned
        ? previous.byline
        : byline && /^by$/i.test(prev?.text ?? '')
          ? 'author'
          : byline && /^par$/i.test(prev?.text ?? '')
            ? 'auteur'
            : undefined,
    });
  }
  return out;
}

/** A title read before a name, with the initials it starts with (`U.S. District Judge`). */
/** `the (adjective) Name Name noun`: a name standing as the modifier of the common noun after it. */
function modifiesNoun(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.gapBefore !== 'space' || !/^\p{Ll}{3,}$/u.test(next.text) || /(?:ed|s)$/.test(next.text))
    return false;
  let k = first - 1;
  while (k >= 0 && first - k <= 2 && /^\p{Ll}+$/u.test(tokens[k].text) && tokens[k].norm !== 'the') k--;
  return k >= 0 && tokens[k].norm === 'the';
}

function titleText(text: string, tokens: readonly Token[], idx: number[]): string {
  const start = tokens[idx[0]].start;
  const initials = /(?:^|[^\p{L}.])((?:\p{Lu}\.)+)$/u.exec(text.slice(Math.max(0, start - 8), start));
  const from = initials ? start - initials[1].length : start;
  return text.slice(from, tokens[idx[idx.length - 1]].end).replace(/\s+/g, ' ');
}

function tokensText(tokens: readonly Token[], idx: number[]): string {
  let s = '';
  idx.forEach((k, n) => {
    const t = tokens[k];
    if (n > 0 && t.gapBefore !== 'none') s += ' ';
    s += t.text;
  });
  return s;
}

// ---------------------------------------------------------------------------------------
// Organisations introduced by the text

const PLACE_BEFORE: Record<Language, Set<string>> = {
  fr: new Set(['à', 'À', 'A', 'en', 'En']),
  en: new Set(['in', 'In', 'near', 'Near']),
};
/** An office held for a territory, before the territory's name (`le député de Vachon-Ouest`, `mayor of Dunmore`). */
const TERRITORIAL_OFFICE =
  /(?:(?<!\p{L})(?:députée?|maire|mairesse|sénateur|sénatrice|préfète?|bourgmestre|élue?|circonscription|commissaire)\s+(?:de\s+la|de\s+l['’]|du|de|d['’])|\b(?:mayor|governor|MP|MPP|MLA|MSP|congressman|congresswoman|congressional district)\s+(?:of|for))\s*$/iu;
/** Longer phrases before a place's name (`dans le sud de la Gaspésie`, `la commune de`, `north of`, `the town of`). */
const PLACE_PHRASE =
  /(?:\b(?:man|woman|men|women|boy|girl|resident|residents|teenager|teen|native|family|couple|year-old|mother|father)\s+from|(?<!\p{L})(?:originaires?|natif|native|habitante?s?|résidente?s?)\s+(?:de|d['’])|\b(?:près|proche|non loin|(?:nord|sud|est|ouest|centre|banlieue|périphérie|région|département|commune|ville|village|province|canton|quartier)(?:-(?:est|ouest))?)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|\b(?:north|south|east|west|outside|suburbs?|town|city|village|county|province|region|borough)\s+of(?:\s+the)?)\s*$/iu;
/** Lowercase words inside a hyphenated place name (`Saint-Elzéar-de-Bonaventure`, `Châlons-en-Champagne`). */
const PLACE_PARTICLES = new Set('de du des la le les sur sous en lès lez aux au'.split(' '));
const NOT_PLACES = new Set(
  `noel paques dieu toussaint pentecote ramadan internet english arabic hebrew latin mandarin spanish french german russian
  bourse coupe ligue championnat finale direct tete vigueur marche garde premiere seconde terminale une page ligne exclusivite
  question cause justice prison detention garde-a-vue office charge tete-a-tete hausse baisse cours`.split(/\s+/),
);

/**
 * Places the packs do not know, from `à Bakhmout` / `in Pokrovsk`: one or two capitalised
 * words after the preposition that are nothing else (not a person, a nationality, a month).
 */
function findPlaces(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
  language: Language,
  inRole: readonly boolean[],
): void {
  const preps = PLACE_BEFORE[language];
  const inRoleAt = (k: number): boolean => inRole[k];
  for (let i = 1; i < tokens.length; i++) {
    const prep = tokens[i - 1];
    // `le maire de Cagnes-sur-Mer`: a place inside a person's office is still read.
    if ((claimed[i] !== null && !inRole[i]) || !isNameWord(tokens[i])) continue;
    // `Daniel Okafor of Marlow,`, `Ruth Kimani of Lincoln`: a person's home town.
    const hometown =
      language === 'en' &&
      prep.text === 'of' &&
      i >= 2 &&
      claimed[i - 2] !== null &&
      entities.get(claimed[i - 2]!)?.kind === 'person' &&
      !inRoleAt(i - 2) &&
      tokens[i].gapBefore === 'space';
    // `Cotwall End Road, Sedgley,`: the town after a street's name in an address.
    const addressTown =
      i >= 1 &&
      claimed[i - 1] !== null &&
      entities.get(claimed[i - 1]!)?.kind === 'place' &&
      /\b(?:Road|Street|Avenue|Lane|Drive|Boulevard|Way|Close|Crescent|Rd|St|Ave)\.?,\s*$/.test(
        text.slice(Math.max(0, tokens[i].start - 14), tokens[i].start),
      ) &&
      /^\s*[,.;]/.test(text.slice(tokens[i].end, tokens[i].end + 3));
    const afterPrep = ((preps.has(prep.text) || hometown) && tokens[i].gapBefore === 'space') || addressTown;
    const lead = text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start);
    if (!afterPrep && !PLACE_PHRASE.test(lead) && !TERRITORIAL_OFFICE.test(lead)) continue;
    let last = i;
    const hyphenChain = (): void => {
      for (;;) {
        if (tokens[last + 1]?.text !== '-' || tokens[last + 1].gapBefore !== 'none') return;
        const n = tokens[last + 2];
        if (isNameWord(n) && n.gapBefore === 'none') last += 2;
        else if (
          n &&
          n.gapBefore === 'none' &&
          PLACE_PARTICLES.has(n.text) &&
          tokens[last + 3]?.text === '-' &&
          isNameWord(tokens[last + 4]) &&
          tokens[last + 4].gapBefore === 'none'
        )
          last += 4;
        else return;
      }
    };
    hyphenChain();
    if (last === i && isNameWord(tokens[i + 1]) && tokens[i + 1].gapBefore === 'space' && claimed[i + 1] === null) {
      last = i + 1;
      hyphenChain();
    }
    const next = tokens[last + 1];
    if (next && next.gapBefore === 'space' && isNameWord(next)) continue;
    const words = tokens.slice(i, last + 1).filter((t) => isNameWord(t));
    if (
      words.some(
        (t) =>
          NOT_NAMES.has(t.norm) ||
          NOT_PLACES.has(t.norm) ||
          isNationality(t.norm) ||
          TITLE_WORDS.has(t.norm) ||
          EN_ORG_HEADS.has(t.norm) ||
          FR_ORG_HEADS.has(t.norm) ||
          isRoleHead(t.text),
      )
    )
      continue;
    // `in Lincoln,`, `near Florence.`: a first name alone after an English preposition of place is the town,
    // unless someone of the article bears it.
    // `le député de Marie-Victorin`: a riding named after a person is still the riding.
    const riding = last > i && TERRITORIAL_OFFICE.test(text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start));
    if (FIRST_NAMES.has(words[0].norm) && !riding && !townNamedLikePerson(text, tokens, i, last, entities)) continue;
    const span = { start: tokens[i].start, end: tokens[last].end };
    const name = text.slice(span.start, span.end);
    const key = `place:${fold(name)}`;
    let e = entities.get(key);
    if (!e) {
      e = { key, name, kind: 'place', rule: null, source: 'detected', roles: [], names: new Set([name]), mentions: [] };
      entities.set(key, e);
    }
    e.mentions.push({ ...span, text: name, origin: 'auto' });
    for (let k = i; k <= last; k++) if (claimed[k] === null || inRole[k]) claimed[k] = key;
    i = last;
  }
  // `in the Cedar Heights area`, `the Oak Grove neighborhood`: a place named by what it is part of.
  for (const m of text.matchAll(
    /\bthe\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:area|neighborhood|neighbourhood|section|suburb)\b/gu,
  )) {
    const start = m.index! + m[0].indexOf(m[1]);
    const [first, last] = tokenRange(tokens, { start, end: start + m[1].length });
    if (first < 0 || claimed.slice(first, last + 1).some((c) => c !== null)) continue;
    const words = tokens.slice(first, last + 1).filter((t) => isNameWord(t));
    if (words.some((t) => NOT_NAMES.has(t.norm) || isNationality(t.norm) || EN_ORG_HEADS.has(t.norm))) continue;
    addMention(text, tokens, claimed, detectedOf(entities, 'place', m[1]), first, last);
  }
  // Later bare mentions of those places, inside the name of an organisation or a place too (`parquet de Saint-Étienne`).
  const index = new FormIndex<Entity>();
  for (const e of entities.values()) if (e.source === 'detected' && e.kind === 'place') index.add(e.name, e, 'capital');
  const nestable = (k: number): boolean => {
    const owner = claimed[k] === null ? null : entities.get(claimed[k]!);
    return (
      !owner || inRole[k] || (owner.source === 'detected' && owner.kind !== 'person' && owner.name !== tokens[k].text)
    );
  };
  scan(
    tokens,
    claimed,
    index,
    (m) => {
      const e = m.form.value;
      e.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), origin: 'auto' });
      for (let k = m.first; k <= m.last; k++) if (claimed[k] === null) claimed[k] = e.key;
    },
    undefined,
    nestable,
  );
}

/** A dateline: a line opening with a place in capitals, then an agency or a dash (`HARLAN –`, `NEW YORK (AP) —`). */
const DATELINE =
  /(?:^|\n)[^\S\n]*(\p{Lu}[\p{Lu}'’.-]*\p{Lu}(?:[^\S\n]+\p{Lu}[\p{Lu}'’.-]*\p{Lu}){0,2})(?:,[^\S\n]*[\p{L}\d. ]{2,20}?)?[^\S\n]*(?:\((?:AP|AFP|Reuters|CNN|UPI|Belga|ATS|Keystone-ATS|PC|CP|Xinhua|dpa|ANSA|EFE|Bloomberg)\)[^\S\n]*)?[–—-][^\S\n]+(?=\p{Lu})/gu;
/** Capitals at a line start that are no place (`UPDATE –`, `EXCLUSIF -`). */
const NOT_DATELINES = new Set(
  `update updated breaking exclusive exclusif urgent alerte direct live video vidéo photo photos lire aussi voir
  analyse analysis opinion editorial éditorial tribune interview entretien reportage enquete watch read more info infos
  coronavirus covid`.split(/\s+/),
);

/**
 * Places named by a dateline (`HARLAN – A town man…`, `SAINT-JÉRÔME - La mairesse…`, `NEW YORK (AP) —`): the
 * capitals are the place the story is filed from, even when the word is also a first name.
 */
function findDatelines(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
): void {
  const lowerSeen = new Map<string, boolean>();
  const writtenInLowerCase = (w: string): boolean => {
    let seen = lowerSeen.get(w);
    if (seen === undefined) {
      seen = new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
      lowerSeen.set(w, seen);
    }
    return seen;
  };
  // `PC`, `AP` alone on a line: the agency that signs the story.
  for (const m of text.matchAll(/(?:^|\n)[^\S\n]*(\p{Lu}{2,5})[^\S\n]*(?=\n|$)/gu)) {
    const start = m.index! + m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length);
    const [first, last] = tokenRange(tokens, { start, end: start + m[1].length });
    // (`PC` alone on its line is La Presse canadienne, not a computer.)
    const norm = tokens[first]?.norm ?? '';
    if (first < 0 || first !== last || claimed[first] !== null || (isNotAcronym(norm) && norm !== 'pc')) continue;
    if (/^[IVXLCDM]+$/.test(m[1])) continue;
    addMention(text, tokens, claimed, detectedOf(entities, 'organization', m[1]), first, last);
  }
  for (const m of text.matchAll(DATELINE)) {
    const start = m.index! + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    const words = m[1].split(/[^\p{L}]+/u).filter(Boolean);
    if (words.some((w) => NOT_DATELINES.has(fold(w)) || NOT_NAMES.has(fold(w))) || words.join('').length < 3) continue;
    // `SOUTIEN - Le porte-parole… son soutien`: a word the article also writes in lower case is a topic tag.
    if (words.some((w) => writtenInLowerCase(w.toLowerCase()))) continue;
    // A dateline opens a paragraph; a tag before a headline (`VIDÉO - …`) opens a short line.
    const lineEnd = text.indexOf('\n', end);
    if ((lineEnd < 0 ? text.length : lineEnd) - end < 80) continue;
    const [first, last] = tokenRange(tokens, { start, end });
    if (first < 0 || first > last) continue;
    if (claimed.slice(first, last + 1).some((c) => c !== null)) continue;
    const name = m[1]
      .toLowerCase()
      .replace(/(^|[\s'’-])(\p{L})/gu, (_x, sep: string, c: string) => sep + c.toUpperCase());
    addMention(text, tokens, claimed, detectedOf(entities, 'place', name), first, last);
  }
}

/** A photo credit: `© LOUIS MARCHAND / AFP`, `Photo : Jean Dupont/Reuters`, `(Photo: KEYSTONE/Anna Berg)`. */
const CREDIT =
  /(?:©|\b(?:[Pp]hotos?|PHOTOS?|[Cc]r[ée]dits?(?:\s+photo)?|CR[ÉE]DITS?)\s*:|(?:^|\n)[^\S\n]*(?:By|BY|Par|PAR)[^\S\n]+(?=\p{Lu}{2,}[^\S\n]+\p{Lu}{2,}))[^\S\n]*([^\n©():]{3,80})/gu;
/** Words of a credit that name an agency or a collection, not a photographer. */
const NOT_PHOTOGRAPHERS = new Set(
  `images image photos photo pictures press presse agency agence archives archive news getty afp reuters ap keystone
  shutterstock istock dr handout pool collection files file capture screenshot courtesy twitter facebook instagram`.split(
    /\s+/,
  ),
);

/**
 * Photographers named by a credit (`© LOUIS MARCHAND / AFP`): two or three capitalised words between the
 * credit's marks, none an agency word, are a person, as written.
 */
function findCredits(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
): void {
  for (const m of text.matchAll(CREDIT)) {
    const credit = m[1];
    const base = m.index! + m[0].length - credit.length;
    // `LOUIS MARCHAND / AFP`, `BY JOHN SMITH AND JANE DOE`: each name between the marks.
    for (const part of credit.matchAll(/[^/,]+?(?=\s*(?:[/,]|\s(?:and|et|AND|ET)\s|$))/gu)) {
      const trimmed = part[0].trim().replace(/^(?:and|et|AND|ET)\s+/, '');
      if (!trimmed) continue;
      const start = base + part.index! + part[0].indexOf(trimmed);
      const words = trimmed.split(/\s+/);
      if (
        words.length < 2 ||
        words.length > 3 ||
        !words.every((w) => /^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(w)) ||
        words.some((w) => NOT_PHOTOGRAPHERS.has(fold(w)) || NOT_NAMES.has(fold(w)))
      )
        continue;
      const [first, last] = tokenRange(tokens, { start, end: start + trimmed.length });
      if (first < 0 || claimed.slice(first, last + 1).some((c) => c !== null)) continue;
      addMention(text, tokens, claimed, detectedOf(entities, 'person', trimmed), first, last);
    }
  }
}

/** Words before a name that say where something is (`close to Downing Street`, `devant le 10 Downing Street`). */
const LOCATED_NEAR =
  /(?:\b(?:near|close to|outside|in front of|opposite|next to|around|along|down|walked to|marched to|arrived at)|(?<!\p{L})(?:près\s+d[eu]|devant|aux abords d[eu]|non loin d[eu]|à proximité d[eu]))\s+(?:the\s+|le\s+|la\s+|l['’]\s*)?(?:10\s+|No\.?\s*10\s+)?$/iu;

/**
 * `close to Downing Street`: an office known by its street (`Downing Street`, `Wall Street`) is the
 * street when every mention of it says where something is; `Downing Street said` keeps the government.
 */
function streetsAsPlaces(text: string, entities: Map<string, Entity>): void {
  for (const e of entities.values()) {
    if (e.kind !== 'organization' || e.source === 'detected' || e.mentions.length === 0) continue;
    if (!/\s(?:Street|Road|Avenue|Square)$/.test(e.name)) continue;
    if (e.mentions.every((m) => LOCATED_NEAR.test(text.slice(Math.max(0, m.start - 30), m.start)))) e.kind = 'place';
  }
}

/** Towns whose football club bears their bare name (`Sunderland`, `Liverpool`, `Marseille`). */
const CLUB_TOWNS = new Set(
  `sunderland liverpool chelsea southampton burnley fulham brentford bournemouth brighton watford norwich everton
  middlesbrough blackburn swansea barcelona barcelone seville valence valencia marseille lyon lille monaco nantes lens
  rennes bordeaux nice toulouse montpellier strasbourg reims auxerre brest lorient metz porto dortmund`.split(/\s+/),
);
/** Words that put an article on a football pitch. */
const FOOTBALL =
  /\b(?:football|soccer|Premier League|Championship|Ligue 1|Ligue des champions|Champions League|Liga|Serie A|Bundesliga|midfielder|striker|defender|goalkeeper|milieu de terrain|attaquant|défenseur|gardien de but|relegation|relégation|kick-off|penalty|hat-trick|coup franc|free kick|scored|a marqué|buteur)\b/i;

/**
 * `Laurent Saint-Martin, directeur général de Business France` … `patron de Business France`:
 * a detected name with no first name that the article writes only as what an office heads is an
 * organisation, not a person (a person's own name never follows `directeur de`).
 */
function headedOrganizations(text: string, entities: Map<string, Entity>): void {
  for (const e of entities.values()) {
    if (e.kind !== 'person' || e.source !== 'detected' || e.mentions.length === 0) continue;
    if (FIRST_NAMES.has(fold(e.name).split(/\s+/)[0])) continue;
    // (Wherever the text writes the name, inside an office's mention too.)
    if (!writtenAsHeaded(text, e.name)) continue;
    e.kind = 'organization';
    e.roles = [];
  }
}

/**
 * In a football story, `Sunderland` beaten at home is the club, not the town: a town that
 * names a club, never written after a preposition of place (`in Sunderland`), is the club.
 */
function clubsNamedAfterTheirTown(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
): void {
  if (!FOOTBALL.test(text)) return;
  for (const e of entities.values()) {
    if (e.kind !== 'place' || !CLUB_TOWNS.has(fold(e.name)) || e.mentions.length === 0) continue;
    if (!e.mentions.some((m) => locatedAt(text, m.start))) e.kind = 'organization';
  }
  // `at Sunderland`, `Chelsea's striker`: club towns the packs do not list.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (claimed[i] !== null || !CLUB_TOWNS.has(t.norm) || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    if (isNameWord(tokens[i + 1]) && tokens[i + 1].gapBefore === 'space') continue;
    if (i > 0 && isNameWord(tokens[i - 1]) && t.gapBefore === 'space') continue;
    if (locatedAt(text, t.start)) continue;
    addMention(text, tokens, claimed, detectedOf(entities, 'organization', t.text), i, i);
  }
}

function locatedAt(text: string, start: number): boolean {
  return /(?:^|[\s(])(?:in|to|from|near|à|en|vers|près de|ville de|de|d['’])\s*$/i.test(
    text.slice(Math.max(0, start - 12), start),
  );
}

/**
 * `M. (Stéphane) Dion`: a first name in parentheses between a title and a family name is one
 * person, `Stéphane Dion`, and the family name alone later is that person too.
 */
function joinParenthesisedFirstNames(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
): void {
  const pattern = /(?:^|[\s(])(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s*\(\s*(\p{Lu}[\p{L}-]+)\s*\)\s*(\p{Lu}[\p{L}-]+)/gu;
  for (const m of text.matchAll(pattern)) {
    const open = m.index + m[0].indexOf('(');
    const firstAt = m.index + m[0].indexOf(m[1], m[0].indexOf('('));
    const familyAt = m.index + m[0].length - m[2].length;
    const i = tokens.findIndex((t) => t.start === firstAt);
    const j = tokens.findIndex((t) => t.start === familyAt);
    if (i < 0 || j < 0) continue;
    const firstKey = claimed[i];
    const alone = firstKey ? entities.get(firstKey) : undefined;
    if (alone && (alone.kind !== 'person' || alone.source !== 'detected' || fold(alone.name) !== fold(m[1]))) continue;
    const familyKey = claimed[j];
    const known = familyKey ? entities.get(familyKey) : undefined;
    if (known && known.kind !== 'person') continue;
    if (alone) {
      alone.mentions = alone.mentions.filter((x) => x.start !== firstAt);
      claimed[i] = null;
    }
    const span = { start: open, end: tokens[j].end };
    if (known && known !== alone) {
      // `M. (Justin) Trudeau`: the family name was already the known person; the mention takes the first name in.
      known.mentions = known.mentions.filter((x) => x.start !== familyAt);
      addMention(text, tokens, claimed, known, i, j, span);
      known.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    const person = alone ?? detectedOf(entities, 'person', `${m[1]} ${m[2]}`);
    person.name = `${m[1]} ${m[2]}`;
    person.names.add(person.name);
    addMention(text, tokens, claimed, person, i, j, span);
    for (let k = j + 1; k < tokens.length; k++)
      if (claimed[k] === null && tokens[k].text === m[2]) addMention(text, tokens, claimed, person, k, k);
    person.mentions.sort((a, b) => a.start - b.start);
  }
}

/** `in Lincoln, Nebraska`, `near Florence.`: one word after `in`/`near`, closed by punctuation, borne by no person here. */
function townNamedLikePerson(
  text: string,
  tokens: readonly Token[],
  i: number,
  last: number,
  entities: Map<string, Entity>,
): boolean {
  if (last !== i || !/^(?:in|near|outside|of)$/.test(tokens[i - 1].text)) return false;
  // `Ruth Kimani of Lincoln in 2019`: after a person's `of`, a following `in` closes the town too.
  const close = tokens[i - 1].text === 'of' ? /^\s*(?:[,.;:]|in\s)/ : /^\s*[,.;:]/;
  if (!close.test(text.slice(tokens[i].end, tokens[i].end + 4))) return false;
  const word = tokens[i].norm;
  for (const e of entities.values())
    if (e.kind === 'person' && [e.name, ...e.names].some((n) => fold(n).split(/\s+/).includes(word))) return false;
  return true;
}

const MINISTRY =
  /(?<![\p{L}])(?:[Mm]inistère(?:\s+[\p{Ll}-]+)?\s+(?:de\s+l['’]|de\s+la\s+|des\s+|du\s+)\p{Lu}[\p{L}-]*(?:\s+(?:et\s+(?:de\s+la\s+|des\s+|du\s+)?\p{Ll}[\p{L}-]*|\p{Ll}[\p{L}-]*(?:ique|al|ale|aux|el|elle|aire|if|ive|ien|ienne|ais|aise|ois|oise|ier|ière|ère|ain|aine|in|ine|iste|é|ée|ant|ante|eur)s?)(?=[\s,.;:)]))?|(?:\p{Lu}[\p{L}.]*\s+)?(?:Foreign|Defen[cs]e|Interior|Finance|Health|Justice|Economy|Trade|Energy|Emergencies|Home)\s+Ministry|Ministry\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:Affairs|and\s+\p{Lu}[\p{L}-]*))?)/gu;

/** Camps named by their allegiance (`pro-Russian separatists`, `les rebelles pro-gouvernementaux`). */
const CAMPS =
  /(?<![\p{L}-])(?:[Pp]ro-?\p{L}+\s+(?:separatists|rebels|militants|fighters|forces|militias?|protesters|demonstrators|activists|groups)|(?:séparatistes|rebelles|militants|combattants|forces|milices?|manifestants)\s+pro-?\p{Ll}+)(?![\p{L}-])/gu;

/** A regional daily named after its place: `Nice-Matin`, `Corse-Matin`, `Paris-Normandie`, `Midi-Libre`. */
const REGIONAL_DAILY =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)?-(?:Matin|Soir|Presse|Éclair|Eclair|Libre|Républicain|Hebdo)(?![\p{L}\p{N}-])/gu;

/** Levels of government that name a group as a nationality does (`le gouvernement fédéral`, `the federal government`). */
const LEVELS = new Set(
  `fédéral fédérale fédéraux provincial provinciale régional régionale cantonal cantonale municipal municipale
  communal communale flamand flamande wallon wallonne bruxellois bruxelloise ontarien ontarienne federal provincial
  regional municipal`
    .split(/\s+/)
    .map(fold),
);

function findOrganizations(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
  inRole: readonly boolean[],
): void {
  const add = (name: string, span: Span, aliases: string[] = []): Entity => {
    const key = `org:${fold(canonicalOrganization(name))}`;
    let e = entities.get(key);
    if (!e) {
      e = {
        key,
        name,
        kind: 'organization',
        rule: null,
        source: 'detected',
        roles: [],
        names: new Set([name, ...aliases]),
        mentions: [],
      };
      entities.set(key, e);
    }
    e.names.add(name);
    e.mentions.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), origin: 'auto' });
    const [first, last] = tokenRange(tokens, span);
    for (let k = first; k <= last && k >= 0; k++) if (claimed[k] === null) claimed[k] = key;
    return e;
  };
  const free = (span: Span): boolean => {
    const [first, last] = tokenRange(tokens, span);
    for (let k = first; k <= last && k >= 0; k++) if (claimed[k] !== null && !inRole[k]) return false;
    return first >= 0;
  };

  // `Centre de recherche sur la mondialisation (CRM)`: an organisation noun, its words, then the acronym in brackets.
  const orgForms = new FormIndex<Entity>();
  // (`Forces armées maliennes (FAMa)`: a small letter may close a syllable the acronym keeps.)
  // (`l'Agence de l'ONU pour l'aide aux réfugiés palestiniens (Unrwa)`: French writes a long
  // acronym as a word, which the article then uses after an article — `l'Unrwa a annoncé`.)
  for (const m of text.matchAll(/\((\p{Lu}[\p{Lu}\d&-]{1,9}|\p{Lu}{2,}\p{Ll}\p{Lu}*|\p{Lu}\p{Ll}{2,6})\)/gu)) {
    const acronym = m[1];
    const asWord = /^\p{Lu}\p{Ll}+$/u.test(acronym);
    if (
      asWord &&
      (FIRST_NAMES.has(fold(acronym)) ||
        !new RegExp(`(?:^|[\\s(])(?:l['’]|la\\s|le\\s)${acronym}(?![\\p{L}])`, 'u').test(
          text.slice(0, m.index) + text.slice(m.index! + m[0].length),
        ))
    )
      continue;
    const capitals = acronym.replace(/\p{Ll}/gu, '');
    const lineStart = Math.max(text.lastIndexOf('\n', m.index!) + 1, m.index! - 200);
    const before = text.slice(lineStart, m.index!);
    const ws = [...before.matchAll(/[\p{L}\p{M}-]+/gu)];
    let head = -1;
    // `State Information Service (SIS)`: the words whose initials spell the acronym, when there are such.
    // (`l'agence régionale de santé (ARS)`: in lower case too when an organisation's noun
    // after an article opens them.)
    for (let k = ws.length - 1; k >= 0 && ws.length - k <= 12 && head < 0 && !asWord; k--) {
      const words = ws.slice(k).map((w) => w[0]);
      const opens =
        /^\p{Lu}/u.test(words[0]) ||
        (ORG_HEADS.has(fold(words[0])) &&
          /(?:^|[\s(])(?:l['’]|la\s|le\s|the\s)$/iu.test(before.slice(Math.max(0, ws[k].index! - 5), ws[k].index!)));
      if (opens && initials(words.join(' ')).includes(fold(capitals).toUpperCase())) head = k;
    }
    for (let k = ws.length - 1; k >= 0 && ws.length - k <= 12 && head < 0 && !asWord; k--) {
      const w = ws[k][0];
      if (/^\p{Lu}/u.test(w) && ORG_HEADS.has(fold(w)) && fold(w)[0] === fold(acronym)[0]) {
        head = k;
        break;
      }
    }
    // (`l'Institut de géophysique américain (USGS)`: a translated name keeps the original
    // acronym — an organisation's noun after an article, every word after it in lower case but
    // an acronym or another organisation's name closing it: `de l'ONU`, `des Nations Unies`.)
    let translated = false;
    for (let k = ws.length - 1; k >= 0 && ws.length - k <= 12 && head < 0; k--) {
      const w = ws[k][0];
      if (!/^\p{Lu}/u.test(w) || !ORG_HEADS.has(fold(w))) continue;
      if (
        ws
          .slice(k + 1)
          .every(
            (x, j, rest) =>
              /^\p{Ll}/u.test(x[0]) ||
              /^\p{Lu}{2,}$/u.test(x[0]) ||
              (j > 0 && /^(?:de|des|du|d|l|\p{Lu}\p{Ll}+)$/u.test(rest[j - 1][0]) && j >= rest.length - 3),
          ) &&
        /(?:^|[\s(])(?:l['’]|la\s|le\s|les\s|the\s)$/iu.test(before.slice(Math.max(0, ws[k].index! - 5), ws[k].index!))
      ) {
        head = k;
        translated = true;
      }
      break;
    }
    if (head < 0) continue;
    const start = lineStart + ws[head].index!;
    const last = ws[ws.length - 1];
    const nameEnd = lineStart + last.index! + last[0].length;
    const name = text.slice(start, nameEnd).replace(/\s+/g, ' ');
    const key = `org:${fold(name)}`;
    // (An organisation already found there under the first words of that name takes the
    // acronym: a translated name keeps the words found, `l'Institut de géophysique américain
    // (USGS)`; any other takes the whole name, `l'Organisation internationale pour les
    // migrations (OIM)` read as `Organisation internationale`.)
    const found = [...entities.values()].find(
      (x) =>
        x.kind === 'organization' && x.mentions.some((mm) => mm.start === start) && fold(name).startsWith(fold(x.name)),
    );
    if (found) {
      found.names.add(acronym);
      orgForms.add(acronym, found, 'exact');
      if (!translated && found.key !== key && !entities.has(key)) {
        const oldKey = found.key;
        entities.delete(oldKey);
        found.key = key;
        found.name = name;
        found.names.add(name);
        entities.set(key, found);
        orgForms.add(name, found, 'capital');
        const mm = found.mentions.find((x) => x.start === start)!;
        mm.end = nameEnd;
        mm.text = text.slice(start, nameEnd);
        const [first, last] = tokenRange(tokens, mm);
        for (let k = 0; k < claimed.length; k++) if (claimed[k] === oldKey) claimed[k] = key;
        for (let k = first; k <= last && k >= 0; k++) if (claimed[k] === null) claimed[k] = key;
      }
      continue;
    }
    const e: Entity = entities.get(key) ?? {
      key,
      name,
      kind: 'organization',
      rule: null,
      source: 'detected',
      roles: [],
      names: new Set([name, acronym]),
      mentions: [],
    };
    entities.set(key, e);
    orgForms.add(name, e, 'capital');
    orgForms.add(acronym, e, 'exact');
  }
  scan(tokens, claimed, orgForms, (m) => add(m.form.value.name, m));

  // Groups named by a noun and a nationality: `la délégation américaine`, `l'armée russe`, `the Ukrainian military`,
  // or a level of government: `le gouvernement fédéral`, `le parlement flamand`, `the federal government`.
  const free1 = (k: number): boolean => claimed[k] === null || inRole[k];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (b.gapBefore !== 'space' || !free1(i)) continue;
    let span: Span | null = null;
    if (
      GROUP_NOUNS.has(a.norm) &&
      /^\p{Ll}/u.test(a.text) &&
      (isNationality(b.norm) || LEVELS.has(b.norm)) &&
      /^\p{Ll}/u.test(b.text)
    )
      span = { start: a.start, end: b.end };
    else if (
      (isNationality(a.norm) ? /^\p{Lu}/u.test(a.text) : LEVELS.has(a.norm) && /^\p{Ll}/u.test(a.text)) &&
      GROUP_NOUNS.has(b.norm) &&
      /^\p{Ll}/u.test(b.text)
    )
      span = { start: a.start, end: b.end };
    if (!span || !free1(i + 1)) continue;
    // `chef de la diplomatie russe` is a role, not the group; `ministre dans le gouvernement flamand` names it.
    let head = -1;
    for (let k = i - 1; k >= Math.max(0, i - 3) && head < 0; k--)
      if (isRoleHead(tokens[k].text) || isRoleHead(tokens[k].text.replace(/s$/, ''))) head = k;
    if (head >= 0 && tokens.slice(head + 1, i).every((t) => /^(?:de|du|des|la|le|l|d|'|’)$/.test(t.norm))) continue;
    add(text.slice(span.start, span.end).replace(/\s+/g, ' ').toLowerCase(), span);
    i++;
  }

  // Armed or political camps named by their allegiance: `pro-Russian separatists`, `les séparatistes prorusses`.
  for (const m of text.matchAll(CAMPS)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (free(span)) add(m[0].replace(/\s+/g, ' '), span);
  }
  // `the United States military`, `the Russian Federation's army`: a country the packs know and a group noun.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const owner = claimed[i] ? entities.get(claimed[i]!) : undefined;
    const noun = tokens[i + 1];
    if (
      owner?.kind !== 'place' ||
      owner.source === 'detected' ||
      !/^(?:military|army|navy|government|administration|forces|troops)$/.test(noun.text) ||
      noun.gapBefore !== 'space' ||
      claimed[i + 1] !== null
    )
      continue;
    const place = owner.mentions.find((x) => x.end === tokens[i].end);
    // `the United States military`, `the U.S. military`, `the UK government` (a one-word country takes its adjective).
    if (!place || (place.text.split(/\s+/).length < 2 && !/^(?:\p{Lu}\.)+$|^\p{Lu}{2,3}$/u.test(place.text))) continue;
    add(`${place.text} ${noun.text}`, { start: place.start, end: noun.end });
    i++;
  }

  // `lue au Parlement`, `le Gouvernement a décidé`: the assembly or the government of the article's country, by its
  // capitalised noun alone (`le Parlement wallon`, `le Parlement de Wallonie` with what follows).
  for (const m of text.matchAll(
    /(?<![\p{L}])(?:[Ll]e|[Aa]u|[Dd]u)\s+((?:Parlement|Gouvernement)(?:\s+(?:de\s+la|de\s+l['’]|du|de)\s*\p{Lu}[\p{L}-]+|\s+\p{Ll}+)?)/gu,
  )) {
    let found = m[1];
    const adjective = /\s+(\p{Ll}+)$/u.exec(found);
    if (adjective && !LEVELS.has(fold(adjective[1])) && !isNationality(fold(adjective[1])))
      found = found.slice(0, adjective.index);
    const start = m.index! + m[0].length - m[1].length;
    const span = { start, end: start + found.length };
    if (free(span)) add(found.replace(/\s+/g, ' '), span);
  }

  // Ministries: `le ministère russe des Affaires étrangères`, `the Russian Defence Ministry`, `Ministry of Health`.
  for (const m of text.matchAll(MINISTRY)) {
    let found = m[0];
    for (
      let cut = /\s+(?:du|de|des|d|et|le|la|les|l|a|au|aux)$/.exec(found);
      cut;
      cut = /\s+(?:du|de|des|d|et|le|la|les|l|a|au|aux)$/.exec(found)
    )
      found = found.slice(0, cut.index);
    const name = found.replace(/\s+/g, ' ').trim();
    const span = { start: m.index!, end: m.index! + found.trimEnd().length };
    if (free(span)) add(name, span);
  }

  // Web sites named as sources: `Mondialisation.ca`.
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}.@/])(\p{Lu}[\p{L}\p{N}-]*\.(?:com|fr|ca|org|net|ch|be|info|eu|io|news|tv))(?![\p{L}\p{N}])/gu,
  )) {
    const span = { start: m.index!, end: m.index! + m[1].length };
    if (free(span)) add(m[1], span);
  }

  // `l'administration Biden`: a government named after its leader.
  for (const e of [...entities.values()]) {
    if (e.kind !== 'person') continue;
    for (const men of [...e.mentions]) {
      const before = text.slice(Math.max(0, men.start - 16), men.start);
      const m = /\b([Aa]dministration|[Gg]ouvernement)\s+$/.exec(before);
      if (!m || !/^\p{Lu}/u.test(men.text)) continue;
      // `la porte-parole du gouvernement Najat Vallaud-Belkacem`: a full name after the noun is the person the role
      // describes; a government is named by its leader's family name (`le gouvernement Valls`).
      if (/\s/.test(men.text) && FIRST_NAMES.has(fold(men.text.split(/\s+/)[0]))) continue;
      const start = men.start - before.length + m.index;
      add(`${m[1].toLowerCase()} ${men.text}`, { start, end: men.end });
    }
  }
}

// ---------------------------------------------------------------------------------------
// Organisations named by their context: acronyms, teams, newspapers

function addMention(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  e: Entity,
  first: number,
  last: number,
  span: Span = { start: tokens[first].start, end: tokens[last].end },
): void {
  e.mentions.push({ ...span, text: text.slice(span.start, span.end), origin: 'auto' });
  for (let k = first; k <= last; k++) if (claimed[k] === null) claimed[k] = e.key;
}

/** A word written in capitals throughout (`PRADO`, `JEAN-MARC`, `O'NEILL`). */
const IN_CAPITALS = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;

/**
 * `FERNANDO PRADO spoke of his relief`: a wire round-up or a tabloid writes a person's name in
 * capitals in running text. A known first name in capitals, then one or two words in capitals,
 * on a line that is not itself in capitals, is that person; so is any such pair whose last word
 * the text writes again as usual (`ROYSTON WEYMAN` … `Weyman said`), which then joins it. Never
 * a dateline (`SANTA ANA —`) nor a name ending with a place's or an organisation's head.
 */
function findNamesInCapitals(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
): void {
  const inCaps = (t: Token | undefined): boolean => !!t && IN_CAPITALS.test(t.text);
  // (Words as written, read once: whether `Weyman` stands anywhere in the text.)
  let written: Set<string> | null = null;
  const bySurname = new Map<string, Entity>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!inCaps(t) || claimed[i] !== null || NOT_NAMES.has(t.norm)) continue;
    if (inCaps(tokens[i - 1]) && t.gapBefore !== 'break' && !text.slice(tokens[i - 1].end, t.start).includes('\n'))
      continue;
    let last = i;
    while (
      last - i < 2 &&
      inCaps(tokens[last + 1]) &&
      claimed[last + 1] === null &&
      text.slice(tokens[last].end, tokens[last + 1].start) === ' '
    )
      last++;
    if (last === i || (inCaps(tokens[last + 1]) && tokens[last + 1].gapBefore === 'space')) continue;
    const name = text
      .slice(t.start, tokens[last].end)
      .toLowerCase()
      .replace(/(^|[\s'’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    // (Or a name whose last word the text writes again in lower case: `ROYSTON WEYMAN` … `Weyman said`.)
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    if (!isGenderedFirstName(t.norm) && !(written ??= new Set(tokens.map((x) => x.text))).has(surname)) continue;
    if (inShoutingLine(text, t.start)) continue;
    // (`SANTA ANA —`, `IMPERIAL COUNTY (AP) —`: a dateline names the place; a head noun makes a place.)
    if (/^[^\S\n]*(?:[—–-]|\()/.test(text.slice(tokens[last].end, tokens[last].end + 4))) continue;
    if (EN_ORG_HEADS.has(tokens[last].norm) || EN_PLACE_HEADS.has(tokens[last].norm) || PLACE_OPENERS.has(t.norm))
      continue;
    const e = detectedOf(entities, 'person', name);
    addMention(text, tokens, claimed, e, i, last);
    if (!bySurname.has(surname)) bySurname.set(surname, e);
    i = last;
  }
  // (`Weyman said`: the family name alone, written as usual, is the same person.)
  if (bySurname.size === 0) return;
  for (let k = 0; k < tokens.length; k++) {
    const e = claimed[k] === null ? bySurname.get(tokens[k].text) : undefined;
    if (e) addMention(text, tokens, claimed, e, k, k);
  }
}

/** Letters after a person's name: counsel's rank, honours, degrees (`QC`, `KC`, `OBE`, `PhD`). */
const POST_NOMINALS = new Set('qc kc sc obe mbe cbe kbe dbe phd'.split(' '));

/**
 * Organisations that only their context reveals: acronyms in capitals (`UMP`, `l'OM`; `SQ`
 * joins `Sûreté du Québec` by its initials), teams and parties in the plural after an
 * article (`the Patriots`, `les Bleus`), and newspapers, magazines and sites after the words
 * that introduce them (`told the 'Sunday World'`, `le quotidien Le Temps`, `contactée par Narcity`).
 */
function findNamedByContext(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
  inRole: readonly boolean[],
): void {
  const orgsByInitials = new Map<string, Entity>();
  for (const e of entities.values())
    if (e.kind === 'organization' && e.mentions.length > 0) {
      // `New Yorkers`, `Québécois`: people named by their town are no organisation an acronym stands for.
      if (/(?:ers|ians|ans|ais|ois|iens|ins)$/.test(fold(e.name)) && !/\s/.test(e.name.replace(/^\S+\s/, ''))) continue;
      for (const ini of initials(e.name)) if (!orgsByInitials.has(ini)) orgsByInitials.set(ini, e);
    }
  let mediaEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const roleWord = claimed[i] !== null && inRole[i];
    if (claimed[i] !== null && !roleWord) {
      // `contacté par Lanaudière Express`: a newspaper whose name starts with a place.
      const owner = entities.get(claimed[i]!);
      const next = tokens[i + 1];
      const named =
        owner?.kind === 'place' &&
        isCapWord(next) &&
        next.gapBefore === 'space' &&
        claimed[i + 1] === null &&
        !claimed[i - 1] &&
        MEDIA_CUE.test(text.slice(Math.max(0, t.start - 40), t.start));
      if (!named) continue;
      let end = i + 1;
      while (
        end - i < 3 &&
        isCapWord(tokens[end + 1]) &&
        tokens[end + 1].gapBefore === 'space' &&
        claimed[end + 1] === null
      )
        end++;
      const e = detectedOf(entities, 'organization', text.slice(t.start, tokens[end].end));
      e.family ??= 'newspaper';
      addMention(text, tokens, claimed, e, i, end);
      i = end;
      continue;
    }
    // `la N-VA`, `le MoDem`, `(Open VLD)`: party names in mixed case or with a hyphen.
    const party = partyNameAt(text, tokens, i);
    if (party >= 0 && claimed.slice(i, party + 1).every((c, n) => c === null || inRole[i + n])) {
      const name = text.slice(t.start, tokens[party].end);
      const e = detectedOf(entities, 'organization', name);
      e.family ??= 'party';
      addMention(text, tokens, claimed, e, i, party);
      i = party;
      continue;
    }
    // `Recorder Caroline Goodwin QC`, `Jane Smith OBE`: letters after a person's name are hers.
    if (
      POST_NOMINALS.has(t.norm) &&
      t.gapBefore === 'space' &&
      claimed[i - 1] != null &&
      entities.get(claimed[i - 1]!)?.kind === 'person'
    )
      continue;
    if (
      isAcronymAt(text, tokens, i) &&
      tokens[i + 1]?.text !== '.' &&
      !(tokens[i + 1]?.text === '-' && tokens[i + 1].gapBefore === 'none') &&
      !(tokens[i - 1]?.text === '-' && t.gapBefore === 'none') &&
      !(roleWord && isRoleHead(t.text))
    ) {
      const owner = orgsByInitials.get(t.text);
      const e = owner ?? detectedOf(entities, 'organization', t.text);
      if (owner) owner.names.add(t.text);
      addMention(text, tokens, claimed, e, i, i);
      continue;
    }
    if (roleWord) continue;
    // `state police`, `State Police`: the state's force (`Michigan State Police` is read by its head already).
    if (
      t.norm === 'police' &&
      i > 0 &&
      tokens[i - 1].norm === 'state' &&
      t.gapBefore === 'space' &&
      claimed[i - 1] === null &&
      !isCapWord(tokens[i - 2])
    ) {
      const span = { start: tokens[i - 1].start, end: t.end };
      const e = detectedOf(entities, 'organization', text.slice(span.start, span.end));
      e.family ??= 'police';
      addMention(text, tokens, claimed, e, i - 1, i, span);
      continue;
    }
    // `Chicago police`, `Geneva police`: a place's police force.
    if (
      t.text === 'police' &&
      i > 0 &&
      t.gapBefore === 'space' &&
      isNameWord(tokens[i - 1]) &&
      !NOT_NAMES.has(tokens[i - 1].norm) &&
      !TITLE_WORDS.has(tokens[i - 1].norm)
    ) {
      const placeKey = claimed[i - 1];
      const place = placeKey ? entities.get(placeKey) : undefined;
      if (place?.kind === 'place' || placeKey === null) {
        const span = { start: tokens[i - 1].start, end: t.end };
        const e = detectedOf(entities, 'organization', text.slice(span.start, span.end));
        e.family ??= 'police';
        addMention(text, tokens, claimed, e, i, i, span);
        continue;
      }
    }
    const last = pluralNameAt(tokens, i, isNationality);
    if (last >= 0 && claimed.slice(i, last + 1).every((c) => c === null) && !NOT_NAMES.has(t.norm)) {
      const name = text.slice(t.start, tokens[last].end);
      addMention(text, tokens, claimed, detectedOf(entities, 'organization', name), i, last);
      i = last;
      continue;
    }
    // `Interrogé par 24 heures`: a title opening on a number right after its cue.
    if (
      /^\d{1,3}$/.test(t.text) &&
      /^(?:\p{Lu}\p{L}{2,}|heures)$/u.test(tokens[i + 1]?.text ?? '') &&
      tokens[i + 1].gapBefore === 'space' &&
      claimed[i + 1] === null &&
      MEDIA_CUE.test(text.slice(Math.max(0, t.start - 40), t.start)) &&
      !/^(?:plus|de|d|of)$/.test(tokens[i + 2]?.norm ?? '')
    ) {
      const e = detectedOf(entities, 'organization', text.slice(t.start, tokens[i + 1].end));
      e.family ??= 'newspaper';
      addMention(text, tokens, claimed, e, i, i + 1);
      i++;
      continue;
    }
    if (!isCapWord(t)) continue;
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    // `sur Radio 2 et Bel FM`: a name joined to the outlet just read is an outlet too.
    const media =
      MEDIA_CUE.test(before) ||
      (mediaEnd >= 0 && /^\s+(?:et|and|ou|or)\s+$/.test(text.slice(tokens[mediaEnd].end, t.start)));
    // `the airline Norwair`, `les policiers des Mossos d'Esquadra`, `Skyjet, the airline,`: a company or a force.
    const cued = media || ORG_CUE.test(before);
    if (!cued && !/^[^,.\n]{0,40},/.test(text.slice(t.end, t.end + 42))) continue;
    // The name: capitalised words (with `Le`/`The` and `de`), up to four.
    let end = i;
    while (
      end - i < 4 &&
      tokens[end + 1]?.gapBefore === 'space' &&
      claimed[end + 1] === null &&
      (isCapWord(tokens[end + 1]) ||
        (media && /^\d{1,2}$/.test(tokens[end + 1].text)) ||
        (/^(?:de|du|of|&)$/.test(tokens[end + 1].text) && isCapWord(tokens[end + 2])))
    )
      end++;
    if (/^(?:de|du|of|&)$/.test(tokens[end].text)) end--;
    // `le quotidien El-Watan`: a hyphenated title stays whole.
    while (
      cued &&
      tokens[end + 1]?.text === '-' &&
      tokens[end + 1].gapBefore === 'none' &&
      isCapWord(tokens[end + 2]) &&
      tokens[end + 2].gapBefore === 'none'
    )
      end += 2;
    if (!cued && !ORG_APPOSITION.test(text.slice(tokens[end].end, tokens[end].end + 60))) continue;
    const words = tokens.slice(i, end + 1).filter((w) => isCapWord(w));
    if (
      words.every((w) => NOT_NAMES.has(w.norm) || FIRST_NAMES.has(w.norm)) ||
      NOT_NAMES.has(tokens[end].norm) ||
      TITLE_WORDS.has(words[0].norm) ||
      isRoleHead(words[0].text)
    )
      continue;
    const name = text.slice(t.start, tokens[end].end);
    const e = detectedOf(entities, 'organization', name);
    e.family ??= media ? 'newspaper' : 'company';
    addMention(text, tokens, claimed, e, i, end);
    if (media) mediaEnd = end;
    i = end;
  }
}

/** A word in capitals with a lower-case letter or two inside (`MoDem`, `PvdA`, `LaREM`, `AfD`), not `McCain`. */
const MIXED_ACRONYM = /^(?!Ma?c)\p{Lu}\p{Ll}{0,2}\p{Lu}[\p{Lu}\p{Ll}]{0,3}$/u;
/** Hyphenated capitals that are no party (`TVA-TTC`, `HT-TTC`). */
const NOT_HYPHENATED = new Set(['tva-ttc', 'ht-ttc', 'ue-usa', 'us-ue']);
/** A word in capitals (`VLD`, `VA`, `N`). */
const CAPITALS = /^\p{Lu}{1,5}$/u;

/**
 * The last token of a party's name written in mixed case or with a hyphen, starting at `i`, or -1:
 * `N-VA` and `CD-V` anywhere in running text (not a US party tag: `D-N.H.`, `R-Texas`); `MoDem`
 * after a determiner or next to another acronym (`LREM, MoDem ou RN`); a short name with
 * capitals in parentheses after a person or an office (`Anke Peeters (Open VLD)`, `ministre (N-VA)`).
 */
function partyNameAt(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const dash = tokens[i + 1];
  const second = tokens[i + 2];
  const hyphenated =
    CAPITALS.test(t.text) &&
    dash?.text === '-' &&
    dash.gapBefore === 'none' &&
    !!second &&
    second.gapBefore === 'none' &&
    CAPITALS.test(second.text) &&
    t.text.length + second.text.length >= 3 &&
    tokens[i + 3]?.text !== '.' &&
    !(tokens[i + 3]?.text === '-' && tokens[i + 3].gapBefore === 'none') &&
    !/^[DRI]$/.test(t.text) &&
    !(isCapWord(tokens[i - 1]) && t.gapBefore === 'none');
  if (hyphenated && !inShoutingLine(text, t.start) && !NOT_HYPHENATED.has(`${t.norm}-${second.norm}`)) return i + 2;
  if (!MIXED_ACRONYM.test(t.text) && !CAPITALS.test(t.text) && !isCapWord(t)) return -1;
  // `(Open VLD)`, `(N-VA)`, `(PSPP)` right after a name or an office.
  const open = text.slice(Math.max(0, t.start - 2), t.start);
  if (/\($/.test(open) && /[\p{L}.]\s*\($/u.test(text.slice(Math.max(0, t.start - 3), t.start))) {
    const close = text.indexOf(')', t.end);
    const inside = close > 0 && close - t.start <= 24 ? text.slice(t.start, close) : '';
    const words = inside.split(/\s+/);
    const before = text.slice(Math.max(0, t.start - 40), t.start - 1).trimEnd();
    const afterPerson =
      /(?:\p{Lu}[\p{L}'’-]+|(?<!\p{L})(?:ministre|député|députée|sénateur|sénatrice|échevin|échevine|bourgmestre|maire|conseiller|conseillère|élu|élue|président|présidente|MP|MEP|senator|lawmaker|deputy|councillor|mayor|leader))$/u.test(
        before,
      );
    if (
      afterPerson &&
      words.length <= 3 &&
      words.every((w) => /^[\p{Lu}\d][\p{L}\d&-]*$/u.test(w)) &&
      words.some((w) => /\p{Lu}[\p{Lu}&-]*\p{Lu}/u.test(w) || MIXED_ACRONYM.test(w)) &&
      !/^[DRI]-/.test(inside) &&
      !/^\p{Lu}{2}$/u.test(inside)
    ) {
      let last = i;
      while (tokens[last + 1] && tokens[last + 1].end <= close) last++;
      return last;
    }
  }
  if (!MIXED_ACRONYM.test(t.text) || /^\p{Lu}+$/u.test(t.text)) return -1;
  const prev = tokens[i - 1];
  const afterDeterminer = !!prev && /^(?:le|la|du|au|l|the)$/.test(prev.norm) && t.gapBefore !== 'break';
  const listed = (k: number): boolean =>
    !!tokens[k] && (isAcronymAt(text, tokens, k) || MIXED_ACRONYM.test(tokens[k].text));
  const beforeText = text.slice(Math.max(0, t.start - 5), t.start);
  const afterText = text.slice(t.end, t.end + 5);
  const inList =
    (/^(?:,\s*|\s+(?:ou|et|or|and)\s+)$/.test(beforeText.replace(/^.*?(,\s*|\s+(?:ou|et|or|and)\s+)$/, '$1')) &&
      listed(i - 1)) ||
    (/^(?:\s*,|\s+(?:ou|et|or|and)\s)/.test(afterText) && listed(i + (afterText.trimStart()[0] === ',' ? 2 : 2)));
  return afterDeterminer || inList ? i : -1;
}

/**
 * Later mentions of the organisations and places read from the text: their names and short
 * forms anywhere (`Kitsap Public Health`, `Patriots’ loss`, `SQ`), and a determiner with the
 * head noun of the latest one of its family (`la police` → `la police genevoise`, `the
 * newspaper` → `Sunday World`).
 */
function linkLaterNames(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
): void {
  const index = new FormIndex<Entity>();
  const byFamily: { family: string; at: number; e: Entity }[] = [];
  for (const e of entities.values()) {
    if (e.kind === 'person' || e.mentions.length === 0) continue;
    // Known organisations named in full by their head noun (`la Sûreté du Québec`) join their family too.
    if (e.family) for (const m of e.mentions) byFamily.push({ family: e.family, at: m.start, e });
    if (e.source !== 'detected') continue;
    for (const n of e.names) index.add(n, e, /^\p{Lu}{2,}$/u.test(n) ? 'exact' : 'capital');
  }
  scan(tokens, claimed, index, (m) => addMention(text, tokens, claimed, m.form.value, m.first, m.last));
  if (byFamily.length === 0) return;
  byFamily.sort((a, b) => a.at - b.at);
  const familyLists = new Map<string, { at: number; e: Entity }[]>();
  for (const f of byFamily) {
    const list = familyLists.get(f.family);
    if (list) list.push(f);
    else familyLists.set(f.family, [f]);
  }
  for (let i = 1; i < tokens.length; i++) {
    const det = tokens[i - 1];
    const t = tokens[i];
    if (claimed[i] !== null || !/^(?:le|la|l|the)$/.test(det.norm) || !/^\p{L}/u.test(t.text)) continue;
    if (isCapWord(t) && !sentenceStart(text, tokens, i - 1)) continue;
    const family = headFamily(t.norm === 'paper' || t.norm === 'newspaper' ? 'newspaper' : t.norm);
    if (!family) continue;
    // (`the sheriff said` is a person, the office's holder; `the sheriff's office` the force.)
    if (t.norm === 'sheriff' && !/^['’]s\s+(?:office|department)\b/i.test(text.slice(t.end, t.end + 20))) continue;
    // `la police` refers back to the latest of its family, or forward to the first one.
    const list = familyLists.get(family);
    if (!list) continue;
    const target = latestBefore(list, t.start) ?? list[0];
    // Not when another name follows (`la police de Lausanne` is another force).
    const next = tokens[i + 1];
    if (next && next.gapBefore === 'space' && (/^(?:de|du|des|of)$/.test(next.norm) || isCapWord(next))) continue;
    addMention(text, tokens, claimed, target.e, i, i, { start: det.norm === 'l' ? det.start : det.start, end: t.end });
  }
}

/** A person's gender as the article's determiners show it (`la porte-parole, Ann Mathieu`), or null. */
/**
 * A person's gender as the article shows it: courtesy titles (`Mme`, `M.`, `Mrs`, `Mr`), a known first name, the
 * determiners of the descriptions already linked (`la ministre`) and feminine roles (`présidente`, `spokeswoman`).
 */
function genderOf(text: string, e: Entity): 'f' | 'm' | null {
  let f = 0;
  let m = 0;
  for (const men of e.mentions) {
    if (/^(?:la|une|sa)\s/i.test(men.text)) f++;
    else if (/^(?:le|un)\s/i.test(men.text)) m++;
    const title = /(?:^|[\s(])(Mmes?|Mlle|Mrs|Ms|Miss|Madame|M|Mr|Monsieur)\.?\s+$/.exec(
      text.slice(Math.max(0, men.start - 12), men.start),
    );
    if (title) {
      if (/^(?:Mmes?|Mlle|Mrs|Ms|Miss|Madame)$/.test(title[1])) f += 2;
      else m += 2;
    }
  }
  const first = fold(e.name.split(/\s+/)[0]);
  if (e.name.includes(' ')) {
    if (FEMALE_FIRST_NAMES.has(first) && !MALE_FIRST_NAMES.has(first)) f += 3;
    else if (MALE_FIRST_NAMES.has(first) && !FEMALE_FIRST_NAMES.has(first)) m += 3;
  }
  for (const r of new Set(e.roles)) {
    if (
      /\b(?:présidente|directrice|ambassadrice|conseillère|sénatrice|députée|chancelière|spokeswoman|chairwoman|congresswoman|reine|queen|princesse|princess)\b/i.test(
        r,
      )
    )
      f++;
    else if (
      /\b(?:président|directeur|ambassadeur|conseiller|sénateur|député|chancelier|spokesman|chairman|congressman|roi|king|prince)\b/i.test(
        r,
      )
    )
      m++;
  }
  return f > m ? 'f' : m > f ? 'm' : null;
}

/** Ranks that make an office another one (`Premier ministre` is not `le ministre`). */
const RANKS = ['premier', 'premiere', 'prime', 'vice', 'sous', 'deputy', 'adjoint', 'adjointe'];

/** The last item placed before `offset` in a list sorted by place (binary search), or null. */
function latestBefore<T extends { at: number }>(list: readonly T[], offset: number): T | null {
  const lo = partitionPoint(list, (x) => x.at < offset);
  return lo > 0 ? list[lo - 1] : null;
}

/**
 * A role with a determiner and no name (`la porte-parole`, `the minister`, `le sélectionneur`)
 * refers to the person of the article who holds that role: the latest one named before it,
 * else the first one after. Its complement (`de la Sûreté du Québec`) is part of the mention.
 */
function linkBareRoles(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
): void {
  const holders: { head: string; at: number; e: Entity }[] = [];
  for (const e of entities.values()) {
    if (e.kind !== 'person' || e.mentions.length === 0) continue;
    const heads = new Set<string>();
    for (const r of new Set([...e.roles, e.rule?.role ?? '']))
      for (const w of r.split(/\s+/)) if (isRoleHead(w)) heads.add(fold(w));
    for (const h of heads) for (const m of e.mentions) holders.push({ head: h, at: m.start, e });
  }
  if (holders.length === 0) return;
  holders.sort((a, b) => a.at - b.at);
  const roleWordsOf = new Map<Entity, Set<string>>();
  // Per role noun, per holder, the places the holder is named (sorted): lookups stay logarithmic.
  const holdersByHead = new Map<string, Map<Entity, { at: number; e: Entity }[]>>();
  for (const h of holders) {
    let byEntity = holdersByHead.get(h.head);
    if (!byEntity) holdersByHead.set(h.head, (byEntity = new Map()));
    const list = byEntity.get(h.e);
    if (list) list.push(h);
    else byEntity.set(h.e, [h]);
  }
  const genders = new Map<Entity, 'f' | 'm' | null>();
  const genderOfCached = (e: Entity): 'f' | 'm' | null => {
    if (!genders.has(e)) genders.set(e, genderOf(text, e));
    return genders.get(e)!;
  };
  for (let i = 0; i < tokens.length; i++) {
    const det = tokens[i - 1];
    const t = tokens[i];
    // Headlines drop the article: `'This is not normal': Minister urges action`.
    const headline = headlineOpening(text, t.start) && /^\p{Lu}/u.test(t.text);
    // `la porte-parole`, `the minister`, and possessives: `son secrétaire général`, `his spokesman`.
    if (claimed[i] !== null || (!headline && !/^(?:le|la|l|the|son|sa|his|her|its)$/.test(det?.norm ?? ''))) continue;
    // `porte-parole`, `vice-président`: one word over its hyphen.
    let last = i;
    while (
      tokens[last + 1]?.text === '-' &&
      tokens[last + 1].gapBefore === 'none' &&
      tokens[last + 2]?.gapBefore === 'none'
    )
      last += 2;
    const word = last === i ? t.norm : fold(text.slice(t.start, tokens[last].end));
    if (!ROLE_HEADS.has(word) || claimed.slice(i, last + 1).some((c) => c !== null)) continue;
    if (!headline && /^\p{Lu}/u.test(t.text) && !sentenceStart(text, tokens, i - 1)) continue;
    const prev = headline ? null : previousWord(tokens, i - 1);
    if (prev && NOT_BEFORE_DESCRIPTION.has(prev.norm)) continue;
    // `le porte-parole Jean Dupont`: a title before a name, handled with the name.
    const next = tokens[last + 1];
    if (next && next.gapBefore === 'space' && isNameWord(next)) continue;
    const candidates = holdersByHead.get(word);
    if (!candidates) continue;
    const wordsOf = (e: Entity): Set<string> => {
      let w = roleWordsOf.get(e);
      if (!w) {
        w = new Set([...new Set(e.roles)].flatMap((r) => r.split(/\s+/).map(fold)));
        roleWordsOf.set(e, w);
      }
      return w;
    };
    // Among several holders of the head (`le Premier ministre et son ministre du Redressement productif`), the one
    // whose role shares the description's words and has no rank the description lacks; then the latest before it.
    const descWords = new Set(
      tokens
        .slice(last + 1, last + 8)
        .filter((w) => /^\p{L}/u.test(w.text) && !/^(?:de|du|des|d|of|the|la|le|l|et|and)$/.test(w.norm))
        .map((w) => w.norm),
    );
    const ranked = (e: Entity): number => {
      const w = wordsOf(e);
      let score = 0;
      for (const d of descWords) if (w.has(d)) score += 2;
      if (RANKS.some((r) => w.has(r) && !descWords.has(r))) score -= 3;
      return score;
    };
    // `la ministre` is a woman, `le ministre` a man, when the article has shown it (`la ministre de la Santé, Claire Vidal`).
    const gender = headline ? null : det.norm === 'la' ? 'f' : det.norm === 'le' ? 'm' : null;
    // A holder of a higher or lower rank is another office (`la ministre de l'Écologie` is not the `Premier ministre`).
    let people = [...candidates.keys()].filter((e) => !RANKS.some((r) => wordsOf(e).has(r) && !descWords.has(r)));
    if (gender) people = people.filter((e) => genderOfCached(e) !== (gender === 'f' ? 'm' : 'f'));
    if (people.length === 0) continue;
    if (people.length > 1) {
      const best = Math.max(...people.map(ranked));
      people = people.filter((e) => ranked(e) === best);
    }
    // The latest named before the description, else the first named after it.
    let target: { at: number; e: Entity } | null = null;
    for (const e of people) {
      const before = latestBefore(candidates.get(e)!, t.start);
      if (before && (!target || before.at > target.at)) target = before;
    }
    if (!target)
      for (const e of people) {
        const first = candidates.get(e)![0];
        if (!target || first.at < target.at) target = first;
      }
    if (!target) continue;
    // `The chief executive`: the words of the holder's role that follow the head belong to the description.
    const roleWords = wordsOf(target.e);
    while (
      tokens[last + 1]?.gapBefore === 'space' &&
      /^\p{Ll}/u.test(tokens[last + 1].text) &&
      roleWords.has(tokens[last + 1].norm) &&
      !/^(?:de|du|des|of|the|la|le|l|a|au|aux|en|et|and|to|for|at|in|on)$/.test(tokens[last + 1].norm) &&
      claimed[last + 1] === null
    )
      last++;
    // The complement: `de la Sûreté du Québec`, `du gouvernement`, `of Kitsap Public Health District`.
    let end = tokens[last].end;
    const tail =
      /^\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+(?:the\s+)?)[\p{L}\p{M}'’-]+(?:\s+(?:(?:de|du|des|d['’]|of|for|la|le|l['’]|the)\s*)?\p{Lu}[\p{L}\p{M}'’-]*)*/u.exec(
        text.slice(end, end + 80),
      );
    if (tail) end += tail[0].length;
    addMention(text, tokens, claimed, target.e, i, last, { start: headline ? t.start : det.start, end });
    i = last;
  }
}

/**
 * True when `at` opens a headline, or its clause after a quoted opening (`'…': Minister urges`):
 * a short line near the top of the article that does not end like a sentence.
 */
function headlineOpening(text: string, at: number): boolean {
  if (at > 800) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl).trim();
  if (line.length > 160 || /[.!?]["'’”»]?$/.test(line)) return false;
  return /^\s*(?:["'‘“«][^\n]*["'’”»]\s*[:–—-]\s*)?$/.test(text.slice(lineStart, at));
}

const RELATIONS = new Set(
  'son daughter wife husband father mother brother sister fils fille epouse femme mari pere mere frere soeur'.split(
    ' ',
  ),
);
const RELATION_BEFORE =
  /(?:^|[\s(])(?:his|her|their|the|son|sa|leur|le|la)\s+(son|daughter|wife|husband|father|mother|brother|sister|fils|fille|épouse|femme|mari|père|mère|frère|sœur|soeur)\s*,?\s*$/i;

/**
 * `his son Adam Skelos` … `His son`; `sa fille, Léa Dupont` … `sa fille`: a family relation said
 * before a name, later used alone with a determiner, is that person (the latest so named).
 */
function linkRelatives(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
): void {
  const byRelation = new Map<string, { at: number; e: Entity }[]>();
  for (const e of entities.values()) {
    if (e.kind !== 'person') continue;
    for (const m of e.mentions) {
      const r = RELATION_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
      if (!r) continue;
      const list = byRelation.get(fold(r[1])) ?? [];
      list.push({ at: m.start, e });
      byRelation.set(fold(r[1]), list);
    }
  }
  if (byRelation.size === 0) return;
  for (const list of byRelation.values()) list.sort((a, b) => a.at - b.at);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!RELATIONS.has(t.norm) || claimed[i] !== null || claimed[i - 1] !== null) continue;
    if (!/^(?:his|her|their|the|son|sa|leur|le|la)$/.test(tokens[i - 1].norm)) continue;
    const next = tokens[i + 1];
    // `his son Adam Skelos`: the name is there, the relation is its role.
    if (next && next.gapBefore === 'space' && isNameWord(next)) continue;
    const list = byRelation.get(t.norm);
    const target = list ? latestBefore(list, t.start) : null;
    if (!target) continue;
    addMention(text, tokens, claimed, target.e, i - 1, i);
  }
}

/**
 * `son homologue français`, `his French counterpart`: the person of the article whose role
 * carries that nationality (`président français`), the latest named before, else the first after.
 */
function linkCounterparts(
  text: string,
  tokens: readonly Token[],
  claimed: (string | null)[],
  entities: Map<string, Entity>,
): void {
  let byStem: Map<string, { at: number; e: Entity }[]> | null = null;
  const holders = (stem: string): { at: number; e: Entity }[] => {
    if (!byStem) {
      byStem = new Map();
      for (const e of entities.values()) {
        if (e.kind !== 'person' || e.mentions.length === 0) continue;
        const stems = new Set<string>();
        for (const r of [...e.roles, e.rule?.role ?? ''])
          for (const w of r.split(/\s+/)) if (isNationality(fold(w))) stems.add(nationalityStem(fold(w)));
        for (const st of stems) {
          const list = byStem.get(st) ?? [];
          for (const m of e.mentions) list.push({ at: m.start, e });
          byStem.set(st, list);
        }
      }
      for (const list of byStem.values()) list.sort((a, b) => a.at - b.at);
    }
    return byStem.get(stem) ?? [];
  };
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if ((t.norm !== 'homologue' && t.norm !== 'counterpart') || claimed[i] !== null) continue;
    let first: number;
    let last: number;
    let nationality: Token;
    if (t.norm === 'homologue') {
      // `son homologue français`
      first = i - 1;
      last = i + 1;
      nationality = tokens[i + 1];
    } else {
      // `his French counterpart`
      first = i - 2;
      last = i;
      nationality = tokens[i - 1];
    }
    const det = tokens[first];
    if (!det || !/^(?:son|sa|leur|le|la|l|his|her|their|the|its)$/.test(det.norm)) continue;
    if (!nationality || !isNationality(nationality.norm) || claimed[first] !== null || claimed[last] !== null) continue;
    const list = holders(nationalityStem(nationality.norm));
    if (list.length === 0) continue;
    const target = latestBefore(list, t.start) ?? list[0];
    addMention(text, tokens, claimed, target.e, first, last);
    i = last;
  }
  // `the Italian said`, `l'Italien a ajouté`, `the Scot`: a nationality noun in the singular,
  // capitalised, after a definite article, stands for the person of that nationality.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const first = /^['’]$/.test(tokens[i - 1].text) && i > 1 ? i - 2 : i - 1;
    const det = tokens[first];
    if (claimed[i] !== null || claimed[first] !== null || !/^\p{Lu}/u.test(t.text)) continue;
    if (!/^(?:the|le|la|l)$/.test(det.norm) || t.start - det.end > 2) continue;
    const adjective = DEMONYM_NOUNS[t.norm] ?? t.norm;
    if (/s$/.test(t.norm) && !/(?:ais|ois|swiss)$/.test(t.norm)) continue;
    if (!isNationality(adjective)) continue;
    const next = tokens[i + 1];
    if (next && next.start - t.end <= 1 && /^[\p{L}-]/u.test(next.text)) {
      // `the Italian government`, `le Français Emmanuel Macron`: an adjective or a title.
      if (/^\p{Lu}/u.test(next.text) || next.text === '-') continue;
      if (!NATIONALITY_NOUN_NEXT.test(next.norm)) continue;
    }
    const list = holders(nationalityStem(adjective));
    const people = new Set(list.map((h) => h.e));
    if (people.size !== 1) continue;
    const target = latestBefore(list, t.start) ?? list[0];
    addMention(text, tokens, claimed, target.e, first, i);
  }
}

/** The office written before a name in parentheses (`notre ministre du Commerce international (Chrystia Freeland)`). */
function roleInParentheses(text: string, span: Span): string | undefined {
  const open = /\(\s*$/.exec(text.slice(Math.max(0, span.start - 3), span.start));
  if (!open || !/^\s*\)/.test(text.slice(span.end, span.end + 3))) return undefined;
  const at = span.start - open[0].length;
  const before = roleBefore(text, at);
  return before && !before.mention && before.span.end >= at - 1 ? before.role : undefined;
}

/** The trade a title just before a name shows (`Me` is a lawyer, `Dr` a doctor, `Pr` a professor). */
function roleOfTitle(before: string, language: Language): string | undefined {
  const m = /(?:^|[\s(])(Me|Maître|maître|Maitre|maitre|Dr|Docteur|docteur|Pr|Prof|Professeur|professeur)\.?\s+$/.exec(
    before,
  );
  if (!m) return undefined;
  const t = fold(m[1]);
  if (t === 'me' || t === 'maitre') return language === 'fr' ? 'avocat' : undefined;
  if (t === 'dr' || t === 'docteur') return language === 'fr' ? 'médecin' : 'doctor';
  return language === 'fr' ? 'professeur' : 'professor';
}

/** A French singular definite article just before token `i` (`le`, `la`, `l'`). */
function singularArticleBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (/^['’]$/.test(prev.text)) return tokens[i - 2]?.norm === 'l';
  return prev.norm === 'le' || prev.norm === 'la';
}

/** English nouns of nationality whose adjective differs (`the Scot` is Scottish). */
const DEMONYM_NOUNS: Record<string, string> = {
  scot: 'scottish',
  briton: 'british',
  frenchman: 'french',
  frenchwoman: 'french',
  englishman: 'english',
  welshman: 'welsh',
  irishman: 'irish',
  dutchman: 'dutch',
  dane: 'danish',
  swede: 'swedish',
  pole: 'polish',
  turk: 'turkish',
  spaniard: 'spanish',
  finn: 'finnish',
};

/** Words that may follow a nationality used as a noun (`the Italian said`, `l'Italien a ajouté`). */
const NATIONALITY_NOUN_NEXT =
  /^(?:said|says|added|told|explained|insisted|admitted|replied|who|whose|was|is|has|had|will|would|could|can|did|does|and|but|then|also|now|still|avait|est|etait|qui|dont|et|mais|a|ajoute|explique|confie|estime|assure|poursuit|lance|reconnait|souligne|precise|[\p{L}]+ed)$/u;

// ---------------------------------------------------------------------------------------

function toActors(entities: Map<string, Entity>): Actor[] {
  const used = new Set<string>();
  const out: Actor[] = [];
  for (const e of entities.values()) {
    if (e.mentions.length === 0) continue;
    const mentions = dedupeMentions(e.mentions);
    let id = slugify(e.name);
    for (let n = 2; used.has(id); n++) id = `${slugify(e.name)}-${n}`;
    used.add(id);
    const rule = e.rule;
    const articleRole = e.roles.find((r) => r.split(' ').length >= 2) ?? null;
    const role =
      rule?.source === 'rules' ? (rule.role ?? articleRole) : (articleRole ?? rule?.role ?? e.roles[0] ?? null);
    const aliases = rule ? rule.aliases : [...e.names].filter((n) => fold(n) !== fold(e.name));
    const definition: RulesLocation | null = rule?.definition ?? null;
    out.push({
      id,
      name: e.name,
      kind: e.kind,
      named: true,
      role,
      aliases,
      description: rule?.description ?? null,
      links: rule?.links ?? [],
      source: e.source,
      definition,
      mentions,
    });
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start || a.id.localeCompare(b.id));
}

function dedupeMentions(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.start === m.start && prev.end === m.end) continue;
    out.push(m);
  }
  return out;
}
