/**
 * One analysis per (uri, version): every feature of an open article — tokens, hovers,
 * symbols, diagnostics — reads the same cached result, computed once per version and
 * evicted on close. Files that are not open (workspace symbols, the Actors view, exports)
 * are analysed from disk and cached by modification time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../core/analyze';
import { sha256Hex } from '../core/export';
import { decodeArticle } from '../core/input';
import type { Sidecar } from '../core/sidecar';
import { LineIndex, type Cancellation } from '../core/text';
import type { Analysis } from '../core/types';
import { defaultSettings, type ArticleAnnotatorSettings } from './protocol';
import { uriToPath, pathToUri, workspaceFolderOf, globToRegExp, matchesAny } from './paths';
import { RulesCache, type LoadedRules } from './rules';
import type { Settings } from './settings';

/** An analysed article and everything a feature needs to convert its offsets. */
export interface ArticleState {
  uri: string;
  /** Document version; -1 for a file read from disk. */
  version: number;
  /** Local path, or null for an untitled document. */
  path: string | null;
  text: string;
  lines: LineIndex;
  analysis: Analysis;
  rules: LoadedRules;
  settings: ArticleAnnotatorSettings;
  /** `utf-8`, or the legacy encoding a file on disk was read with. */
  encoding: string;
  /** SHA-256 of the file's bytes when it was read from disk; null for an open document. */
  sha256: string | null;
}

/**
 * Supplies an article's sidecar (its manual decisions), or null. Manual work
 * (`features/manual.ts`) plugs its live sidecars in here at registration; without it
 * articles are analysed without one.
 */
export type SidecarProvider = (articlePath: string | null, text: string, uri: string) => Sidecar | null;

interface Entry {
  version: number;
  token: { isCancellationRequested: boolean };
  state: Promise<ArticleState | null>;
}

interface DiskEntry {
  mtimeMs: number;
  size: number;
  state: ArticleState;
}

/** Folders never scanned for articles. */
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', 'samples-export']);
/** Bounds of a workspace scan: files listed, and bytes per file. */
export const SCAN_MAX_FILES = 500;
const SCAN_MAX_BYTES = 2 * 1024 * 1024;
const DISK_CACHE_MAX = 1000;

/** The analyses of open articles (per version) and of files on disk (per mtime). */
export class Analyses {
  private readonly open = new Map<string, Entry>();
  private readonly disk = new Map<string, DiskEntry>();
  /** The sidecar layer's hook; see `SidecarProvider`. */
  sidecars: SidecarProvider = () => null;
  /** Workspace folders as local paths, set at initialization. */
  folders: string[] = [];

  constructor(
    private readonly settings: Settings,
    readonly rules: RulesCache,
  ) {}

  /** The analysis of an open document at its current version (null when cancelled by a newer version). */
  get(doc: TextDocument): Promise<ArticleState | null> {
    const entry = this.open.get(doc.uri);
    if (entry && entry.version === doc.version) return entry.state;
    if (entry) entry.token.isCancellationRequested = true;
    const token = { isCancellationRequested: false };
    const state = this.compute(doc, token).catch((e: unknown) => {
      if (token.isCancellationRequested) return null;
      throw e;
    });
    this.open.set(doc.uri, { version: doc.version, token, state });
    state.catch(() => {
      // A failed analysis is not cached: the next request tries again.
      if (this.open.get(doc.uri)?.state === state) this.open.delete(doc.uri);
    });
    return state;
  }

  /** The last analysis started for an open document, whatever its version. */
  latest(uri: string): Promise<ArticleState | null> | null {
    return this.open.get(uri)?.state ?? null;
  }

  /** Forgets a closed document. */
  evict(uri: string): void {
    const entry = this.open.get(uri);
    if (entry) entry.token.isCancellationRequested = true;
    this.open.delete(uri);
  }

  /** Rules or settings changed: every article is analysed again on next use. */
  invalidateAll(): void {
    for (const entry of this.open.values()) entry.token.isCancellationRequested = true;
    this.open.clear();
    this.disk.clear();
    this.rules.invalidate();
  }

  private async compute(doc: TextDocument, token: Cancellation): Promise<ArticleState> {
    const settings = await this.settings.get(doc.uri);
    const text = doc.getText();
    const file = uriToPath(doc.uri);
    return this.build(doc.uri, doc.version, file, text, 'utf-8', settings, token);
  }

  private build(
    uri: string,
    version: number,
    file: string | null,
    text: string,
    encoding: string,
    settings: ArticleAnnotatorSettings,
    token?: Cancellation,
  ): ArticleState {
    const root = file ? workspaceFolderOf(file, this.folders) : null;
    const rules = this.rules.forArticle(file, root, settings.rulesFiles);
    const sidecar = this.sidecars(file, text, uri);
    const analysis = analyze(text, { rules: rules.rules, sidecar, token });
    return {
      uri,
      version,
      path: file,
      text,
      lines: new LineIndex(text),
      analysis,
      rules,
      settings,
      encoding,
      sha256: null,
    };
  }

  /**
   * Analyses a file that may not be open, from disk, cached by modification time. Returns
   * null when it cannot be read or is not text.
   */
  async fromDisk(file: string): Promise<ArticleState | null> {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return null;
    }
    if (!stat.isFile() || stat.size > SCAN_MAX_BYTES) return null;
    const cached = this.disk.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.state;
    const bytes = fs.readFileSync(file);
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) return null;
    const uri = pathToUri(file);
    const settings = await this.settings.get(uri);
    const state = { ...this.build(uri, -1, file, decoded.text, decoded.encoding, settings), sha256: sha256Hex(bytes) };
    if (this.disk.size >= DISK_CACHE_MAX) this.disk.delete(this.disk.keys().next().value as string);
    this.disk.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, state });
    return state;
  }

  /**
   * The workspace's articles (paths matching `articleAnnotator.articleGlobs`), at most
   * `SCAN_MAX_FILES`, skipping dependency and build folders. `truncated` says when it stopped.
   */
  async listArticles(token?: Cancellation): Promise<{ files: string[]; truncated: boolean }> {
    const files: string[] = [];
    let truncated = false;
    for (const folder of this.folders) {
      const settings = await this.settings.get(pathToUri(folder));
      const globs = (settings.articleGlobs.length ? settings.articleGlobs : defaultSettings.articleGlobs).map(
        globToRegExp,
      );
      const stack = [folder];
      while (stack.length && !truncated) {
        if (token?.isCancellationRequested) return { files, truncated: true };
        const dir = stack.pop() as string;
        let entries: fs.Dirent[];
        try {
          entries = fs.readdirSync(dir, { withFileTypes: true });
        } catch {
          continue;
        }
        entries.sort((a, b) => (a.name < b.name ? 1 : -1));
        for (const e of entries) {
          const p = path.join(dir, e.name);
          if (e.isDirectory()) {
            if (!SKIPPED.has(e.name) && !e.name.startsWith('.')) stack.push(p);
          } else if (e.isFile() && matchesAny(path.relative(folder, p), globs)) {
            if (files.length >= SCAN_MAX_FILES) {
              truncated = true;
              break;
            }
            files.push(p);
          }
        }
      }
    }
    return { files: files.sort(), truncated };
  }
}
