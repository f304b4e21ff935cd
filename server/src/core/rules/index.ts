/**
 * The team's rules file (`article-rules.yaml`) and the built-in packs: finding, checking,
 * merging and editing them. Plain data in and out; file access only through a reader that
 * callers may replace (the LSP passes unsaved editor contents).
 */
import * as fs from 'fs';
import * as path from 'path';
import { fold } from '../text';
import type { ActorRule, Language, Rules } from '../types';
import {
  checkExtends,
  hasError,
  MAX_RULES_FILE_CHARS,
  parseRulesText,
  type RulesFileData,
  type RulesProblem,
  type RulesReader,
} from './parse';

export { addActorToRulesText, type NewActor } from './edit';
export { MAX_ALIAS_COUNT, MAX_RULES_FILE_CHARS, type RulesProblem, type RulesReader } from './parse';

/** The file name looked up next to articles, like `.editorconfig`. */
export const RULES_FILE_NAME = 'article-rules.yaml';

/** Reads a file from disk; undefined when missing, unreadable or a directory. Huge files are cut so the parser refuses them. */
export const readFromDisk: RulesReader = (file) => {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return undefined;
    if (stat.size > MAX_RULES_FILE_CHARS * 4) return ' '.repeat(MAX_RULES_FILE_CHARS + 1);
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

function emptyRules(): Rules {
  return {
    language: null,
    published: null,
    actors: [],
    speechVerbs: { fr: [], en: [] },
    labels: [],
    ignore: [],
    roleEquivalents: [],
    files: [],
  };
}

function cloneRules(r: Rules): Rules {
  return {
    ...r,
    actors: [...r.actors],
    speechVerbs: { fr: [...r.speechVerbs.fr], en: [...r.speechVerbs.en] },
    labels: [...r.labels],
    ignore: [...r.ignore],
    roleEquivalents: [...(r.roleEquivalents ?? [])],
    files: [...r.files],
  };
}

/** Where the built-in packs are: `dist/rules` beside the bundles, or `server/rules` when running from source. */
export function builtinPacksDir(): string | null {
  const candidates = [
    path.join(__dirname, 'rules'),
    path.resolve(__dirname, '../rules'),
    path.resolve(__dirname, '../../../rules'),
    path.resolve(__dirname, '../../../../server/rules'),
  ];
  for (const dir of candidates) {
    try {
      if (fs.statSync(dir).isDirectory() && fs.readdirSync(dir).some((f) => f.endsWith('.yaml'))) return dir;
    } catch {
      // try the next one
    }
  }
  return null;
}

let builtinCache: Rules | null = null;

/**
 * The built-in packs alone: what applies when there is no rules file. Every `*.yaml` in the
 * packs folder, in name order, parsed once and cached. A pack's `language` restricts its
 * entries to articles of that language; it does not set the merged rules' language.
 */
export function builtinRules(): Rules {
  if (builtinCache) return builtinCache;
  const rules = emptyRules();
  const dir = builtinPacksDir();
  if (dir) {
    for (const name of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const id = `builtin:${name.replace(/\.yaml$/, '')}`;
      const { data, problems } = parseRulesText(id, text, true);
      if (data && !hasError(problems)) mergeInto(rules, data, true);
    }
  }
  builtinCache = rules;
  return rules;
}

/** Forgets the cached built-in packs (tests, or a server told that packs changed). */
export function resetBuiltinRules(): void {
  builtinCache = null;
}

/**
 * The rules files that govern an article, nearest first: `article-rules.yaml` in the
 * article's folder, then in each parent up to the workspace root (or the filesystem root
 * when there is none). Only the nearest applies directly; farther ones come in through
 * `extends` when a team wants them.
 */
export function findRulesFiles(
  articlePath: string,
  workspaceRoot?: string,
  exists: (file: string) => boolean = isFile,
): string[] {
  const found: string[] = [];
  let dir = path.dirname(path.resolve(articlePath));
  const root = workspaceRoot ? path.resolve(workspaceRoot) : null;
  for (;;) {
    const candidate = path.join(dir, RULES_FILE_NAME);
    if (exists(candidate)) found.push(candidate);
    if (root && (dir === root || !isInside(dir, root))) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return found;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function isInside(dir: string, root: string): boolean {
  const rel = path.relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export interface LoadRulesOptions {
  /** The article the rules are for; its nearest rules file is used. Omit to load only `extraFiles`. */
  articlePath?: string;
  workspaceRoot?: string;
  /** More rules files, merged last (the `articleAnnotator.rulesFiles` setting, the CLI's `--rules`). */
  extraFiles?: string[];
  /** How to read files (defaults to the disk); return undefined for a missing file. */
  read?: RulesReader;
}

export interface LoadedRules {
  rules: Rules;
  problems: RulesProblem[];
  /** The rules files that were read (built-in packs aside), in merge order, broken ones included. */
  files: string[];
}

/**
 * The rules in force for one article: built-in packs, then the nearest rules file's
 * `extends` (recursively, cycle-safe), then that file, then the extra files. A broken file
 * contributes its problems and nothing else; the caller decides whether to keep older
 * rules instead.
 */
export function loadRules(options: LoadRulesOptions): LoadedRules {
  const read = options.read ?? readFromDisk;
  const rules = cloneRules(builtinRules());
  const problems: RulesProblem[] = [];
  const files: string[] = [];
  const merged = new Set<string>();

  const start: string[] = [];
  if (options.articlePath) {
    const nearest = findRulesFiles(options.articlePath, options.workspaceRoot, (f) => read(f) !== undefined)[0];
    if (nearest) start.push(nearest);
  }
  for (const f of options.extraFiles ?? []) start.push(path.resolve(f));

  for (const file of start) {
    if (merged.has(file)) continue;
    const text = read(file);
    if (text === undefined) {
      files.push(file);
      problems.push({
        file,
        start: 0,
        end: 0,
        line: 0,
        column: 0,
        message: `rules file not found: ${file}`,
        severity: 'error',
        code: 'file-missing',
      });
      continue;
    }
    const parsed = parseRulesText(file, text);
    problems.push(...parsed.problems);
    const ext = parsed.data ? checkExtends(parsed.data, text, read) : null;
    if (ext) problems.push(...ext.problems);
    if (!parsed.data || !ext || hasError(parsed.problems) || hasError(ext.problems)) {
      files.push(file);
      continue;
    }
    for (const e of ext.extended) {
      if (merged.has(e.file)) continue;
      merged.add(e.file);
      files.push(e.file);
      mergeInto(rules, e, false);
    }
    files.push(file);
    merged.add(file);
    mergeInto(rules, parsed.data, false);
  }
  return { rules, problems, files };
}

/**
 * Every problem of one rules file's text, each at its exact range: YAML syntax, schema,
 * unknown keys (warnings), duplicate actors and labels, aliases claimed twice (also across
 * `extends`), missing or cyclic `extends`, bad colours, oversized files.
 */
export function checkRulesText(file: string, text: string, read: RulesReader = readFromDisk): RulesProblem[] {
  const parsed = parseRulesText(file, text);
  if (!parsed.data) return parsed.problems;
  return [...parsed.problems, ...checkExtends(parsed.data, text, read).problems].sort((a, b) => a.start - b.start);
}

/** Merges one file's data into the accumulated rules: later files win. */
function mergeInto(rules: Rules, data: RulesFileData, builtin: boolean): void {
  rules.files.push(data.file);
  if (!builtin) {
    if (data.language) rules.language = data.language;
    if (data.published) rules.published = data.published;
  }
  const langs: Language[] = data.language ? [data.language] : ['fr', 'en'];
  for (const lang of langs) {
    const verbs = new Set(rules.speechVerbs[lang]);
    for (const v of data.speechVerbs.add) verbs.add(v);
    for (const v of data.speechVerbs.remove) verbs.delete(v);
    rules.speechVerbs[lang] = [...verbs];
  }
  for (const label of data.labels) {
    const i = rules.labels.findIndex((l) => l.id === label.id);
    if (i >= 0) rules.labels[i] = label;
    else rules.labels.push(label);
  }
  for (const s of data.ignore) if (!rules.ignore.includes(s)) rules.ignore.push(s);
  rules.roleEquivalents = [...(rules.roleEquivalents ?? []), ...data.roleEquivalents];
  rules.actors = mergeActors(rules.actors, data.actors);
}

/**
 * Adds actors, each replacing the earlier one of the same name (and language, for built-in
 * packs). A team's actor also replaces every built-in one of its kind that shares a name or
 * an alias with it, so that `NATO` declared with alias `OTAN` leaves no second `OTAN` behind.
 */
function mergeActors(existing: ActorRule[], incoming: ActorRule[]): ActorRule[] {
  const keyOf = (lang: string, name: string): string => `${lang}\u0000${fold(name)}`;
  const map = new Map<string, ActorRule>();
  for (const a of existing) map.set(keyOf(a.language ?? '*', a.name), a);
  let builtinForms: Map<string, string[]> | null = null;
  for (const a of incoming) {
    const langs = a.language ? [a.language, '*'] : ['fr', 'en', '*'];
    for (const l of langs) map.delete(keyOf(l, a.name));
    if (a.source === 'rules') {
      if (!builtinForms) {
        builtinForms = new Map();
        for (const [key, b] of map) {
          if (b.source !== 'builtin') continue;
          for (const f of [b.name, ...b.aliases]) {
            const k = fold(f);
            const list = builtinForms.get(k);
            if (list) list.push(key);
            else builtinForms.set(k, [key]);
          }
        }
      }
      for (const f of [a.name, ...a.aliases]) {
        for (const key of builtinForms.get(fold(f)) ?? []) if (map.get(key)?.kind === a.kind) map.delete(key);
      }
    }
    map.set(keyOf(a.language ?? '*', a.name), a);
  }
  return [...map.values()];
}
