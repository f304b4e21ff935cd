/**
 * The sidecar's data model (contract `article-sidecar/1`): what an annotator decided by hand
 * for one article, stored next to it in `<article file name>.ann.yaml`.
 */
import type { ActorKind, DateType, Language, QuoteKind } from '../types';
import type { Anchor } from './anchor';

export const SIDECAR_SCHEMA = 'article-sidecar/1';

/** What a `reject` entry says is wrong: a quote, a date, an actor (all of it) or one mention of an actor. */
export type RejectKind = 'quote' | 'date' | 'actor' | 'mention';

/** Fields every entry may carry besides its own. */
interface EntryBase {
  anchor: Anchor;
  /** Free text from the annotator. */
  note?: string | null;
  /** Keys this version does not know, kept so that rewriting the file never loses them. */
  extra?: Record<string, unknown>;
}

/** "The quote at this anchor was said by …" — `speaker: null` means "speaker unknown". */
export interface SpeakerEntry extends EntryBase {
  action: 'speaker';
  speaker: string | null;
}

/** "This detection is wrong." */
export interface RejectEntry extends EntryBase {
  action: 'reject';
  kind: RejectKind;
}

/** "The engine missed this quote"; `speaker` absent keeps what the engine found there. */
export interface AddQuoteEntry extends EntryBase {
  action: 'add';
  kind: 'quote';
  speaker?: string | null;
  quoteKind?: QuoteKind;
}

/** "The engine missed this date", with its ISO value (or null when it has none). */
export interface AddDateEntry extends EntryBase {
  action: 'add';
  kind: 'date';
  value: string | null;
  dateType?: DateType;
}

/** "The engine missed this actor": the span is a mention of `name` (default: the span's text). */
export interface AddActorEntry extends EntryBase {
  action: 'add';
  kind: 'actor';
  name?: string;
  actorKind?: ActorKind;
}

export type AddEntry = AddQuoteEntry | AddDateEntry | AddActorEntry;

/** A span tagged with one of the team's labels. */
export interface TagEntry extends EntryBase {
  action: 'tag';
  label: string;
}

export type SidecarEntry = SpeakerEntry | RejectEntry | AddEntry | TagEntry;

/** The annotator's manual decisions for one article (contract `article-sidecar/1`). */
export interface Sidecar {
  /** Overrides the detected publication date (ISO). */
  published: string | null;
  language: Language | null;
  entries: SidecarEntry[];
  /** Top-level keys this version does not know, kept on rewrite. */
  extra?: Record<string, unknown>;
}

/** An empty sidecar, for an article that has none yet. */
export function emptySidecar(): Sidecar {
  return { published: null, language: null, entries: [] };
}
