/**
 * The VS Code side: starts the language server over IPC, and adds what only VS Code has —
 * commands, the Actors view, the status bar. The only code that imports 'vscode'.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { defaultSettings, settingsSection } from '../../server/src/lsp/protocol';
import { ActorsView } from './actorsView';
import { exportAnnotations, exportWorkspace } from './exporter';
import { registerManualActions } from './manual';
import { openRules } from './rulesFile';
import { StatusBar } from './statusBar';

/** What `activate` returns, for tests and other extensions. */
export interface ArticleAnnotatorApi {
  /** The running language client (replaced when the article globs change). */
  client(): LanguageClient | undefined;
  /** Exports one article (the active one by default); resolves to the written file's path. */
  exportAnnotations(uri?: vscode.Uri): Promise<string | undefined>;
}

/** Holds the current language client; it is replaced when the document selector must change. */
export class ClientHolder {
  current: LanguageClient | undefined;
  private readonly listeners: Array<(client: LanguageClient) => void> = [];

  onStarted(listener: (client: LanguageClient) => void): void {
    this.listeners.push(listener);
    if (this.current) listener(this.current);
  }

  started(client: LanguageClient): void {
    this.current = client;
    for (const l of this.listeners) l(client);
  }

  /** The running client, or an error message for the user. */
  async ready(): Promise<LanguageClient> {
    const client = this.current;
    if (!client) throw new Error('The Article Annotator language server is not running.');
    if (!client.isRunning()) await client.start();
    return client;
  }
}

/** Files that are articles: the `article` language, and the configured globs on disk or untitled. */
export function articleSelector(globs: readonly string[]): DocumentSelector {
  return [
    { scheme: 'file', language: 'article' },
    { scheme: 'untitled', language: 'article' },
    ...globs.map((pattern) => ({ scheme: 'file', pattern })),
  ];
}

/**
 * What the server is sent besides articles: rules files (validated as typed) — every
 * `article-rules.yaml`, and the files `articleAnnotator.rulesFiles` names (by file name;
 * the server checks the exact paths).
 */
function rulesSelector(): DocumentSelector {
  const names = new Set(['article-rules.yaml']);
  for (const folder of vscode.workspace.workspaceFolders ?? [undefined]) {
    const files = vscode.workspace.getConfiguration(settingsSection, folder).get<string[]>('rulesFiles') ?? [];
    for (const f of files) names.add(path.basename(f));
  }
  return [...names].map((name) => ({ scheme: 'file', pattern: `**/${name}` }));
}

function articleGlobs(): string[] {
  const globs = vscode.workspace.getConfiguration(settingsSection).get<string[]>('articleGlobs');
  return Array.isArray(globs) ? globs : defaultSettings.articleGlobs;
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  let restarts = 0;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...articleSelector(articleGlobs()), ...rulesSelector()],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{article-rules.yaml,*.ann.yaml}'),
    },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationFailedHandler: (error) => {
      output.appendLine(`The language server failed to initialize: ${error instanceof Error ? error.message : error}`);
      void vscode.window.showErrorMessage(
        'Article Annotator: the language server failed to start. See the "Article Annotator" output.',
      );
      return false;
    },
    errorHandler: {
      error: (error, _message, count) => {
        output.appendLine(`Connection error: ${error.message}`);
        return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
      },
      closed: () => {
        restarts++;
        if (restarts <= 4) return { action: CloseAction.Restart };
        return {
          action: CloseAction.DoNotRestart,
          message: 'Article Annotator: the language server stopped repeatedly and will not be restarted.',
        };
      },
    },
  };
  // The client id makes `articleAnnotator.trace.server` trace the protocol.
  return new LanguageClient('articleAnnotator', 'Article Annotator', serverOptions, clientOptions);
}

/** The client holder of the active extension, for `deactivate`. */
let running: ClientHolder | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ArticleAnnotatorApi> {
  const output = vscode.window.createOutputChannel('Article Annotator', { log: true });
  const holder = new ClientHolder();
  running = holder;
  context.subscriptions.push(output);

  const start = async () => {
    const client = createClient(context, output);
    await client.start();
    holder.started(client);
  };

  const actorsView = new ActorsView(holder);
  const statusBar = new StatusBar(holder);
  context.subscriptions.push(
    actorsView,
    statusBar,
    registerManualActions(holder),
    vscode.window.registerTreeDataProvider('articleAnnotator.actors', actorsView),
    vscode.commands.registerCommand('articleAnnotator.exportAnnotations', (uri?: vscode.Uri) =>
      exportAnnotations(holder, uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.commands.registerCommand('articleAnnotator.exportWorkspace', () => exportWorkspace(holder, articleGlobs())),
    vscode.commands.registerCommand('articleAnnotator.openRules', () => openRules()),
    vscode.commands.registerCommand('articleAnnotator.refreshActors', () => actorsView.refresh()),
    vscode.commands.registerCommand('articleAnnotator.restartServer', async () => {
      await holder.current?.restart();
    }),
    vscode.commands.registerCommand(
      'articleAnnotator.reveal',
      async (
        uri: string,
        range?: { start: { line: number; character: number }; end: { line: number; character: number } },
      ) => {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
        const selection = range
          ? new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character)
          : undefined;
        await vscode.window.showTextDocument(doc, { selection, preserveFocus: false });
      },
    ),
    vscode.window.onDidChangeActiveTextEditor(() => updateContext()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (
        e.affectsConfiguration(`${settingsSection}.articleGlobs`) ||
        e.affectsConfiguration(`${settingsSection}.rulesFiles`)
      ) {
        // The document selector is fixed when a client starts: start a new one.
        const old = holder.current;
        holder.current = undefined;
        await old?.stop();
        await start();
        updateContext();
      }
    }),
  );

  /** `articleAnnotator.isArticle` drives keybindings and menus. */
  function updateContext(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const isArticle =
      !!doc && vscode.languages.match(articleSelector(articleGlobs()) as vscode.DocumentSelector, doc) > 0;
    void vscode.commands.executeCommand('setContext', 'articleAnnotator.isArticle', isArticle);
  }

  await start();
  updateContext();

  return {
    client: () => holder.current,
    exportAnnotations: (uri) => exportAnnotations(holder, uri),
  };
}

/** VS Code waits for this promise: the server is shut down cleanly, not killed. */
export async function deactivate(): Promise<void> {
  const client = running?.current;
  running = undefined;
  if (client?.isRunning()) await client.stop();
}
