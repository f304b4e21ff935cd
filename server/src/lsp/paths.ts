/**
 * Files and their URIs: which open document is an article, a rules file or a sidecar, and
 * where a file sits in the workspace.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const RULES_FILE_NAME = 'article-rules.yaml';

/** The local path of a `file:` URI, or null for untitled and remote documents. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** A `file:` URI for a local path. */
export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** Two URIs naming the same file, whatever their percent-encoding. */
export function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = uriToPath(a);
  const pb = uriToPath(b);
  return pa !== null && pa === pb;
}

/** What an open document is to the server. */
export type DocumentRole = 'article' | 'rules' | 'sidecar' | 'other';

/**
 * Rules files are `article-rules.yaml` (or any file listed in `articleAnnotator.rulesFiles`);
 * sidecars end in `.ann.yaml`; other YAML and JSON is not ours; everything else the client
 * sends us is an article (the client's document selector already applied the globs).
 */
export function documentRole(uri: string, extraRulesFiles: readonly string[] = []): DocumentRole {
  const p = uriToPath(uri) ?? decodeURIComponent(uri);
  const base = path.basename(p).toLowerCase();
  if (base === RULES_FILE_NAME) return 'rules';
  if (extraRulesFiles.some((f) => path.resolve(f) === p)) return 'rules';
  if (base.endsWith('.ann.yaml')) return 'sidecar';
  if (/\.(ya?ml|json|jsonc)$/.test(base)) return 'other';
  return 'article';
}

/** The workspace folder (path) holding a file: the deepest one, or null when outside them all. */
export function workspaceFolderOf(file: string, folders: readonly string[]): string | null {
  let best: string | null = null;
  for (const f of folders) {
    const rel = path.relative(f, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (!best || f.length > best.length) best = f;
  }
  return best;
}

/** The path written in an export: relative to the workspace folder, with `/`, or the path itself. */
export function exportPath(file: string, folders: readonly string[]): string {
  const folder = workspaceFolderOf(file, folders);
  const p = folder ? path.relative(folder, file) : file;
  return p.split(path.sep).join('/');
}

/**
 * A glob (`**\/*.txt`, `articles/{fr,en}/*.md`) as a regular expression over `/`-separated
 * relative paths. Supports `**`, `*`, `?`, `{a,b}` and `[...]`, which is what settings use.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) re += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re +=
          '[' +
          glob
            .slice(i + 1, end)
            .replace(/^!/, '^')
            .replace(/\\/g, '\\\\') +
          ']';
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return new RegExp('^' + re + '$', 'i');
}

/** True when a workspace-relative path matches one of the globs. */
export function matchesAny(relativePath: string, globs: readonly RegExp[]): boolean {
  const p = relativePath.split(path.sep).join('/');
  return globs.some((g) => g.test(p));
}
