/**
 * Quotes and speakers: finds every quote of an article (marked or block), its kind, the cue
 * that reports it and its speaker, linking speakers to the article's actors (or creating
 * them). See ARCHITECTURE.md, section "Quotes and speakers", for how attribution works.
 */
import { fold, partitionPoint } from '../text';
import type { Actor, Language, Problem, Quote, QuoteKind, Rules, Span } from '../types';
import { Attributor, type Attribution, type Draft } from './attribution';
import { findBlockCandidates } from './blocks';
import { findCues } from './cues';
import { chargeOrLabel, quoteKind } from './kinds';
import { builtinSpeechVerbs, speechVerbLexicon } from './lexicon';
import { findMarkedQuotes } from './marks';
import { readMentions, roleKind, type MentionContext } from './mentions';
import { firstNameGender, NOT_NAMES, PLACE_HINTS } from './roles';
import { isGenderedFirstName, isNationality, nationalityStem } from '../actors/lexicon';
import { DATELINE_LEAD, firstLineEnd, headlineSpan, lines, Sentences } from './sentences';
import { findUnmarkedSpeech } from './unmarked';
import { nationalityWords } from './nationality';
import { officeInitials, officeStem, SpeakerBook } from './speakers';
import { articleView, creditSpans, glossSpans, ownerAt, tokenAt, tokenize, unquoted, type Token } from './view';

/** A mention that is the listener of the previous quote's verb (`told X`, `said to X`, `à X`), in its sentence. */
function isListener(before: string, prep: string | null): boolean {
  if (/[.!?;]\s/.test(before)) return false;
  if (prep && /^(?:a|au|aux|to)$/.test(prep)) return true;
  // (`told CTV News Channel's Power Play host Vassy Kapelos`: the programme and the host's title too.)
  return /\b(?:told|tells|tell|telling)\s+(?:[\p{L}'’-]+\s+){0,7}$/iu.test(before);
}

export { builtinSpeechVerbs } from './lexicon';

/** How far back (UTF-16 units) a quote with no cue looks for the person the text is about. */
const CONTEXT_WINDOW = 700;

export interface QuoteContext {
  language: Language;
  rules: Rules;
  /** Actors found so far (from rules, built-in packs and the text), with their mentions. */
  actors: Actor[];
  /** Boilerplate spans (rules `ignore`) where nothing is detected. */
  ignored: Span[];
}

export interface QuoteResult {
  quotes: Quote[];
  /** The actors, possibly with new ones (speakers the actor detector missed, unnamed speakers) and new mentions. */
  actors: Actor[];
  problems: Problem[];
}

/** Words that open on a third person of a gender (`He's a great decision-maker`, `Elle a tout donné`). */
const THIRD_PERSON_OPENING: Record<'m' | 'f', RegExp> = {
  m: /^\W*(?:he|he's|il)\b/i,
  f: /^\W*(?:she|she's|elle)\b/i,
};

/** A sentence that ends by saying whose words it reports (`…, he said.`, `…, a-t-il dit.`), right before a quote. */
const REPORTED_BEFORE =
  /,\s+(?:he|she|\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added|noted|explained|told\s+\S+)\.\s*["“«]?\s*$|,\s+(?:a-t-(?:il|elle)|estime-t-(?:il|elle)|ajoute-t-(?:il|elle))\s*\p{L}*\.\s*["“«]?\s*$/u;

/**
 * Finds the quotes of an article, their kinds, cues and speakers. Speech verbs come from
 * the rules in force (`speechVerbs[language]`), or from the built-in pack when the rules
 * carry none. Linear in the text's length.
 */
export function findQuotes(text: string, ctx: QuoteContext): QuoteResult {
  const language = ctx.language;
  const view = articleView(text);
  const tokens = tokenize(view);
  const listed = ctx.rules.speechVerbs?.[language] ?? [];
  const lexicon = speechVerbLexicon(listed.length ? listed : builtinSpeechVerbs(language), language);
  const book = new SpeakerBook(text, ctx.actors, language, ctx.rules.roleEquivalents ?? []);

  const marked = findMarkedQuotes(text, ctx.ignored);
  const problems: Problem[] = [...marked.problems];

  const lowerWords = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) lowerWords.add(t.norm);
  const surnames = surnamesOf(view);
  // `Johnson, 58, insisted…`, `Webb said`: a lone capitalized word with an age, or right before
  // a speech verb, is a person's name (unless the article also writes it in lower case).
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || lowerWords.has(t.norm) || NOT_NAMES.has(t.text.toLowerCase())) continue;
    if (roleKind(t.norm, language)) continue; // `Officials said`, `Police said`
    const rest = view.slice(t.end, t.end + 8);
    const aged = /^,\s\d{1,3},/.test(rest);
    const next = tokens[k + 1];
    const speaks =
      /^\s+$/.test(view.slice(t.end, next.start)) && lexicon.lookup(next.norm).length > 0 && /^\p{Ll}/u.test(next.text);
    // French: only a sentence's first word (`Royal monte au créneau`, `Ciotti dénonce`).
    const opens = /(?:^|[.!?:]\s+|\n\s*)$/.test(view.slice(Math.max(0, t.start - 3), t.start));
    const stance = /^\s+$/.test(view.slice(t.end, next.start)) && FR_STANCE.has(next.norm);
    if (aged || (speaks && language === 'en') || (language === 'fr' && opens && (speaks || stance)))
      surnames.add(t.norm);
  }
  const mentionContext: MentionContext = {
    language,
    // (`fire` is a verb only in `fire back`: `the fire chief` is a description.)
    isVerb: (norm) => lexicon.lookup(norm).some((e) => e.rest.length === 0),
    lowerWords,
    knownKind: (folded) => book.knownKind(folded) ?? (surnames.has(folded) ? 'person' : null),
    isSurname: (folded) => book.isSurname(folded),
  };

  // Quoted stretches first (sentences step over them), then blocks.
  let drafts: Draft[] = marked.quotes.map((q) => ({ ...q, block: false, intro: null, byline: null, incise: null }));
  const quotedSpans = (ds: Draft[]): Span[] =>
    ds.map((d) => ({ start: d.open?.start ?? d.start, end: d.close?.end ?? d.end })).sort((a, b) => a.start - b.start);
  let sentences = new Sentences(view, quotedSpans(drafts));

  const paragraphs = lines(view);
  const hasMark = (span: Span): boolean => /[«»“”"„‹›]/.test(view.slice(span.start, span.end));
  const isByline = (span: Span): boolean => {
    const line = view.slice(span.start, span.end);
    if (line.split(/\s+/).length > 14 || /[.!?:;]$/.test(line)) return false;
    const from = tokenAt(tokens, span.start);
    const to = tokenAt(tokens, span.end);
    if (findCues(view, tokens, from, to, lexicon, language, () => false).length) return false;
    const m = readMentions(text, tokens, from, to, mentionContext)[0];
    if (!m || m.type !== 'name' || m.kind === 'place' || m.kind === 'organization') return false;
    if (!/^[\s\-–—]*$/.test(view.slice(span.start, m.start))) return false;
    return m.kind === 'person' || /\s/.test(m.name);
  };
  const speaks = (span: Span): boolean => {
    const from = tokenAt(tokens, span.start);
    const to = tokenAt(tokens, span.end);
    return findCues(view, tokens, from, to, lexicon, language, () => false).some((c) => !c.source);
  };
  const blocks = findBlockCandidates(view, paragraphs, language, hasMark, isByline, speaks).filter(
    (b) => !ctx.ignored.some((s) => s.start < b.end && b.start < s.end),
  );
  if (blocks.length) {
    drafts.push(
      ...blocks.map((b) => ({ ...b, open: null, close: null, multiParagraph: false, block: true, incise: null })),
    );
    drafts.sort((a, b) => a.start - b.start);
    sentences = new Sentences(view, quotedSpans(drafts));
  }

  // Bare speech told by its incise (`Nous avons bien joué, a-t-il déclaré.`), in paragraphs
  // without any quote mark.
  const unmarked = findUnmarkedSpeech(view, tokens, paragraphs, lexicon, language, (span) => {
    // (Drafts are sorted by start: any of the few that start before the span's end and reach
    // into it; quotes do not nest deeper than that.)
    const lo = partitionPoint(drafts, (d) => d.start < span.end);
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (drafts[i].end > span.start) return true;
    return ctx.ignored.some((s) => s.start < span.end && span.start < s.end);
  });
  if (unmarked.length) {
    drafts.push(
      ...unmarked.map((u) => ({
        start: u.start,
        end: u.end,
        open: null,
        close: null,
        multiParagraph: false,
        block: true,
        intro: null,
        byline: u.byline,
        incise: u.incise,
      })),
    );
    drafts.sort((a, b) => a.start - b.start);
    sentences = new Sentences(view, quotedSpans(drafts));
  }

  drafts = splitIncises(drafts, text, view, tokens, lexicon, language, mentionContext);
  const quoted = quotedSpans(drafts);
  book.forgetInside(quoted);
  const attributor = new Attributor({ text, view, tokens, lexicon, language, book, sentences, quoted, mentionContext });
  attributor.observeAll();
  // Bylines and the outlet under them (`By Kristine Phillips`, `USA TODAY`, `Par Marie Dubois`)
  // name the writers, never a quote's speaker.
  const bylines = bylineLines(view, paragraphs);
  book.forgetInside(bylines);
  // (Nor do picture credits name anyone a pronoun or an office stands for.)
  book.forgetInside(creditSpans(text));
  book.forgetInside(attributor.captions);
  book.forgetInside(glossSpans(view));

  // `…voted no confidence in her, he said.` ¶ `“Of course I accept this result…`: a paragraph
  // that opens on words with no cue, right after a paragraph ending on a reporting clause, goes
  // on with whoever was reported — not with a person that paragraph only talked about.
  const reportedJustBefore = (d: Draft): string | null => {
    const open = d.open?.start ?? d.start;
    const lineStart = view.lastIndexOf('\n', open - 1) + 1;
    if (lineStart === 0 || !/^\s*$/.test(view.slice(lineStart, open))) return null;
    const before = /\S\s*$/.exec(view.slice(Math.max(0, lineStart - 200), lineStart));
    if (!before) return null;
    const P = sentences.at(lineStart - before[0].length);
    const cue = attributor.cues(P).at(-1);
    if (
      !cue ||
      cue.form !== 'finite' ||
      cue.source ||
      // (Bounded slices: a giant sentence stays linear.)
      !/^[^,;:«»"“”.]{0,40}[.]?\s*$/.test(view.slice(cue.end, Math.min(P.end, cue.end + 80))) ||
      cue.end + 80 < P.end ||
      !/,\s*[^,;:«»"“”.]{0,40}$/.test(view.slice(Math.max(P.start, cue.start - 80), cue.start))
    )
      return null;
    const m = attributor.subjectOf(cue, P, true);
    return m && (m.type === 'pronoun' || (m.type === 'name' && (m.kind === 'person' || m.kind === 'organization')))
      ? book.link(m)
      : null;
  };

  /**
   * The sentence, or the one before it in its paragraph, reports in the conditional (`se serait
   * organisée`, `l'aurait trahi`). (Read within 600 characters of the words: a giant sentence
   * of quotes stays linear.)
   */
  const reportedSentence = (S: Span, at: number): boolean => {
    const outside = (span: Span): string =>
      unquoted(view.slice(Math.max(span.start, at - 600), Math.min(span.end, at + 600)), ' ');
    if (REPORTED_CONDITIONAL.test(outside(S))) return true;
    const lineStart = view.lastIndexOf('\n', S.start - 1) + 1;
    if (S.start <= lineStart) return false;
    const P = sentences.before(S.start);
    return !!P && P.start >= lineStart && REPORTED_CONDITIONAL.test(outside(P));
  };

  const quotes: Quote[] = [];
  const hows: string[] = [];
  let previous: { draft: Draft; attribution: Attribution; kind: QuoteKind } | null = null;
  let lastQuestion: { actorId: string; end: number } | null = null;
  for (const d of drafts) {
    let a = attributor.attribute(d);
    const anchor = d.open?.start ?? d.start;
    const S = sentences.at(anchor);
    const lead = anchor - S.start <= 400 ? view.slice(S.start, anchor) : '\u2026 ' + view.slice(anchor - 400, anchor);
    const kindInput = {
      content: view.slice(d.start, d.end),
      lead,
      block: d.block,
      attributed: a.actorId !== null || a.cue !== null,
      cueAfter: a.how === 'after' || a.how === 'incise',
      tail: view.slice(d.close?.end ?? d.end, (d.close?.end ?? d.end) + 40),
      weak: a.how === 'subject',
      language,
      cueRightBefore:
        !!a.cue &&
        a.cue.end <= anchor &&
        // (`Ryan said -- quote -- "For that, I apologize."`: radio copy reading out the marks.)
        /^[\s:,]*(?:(?:--|—|–)\s*quote\s*(?:--|—|–)\s*)?(?:que\s+|qu'|that\s+)?$/i.test(view.slice(a.cue.end, anchor)),
      // `a été condamné pour « … »` is a sentence, not speech; `accused X of “…”` is speech.
      spoken: !!a.cue && !/(?:^|\s)(?:été|ete|été|been|was|were|is|are|être|etre)\s/iu.test(a.cue.text),
    };
    let kind = quoteKind(kindInput);
    // No cue and nobody around: the authority the paragraph cites (`a indiqué la police`) speaks
    // the fragments of its wording, unless they name a charge or a label.
    if (!a.actorId && !a.cue && !d.block && kind !== 'direct') {
      // (`Pour le premier spécialiste…, l'accusé ne présente aucun « … ». La « rupture » avec sa
      // mère se serait organisée autour d'un « conflit de génération »`: in a sentence the French
      // conditional marks as reported, or right after one, the words are the source's — a
      // person's too, and even a noun phrase.)
      const reported = language === 'fr' && reportedSentence(S, anchor);
      const source = attributor.paragraphSource(anchor, reported);
      const sourced = source ? quoteKind({ ...kindInput, attributed: true }) : 'scare';
      // A noun phrase after an article (`l'« opération militaire spéciale »`) stays a term.
      const nounPhrase =
        !reported && /(?:^|[\s'’])(?:the|a|an|le|la|les|l'|l’|un|une|des|du|au|aux)\s*[«"“„‹'‘]?\s*$/iu.test(lead);
      if (source && (sourced !== 'scare' || reported) && !nounPhrase && !chargeOrLabel(lead, kindInput.content)) {
        a = source;
        kind = sourced;
      }
    }
    // `"We did not get everything," Johnson said, "but we got a lot."`: the second half of a
    // direct quote split around its cue is direct too.
    // The second half of a quote split by its incise is of the same kind as the first.
    if (kind === 'partial' && d.incise && !d.open && previous?.kind === 'direct' && previous.draft.incise === d.incise)
      kind = 'direct';
    if (kind === 'partial' && previous && previous.kind === 'direct' && !d.block) {
      const prevEnd = previous.draft.close?.end ?? previous.draft.end;
      const between = view.slice(prevEnd, anchor);
      if (prevEnd >= S.start && /^[\s,]*[^.!?;:"“”«»]{0,60},\s*$/.test(between)) kind = 'direct';
    }
    // A direct quote with no cue of its own continues the previous speaker's words — unless the
    // sentence after it says whose words they are (`« … ? » La tirade de Laurie Duca…`).
    if (kind === 'direct' && !a.actorId && previous?.attribution.actorId && !attributor.wordsOwner(d)) {
      const prevEnd = previous.draft.close?.end ?? previous.draft.end;
      const between: Span = { start: prevEnd, end: anchor };
      if (between.end - between.start < 400 && between.end >= between.start) {
        const said = previous.attribution.mention;
        // `"…," said Moore-Davis, who has one daughter entering middle school. "…"`: when all that
        // lies between is the sentence of the previous quote's own cue after it, whoever else that
        // sentence names (in a clause, a complement, an object) is spoken of, not speaking.
        const cue = previous.attribution.cue;
        const cueSentence = cue && cue.start >= prevEnd ? sentences.at(cue.start) : null;
        const onlyCue = !!cueSentence && /^[\s"“”«»]*$/.test(view.slice(cueSentence.end, anchor));
        const others = attributor
          .mentions(between)
          .filter((m) => !(onlyCue && cue && said && m.start >= said.end && m.start >= cue.end))
          .filter((m) => m.type !== 'pronoun' && (m.kind === 'person' || m.type === 'role'))
          // (`organizers said in the statement`: a document after a preposition says nothing.)
          .filter((m) => !(m.prep && m.kind !== 'person'))
          // `said Maria Santos, a nurse who attended the rally.`: her apposition, not someone else.
          // (Also after where she is from, and a word qualifying it: `said Sen. Susan Collins of
          // Maine, the top Republican on the Appropriations Committee.`)
          .filter(
            (m) =>
              !(
                said &&
                (/^\s*,\s*$/.test(view.slice(said.end, m.start))
                  ? m.type === 'role'
                  : /^(?:\s+of\s+\p{Lu}[^,.;:!?«»"“”]{0,40})?\s*,\s*(?:the|a|an|le|la|l'|un|une)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(
                      view.slice(said.end, m.start),
                    ))
              ),
          )
          // (`"…," Humphreys, now a cross country coach at Portland State University, said`: the
          // apposition between the speaker and the verb is the speaker too.)
          .filter(
            (m) =>
              !(
                said &&
                cue &&
                m.type === 'role' &&
                m.start >= said.end &&
                m.end <= cue.start &&
                /^\s*,\s*(?:\p{Ll}+\s+)?(?:(?:the|a|an|le|la|l'|un|une)\s+)?$/u.test(view.slice(said.end, m.start))
              ),
          )
          // `"…," Ferguson told Sky Sports`, `a confié X à Y`: whom the words were told to is
          // never the one who goes on speaking.
          .filter((m) => !isListener(view.slice(prevEnd, m.start), m.prep))
          // (A picture's caption between names nobody the text is talking about.)
          .filter((m) => !attributor.captions.some((c) => c.start <= m.start && m.end <= c.end))
          // (`…, echoing Obama's 2008 campaign slogan`: someone's campaign or office talked about
          // is no new speaker.)
          .filter((m) => !(m.type === 'role' && m.kind === 'organization' && /['’]s\s/.test(m.name)));
        const sameActor = others.every((m) => book.link(m) === previous?.attribution.actorId);
        if (sameActor) a = { cue: null, mention: null, actorId: previous.attribution.actorId, how: 'continuation' };
      }
    }
    // `la députée X, qui a suggéré « A » les immigrés « B », a rapporté Le Monde`: quoted words
    // that go on the previous quote's clause (a few words of the writer, no punctuation, no
    // other speech verb) are the same speaker's, not the sentence's other speaker's.
    // (So do words that go on words their sentence's own subject spoke without a verb of speech:
    // `Christophe et Sébastien… éprouvent « de la fierté » et « un peu de déception »`.)
    if (
      kind === 'partial' &&
      previous?.kind === 'partial' &&
      (previous.attribution.cue || (previous.attribution.how === 'context' && !a.cue)) &&
      !d.block &&
      d.open
    ) {
      const prevEnd = previous.draft.close?.end ?? previous.draft.end;
      const gap: Span = { start: prevEnd, end: anchor };
      const ownCueInGap = !!a.cue && a.cue.start >= gap.start && a.cue.end <= gap.end;
      if (
        previous.attribution.actorId &&
        a.actorId !== previous.attribution.actorId &&
        prevEnd >= S.start &&
        /^[^.!?;:,«»"“”\n]{1,60}$/.test(view.slice(gap.start, gap.end)) &&
        !ownCueInGap &&
        !speaks(gap) &&
        // `… quand la maire Anne Roy parle d'une « erreur »`: someone else named in between.
        // (A group there with no verb of its own is an object: `« A » les migrants « B »`.)
        !attributor
          .mentions(gap)
          .some((m) => m.type !== 'pronoun' && !m.plural && (m.kind === 'person' || m.type === 'role'))
      )
        a = { cue: null, mention: null, actorId: previous.attribution.actorId, how: 'continuation' };
    }
    if (kind === 'scare') a = { cue: null, mention: null, actorId: null, how: 'scare' };
    else if (!a.actorId) {
      // No cue at all: the sentence's own subject a few words before the quote (`Le constructeur
      // Renault est « déçu »`, `The company is "deeply disappointed"`), else the person the
      // text was just talking about, if one is close.
      // (Only the sentence's first words can hold it: a long sentence of quotes stays linear.)
      const subject = attributor
        .mentions({ start: S.start, end: Math.min(anchor, S.start + 300) })
        .find((m) => m.prep === null && m.type !== 'pronoun' && (m.kind === 'person' || m.kind === 'organization'));
      const before = subject ? view.slice(S.start, subject.start) : '';
      // (The subject's apposition set off by commas is its own: `Christophe et Sébastien, venus de
      // Normandie pour disputer l'épreuve, éprouvent « de la fierté »`.)
      // (Only with a verb after it: `Les suspects, âgés de 26 et 35 ans, « défavorablement connus
      // de la police »` are words about them.)
      const between = subject
        ? view.slice(subject.end, anchor).replace(/^\s*,[^,.;:!?«»"“”()]{1,120},(?=\s+\p{L})/u, '')
        : '';
      // (`Une femme, visiblement tombée de la fenêtre, « s'est subitement relevée »`: words that
      // tell what the subject did, in the third person, are the witness's, not the subject's.)
      const told = /^\s*(?:s['’](?:est|était|etait)|se|est|était|etait|a|avait|has|had|was|is)\s/.test(
        text.slice(d.start, d.end),
      );
      const id = told
        ? book.lastSpeaker(anchor, null, CONTEXT_WINDOW)
        : ((kind === 'direct' ? reportedJustBefore(d) : null) ??
          (subject &&
          /^[\s«»"“”'‘’—–-]*(?:[\p{L}'’]+\s+){0,2}$/u.test(before) &&
          // (`Le tribunal, “en tenant compte des observations, marque son accord…`: a comma alone.)
          (!/[.;:,«»"“”()]/.test(between) || /^\s*,\s*$/.test(between)) &&
          between.trim().split(/\s+/).length <= 5
            ? book.link(subject)
            : book.resolvePronoun(anchor, null, false, CONTEXT_WINDOW)));
      const introduced =
        kind === 'direct' && !d.block
          ? (attributor.wordsOwner(d) ?? attributor.nextSentencePerson(d) ?? attributor.priorSource(d))
          : null;
      if (introduced) {
        const pid = book.link(introduced);
        if (pid) a = { cue: null, mention: introduced, actorId: pid, how: 'next' };
      } else if (id && book.actorById(id)?.kind !== 'place') {
        // (A place never speaks words no cue gives it.)
        // (`« Il va falloir que M. Legault tolère… »`: a person the words name is spoken of, rarely
        // the speaker — the last one who spoke, if another, says them.)
        let chosen = id;
        const actor = book.actorById(id);
        const surname = actor && actor.kind === 'person' && actor.named ? actor.name.split(/\s+/).pop() : undefined;
        if (surname && surname.length > 2 && text.slice(d.start, d.end).includes(surname)) {
          const other = book.lastSpeaker(anchor, null, CONTEXT_WINDOW);
          if (other && other !== id) chosen = other;
        }
        a = { cue: null, mention: null, actorId: chosen, how: 'context' };
      }
    }
    // `"So is that a yes?" she pressed.` after the answer: a pronoun that asks again is the
    // questioner of the exchange, not the person who just answered.
    if (
      a.mention?.type === 'pronoun' &&
      a.cue &&
      lastQuestion &&
      previous &&
      a.actorId === previous.attribution.actorId &&
      a.actorId !== lastQuestion.actorId &&
      anchor - lastQuestion.end < 1500 &&
      /[?]\s*$/.test(view.slice(d.start, d.end)) &&
      ASKS.test(fold(a.cue.text))
    )
      a = { ...a, actorId: lastQuestion.actorId, how: 'question' };
    // `Baier turned to the senator, John Thune. "Do you have the votes?" he asked.`: who asks is
    // the subject of the sentence before, not the person addressed in it.
    const asking = a.mention?.type === 'pronoun' && !!a.cue && ASKS.test(fold(a.cue.text));
    if (asking && a.how !== 'question' && /[?]\s*[,.]?\s*$/.test(view.slice(d.start, d.end))) {
      const prev = sentences.before(S.start);
      const ms = prev
        ? attributor.mentions(prev).filter((m) => m.type === 'name' && m.kind !== 'place' && m.kind !== 'organization')
        : [];
      const first = ms[0];
      const g = a.mention?.gender ?? null;
      if (prev && first && first.start - prev.start < 60 && !(g && first.gender && g !== first.gender)) {
        const id = book.link(first);
        if (id && id !== a.actorId && ms.some((m) => m !== first && book.link(m) === a.actorId))
          a = { ...a, actorId: id, how: 'question' };
      }
    }
    // `« … », a souligné Patrick Bloche, premier adjoint. « … », a ajouté le bras droit d'Anne
    // Hidalgo.`: a verb that goes on (`ajouter`, `add`) with a description the article names
    // nobody by, said for the first time right after a named person's quote, is that person
    // going on.
    if (
      a.cue &&
      a.mention?.type === 'role' &&
      a.mention.kind === 'person' &&
      !a.mention.plural &&
      a.actorId &&
      previous?.attribution.actorId &&
      previous.attribution.actorId !== a.actorId &&
      /^(?:le|la|l'|l’|the)\s/i.test(view.slice(a.mention.start, a.mention.end)) &&
      GOES_ON[language].test(fold(a.cue.text)) &&
      anchor - (previous.draft.close?.end ?? previous.draft.end) < 300
    ) {
      const own = book.actorById(a.actorId);
      const before = book.actorById(previous.attribution.actorId);
      const m = a.mention;
      if (
        own &&
        !own.named &&
        !own.mentions.some((x) => x.start < m.start) &&
        before?.kind === 'person' &&
        before.named &&
        !(m.gender && book.actorGenderOf(before.id) && m.gender !== book.actorGenderOf(before.id))
      )
        a = { ...a, actorId: before.id, how: 'goes-on' };
    }
    // `« Je n'avais qu'un seul point à présenter, mais j'étais souffrante », indique-t-elle.`:
    // words in the first person singular are a person's — a pronoun that found the organisation
    // just named looks again for a person.
    if (
      a.mention?.type === 'pronoun' &&
      !a.mention.plural &&
      a.actorId &&
      book.actorById(a.actorId)?.kind === 'organization' &&
      FIRST_SINGULAR[language].test(view.slice(d.start, d.end))
    ) {
      const id = book.resolvePronoun(a.mention.start, a.mention.gender, false, Infinity, false, true);
      if (id && book.actorById(id)?.kind === 'person') a = { ...a, actorId: id };
    }
    // `Fullback Beauden Barrett had shown his class, he said.` ¶ `"He's a great decision-maker…,"
    // he said.`: words that open on a third person of the pronoun's gender speak of the person
    // the pronoun found, who has not spoken — the thread's last speaker of that gender says them.
    if (
      a.mention?.type === 'pronoun' &&
      !a.mention.plural &&
      a.mention.gender &&
      a.actorId &&
      THIRD_PERSON_OPENING[a.mention.gender].test(view.slice(d.start, d.end)) &&
      // (Only when the sentence before reports someone's words about that person: `…had shown
      // his class, he said.` — not `skipper Harry Maguire was more expansive in his praise.`)
      REPORTED_BEFORE.test(view.slice(Math.max(0, d.start - 200), d.start)) &&
      // (Last: a scan of the quotes so far.)
      !quotes.some((q) => q.speaker === a.actorId)
    ) {
      const id = book.lastSpeaker(a.mention.start, a.mention.gender, 3000);
      if (id && id !== a.actorId) a = { ...a, actorId: id };
    }
    if (a.actorId && kind === 'direct' && /[?]\s*[,.]?\s*$/.test(view.slice(d.start, d.end)))
      lastQuestion = { actorId: a.actorId, end: d.close?.end ?? d.end };
    if (a.actorId && a.mention && a.mention.type === 'role') book.bindMention(a.mention, a.actorId);
    if (a.actorId) book.observeSpeaker(d.close?.end ?? d.end, a.actorId);
    quotes.push({
      id: '',
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      kind,
      speaker: a.actorId,
      speakerMention: a.mention
        ? {
            start: a.mention.nameStart,
            end: a.mention.nameEnd,
            text: text.slice(a.mention.nameStart, a.mention.nameEnd),
          }
        : null,
      cue: a.cue,
      open: d.open,
      close: d.close,
      origin: 'auto',
    });
    if (!a.actorId && kind !== 'scare') {
      problems.push({
        start: d.start,
        end: d.end,
        message: 'quote has no speaker',
        severity: 'information',
        code: 'quote-without-speaker',
      });
    }
    previous = { draft: d, attribution: a, kind };
    hows.push(a.how);
  }
  chainPartials(quotes, hows, view, sentences, speaks, problems);
  namedLater(quotes, book.actors, view, language);
  // (The people an office or a nationality may stand for: named, and not only by a byline or a
  // caption — read once for both passes.)
  const asides = [...bylines, ...attributor.captions];
  const people = book.actors.filter((a) => a.kind === 'person' && a.named && !namedAside(a, asides));
  soleNamedSpeaker(quotes, book.actors, people, view, language);
  nationalitySpeakers(quotes, book.actors, people, view, language);
  const headlineEnd = headlineSpan(view)?.end ?? -1;
  echoPullQuotes(quotes, hows, book.actors, problems, headlineEnd, language);
  headlineToMainSpeaker(quotes, book.actors, problems, headlineEnd);
  describeFully(quotes, book.actors, view, sentences, (span) => attributor.cues(span)[0]?.start ?? -1);
  carryBack(quotes, hows, view);
  quotes.forEach((q, i) => (q.id = `q${i + 1}`));
  return { quotes, actors: book.actors, problems };
}

/**
 * `« A » et l'enquête déterminera « B » de « C », a assuré François Hollande`: a sentence that
 * strings quotes together and names its speaker after the last one gives him every quote of
 * the chain; a quote the writer's own words go on from is partial, not direct.
 */
function chainPartials(
  quotes: Quote[],
  hows: readonly string[],
  view: string,
  sentences: Sentences,
  speaks: (span: Span) => boolean,
  problems: Problem[],
): void {
  for (let j = quotes.length - 1; j > 0; j--) {
    const last = quotes[j];
    if (hows[j] !== 'after' || !last.speaker || !last.cue || !last.open) continue;
    const S = sentences.at(last.open.start);
    for (let i = j - 1; i >= 0; i--) {
      const q = quotes[i];
      const next = quotes[i + 1];
      // (A quote the sentence's closing cue already reached, `lateCue`, is a link of the chain.)
      const reached = hows[i] === 'late' && q.cue?.start === last.cue.start && q.speaker === last.speaker;
      if (!q.close || !q.open || (q.cue && !reached) || q.open.start < S.start || !next.open) break;
      if (!reached && hows[i] !== 'context' && hows[i] !== 'none' && hows[i] !== 'scare' && hows[i] !== 'continuation')
        break;
      const gap = { start: q.close.end, end: next.open.start };
      const between = view.slice(gap.start, gap.end);
      if (/[.!?;:]/.test(between) || between.length > 160 || speaks(gap)) break;
      if (reached) continue;
      const lead = view.slice(S.start, q.open.start);
      if (q.kind === 'scare' && chargeOrLabel(lead, q.text)) break;
      q.speaker = last.speaker;
      const stale = problems.findIndex((p) => p.code === 'quote-without-speaker' && p.start === q.start);
      if (stale >= 0) problems.splice(stale, 1);
      // Words of the writer after it: the quote is a part of his sentence.
      const listed = /^[\s,]*(?:(?:et|ou|and|or)\s*)?$/i.test(between);
      if (q.kind === 'scare' || (q.kind === 'direct' && !listed)) q.kind = 'partial';
    }
  }
}

/** Indefinite articles that introduce someone new (`une habitante`, `another neighbour`). */
const INDEFINITE = /(?:^|[\s'’"“«(])(?:un|une|un autre|une autre|a|an|another|one)\s+$/i;
/**
 * Words that open a defining modifier after a description: `with a walking aid`, `qui a tout
 * vu` — after a place adverb too (`an activist there who declined to be named`).
 */
const MODIFIER =
  /^\s+(?:(?:(?:there|here|present|on site|sur place|présente?|presente?)\s+)?(?:who|that|whose|with|from|in|at|near|living|aged|qui|dont|avec|vivant|âgée?s?|agee?s?)\s[^,.;:!?«»"“”()\n]{1,100}?)\s*(?=[,.;:!?«»"“”]|$)/iu;

/** A French compound conditional, the mood of reported claims (`aurait trahi`, `se serait organisée`). */
const REPORTED_CONDITIONAL =
  /(?:^|[\s'’])(?:aurai(?:t|ent)|serai(?:t|ent))\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes)(?![\p{L}])/u;

/** A French age after a description: `de 42 ans`, `âgée de 19 ans`. */
const AGE_AFTER = /^,?\s+(?:(?:âgée?s?|agee?s?)\s+)?de\s+\d{1,3}\s+ans(?![\p{L}\p{N}])/iu;

/**
 * `An old woman with a walking aid said`, `Another neighbor who also lived on Fisher Avenue
 * said`, `raconte une jeune femme qui a entendu toute la scène.`: a person the article never
 * names, introduced with an indefinite article and a defining modifier, goes by the whole
 * description, as a reader would call them. Done last, so that the short description linked
 * the later mentions (`the woman`) first.
 */
function describeFully(
  quotes: Quote[],
  actors: Actor[],
  view: string,
  sentences: Sentences,
  firstCue: (span: Span) => number,
): void {
  const done = new Set<string>();
  for (const q of quotes) {
    if (!q.speaker || done.has(q.speaker)) continue;
    done.add(q.speaker);
    const actor = actors.find((a) => a.id === q.speaker);
    if (!actor || actor.named || actor.kind !== 'person' || actor.mentions.length === 0) continue;
    const m = actor.mentions[0];
    // (`réagit le brigadier de 42 ans`: an age told after the description is how a reader
    // tells this person from others of the trade, with any article.)
    const age = AGE_AFTER.exec(view.slice(m.end, m.end + 40));
    if (age) {
      actor.name = view.slice(m.start, m.end + age[0].length).trim();
      continue;
    }
    if (!INDEFINITE.test(view.slice(Math.max(0, m.start - 12), m.start))) continue;
    // The subject before its verb (`… said`), or the inverted subject at the end of its clause.
    const S = sentences.at(m.start);
    const cue = firstCue({ start: m.end, end: S.end });
    const until = cue >= 0 ? cue : S.end;
    const mod = MODIFIER.exec(view.slice(m.end, until));
    if (!mod) continue;
    if (cue >= 0 && !/^\s*$/.test(view.slice(m.end + mod[0].length, until))) continue;
    actor.name = view.slice(m.start, m.end + mod[0].length).trim();
  }
}

/**
 * `« Quel est le degré d'oppression… Voyons donc ! »` then, on the next paragraph, `« Ça
 * signifie que… », a soutenu M. Lisée`: a paragraph that is only a quote, with no cue, goes
 * with the quote that follows it at once and names its speaker after it — one person speaking
 * over two paragraphs.
 */
function carryBack(quotes: Quote[], hows: readonly string[], view: string): void {
  for (let i = 0; i + 1 < quotes.length; i++) {
    const q = quotes[i];
    const next = quotes[i + 1];
    if (hows[i] !== 'context' || q.kind !== 'direct' || !q.open || !q.close || !next.open) continue;
    if ((hows[i + 1] !== 'after' && hows[i + 1] !== 'incise') || !next.speaker || next.kind !== 'direct') continue;
    // The quote is its whole paragraph, and the next one opens the next paragraph.
    const lineStart = view.lastIndexOf('\n', q.open.start - 1) + 1;
    if (!/^\s*$/.test(view.slice(lineStart, q.open.start))) continue;
    if (!/^[\s.]*\n\s*$/.test(view.slice(q.close.end, next.open.start))) continue;
    q.speaker = next.speaker;
  }
}

/** Byline lines (`By …`, `Par …`, `Propos recueillis par …`) and an outlet's line in capitals after one. */
function bylineLines(view: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const line = view.slice(p.start, p.end);
    const by = BYLINE.exec(line);
    if (!by) continue;
    // (`par Abdoulaye Ndiaye - Le ministère public demande…`: a byline opening the lede is
    // forgotten up to its name.)
    if (p.end - p.start > 140) {
      out.push({ start: p.start, end: p.start + by.index + by[0].length });
      continue;
    }
    out.push(p);
    const next = paragraphs[i + 1];
    if (next && next.end - next.start <= 40 && !/\p{Ll}/u.test(view.slice(next.start, next.end))) out.push(next);
  }
  return out;
}

const BYLINE =
  /^\s*(?:by|par|written by|reporting by|propos recueillis par|de notre (?:envoy[ée]e?|correspondante?)(?: sp[ée]ciale?)?(?: [àa] \p{Lu}[\p{L}-]+)?,?)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+/iu;

/** Words of a quote, folded, for finding the same words quoted elsewhere. */
function quoteWords(s: string): string {
  return ` ${fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Descriptions newsrooms keep anonymous on purpose. */
const ANONYMOUS_ROLES =
  /^(?:spokes(?:man|woman|person)|porte-parole|officials?|sources?|responsable|aide|advis[eo]r|conseill(?:er|ere)|insider|diplomate?)$/;

/** How far into the article a lede's `A councillor…` may stand, and how soon the name must follow. */
const LEDE_REACH = 700;
const NAME_FOLLOWS_WITHIN = 500;
/** How soon the name must follow when the person's title says the description's trade. */
const TITLED_NAME_FOLLOWS_WITHIN = 1200;
/** Titles before a name that say a trade (`a doctor` … `Dr Jackie Applebee`). */
const TRADE_TITLES: Record<string, RegExp> = {
  doctor: /(?:^|\s)(?:Dr\.?|Doctor)\s+$/,
  gp: /(?:^|\s)(?:Dr\.?|Doctor)\s+$/,
  medecin: /(?:^|\s)(?:Dr\.?|Docteur|docteur)\s+$/,
  professor: /(?:^|\s)(?:Prof\.?|Professor)\s+$/,
  professeur: /(?:^|\s)(?:Pr\.?|Prof\.?|Professeur|professeur)\s+$/,
  avocat: /(?:^|\s)(?:Me|Maître|Maitre)\s+$/,
  avocate: /(?:^|\s)(?:Me|Maître|Maitre)\s+$/,
};

/**
 * The news lede that names its speaker a sentence later: `A councillor whose town was cut off
 * said she was "in tears"… Heather Townsend said…`. A person introduced near the top with an
 * indefinite article (`a`, `an`, `un`, `une`) and never named is the first person named right
 * after, when that person speaks too and no office of theirs says otherwise.
 */
/** Where an actor is first mentioned, or -1. */
function firstMention(a: Actor): number {
  return a.mentions.length ? Math.min(...a.mentions.map((m) => m.start)) : -1;
}

/** `from` turns out to be `into`: its quotes and mentions go to `into`, and it leaves the list. */
function mergeSpeaker(quotes: Quote[], actors: Actor[], from: Actor, into: Actor): void {
  for (const q of quotes) if (q.speaker === from.id) q.speaker = into.id;
  into.mentions.push(...from.mentions);
  into.mentions.sort((x, y) => x.start - y.start);
  actors.splice(actors.indexOf(from), 1);
}

function namedLater(quotes: Quote[], actors: Actor[], view: string, language: Language): void {
  const speakers = new Set(quotes.map((q) => q.speaker).filter((id): id is string => !!id));
  // (`Councillor ‘in tears’` as the title, then `A councillor … said`: the lede's mention counts.)
  const titleEnd = firstLineEnd(view);
  for (const unnamed of [...actors]) {
    if (unnamed.kind !== 'person' || unnamed.named || !speakers.has(unnamed.id)) continue;
    const inLede = unnamed.mentions.filter((m) => titleEnd < 0 || m.start > titleEnd);
    const at = inLede.length > 0 ? Math.min(...inLede.map((m) => m.start)) : firstMention(unnamed);
    if (at < 0 || at > LEDE_REACH || !/(?:^|\s)(?:a|an|un|une)\s+$/i.test(view.slice(Math.max(0, at - 4), at)))
      continue;
    let next: Actor | null = null;
    let nextAt = Infinity;
    for (const a of actors) {
      if (a.kind !== 'person' || !a.named) continue;
      const f = firstMention(a);
      if (f > at && f < nextAt) {
        next = a;
        nextAt = f;
      }
    }
    // (The one named next speaks, or opens a sentence of its own as its subject: `A 37-year-old
    // man… said to the judge: "…"` ¶ `Paul Russell of Presentation Close… made the outburst`.)
    const opensSentence = (a: Actor): boolean =>
      a.mentions.some(
        (m) => m.start === nextAt && /(?:^|[.!?»”"]\s+|\n\s*)$/u.test(view.slice(Math.max(0, m.start - 3), m.start)),
      );
    // (The office's noun, not a word qualifying it: `a hospital chief` is a chief, `une source
    // policière` a source — English puts the noun last, French first.)
    const nameWords = fold(unnamed.name).split(/\s+/);
    const ofAt = nameWords.findIndex((w) => /^(?:de|du|des|d'|of|for)$/.test(w));
    const offices = (ofAt > 0 ? nameWords.slice(0, ofAt) : nameWords).filter(
      (w) => roleKind(w, language)?.kind === 'person',
    );
    const head = (language === 'fr' ? offices[0] : offices.pop()) ?? nameWords[0];
    // (`a doctor has warned` … three paragraphs on, `Dr Jackie Applebee … said`: a title that
    // says the same trade lets the name come later.)
    const trade = TRADE_TITLES[head];
    const titled =
      !!next &&
      !!trade &&
      next.mentions.some(
        (m) =>
          m.start === nextAt &&
          (trade.test(view.slice(Math.max(0, m.start - 12), m.start)) || trade.test(` ${m.text.split(/\s+/)[0]} `)),
      );
    if (
      !next ||
      nextAt - at > (titled ? TITLED_NAME_FOLLOWS_WITHIN : NAME_FOLLOWS_WITHIN) ||
      !(speakers.has(next.id) || opensSentence(next))
    )
      continue;
    // (Spokespeople, officials and sources stay anonymous: `a spokesman said`, then someone else.)
    if (ANONYMOUS_ROLES.test(head)) continue;
    // (`explique un père de famille` … `pointe Nadine`: French says the description's gender
    // with its article; a first name of the other one is somebody else.)
    const article = language === 'fr' ? /(un|une)\s+$/i.exec(view.slice(Math.max(0, at - 4), at))?.[1] : undefined;
    if (article && !genderAllows(next, fold(article) === 'une' ? 'f' : 'm')) continue;
    if (
      next.role &&
      !fold(next.role)
        .split(/[\s,'’-]+/)
        .includes(head)
    )
      continue;
    mergeSpeaker(quotes, actors, unnamed, next);
  }
}

/** An age right after a name (`Sophie, 42 ans,`, `Maria Lopez, 34,`). */
const AGE_APPOSED = /^,\s*\d{1,3}(?:\s*(?:ans|years? old))?\s*[,.]/;

/**
 * True for someone only a byline or a caption names (`Lucie Tollon` alone under the lede): they
 * wrote the story or stand in its picture, and are no office or nationality it quotes.
 */
function namedAside(a: Actor, asides: readonly Span[]): boolean {
  return a.mentions.length > 0 && a.mentions.every((m) => asides.some((x) => x.start <= m.start && m.end <= x.end));
}

/**
 * `a signalé le bourgmestre` … `a expliqué Roger Vanderstraeten`; `dit la ministre sénégalaise
 * des Affaires étrangères` … `a déclaré Yacine Fall`: an office the article never ties to a
 * name, always written with a definite article, speaking in an article where exactly one
 * named person speaks and that person's office is not told (or is the same), is that person —
 * the reader is expected to know who holds it. A spokesperson or a source so written is the
 * named speaker only when there is one. `people`: the named people of the article, those only a
 * byline or a caption names aside.
 */
function soleNamedSpeaker(
  quotes: Quote[],
  actors: Actor[],
  people: readonly Actor[],
  view: string,
  language: Language,
): void {
  const speakers = new Set(quotes.map((q) => q.speaker).filter((id): id is string => !!id));
  const guessed = new Set<Actor>();
  const named = people.filter((a) => a.mentions.length > 0);
  for (const office of [...actors]) {
    if (office.kind !== 'person' || office.named || !speakers.has(office.id) || office.mentions.length === 0) continue;
    const words = fold(office.name).split(/[\s'’]+/);
    const heads = words.filter((w) => roleKind(w, language)?.kind === 'person');
    if (heads.length === 0 || words.some((w) => GROUP_WORDS.test(w))) continue;
    // (`le porte-parole`, `the spokesman`: only when one named person speaks at all.)
    const anonymous = words.some((w) => ANONYMOUS_ROLES.test(w));
    let gender: 'f' | 'm' | null = null;
    const definite = office.mentions.every((m) => {
      const before = fold(view.slice(Math.max(0, m.start - 6), m.start) + view.slice(m.start, m.end).split(/\s/)[0]);
      // (`son avocate`, `his lawyer`, `notre consultant`: a possessive tells the office as
      // surely; `ce dernier`, a demonstrative, points back to it.)
      const det =
        /(?:^|[\s'’])(le|la|l|the|son|sa|his|her|notre|our|ce|cet|cette|this|that)(?:\s|'|’)?\S*$/.exec(before)?.[1] ??
        null;
      if (det === 'la') gender = 'f';
      if (det === 'le') gender = 'm';
      // (Headlines drop the article: `Minister urges action`.)
      // (`Wellington’s mayor`: an owner's possessive determines the office as surely.)
      const owned = /^\p{Lu}[\p{L}-]*['’]s\s/u.test(view.slice(m.start, m.end));
      // (`Director Judy Keane said… A prisoner told a news outlet…`: after a named person, an
      // office with an indefinite article is somebody new, however early.)
      const indefinite =
        /(?:^|[\s'’])(?:a|an|one|un|une)\s+\S*$/.test(before) &&
        named.some((a) => {
          // (By name: a headline's `chief executive says` is no naming.)
          const surname = fold(a.name).split(/\s+/).pop() ?? '';
          return a.mentions.some((x) => x.start < m.start && fold(x.text).includes(surname));
        });
      // (`Selon une source proche du dossier`, `a spokesman said`: a source the article leaves
      // unnamed on purpose is nobody it names, however early.)
      const unnamedSource = anonymous && /(?:^|[\s'’])(?:a|an|one|un|une|des|some)\s+\S*$/.test(before);
      return det !== null || owned || (m.start < 200 && !indefinite && !unnamedSource);
    });
    if (!definite) continue;
    // A holder: every word of the office is in their role (`ministre russe des Affaires
    // étrangères` holds no `ministre sénégalaise des Affaires étrangères`).
    // (`The Demons' coach`: the owner before `'s` is whose office it is, not a word of it.)
    const owners = new Set(
      [...office.name.matchAll(/([\p{L}-]+)(?:['’]s|s['’])(?=\s)/gu)].map((o) =>
        fold(o[1] + (/s['’]$/.test(o[0]) ? 's' : '')),
      ),
    );
    // (`All Blacks coach`: capitalised words before an English office are its owner too.)
    const officeOwner =
      language === 'en' ? (/^((?:\p{Lu}[\p{L}'’-]*\s+){1,3})\p{Ll}/u.exec(office.name)?.[1].trim() ?? null) : null;
    for (const w of officeOwner ? fold(officeOwner).split(/\s+/) : []) owners.add(w);
    const content = words.filter((w) => w.length > 2 && !/^(?:des|the|and|les|aux)$/.test(w) && !owners.has(w));
    // (Feminine and plural endings do not change the office: `avocate` holds `avocat`.)
    const roleHasAll = (a: Actor, ws: readonly string[]): boolean => {
      if (!a.role) return false;
      const own = new Set(
        fold(a.role)
          .split(/[\s'’-]+/)
          .map(officeStem),
      );
      return ws.every((w) => own.has(officeStem(w)));
    };
    // (`said the DCP` … `Akbar Pathan, deputy commissioner of police, Zone 3`: an office written
    // as its initials is held by the role they spell.)
    const acronym = words.length === 1 && /^[a-z]{2,5}$/.test(words[0]) && office.name === office.name.toUpperCase();
    const spells = (a: Actor): boolean => !!a.role && officeInitials(a.role).startsWith(words[0]);
    const holds = (a: Actor): boolean => roleHasAll(a, content) || (acronym && spells(a));
    const roleHasAny = (a: Actor, ws: readonly string[]): boolean => ws.some((w) => roleHasAll(a, [w]));
    // Someone else the article names with this office: not sure which — unless the article
    // gave that office another owner (`All Blacks coach` is not `Lions coach Warren Gatland`).
    const otherOwner = (a: Actor): boolean =>
      officeOwner !== null &&
      a.mentions.some((m) => {
        const owner = /((?:\p{Lu}[\p{L}'’-]*\s+){1,3})$/u.exec(view.slice(Math.max(0, m.start - 40), m.start))?.[1];
        return !!owner && /^\p{Ll}/u.test(m.text) && fold(owner.trim()) !== fold(officeOwner);
      });
    if (people.some((a) => holds(a) && !speakers.has(a.id) && !otherOwner(a))) continue;
    // (Or whose office starts with the same words: `Le directeur général de la structure
    // publique` … `Laurent Saint-Martin, directeur général de Business France`.)
    const stop = words.findIndex((w) => /^(?:de|du|des|d|of|for|at)$/.test(w));
    const core = (stop > 0 ? words.slice(0, stop) : words).filter((w) => w.length > 2);
    const sameOffice = (a: Actor): boolean => core.length >= 2 && roleHasAll(a, core);
    // (`patron`, `chef` fit the head of anything.)
    const anyHead = heads.some((w) => ANY_HEAD.test(w));
    // An office a person's told role leaves room for: none told, this one, one starting the
    // same, any head, or none of this office's person nouns (`le premier ministre, Jean Castex`
    // is no `ministre de l'Intérieur`).
    // (`le ministre Sylvain Gaudreault` … `le ministre des Affaires municipales`: the office told
    // more fully, every word of the told one in it.)
    const officeStems = new Set(words.map(officeStem));
    const toldWithin = (a: Actor): boolean => {
      if (!a.role) return false;
      const told = fold(a.role)
        .split(/[\s'’-]+/)
        .filter((w) => w.length > 2);
      return told.length > 0 && told.every((w) => officeStems.has(officeStem(w)));
    };
    const officeFits = (a: Actor): boolean =>
      !a.role || holds(a) || sameOffice(a) || anyHead || !roleHasAny(a, heads) || toldWithin(a);
    const candidates = people.filter((a) => {
      // (An office this pass gave them is not one the article told: `Leeds hospital boss` …
      // `The chief executive added`.)
      // (Nor when the article names nobody else: `L'ex-président Laurent Gbagbo` … `a déclaré le
      // fondateur du PPA-CI` — one man may hold several titles.)
      if (!speakers.has(a.id) || (a.role && !guessed.has(a) && !holds(a) && !sameOffice(a) && named.length > 1))
        return false;
      // (`lâche Sophie, 42 ans`: someone named by a first name alone, or told by their age, is a
      // witness the article met — never the minister it writes of.)
      if (!/\s/.test(a.name.trim()) && isGenderedFirstName(fold(a.name))) return false;
      if (a.mentions.some((m) => AGE_APPOSED.test(view.slice(m.end, m.end + 16)))) return false;
      return genderAllows(a, gender);
    });
    let person: Actor | null = candidates.length === 1 ? candidates[0] : null;
    // `Abdoulaye Diouf Sarr explique… « … », a indiqué le ministre de la Santé`: when no named
    // person speaks at all, the one person the article names (with no other office) is it.
    if (
      !person &&
      !anonymous &&
      candidates.length === 0 &&
      named.length === 1 &&
      !people.some((a) => speakers.has(a.id)) &&
      (!named[0].role || holds(named[0]) || sameOffice(named[0]) || toldWithin(named[0]))
    )
      person = named[0];
    // (`Le Dr Robert Mathurin Bidjang, délégué régional de la santé publique dans la région de
    // l'Est` … `a relevé le patron de la santé à l'Est`: `patron` heads anything; the one named
    // person whose told office holds the rest of its words.)
    if (!person && !anonymous && candidates.length === 0 && !people.some((a) => speakers.has(a.id))) {
      const rest = content.filter((w) => !ANY_HEAD.test(w));
      const fitting = anyHead && rest.length > 0 ? named.filter((a) => roleHasAll(a, rest)) : [];
      if (fitting.length === 1) person = fitting[0];
    }
    if (candidates.length > 1 && !anonymous) {
      // Several named speakers: the one named first after the office, close after it (`a
      // signalé le bourgmestre. … a expliqué Roger Vanderstraeten`).
      const at = firstMention(office);
      let nextAt = Infinity;
      for (const a of candidates) {
        const first = firstMention(a);
        if (first > at && first < nextAt) {
          nextAt = first;
          person = a;
        }
      }
      if (nextAt - at > NAME_FOLLOWS_WITHIN) person = null;
    }
    // (`'…', a raconté Daniel Rossellat.` ¶ `'…', s'est réjoui le patron et fondateur du
    // festival.`: an office speaking right after the quotes of a named speaker — no quote of
    // anyone else between — is that speaker, not whoever the text names next.)
    if (!anonymous) {
      const at = firstMention(office);
      let lastBefore = lastQuoteBefore(quotes, at, office.id);
      // (`"So you'll stand down?" Tim Arvier asked.` ¶ `"Yes," the LNP leader replied.`: the one
      // who answers a question is not who asked it, but the one who spoke before it.)
      let asker: string | null = null;
      if (
        lastBefore &&
        /\?\s*$/.test(view.slice(lastBefore.start, lastBefore.end)) &&
        !!lastBefore.cue &&
        ASKS.test(fold(lastBefore.cue.text))
      ) {
        asker = lastBefore.speaker;
        const before = asker ? lastQuoteBefore(quotes, lastBefore.start, asker) : undefined;
        lastBefore =
          before && before.speaker !== office.id && lastBefore.start - before.end <= 400 ? before : undefined;
      }
      const previous = lastBefore ? people.find((a) => a.id === lastBefore.speaker) : undefined;
      const genderOk = !!previous && genderAllows(previous, gender);
      // (Not someone whose own office the text told and is another; an office this pass gave
      // them is not one the text told.)
      const fits = !!previous && (guessed.has(previous) || officeFits(previous));
      // (Nor when another speaker holds this very office: `the Queensland Premier Annastacia Palaszczuk`.)
      const otherHolder = candidates.some((a) => a !== previous && holds(a));
      const thread =
        !!lastBefore &&
        !!previous &&
        fits &&
        !otherHolder &&
        genderOk &&
        at - lastBefore.end <= PREVIOUS_SPEAKER_WITHIN;
      // (`Me Aissata Tall Sall, quant à elle, a défendu la décision… « … », a répondu la patronne
      // de la diplomatie sénégalaise.`: nobody quoted since, the person whose name opened a
      // sentence since the last quote (or whose words the paragraph announced: `les propos
      // tenus par X`) is the one the office calls so — rather than the last speaker's thread or
      // a speaker the article names later.)
      const near = subjectBefore(people, view, at, lastBefore?.end ?? 0);
      const nearFits =
        !!near &&
        near.actor !== office &&
        near.actor.id !== asker &&
        !candidates.some((a) => a !== near.actor && holds(a)) &&
        officeFits(near.actor) &&
        genderAllows(near.actor, gender) &&
        !nationalityClash(office.name, near.actor.role);
      if (near && nearFits) person = near.actor;
      else if (thread) person = previous;
    }
    if (!person) continue;
    // (`la procureure … Annie-Claire Perron`, `Me Perron` … `l'accusé`: who pleads or judges a
    // case is never a party to it.)
    if (words.some((w) => CASE_PARTIES.test(w)) && courtOfficer(person, view)) continue;
    mergeSpeaker(quotes, actors, office, person);
    if (person.role === null) {
      person.role = office.name;
      guessed.add(person);
    }
  }
}

/**
 * `"…," Hasenhuttl told the Daily Echo.` … `The Austrian continued: "…"`: a nationality noun
 * the text never ties to a name, speaking right after the quotes of a named person (nobody
 * quoted between), is that person seen again — sports and foreign news call people so.
 */
function nationalitySpeakers(
  quotes: Quote[],
  actors: Actor[],
  people: readonly Actor[],
  view: string,
  language: Language,
): void {
  for (const noun of [...actors]) {
    // (One word, or two for a country of two: `the South African`, `le Sud-Africain`.)
    if (
      noun.kind !== 'person' ||
      (/\s/.test(noun.name.trim()) && !/^(?:south|north|new|sri|saudi|costa|puerto)\s+\S+$/i.test(noun.name.trim())) ||
      noun.mentions.length === 0
    )
      continue;
    if (nationalityWords(noun.name, language) === null) continue;
    // (Every mention the bare noun after an article: `the Austrian`, `le Brésilien`.)
    const bare = noun.mentions.every(
      (m) =>
        fold(m.text) === fold(noun.name) &&
        // (`le jeune Tchadien`, `ce Burkinabè`: an adjective or a demonstrative too.)
        /(?:^|[\s'’])(?:the|le|la|l|ce|cet|cette|this|that)['’\s]*(?:\p{Ll}{3,}\s+)?$/iu.test(
          view.slice(Math.max(0, m.start - 14), m.start),
        ),
    );
    if (!bare || !quotes.some((q) => q.speaker === noun.id)) continue;
    const at = firstMention(noun);
    const last = lastQuoteBefore(quotes, at, noun.id);
    const previous = last ? actors.find((a) => a.id === last.speaker) : undefined;
    // (`M. Bouchez dénonce la méthode : « … », lance le Montois.`, `Abdoulaye Ousmane Dreig du
    // Tchad est aussi impressionné. « … », dit le jeune Tchadien.`: the named person who opened
    // the sentence, or the one before, since the last quote — before that quote's speaker.)
    // (Not a nationality noun an earlier turn of this loop merged away.)
    const others = people.filter((a) => a !== noun && actors.includes(a));
    const near = subjectBefore(others, view, at, last?.end ?? 0);
    if (near && !near.announced) {
      mergeSpeaker(quotes, actors, noun, near.actor);
      continue;
    }
    if (last && previous && previous.kind === 'person' && previous.named && at - last.end <= PREVIOUS_SPEAKER_WITHIN) {
      mergeSpeaker(quotes, actors, noun, previous);
      continue;
    }
    // (Nobody quoted yet: `India's head coach Manolo Marquez was not impressed… The Spaniard
    // said…` — the one person the article has named so far.)
    if (last) continue;
    const named = others.filter((a) => a.mentions.some((m) => m.start < at));
    if (named.length === 1) {
      mergeSpeaker(quotes, actors, noun, named[0]);
      continue;
    }
    // (`…, elle a devancé la championne suisse Camille Rast tandis que l'Allemande Emma Aicher
    // complète le podium. « … », a réagi l'Américaine`: the one of them no other nationality is
    // told of.)
    const stem = nationalityStem(fold(noun.name));
    const open = named.filter((a) =>
      a.mentions.every((m) => {
        const other = nationalityBefore(view, m.start);
        return other === null || nationalityStem(other) === stem;
      }),
    );
    if (open.length === 1 && open.length < named.length) mergeSpeaker(quotes, actors, noun, open[0]);
  }
}

/** The folded nationality word right before a name (`suisse Camille Rast`, `l'Allemande Emma Aicher`), or null. */
function nationalityBefore(view: string, start: number): string | null {
  const w = /(?:^|[\s'’])([\p{L}-]{4,})\s+$/u.exec(view.slice(Math.max(0, start - 30), start));
  if (!w) return null;
  const f = fold(w[1]);
  return isNationality(f) ? f : null;
}

/**
 * `«Je me suis exprimé au nom du gouvernement»` as the title, nobody named there: words at the
 * head of an article are those of the one it quotes most — when one person has more of its
 * quotes than anyone else, at least two, or is the only one it quotes. (Someone the article
 * never names counts too: `Accident mortel en Aveyron : "J'ai appelé les gendarmes…"` is the
 * witness's.)
 */
function headlineToMainSpeaker(quotes: Quote[], actors: Actor[], problems: Problem[], headlineEnd: number): void {
  const first = quotes[0];
  // (Not words a cue gives someone the article leaves unknown: `She added: "…"`.)
  if (!first || first.end > headlineEnd || first.speaker || first.cue || first.kind === 'scare') return;
  const counts = new Map<string, number>();
  for (const q of quotes) if (q !== first && q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && (ranked[0][1] < 2 || ranked[1][1] === ranked[0][1]))) return;
  const main = actors.find((a) => a.id === ranked[0][0]);
  if (!main || main.kind !== 'person') return;
  giveSpeaker(first, main.id, problems);
}

/** A later pass names a quote's speaker: the quote takes it, and its "no speaker" problem goes. */
function giveSpeaker(q: Quote, speaker: Quote['speaker'], problems: Problem[]): void {
  q.speaker = speaker;
  q.speakerMention = null;
  const p = problems.findIndex((x) => x.code === 'quote-without-speaker' && x.start === q.start);
  if (p >= 0) problems.splice(p, 1);
}

/** The last attributed quote (in text order) ending by `at` whose speaker is not `except`. */
function lastQuoteBefore(quotes: readonly Quote[], at: number, except: string): Quote | undefined {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i];
    if (q.end <= at && q.speaker && q.speaker !== except) return q;
  }
  return undefined;
}

/**
 * The named person whose mention opens a sentence (after a title, an office or an opening
 * adjunct at most) latest before `at` and after `after`, in the same paragraph (or the one
 * before, for an office opening its own), or whose words the paragraph announced (`les propos
 * tenus par X`); when that sentence asks someone, the one asked.
 */
function subjectBefore(
  people: readonly Actor[],
  view: string,
  at: number,
  after: number,
): { actor: Actor; announced: boolean } | null {
  let paragraph = view.lastIndexOf('\n', at - 1) + 1;
  // (`Major General Jake Ellwood will lead…` ¶ `The veteran of Kosovo… promised…`: an office
  // opening its paragraph looks back into the paragraph before.)
  // (So does one speaking after the words that open its paragraph, nobody named before it there:
  // `Noah Dobson et Lane Hutson ont tenu des discours…` ¶ `« … », a affirmé le défenseur.`)
  // (Or one after an opening adjunct, nobody named nor quoted before it there: `Sans directement
  // confirmer cette information, le député de Frontenac a indiqué…`.)
  const nobodyBefore = (): boolean =>
    !people.some((a) => a.mentions.some((m) => m.start >= paragraph && m.start < at)) &&
    (/^\s*[«"“]/.test(view.slice(paragraph, at)) ||
      /^[^«»"“”.!?;:]{3,120},\s*(?:the|le|la|l['’])?\s*$/iu.test(view.slice(paragraph, at)));
  if (paragraph > 0 && (/^[\s"“«]*(?:the|le|la|l['’])?\s*$/iu.test(view.slice(paragraph, at)) || nobodyBefore())) {
    const end = view.slice(0, paragraph).trimEnd().length;
    paragraph = view.lastIndexOf('\n', end - 1) + 1;
  }
  const from = Math.max(paragraph, after);
  let best: { actor: Actor; start: number; announced: boolean } | null = null;
  for (const a of people)
    for (const m of a.mentions) {
      if (m.start < from || m.start >= at || (best && m.start <= best.start)) continue;
      // (An owner opens no sentence as its subject: `Matt Hancock's breach of Covid rules…`.)
      if (ownerAt(view, m.end)) continue;
      const lineStart = view.lastIndexOf('\n', m.start - 1) + 1;
      const lead = view.slice(Math.max(lineStart, m.start - 60), m.start);
      const opens =
        at - m.start <= PREVIOUS_SPEAKER_WITHIN &&
        ((/(?:^|[.!?»”"]\s+)(?:[\p{L}'’.-]+\s+){0,4}$/u.test(lead) && !/[,;:(]/.test(lead.slice(-40))) ||
          // (After a dateline: `PARIS (Reuters) – Jean-Yves Le Drian a salué…`.)
          (DATELINE_LEAD.test(lead) && lineStart >= m.start - 60) ||
          // (Or the name ends its sentence as a reporting verb's subject: `…, Datuk Seri Ismail
          // Sabri Yaakob (pix) said.` ¶ `The prime minister said…`.)
          REPORTED_BY.test(view.slice(m.end, m.end + 50)) ||
          // (After an opening adjunct: `Outre les critiques sur le fond, M. Bouchez dénonce…`.)
          // (Its complement may hold an apposition: `Après le médecin cantonal, Jacques-André
          // Romand, la ministre des Finances Nathalie Fontanet a appris…`.)
          /(?:^|[.!?»”"]\s+)(?:[^,;:«»"“”.!?()]{2,50},\s*){1,2}(?:[\p{Lu}][\p{L}.]*\s+)?$/u.test(lead));
      // (`Une déclaration qui faisait référence aux propos tenus un peu plus tôt par Christophe
      // Castaner. « … », avait déclaré le ministre de l'Intérieur`: whose words the paragraph announced.)
      const announced = SPEECH_NOUN_AGENT.test(fold(lead));
      if (opens || announced) best = { actor: a, start: m.start, announced };
    }
  // (`Defence barrister Felix McEnroy SC asked Supt Geraghty why…` ¶ `The head of the Garda press
  // office said…`: who answers is the one asked.)
  if (best && !best.announced) {
    const sentenceEnd = view.slice(best.start, at).search(/[.!?](?:\s|$)/);
    const span = view.slice(best.start, sentenceEnd < 0 ? at : best.start + sentenceEnd);
    const asked = /\s(?:asked|questioned|pressed|a demandé à|demande à|a interrogé|interroge)\s+/iu.exec(span);
    if (asked) {
      const from2 = best.start + asked.index + asked[0].length;
      for (const a of people)
        for (const m of a.mentions)
          if (
            m.start >= from2 &&
            /^(?:[\p{Lu}][\p{L}.]*\s+){0,2}$/u.test(view.slice(from2, m.start)) &&
            a !== best.actor
          )
            return { actor: a, announced: false };
    }
  }
  return best;
}

/** A reporting verb right after a name, ending what its subject said: `(pix) said.`, `MP has said.`, `a déclaré.` */
const REPORTED_BY =
  /^\s*(?:\([^()\n]{1,30}\)\s*)?(?:(?:MP|MEP|MSP|MLA|TD|QC|KC|SC)\s+)?(?:(?:has|had)\s+)?(?:said|says|told\s+[\p{L} ]{1,30}|stated|added|a\s+(?:dit|déclaré|indiqué|affirmé|ajouté|expliqué|souligné|annoncé|assuré|estimé|précisé))\s*[.;]/u;

/** `les propos tenus par`, `la déclaration de`, `comments made by`: a speech noun and its author's preposition. */
const SPEECH_NOUN_AGENT =
  /(?:propos|declarations?|paroles|mots|comments|remarks|statement|words)\s+(?:[\p{L}'’.-]+\s+){0,5}(?:par|de|du|by|from|of)\s*$/u;

/** True when an office and a told role name different nationalities (`diplomatie américaine`, `ministre russe`). */
function nationalityClash(office: string, role: string | null): boolean {
  if (!role) return false;
  const stems = (t: string): string[] =>
    fold(t)
      .split(/[\s'’-]+/)
      .filter((w) => isNationality(w))
      .map(nationalityStem);
  const a = stems(office);
  const b = stems(role);
  return a.length > 0 && b.length > 0 && !a.some((w) => b.includes(w));
}

/** False when a person's first name is of the other gender than the one an office was written in (`la ministre`). */
function genderAllows(person: Actor, gender: 'f' | 'm' | null): boolean {
  const first = fold(person.name).split(/\s+/)[0];
  const known = firstNameGender(first);
  return !(gender === 'f' && known === 'm') && !(gender === 'm' && known === 'f');
}

/** Office words that fit the head of anything (`le patron du festival` is its director). */
const ANY_HEAD = /^(?:patron|patronne|chef|cheffe|boss|head|dirigeant|dirigeante|responsable|leader)$/;

/** A word of the first person singular: one person's own voice, never an organisation's. */
const FIRST_SINGULAR: Record<Language, RegExp> = {
  fr: /(?:^|[^\p{L}'’])(?:je|j['’]|moi|mon|ma|mes)(?=[^\p{L}]|$)/iu,
  en: /(?:^|[^\p{L}])(?:I|I'm|I’m|I've|I’ve|[Mm]y)(?=[^\p{L}'’]|$)/u,
};

/** How far (UTF-16 units) after a named speaker's last quote an office still means that speaker. */
const PREVIOUS_SPEAKER_WITHIN = 400;

/**
 * People an article meets, never the holder of an office it names: residents, witnesses,
 * victims — and the one who asks (`lui a suggéré l'intervieweur` is never the rider interviewed).
 */
const GROUP_WORDS =
  /^(?:habitants?|residents?|temoins?|voisins?|witness(?:es)?|neighbou?rs?|victimes?|victims?|intervieweur|intervieweuse|interviewer)$/;
/** A person the article shows pleading or judging: a lawyer's title (`Me`), or such a role. */
function courtOfficer(a: Actor, view: string): boolean {
  if (
    a.role &&
    /(?:procureure?|avocate?|juge|magistrate?|prosecutor|attorney|lawyer|judge|counsel|barrister|solicitor)/.test(
      fold(a.role),
    )
  )
    return true;
  return a.mentions.some((m) =>
    /(?:^|\s)(?:Me|Maître|Maitre|Mᵉ)\s+$/.test(view.slice(Math.max(0, m.start - 8), m.start)),
  );
}

/**
 * A party to one case (`l'accusé`, `la plaignante`, `the defendant`): someone the article is
 * about, never an office whose holder the reader knows.
 */
const CASE_PARTIES =
  /^(?:accusee?s?|prevenue?s?|suspecte?s?|plaignante?s?|detenue?s?|condamnee?s?|inculpee?s?|mise? en (?:cause|examen)|accused|defendants?|suspects?|plaintiffs?|claimants?|complainants?|inmates?|detainees?)$/;

/**
 * A pull-quote at the top (`"Naufrage judiciaire."`) with no cue repeats words the article
 * quotes later with their speaker: it takes that speaker. Only short quotes, compared with
 * the attributed ones (bounded: the first 200 characters of each).
 */
function echoPullQuotes(
  quotes: Quote[],
  hows: string[],
  actors: Actor[],
  problems: Problem[],
  headlineEnd: number,
  language: Language,
): void {
  // (A headline's or an intertitle's words may come from far into a long statement: read up
  // to 2,000 characters of each quote — in all, never more than the article's quoted text.)
  const reach = 2000;
  const words = quotes.map((q, i) => (q.speaker && hows[i] !== 'context' ? quoteWords(q.text.slice(0, reach)) : null));
  // (Each quote's words split once, when first compared word by word.)
  const lists = new Map<number, string[]>();
  const wordList = (j: number, w: string): string[] => {
    let l = lists.get(j);
    if (!l) lists.set(j, (l = w.trim().split(' ')));
    return l;
  };
  quotes.forEach((q, i) => {
    // `Council 'saddened' by closure` as the headline, the council's statement below saying it
    // is "saddened": a headline's quoted word echoing an attributed quote is that speaker's.
    const headline = q.end <= headlineEnd;
    if ((q.kind === 'scare' && !headline) || q.text.length > 120) return;
    // (`'This is not normal': Minister urges action`: a headline's unnamed speaker gives way to
    // the named one whose words it echoes below.)
    const said = headline && q.speaker ? actors.find((a) => a.id === q.speaker) : undefined;
    const unnamed =
      !!said &&
      (!said.named || (!/\s/.test(said.name.trim()) && roleKind(fold(said.name), language)?.kind === 'person'));
    // (A continuation is a guess too: `« Un spasme de bêtise »` as an intertitle, carried on from
    // the quote before it, is the words of the one who says them below.)
    const guessed = hows[i] === 'context' || hows[i] === 'none' || hows[i] === 'title' || hows[i] === 'continuation';
    if (q.kind !== 'scare' && !guessed && !unnamed) return;
    const own = quoteWords(q.text);
    const ownWords = own.trim().split(' ');
    if (!headline && ownWords.length < 2) return;
    // The quotes around it only (an article's pull-quote repeats words from its own story).
    let source: Quote | null = null;
    for (let j = Math.max(0, i - ECHO_REACH); j < Math.min(quotes.length, i + ECHO_REACH) && !source; j++) {
      // (Or the other way round when the attributed words are a phrase of it: `Mendy "pas le
      // parfait professionnel"` as a heading over `…le "parfait professionnel"…, a témoigné X`.)
      const w = words[j];
      // (Not for a paragraph carried on from the quote before it: `"…I thought they were
      // perfectly balanced and reasonable."` after `Dr Lowe said` is his, the earlier `"perfectly
      // balanced and reasonable", the bank says` the writer's summary of it.)
      // (Nor for words the lead summed up before them: `more walkouts are "almost certain", union
      // organisers say` … `Mr Sheehan said… "It's almost certain that…"` is Sheehan's.)
      const phrase = hows[i] !== 'continuation' && j > i && w && wordList(j, w).length >= 2 && own.includes(w);
      if (
        j !== i &&
        w &&
        (w.includes(own) || phrase || (ownWords.length >= 4 && nearlyHolds(wordList(j, w), ownWords)))
      )
        source = quotes[j];
    }
    if (!source || !actors.some((a) => a.id === source.speaker)) return;
    if (unnamed && (!actors.find((a) => a.id === source.speaker)?.named || source.speaker === q.speaker)) return;
    if (q.kind === 'scare') q.kind = 'partial';
    giveSpeaker(q, source.speaker, problems);
  });
}

/**
 * `« Le festival affirme ses différences »` as an intertitle over `« Le festival affirme ainsi
 * ses différences »`: the words of four or more, in order, with at most two words the quote
 * adds between them.
 */
function nearlyHolds(qw: readonly string[], ow: readonly string[]): boolean {
  for (let s = 0; s < qw.length; s++) {
    if (qw[s] !== ow[0]) continue;
    let k = 1;
    let skipped = 0;
    for (let t = s + 1; t < qw.length && k < ow.length && skipped <= 2; t++) {
      if (qw[t] === ow[k]) k++;
      else skipped++;
    }
    if (k === ow.length && skipped <= 2) return true;
  }
  return false;
}

/** French verbs that open a public stance (`Royal monte au créneau`) without being speech verbs. */
const FR_STANCE = new Set(
  'monte reagit riposte tacle defend persiste insiste enfonce attaque charge rejette salue nuance recadre contre-attaque'.split(
    ' ',
  ),
);

/** Verbs of going on with one's words (folded cue text). */
const GOES_ON: Record<Language, RegExp> = {
  fr: /(?:^|[\s'-])(?:ajout|rajout)\w*/u,
  en: /(?:^|\s)(?:add(?:s|ed|ing)?|went on|goes on|continu\w*)(?:\s|$)/u,
};

/** Verbs that ask (again): a journalist's question in a press conference or an interview. */
const ASKS =
  /(?:^|[\s'-])(?:ask\w*|press\w*|push\w*|follow\w* up|want\w* to know|insist\w*|demand\w*|relanc\w*|enqu\w*|interrog\w*|insist\w*|redemand\w*)/u;

/** How many quotes before and after a pull-quote are searched for its words. */
const ECHO_REACH = 60;

/** Where speech resumes after an incise's long subject: a full stop, or a comma before a clause. */
const RESUME =
  /[.;]\s+(?=\p{Lu})|,\s+(?=(?:mais|et|car|donc|or|puis|nous|je|j'|il|elle|on|ils|elles|c'|ce|cela|ça|vous|si|quand|parce)(?![\p{L}]))/u;

/** Adverbs between an incise's verb and its inverted subject (`relève encore le porte-parole`). */
const INCISE_ADVERB =
  /^\s*(?:(?:\p{Ll}+ment|encore|aussi|également|ensuite|alors|enfin|toutefois|pourtant|même|ainsi|donc|d['’]ailleurs|pour sa part|de son côté|quant à (?:lui|elle))\s*)?$/u;

/** Last words of two-word capitalized names (`Donald Trump` → `trump`): a lone `Trump` is then a person. */
function surnamesOf(view: string): Set<string> {
  const out = new Set<string>();
  const re = /(\p{Lu}[\p{L}'-]+)[ ]+(\p{Lu}[\p{L}-]+)/gu;
  for (let m = re.exec(view); m; m = re.exec(view)) {
    const first = m[1].toLowerCase();
    const last = m[2]
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    // (`Moore's Bakery`: a possessive before a capitalised noun is its owner, no first name.)
    if (NOT_NAMES.has(first) || PLACE_HINTS.has(last) || NOT_NAMES.has(last) || /'s?$/.test(first)) {
      re.lastIndex = m.index + m[1].length;
      continue;
    }
    out.add(last);
  }
  return out;
}

/**
 * Splits a quote around the incise that French puts inside the marks
 * (`« Rien ne sera négocié, a-t-il prévenu. L'approche… »`): two quotes, one cue, one speaker.
 */
function splitIncises(
  drafts: Draft[],
  text: string,
  view: string,
  tokens: Token[],
  lexicon: ReturnType<typeof speechVerbLexicon>,
  language: Language,
  mentionContext: MentionContext,
): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.block || !d.open) {
      out.push(d);
      continue;
    }
    // A quote over several paragraphs is searched in its first paragraph only (`« Ils ont bien
    // fait, a lancé X. On a pris les devants.` ¶ `« C'est un jeu rapide. »`).
    const paragraphEnd = d.multiParagraph ? view.indexOf('\n', d.start) : -1;
    const from = tokenAt(tokens, d.start);
    const to = tokenAt(tokens, paragraphEnd > d.start && paragraphEnd < d.end ? paragraphEnd : d.end);
    const cues = findCues(view, tokens, from, to, lexicon, language, () => false);
    let split = false;
    for (const cue of cues) {
      // (`« …, selon Paul Strachman. L'intelligence… »`: `selon` and a name set off in the words
      // are an incise too.)
      if (cue.source && !/^selon$/i.test(view.slice(cue.start, cue.end))) continue;
      const before = view.slice(d.start, cue.start);
      // (After suspension points too: `…leur impatience... a poursuivi Me Perron. Et je…`.)
      if (!/(?:,|\.\.\.|…)\s*$/.test(before) || before.split(/\s+/).length < 3) continue;
      let end = cue.end;
      if (!cue.clitic) {
        // `, explique Jean Dupont.` — an inverted subject.
        if (language === 'en') continue;
        const m = readMentions(text, tokens, cue.next, to, mentionContext)[0];
        if (!m || m.type === 'pronoun' || !INCISE_ADVERB.test(view.slice(cue.end, m.start))) continue;
        // A name read across a full stop (`Philippe Cosandey. Nous`) ends at the stop.
        const stop = /[.!?;]\s/.exec(view.slice(m.start, m.end));
        end = stop ? m.start + stop.index : m.end;
        // `, témoigne Eddy qui a assisté à toute la scène. …`: the subject's relative clause.
        const rel = /^\s*,?\s*(?:qui|who)\s[^.;!?«»"“”]{1,120}(?=[.,;]\s)/.exec(view.slice(end, d.end));
        if (rel) end += rel[0].length;
      }
      const commaAt = d.start + before.replace(/,?\s*$/, '').length;
      // A quote never closed that ends with its incise (`« Nous gagnerons, a affirmé X.`).
      if (!d.close && /^\s*[.!?]?\s*$/.test(view.slice(end, d.end))) {
        out.push({ ...d, end: commaAt, incise: cue });
        split = true;
        break;
      }
      // `, a réagi Paul Kerr, 54 ans. Mais…`, `, a dit X, maire de Nantes. Mais…`: an age or an
      // office after the subject, up to the stop, is still the incise.
      if (!cue.clitic) {
        const apposed = /^\s*,\s*(?:\d{1,3}\s*ans|(\p{Ll}[\p{L}-]+))[^.;!?«»"“”\n]{0,80}?(?=[.;]\s+\p{Lu})/u.exec(
          view.slice(end, d.end),
        );
        if (apposed && (!apposed[1] || roleKind(fold(apposed[1]), language)?.kind === 'person'))
          end += apposed[0].length;
      }
      let after = /^\s*[.,;]\s+/.exec(view.slice(end, d.end));
      if (!after && !cue.clitic && language === 'fr') {
        // `, a déclaré le commissaire X de la police régionale, les Mossos, mais il est…`: the
        // subject's complements run on to where the speech resumes.
        const resume = RESUME.exec(view.slice(end, Math.min(d.end, end + 160)));
        if (resume) {
          end += resume.index;
          after = /^\s*[.,;]\s+/.exec(view.slice(end, d.end));
        }
      }
      if (!after) continue;
      const restStart = end + after[0].length;
      if (view.slice(restStart, d.end).split(/\s+/).length < 2) continue;
      out.push({ ...d, end: commaAt, close: null, multiParagraph: false, incise: cue });
      out.push({ ...d, start: restStart, open: null, incise: cue });
      split = true;
      break;
    }
    if (!split) out.push(d);
  }
  return out;
}
