/**
 * One article file through the engine: bytes → text → rules → sidecar → analysis → export.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core/analyze';
import { exportDocument, sha256Hex, type ArticleExport } from '../core/export';
import { decodeArticle } from '../core/input';
import { loadRules, type RulesProblem } from '../core/rules';
import { parseSidecar, type Sidecar } from '../core/sidecar';
import { LineIndex } from '../core/text';
import type { Language, Rules } from '../core/types';

export interface ArticleOptions {
  /** Extra rules files (`--rules`), merged after the nearest `article-rules.yaml`. */
  extraRules: string[];
  published: string | null;
  language: Language | null;
}

export type ArticleResult =
  | { ok: true; export: ArticleExport; warnings: string[]; rulesProblems: RulesProblem[] }
  | { ok: false; reason: string; rulesProblems: RulesProblem[] };

/** The sidecar of an article: `<article file name>.ann.yaml` beside it. */
export function sidecarPath(articlePath: string): string {
  return articlePath + '.ann.yaml';
}

interface LoadedFolderRules {
  rules: Rules;
  problems: RulesProblem[];
}

/** Every article of a folder has the same nearest rules file: load rules once per folder. */
const rulesCache = new Map<string, LoadedFolderRules>();

function rulesFor(articlePath: string, extra: string[]): LoadedFolderRules {
  const key = path.dirname(path.resolve(articlePath)) + '\0' + extra.join('\0');
  let loaded = rulesCache.get(key);
  if (!loaded) {
    const { rules, problems } = loadRules({ articlePath, extraFiles: extra });
    loaded = { rules, problems };
    rulesCache.set(key, loaded);
  }
  return loaded;
}

/** Formats a problem of a YAML file as `file:line:column`, 1-based as editors show them. */
export function formatProblem(
  file: string,
  text: string | null,
  p: { start: number; message: string; severity: string },
): string {
  const pos = text === null ? { line: 0, character: 0 } : new LineIndex(text).position(p.start);
  return `${file}:${pos.line + 1}:${pos.character + 1}: ${p.severity}: ${p.message}`;
}

/** Reads and parses an article's sidecar; a corrupt one is a reason to stop, never ignored. */
function readSidecar(articlePath: string): { sidecar: Sidecar | null; error: string | null } {
  const file = sidecarPath(articlePath);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { sidecar: null, error: null };
  }
  const parsed = parseSidecar(text);
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (!parsed.sidecar || errors.length) {
    const first = errors[0] ?? parsed.problems[0];
    const where = first ? formatProblem(file, text, first) : file;
    return { sidecar: null, error: `its sidecar is corrupt (${where}); fix it or move it away` };
  }
  return { sidecar: parsed.sidecar, error: null };
}

/** Analyses and exports one article file; never throws for bad input, says why instead. */
export function exportArticleFile(articlePath: string, options: ArticleOptions): ArticleResult {
  const { rules, problems: rulesProblems } = rulesFor(articlePath, options.extraRules);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(articlePath);
  } catch (e) {
    return {
      ok: false,
      reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      rulesProblems,
    };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason, rulesProblems };
  const warnings: string[] = [];
  if (decoded.encoding !== 'utf-8') warnings.push(`not UTF-8; read as ${decoded.encoding}`);
  const { sidecar, error } = readSidecar(articlePath);
  if (error) return { ok: false, reason: error, rulesProblems };
  const analysis = analyze(decoded.text, {
    rules,
    sidecar,
    language: options.language ?? undefined,
    published: options.published ?? undefined,
  });
  const exported = exportDocument(decoded.text, analysis, {
    path: articlePath.split(path.sep).join('/'),
    sha256: sha256Hex(bytes),
    encoding: decoded.encoding,
  });
  return { ok: true, export: exported, warnings, rulesProblems };
}
