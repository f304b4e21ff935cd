/**
 * The messages the client and the server exchange beyond LSP, and the settings they share.
 * Declared once here; the client imports this file by relative path. It may import only
 * protocol types (`vscode-languageserver-protocol`), never the server.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** Severity of the "quote without a speaker" diagnostic, or `off` to hide it. */
export type QuoteWithoutSpeakerSeverity = 'off' | 'hint' | 'information' | 'warning';

/** The `articleAnnotator.*` settings, as the server reads them per resource. */
export interface ArticleAnnotatorSettings {
  /** Which files are articles (besides the `article` language id). */
  articleGlobs: string[];
  /** Extra rules files merged after the nearest `article-rules.yaml`. */
  rulesFiles: string[];
  diagnostics: { quoteWithoutSpeaker: QuoteWithoutSpeakerSeverity };
  inlayHints: { enabled: boolean };
}

/** What an editor that does not send settings gets. */
export const defaultSettings: ArticleAnnotatorSettings = {
  articleGlobs: ['**/*.txt', '**/*.md'],
  rulesFiles: [],
  diagnostics: { quoteWithoutSpeaker: 'information' },
  inlayHints: { enabled: true },
};

/** The configuration section every setting lives under. */
export const settingsSection = 'articleAnnotator';

export interface ExportParams {
  /** The article, open or not (`file:` URI). */
  uri: string;
}

export interface ExportResult {
  /** The `article-annotations/1` document. */
  yaml: string;
  /** The article's path as written in the export (relative to its workspace folder). */
  path: string;
}

/** The export YAML of one article, built from the same analysis the editor shows. */
export const ExportRequest = {
  method: 'articleAnnotator/export',
  type: new RequestType<ExportParams, ExportResult, void>('articleAnnotator/export'),
} as const;

export interface ActorsParams {
  /** One article; when omitted, every article of the workspace (bounded scan). */
  uri?: string;
}

/** A place in an article, in LSP coordinates. */
export interface ArticleLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface ActorSummary {
  id: string;
  name: string;
  kind: 'person' | 'organization' | 'place';
  role: string | null;
  source: 'rules' | 'builtin' | 'detected' | 'manual';
  mentions: number;
  quotes: number;
  /** Number of articles it appears in (1 for a single article). */
  articles: number;
  /** Where to go when it is clicked: its first mention. */
  location: ArticleLocation | null;
}

export interface ActorsResult {
  actors: ActorSummary[];
  /** Totals over the article(s): quotes, quotes with a speaker, distinct speakers. */
  quotes: number;
  attributed: number;
  speakers: number;
  /** How many articles were read (workspace scans are bounded). */
  articles: number;
  /** True when the workspace scan stopped at its bound. */
  truncated: boolean;
}

/** The actors of one article or of the workspace, with counts, for the Actors view and status bar. */
export const ActorsRequest = {
  method: 'articleAnnotator/actors',
  type: new RequestType<ActorsParams, ActorsResult, void>('articleAnnotator/actors'),
} as const;

export interface AnalyzedParams {
  uri: string;
  version: number;
  quotes: number;
  attributed: number;
  speakers: number;
}

/** Sent after an open article was (re-)analysed, so views can refresh without polling. */
export const AnalyzedNotification = {
  method: 'articleAnnotator/analyzed',
  type: new NotificationType<AnalyzedParams>('articleAnnotator/analyzed'),
} as const;
