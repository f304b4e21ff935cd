/**
 * A minimal LSP client for tests: forks the built server (`node dist/server.js --stdio`)
 * as a separate process and speaks the protocol to it over its stdin and stdout, as any
 * editor would. No test in this folder imports the server's code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  SemanticTokensRefreshRequest,
  InlayHintRefreshRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const root = path.resolve(__dirname, '..', '..');
export const serverPath = path.join(root, 'dist', 'server.js');
export const articlesDir = path.join(root, 'test', 'fixtures', 'articles');

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

interface Waiter<T> {
  accept(value: T): boolean;
  resolve(value: T): void;
}

export interface SessionOptions {
  /** Workspace folder (defaults to the fixtures' articles). */
  workspace?: string;
  /** What the client answers to `workspace/configuration` for `articleAnnotator`. */
  settings?: Record<string, unknown>;
  /** Speak as a bare client: no capabilities, no workspace folder (as a minimal editor setup would). */
  bare?: boolean;
}

/** One running server and a connection to it. */
export class Session {
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly versions = new Map<string, number>();
  readonly stderr: string[] = [];
  initializeResult!: InitializeResult;

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
  ) {}

  static async start(options: SessionOptions = {}): Promise<Session> {
    if (!fs.existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const session = new Session(connection, child);
    child.stderr!.on('data', (d: Buffer) => session.stderr.push(d.toString()));
    const settings = options.settings ?? {};
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(SemanticTokensRefreshRequest.type, () => undefined);
    connection.onRequest(InlayHintRefreshRequest.type, () => undefined);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      session.diagnostics.set(params.uri, params);
      for (let i = session.diagnosticWaiters.length - 1; i >= 0; i--) {
        const w = session.diagnosticWaiters[i];
        if (w.accept(params)) {
          session.diagnosticWaiters.splice(i, 1);
          w.resolve(params);
        }
      }
    });
    connection.listen();
    const workspace = options.workspace ?? articlesDir;
    session.initializeResult = await connection.sendRequest(
      InitializeRequest.type,
      options.bare
        ? { processId: process.pid, rootUri: null, capabilities: {} }
        : {
            processId: process.pid,
            rootUri: uriOf(workspace),
            workspaceFolders: [{ uri: uriOf(workspace), name: path.basename(workspace) }],
            capabilities: {
              workspace: {
                configuration: true,
                didChangeConfiguration: { dynamicRegistration: true },
                workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
                semanticTokens: { refreshSupport: true },
                inlayHint: { refreshSupport: true },
              },
              textDocument: {
                documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                semanticTokens: {
                  requests: { full: { delta: true }, range: true },
                  tokenTypes: [],
                  tokenModifiers: [],
                  formats: ['relative'],
                },
                publishDiagnostics: { versionSupport: true },
              },
            },
          },
    );
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  /** Opens a document; resolves once the server published its diagnostics (its first analysis). */
  async open(file: string, text = fs.readFileSync(file, 'utf8'), languageId = 'plaintext'): Promise<string> {
    const uri = uriOf(file);
    this.versions.set(uri, 1);
    const published = file.endsWith('.yaml') ? null : this.nextDiagnostics(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
    if (published) await published;
    return uri;
  }

  /** Changes a document; resolves once the server published diagnostics for the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri, (p) => p.version === undefined || p.version === version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return published;
  }

  /** The next diagnostics published for `uri` (that `accept` accepts). */
  nextDiagnostics(
    uri: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      this.diagnosticWaiters.push({ accept: (p) => p.uri === uri && accept(p), resolve });
    });
  }

  /** The last diagnostics published for `uri`, if any. */
  lastDiagnostics(uri: string): Diagnostic[] | undefined {
    return this.diagnostics.get(uri)?.diagnostics;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null) {
        await new Promise<void>((resolve) => {
          this.child.once('exit', () => resolve());
          // A server that does not exit on `exit` is stopped; its exit event still resolves.
          if (!this.child.kill()) resolve();
        });
      }
    }
  }
}

/** Decodes LSP's relative semantic token data into absolute tokens with type names. */
export function decodeTokens(
  data: number[],
  legend: { tokenTypes: string[]; tokenModifiers: string[] },
): Array<{ line: number; character: number; length: number; type: string; modifiers: string[] }> {
  const out = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const mods = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    out.push({ line, character, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], modifiers: mods });
  }
  return out;
}

/** The position (line, character) of the `n`-th occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, n = 1): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i < n; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" not found ${n} times`);
  }
  const before = text.slice(0, index);
  const line = before.split('\n').length - 1;
  return { line, character: index - (before.lastIndexOf('\n') + 1) };
}
