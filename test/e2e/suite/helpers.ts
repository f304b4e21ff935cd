// Helpers for the real-VS Code tests: open a sample article in the throwaway workspace, wait
// on a bounded signal (never a fixed sleep), decode semantic tokens, read hover text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';

/** The extension under test, as `publisher.name` in package.json. */
export const EXTENSION_ID = 'article-annotator.article-annotator';

/** The sample article most tests use (a copy lives in the workspace's `articles/`). */
export const SAMPLE_ARTICLE = 'articles/001_993b8776cac74b6d.txt';

/**
 * How long a test waits for the extension or the server before failing. The server answers
 * within a few seconds; a dozen tests failing this way still end within the harness's bound.
 */
export const DEFAULT_DEADLINE_MS = 20_000;

/** The throwaway workspace folder the harness opened. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness must open a workspace folder');
  return folder.uri;
}

/** A file of the workspace, by its path relative to the workspace root. */
export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/**
 * Calls `probe` until it returns a value other than undefined, re-trying whenever
 * diagnostics change (the server has analysed something) or at the latest every 250 ms,
 * and fails after `deadlineMs` with `what` and the probe's last complaint.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Thenable<T | undefined>,
  deadlineMs = DEFAULT_DEADLINE_MS,
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let lastComplaint = 'no answer yet';
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastComplaint = error instanceof Error ? error.message : String(error);
    }
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}: ${lastComplaint}`);
    await nextSignal(Math.min(250, left));
  }
}

/** Resolves on the next diagnostics change or after `atMostMs`, whichever comes first. */
function nextSignal(atMostMs: number): Promise<void> {
  return new Promise((resolve) => {
    const subscription = vscode.languages.onDidChangeDiagnostics(() => done());
    const timer = setTimeout(() => done(), atMostMs);
    function done(): void {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    }
  });
}

/** Resolves once `file` exists (the harness's signal), re-checking every 250 ms; bounded. */
export function waitForFile(file: string, deadlineMs: number): Promise<void> {
  return waitFor(`the harness to write ${file}`, () => (fs.existsSync(file) ? true : undefined), deadlineMs).then(
    () => undefined,
  );
}

/** The extension under test (fails when VS Code did not load it). */
export function extensionUnderTest(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}

/** Opens a workspace article in an editor and waits until the extension is active. */
export async function openArticle(relativePath = SAMPLE_ARTICLE): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const extension = extensionUnderTest();
  await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
  return editor;
}

/** The position of the `occurrence`-th (1-based) match of `needle` in the document. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 1): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" occurs fewer than ${occurrence} time(s) in ${document.uri.path}`);
  }
  return document.positionAt(index);
}

/** One semantic token, decoded with the legend. */
export interface DecodedToken {
  range: vscode.Range;
  type: string;
  modifiers: string[];
  text: string;
}

/** Turns the relative five-integer encoding of semantic tokens into ranges with names. */
export function decodeSemanticTokens(
  document: vscode.TextDocument,
  tokens: vscode.SemanticTokens,
  legend: vscode.SemanticTokensLegend,
): DecodedToken[] {
  const decoded: DecodedToken[] = [];
  const data = tokens.data;
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [deltaLine, deltaStart, length, typeIndex, modifierBits] = data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const range = new vscode.Range(line, character, line, character + length);
    const modifiers = legend.tokenModifiers.filter((_, bit) => (modifierBits & (1 << bit)) !== 0);
    decoded.push({
      range,
      type: legend.tokenTypes[typeIndex] ?? `#${typeIndex}`,
      modifiers,
      text: document.getText(range),
    });
  }
  return decoded;
}

/** Asks VS Code (hence the language server) for the semantic tokens of a whole document. */
export async function semanticTokensOf(document: vscode.TextDocument): Promise<DecodedToken[] | undefined> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
    'vscode.provideDocumentSemanticTokensLegend',
    document.uri,
  );
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
    'vscode.provideDocumentSemanticTokens',
    document.uri,
  );
  if (!legend || !tokens) return undefined;
  return decodeSemanticTokens(document, tokens, legend);
}

/** The markdown of every hover VS Code shows at a position, joined. */
export async function hoverTextAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  const parts: string[] = [];
  for (const hover of hovers ?? []) {
    for (const content of hover.contents) {
      if (typeof content === 'string') parts.push(content);
      else if (content instanceof vscode.MarkdownString) parts.push(content.value);
      else parts.push((content as { value: string }).value);
    }
  }
  return parts.join('\n\n');
}

/**
 * Leaves the workbench as a reader would see it, for the harness's README screenshots: one
 * article open at a line, cursor there, nothing else in the way. `target` is
 * `relative/path.txt:LINE` (1-based).
 */
export async function stageForScreenshots(target: string): Promise<void> {
  const match = /^(.*?)(?::(\d+))?$/.exec(target);
  const relativePath = match?.[1] ?? target;
  const line = Math.max(0, Number(match?.[2] ?? '1') - 1);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('notifications.clearAll');
  const editor = await openArticle(relativePath);
  // The cursor sits above the shown lines, so no current-line box or word highlight shows.
  const cursor = new vscode.Position(Math.max(0, line - 2), 0);
  editor.selection = new vscode.Selection(cursor, cursor);
  const start = new vscode.Position(line, 0);
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
  // Colours are on once the server answers for this document.
  await waitFor('semantic tokens for the staged article', async () => {
    const tokens = await semanticTokensOf(editor.document);
    return tokens && tokens.length > 0 ? tokens : undefined;
  });
}
