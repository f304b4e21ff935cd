/**
 * `article-annotator export`: files, folders and globs in, one annotation file per article out.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
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
  /** Worker threads to use for many articles; default: one per core. */
  jobs?: number;
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

/** What exporting one article gave: lines for stderr, and the text for stdout when asked. */
export interface ArticleOutcome {
  index: number;
  /** The export's text when writing to stdout, else null. */
  stdout: string | null;
  /** Input failures (this article, or a broken rules file it uses). */
  failures: string[];
  warnings: string[];
}

/** Below this many articles, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 32;

/** Runs the export; returns the exit status (0 all done, 1 some input failed). */
export async function exportCommand(options: ExportCliOptions): Promise<number> {
  const failures: string[] = [];
  const articles = await expandInputs(options.inputs, failures);
  const progress = new Progress(articles.length);
  const reported = new Set<string>();
  // Outcomes may arrive out of order from workers: stdout keeps the inputs' order.
  const pending = new Map<number, ArticleOutcome>();
  let next = 0;
  let first = true;
  const accept = (outcome: ArticleOutcome) => {
    progress.tick(articles[outcome.index].path);
    pending.set(outcome.index, outcome);
    for (let o = pending.get(next); o; o = pending.get(next)) {
      pending.delete(next);
      next++;
      for (const f of o.failures) {
        if (reported.has(f)) continue;
        reported.add(f);
        failures.push(f);
      }
      for (const w of o.warnings) process.stderr.write(`article-annotator: ${w}\n`);
      if (o.stdout !== null) {
        process.stdout.write(options.format === 'json' || first ? o.stdout : '---\n' + o.stdout);
        first = false;
      }
    }
  };
  const jobs = Math.min(options.jobs ?? os.availableParallelism(), 16, Math.ceil(articles.length / 8));
  if (jobs > 1 && articles.length >= PARALLEL_THRESHOLD && canRunWorkers()) {
    await exportInWorkers(articles, options, jobs, accept);
  } else {
    articles.forEach((article, index) => accept(exportOne(article, index, options)));
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
 * Exports one article: analyses it, then writes its file, or returns its text for stdout.
 * The same function runs in the main thread and in workers.
 */
export function exportOne(article: ArticleInput, index: number, options: ExportCliOptions): ArticleOutcome {
  const outcome: ArticleOutcome = { index, stdout: null, failures: [], warnings: [] };
  const result = exportArticleFile(article.path, {
    extraRules: options.rules,
    published: options.published,
    language: options.language,
  });
  // A broken rules file is an input that failed, named with its place (once: the main
  // thread drops repeats); its articles still export with the rules that did load.
  for (const p of result.rulesProblems) {
    if (p.severity === 'error')
      outcome.failures.push(`${p.file}:${p.line + 1}:${p.column + 1}: ${p.severity}: ${p.message}`);
  }
  if (!result.ok) {
    outcome.failures.push(`${article.path}: ${result.reason}`);
    return outcome;
  }
  for (const warning of result.warnings) outcome.warnings.push(`${article.path}: ${warning}`);
  if (options.stdout) {
    outcome.stdout = options.format === 'json' ? JSON.stringify(result.export) + '\n' : toYaml(result.export);
    return outcome;
  }
  const body = options.format === 'json' ? toJson(result.export) : toYaml(result.export);
  const target = outputPath(article, options.out, options.format);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, body);
  } catch (e) {
    outcome.failures.push(`${article.path}: cannot write ${target}: ${(e as Error).message}`);
  }
  return outcome;
}

const WORKER_KIND = 'article-annotator-export';

/** Workers re-run this very bundle; from TypeScript sources (tests through tsx) they cannot. */
function canRunWorkers(): boolean {
  return __filename.endsWith('.js');
}

/**
 * Spreads the articles over worker threads, a few in flight per worker so none waits on the
 * main thread; each outcome is handed to `accept` as it arrives.
 */
async function exportInWorkers(
  articles: ArticleInput[],
  options: ExportCliOptions,
  jobs: number,
  accept: (o: ArticleOutcome) => void,
): Promise<void> {
  let dispatched = 0;
  let done = 0;
  await new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    const feed = (w: Worker) => {
      if (dispatched < articles.length) {
        w.postMessage({ index: dispatched, article: articles[dispatched] });
        dispatched++;
      }
    };
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(__filename, { workerData: { kind: WORKER_KIND, options } });
      workers.push(w);
      w.on('message', (o: ArticleOutcome) => {
        accept(o);
        done++;
        if (done === articles.length) {
          for (const x of workers) void x.terminate();
          resolve();
        } else feed(w);
      });
      w.on('error', (e) => {
        for (const x of workers) void x.terminate();
        reject(e);
      });
      feed(w);
      feed(w);
    }
  });
}

/** The worker's side: export each article it is sent, answer with the outcome. */
export function runExportWorker(): boolean {
  if (isMainThread || (workerData as { kind?: string } | null)?.kind !== WORKER_KIND) return false;
  const { options } = workerData as { options: ExportCliOptions };
  parentPort!.on('message', ({ index, article }: { index: number; article: ArticleInput }) => {
    let outcome: ArticleOutcome;
    try {
      outcome = exportOne(article, index, options);
    } catch (e) {
      outcome = {
        index,
        stdout: null,
        failures: [`${article.path}: internal error: ${(e as Error).message}`],
        warnings: [],
      };
    }
    parentPort!.postMessage(outcome);
  });
  return true;
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
