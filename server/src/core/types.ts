/**
 * The engine's data model: plain data, in the annotators' words.
 *
 * Every offset in the core is a JavaScript string index (UTF-16 code units), end exclusive,
 * exactly as LSP counts. Conversion to the export's code points happens in `export.ts` only.
 */

/** A half-open range `[start, end)` of UTF-16 code units in the article's text. */
export interface Span {
  start: number;
  end: number;
}

/** Who decided: the engine (`auto`) or an annotator in the sidecar (`manual`). */
export type Origin = 'auto' | 'manual';

export type Language = 'fr' | 'en';

export type ActorKind = 'person' | 'organization' | 'place';

/** Where an actor's definition comes from. */
export type ActorSource = 'rules' | 'builtin' | 'detected' | 'manual';

/** A place in a rules file, for go-to-definition and diagnostics. */
export interface RulesLocation {
  /** Absolute path of the rules file, or `builtin:<pack>` for a built-in pack. */
  file: string;
  /** UTF-16 offsets into that file. */
  start: number;
  end: number;
}

/** One occurrence of an actor in the article. */
export interface Mention extends Span {
  text: string;
  origin: Origin;
}

/** A person, organisation or place the article talks about. */
export interface Actor {
  /** Stable slug, unique within one analysis (`serguei-lavrov`). */
  id: string;
  /** Display name. For an unnamed speaker (`le porte-parole du Conseil…`) the description. */
  name: string;
  kind: ActorKind;
  /** False for an actor known only by a description (an unnamed spokesperson). */
  named: boolean;
  role: string | null;
  aliases: string[];
  description: string | null;
  links: string[];
  source: ActorSource;
  /** The rules entry that defines this actor, when there is one. */
  definition: RulesLocation | null;
  mentions: Mention[];
}

export type QuoteKind = 'direct' | 'partial' | 'block' | 'scare';

/** The words that introduce or close a quote (`a déclaré`, `selon`, `said`). */
export interface Cue extends Span {
  text: string;
}

export interface Quote extends Span {
  /** `q1`, `q2`… in text order. */
  id: string;
  /** The quoted content, without the marks and the (no-break) spaces just inside them. */
  text: string;
  kind: QuoteKind;
  /** Actor id of the speaker, or null when unknown (always null for scare quotes). */
  speaker: string | null;
  /** The words naming the speaker near this quote (`Iouri Ouchakov`, `a-t-il` → `il`), or null. */
  speakerMention: (Span & { text: string }) | null;
  cue: Cue | null;
  /** Opening and closing marks, when the quote is marked (null for a block quote without marks). */
  open: Span | null;
  close: Span | null;
  origin: Origin;
}

export type DateType = 'date' | 'time' | 'duration' | 'set';

/** A temporal expression and its normalized value. */
export interface DateMention extends Span {
  text: string;
  /** ISO 8601 at the expression's own granularity (`2025-02-18`, `2025-02`, `2025-W07`, `P3Y`, `T15:00`), or null. */
  value: string | null;
  type: DateType;
  /** How the value was obtained, for people ("relative to the publication date 2025-02-18"). */
  resolution: string | null;
  origin: Origin;
}

/** A span tagged by hand with one of the team's labels. */
export interface Tag extends Span {
  label: string;
  text: string;
  note: string | null;
  origin: 'manual';
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Something the engine could not decide, or found wrong in its input. */
export interface Problem extends Span {
  message: string;
  severity: Severity;
  /** Stable machine-readable code: `unbalanced-quote`, `quote-without-speaker`, `orphaned-entry`… */
  code: string;
}

export type PublishedFrom = 'text' | 'rules' | 'sidecar' | 'option' | null;

/** Everything the engine found in one article. */
export interface Analysis {
  language: Language;
  title: string | null;
  /** ISO date (or month / year) used to resolve relative dates, or null. */
  published: string | null;
  publishedFrom: PublishedFrom;
  /** Where in the text the publication date was read, when it came from the text. */
  publishedSpan: Span | null;
  actors: Actor[];
  quotes: Quote[];
  dates: DateMention[];
  tags: Tag[];
  problems: Problem[];
}

/** A label a team tags spans with. */
export interface Label {
  id: string;
  name: string;
  color: string | null;
  description: string | null;
}

/** One actor as a rules file (or built-in pack) declares it. */
export interface ActorRule {
  name: string;
  kind: ActorKind;
  role: string | null;
  aliases: string[];
  description: string | null;
  links: string[];
  source: 'rules' | 'builtin';
  definition: RulesLocation | null;
  /** For a built-in pack's entry: the only language whose articles it applies to. */
  language?: Language | null;
}

/** The merged rules in force for one article: built-in packs, then `extends`, then the file. */
export interface Rules {
  language: Language | null;
  published: string | null;
  actors: ActorRule[];
  /** Speech verbs per language, as lemmas or inflected forms (lower case). */
  speechVerbs: Record<Language, string[]>;
  labels: Label[];
  /** Literal strings whose occurrences are boilerplate and are not analysed. */
  ignore: string[];
  /** Groups of role descriptions naming the same office (`ministre … des Affaires étrangères` = `chef de la diplomatie …`). */
  roleEquivalents?: string[][];
  /** The rules files that were merged, in order (built-in packs as `builtin:<pack>`). */
  files: string[];
}
