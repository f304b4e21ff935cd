/**
 * Tense around a temporal expression, read from the verbs nearest to it in its sentence.
 * Enough to choose between the past Tuesday and the next one, or last January and the
 * next; not a parser.
 */
import type { Language } from '../types';

/** The direction a verb gives an expression of time: before, at, or after the anchor. */
export type Tense = 'past' | 'present' | 'future';

// No `i` flag: lower-case letters in the patterns stay lower case, so proper nouns
// ("Vera", "Sahara") do not read as verbs.
const FR_FUTURE =
  /(?<![\p{L}])(?:[snlmtdj]['’])?(?:\p{Ll}{2,}(?:era|eront|erai|erons|erez|ira|irai|irons|irez|iront|dra|dront|rra|rront|ura|uront|oira|oiront|ttra|ttront|vra|vront)|sera|seront|serait|seraient|aura|auront|fera|feront|ira|iront|va|vont|allait|allaient|devra|devront|pourra|pourront|pourrait|pourraient|espère|espèrent|doit|doivent|devrait|devraient|prévoit|prévoient|prévu|prévue|prévus|prévues|programmée?s?|envisage|envisagent|compte|comptent|s['’]apprête|s['’]apprêtent|prochain|prochaine|prochains|prochaines|attendu|attendue|a\s+lieu|ont\s+lieu|(?:engag\p{Ll}*|promis|promet|promettent|prêts?|prêtes?|décidée?s?|résolue?s?|chargée?s?)\s+(?:à|de|d['’])\s*\p{Ll}+(?:er|ir|re)|(?:pour|afin\s+d[e'’])\s+(?:(?:l['’]|les?|la|se|s['’]|y|en|leur|lui|nous|vous)\s*)?\p{Ll}+(?:er|ir|re))(?![\p{L}])/gu;

// Passé composé and pluperfect with avoir, reflexives and être verbs of motion or change,
// past passives (était, fut); "est prévu" / "est programmé" (present passive) is not past.
const FR_PAST =
  /(?<![\p{L}])(?:(?:(?:a|ont|avait|avaient|ai|avons|avez|as|eut|eurent|était|étaient|fut|furent|s['’]est|se sont|s['’]était|s['’]étaient|se sont|me suis|nous sommes|vous êtes)\s+(?:(?:pas|plus|jamais|déjà|également|aussi|encore|notamment|bien|toutefois|ainsi|enfin|été|d['’]ailleurs|pourtant|même)\s+){0,3}\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|int|inte|eint|eints))|(?:est|sont)\s+(?:(?:pas|déjà|également|aussi|bien|enfin)\s+)?(?:allée?s?|arrivée?s?|partie?s?|venue?s?|revenue?s?|devenue?s?|morte?s?|née?s?|entrée?s?|sortie?s?|restée?s?|tombée?s?|passée?s?|montée?s?|descendue?s?|retournée?s?|intervenue?s?|survenue?s?|décédée?s?|parvenue?s?)|\p{Ll}{2,}(?:ait|aient)|hier|dernier|dernière|passé|passée|naguère)(?![\p{L}])/gu;

// A bare past participle just before a date ("les frappes, commencées le 7 octobre", "le texte,
// adopté dimanche soir"); not a passive ("seront publiés le 6 juillet", "est prévu le 3 mars").
const FR_PARTICIPLE =
  /(?<![\p{L}'’])(?<!(?:^|\s)(?:le|la|les|un|une|en|du|des|au|aux|son|sa|ses|ce|cet|cette|leur|notre|votre|sera|seront|serait|seraient|est|sont|soit|soient|être)\s)\p{Ll}{3,}(?:é|ée|és|ées)(?=\s+(?:(?:le|l['’]|en|au|dès|depuis|ce|cette|il y a|dans\s+la\s+(?:nuit|soirée|matinée|journée)|dans\s+l['’]après-midi)\s|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])))/gu;

const FR_NOUNS_IN_E = new Set(
  'année journée soirée matinée armée idée entrée musée lycée arrivée durée pensée allée fumée vallée assemblée tournée rentrée montée percée poussée portée traversée veillée été société comité marché côté santé liberté sécurité université cité qualité réalité activité majorité priorité autorité communauté identité volonté électricité capacité'.split(
    ' ',
  ),
);

const FR_NOT_IMPERFECT = new Set([
  'fait',
  'sait',
  'lait',
  'trait',
  'souhait',
  'attrait',
  'portrait',
  'retrait',
  'parfait',
  'plaît',
  'extrait',
  'abstrait',
  'distrait',
  'forfait',
  'bienfait',
  'méfait',
]);

const EN_FUTURE =
  /\b(?:(?:will|won't|shall|'ll)(?:\s+(?:not|be|have|been|also|then|still|soon))*(?:\s+[a-z]+ed)?|(?:vow|vowed|vowing|vows|promise|promised|promises|promising|pledge|pledged|pledges|pledging|plans?|planned|planning|aims?|aimed|aiming|intends?|intended|hopes?|hoped|hoping|wants?|wanted|seeks?|sought|expects?|expected)\s+to\s+[a-z]+|starting|going to|set to|(?:is|are)\s+on(?=\s)|slated|poised to|is to|are to|is due|are due|expected to|expected\s+(?:by|on|in|at|before|within|later|next)|(?:could|may|might)\s+be|expects|predicts|forecasts|warn(?:s|ed|ing)?\s+of|(?:is|are)\s+forecast|(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:expected|planned|scheduled)|scheduled|plans? to|planned|intends? to|next|upcoming|would)\b/g;
const EN_PAST =
  /\b(?:was|were|had|did|didn't|said|told|met|went|came|took|made|held|left|saw|gave|spoke|began|won|lost|rose|fell|grew|sold|bought|paid|led|ran|wrote|brought|kept|found|felt|struck|fought|chose|drove|flew|knew|threw|broke|stood|became|drew|got|heard|meant|sent|spent|built|caught|taught|thought|fled|shot|wore|sang|rang|shook|woke|ate|drank|forgot|froze|dealt|withdrew|overtook|undertook|arose|sank|hid|swept|slept|wept|fed|bled|stole|rode|tore|swung|stuck|upheld|overthrew|oversaw|ago|yesterday|(?<!\b(?:is|are|am|be)\s+)[a-z]{3,}ed)\b/g;

/** A relative clause in the present (`who turns 78 on Nov. 20`): neither past nor ahead. */
const EN_PRESENT = /\b(?:who|which|that)\s+[a-z]{2,}[^s\W]s\b/g;
const EN_NOT_PRESENT = /\s(?:was|has|does|is|its|this|thus|plus|less|news|unless|always|perhaps|sometimes)$/;

/** Sentence ends and quotation marks: a quote's tense is its own, not its reporting clause's. */
const SENTENCE_EDGE = /[.!?\n«»“”"]/;

/** Words that end with a full stop without ending the sentence: `U.S. Senate`, `Sen. Smith`, `M. Macron`. */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:\p{L}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St|Mt|Jr|Sr|No|Inc|Corp|Co|Ltd|vs|Mme|Mlle|Me|Jan|Feb|Aug|Sept|Oct|Nov|Dec)$/u;

/** True when the character at `i` ends a sentence or a quote (a full stop after an abbreviation does not). */
function isEdge(text: string, i: number): boolean {
  if (!SENTENCE_EDGE.test(text[i])) return false;
  if (text[i] !== '.') return true;
  return !ABBREVIATION.test(text.slice(Math.max(0, i - 5), i));
}

/** The tense of the first verb form recognised in a short clause, or null. */
function clauseTense(clause: string, language: Language): Tense | null {
  const tries: [RegExp, Tense][] =
    language === 'fr'
      ? [
          [FR_FUTURE, 'future'],
          [FR_PAST, 'past'],
        ]
      : [
          [EN_FUTURE, 'future'],
          [EN_PAST, 'past'],
        ];
  let first: { tense: Tense; at: number } | null = null;
  for (const [re, tense] of tries) {
    re.lastIndex = 0;
    const m = re.exec(clause);
    if (m && (!first || m.index < first.at)) first = { tense, at: m.index };
  }
  return first ? first.tense : null;
}

/**
 * The tense of the verb nearest to `[start, end)` within its sentence (and at most 120
 * characters away), or null when no verb form was recognised.
 */
export function tenseAround(text: string, start: number, end: number, language: Language): Tense | null {
  let from = start;
  const minFrom = Math.max(0, start - 120);
  while (from > minFrom && !isEdge(text, from - 1)) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + 120);
  while (to < maxTo && !isEdge(text, to)) to++;
  const sentence = text.slice(from, to);
  const mentionStart = start - from;
  const mentionEnd = end - from;

  // "on Saturday, when a fire tornado was reported": the clause that describes the day has its tense.
  const described = /^,?\s+(?:when|lorsque|quand|où)\s+[^,;:]+/iu.exec(sentence.slice(mentionEnd));
  if (described) {
    const t = clauseTense(described[0], language);
    if (t) return t;
  }
  let best: { tense: Tense; distance: number } | null = null;
  const consider = (re: RegExp, tense: Tense, skip?: (w: string) => boolean): void => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const s = m.index;
      const e = s + m[0].length;
      if (s < mentionEnd && mentionStart < e) continue; // inside the expression itself
      if (skip?.(m[0])) continue;
      const between = e <= mentionStart ? sentence.slice(e, mentionStart) : sentence.slice(mentionEnd, s);
      // "went on sale Wednesday, and the service launches Friday": a verb before a new clause
      // with its own subject says nothing of that clause's day (its verb may be one not known).
      if (
        e <= mentionStart &&
        /[,;]\s*(?:and|but|while|whereas|et|mais|tandis\s+que|alors\s+que)\s+(?:the|a|an|its|his|her|their|le|la|les|l['’]|un|une|son|sa|ses|leur|leurs)\s/i.test(
          between,
        )
      ) {
        continue;
      }
      // A verb across a comma belongs to another clause ("qui avaient débuté le 27 janvier,
      // pourraient reprendre"): it counts only when no nearer one does.
      // So does a verb after "and" / "et" ("rain would continue through Tuesday and warned of
      // floods"), and, at equal distance, the verb before the expression governs it ("s'est ouvert
      // en septembre et doit durer").
      const distance =
        between.length +
        (/[,;()]/.test(between) ? 60 : 0) +
        (s >= mentionEnd && /(?:^|\s)(?:and|et|but|mais|or|ou)\s/i.test(between) ? 60 : 0) +
        (s >= mentionEnd ? 1 : 0);
      if (!best || distance < best.distance) best = { tense, distance };
    }
  };
  if (language === 'fr') {
    consider(FR_FUTURE, 'future');
    // "a lieu le 5 novembre" is a present ("takes place"), not a passé composé.
    consider(FR_PAST, 'past', (w) => FR_NOT_IMPERFECT.has(w) || /\slieu$/.test(w));
    consider(FR_PARTICIPLE, 'past', (w) => FR_NOUNS_IN_E.has(w));
  } else {
    consider(EN_PRESENT, 'present', (w) => EN_NOT_PRESENT.test(w));
    consider(EN_FUTURE, 'future');
    consider(EN_PAST, 'past', (w) =>
      /^(?:need|speed|seed|feed|indeed|bed|red|shed|breed|proceed|exceed|succeed)$/.test(w),
    );
  }
  return best ? (best as { tense: Tense }).tense : null;
}

const FR_SPEECH =
  /(?:déclar|annonc|indiqu|affirm|précis|expliqu|ajout|estim|assur|soulign|confi|rappel|prévenu|averti|dit|répét|insist|lanc|écri|tweet|publi)\p{Ll}*\s+(?:\p{Ll}+\s+)?$/u;
const EN_SPEECH = /(?:said|told|announced|stated|declared|added|warned|wrote|tweeted|says|tells)\s+(?:on\s+)?$/;

/**
 * True when the expression dates a speech act (`déclarait mardi 28 décembre`, `said on
 * Monday`): such dates say when something was said, not when the reported events happen,
 * so they do not anchor `deux jours plus tard`.
 */
export function isSpeechDate(text: string, start: number, language: Language): boolean {
  const prev = text.slice(Math.max(0, start - 40), start);
  return language === 'fr' ? FR_SPEECH.test(prev) : EN_SPEECH.test(prev);
}
