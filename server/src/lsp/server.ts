/**
 * Wires the server: capabilities, the open documents, the caches, and one handler per
 * feature. Articles are analysed when they open or change (debounced), and their
 * diagnostics pushed; rules files are checked as they are typed and reloaded on save,
 * after which every open article is analysed again and the editor asked to refresh.
 */
import * as path from 'node:path';
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyses, type ArticleState } from './analyses';
import type { ClientAbilities, ServerContext } from './context';
import * as codeActions from './features/codeActions';
import * as diagnostics from './features/diagnostics';
import * as hover from './features/hover';
import * as inlayHints from './features/inlayHints';
import * as manual from './features/manual';
import * as navigation from './features/navigation';
import * as requests from './features/requests';
import * as semanticTokens from './features/semanticTokens';
import * as symbols from './features/symbols';
import * as workspaceSymbols from './features/workspaceSymbols';
import { documentRole, pathToUri, uriToPath } from './paths';
import { AnalyzedNotification } from './protocol';
import { RulesCache } from './rules';
import { Settings } from './settings';

/** Pause after the last keystroke before an article is analysed again for diagnostics. */
const DEBOUNCE_MS = 200;

/** Registers everything on the connection and starts listening; returns the context, for tests and extensions. */
export function startServer(connection: Connection): ServerContext {
  const documents = new TextDocuments(TextDocument);
  const settings = new Settings(connection);
  const analyses = new Analyses(settings, new RulesCache());
  const client: ClientAbilities = {
    configuration: false,
    hierarchicalSymbols: false,
    documentChanges: false,
    createFiles: false,
    semanticTokensRefresh: false,
    inlayHintRefresh: false,
    didChangeConfigurationDynamic: false,
  };

  let workspaceFoldersSupported = false;
  /** The files named in `articleAnnotator.rulesFiles`, resolved: rules files too, checked as typed. */
  let extraRulesFiles: string[] = [];
  const role = (uri: string) => documentRole(uri, extraRulesFiles);
  const isArticle = (uri: string) => role(uri) === 'article';
  const ctx: ServerContext = {
    connection,
    documents,
    settings,
    analyses,
    client,
    role,
    async article(uri) {
      if (!isArticle(uri)) return null;
      // An analysis superseded while it waited (a newer version, rules or sidecar changed)
      // resolves to null: ask again for the current one rather than answer "nothing here",
      // which would wipe the editor's colours.
      for (let attempt = 0; attempt < 5; attempt++) {
        const doc = documents.get(uri);
        if (!doc) return null;
        const state = await analyses.get(doc);
        if (state) return state;
      }
      return null;
    },
    async articleOrFile(uri) {
      if (documents.get(uri)) return ctx.article(uri);
      const file = uriToPath(uri);
      return file && isArticle(uri) ? analyses.fromDisk(file) : null;
    },
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    client.configuration = !!caps.workspace?.configuration;
    client.hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    client.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    client.createFiles = !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create');
    client.semanticTokensRefresh = !!caps.workspace?.semanticTokens?.refreshSupport;
    client.inlayHintRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
    client.didChangeConfigurationDynamic = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    settings.supported = client.configuration;
    workspaceFoldersSupported = !!caps.workspace?.workspaceFolders;
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)) ?? [];
    if (!folders.length && params.rootUri) folders.push(uriToPath(params.rootUri));
    analyses.folders = folders.filter((f): f is string => !!f);

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        semanticTokensProvider: { legend: semanticTokens.legend, full: { delta: true }, range: true },
        hoverProvider: true,
        inlayHintProvider: true,
        documentSymbolProvider: { label: 'Article' },
        workspaceSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor'] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'article-annotator', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    void updateExtraRulesFiles().then(() => {
      // Rules files opened before the setting was read are checked now.
      for (const doc of documents.all()) {
        if (role(doc.uri) === 'rules') diagnostics.publishRules(ctx, doc.uri, doc.version, doc.getText());
      }
    });
    if (client.didChangeConfigurationDynamic) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'articleAnnotator' });
    }
    if (workspaceFoldersSupported) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        analyses.folders = analyses.folders.filter((f) => !removed.has(f));
        for (const f of e.added) {
          const p = uriToPath(f.uri);
          if (p) analyses.folders.push(p);
        }
        refreshAll();
      });
    }
  });

  // --- analysis on change, diagnostics, and refreshes -----------------------------------
  const timers = new Map<string, NodeJS.Timeout>();

  async function publish(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    let state: ArticleState | null;
    try {
      state = await analyses.get(doc);
    } catch (e) {
      connection.console.error(`analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
      return;
    }
    if (!state || documents.get(uri)?.version !== state.version) return;
    diagnostics.publishArticle(ctx, state);
    const { quotes } = state.analysis;
    const attributed = quotes.filter((q) => q.speaker).length;
    const speakers = new Set(quotes.map((q) => q.speaker).filter(Boolean)).size;
    void connection.sendNotification(AnalyzedNotification.type, {
      uri,
      version: state.version,
      quotes: quotes.length,
      attributed,
      speakers,
    });
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void publish(uri);
      }, delay),
    );
  }

  /** Rules, settings or folders changed: analyse every open article again and ask the editor to refresh. */
  function refreshAll(): void {
    analyses.invalidateAll();
    for (const doc of documents.all()) {
      const kind = role(doc.uri);
      if (kind === 'article') schedule(doc.uri, 0);
      else if (kind === 'rules') diagnostics.publishRules(ctx, doc.uri, doc.version, doc.getText());
    }
    if (client.semanticTokensRefresh) void connection.languages.semanticTokens.refresh();
    if (client.inlayHintRefresh) void connection.languages.inlayHint.refresh();
  }

  // Fired on open too: a document not analysed yet is analysed at once, edits after a pause.
  documents.onDidChangeContent((e) => {
    const kind = role(e.document.uri);
    if (kind === 'article') schedule(e.document.uri, analyses.latest(e.document.uri) ? DEBOUNCE_MS : 0);
    else if (kind === 'rules') diagnostics.publishRules(ctx, e.document.uri, e.document.version, e.document.getText());
  });
  documents.onDidSave((e) => {
    const kind = role(e.document.uri);
    if (kind === 'rules' || kind === 'sidecar') refreshAll();
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    analyses.evict(e.document.uri);
    settings.forget(e.document.uri);
    diagnostics.clear(ctx, e.document.uri);
  });

  /** Reads `rulesFiles` of every workspace folder (relative paths resolve against the folder). */
  async function updateExtraRulesFiles(): Promise<void> {
    const files = new Set<string>();
    const folders = analyses.folders.length ? analyses.folders : [null];
    for (const folder of folders) {
      const s = await settings.get(folder ? pathToUri(folder) : undefined);
      for (const f of s.rulesFiles) files.add(folder ? path.resolve(folder, f) : path.resolve(f));
    }
    extraRulesFiles = [...files];
  }

  connection.onDidChangeConfiguration(async (change) => {
    settings.changed(change.settings);
    await updateExtraRulesFiles();
    refreshAll();
  });
  connection.onDidChangeWatchedFiles((change) => {
    const relevant = change.changes.some((c) => {
      const kind = role(c.uri);
      // Saves of open rules files are handled by onDidSave; disk changes of the others here.
      return (kind === 'rules' || kind === 'sidecar') && (c.type !== FileChangeType.Changed || !documents.get(c.uri));
    });
    if (relevant) refreshAll();
  });

  semanticTokens.register(ctx);
  hover.register(ctx);
  inlayHints.register(ctx);
  symbols.register(ctx);
  workspaceSymbols.register(ctx);
  navigation.register(ctx);
  codeActions.register(ctx);
  requests.register(ctx);
  // Manual work: the sidecar feeds each analysis; its code actions join `codeActionProviders`.
  manual.register(ctx);

  documents.listen(connection);
  connection.listen();
  return ctx;
}
