/**
 * `article-annotator export`: files, folders and globs in, one annotation file per article out.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { exportArticleFile } from './article';
import { toJson, toYaml } from '../core/export';
import type { Language } from '../core/types';

export interface ExportCliOptions {
  inputs: string[];
  /** Folder to write into, mirroring the inputs' folders; null: next to each article (or stdout). */
  out: string | null;
  stdout: boolean;
  /** Extra rules files (`--rules`), applied after the nearest `article-rules.yaml`. */
  rules: string[];
  published: string | null;
  language: Language | null;
  format: 'yaml' | 'json';
}

/** Extensions of article files when a folder is given. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
/** Folders never searched for articles. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'dist']);

/** One article to export: its path as the user gave it, and the folder its output mirrors from. */
export interface ArticleInput {
  path: string;
  base: string;
}

/** Runs the export; returns the exit status (0 all done, 1 some input failed). */
export async function exportCommand(options: ExportCliOptions): Promise<number> {
  const failures: string[] = [];
  const articles = await expandInputs(options.inputs, failures);
  const progress = new Progress(articles.length);
  const reportedRules = new Set<string>();
  let first = true;
  for (const article of articles) {
    progress.tick(article.path);
    const result = exportArticleFile(article.path, {
      extraRules: options.rules,
      published: options.published,
      language: options.language,
    });
    // A broken rules file is an input that failed: named once, with its place; articles
    // still export with the rules that did load.
    for (const p of result.rulesProblems) {
      const line = `${p.file}:${p.line + 1}:${p.column + 1}: ${p.severity}: ${p.message}`;
      if (p.severity !== 'error' || reportedRules.has(line)) continue;
      reportedRules.add(line);
      failures.push(line);
    }
    if (!result.ok) {
      failures.push(`${article.path}: ${result.reason}`);
      continue;
    }
    for (const warning of result.warnings) process.stderr.write(`article-annotator: ${article.path}: ${warning}\n`);
    if (options.stdout) {
      if (options.format === 'json') process.stdout.write(JSON.stringify(result.export) + '\n');
      else process.stdout.write((first ? '' : '---\n') + toYaml(result.export));
      first = false;
      continue;
    }
    const body = options.format === 'json' ? toJson(result.export) : toYaml(result.export);
    const target = outputPath(article, options.out, options.format);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      writeFileAtomic(target, body);
    } catch (e) {
      failures.push(`${article.path}: cannot write ${target}: ${(e as Error).message}`);
    }
  }
  progress.done();
  for (const failure of failures) process.stderr.write(`article-annotator: ${failure}\n`);
  if (articles.length === 0 && failures.length === 0) {
    process.stderr.write('article-annotator: no article found (.txt or .md)\n');
    return 1;
  }
  return failures.length > 0 ? 1 : 0;
}

/**
 * Expands files, folders (recursively, `.txt` and `.md`) and glob patterns into articles, in
 * a stable order without duplicates. Inputs that match nothing are reported as failures.
 */
export async function expandInputs(inputs: string[], failures: string[]): Promise<ArticleInput[]> {
  const seen = new Set<string>();
  const out: ArticleInput[] = [];
  const add = (p: string, base: string) => {
    const key = path.resolve(p);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path: p, base });
  };
  for (const input of inputs) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(input, path.dirname(input));
    } else if (stat?.isDirectory()) {
      const found = walk(input);
      if (found.length === 0) failures.push(`${input}: no article (.txt or .md) in this folder`);
      for (const f of found) add(f, input);
    } else if (isDynamicPattern(input)) {
      const matches = (await glob(input, { onlyFiles: true, dot: false, expandDirectories: false })).sort();
      if (matches.length === 0) failures.push(`${input}: no file matches this pattern`);
      for (const m of matches) add(m, '.');
    } else {
      failures.push(`${input}: no such file or folder`);
    }
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) out.push(...walk(p));
    } else if (e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
      out.push(p);
    }
  }
  return out;
}

/** Where an article's export goes: next to it, or under `--out` mirroring its folder. */
export function outputPath(article: ArticleInput, out: string | null, format: 'yaml' | 'json'): string {
  const name = `.annotations.${format === 'json' ? 'json' : 'yaml'}`;
  if (!out) return article.path + name;
  let rel = path.relative(article.base, article.path);
  if (rel.startsWith('..') || path.isAbsolute(rel)) rel = path.basename(article.path);
  return path.join(out, rel + name);
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeFileAtomic(target: string, body: string): void {
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, body);
  fs.renameSync(tmp, target);
}

/** A one-line progress bar on stderr, shown only on a terminal and for more than one file. */
class Progress {
  private readonly enabled: boolean;
  private count = 0;
  private lastDraw = 0;

  constructor(private readonly total: number) {
    this.enabled = total > 1 && !!process.stderr.isTTY;
  }

  tick(name: string): void {
    this.count++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 50 && this.count < this.total) return;
    this.lastDraw = now;
    const width = 30;
    const filled = Math.round((this.count / this.total) * width);
    const label = name.length > 40 ? '…' + name.slice(-39) : name;
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${this.count}/${this.total} ${label}`.padEnd(100) + '\r',
    );
  }

  done(): void {
    if (this.enabled) process.stderr.write(' '.repeat(100) + '\r');
  }
}
