/** What every feature handler gets: the connection, the open documents and the shared caches. */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyses, ArticleState } from './analyses';
import type { DocumentRole } from './paths';
import type { Settings } from './settings';

/** What the client said it can do, read once at initialization. */
export interface ClientAbilities {
  configuration: boolean;
  hierarchicalSymbols: boolean;
  documentChanges: boolean;
  createFiles: boolean;
  semanticTokensRefresh: boolean;
  inlayHintRefresh: boolean;
  didChangeConfigurationDynamic: boolean;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: Settings;
  analyses: Analyses;
  client: ClientAbilities;
  /** What a document is to the server: an article, a rules file (incl. `rulesFiles`), a sidecar, other. */
  role(uri: string): DocumentRole;
  /** The analysed state of an open article, or null when `uri` is not an open article. */
  article(uri: string): Promise<ArticleState | null>;
  /** An open article, or else the file on disk (exports, the Actors view). */
  articleOrFile(uri: string): Promise<ArticleState | null>;
}
