/**
 * Reading one rules file: YAML → checked plain data, with every problem at its exact range.
 * No file access here except through the injected reader (for `extends`).
 */
import * as path from 'path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import schema from '../../../../schemas/article-rules.schema.json';
import { fold, LineIndex } from '../text';
import type { ActorKind, ActorRule, Label, Language, Severity } from '../types';

/** A problem found in a rules file, at its exact place (UTF-16 offsets and 0-based line/column). */
export interface RulesProblem {
  file: string;
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
  /** 0-based UTF-16 column of `start`. */
  column: number;
  message: string;
  severity: Severity;
  /** Stable code: `yaml-syntax`, `schema`, `unknown-key`, `duplicate-actor`, `duplicate-alias`, `extends-missing`, `extends-cycle`, `invalid-color`, `file-too-large`… */
  code: string;
}

/** Reads a file's text, or returns undefined when it does not exist or cannot be read. */
export type RulesReader = (file: string) => string | undefined;

/** Files bigger than this are refused: a rules file is a list, not a corpus. */
export const MAX_RULES_FILE_CHARS = 2 * 1024 * 1024;
/** Bounds YAML alias expansion (`&a [*b, *b, …]` bombs). */
export const MAX_ALIAS_COUNT = 100;
const MAX_EXTENDS_DEPTH = 32;

/** What one rules file says, before merging. */
export interface RulesFileData {
  file: string;
  extends: { path: string; start: number; end: number }[];
  language: Language | null;
  published: string | null;
  actors: ActorRule[];
  speechVerbs: { add: string[]; remove: string[] };
  roleEquivalents: string[][];
  labels: Label[];
  ignore: string[];
}

let validator: ValidateFunction | null = null;
function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(schema);
  }
  return validator;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Parsed {
  /** What the file says, as far as it could be read; null when it could not be parsed at all. Merge it only when `problems` has no error. */
  data: RulesFileData | null;
  problems: RulesProblem[];
}

/**
 * Parses and checks one rules file's text on its own (YAML, schema, duplicates inside the
 * file). `extends` entries are returned unresolved; see `checkExtends`.
 */
export function parseRulesText(file: string, text: string, builtin = false): Parsed {
  const lines = new LineIndex(text);
  const problems: RulesProblem[] = [];
  const report = (start: number, end: number, message: string, severity: Severity, code: string): void => {
    const pos = lines.position(start);
    problems.push({
      file,
      start,
      end: Math.max(start, end),
      line: pos.line,
      column: pos.character,
      message,
      severity,
      code,
    });
  };

  if (text.length > MAX_RULES_FILE_CHARS) {
    report(
      0,
      0,
      `rules file too large (${text.length} characters; the limit is ${MAX_RULES_FILE_CHARS})`,
      'error',
      'file-too-large',
    );
    return { data: null, problems };
  }

  // The default (core) schema: plain data only, no custom tags, nothing that runs code.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  for (const e of doc.errors) report(e.pos[0], e.pos[1], e.message.split('\n')[0], 'error', 'yaml-syntax');
  for (const w of doc.warnings) report(w.pos[0], w.pos[1], w.message.split('\n')[0], 'warning', 'yaml-warning');
  if (doc.errors.length > 0) return { data: null, problems };

  let value: Json;
  try {
    value = (doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {}) as Json;
  } catch (err) {
    report(0, 0, `cannot read the file: ${(err as Error).message}`, 'error', 'alias-limit');
    return { data: null, problems };
  }

  const check = validate();
  if (!check(value)) {
    for (const e of check.errors ?? []) schemaProblem(doc, e, report);
  }
  // Go on after schema errors where the shape allows, so that duplicates are reported too.
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { data: null, problems };
  const obj = value as Record<string, Json>;
  const strings = (v: Json | undefined): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const objects = (v: Json | undefined): Record<string, Json>[] =>
    Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? x : {})) : [];

  const data: RulesFileData = {
    file,
    extends: [],
    language: (obj.language as Language | undefined) ?? null,
    published: (obj.published as string | undefined) ?? null,
    actors: [],
    speechVerbs: { add: [], remove: [] },
    roleEquivalents: Array.isArray(obj.role_equivalents) ? obj.role_equivalents.map((g) => strings(g)) : [],
    labels: [],
    ignore: strings(obj.ignore),
  };

  const ext = obj.extends;
  const extList = typeof ext === 'string' ? [ext] : strings(ext);
  extList.forEach((p, i) => {
    const node = typeof ext === 'string' ? nodeAt(doc, ['extends']) : nodeAt(doc, ['extends', i]);
    const [start, end] = rangeOf(node);
    data.extends.push({ path: p, start, end });
  });

  const sv = (obj.speech_verbs ?? {}) as Record<string, Json>;
  data.speechVerbs = {
    add: strings(sv.add).map((v) => v.toLowerCase()),
    remove: strings(sv.remove).map((v) => v.toLowerCase()),
  };

  const actors = objects(obj.actors);
  const seenNames = new Map<string, number>();
  const seenAliases = new Map<string, string>();
  actors.forEach((a, i) => {
    if (typeof a.name !== 'string' || !a.name.trim()) return;
    const node = nodeAt(doc, ['actors', i]);
    const [start, end] = rangeOf(node);
    const actor: ActorRule = {
      name: String(a.name).trim(),
      kind: ((a.kind as ActorKind | undefined) ?? 'person') as ActorKind,
      role: (a.role as string | null | undefined) ?? null,
      aliases: strings(a.aliases).map((s) => s.trim()),
      description: (a.description as string | null | undefined) ?? null,
      links: strings(a.links),
      source: builtin ? 'builtin' : 'rules',
      definition: { file, start, end },
    };
    if (builtin) actor.language = data.language;
    const key = fold(actor.name);
    const prev = seenNames.get(key);
    if (prev !== undefined) {
      const [s, e] = rangeOf(nodeAt(doc, ['actors', i, 'name']));
      report(
        s,
        e,
        `duplicate actor "${actor.name}" (already declared at line ${lines.line(rangeOf(nodeAt(doc, ['actors', prev]))[0]) + 1})`,
        'error',
        'duplicate-actor',
      );
      return;
    }
    seenNames.set(key, i);
    actor.aliases.forEach((alias, j) => {
      const k = fold(alias);
      const owner = seenAliases.get(k);
      if (owner !== undefined && owner !== key) {
        const [s, e] = rangeOf(nodeAt(doc, ['actors', i, 'aliases', j]));
        report(s, e, `alias "${alias}" is already claimed by actor "${owner}"`, 'warning', 'duplicate-alias');
      }
    });
    for (const form of [actor.name, ...actor.aliases])
      if (!seenAliases.has(fold(form))) seenAliases.set(fold(form), actor.name);
    data.actors.push(actor);
  });
  // A name that is another actor's alias: reported on the name.
  data.actors.forEach((actor) => {
    const owner = seenAliases.get(fold(actor.name));
    if (owner !== undefined && owner !== actor.name && actor.definition) {
      report(
        actor.definition.start,
        actor.definition.start,
        `name "${actor.name}" is also an alias of actor "${owner}"`,
        'warning',
        'duplicate-alias',
      );
    }
  });

  const labels = objects(obj.labels);
  const labelIds = new Set<string>();
  labels.forEach((l, i) => {
    if (typeof l.id !== 'string') return;
    const id = String(l.id);
    if (labelIds.has(id)) {
      const [s, e] = rangeOf(nodeAt(doc, ['labels', i, 'id']));
      report(s, e, `duplicate label id "${id}"`, 'error', 'duplicate-label');
      return;
    }
    labelIds.add(id);
    data.labels.push({
      id,
      name: (l.name as string | undefined) ?? id,
      color: (l.color as string | undefined) ?? null,
      description: (l.description as string | undefined) ?? null,
    });
  });

  return { data, problems };
}

/**
 * Resolves a file's `extends` through the reader: reports missing files and cycles at the
 * entry's range, and aliases that an extended file's actor already claims. Returns the
 * extended files' data, in merge order (deepest first), for callers that merge.
 */
export function checkExtends(
  data: RulesFileData,
  text: string,
  read: RulesReader,
): { problems: RulesProblem[]; extended: RulesFileData[] } {
  const lines = new LineIndex(text);
  const problems: RulesProblem[] = [];
  const extended: RulesFileData[] = [];
  const report = (start: number, end: number, message: string, severity: Severity, code: string): void => {
    const pos = lines.position(start);
    problems.push({ file: data.file, start, end, line: pos.line, column: pos.character, message, severity, code });
  };

  const visit = (d: RulesFileData, stack: string[], entry: { start: number; end: number } | null): void => {
    for (const ext of d.extends) {
      const target = path.resolve(path.dirname(d.file), ext.path);
      const at = entry ?? ext;
      if (stack.includes(target)) {
        report(
          at.start,
          at.end,
          `extends "${ext.path}" makes a cycle (${[...stack, target].map((f) => path.basename(f)).join(' → ')})`,
          'error',
          'extends-cycle',
        );
        continue;
      }
      if (stack.length > MAX_EXTENDS_DEPTH) {
        report(at.start, at.end, 'extends chain too deep', 'error', 'extends-cycle');
        continue;
      }
      const t = read(target);
      if (t === undefined) {
        report(at.start, at.end, `extends "${ext.path}": file not found (${target})`, 'error', 'extends-missing');
        continue;
      }
      const parsed = parseRulesText(target, t);
      if (!parsed.data || hasError(parsed.problems)) {
        const n = parsed.problems.filter((p) => p.severity === 'error').length;
        report(
          at.start,
          at.end,
          `extends "${ext.path}": that file has ${n} error(s) and is ignored`,
          'warning',
          'extends-broken',
        );
        continue;
      }
      visit(parsed.data, [...stack, target], at);
      if (!extended.some((e) => e.file === parsed.data!.file)) extended.push(parsed.data);
    }
  };
  visit(data, [path.resolve(data.file)], null);

  // Aliases claimed by another actor of an extended file.
  const owners = new Map<string, string>();
  for (const e of extended)
    for (const a of e.actors) for (const f of [a.name, ...a.aliases]) owners.set(fold(f), a.name);
  for (const a of data.actors) {
    for (const alias of a.aliases) {
      const owner = owners.get(fold(alias));
      if (owner !== undefined && fold(owner) !== fold(a.name) && a.definition) {
        const at = locateAlias(text, a.definition, alias);
        report(
          at.start,
          at.end,
          `alias "${alias}" is already claimed by actor "${owner}" in an extended file`,
          'warning',
          'duplicate-alias',
        );
      }
    }
  }
  return { problems, extended };
}

function locateAlias(text: string, def: { start: number; end: number }, alias: string): { start: number; end: number } {
  const i = text.indexOf(alias, def.start);
  return i >= 0 && i < def.end ? { start: i, end: i + alias.length } : { start: def.start, end: def.start };
}

function nodeAt(doc: Document, keys: (string | number)[]): YamlNode | null {
  let node: unknown = doc.contents;
  for (const k of keys) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === k);
      if (!pair) return (node as YamlNode) ?? null;
      node = pair.value;
    } else if (isSeq(node) && typeof k === 'number') {
      const item = node.items[k];
      if (!item) return node as YamlNode;
      node = item;
    } else {
      return (node as YamlNode) ?? null;
    }
  }
  return (node as YamlNode) ?? null;
}

function keyNodeAt(doc: Document, keys: (string | number)[], key: string): YamlNode | null {
  const parent = nodeAt(doc, keys);
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key)) return pair.key;
  }
  return parent;
}

function rangeOf(node: YamlNode | null | undefined): [number, number] {
  const r = node?.range;
  return r ? [r[0], r[1]] : [0, 0];
}

function pointerKeys(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

function schemaProblem(
  doc: Document,
  e: ErrorObject,
  report: (start: number, end: number, message: string, severity: Severity, code: string) => void,
): void {
  const keys = pointerKeys(e.instancePath);
  const where = keys.length
    ? keys
        .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
        .join('')
        .slice(1)
    : 'the file';
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const [s, en] = rangeOf(keyNodeAt(doc, keys, key));
    report(s, en, `unknown key "${key}"${keys.length ? ` in ${where}` : ''}`, 'warning', 'unknown-key');
    return;
  }
  // oneOf/if noise: the specific branch errors say more.
  if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
    const [s, en] = rangeOf(nodeAt(doc, keys));
    report(s, en, `${where}: expected a path or a list of paths`, 'error', 'schema');
    return;
  }
  const parentKey = keys[keys.length - 1];
  if (e.instancePath.startsWith('/extends')) return; // reported once by the oneOf above
  const [s, en] = rangeOf(nodeAt(doc, keys));
  if (e.keyword === 'pattern' && parentKey === 'color') {
    report(s, en, `invalid colour: expected #rgb or #rrggbb`, 'error', 'invalid-color');
  } else if (e.keyword === 'pattern' && parentKey === 'published') {
    report(s, en, `published: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`, 'error', 'schema');
  } else if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.join(', ');
    report(s, en, `${where}: expected one of ${allowed}`, 'error', 'schema');
  } else if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    report(s, en, `${where}: missing required key "${missing}"`, 'error', 'schema');
  } else {
    report(s, en, `${where}: ${e.message ?? 'invalid'}`, 'error', 'schema');
  }
}

/** True when one of the problems is an error (the file is then not merged). */
export function hasError(problems: readonly RulesProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
