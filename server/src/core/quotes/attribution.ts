/**
 * Attribution: for each quote, the cue that reports it and the words naming its speaker.
 *
 * In order of trust: an incise inside the quote (`«…, a-t-il prévenu. …»`); a cue right
 * after it (`«…», a déclaré X`, `"…," he said`); a bare byline (`«…» Marco Rubio, mardi`);
 * the first speech verb before it in the sentence (`X a déclaré : «…»`, `Rubio s'est
 * déclaré «convaincu»`) and its subject; `selon X` / `according to X`; the paragraph that
 * introduces it with a colon; the intro of the list it sits in; the sentence's subject when a
 * cue follows later in the sentence.
 */
import { fold, partitionPoint } from '../text';
import type { Cue, Language, Span } from '../types';
import { FR_FINITE_MODALS, findCues, type CueMatch } from './cues';
import type { SpeechVerbLexicon } from './lexicon';
import { nameMention, readMentions, roleKind, roleMention, type MentionContext, type SpeakerMention } from './mentions';
import { DATELINE_LEAD, firstLineEnd, isAbbreviation, type Sentences } from './sentences';
import type { SpeakerBook } from './speakers';
import { AUXILIARY_VERB, DETERMINERS, PREPOSITIONS, SOURCE_DOCUMENTS } from './roles';
import { ownerAt, tokenAt, type Token } from './view';

/** A quote being attributed: marked or block, possibly one half of a quote split around its incise. */
export interface Draft extends Span {
  open: Span | null;
  close: Span | null;
  multiParagraph: boolean;
  block: boolean;
  /** For a block: the paragraph introducing it, or the attribution line after it. */
  intro: Span | null;
  byline: Span | null;
  /** The incise the quote was split around (`a-t-il prévenu`). */
  incise: CueMatch | null;
  /** An embedded social-media post (a block whose byline is the account's display name). */
  post?: boolean;
}

/** A French modal between a subject and the infinitive it governs (`devaient répondre`, `ne peut que constater`). */
const MODAL_BEFORE = new RegExp(
  String.raw`^\s+(?:ne\s+|n['’])?(?:${FR_FINITE_MODALS.join('|')}|va|vont|allait|allaient|tient\s+à|tiennent\s+à|tenait\s+à|tenaient\s+à)\s+(?:(?:pas|que|plus|bien|donc|aussi|alors)\s+)?$`,
  'iu',
);

/** A picture's credit ending its caption line (`…loss to Geelong.Credit:Getty Images`). */
const PICTURE_CREDIT = /(?:Credit|Crédit(?: photo)?|Photo|Picture)\s*:\s*[^\n:]{1,60}$/;

/** Where people stand in a picture: a caption's words, not the story's. */
const PICTURE_PLACES =
  /\((?:à\s+gauche|à\s+droite|au\s+centre|au\s+milieu|left|right|centre|center|pictured|photo)\)|(?<=\p{L}\s)\([lrc]\)|\((?:photo|picture|image)\s+by\s[^()\n]{1,80}\)|\([^()\n/]{2,40}\/(?:PA|AP|AFP|AAP|EPA|Reuters|Getty(?:\s+Images)?|Shutterstock|Alamy|Belga|Keystone|ANP|Reuters\s+Pictures)\)\s*$|de\s+gauche\s+à\s+droite|en\s+partant\s+de\s+la\s+(?:gauche|droite)|from\s+(?:left|right)\s*(?:to\s+(?:right|left))?\s*[:,]|\bpictured\s+(?:left|right|above|below|centre|center)\b/iu;

/** English verbs whose noun right after them is the listener (`told the Associated Press`, `briefed reporters`). */
const LISTENER_VERB = /^(?:tel|told|inform|assur|promis|brief|remind)/;

/** Reporting verbs that say nothing of the words but that they were said (`she said that…`). */
const PLAIN_REPORTING =
  /^(?:said|says|told|tells|explained|explains|added|adds|noted|notes|dit|declare|explique|ajoute|indique|precise|raconte)$/;

/** How far back in its paragraph a quote looks for the authority the story cites. */
const PARAGRAPH_REACH = 1200;

/**
 * Openings whose verbs are not the sentence's when a verb comes after them, each with how far
 * into the sentence it is read:
 * - `Dans un communiqué publié dans la soirée par la préfecture des Landes, le ministre de
 *   l'Intérieur, Gérald Darmanin a fait part de « … »`: a participle inside an opening adjunct;
 * - `Alors que celui-ci attendait des changements assurant la pérennité des pensions, le MR juge
 *   le projet « … »`: a subordinate clause (quoted words inside it too).
 */
const OPENING_CLAUSES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^[\s"“«]*(?:Dans|Lors|In|During)\s[^,;:«»"“”]{0,200}\s(?:par|by)\s[^,;:«»"“”]{0,100},/u, 320],
  [
    /^[\s"“«]*(?:Alors\s+qu|Tandis\s+qu|Bien\s+qu|Puisqu|Lorsqu|Quand|While|Although|Though|Whereas)(?:[^,;:«»"“”]|[«"“][^«»"“”]{0,80}[»"”]){0,200},/u,
    260,
  ],
];

/** What may follow the name on a quote's signature line: `on seeing…`, `responding to…`. */
const SIGNATURE_CONTEXT: Record<Language, RegExp> = {
  en: /^\s+(?:on|about|after|when|to|at|in|as|responding|reacting|speaking|talking|explaining|asked|referring|describing|commenting)\b/,
  fr: /^\s+(?:sur|à propos|après|en|au|aux|à|lors|interrogée?s?|répondant|réagissant|évoquant|parlant|commentant|expliquant)(?!\p{L})/u,
};

export interface Attribution {
  cue: Cue | null;
  mention: SpeakerMention | null;
  actorId: string | null;
  /** Which rule decided (for tests and debugging). */
  how: string;
}

export interface AttributionContext {
  text: string;
  view: string;
  tokens: Token[];
  lexicon: SpeechVerbLexicon;
  language: Language;
  book: SpeakerBook;
  sentences: Sentences;
  /** Quoted stretches, open mark to close mark (or content for blocks), sorted. */
  quoted: Span[];
  mentionContext: MentionContext;
}

const PRONOUN_AFTER_SOURCE: Record<string, { gender: 'm' | 'f' | null; plural: boolean }> = {
  lui: { gender: 'm', plural: false },
  elle: { gender: 'f', plural: false },
  eux: { gender: 'm', plural: true },
  elles: { gender: 'f', plural: true },
  him: { gender: 'm', plural: false },
  her: { gender: 'f', plural: false },
  them: { gender: null, plural: true },
};

const OBJECT_VERBS = new Set(
  'told tell tells telling asked ask asks urged urge urges warned warn warns reminded informed assured promised briefed'.split(
    ' ',
  ),
);
const BARE_DETERMINERS_FR = new Set(
  "le la l' les un une des ce cet cette ces son sa ses leur leurs deux trois plusieurs certains certaines".split(' '),
);
const BARE_DETERMINERS_EN = new Set(
  'the a an this these those his her their its one two three some several many'.split(' '),
);
const BARE_STOP = new Set(
  (
    "a ont est sont etait avait se s' ne n' qui que qu' et ou mais il elle ils elles on y en it is was were has have had and or but who which that not also " +
    // (`The company this year boasted`, `ce matin`: a time is nobody.)
    'year years week weeks month months day days morning afternoon evening night time season quarter weekend summer winter spring autumn fall ' +
    'annee annees semaine semaines mois jour jours matin soir nuit fois saison trimestre ete hiver printemps automne'
  ).split(' '),
);

const CLAUSE_RESET: Record<Language, RegExp> = {
  // (`Si la procureure estime que…, l'avocat estime que « … »`: an opening condition's verb
  // is not the quote's cue.)
  fr: /;|\btandis que\b|\balors que\b|\bmais\b|^\s*(?:si|même si|bien que|quand|lorsque|lorsqu')\s[^,;«»"“”]{3,200},/gi,
  en: /;|\bwhereas\b|\bwhile\b|\bbut\b|^\s*(?:if|although|though|even if|when)\s[^,;«»"“”]{3,200},/gi,
};

/** `when he said`, `lorsqu'il a affirmé`: a time clause's opener and its subject, right before its verb. */
const WHEN_CLAUSE_SUBJECT: Record<Language, RegExp> = {
  fr: /\b(?:quand|lorsqu['’]|lorsque)\s*(?:il|elle|ils|elles|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:lui\s+)?(?:a|avait|ont|avaient)?\s*$/u,
  en: /\bwhen\s+(?:he|she|they|(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:had\s+|has\s+|have\s+)?$/u,
};

/** `Dr. Alan Price`, `George W. Bush`: a title's or an initial's full stop, removed, ends no sentence. */
function withoutAbbreviationStops(s: string): string {
  return s.replace(/(?<![\p{L}])(\p{Lu}\p{L}*)\./gu, (x, word: string) => (isAbbreviation(word) ? word : x));
}

/**
 * The text between a mention and an offset, less the full stop of a suffix or initial that
 * ends the name (`Theodore Boutrous Jr. said`, `George W. said`).
 */
function afterAbbreviation(view: string, m: Span, to: number): string {
  const gap = view.slice(m.end, to);
  return gap.startsWith('.') && /(?:\bJr|\bSr|(?<!\p{L})\p{Lu})$/u.test(view.slice(m.start, m.end))
    ? gap.slice(1)
    : gap;
}

/** French speech verbs that take no object but the words they report: an incise even without its comma. */
const INCISE_ONLY =
  /^(?:raconte|racontent|explique|expliquent|confie|confient|precise|precisent|ajoute|ajoutent|rajoute|souligne|soulignent|temoigne|resume|poursuit|insiste|indique|commente|martele|glisse|lache|observe|renchérit|rencherit|tranche|nuance|abonde|enchaine|conclut|s'exclame|sourit|soupire|pointe|pointent|deplore|deplorent|regrette|regrettent|ironise|plaisante|rigole|peste|fulmine|s'agace|s'inquiete|s'etonne|s'indigne|s'amuse|s'emporte)$/;

/** Common nouns after an incise's verb that never name a speaker. */
const NOT_SPEAKER_NOUNS = new Set(
  'message texte note courriel mail alerte rapport document avis site compte lettre tweet publication video image panneau ecriteau affiche jour lendemain soir matin'.split(
    ' ',
  ),
);

/** Words that label what follows a colon (`Exemple : « … »`) and never speak. */
const LABELS = new Set(
  (
    'exemple example extrait extract question reponse answer note photo video source legende caption credit ' +
    'update mise a jour lire aussi voir aussi a lire read more related watch titre title verbatim citation quote ' +
    'traduction translation resume summary bilan conclusion objectif but resultat motif raison slogan ' +
    'goal aim result reason slogan verdict'
  ).split(' '),
);

/** English words that open a clause when a subject and its verb follow (`after Trump accused`). */
const SUBORDINATORS = new Set(
  'after before when since because as while until once although though if unless whereas'.split(' '),
);

/** Speech nouns whose owner says the quote that follows (`the President's advice … "…"`). */
const SPEECH_NOUN_EN =
  /['’]s\s+(?:(?:previous|earlier|initial|original|repeated|latest|public|own)\s+)?(?:advice|call|calls|appeal|plea|pledge|promise|vow|warning|words|remarks|comments|claim|insistence|assertion|suggestion|description|accusation|allegation|complaint|statement|admission|denial|demand|threat|boast|argument|contention)\b(?=[^.;:!?«»"“”]{0,80}$)/u;
/** `comments from the Queensland Premier X that…`, `claims by X that…`: a speech noun and its author after `from`/`by`. */
const SPEECH_NOUN_FROM_EN =
  /\b(?:advice|calls?|appeals?|pleas?|pledges?|promises?|vows?|warnings?|words|remarks|comments|claims?|criticism|accusations?|allegations?|suggestions?)\s+(?:from|by)\s+(?=[^.;:!?«»"“”]{0,100}$)/u;
/** A short bracketed tag at the start of a gap (`(PD)`, `(Le Centre)`). */
const LEADING_BRACKETS = /^\s*\([^()\n]{1,40}\)/;

/** True when a mention is all a pair of brackets holds: a name's party tag (`Sonja Molinari (Les Verts)`). */
/** Whether `gap` (after a quote, before a name) is only an office in lower case: `professor `, `state senator `. */
function officeInLowerCase(gap: string, language: Language): boolean {
  const m = /^[\s,–—-]*(?:[\p{Ll}'’-]+\s+){0,2}([\p{Ll}-]+)\s+$/u.exec(gap);
  return !!m && roleKind(fold(m[1]), language)?.kind === 'person';
}

function inBrackets(view: string, x: SpeakerMention): boolean {
  return /\(\s*$/.test(view.slice(Math.max(0, x.start - 2), x.start)) && /^\s*\)/.test(view.slice(x.end, x.end + 2));
}

/** After the words: `, telle est la réaction (à chaud) de X`, `: c'est la réponse du ministre`, `— the reaction of X`. */
const WORDS_OWNED: Record<Language, RegExp> = {
  // (Or the next sentence opening on the noun that sums them up: `«…» L'analyse du docteur X`.)
  fr: /^\s*(?:[,:—–-]?\s*(?:telle est|tel est|c['’]est|voilà|voici|ainsi s['’]exprime|a été)\s+(?:la|le|l['’])\s*(?:première\s+|seule\s+)?(?:réaction|réponse|constat|analyse|commentaire|explication|conclusion|cri|message|avertissement|mise en garde)\b[^.;:!?«»"“”]{0,40}?|[.]?\s*(?:L['’]analyse|Le constat|Le diagnostic|Le témoignage|Le commentaire|L['’]explication))\s(?:de|du|d['’])\s*/iu,
  en: /^\s*[,:—–-]?\s*(?:that|this|such)\s+(?:was|is)\s+(?:the\s+)?(?:first\s+)?(?:reaction|response|verdict|assessment|message|warning)\b[^.;:!?«»"“”]{0,40}?\s(?:of|from)\s+/iu,
};
/** `« … » Voilà ce que disent les parents`, `"…" That's what Mayor Lee said`: the next words name who said them. */
const WORDS_SAID: Record<Language, RegExp> = {
  fr: /^\s*[,.]?\s*(?:voilà|voici|c['’]est)\s+ce\s+qu(?:e\s+|['’]\s*)(?:nous\s+|m['’]\s*|me\s+)?(?:dit|disent|disait|disaient|a dit|ont dit|pense|pensent|raconte|racontent|a raconté|ont raconté|répète|répètent|explique|expliquent|a expliqué|affirme|affirment|a affirmé|résume|résument|confie|confient|a confié|martèle|martèlent)\s+/iu,
  en: /^\s*[,.]?\s*(?:that['’]s|that\s+is|this\s+is|that\s+was)\s+what\s+/iu,
};
const SPEECH_NOUN_FR =
  /(?:l['’]appel|les appels|les propos|la mise en garde|l['’]avertissement|la promesse|les promesses|les mots|les paroles|la déclaration|les déclarations|l['’]invitation|l['’]exhortation|le plaidoyer|la formule)(?=\s+(?:de|du|des|d['’]))(?=[^.;:!?«»"“”]{0,80}$)/iu;

/** Attributes quotes; one per article, as it caches sentences' mentions and cues. */
export class Attributor {
  private readonly quotedToken: Uint8Array;
  private readonly mentionCache = new Map<number, SpeakerMention[]>();
  private readonly subjectCache = new Map<number, SpeakerMention | null>();
  private readonly cueCache = new Map<number, CueMatch[]>();

  /** Where the article's first non-blank line (its title) ends. */
  private readonly titleEnd: number;

  constructor(private readonly c: AttributionContext) {
    const nl = firstLineEnd(c.view);
    this.titleEnd = nl < 0 ? c.view.length : nl;
    this.quotedToken = new Uint8Array(c.tokens.length);
    for (const q of c.quoted) {
      for (let i = tokenAt(c.tokens, q.start); i < c.tokens.length && c.tokens[i].start < q.end; i++)
        this.quotedToken[i] = 1;
    }
  }

  /** True when an offset lies inside a quoted stretch. */
  isQuoted(offset: number): boolean {
    const q = this.c.quoted;
    const lo = this.firstQuotedEndingAfter(offset);
    return lo < q.length && q[lo].start <= offset;
  }

  /** Index of the first quoted stretch ending after `offset` (stretches are sorted and disjoint). */
  private firstQuotedEndingAfter(offset: number): number {
    return partitionPoint(this.c.quoted, (q) => q.end <= offset);
  }

  /** Speaker mentions of a span (outside quotes), left to right. */
  mentions(span: Span): SpeakerMention[] {
    const key = span.start * 1e7 + span.end;
    const cached = this.mentionCache.get(key);
    if (cached) return cached;
    const { tokens, text } = this.c;
    const out: SpeakerMention[] = [];
    let i = tokenAt(tokens, span.start);
    const end = tokenAt(tokens, span.end);
    while (i < end) {
      while (i < end && this.quotedToken[i]) i++;
      let j = i;
      while (j < end && !this.quotedToken[j]) j++;
      if (j > i) out.push(...readMentions(text, tokens, i, j, this.c.mentionContext));
      i = j;
    }
    this.mentionCache.set(key, out);
    return out;
  }

  /** The mentions of a sentence that start within `[from, to)`: a window, so giant sentences stay linear. */
  private mentionsNear(S: Span, from: number, to: number): SpeakerMention[] {
    const all = this.mentions(S);
    const lo = partitionPoint(all, (m) => m.start < from);
    let end = lo;
    while (end < all.length && all[end].start < to) end++;
    return lo === 0 && end === all.length ? all : all.slice(lo, end);
  }

  /** Cues of a span (outside quotes). */
  cues(span: Span): CueMatch[] {
    const key = span.start * 1e7 + span.end;
    const cached = this.cueCache.get(key);
    if (cached) return cached;
    const found = this.findCuesIn(span);
    this.cueCache.set(key, found);
    return found;
  }

  /**
   * The folded word right before a cue, or '' when there is none or it is quoted: the last word
   * of a quote (`"…seen that," said X`) is not the writer's relative pronoun or conjunction.
   */
  private wordBefore(cue: CueMatch): string {
    const k = cue.first - 1;
    return k >= 0 && !this.quotedToken[k] ? this.c.tokens[k].norm : '';
  }

  /**
   * A finite speech verb of the writer's set off by a comma before it (`, a indiqué le ministre`,
   * `, concluded Al-Ansari,`): an incise, whose subject comes after it.
   */
  private commaIncise(cue: CueMatch, S: Span): boolean {
    return (
      !cue.source &&
      !cue.clitic &&
      cue.form === 'finite' &&
      /,\s*$/.test(this.c.view.slice(Math.max(S.start, cue.start - 3), cue.start))
    );
  }

  private findCuesIn(span: Span): CueMatch[] {
    const { view, tokens, lexicon, language } = this.c;
    const from = tokenAt(tokens, span.start);
    const to = tokenAt(tokens, span.end);
    return findCues(view, tokens, from, to, lexicon, language, (i) => this.quotedToken[i] === 1);
  }

  /** Photo captions found by `observeAll`, in text order: lines that only name a person. */
  readonly captions: Span[] = [];

  /** Reads every sentence once so pronouns can find the people mentioned before them. */
  observeAll(): void {
    const { view } = this.c;
    let offset = 0;
    while (offset < view.length) {
      const s = this.c.sentences.at(offset);
      const ms = this.mentions(s);
      // The sentence's subject: the first mention, not in a prepositional phrase, at its start.
      // (Not an owner: `Matt Hancock's breach of Covid rules contributed…` is about the breach.)
      const subject = ms.find((m) => {
        const lead = view.slice(s.start, m.start);
        return (
          m.prep === null &&
          !ownerAt(view, m.end) &&
          lead.length <= 30 &&
          !/[,;:]/.test(lead) &&
          lead.split(/\s+/).filter(Boolean).length <= 2 &&
          // `Asked whether the president…`: the subject of a subordinate clause.
          !/(?:^|[\s'’])(?:whether|if|that|when|after|before|while|because|asked|que|qu|si|quand|lorsque|après|avant)(?=[\s'’]|$)/i.test(
            lead,
          )
        );
      });
      // `Venu à Oran pour animer le forum, le ministre X est revenu…`, `After the vote, Smith
      // said`: after an opening adjunct, the first mention right after its comma; `C'est seul
      // que le premier ministre… s'est présenté`: after a cleft's `que`.
      // `Pour Me André Ouédraogo, cette suspension tombe à point nommé. « … », déclare-t-il`:
      // whom an opening `Pour X,` / `Selon X,` gives the view of is the sentence's topic.
      const viewOf = ms.find(
        (m) =>
          (m.prep === 'pour' || m.prep === 'selon' || m.prep === 'for') &&
          m.type !== 'pronoun' &&
          m.kind === 'person' &&
          /^[\s«»"“”'‘’\-–—]*\p{L}+\s+$/u.test(view.slice(s.start, m.start)) &&
          /^\s*,/.test(view.slice(m.end, m.end + 3)),
      );
      const afterAdjunct =
        subject ??
        viewOf ??
        ms.find(
          (m) =>
            m.prep === null &&
            m.type !== 'pronoun' &&
            /(?:^|[\s.])c['’]est\s+[^,;:«»"“”.]{1,60}\squ(?:e\s+|['’])$/i.test(view.slice(s.start, m.start)),
        ) ??
        ms.find((m) => {
          if (m.prep !== null || m.type === 'pronoun') return false;
          const lead = view.slice(s.start, m.start);
          return (
            // (An office may stand between: `After the defeat, coach Thomas Dennerby feels…`,
            // `Meanwhile, area engineer Clinton Mulligan pointed…`.)
            (/^[^;:«»"“”]{3,200},\s*$/.test(lead) ||
              (m.type === 'name' &&
                roleKind(
                  fold(/^[^;:«»"“”]{3,200},\s*(?:\p{Ll}[\p{L}-]+\s+){0,2}(\p{Ll}[\p{L}-]+)\s+$/u.exec(lead)?.[1] ?? ''),
                  this.c.language,
                )?.kind === 'person')) &&
            !/(?:^|[\s'’])(?:que|qu|qui|that|who|which|whether)(?=[\s'’]|$)/i.test(lead)
          );
        });
      // A photo caption (`Agriculture Minister Damien O'Connor` alone on its line, mid-article)
      // names no one the text is talking about.
      const lastM = ms[ms.length - 1];
      const caption =
        !!lastM &&
        lastM.type === 'name' &&
        lastM.kind === 'person' &&
        s.start > 0 &&
        s.end - s.start <= 120 &&
        /\n\s*$/.test(view.slice(Math.max(0, s.start - 2), s.start)) &&
        /^\s*(?:\n|$)/.test(view.slice(lastM.end, s.end + 1)) &&
        !/[.!?:;»"”)]\s*$/.test(view.slice(s.start, s.end)) &&
        this.cues(s).length === 0;
      // (Nor one that says where people stand in the picture: `Christelle Luisier (deuxième) en
      // partant de la gauche, Isabelle Moret et Frédéric Borloz ont également été élus`, a
      // paragraph of its own mid-article.)
      const placed =
        s.start > 0 &&
        /\n\s*$/.test(view.slice(Math.max(0, s.start - 2), s.start)) &&
        PICTURE_PLACES.test(view.slice(s.start, s.end)) &&
        this.cues(s).length === 0;
      // (Nor a line ending with a picture's credit, `Harris Andrews and Charlie Cameron speak after
      // the loss.Credit:Getty Images`, nor one the page writes again with its credit.)
      // (A sentence may hold the line's break: `…agreement. Credit: Getty⏎`.)
      const ownLine =
        s.end - s.start <= 400 &&
        /(?:^|\n)\s*$/.test(view.slice(Math.max(0, s.start - 2), s.start)) &&
        (/^\s*(?:\n|$)/.test(view.slice(s.end, s.end + 2)) || /\n\s*$/.test(view.slice(s.end - 2, s.end)));
      const line = ownLine ? view.slice(s.start, s.end).trim() : '';
      // (The view blanks a credit after a full stop: read it in the text — not one in brackets,
      // which the story's own sentence may carry: `…visited the ward on Friday. (Credit: X)`.)
      const raw = ownLine ? this.c.text.slice(s.start, s.end).trim() : '';
      let credited = ownLine && (PICTURE_CREDIT.test(line) || (!/\)$/.test(raw) && PICTURE_CREDIT.test(raw)));
      if (ownLine && !credited && line.length >= 20 && line.length <= 200) {
        const ahead = view.slice(s.end, s.end + 2000);
        const at = ahead.indexOf(`\n${line.replace(/[.!]$/, '')}`);
        const end = at < 0 ? -1 : ahead.indexOf('\n', at + 1);
        credited = at >= 0 && PICTURE_CREDIT.test(ahead.slice(at + 1, end < 0 ? ahead.length : end).trimEnd());
      }
      // (The people a caption names are still actors of the article: observed, then forgotten as
      // referents, see `forgetInside`.)
      if (caption || placed || credited) {
        this.captions.push({ start: s.start, end: s.end });
        for (const m of ms) if (m.type === 'name') this.c.book.observe(m);
      } else {
        // `Le suspect arrêté était connu des services, a indiqué le ministre de la Justice Koen
        // Geens.`: the subject a speech verb's incise puts after it is a subject too, the one who
        // speaks — not an object the sentence's first subject outranks.
        // (Only in a sentence that quotes nothing: the speaker of quoted words is placed at them.)
        // (Read only where a person follows a comma and a few words: most sentences hold none.)
        const incised =
          this.c.language === 'fr' && !/[«»"“”]/.test(view.slice(s.start, s.end))
            ? ms.find(
                (m) =>
                  m.prep === null &&
                  m.type !== 'pronoun' &&
                  m.kind === 'person' &&
                  /,\s*(?:\S+\s+){1,4}$/.test(view.slice(Math.max(s.start, m.start - 60), m.start)) &&
                  this.cues(s).some(
                    (c) =>
                      c.end <= m.start &&
                      this.commaIncise(c, s) &&
                      // (A time word may stand between, `a indiqué mercredi le ministre`; never
                      // `que`, which opens what was said: `confirme que la victime…`.)
                      /^\s+(?:(?!que\s|qu['’])\p{Ll}+\s+)?(?:(?:le|la|l['’]|les)\s*)?$/u.test(
                        view.slice(c.end, m.start),
                      ),
                  ),
              )
            : undefined;
        for (const m of ms) {
          // (`(Keystone-ATS) Le Conseil d'Etat vaudois a tiré…`: a wire's credit in brackets
          // opening the paragraph is no one the text talks about.)
          const credit =
            /(?:^|\n)[^\S\n]*\($/.test(view.slice(Math.max(0, m.start - 3), m.start)) &&
            /^[\w\s/-]{0,12}\)/u.test(view.slice(m.end, m.end + 14));
          if (!credit) this.c.book.observe(m, m === afterAdjunct || m === incised);
        }
      }
      offset = Math.max(s.end, offset + 1);
    }
  }

  attribute(d: Draft): Attribution {
    const { view } = this.c;
    const anchor = d.open?.start ?? d.start;
    const S = this.c.sentences.at(anchor);
    if (d.incise) {
      const m = this.subjectOf(d.incise, S, true);
      return this.result(d.incise, m, 'incise');
    }
    if (d.block) {
      if (d.byline) {
        const m = this.mentions(d.byline).find((x) => x.type === 'name');
        // A display name without a comma is a name as a whole (`NWS Boston`, `franceinfo`,
        // `The White House`), whatever its words read as on their own.
        const line = view.slice(d.byline.start, d.byline.end);
        const whole = line.trim();
        if (
          d.post &&
          whole &&
          !/[,;:.!?]/.test(whole) &&
          whole.split(/\s+/).length <= 6 &&
          (!m || m.end - m.start < whole.length || m.kind === 'place') &&
          !(m && m.kind === 'person')
        ) {
          const start = d.byline.start + line.indexOf(whole);
          const name = nameMention(this.c.text, start, start + whole.length, 'organization');
          return this.result(null, name, 'byline');
        }
        if (m) return this.result(null, m, 'byline');
      }
      if (d.intro) return this.fromIntro(d.intro, true);
      return this.result(null, null, 'none');
    }
    const closeEnd = d.close?.end ?? d.end;
    // 0. `Marine Le Pen, qui avait jugé la réforme « … », a annoncé…`: a quote inside a relative
    //    clause about a person, reported by the clause's own verb, is the antecedent's.
    const inRelative = this.relativeClause(S, anchor);
    if (inRelative) return inRelative;
    // 0b. `C'est « enchanté » que Dominique Josseaume, maire, inaugurait…`: a cleft sets the words
    //     first; the subject of its `que` clause says them.
    if (
      this.c.language === 'fr' &&
      d.close &&
      /(?:^|[\s.!?«"“])c['’]est\s*$/i.test(view.slice(Math.max(S.start, anchor - 12), anchor))
    ) {
      const que = /^\s*qu(?:e\s+|['’]\s*)/i.exec(view.slice(closeEnd, closeEnd + 8));
      if (que) {
        const at = closeEnd + que[0].length;
        const m = this.mentions({ start: at, end: Math.min(S.end, at + 120) })[0];
        if (
          m &&
          m.type === 'name' &&
          (m.kind === 'person' || m.kind === 'organization') &&
          m.prep === null &&
          /^\s*$/.test(view.slice(at, m.start))
        )
          return this.result(null, m, 'after');
      }
    }
    // 1. A cue right after the quote.
    const nq = this.c.quoted[this.firstQuoteFrom(closeEnd)];
    const nextQuote = nq && nq.start < S.end ? nq : undefined;
    const tail: Span = { start: closeEnd, end: Math.min(S.end, nextQuote?.start ?? S.end) };
    const tailCues = this.cues(tail);
    // `"Did he record it?" Mason asked.`: a quote ending on ? or ! ends the sentence, yet the
    // short clause after it is its attribution.
    if (
      !tailCues.length &&
      d.close &&
      /[?!…]\s*$/.test(view.slice(d.start, d.end)) &&
      /^\s*$/.test(view.slice(closeEnd, S.end))
    ) {
      const N = this.c.sentences.at(S.end);
      if (
        N.start >= closeEnd &&
        N.start - closeEnd <= 2 &&
        // (A new paragraph is the writer's again.)
        !view.slice(closeEnd, N.start).includes('\n') &&
        N.end - N.start <= 120 &&
        /[.!?]\s*$/.test(view.slice(N.start, N.end).trim())
      ) {
        const q2 = this.c.quoted[this.firstQuoteFrom(N.start)];
        const nEnd = q2 && q2.start < N.end ? q2.start : N.end;
        const cue = this.cues({ start: N.start, end: nEnd }).find((c) => c.form === 'finite' && !c.source);
        // (`"…win this fight!" Joanna Kowalska, a striking union member, told a rally.`: a person
        // named first, set off by an apposition.)
        const lead = cue ? this.mentions({ start: N.start, end: cue.start })[0] : undefined;
        if (
          cue &&
          lead &&
          lead.type === 'name' &&
          lead.kind === 'person' &&
          /^\s*$/.test(view.slice(N.start, lead.start)) &&
          /^\s*,[^«»"“”.;:!?]{0,140},\s*$/.test(view.slice(lead.nameEnd, cue.start)) &&
          !/^\s*(?:that|que|qu['’])/i.test(view.slice(cue.end, N.end))
        )
          return this.result(cue, lead, 'after');
        if (
          cue &&
          view.slice(N.start, cue.start).split(/\s+/).filter(Boolean).length <= 4 &&
          !/[,;:]/.test(view.slice(N.start, cue.start)) &&
          // (`Walsh replied that he had not.`: a verb with words of its own answers the question.)
          !/^\s*(?:that|que|qu['’])/i.test(view.slice(cue.end, N.end))
        ) {
          const m = this.subjectOf(cue, N, true);
          if (m && m.kind !== 'place') return this.result(cue, m, 'after');
        }
      }
    }
    // A cue in a relative clause (`…, who asked not to be named, told…`) reports nothing.
    // A gerund after the quote (`…», tout en reconnaissant`) opens the writer's next clause.
    // `saying, "…," and noted Gillibrand had…`: a verb right after `and` shares the subject of
    // the clause before the quote; the name after it is its object's subject.
    // (Nor does any verb after it: `…and noted Gillibrand had visited states such as…`.)
    const firstFinite = tailCues.find(
      (c) => c.form === 'finite' && !/^(?:who|which|qui|that)$/.test(this.wordBefore(c)),
    );
    const first =
      firstFinite &&
      !/^[\s,]*(?:and|but|then|et|mais|puis)\s*$/i.test(view.slice(closeEnd, firstFinite.start)) &&
      // (`the Boks were "much more competitive" than the final scoreline indicated`: a comparison's
      // clause is the writer's.)
      !/^\s*than\s/i.test(view.slice(closeEnd, firstFinite.start)) &&
      // (`«…»Selon le porte-parole du jour, «…»`: a source set before the next quote of the
      // sentence introduces that one.)
      !(
        firstFinite.source &&
        nextQuote &&
        /^[^.!?;:«»"“”]{1,120},\s*$/.test(view.slice(firstFinite.end, nextQuote.start))
      ) &&
      // (`described the arrest as "significant" and a police source said: "…"`: a verb whose
      // colon opens the next quote of the sentence introduces that one.)
      !(
        nextQuote &&
        /^[\s,]*(?:and|but|et|mais)\s/i.test(view.slice(closeEnd, firstFinite.start)) &&
        /^[^.!?;:«»"“”]{0,60}:\s*$/.test(view.slice(firstFinite.end, nextQuote.start))
      )
        ? firstFinite
        : undefined;
    // (`farmer Ryan Krenk said his cornfield "looked like death," according to KMUW`: the
    // outlet after the words reports what the person before them said — that person speaks.)
    if (first?.source) {
      const said = this.cues({ start: S.start, end: anchor })
        .filter((c) => c.form === 'finite' && !c.source && !c.clitic)
        .pop();
      if (said && !/[.;:!?«»"“”]/.test(view.slice(said.end, anchor))) {
        const m = this.subjectOf(said, S, false);
        if (m && m.type === 'name' && m.kind === 'person' && m.end <= said.start) return this.result(said, m, 'before');
      }
    }
    if (first) {
      // `Dr. Alan Price said`, `George W. Bush said`: a title's or an initial's full stop ends nothing.
      const between = withoutAbbreviationStops(view.slice(closeEnd, first.start));
      const words = between.split(/\s+/).filter(Boolean).length;
      // `"…," the official, who spoke on condition of anonymity, said`: a subject with an apposition.
      const lead = this.mentions(tail)[0];
      const apposed =
        !!lead &&
        lead.end <= first.start &&
        (/^[\s,–—-]*$/.test(view.slice(closeEnd, lead.start)) ||
          // (`"…," professor Susan Drumm, a visiting clinical assistant professor…, said`: an
          // office in lower case before the name.)
          (lead.type === 'name' &&
            lead.kind === 'person' &&
            officeInLowerCase(view.slice(closeEnd, lead.start), this.c.language))) &&
        (/^\s*,[^«»"“”.;:]{0,140},\s*$/.test(view.slice(lead.end, first.start)) ||
          // (`Ed Weiler, associate administrator for NASA's Science Mission Directorate, said`:
          // an apposition the mention only read in part.)
          (lead.type === 'name' &&
            lead.kind === 'person' &&
            /^\s*,[^«»"“”.;:]{0,140},\s*$/.test(view.slice(lead.nameEnd, first.start))) ||
          // (`"…," David Tyerman, an analyst at Canaccord Genuity in Toronto, said`: the
          // apposition read as part of the mention.)
          // (Its last words in brackets too: `president of Michelin North America (Canada), said`.)
          (lead.nameEnd < lead.end && /^\s*(?:\([^()]{1,40}\)\s*)?,\s*$/.test(view.slice(lead.end, first.start))));
      // `"…," Dr. Jeremy Austin a senior researcher at the Australian Center for Ancient DNA,
      // University of Adelaide told Reuters`: an apposition whose commas were lost — the name
      // right after the quote is the subject, not the institution before the verb.
      if (
        !first.source &&
        lead &&
        lead.type === 'name' &&
        lead.kind === 'person' &&
        /\s/.test(lead.name.trim()) &&
        /^[\s,–—-]*$/.test(view.slice(closeEnd, lead.start)) &&
        (/^\s+(?:a|an|the)\s[^«»"“”.;:!?]{0,140}$/.test(view.slice(lead.end, first.start)) ||
          // `"…," James Green of the University of Colorado told the news conference`: the
          // name's institution, no comma.
          (this.c.language === 'en' &&
            /^\s+(?:of|from|at|with)\s[^«»"“”.;:!?,]{0,80}$/.test(view.slice(lead.end, first.start))))
      )
        return this.result(first, lead, 'after');
      // (`"…," a statement from UN spokesman Stephane Dujarric said`: one mention that fills the
      // whole gap between the words and the verb is its subject, however many words it takes.)
      const whole =
        !!lead &&
        !first.source &&
        (lead.kind === 'person' || lead.kind === 'organization') &&
        lead.type !== 'pronoun' &&
        !this.isDocument(lead) &&
        /^[\s,–—-]*$/.test(view.slice(closeEnd, lead.start)) &&
        /^\s*$/.test(view.slice(lead.end, first.start)) &&
        lead.end - lead.start <= 120;
      if (whole) return this.result(first, lead, 'after');
      if (
        apposed ||
        (between.length <= 80 &&
          !/[.!?:;«»"“”]/.test(between) &&
          // `called it "a disgrace" but Governor Hale praised…`: a new clause's subject speaks for itself.
          !new RegExp(CLAUSE_RESET[this.c.language].source).test(between) &&
          words <= 6 &&
          (this.c.language === 'en' ||
            /[,–—]/.test(between) ||
            // `« … » soutient la directrice`: without a comma, a bare verb is the writer's —
            // unless it only ever reports words (`"…" raconte l'avocate de Y.`), or the words
            // quoted end as a sentence does (`«J'avais peur !» dit Helena`).
            (words === 0 &&
              (!!first.clitic ||
                first.first !== first.verb ||
                INCISE_ONLY.test(this.c.tokens[first.verb].norm) ||
                // (`"…" fait remarquer Christian Vincent`: `faire` and a speech verb's
                // infinitive only ever report words.)
                (/^(?:fait|faisait)$/.test(this.c.tokens[first.verb].norm) && first.next > first.verb + 1) ||
                /[.!?…]\s*$/.test(view.slice(d.start, d.end)) ||
                // (Or words that open their paragraph as a sentence of their own, five words or
                // more: `"Le goût de la victoire, c'est quelque chose qui nous manquait" admet
                // sans mal le coach`.)
                (!!d.open &&
                  /(?:^|\n)[^\S\n]*$/.test(view.slice(Math.max(0, d.open.start - 20), d.open.start)) &&
                  /^\s*\p{Lu}/u.test(view.slice(d.start, d.end)) &&
                  view.slice(d.start, d.end).trim().split(/\s+/).length >= 5)))))
      ) {
        // (`"…," Mr Damien Cassidy, spokesman for the Ringsend, Irishtown, Sandymount Environmental
        // Group, said`: a person named right after the words, whose apposition runs up to the verb,
        // is the subject — not the organisation that ends the apposition.)
        // (A name of unknown kind too, when its apposition is a person's office: `"…," Humphreys,
        // now a cross country coach at Portland State University, said`.)
        if (
          apposed &&
          !first.source &&
          lead.type === 'name' &&
          (lead.kind === 'person' ||
            (lead.kind === null &&
              /^,\s/.test(view.slice(lead.end, lead.end + 2)) &&
              this.mentions({ start: lead.end, end: first.start }).some(
                (x) => x.type === 'role' && x.kind === 'person' && !x.plural,
              )))
        )
          return this.result(first, lead, 'after');
        // (`« … », Macky Sall, a ajouté Mme Touré`: a name set off by commas right after the words
        // goes with them; the name right after the verb is its inverted subject.)
        if (
          !first.source &&
          !first.clitic &&
          lead &&
          lead.type === 'name' &&
          /^[\s,]*$/.test(view.slice(closeEnd, lead.start)) &&
          /^\s*,\s*$/.test(view.slice(lead.end, first.start))
        ) {
          const inverted = this.mentions({ start: first.end, end: Math.min(S.end, first.end + 120) })[0];
          if (
            inverted &&
            inverted.type !== 'pronoun' &&
            inverted.prep === null &&
            (inverted.kind === 'person' || inverted.kind === 'organization') &&
            /^\s*$/.test(view.slice(first.end, inverted.start))
          )
            return this.result(first, inverted, 'after');
        }
        const m = first.source ? this.sourceMention(first, S) : this.subjectOf(first, S, true);
        // (`Pitts later stated that "…", the release said`: a document reports the words a
        // person's own verb introduced.)
        const inner = m && this.isDocument(m) ? this.reportedBefore(S, anchor) : null;
        if (inner) return inner;
        if (m) return this.result(first, m, 'after');
      }
    }
    // 1b. `« … », telle est la réaction à chaud de Oumar Sylla`, `"…" That was the reaction of X`,
    //     `« … » Voilà ce que disent les parents d'élèves`: the sentence after the words names
    //     them as someone's reaction, answer or words.
    // (The next sentence of the paragraph may say it: `"…." That was the reaction of X.`)
    const ownedEnd = this.lineEndWithin(closeEnd, 200);
    const owned =
      WORDS_OWNED[this.c.language].exec(view.slice(closeEnd, ownedEnd)) ??
      WORDS_SAID[this.c.language].exec(view.slice(closeEnd, ownedEnd));
    if (owned) {
      const at = closeEnd + owned[0].length;
      const m = this.mentions({ start: at, end: Math.min(ownedEnd, at + 120) })[0];
      if (
        m &&
        m.type !== 'pronoun' &&
        (m.kind === 'person' || m.kind === 'organization' || (m.kind === null && m.type === 'name')) &&
        // (An office may stand before the name: `the reaction of activist Omar Sillah`.)
        /^\s*(?:[\p{Ll}'’-]+\s+){0,3}$/u.test(view.slice(at, m.start))
      )
        return this.result(null, m, 'after');
    }
    // 2. A pull-quote's byline: `«…» Marco Rubio, mardi à Riyad`.
    if (d.close) {
      const rest: Span = { start: closeEnd, end: this.lineEndWithin(closeEnd, 200) };
      const restText = view.slice(rest.start, rest.end);
      // `Guerre dans l'Est : « … » (Mboso Nkodia)`: the line ends with its speaker in brackets.
      const bracketed = /^\s*\(\s*(\p{Lu}[^()\n]{1,60})\)\s*$/u.exec(restText);
      if (bracketed) {
        const inner: Span = { start: closeEnd + bracketed[0].indexOf(bracketed[1]), end: 0 };
        inner.end = inner.start + bracketed[1].length;
        const m = this.mentions(inner)[0];
        if (
          m &&
          // (A person's name of two words or more: `(AFP)`, `(Reuters)` credit an agency.)
          m.type === 'name' &&
          (m.kind === 'person' || m.kind === null) &&
          /\s/.test(m.name.trim()) &&
          !/^[\p{Lu}\s.-]+$/u.test(m.name) &&
          /^\s*$/.test(view.slice(inner.start, m.start)) &&
          /^\s*$/.test(view.slice(m.end, inner.end))
        )
          return this.result(null, m, 'byline');
      }
      // `"…" -- Noah Lyles after completing a rare sprint double`, `"…" — US sprinter Sha'Carri
      // Richardson did not…`: words opening their line, signed after a dash by a person named
      // within its first words, whatever the line then says of them.
      const dash = /^[ \t]*(?:--|[–—])[ \t]*/.exec(restText);
      if (dash && /(?:^|\n)[^\S\n]*$/.test(view.slice(Math.max(0, anchor - 40), anchor))) {
        const at = rest.start + dash[0].length;
        const m = this.mentions({ start: at, end: Math.min(rest.end, at + 80) }).find((x) => x.type === 'name');
        if (
          m &&
          m.kind === 'person' &&
          /^(?:[\p{L}'’.-]+\s+){0,4}$/u.test(view.slice(at, m.start)) &&
          // (`"…" — a sentence Paul Martin never said —`: a noun phrase of the writer's.)
          !/^(?:a|an|the|this|that|un|une|le|la|les|l['’]|ce|cette)\s/i.test(view.slice(at, m.start)) &&
          !this.cues({ start: at, end: m.start }).length
        )
          return this.result(null, m, 'byline');
      }
      if (/^\s*[-–—,]?\s*\p{Lu}/u.test(restText) && restText.length < 120 && this.cues(rest).length === 0) {
        const m = this.mentions(rest)[0];
        if (
          m &&
          m.type === 'name' &&
          m.kind !== 'place' &&
          /^[\s\-–—,]*$/.test(view.slice(closeEnd, m.start)) &&
          /^(?:\s*$|\s*[,(])/.test(view.slice(m.end, rest.end))
        ) {
          return this.result(null, m, 'byline');
        }
      }
    }
    // 2a. A pull-quote ending its paragraph, signed on the next line: `« … »` then `– Tomas Tatar`.
    if (d.close && /^[ \t]*\n/.test(view.slice(closeEnd, closeEnd + 40))) {
      const next = /^[ \t]*\n\s*((?:--|[-–—])[ \t]*)(\S[^\n]{0,400})$/m.exec(view.slice(closeEnd, closeEnd + 460));
      if (next && next.index === 0) {
        const lineStart = closeEnd + next[0].indexOf(next[1]);
        const line: Span = { start: lineStart, end: lineStart + next[1].length + next[2].length };
        const m = this.mentions(line)[0];
        const after = m ? view.slice(m.end, line.end) : '';
        if (
          m &&
          m.type === 'name' &&
          m.kind !== 'place' &&
          /^[\s\-–—]*$/.test(view.slice(line.start, m.start)) &&
          ((line.end - line.start <= 82 && this.cues(line).length === 0 && /^(?:\s*$|\s*[,(])/.test(after)) ||
            // (Or a line of context after the name, in a digest of the day's words: `-- Roger
            // Federer on seeing the match suspended`, `– Ajla Tomljanovic responding to…`.)
            (m.kind === 'person' && SIGNATURE_CONTEXT[this.c.language].test(after)))
        )
          return this.result(null, m, 'byline');
      }
    }
    // 2a'. A paragraph that is only a quote, signed by the next paragraph alone on its line,
    //      without a dash: `«…»` then `Police cantonale valaisanne`.
    if (d.open && d.close && /^[ \t]*\n/.test(view.slice(closeEnd, closeEnd + 40))) {
      const lineStart = this.lineStartWithin(anchor, 400);
      const next = /^[ \t]*\n(?:[ \t]*\n)?[ \t]*(\p{Lu}[^\n.!?:;«»"“”]{1,60}?)[ \t]*(?:\n|$)/u.exec(
        view.slice(closeEnd, closeEnd + 100),
      );
      if (next && /^\s*$/.test(view.slice(lineStart, anchor))) {
        const start = closeEnd + next[0].indexOf(next[1]);
        const line: Span = { start, end: start + next[1].length };
        const ms = this.mentions(line);
        const m = ms.length > 0 ? ms[0] : this.headlineNoun(line.start, line.end, true);
        if (
          m &&
          ms.length <= 1 &&
          m.type !== 'pronoun' &&
          (m.kind === 'person' || m.kind === 'organization') &&
          this.cues(line).length === 0 &&
          m.start === line.start &&
          /^\s*(?:,[^\n]{0,60})?$/.test(view.slice(m.end, line.end))
        )
          return this.result(null, m, 'byline');
      }
    }
    // 2b. A headline's `« … » : les agriculteurs …` / `"…": Zelensky vows …`.
    if (d.close && /^\s*:\s*\S/.test(view.slice(closeEnd, closeEnd + 4))) {
      const rest = { start: closeEnd, end: this.lineEndWithin(closeEnd, 200) };
      const ms = this.mentions(rest);
      const m = ms[0];
      if (m && m.prep === null && m.kind !== 'place' && /^\s*:\s*$/.test(view.slice(closeEnd, m.start))) {
        return this.result(null, m, 'headline');
      }
      // (`"…": après les intempéries, le maire de Breil-sur-Roya décrit…`: a short adjunct first,
      // then a subject whose verb speaks.)
      const subject = ms.find((x) => x.prep === null);
      if (
        subject &&
        (subject.kind === 'person' || subject.kind === 'organization') &&
        subject.type !== 'pronoun' &&
        /^\s*:\s*[^,:;«»"“”\n]{1,60},\s*$/.test(view.slice(closeEnd, subject.start)) &&
        this.cues(rest).some((c) => c.start >= subject.end && /^\s*$/.test(view.slice(subject.end, c.start)))
      )
        return this.result(null, subject, 'headline');
    }
    // 2b'. The title line as a subject and its quoted words, no verb: `Leeds hospital boss
    //      ‘sorry for waiting times’`, `Le patron de la SNCF « confiant » pour l'été`.
    if (d.open && d.close) {
      const lineStart = this.lineStartWithin(anchor, 200);
      if (view.slice(0, lineStart).trim() === '') {
        const lineEnd = this.lineEndWithin(closeEnd, 200);
        const ms = this.mentions({ start: lineStart, end: anchor });
        const last = ms[ms.length - 1];
        const m =
          last && last.kind !== null && /^\s*$/.test(view.slice(last.end, anchor))
            ? last
            : this.headlineNoun(lineStart, anchor);
        if (
          m &&
          m.prep === null &&
          m.type !== 'pronoun' &&
          (m.kind === 'person' || m.kind === 'organization') &&
          /^\s*$/.test(view.slice(m.end, anchor)) &&
          /^\s*$/.test(view.slice(lineStart, m.start)) &&
          this.cues({ start: lineStart, end: lineEnd }).length === 0 &&
          view.slice(lineEnd).trim() !== ''
        )
          return this.result(null, m, 'title');
      }
    }
    // 2c. `following the President's advice to the population around "embracing inclusion"`,
    //     `l'appel du président à « … »`: the quote is what a speech noun's owner said.
    const owner = this.speechNounOwner(S, anchor);
    if (owner) return this.result(null, owner, 'noun');
    // 3. Cues before the quote in its sentence, the first whose subject is found.
    let from = S.start;
    const before = this.leadBefore(S, anchor);
    const beforeStart = anchor - before.length;
    for (const r of before.matchAll(CLAUSE_RESET[this.c.language])) from = beforeStart + (r.index ?? 0) + r[0].length;
    const beforeCues = this.cues({ start: Math.max(from, anchor - 600), end: anchor });
    // A verb in a relative clause (`Marc, qui a souhaité garder l'anonymat, confie :`) comes last.
    // (Also further into such a clause, closed by a comma before the quote: `Fr. Ciro
    // Benedettini, who was able to get the official estimates from local authorities, said…`.)
    const relative = (c: CueMatch): boolean =>
      /^(?:qui|who|which)$/.test(this.wordBefore(c)) ||
      (/,\s*(?:qui|who|which)\s[^,;:.!?«»"“”]*$/i.test(view.slice(Math.max(S.start, c.start - 200), c.start)) &&
        /^[^,;:.!?«»"“”]*,/.test(view.slice(c.end, anchor)));
    // `Wanting to stress that he was not opposed to welcoming refugees, the politician remarked
    // "…"`: the verbs of an opening participle's clause are not the sentence's.
    const opening =
      /^[\s"“«'‘]*\p{Lu}\p{Ll}{2,}(?:ing|ed)\s+(?:to|by|with|about|on|in|at|from|for)\s[^,;:«»"“”]{0,200},/u.exec(
        view.slice(S.start, Math.min(anchor, S.start + 260)),
      );
    let openingEnd = this.c.language === 'en' && opening ? S.start + opening[0].length : -1;
    // (Nor are the verbs of an opening adjunct or subordinate clause, when a verb comes after it:
    // see `OPENING_CLAUSES`.)
    for (const [clause, reach] of OPENING_CLAUSES) {
      const open = clause.exec(view.slice(S.start, Math.min(anchor, S.start + reach)));
      if (open && beforeCues.some((c) => c.start >= S.start + open[0].length))
        openingEnd = Math.max(openingEnd, S.start + open[0].length);
    }
    const ordered = [...beforeCues.filter((c) => !relative(c)), ...beforeCues.filter(relative)].filter(
      (c) => c.start >= openingEnd,
    );
    // `…, Gilles Eyquem hailed his side's team ethic, adding: "…"`, `Putting forward a point of
    // order…, Ms Butler said: "…"`: the verb that opens the quote with a colon speaks it, before
    // any verb earlier in the sentence.
    // (Or with where it was said between them: `affirme sur France Inter : « … »`, `told the BBC:`.)
    const opener = ordered
      .filter((c) =>
        /^\s*(?:(?:sur|à|au|aux|dans|devant|chez|on|in|at|to|before|told)\s+[^,;:.!?«»"“”\n]{1,40}?)?\s*:\s*$/iu.test(
          view.slice(c.end, anchor),
        ),
      )
      .pop();
    if (opener) ordered.unshift(opener);
    // `Mrs Badenoch asked if Mr Streeting was right when he said there was a "…"`: a speech verb
    // in a clause that `when`/`quand` opens, running on into the quote, speaks it.
    const last = ordered[ordered.length - 1];
    if (
      !opener &&
      last &&
      last !== ordered[0] &&
      !/[,;:.!?]/.test(view.slice(last.end, anchor)) &&
      WHEN_CLAUSE_SUBJECT[this.c.language].test(view.slice(Math.max(S.start, last.start - 60), last.start))
    )
      ordered.unshift(last);
    for (const cue of ordered) {
      if (cue.source) continue;
      // `The presence of 300,000 people without food in northern Gaza, concluded Al-Ansari, is a
      // “catastrophe”`: a verb set off by commas with a name right after it is an incise, and
      // the name its subject.
      if (this.commaIncise(cue, S)) {
        const named = this.mentions({ start: cue.end, end: Math.min(anchor, cue.end + 80) })[0];
        if (
          named &&
          named.type === 'name' &&
          named.kind === 'person' &&
          /^\s*$/.test(view.slice(cue.end, named.start)) &&
          /^\s*,/.test(view.slice(named.end, named.end + 3))
        )
          return this.result(cue, named, 'before');
      }
      const m = this.subjectOf(cue, S, this.followsQuote(cue, S));
      if (m && m.kind === 'place') {
        // `- Les États-Unis considèrent que « … »` in a list of the delegation's statements: the
        // country is a metonym, the list's speaker is more precise.
        const intro = this.listIntro(S);
        const r = intro ? this.fromIntro(intro, false) : null;
        if (r?.mention && r.mention.kind !== 'place') return { ...r, how: 'list' };
      }
      if (m) return this.result(cue, m, 'before');
    }
    // 4. Passive agent after the quote: `qualifiées d'« utiles » par le Kremlin` (handled in subjectOf);
    //    `selon X` anywhere in the sentence.
    for (const cue of this.cues(S)) {
      if (!cue.source) continue;
      const m = this.sourceMention(cue, S);
      if (m) return this.result(cue, m, 'source');
    }
    // 4b. `Zelensky : « … »` — a bare name before a colon.
    const leadText = this.leadBefore(S, anchor);
    if (/:\s*$/.test(leadText)) {
      const ms = this.mentions({ start: S.start, end: anchor });
      const m = ms[ms.length - 1];
      if (
        m &&
        m.type !== 'pronoun' &&
        m.kind !== 'place' &&
        /^\s*:\s*$/.test(view.slice(m.end, anchor)) &&
        m.prep === null &&
        !LABELS.has(fold(m.name)) &&
        (m.kind !== null || m.type !== 'name' || /\s/.test(m.name)) &&
        // (A description after a finite verb is its object: `Le technicien a refusé d'accabler
        // ses joueurs : « … »`; a headline's `le désarroi des maires : « … »` has none.)
        (m.type !== 'role' || !AUXILIARY_VERB[this.c.language].test(view.slice(S.start, m.start)))
      ) {
        return this.result(null, m, 'colon');
      }
    }
    // 4c. `Perks left with the parting shot: "…"`, `Son message : « … »`: a colon in the
    //     quote's own sentence, no speech verb — the sentence's subject.
    if (/:\s*$/.test(leadText) && beforeCues.length === 0) {
      const found = this.mentions({ start: S.start, end: anchor });
      // (A person's name after the offices that open the sentence: `Surveillant pénitentiaire à
      // Bois d'Arcy depuis 2017, secrétaire local de l'Ufap-Unsa Justice, Haroun Halifa
      // corrobore ces propos : « … »`.)
      const named = found.find(
        (x) =>
          x.prep === null &&
          x.type === 'name' &&
          x.kind === 'person' &&
          /^[\s\-–—•*]*\p{Lu}[^,;:«»"“”]{1,80},(?:[^,;:«»"“”]{1,80},)?\s*$/u.test(view.slice(S.start, x.start)),
      );
      const m = found.find(
        (x) =>
          x.prep === null &&
          x.type !== 'pronoun' &&
          (x.kind === 'person' || x.kind === 'organization' || (x.kind === null && x.type === 'name')) &&
          !LABELS.has(fold(x.name)) &&
          ((/^[\s\-–—•*]*(?:\S+\s+){0,2}$/u.test(view.slice(S.start, x.start)) &&
            !/[,;:]/.test(view.slice(S.start, x.start))) ||
            // (After a short opening adjunct: `En tribune, Christian et Loïc se régalent : « … »`.)
            /^[\s\-–—•*]*\p{Lu}[^,;:«»"“”]{1,40},\s*$/u.test(view.slice(S.start, x.start))),
      );
      const pick = named && m && m.start < named.start && m.kind !== 'person' && m.kind !== 'organization' ? named : m;
      if (pick && !/[«»"“”]/.test(view.slice(pick.end, anchor))) return this.result(null, pick, 'colon');
    }
    // 5. The paragraph that introduces the quote with a colon.
    const lead = this.leadBefore(S, anchor);
    if (/^[\s\-–—•*]*$/.test(lead)) {
      const prev = this.c.sentences.before(S.start);
      // (`at which the Councillor remarked;` — a semicolon right after a speech verb introduces too.)
      const prevText = prev ? view.slice(prev.start, prev.end) : '';
      const semicolon =
        !!prev && /;\s*$/.test(prevText) && this.cues(prev).some((c) => /^\s*;\s*$/.test(view.slice(c.end, prev.end)));
      if (prev && (/:\s*$/.test(prevText) || semicolon)) {
        const paragraph = { start: this.lineStartWithin(prev.start, 3000), end: prev.end };
        const r = this.fromIntro(paragraph, false);
        if (r.mention) return r;
      }
    }
    // 6. A list item: the list's introduction.
    const listIntro = this.listIntro(S);
    if (listIntro) {
      const r = this.fromIntro(listIntro, false);
      if (r.mention) return { ...r, how: 'list' };
    }
    // 6b. The sentence ends with its attribution, after more of the writer's words:
    //     `«…» suit le Premier ministre…, a affirmé vendredi la porte-parole X.`,
    //     `Smollett "wreaked havoc…," then compounded the problem…, Webb said.`
    // (Past the sentence's other quotes: `Le feu, "alimenté par un vent fort", a brûlé "entre 60
    // et 70 hectares", a indiqué la préfecture.`)
    // (Not for words opening the sentence, which make a kind of their own: `"We will win" and the
    // party will bring "serious change", Linda Park said`.)
    const opens = /^[\s\-–—•*'‘"“«]*$/.test(view.slice(S.start, anchor));
    // (Only the sentence's last words can hold its closing cue: a giant sentence stays linear.)
    const late = this.lateCue(
      nextQuote && !opens ? this.cues({ start: Math.max(closeEnd, S.end - 400), end: S.end }) : tailCues,
      S,
      opens,
    );
    if (late) return late;
    // 7. A cue later in the sentence (`toute « concession », prévenant que…`): the sentence's subject.
    if (tailCues.some((c) => !c.source) || beforeCues.length) {
      // (`Satisfait de sa journée où il n'a pas été inquiété, Peter Sagan a conscience… :`: not
      // the subject of a subordinate clause.)
      const subordinate = (x: SpeakerMention): boolean =>
        /(?:^|[\s,'’])(?:où|qui|que|qu|dont|quand|lorsque|lorsqu|si|where|when|who|which|that|if|as)['’]?\s*$/i.test(
          view.slice(Math.max(S.start, x.start - 10), x.start),
        );
      const m = this.mentions(S).find(
        (x) =>
          x.prep === null &&
          x.kind !== 'place' &&
          !subordinate(x) &&
          x.end <= Math.min(anchor, beforeCues[0]?.start ?? anchor) &&
          (x.kind !== null || x.type === 'pronoun'),
      );
      if (m) return this.result(tailCues.find((c) => !c.source) ?? beforeCues[0] ?? null, m, 'subject');
    }
    return this.result(null, null, 'none');
  }

  /** A mention naming a document (`the release`, `le communiqué`), which only relays words. */
  private isDocument(m: SpeakerMention): boolean {
    return m.type === 'role' && SOURCE_DOCUMENTS[this.c.language].includes(fold(m.name).split(' ')[0]);
  }

  /**
   * The person whose verb introduces the quote at `anchor` with `that`/`que` or a colon, in the
   * same sentence (`Pitts later stated that "…"`), or null.
   */
  private reportedBefore(S: Span, anchor: number): Attribution | null {
    const view = this.c.view;
    const cue = this.cues({ start: S.start, end: anchor })
      .filter((c) => !c.source && /^\s*(?:that|que|qu'|:)\s*$/i.test(view.slice(c.end, anchor)))
      .pop();
    if (!cue) return null;
    const m = this.subjectOf(cue, S, this.followsQuote(cue, S));
    return m && m.kind === 'person' ? this.result(cue, m, 'before') : null;
  }

  /**
   * The owner of a speech noun whose words the quote gives: `the President's advice … around
   * "…"`, `l'appel du ministre à « … »`. Only when the noun is in the quote's own clause, a
   * few words before it, with no speech verb between.
   */
  private speechNounOwner(S: Span, anchor: number): SpeakerMention | null {
    const { view, language } = this.c;
    const from = Math.max(S.start, anchor - 120);
    const lead = view.slice(from, anchor);
    if (language === 'en') {
      // `comments from the Queensland Premier Annastacia Palaszczuk that he'd "singled out"`: the
      // author after `from`, when the words follow in that noun's own clause.
      const from2 = SPEECH_NOUN_FROM_EN.exec(lead);
      if (from2) {
        const at = from + from2.index + from2[0].length;
        const m = this.mentions({ start: at, end: anchor })[0];
        const rest = m ? view.slice(m.end, anchor) : '';
        if (
          m &&
          /^\s*(?:the\s+)?$/i.test(view.slice(at, m.start)) &&
          m.type !== 'pronoun' &&
          (m.kind === 'person' || m.kind === 'organization') &&
          /^\s*,?\s*(?:that|who|which)\b[^.;:!?«»"“”]*$/u.test(rest) &&
          this.cues({ start: m.end, end: anchor }).length === 0
        )
          return m;
      }
    }
    const noun = (language === 'en' ? SPEECH_NOUN_EN : SPEECH_NOUN_FR).exec(lead);
    // (`selon les mots de X` is a source cue's.)
    if (!noun || /(?:selon|d['’]apr[eè]s|pour reprendre)\s+$/i.test(lead.slice(0, noun.index))) return null;
    const nounStart = from + noun.index;
    const nounEnd = nounStart + noun[0].length;
    if (this.cues({ start: nounEnd, end: anchor }).length > 0) return null;
    // (`one broker said that Qualceram's statement was "…"`: a noun inside someone's reported
    // words is what they speak of.)
    if (
      this.cues({ start: S.start, end: nounStart }).some((c) =>
        /^\s*,?\s*(?:that|que|qu['’])/i.test(view.slice(c.end, c.end + 8)),
      )
    )
      return null;
    if (language === 'en') {
      // The possessor just before `'s`.
      const ms = this.mentions({ start: Math.max(S.start, nounStart - 80), end: nounStart + 3 });
      const m = ms.find((x) => /^['’]s\s/.test(view.slice(x.nameEnd, x.nameEnd + 3)) && x.nameEnd === nounStart);
      // (`Khaira's accusation that…`: a name of unknown kind owning a speech noun is a speaker.)
      return m &&
        m.type !== 'pronoun' &&
        (m.kind === 'person' || m.kind === 'organization' || (m.kind === null && m.type === 'name'))
        ? m
        : null;
    }
    // The complement right after the noun: `l'appel du président`, `les propos de Marc Durand`.
    const ms = this.mentions({ start: nounEnd, end: anchor });
    const m = ms[0];
    if (!m || m.type === 'pronoun' || (m.kind !== 'person' && m.kind !== 'organization')) return null;
    return /^\s*(?:de la|de l['’]|du|des|de|d['’])?\s*$/.test(view.slice(nounEnd, m.start)) ? m : null;
  }

  /**
   * A cue closing the sentence after a comma (`…, a déclaré X.`, `…, X said.`): it reports the
   * whole sentence, so it names the speaker of a quote earlier in it. Only when nothing but the
   * subject and a few adjuncts follow the verb, so an embedded `said` is never taken.
   */
  private lateCue(tailCues: CueMatch[], S: Span, opens: boolean): Attribution | null {
    const { view } = this.c;
    for (let k = tailCues.length - 1; k >= 0; k--) {
      const cue = tailCues[k];
      if (cue.form !== 'finite' || cue.source || cue.passive) continue;
      if (/^(?:who|which|qui|that|que|qu')$/.test(this.wordBefore(cue))) continue;
      // (A participle's clause after a comma goes with the subject, however long: `…, indique
      // Météo-France sur son site internet, préconisant aux personnes… de faire attention…`.)
      // (Read within 600 characters: a giant sentence stays linear.)
      const rest = view
        .slice(cue.end, Math.min(S.end, cue.end + 600))
        .replace(/,\s*(?:en\s+)?\p{Ll}+(?:ant|ing)\s[^«»"“”]*$/u, '');
      if (rest.length > 160 || /[«»"“”:;]|\b(?:que|qu'|that)\b/.test(rest)) continue;
      const leadStart = Math.max(S.start, cue.start - 60);
      const lead = withoutAbbreviationStops(view.slice(leadStart, cue.start));
      let comma = lead.lastIndexOf(',');
      // (French may invert right after the words, no comma: `La France n'a plus "intérêt" à
      // discuter avec "les responsables russes" avait déclaré lundi le ministre`.)
      if (comma < 0 && this.c.language === 'fr') comma = /[»"”]\s*$/.exec(lead)?.index ?? -1;
      if (comma < 0) {
        // `‘We didn’t play well’ is about all an unhappy Bill Belichick would say`: a quote that
        // opens the sentence, and a named person right before the sentence's one speech verb.
        if (!opens || tailCues.length !== 1) continue;
        const m = this.subjectOf(cue, S, true);
        if (m && m.type === 'name' && m.kind === 'person' && m.end <= cue.start && m.start > leadStart)
          return this.result(cue, m, 'late');
        continue;
      }
      const between = lead.slice(comma + 1);
      if (between.trim().split(/\s+/).filter(Boolean).length > 4 || /[.!?]/.test(between)) continue;
      // (`…being ‘overwhelmed’ in hot weather, doctor warns`: a headline drops the article.)
      if (S.start < this.titleEnd) {
        const bare = this.headlineNoun(leadStart + comma + 1, cue.start);
        if (bare) return this.result(cue, bare, 'late');
      }
      const m = this.subjectOf(cue, S, true);
      if (!m || m.kind === 'place' || /['’]$/.test(m.name)) continue;
      // An unknown single word counts only as the subject right before the verb (`, Quinn said.`).
      if (m.kind === null && m.type !== 'pronoun' && !(m.type === 'name' && /^\s*$/.test(view.slice(m.end, cue.start))))
        continue;
      // (`…, Lt. Col. Carla Gleason, a Pentagon spokeswoman, said.`: a name set off by commas
      // before its apposition.)
      const apposed =
        m.type === 'name' &&
        (m.kind === 'person' || m.kind === 'organization') &&
        /^\s*$/.test(between) &&
        /,\s*(?:\p{Lu}\p{L}{0,4}\.\s*){0,3}$/u.test(view.slice(Math.max(S.start, m.start - 20), m.start)) &&
        /^\s*,[^«»"“”.;:!?]{0,140},\s*$/.test(withoutAbbreviationStops(view.slice(m.nameEnd, cue.start)));
      if (m.start < leadStart + comma && !apposed) continue;
      return this.result(cue, m, 'late');
    }
    return null;
  }

  /**
   * The writer's words between a sentence's start and an offset, at most 400 characters (a
   * longer lead is cut, keeping a mark that something precedes), so giant sentences stay linear.
   */
  private leadBefore(S: Span, offset: number): string {
    if (offset - S.start <= 400) return this.c.view.slice(S.start, offset);
    return '\u2026 ' + this.c.view.slice(offset - 400, offset);
  }

  /**
   * The authority a story cites earlier in the quote's paragraph (`…, a indiqué la police.`,
   * `Selon le parquet, …`, `…, West Yorkshire Police said.`): police, court and government
   * stories quote its wording in fragments with no cue of their own. Only an organisation, and
   * only when it is the paragraph's last explicit source (a person quoted since takes over) —
   * unless the quote's own sentence opens on a person named in full, whose fragments they are.
   */
  paragraphSource(anchor: number, people = false): Attribution | null {
    const S = this.c.sentences.at(anchor);
    const start = this.lineStartWithin(S.start, PARAGRAPH_REACH);
    let s: Span | null = S;
    for (let n = 0; s && n < 6; n++) {
      // (The sentence's cues are read once, whatever quote asks: many quotes in one long
      // paragraph stay linear.)
      const cues = this.cues({ start: Math.max(s.start, start), end: s.end }).filter((c) => c.end <= anchor);
      for (let i = cues.length - 1; i >= 0; i--) {
        const cue = cues[i];
        let m: SpeakerMention | null = null;
        if (cue.source) m = this.sourceMention(cue, s);
        else if (cue.form === 'finite' && !cue.passive) m = this.subjectOf(cue, s, this.followsQuote(cue, s));
        if (!m || m.type === 'pronoun') continue;
        return m.kind === 'organization' || (people && m.kind === 'person') ? this.result(null, m, 'paragraph') : null;
      }
      // (`…, according to the Carmarthen Journal. FoE's Neil Crumpton lashes out at groups trying
      // to "marginalise" wind energy`: a sentence led by a person named in full is theirs.)
      // (Not a headline's: `Guerre de Gaza : un cessez-le-feu est « … » (Fabius)`.)
      if (s === S && S.start > this.titleEnd) {
        const lead = this.mentions({ start: S.start, end: anchor })[0];
        if (
          lead &&
          lead.type === 'name' &&
          lead.kind === 'person' &&
          lead.prep === null &&
          /\s/.test(lead.name.trim()) &&
          /^[\s\p{L}'’-]{0,12}$/u.test(this.c.view.slice(S.start, lead.start))
        )
          return this.result(null, lead, 'paragraph');
      }
      if (s.start <= start) break;
      s = this.c.sentences.before(s.start);
    }
    return null;
  }

  /**
   * The antecedent of the relative clause (`X, qui a qualifié … de « … »`, `X, who called the
   * plan "…"`) that the quote sits in, when the clause's verb reports speech: the words are X's,
   * whatever the main clause says next.
   */
  private relativeClause(S: Span, anchor: number): Attribution | null {
    const { view } = this.c;
    const from = Math.max(S.start, anchor - 300);
    const lead = view.slice(from, anchor);
    const rel = /,\s+(?:qui|who)\s+[^,;:«»"“”()]*$/u.exec(lead);
    if (!rel) return null;
    const relStart = from + rel.index;
    const cue = this.cues({ start: relStart, end: anchor }).find((c) => !c.source && !c.passive);
    if (!cue) return null;
    const before = this.mentions({ start: Math.max(S.start, relStart - 200), end: relStart });
    const m = before[before.length - 1];
    if (!m || m.type === 'pronoun' || m.kind === 'place' || !/^\s*$/.test(view.slice(m.end, relStart))) return null;
    if (m.kind !== 'person' && m.kind !== 'organization' && m.type !== 'name') return null;
    return this.result(cue, m, 'relative');
  }

  /** Start of the line holding `offset`, looking back at most `max` characters. */
  private lineStartWithin(offset: number, max: number): number {
    const { view } = this.c;
    const floor = Math.max(0, offset - max);
    for (let i = offset - 1; i >= floor; i--) if (view.charCodeAt(i) === 10) return i + 1;
    return floor;
  }

  /** End of the line holding `offset`, looking ahead at most `max` characters. */
  private lineEndWithin(offset: number, max: number): number {
    const { view } = this.c;
    const ceiling = Math.min(view.length, offset + max);
    for (let i = offset; i < ceiling; i++) if (view.charCodeAt(i) === 10) return i;
    return ceiling;
  }

  /** True when a cue directly follows an earlier quote of its sentence (`«…», a déclaré X, jugeant «…»`). */
  private followsQuote(cue: CueMatch, S: Span): boolean {
    const end = this.lastQuoteEndBefore(cue.start, S);
    const last = end === null ? null : { end };
    if (!last || cue.start - last.end > 60) return false;
    const between = this.c.view.slice(last.end, cue.start);
    return between.length < 60 && !/[.!?:;«»"“”]/.test(between) && (/,/.test(between) || /^\s*$/.test(between));
  }

  private listIntro(S: Span): Span | null {
    const { view } = this.c;
    const lineStart = this.lineStartWithin(S.start, 400);
    if (!/^\s*(?:[-*•–—]\s|\d+[.)]\s)/.test(view.slice(lineStart, lineStart + 6))) return null;
    let pos = lineStart - 1;
    for (let n = 0; n < 40 && pos > 0; n++) {
      const start = this.lineStartWithin(pos, 400);
      const line = view.slice(start, pos);
      pos = start - 1;
      if (!line.trim()) continue;
      if (/^\s*(?:[-*•–—]\s|\d+[.)]\s)/.test(line)) continue;
      if (/:\s*$/.test(line)) return { start, end: start + line.length };
      return null;
    }
    return null;
  }

  /** The speaker named by a paragraph that introduces a quote or a block. */
  private fromIntro(intro: Span, block: boolean): Attribution {
    const last = this.c.sentences.at(Math.max(intro.start, intro.end - 2));
    const sentence = { start: Math.max(last.start, intro.start), end: intro.end };
    const cues = this.cues(sentence);
    // (`Si les journalistes demandaient…, les ministres devaient répondre:`: the verb right
    // before the colon introduces the words, not an earlier one of a subordinate clause.)
    const closing = cues.filter((c) => !c.source && /^[^\S\n]*:?\s*$/.test(this.c.view.slice(c.end, intro.end))).pop();
    for (const cue of closing ? [closing, ...cues] : cues) {
      if (cue.source) continue;
      const m = this.subjectOf(cue, sentence, this.followsQuote(cue, sentence));
      if (m) return this.result(cue, m, 'intro');
    }
    for (const cue of cues) {
      if (!cue.source) continue;
      const m = this.sourceMention(cue, sentence);
      if (m) return this.result(cue, m, 'intro');
    }
    const m = this.mentions(sentence).find(
      (x) => x.prep === null && x.type !== 'pronoun' && (x.kind === 'person' || x.kind === 'organization'),
    );
    if (m) return this.result(null, m, 'intro');
    // The paragraph's earlier sentences: `Ce qui conduit le NYT à acter… Ce n'est pas… sur ce point :`.
    if (sentence.start > intro.start) {
      const whole = { start: intro.start, end: sentence.start };
      const cue = this.cues(whole)
        .filter((c) => !c.source)
        .pop();
      const sm = cue ? this.subjectOf(cue, this.c.sentences.at(cue.start), false) : null;
      if (cue && sm) return this.result(cue, sm, 'intro');
      const pm = this.mentions(whole).find(
        (x) => x.prep === null && x.type !== 'pronoun' && (x.kind === 'person' || x.kind === 'organization'),
      );
      if (pm) return this.result(null, pm, 'intro');
    }
    if (block) {
      const id = this.c.book.resolvePronoun(intro.end, null, false);
      if (id) return { cue: null, mention: null, actorId: id, how: 'intro-context' };
    }
    return this.result(null, null, 'none');
  }

  /** The phrase after `selon` / `according to`. */
  private sourceMention(cue: CueMatch, S: Span): SpeakerMention | null {
    const { view, tokens } = this.c;
    const pour = fold(view.slice(cue.start, cue.end)) === 'pour';
    // `selon lui`, `pour elle`, `according to him`.
    const next = tokens[cue.next];
    const pron = next && next.start - cue.end <= 2 ? PRONOUN_AFTER_SOURCE[next.norm] : undefined;
    if (pron) {
      if (pour && !/^\s*,/.test(view.slice(next.end))) return null;
      return this.pronounMention(next.start, next.end, pron.gender, pron.plural);
    }
    // `selon les premiers éléments et les déclarations du suspect rapportés par le porte-parole
    // du parquet, Willemien Baert`, `according to documents released by X`: who relayed them.
    const relayed =
      /^[^.;:!?«»"“”]{0,140}?\s(?:rapporté|rapportés|rapportées|rapportée|relayé|relayés|relayées|transmis|transmises|communiqué|communiqués|cités|citées|released|relayed|reported|provided|obtained)\s+(?:par|by)\s+/u.exec(
        view.slice(cue.end, S.end),
      );
    if (relayed) {
      const at = cue.end + relayed[0].length;
      const agent = this.mentionsNear(S, at, at + 3).find((x) => x.start >= at && x.start - at <= 2);
      if (agent && agent.type !== 'pronoun' && agent.kind !== 'place') return agent;
    }
    const m =
      this.mentionsNear(S, cue.end, cue.end + 3).find((x) => x.start >= cue.end && x.start - cue.end <= 2) ??
      this.titledNameAfter(cue, S);
    if (!m) return null;
    // (`according to U.S. Steel spokeswoman Courtney Boone`: the employer, then an office in lower
    // case and a person's name — that person.)
    if (m.type === 'name' && m.kind !== 'place' && this.c.language === 'en') {
      const person = this.mentionsNear(S, m.end, m.end + 60).find((x) => x.start > m.end);
      if (
        person &&
        person.type === 'name' &&
        person.kind === 'person' &&
        /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*\s+$/u.test(view.slice(m.end, person.start)) &&
        roleKind(fold(/(\p{Ll}[\p{L}-]*)\s+$/u.exec(view.slice(m.end, person.start))?.[1] ?? ''), 'en')?.kind ===
          'person'
      )
        return person;
    }
    // (`Pour X, …`; or right after the words and ending the sentence: `"…" pour le procureur.`)
    // (Only a person: `« gênant » pour les usagers` says for whom, not whose view.)
    const after =
      /[»"”]\s*$/.test(view.slice(Math.max(0, cue.start - 3), cue.start)) &&
      /^\s*[.;!]/.test(view.slice(m.end)) &&
      m.kind === 'person' &&
      !m.plural;
    if (
      pour &&
      (m.kind === 'place' || m.type === 'pronoun' || (!/^[^.;:«»"“”]{0,120}?,/.test(view.slice(m.end)) && !after))
    )
      return null;
    return m;
  }

  /**
   * `according to finance director Amy Chen`: a person named after an office of up to three
   * lower-case words without an article, right after a source marker.
   */
  private titledNameAfter(cue: CueMatch, S: Span): SpeakerMention | null {
    const { view, language } = this.c;
    const m = this.mentionsNear(S, cue.end, cue.end + 48).find((x) => x.start > cue.end);
    if (!m || m.type !== 'name' || (m.kind !== 'person' && m.kind !== null)) return null;
    const office = /^\s+((?:\p{Ll}[\p{L}-]*\s+){0,2})(\p{Ll}[\p{L}-]*)\s+$/u.exec(view.slice(cue.end, m.start));
    if (!office) return null;
    // (No article, preposition or conjunction inside: `according to reports by Amy Chen`.)
    const words = `${office[1]}${office[2]}`.split(/\s+/).map(fold);
    const stop = (w: string): boolean =>
      DETERMINERS[language].includes(w) || PREPOSITIONS[language].includes(w) || /^(?:and|or|et|ou)$/.test(w);
    if (words.some(stop)) return null;
    const kind = roleKind(fold(office[2]), language);
    return kind?.kind === 'person' && !kind.plural ? m : null;
  }

  private pronounMention(start: number, end: number, gender: 'm' | 'f' | null, plural: boolean): SpeakerMention {
    return {
      start,
      end,
      type: 'pronoun',
      name: this.c.text.slice(start, end),
      nameStart: start,
      nameEnd: end,
      kind: null,
      plural,
      gender,
      role: null,
      roleStart: -1,
      roleEnd: -1,
      prep: null,
      parts: [],
    };
  }

  /** The subject of a speech verb: who speaks. `after`: the cue follows the quote (`«…», a déclaré X`). */
  subjectOf(cue: CueMatch, S: Span, after: boolean): SpeakerMention | null {
    const key = cue.start * 2 + (after ? 1 : 0);
    if (this.subjectCache.has(key)) return this.subjectCache.get(key) ?? null;
    const found = this.findSubject(cue, S, after);
    const m = found ? (this.voiceOf(found, cue, S) ?? found) : null;
    this.subjectCache.set(key, m);
    return m;
  }

  /**
   * `le RHDP, par la voix de son directeur exécutif Adama Bictogo, félicite…`, `the union,
   * through its spokesman John Doe, said`: the person an organisation speaks through, named
   * between the subject and its verb, is the speaker.
   */
  private voiceOf(m: SpeakerMention, cue: CueMatch, S: Span): SpeakerMention | null {
    if (m.end > cue.start || cue.start - m.end > 200) return null;
    const between = fold(this.c.text.slice(m.end, cue.start));
    const v = /,\s*(?:par la (?:voix|bouche) d|through (?:its|their|his|her) )/.exec(between);
    if (!v) return null;
    const from = m.end + v.index + v[0].length;
    const voices = this.mentionsNear(S, from, cue.start).filter(
      (x) => x.end <= cue.start && x.kind === 'person' && !x.plural && x.type !== 'pronoun',
    );
    return voices.find((x) => x.type === 'name') ?? voices[0] ?? null;
  }

  private findSubject(cue: CueMatch, S: Span, after: boolean): SpeakerMention | null {
    const { view } = this.c;
    if (cue.source) return this.sourceMention(cue, S);
    if (cue.clitic) {
      // `affirme-t-on à l'Élysée`, `indique-t-on dans l'entourage du ministre`: the place speaks.
      if (/^on$/i.test(this.c.text.slice(cue.clitic.start, cue.clitic.end))) {
        // (`indique-t-on de source proche de l'enquête`: the source, unnamed.)
        const sourced = /^\s+de\s+(sources?\s+[^,.;:!?«»"“”\n]{3,80}?)\s*(?=[,.;:!?«»"“”\n]|$)/u.exec(
          view.slice(cue.end, Math.min(S.end, cue.end + 100)),
        );
        if (sourced) {
          const start = cue.end + sourced[0].indexOf(sourced[1]);
          return roleMention(
            this.c.text,
            start,
            start,
            start + sourced[1].length,
            'person',
            /^sources/.test(sourced[1]),
          );
        }
        const where = this.mentionsNear(S, cue.end, cue.end + 40).find(
          (x) =>
            x.start >= cue.end &&
            x.start - cue.end < 40 &&
            (x.prep === 'a' || x.prep === 'au' || x.prep === 'chez' || x.prep === 'dans' || x.prep === 'de'),
        );
        return where && where.kind !== 'place' ? where : null;
      }
      return this.pronounMention(cue.clitic.start, cue.clitic.end, cue.clitic.gender, cue.clitic.plural);
    }
    const all = this.mentionsNear(S, cue.start - 600, cue.end + 300);
    // (`the minister was cited by The Indian Express`, `was quoted by Reuters as saying`: the
    // subject of a quoting verb's passive said the words, its agent only reports them.)
    const reported = cue.passive && this.c.language === 'en' && /^(?:quoted|cited)$/.test(this.c.tokens[cue.verb].norm);
    if (cue.passive && !reported) {
      const agent = all.find(
        (x) => (x.prep === 'par' || x.prep === 'by') && x.start > cue.end && x.start - cue.end < 200,
      );
      return agent ?? null;
    }
    // A bare participle with its agent: `un texte jugé « décevant » par de nombreuses ONG`.
    if (cue.form === 'finite' && cue.first === cue.verb && /(?:é|ée|és|ées|ed)$/.test(this.c.tokens[cue.verb].text)) {
      const by = this.agentAfter(cue, S);
      if (by) return by;
    }
    // `Steve Moore said they did not want to… but said it was "…"`: a verb after `but`/`and`
    // shares the subject of the speech verb before it in the sentence.
    if (!after && /^(?:and|but|then|et|mais|puis)$/.test(this.wordBefore(cue))) {
      const earlier = this.cues({ start: Math.max(S.start, cue.start - 400), end: cue.start }).find(
        (c) => c.form === 'finite' && !c.source && !c.passive && c.start < cue.start,
      );
      if (earlier) {
        const m = this.subjectOf(earlier, S, false);
        if (m && m.type !== 'pronoun') return m;
      }
      // (`Mr. Bommai mocked Mr. Shivakumar and termed him the "…"`: with no speech verb before,
      // the subject that opens the sentence, not the first verb's object.)
      const opening = all.find((x) => {
        if (x.end > cue.start || x.prep !== null || x.type === 'pronoun') return false;
        if (x.kind !== 'person' && x.kind !== 'organization') return false;
        const lead = view.slice(S.start, x.start);
        return (
          (/^[\s"“«]*(?:[\p{L}'’.-]+\s+){0,3}$/u.test(lead) && !/[,;:]/.test(lead)) ||
          /^[^;:«»"“”]{3,200},\s*(?:[\p{Lu}][\p{L}.]*\s+)?$/u.test(lead)
        );
      });
      if (!earlier && opening) return opening;
    }
    let left = all.filter((x) => x.end <= cue.start);
    // `John Smith, who has led the firm since 2015, said`: nobody inside the relative clause or
    // apposition just before the verb is its subject.
    const pre = view.slice(Math.max(S.start, cue.start - 400), cue.start);
    // (An abbreviation's full stop stays inside it: `, a nurse at St. Rose Hospital, said`.)
    const app =
      /,((?:[^,.;:«»"“”]|(?<=\b(?:St|Ste|Dr|Mt|Ft|Jr|Sr|Inc|Co|Corp|Ltd|Mr|Mrs|Ms|\p{Lu}))\.){1,160}),\s*$/u.exec(pre);
    const opener =
      this.c.language === 'fr'
        ? /^\s*(?:qui|dont|où|lequel|laquelle|un|une|le|la|l'|\p{Ll}+(?:é|ée|és|ées|ant|ment))(?=[\s'])/u
        : /^\s*(?:who|which|whose|where|a|an|the|\p{Ll}+(?:ed|ing|ly))(?=[\s'])/u;
    let appositionStart = -1;
    if (app && opener.test(app[1])) {
      appositionStart = cue.start - pre.length + app.index;
      left = left.filter((x) => x.start < appositionStart);
    }
    // `la candidate Martine Vassal, portée par le sortant Jean-Claude Gaudin, a refusé…, assurant
    // qu'il n'y avait « … »`, `X, backed by Y, said`: the agent of a participle set off by commas
    // is no subject of the sentence. (Read within 400 characters: a giant sentence stays linear.)
    const agentFrom = Math.max(S.start, cue.start - 400);
    for (const g of view
      .slice(agentFrom, cue.start)
      .matchAll(/,\s*\p{Ll}+(?:é|ée|és|ées|ie|ies|ue|ues|ed)\s+(?:par|by)\s[^,;:«»"“”]{1,100},/gu)) {
      const from = agentFrom + (g.index ?? 0);
      const to = from + g[0].length;
      left = left.filter((x) => x.end <= from || x.start >= to);
    }
    // `Coun Lay (Lib Dem, Otley and Yeadon) said`: words in brackets between a name and its verb
    // are the name's party and ward, not the subject.
    const bracket = /\s*\([^()«»"“”]{1,80}\)\s*$/.exec(pre);
    if (bracket) {
      const open = cue.start - pre.length + bracket.index;
      if (left.some((x) => x.end <= open && x.type === 'name' && /^\s*$/.test(view.slice(x.end, open))))
        left = left.filter((x) => x.end <= open);
    }
    // `Du côté de l'Élysée, on assure que…`: impersonal `on` speaks for the place named before it.
    const before = this.c.tokens[cue.first - 1];
    if (this.c.language === 'fr' && before && before.norm === 'on' && /^\s*$/.test(view.slice(before.end, cue.start))) {
      for (let i = left.length - 1; i >= 0; i--) {
        const x = left[i];
        if (
          x.prep &&
          /^(?:a|au|chez|dans|de|du)$/.test(x.prep) &&
          x.kind !== 'place' &&
          (x.kind !== null || x.type === 'name')
        )
          return x;
      }
      return null;
    }
    if (cue.form === 'gerund' || cue.form === 'infinitive') {
      // The mention nearest before the verb, which may be its own subject.
      const nearest = left[left.length - 1];
      // `…, les ministres devaient répondre :`: the subject of the modal the infinitive completes.
      if (
        cue.form === 'infinitive' &&
        nearest &&
        nearest.prep === null &&
        nearest.type !== 'pronoun' &&
        (nearest.kind === 'person' || nearest.kind === 'organization') &&
        MODAL_BEFORE.test(view.slice(nearest.end, cue.start))
      )
        return nearest;
      // (The nearest such verb: `While Mo Marley admitted…, France boss Gilles Eyquem hailed…,
      // adding: "…"`.)
      const finite = this.cues({ start: Math.max(S.start, cue.start - 600), end: cue.start })
        .filter((c) => c.form === 'finite' && !c.source && !c.passive)
        .pop();
      if (finite) {
        const m = this.subjectOf(finite, S, this.followsQuote(finite, S));
        if (m) return m;
      }
      // `…, le gouvernement prédisant des « jours difficiles »`, `with the government predicting
      // "…"`: a noun right before the participle is its own subject.
      if (
        nearest &&
        (nearest.prep === null || nearest.prep === 'with' || nearest.prep === 'avec') &&
        nearest.type !== 'pronoun' &&
        (nearest.kind === 'person' || nearest.kind === 'organization') &&
        /^\s*$/.test(view.slice(nearest.end, cue.start)) &&
        // (Not a verb's object: `The Chief Minister mocked Congress terming it a "…"`.)
        (nearest.start - S.start <= 3 ||
          // (Its office may stand between: `with party co-leader Patrick Harvie branding it "…"`.)
          /(?:[,;:(—–-]\s*|(?:^|\s)(?:with|avec)\s+(?:[\p{Ll}-]+\s+){0,3}?)(?:(?:the|le|la|les|l['’])\s*)?$/iu.test(
            view.slice(Math.max(S.start, nearest.start - 30), nearest.start),
          ))
      )
        return nearest;
      // `Mammoliti was explaining why he left his council seat… after telling council that…`,
      // `She accepted it was not…, adding: "…"`: a gerund's subject is the sentence's, not the
      // nearest noun or `it`.
      const opening = left.find(
        (x) =>
          x.prep === null &&
          x.kind !== 'place' &&
          (x.type === 'pronoun' ? /^(?:he|she|they)$/i.test(x.name) : x.kind !== null || x.type === 'name') &&
          x.start - S.start <= 40 &&
          /^[\s«»"“”'‘’\-–—]*(?:\S+\s+){0,3}$/u.test(view.slice(S.start, x.start)) &&
          !/[,;:]/.test(view.slice(S.start, x.start)),
      );
      if (opening && cue.form === 'gerund') return opening;
      // (`when a female contacted Henry Street Garda Station informing officers there was "…"`:
      // the subject of the clause's verb, not that verb's object.)
      if (cue.form === 'gerund' && this.c.language === 'en') {
        const clause = left
          .filter(
            (x) =>
              x.prep === null &&
              x.type !== 'pronoun' &&
              x.kind !== 'place' &&
              /^\s+(?:\p{Ll}+ed|was|were|is|are|had|has|have|did|made|sent|wrote|rang|called|told|said)\s/u.test(
                view.slice(x.end, x.end + 20),
              ),
          )
          .pop();
        if (clause) return clause;
      }
      for (let i = left.length - 1; i >= 0; i--) {
        const x = left[i];
        if ((x.prep === null || x.prep === 'par' || x.prep === 'by') && x.kind !== 'place') return x;
      }
      // `le syndicat CGT a organisé un rassemblement. Objectif: dénoncer "la répression"`: a
      // verbless label before an infinitive carries on the previous sentence of its paragraph —
      // its subject speaks.
      if (
        cue.form === 'infinitive' &&
        left.length === 0 &&
        /^[\s\p{L}]{1,20}:\s*$/u.test(view.slice(S.start, cue.start))
      ) {
        const P = this.c.sentences.at(Math.max(0, S.start - 2));
        if (P.end <= S.start && !view.slice(P.end, S.start).includes('\n')) {
          // (The noun right before the main verb's auxiliary: `Alors que Laurent Musy, le P-DG de
          // Terreal, était en visite…, le syndicat CGT a organisé…`.)
          const subject = this.mentions(P).find(
            (x) =>
              x.prep === null &&
              x.type !== 'pronoun' &&
              (x.kind === 'person' || x.kind === 'organization') &&
              /^\s+(?:a|ont|avait|avaient|has|have|had)\s/.test(view.slice(x.end, x.end + 9)),
          );
          if (subject) return subject;
        }
      }
      return null;
    }
    const inverted = (): SpeakerMention | null => {
      // English inverts its subject only right after the words: `"Why now?" asked Emily Carter`,
      // `"…," warned the governor`. Elsewhere the noun after the verb is no subject (`and
      // conceded "…" as his Saints side slipped`); after `told` it is the listener even there
      // (`told the Associated Press`); and a verb-looking noun opening a `that` clause is the
      // object's head (`described as 'false' claims that patients…`).
      if (this.c.language === 'en') {
        const quoteEnd = after ? this.lastQuoteEndBefore(cue.start, S) : null;
        const rightAfterQuote = quoteEnd !== null && /^[\s,]*$/.test(view.slice(quoteEnd, cue.start));
        const verb = this.c.tokens[cue.verb].norm;
        if (
          !rightAfterQuote ||
          (OBJECT_VERBS.has(verb) && LISTENER_VERB.test(verb)) ||
          /^\s+that\b/.test(view.slice(cue.end, cue.end + 6))
        )
          return null;
      }
      const m =
        all.find((x) => x.start >= cue.end && x.prep === null && x.start - cue.end < 120) ?? this.bareNounAfter(cue);
      if (!m) return null;
      // (A short title in quotes may stand between: `a indiqué dans le "19h30" de la RTS Henri X`.)
      const between = view.slice(cue.end, m.start).replace(/["“«][^"“”«».;:!?]{1,30}["”»]/g, 'T');
      if (/[«»"“”.;:!?]|\bque?\b|\bqu'|\bthat\b/.test(between)) return null;
      // `said Morningstar Research analyst Ali Mogharabi`: the employer is a title of the person after it.
      // (So is a name with no first name before an office and a person's name: `said LiUNA Local
      // 3000 representative Ann Waller`, with a branch's number.)
      // `a déclaré le porte-parole principal du Rassemblement des houphouétistes pour la démocratie
      // et la paix (RHDP) Kobenan Kouassi Adjoumani`: an office, its complement, then the holder's name.
      if (this.c.language === 'fr' && m.type === 'role' && m.kind === 'person') {
        const holder = all.find(
          (x) =>
            x.start >= m.end &&
            x.start - m.end < 100 &&
            x.prep === null &&
            x.kind === 'person' &&
            x.type === 'name' &&
            /^[\s\p{L}'’()-]*$/u.test(view.slice(m.end, x.start)) &&
            !/\b(?:qui|que|qu|a|ont|est|sont|avait)\b/u.test(view.slice(m.end, x.start)),
        );
        if (holder) return holder;
      }
      const unproven = this.c.language === 'en' && m.kind === 'person' && m.gender === null;
      if ((m.kind !== 'person' || unproven) && m.type === 'name') {
        const person = all.find(
          (x) =>
            x.start >= m.end &&
            x.start - m.end < 60 &&
            x.kind === 'person' &&
            x.type === 'name' &&
            /^\s+(?:(?:[\p{Ll}-]+|\d+)\s+){0,3}$/u.test(view.slice(m.end, x.nameStart)) &&
            (!unproven || /\p{Ll}/u.test(view.slice(m.end, x.nameStart))),
        );
        if (person) return person;
      }
      return m;
    };
    // `…" pour retrouver la religieuse X, a affirmé à l'AFP un responsable du ministère.`: French
    // never parts a subject from its verb by one comma — the subject after the verb speaks, unless
    // the name is itself set off by commas (`le maire de Québec, Bruno Marchand, a insisté`), and
    // never past a comma after the verb.
    const invertedPastOneComma = (x: SpeakerMention, gap: string): SpeakerMention | null => {
      if (this.c.language !== 'fr' || !/^\s*,\s*$/.test(gap)) return null;
      if (/[,;:(]\s*$/.test(view.slice(Math.max(0, x.start - 3), x.start))) return null;
      const inv = inverted();
      return inv && inv.type !== 'pronoun' && !view.slice(cue.end, inv.start).includes(',') ? inv : null;
    };
    // `C'est Me X, l'avocate de "Y." qui raconte la scène : « … »`: a verb after `qui` is a
    // relative clause's, whatever quote stands before it; its subject is the antecedent.
    const relativeVerb = /^(?:qui|who)$/.test(this.wordBefore(cue));
    // `The All Blacks "squeezed" the Aussies…, says captain Richie McCaw.`: English inverts after
    // a comma too when the verb's subject follows it and ends the clause — whatever nouns stand
    // before the comma, they are the reported sentence's.
    if (after && !relativeVerb && this.c.language === 'en' && /,\s*$/.test(view.slice(S.start, cue.start))) {
      const verb = this.c.tokens[cue.verb].norm;
      // (The subject may be the last of its owner's words: `says the city's mayor Wayne Brown`.)
      const m = all.find(
        (x) =>
          x.start >= cue.end &&
          x.prep === null &&
          x.start - cue.end < 60 &&
          /^\s*(?:[.!?;,]|$)/.test(view.slice(x.end, S.end)),
      );
      if (
        m &&
        // (`, told the Associated Press`: the noun after `told` is the listener.)
        !(OBJECT_VERBS.has(verb) && LISTENER_VERB.test(verb)) &&
        /^[\s\p{L}'’-]*$/u.test(view.slice(cue.end, m.start)) &&
        // (`, said in a tweet referring to his rival Modi.`: a name inside the verb's adjunct is not its subject.)
        !/\b(?:that|in|on|at|to|for|with|by|from|during|after|before|about|into|over|against|\p{Ll}+ing)\b/u.test(
          view.slice(cue.end, m.start),
        )
      )
        return m;
    }
    if (after && !relativeVerb) {
      const between = left.filter((x) => x.start >= (this.lastQuoteEndBefore(cue.start, S) ?? S.start));
      // (`," Cllr Wendy Hederman (PD) said`: a party in brackets is the name's tag.)
      while (between.length > 1 && inBrackets(view, between[between.length - 1])) between.pop();
      const near = between[between.length - 1];
      const gap = near ? afterAbbreviation(view, near, cue.start).replace(LEADING_BRACKETS, '') : '';
      // (The writer's words stand between the quote and the name: `"…" pour retrouver X, a affirmé…`.)
      if (near && /\p{L}/u.test(view.slice(this.lastQuoteEndBefore(cue.start, S) ?? S.start, near.start))) {
        const inv = invertedPastOneComma(near, gap);
        if (inv) return inv;
      }
      // (`"…", Vezsprem et Szeged, a souligné Valentin Porte.`: no person before the verb, a
      // person's name right after it is its subject — the words before are the quote's gloss.)
      if (this.c.language === 'fr' && near && near.kind !== 'person' && /^\s*,\s*$/.test(gap)) {
        const inv = inverted();
        if (inv && inv.type === 'name' && inv.kind === 'person' && /^\s*$/.test(view.slice(cue.end, inv.start)))
          return inv;
      }
      if (near && near.prep === null && (/^[\s,]*$/.test(gap) || /^\s*,[^«»"“”.;:]{0,140},\s*$/.test(gap))) return near;
      // (`"…," Jeff MacLean, president of Michelin North America, said`: else the person named
      // right after the words, its apposition running to the verb, whatever names it holds.)
      const first = between[0];
      if (
        first &&
        first !== near &&
        first.prep === null &&
        first.kind === 'person' &&
        /^\s*,[^«»"“”.;:]{0,160},\s*$/.test(afterAbbreviation(view, first, cue.start))
      )
        return first;
      // `’…,’ one senior backbencher told the Guardian`: a common noun before the verb.
      const bare = this.bareNounBefore(cue);
      if (bare && bare.start >= (this.lastQuoteEndBefore(cue.start, S) ?? S.start)) return bare;
      return inverted();
    }
    // `A mother whose daughter died from a case of Sudden Unexpected Death in Infants has
    // recalled…`: a subject and its relative clause, with no comma, before the verb.
    const opening = left.find((x) => x.prep === null && x.type !== 'pronoun' && x.start - S.start <= 12);
    if (
      opening &&
      (opening.kind === 'person' || opening.type === 'role') &&
      /^\s+(?:who|whose|qui|dont)\s[^,;:.!?«»"“”]{3,200}$/.test(view.slice(opening.end, cue.start))
    )
      return opening;
    // `Peter Pinfield, chairman of Healthwatch Worcestershire the group which represents county
    // patients, said`: a person's name opening the sentence before a comma, and the verb after a
    // comma — what stands between is his apposition, whatever it holds.
    // (Its acronym in brackets may stand after the comma: `…General Workers Union, (TGWU) said`.)
    if (/,\s*(?:\([^()]{1,12}\)\s*)?$/.test(view.slice(Math.max(S.start, cue.start - 24), cue.start))) {
      const first = left.find(
        (x) =>
          x.prep === null &&
          x.type === 'name' &&
          x.kind === 'person' &&
          // (After a one-word opening adjunct too: `Yesterday, Trevor Hall, …, said`.)
          /^[\s"“«'‘\-–—]*(?:\p{Lu}\p{Ll}+,\s*)?$/u.test(view.slice(S.start, x.start)) &&
          /^\s*,/.test(view.slice(x.nameEnd, x.nameEnd + 3)),
      );
      if (first && !/[«»"“”;]/.test(view.slice(first.end, cue.start))) return first;
    }
    for (let i = left.length - 1; i >= 0; i--) {
      const x = left[i];
      // `after Trump accused…`: a conjunction, not a preposition, opens the verb's clause.
      const conjunction = !!x.prep && SUBORDINATORS.has(x.prep) && /^\s*$/.test(view.slice(x.end, cue.start));
      // `pour la défense qui parle d'un « … »`: the antecedent of `qui`, whatever governs it.
      const antecedent =
        relativeVerb &&
        x.kind !== 'place' &&
        x.kind !== null &&
        /^\s*(?:qui|who)\s*$/i.test(view.slice(x.end, cue.start));
      if (x.prep !== null && !conjunction && !antecedent) continue;
      if (x.weather) return null;
      // (`Marie-Barbey Chappuis (Le Centre), a fustigé`, `Sonja Molinari (Les Verts) estime`: a
      // party in brackets after a name is its tag, neither the subject nor in the way.)
      if (inBrackets(view, x)) continue;
      // (A short quoted name inside stands for a word: `l'avocate de "Y." qui raconte`.)
      const gap = afterAbbreviation(view, x, cue.start)
        .replace(/["“«][^"“”«»]{1,30}["”»]/g, 'Y')
        .replace(LEADING_BRACKETS, '');
      // (`Jo Goodchild from Unite the Union says`: an organisation right after a person's name
      // and `from`/`of`/`at` is where the person works; the person is the subject.)
      for (let j = i - 1; x.kind === 'organization' && j >= 0 && j >= i - 3; j--) {
        const p = left[j];
        if (
          p.kind === 'person' &&
          p.type === 'name' &&
          p.prep === null &&
          /^\s+(?:from|of|at|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+(?:the\s+|of\s+|and\s+)?){0,5}$/u.test(
            view.slice(p.end, x.start),
          ) &&
          /^\s*$/.test(gap)
        )
          return p;
      }
      // (Not a name opening the sentence, unless a comma closes the incise after the inverted
      // subject: `La Gambie, renchérit Barro, « peut apprendre… »`.)
      let inv = invertedPastOneComma(x, gap);
      if (inv && S.start >= x.start - 3 && !/^\s*,/.test(view.slice(inv.end, inv.end + 3))) inv = null;
      if (inv) return inv;
      if (
        /^[\s,]*$/.test(gap) ||
        // (`Il s'est surtout réjoui de…`: an auxiliary and an adverb between the subject and the participle.)
        /^\s*(?:s['’]|se\s+|ne\s+|n['’])?(?:est|a|avait|était|etait|sont|ont|s['’]est)?\s*(?:\p{Ll}+ment|surtout|aussi|encore|bien|déjà|toujours|alors|ensuite|enfin|pourtant|d['’]abord)\s*$/u.test(
          gap,
        ) ||
        /^\s*,[^,.;:«»"“”]{0,120},\s*$/.test(gap) ||
        // (Its closing comma forgotten, a person opening the sentence and an office after the
        // first: `Le colonel Abdoulaye Maïga, ministre et porte-parole du gouvernement de
        // transition avait déjà accusé mercredi Mme Parly…`.)
        (x.kind === 'person' &&
          x.type === 'name' &&
          /^[\s"“«'‘\-–—]*(?:\S+\s+){0,2}$/u.test(view.slice(S.start, x.start)) &&
          roleKind(
            fold(/^\s*,\s*([\p{L}-]+)[^,.;:«»"“”]{0,120}$/u.exec(view.slice(x.nameEnd, cue.start))?.[1] ?? ''),
            this.c.language,
          )?.kind === 'person') ||
        /^\s*,?\s*(?:qui|who|which)\s*$/i.test(gap) ||
        // (Where they are: `The Houthis (Ansar Allah) in Yemen announced`.)
        (x.kind !== null &&
          /^\s*(?:in|from|at|au|en|à)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*$/u.test(gap) &&
          this.mentionsNear(S, x.end, cue.start).some(
            (p) => p.kind === 'place' && p.start > x.end && p.end <= cue.start,
          )) ||
        (relativeVerb && /^\s*(?:de|du|of)?\s*Y\s*(?:qui|who)\s*$/i.test(gap))
      )
        return x;
      break;
    }
    const bare = this.bareNounBefore(cue) ?? (appositionStart >= 0 ? this.bareNounBefore(cue, appositionStart) : null);
    if (bare) return bare;
    if (this.c.language === 'fr') {
      const inv = inverted();
      if (inv) return inv;
    }
    // The nearest earlier subject in the same clause: `X, réunis lundi à Paris, ont insisté`.
    for (let i = left.length - 1; i >= 0; i--) {
      const x = left[i];
      // (Nor an acronym in brackets, which goes with the words before it: `le choix de l'ancien
      // joueur de la Ligue nationale de hockey (LNH), qui sera…, témoigne`.)
      // (Unless it is the antecedent of the verb's `qui`: `selon le réseau des relevés
      // glaciologiques suisse (Glamos) qui juge`.)
      if (
        x.prep !== null ||
        x.kind === 'place' ||
        (inBrackets(view, x) && !/^\s*\)?\s*(?:qui|who)\s*$/i.test(view.slice(x.end, cue.start)))
      )
        continue;
      if (/[«»"“”;]/.test(view.slice(x.end, cue.start))) return null;
      return x;
    }
    return null;
  }

  /** The mention after `par` / `by` following a cue in its sentence (`… par de nombreuses ONG`). */
  private agentAfter(cue: CueMatch, S: Span): SpeakerMention | null {
    const { tokens } = this.c;
    // French puts the agent after the quote (`jugé « décevant » par…`), English right after the verb (`described by critics as`).
    const reach = this.c.language === 'fr' ? 15 : 2;
    for (let k = cue.next; k < tokens.length && tokens[k].start < S.end && k < cue.next + reach; k++) {
      if (this.quotedToken[k]) continue;
      if (tokens[k].norm !== 'par' && tokens[k].norm !== 'by') continue;
      const after = tokens[k].end;
      return (
        this.mentionsNear(S, after, after + 26).find(
          (x) => x.start >= after && x.start - after <= 25 && x.type !== 'pronoun',
        ) ?? null
      );
    }
    return null;
  }

  /**
   * `« … », s'emporte un voyageur, rencontré gare de Lyon`: a determiner and a common noun right
   * after a French incise's verb, when no known description is there.
   */
  private bareNounAfter(cue: CueMatch): SpeakerMention | null {
    const { tokens, view, text, language } = this.c;
    if (language !== 'fr') return null;
    const det = tokens[cue.next];
    const head = tokens[cue.next + 1];
    if (!det || !head || !/^(?:un|une|le|la|l'|ce|cet|cette)$/.test(det.norm)) return null;
    if (!/^\s*$/.test(view.slice(cue.end, det.start)) || !/^\s*$/.test(view.slice(det.end, head.start))) return null;
    // (Only an incise's verb, after the words or a comma: in `Québec solidaire a dénoncé la
    // nomination de…`, the noun after the verb is its object.)
    if (!/[,»"”]\s*$/.test(view.slice(Math.max(0, cue.start - 4), cue.start))) return null;
    if (!/^\p{Ll}/u.test(head.text) || BARE_STOP.has(head.norm) || this.c.lexicon.lookup(head.norm).length) return null;
    // `indiquait le message d'alerte`: a document is no person (its author is unknown here).
    if (SOURCE_DOCUMENTS.fr.includes(head.norm) || NOT_SPEAKER_NOUNS.has(head.norm)) return null;
    let end = head.end;
    const adj = tokens[cue.next + 2];
    // (An adjective, not a preposition: `l'opérateur du secteur` is no `opérateur du`.)
    if (
      adj &&
      /^\s+$/.test(view.slice(head.end, adj.start)) &&
      /^\p{Ll}+$/u.test(adj.text) &&
      !BARE_STOP.has(adj.norm) &&
      !/^(?:de|du|des|d'|a|au|aux|en|pour|par|sur|sous|sans|contre|selon|vers|entre|dans|avec|et|ou|qui|que|lors|depuis|apres|avant|devant|chez)$/.test(
        adj.norm,
      )
    )
      end = adj.end;
    const gender = /^(?:une|la|cette)$/.test(det.norm) ? 'f' : /^(?:un|le|ce|cet)$/.test(det.norm) ? 'm' : null;
    return roleMention(text, det.start, head.start, end, 'person', false, gender);
  }

  /**
   * `“Le débat public français n'est pas très exigeant…”. Quand on évoque avec lui la question,
   * le chercheur Roland Marchal ne mâche pas ses mots.`: a quote that opens its paragraph with
   * no cue is the words of the person the next sentence of the paragraph introduces — a name,
   * not in a prepositional phrase, with a pronoun pointing back to the words (`lui`, `him`).
   */
  nextSentencePerson(d: Draft): SpeakerMention | null {
    const { view } = this.c;
    if (!d.open) return null;
    const lineStart = this.lineStartWithin(d.open.start, 400);
    // (After a dateline too: `MONTRÉAL – « … » Martin St-Louis a décortiqué…`.)
    const before = view.slice(lineStart, d.open.start);
    if (!/^\s*$/.test(before) && !DATELINE_LEAD.test(before)) return null;
    // (A closing mark typed as an opening one, `…militaires“.`, closes it too.)
    const closeEnd = d.close?.end ?? d.end;
    const gap = /^[^\S\n]*["“”»]?[.!?…]?[^\S\n]+(?=\p{Lu})/u.exec(view.slice(closeEnd, closeEnd + 8));
    if (!gap) return null;
    const from = closeEnd + gap[0].length;
    const next = this.c.sentences.at(from);
    const end = from + view.slice(from, Math.min(next.end, from + 300)).trimEnd().length;
    if (/[«»"“”\n]/.test(view.slice(from, end))) return null;
    const m = this.mentions({ start: from, end }).find(
      (x) => x.prep === null && x.type === 'name' && x.kind === 'person',
    );
    if (!m) return null;
    // `« … » Martin St-Louis a décortiqué ce revers…`: the next sentence opens on the full name
    // of the one who said it; else it must speak of them again (`lui`, `elle`).
    // (Or after an opening adjunct set off by a comma, when the quote opens the article: `« … »
    // Devant le siège de la rédaction ce jeudi, Gwenael Bourdon, journaliste, ne cache pas son
    // inquiétude.`)
    // (Or when no person was named before the words: `Des exploitants ont bloqué une usine… ¶ « … »
    // Face à une gigantesque enseigne, Alexis Lavalley, éleveur laitier, détourne le regard.`)
    const lede =
      lineStart === 0 ||
      !/\S/.test(view.slice(0, lineStart)) ||
      (lineStart <= 3000 &&
        !this.mentions({ start: 0, end: lineStart }).some((x) => x.type === 'name' && x.kind === 'person'));
    const opens =
      /\s/.test(m.name.trim()) && (m.start === from || (lede && /^[^,;:]{3,220},\s*$/.test(view.slice(from, m.start))));
    if (!opens && !/(?:^|\s)(?:lui|him|her|elle)(?=[\s,.;])/i.test(view.slice(from, end))) return null;
    return m;
  }

  /**
   * `The sentence has drawn criticism, according to Orla O'Connor, the director of… ¶ "People
   * have been in touch…"`: a quote opening its paragraph with no cue of its own, right after a
   * paragraph whose last sentence cites someone with `selon` / `d'après` / `according to` — the
   * words are that source's.
   */
  priorSource(d: Draft): SpeakerMention | null {
    const { view } = this.c;
    if (!d.open) return null;
    // `Il y avait plus de colère dans les paroles d'Anouar Ait El Hadj au micro de RTL Sports.
    // « On a encore une fois mal commencé… »`: the sentence just before, in the paragraph,
    // announces whose words follow.
    const before = this.c.sentences.before(d.open.start);
    if (
      before &&
      /[.!]\s*$/.test(view.slice(before.start, d.open.start)) &&
      !/\n/.test(view.slice(before.start, d.open.start))
    ) {
      const end = before.start + view.slice(before.start, before.end).trimEnd().replace(/[.!]$/, '').length;
      const owner = this.speechNounOwner(before, end);
      if (owner && owner.kind === 'person') return owner;
      // (`Il est très regrettable de ne pas se présenter pour le procureur Alexia Brianti. « … »`:
      // a sentence ending on `pour` and a person's name gives that person's view, which goes on.)
      if (this.c.language === 'fr') {
        const pour =
          /(?:^|[\s,])pour\s+(?:(?:le|la|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}[^.!?«»"“”,;:()]{1,60}$/u.exec(
            view.slice(before.start, end),
          );
        if (pour) {
          const named = this.mentions({ start: before.start + pour.index, end }).filter(
            (x) => x.kind === 'person' && x.type === 'name' && x.end === end,
          );
          if (named.length === 1) return named[0];
        }
      }
    }
    const lineStart = this.lineStartWithin(d.open.start, 400);
    if (lineStart === 0 || !/^\s*$/.test(view.slice(lineStart, d.open.start))) return null;
    const prev = this.c.sentences.before(lineStart);
    if (!prev) return null;
    const body = view.slice(prev.start, prev.end).trimEnd();
    if (
      !/[.!]$/.test(body) ||
      /[«»"“”]/.test(body) ||
      !/^\s*\n\s*$/.test(view.slice(prev.start + body.length, lineStart))
    )
      return null;
    for (const cue of this.cues(prev)) {
      if (!cue.source) {
        // `She said that Crown observer Lindsay McKenzie provided an update…` ¶ `"As such, …"`:
        // the reporting verb opening the paragraph's last sentence — its subject's words go on.
        // (Plain reporting only: `a prétendu`, `annonce` tell a claim the quote may answer.)
        if (cue.form !== 'finite' || cue.passive || !PLAIN_REPORTING.test(this.c.tokens[cue.verb]?.norm ?? ''))
          continue;
        const m = this.subjectOf(cue, prev, false);
        const opens = m && /^[\s"“«]*(?:[\p{L}'’.-]+\s+){0,3}$/u.test(view.slice(prev.start, m.start));
        if (
          m &&
          opens &&
          (m.type === 'pronoun' || m.kind === 'person') &&
          !/[,;:(]/.test(view.slice(prev.start, m.start))
        )
          return m;
        return null;
      }
      if (fold(view.slice(cue.start, cue.end)) === 'pour') continue;
      const m = this.sourceMention(cue, prev);
      if (m && m.type !== 'pronoun' && (m.kind === 'person' || m.kind === 'organization')) return m;
    }
    return null;
  }

  /**
   * `« … ». ¶ Ces mots sont du ministre de la Santé, Manaouda Malachie.`, `"…" Those were the
   * words of Mayor Ann Roy.`: the sentence right after the quote says whose words they are —
   * the person it names (the name rather than the office before it).
   */
  wordsOwner(d: Draft): SpeakerMention | null {
    const { view } = this.c;
    const closeEnd = d.close?.end ?? d.end;
    const gap = /^[^\S\n]*["“”»]?[.!?…]?\s+(?=\p{Lu})/u.exec(view.slice(closeEnd, closeEnd + 12));
    if (!gap) return null;
    const from = closeEnd + gap[0].length;
    const next = this.c.sentences.at(from);
    const end = Math.min(next.end, from + 300);
    const lead =
      /^(?:(?:ces|ses|leurs?)\s+(?:mots|propos|paroles|déclarations)\s+sont\s+(?:ceux\s+|celles\s+)?(?:de|du|d['’])|(?:these|those)\s+(?:are|were)\s+(?:the\s+)?(?:words|remarks|comments)\s+of|(?:la|cette)\s+(?:tirade|question|réplique|réponse|phrase|sortie|remarque|déclaration|mise\s+en\s+garde)\s+(?:de|du|d['’])|(?:the|that|this)\s+(?:question|remark|comment|statement|outburst|warning|retort)\s+(?:from|by|of))\s/iu.exec(
        view.slice(from, end),
      );
    // (`« … » Voilà les explications avancées, vendredi, par Olivier Juban, patron du réseau`:
    // whoever gave them.)
    const given =
      lead ??
      /^(?:voilà|voici|telles?\s+sont|tels\s+sont|ce\s+sont)\s+(?:les|l['’]|ses|leurs)\s*(?:explications|propos|mots|paroles|déclarations|arguments|justifications|confidences)\b[^.;:!?«»"“”]{0,120}?\s(?:par|de|du|d['’])\s*/iu.exec(
        view.slice(from, end),
      );
    if (!given) return null;
    const found = this.mentions({ start: from + given[0].length, end });
    const m =
      found.find((x) => x.type === 'name' && x.kind === 'person') ??
      found.find((x) => x.kind === 'person' || x.kind === 'organization');
    return m ?? null;
  }

  /**
   * A headline's subject without its article before the quote (`Leeds hospital boss ‘…’`): at
   * most five words, ending on a person noun. `headFirst`: a signature line, whose French head
   * noun comes first and may name an organisation (`Police cantonale valaisanne`).
   */
  private headlineNoun(start: number, end: number, headFirst = false): SpeakerMention | null {
    const { tokens, view, text, language } = this.c;
    const lead = view.slice(start, end);
    const from = start + (lead.length - lead.trimStart().length);
    const to = start + lead.trimEnd().length;
    if (to <= from || /[^\s\p{L}'’-]/u.test(view.slice(from, to))) return null;
    // (The few tokens of the span, found by binary search: many such lines stay linear.)
    const words: Token[] = [];
    for (let k = partitionPoint(tokens, (t) => t.start < from); k < tokens.length && tokens[k].end <= to; k++) {
      words.push(tokens[k]);
      if (words.length > 5) return null;
    }
    if (words.length === 0) return null;
    // (`Police cantonale valaisanne`: French puts the head first, its adjectives after.)
    const head = headFirst && language === 'fr' ? words[0] : words[words.length - 1];
    const kind = roleKind(head.norm, language)?.kind;
    if (kind !== 'person' && !(headFirst && kind === 'organization')) return null;
    return roleMention(text, from, from, to, kind);
  }

  /** `l'intersyndicale dénonce`, `the family said`: a determiner and a common noun right before the verb. */
  private bareNounBefore(cue: CueMatch, before?: number): SpeakerMention | null {
    const { tokens, view, text, language } = this.c;
    // `before`: look in front of an apposition instead (`Un voisin, qui préfère…, confie`).
    const at = before === undefined ? cue.first : tokenAt(tokens, before);
    const dets = language === 'fr' ? BARE_DETERMINERS_FR : BARE_DETERMINERS_EN;
    for (let back = 2; back <= 4; back++) {
      const d = at - back;
      if (d < 0) return null;
      const det = tokens[d];
      const words = tokens.slice(d + 1, at);
      const span = view.slice(det.end, tokens[at]?.start ?? view.length);
      if (/[^\s\p{L}'-]/u.test(span.replace(/\s+/g, ' '))) return null;
      if (words.some((w) => !/^\p{Ll}/u.test(w.text) || BARE_STOP.has(w.norm) || this.c.lexicon.lookup(w.norm).length))
        return null;
      if (!dets.has(det.norm)) continue;
      const before = tokens[d - 1];
      if (
        before &&
        /^(?:de|du|des|d'|a|au|aux|par|pour|sur|dans|avec|of|to|by|for|with|in|on|at|from)$/.test(before.norm) &&
        /^\s*$/.test(view.slice(before.end, det.start))
      )
        return null;
      const head = words[0];
      const plural = /s$/.test(head.norm) && /^(?:les|des|ces|leurs|the|these|those|some|many|several)$/.test(det.norm);
      return roleMention(
        text,
        det.start,
        head.start,
        words[words.length - 1].end,
        plural ? 'organization' : 'person',
        plural,
      );
    }
    return null;
  }

  private lastQuoteEndBefore(offset: number, S: Span): number | null {
    // The last quoted stretch ending at or before `offset`.
    const last = this.c.quoted[this.firstQuotedEndingAfter(offset) - 1];
    return last && last.start >= S.start ? last.end : null;
  }

  /** Index of the first quoted stretch starting at or after an offset. */
  private firstQuoteFrom(offset: number): number {
    return partitionPoint(this.c.quoted, (q) => q.start < offset);
  }

  private result(cue: CueMatch | null, mention: SpeakerMention | null, how: string): Attribution {
    const c: Cue | null = cue ? { start: cue.start, end: cue.end, text: this.c.text.slice(cue.start, cue.end) } : null;
    const actorId = mention ? this.c.book.link(mention) : null;
    return { cue: c, mention: actorId ? mention : null, actorId, how };
  }
}
