/**
 * `article-annotator check`: validates rules files and sidecars, for teams' CI. Prints
 * `file:line:column: severity: message (code)` per problem; exit 1 when any is an error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkRulesText, RULES_FILE_NAME } from '../core/rules';
import { parseSidecar, reanchor, describeEntry } from '../core/sidecar';
import { decodeArticle } from '../core/input';
import { LineIndex } from '../core/text';
import type { Severity } from '../core/types';

const SIDECAR_SUFFIX = '.ann.yaml';
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.vscode-test', 'dist']);

interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  code: string;
}

/** Runs `check` over the given files, or every rules file and sidecar under the current folder. */
export async function checkCommand(files: string[], _extra: string[]): Promise<number> {
  const targets = files.length ? files : findTargets('.');
  if (targets.length === 0) {
    process.stderr.write(`article-annotator: no ${RULES_FILE_NAME} or *${SIDECAR_SUFFIX} under this folder\n`);
    return 0;
  }
  const findings: Finding[] = [];
  for (const file of targets) findings.push(...checkFile(file));
  for (const f of findings) {
    process.stdout.write(`${f.file}:${f.line + 1}:${f.column + 1}: ${f.severity}: ${f.message} (${f.code})\n`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  process.stderr.write(
    `article-annotator: ${targets.length} file${targets.length === 1 ? '' : 's'} checked, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
  );
  return errors > 0 ? 1 : 0;
}

/** The problems of one rules file or sidecar. */
export function checkFile(file: string): Finding[] {
  let text: string;
  try {
    const decoded = decodeArticle(fs.readFileSync(file), 2 * 1024 * 1024);
    if (!decoded.ok)
      return [{ file, line: 0, column: 0, severity: 'error', message: decoded.reason, code: 'unreadable' }];
    text = decoded.text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return [
      {
        file,
        line: 0,
        column: 0,
        severity: 'error',
        message: code === 'ENOENT' ? 'no such file' : `cannot read (${code})`,
        code: 'unreadable',
      },
    ];
  }
  if (file.endsWith(SIDECAR_SUFFIX)) return checkSidecar(file, text);
  return checkRulesText(path.resolve(file), text).map((p) => ({
    file: p.file === path.resolve(file) ? file : path.relative('.', p.file) || p.file,
    line: p.line,
    column: p.column,
    severity: p.severity,
    message: p.message,
    code: p.code,
  }));
}

/** A sidecar's problems: its YAML and contract, then entries that no longer find their text in the article. */
function checkSidecar(file: string, text: string): Finding[] {
  const lines = new LineIndex(text);
  const parsed = parseSidecar(text);
  const out: Finding[] = parsed.problems.map((p) => {
    const pos = lines.position(p.start);
    return { file, line: pos.line, column: pos.character, severity: p.severity, message: p.message, code: p.code };
  });
  if (!parsed.sidecar) return out;
  const article = file.slice(0, -SIDECAR_SUFFIX.length);
  let articleText: string;
  try {
    const decoded = decodeArticle(fs.readFileSync(article));
    if (!decoded.ok) return out;
    articleText = decoded.text;
  } catch {
    out.push({
      file,
      line: 0,
      column: 0,
      severity: 'warning',
      message: `its article ${article} does not exist`,
      code: 'article-missing',
    });
    return out;
  }
  for (const entry of reanchor(articleText, parsed.sidecar).orphaned) {
    out.push({
      file,
      line: 0,
      column: 0,
      severity: 'warning',
      message: `orphaned entry (${describeEntry(entry)}): "${entry.anchor.exact.slice(0, 60)}" is no longer in ${path.basename(article)}`,
      code: 'orphaned-entry',
    });
  }
  return out;
}

function findTargets(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) out.push(...findTargets(p));
    } else if (e.name === RULES_FILE_NAME || e.name.endsWith(SIDECAR_SUFFIX)) {
      out.push(p);
    }
  }
  return out;
}
