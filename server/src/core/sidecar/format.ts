/**
 * Reading and writing the sidecar file. Reading is forgiving (a hand-written file with a
 * missing context or a date written unquoted still loads) and reports every problem at its
 * range in the file; writing is deterministic so that a review in git shows only what the
 * annotator changed.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { ActorKind, DateType, Language, Problem, QuoteKind } from '../types';
import type { Anchor } from './anchor';
import { SIDECAR_SCHEMA, type RejectKind, type Sidecar, type SidecarEntry } from './model';

/** What `parseSidecar` found: the sidecar (null when the file cannot be read at all) and its problems. */
export interface ParsedSidecar {
  sidecar: Sidecar | null;
  /** Offsets are UTF-16 indices into the sidecar file's text. */
  problems: Problem[];
}

const ACTIONS = ['speaker', 'reject', 'add', 'tag'] as const;
const REJECT_KINDS: readonly RejectKind[] = ['quote', 'date', 'actor', 'mention'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'block', 'scare'];
const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'place'];
const DATE_TYPES: readonly DateType[] = ['date', 'time', 'duration', 'set'];
const ANCHOR_KEYS = ['start', 'end', 'exact', 'prefix', 'suffix'];

/**
 * Reads a sidecar file. A broken file is reported, never silently replaced by an empty one:
 * YAML errors give `sidecar: null`; a bad entry is left out of the result and reported, the
 * rest still applies. The caller must not overwrite a file that had problems without
 * keeping the original.
 */
export function parseSidecar(text: string): ParsedSidecar {
  const problems: Problem[] = [];
  const report = (
    node: { range?: [number, number, number?] | null } | null | undefined,
    message: string,
    severity: Problem['severity'] = 'error',
    code = 'sidecar-invalid',
  ) => {
    const range = node?.range;
    problems.push({ start: range?.[0] ?? 0, end: range?.[1] ?? 0, message, severity, code });
  };
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    problems.push({ start: e.pos[0], end: e.pos[1], message: e.message, severity: 'error', code: 'sidecar-yaml' });
  }
  if (doc.errors.length) return { sidecar: null, problems };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { sidecar: { published: null, language: null, entries: [] }, problems };
  }
  if (!isMap(root)) {
    report(root as YamlNode, `a sidecar is a mapping with \`schema: ${SIDECAR_SCHEMA}\` and \`entries\``);
    return { sidecar: null, problems };
  }

  const sidecar: Sidecar = { published: null, language: null, entries: [] };
  let schemaSeen = false;
  for (const pair of root.items) {
    const key = keyOf(pair);
    const value = pair.value as YamlNode | null;
    const js = toJs(value);
    switch (key) {
      case 'schema':
        schemaSeen = true;
        if (js !== SIDECAR_SCHEMA) {
          report(
            value,
            `unknown sidecar schema ${JSON.stringify(js)}; this version reads ${SIDECAR_SCHEMA}`,
            'error',
            'sidecar-schema',
          );
          return { sidecar: null, problems };
        }
        break;
      case 'published': {
        const iso = isoValue(js);
        if (js === null || js === undefined) break;
        if (iso && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso)) sidecar.published = iso;
        else report(value, '`published` must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY');
        break;
      }
      case 'language':
        if (js === 'fr' || js === 'en') sidecar.language = js as Language;
        else if (js !== null && js !== undefined) report(value, '`language` must be fr or en');
        break;
      case 'entries':
        if (js === null || js === undefined) break;
        if (!isSeq(value)) {
          report(value, '`entries` must be a list');
          break;
        }
        for (const item of value.items) {
          const entry = readEntry(item as YamlNode, report);
          if (entry) sidecar.entries.push(entry);
        }
        break;
      default:
        (sidecar.extra ??= {})[key] = js;
    }
  }
  if (!schemaSeen) report(root, `missing \`schema: ${SIDECAR_SCHEMA}\``, 'warning', 'sidecar-schema');
  return { sidecar, problems };
}

type Report = (node: YamlNode | null | undefined, message: string, severity?: Problem['severity']) => void;

function readEntry(node: YamlNode, report: Report): SidecarEntry | null {
  if (!isMap(node)) {
    report(node, 'an entry is a mapping with `action` and `anchor`');
    return null;
  }
  const fields = new Map<string, { node: YamlNode | null; js: unknown }>();
  for (const pair of node.items) {
    fields.set(keyOf(pair), { node: pair.value as YamlNode | null, js: toJs(pair.value as YamlNode | null) });
  }
  const take = (key: string) => {
    const f = fields.get(key);
    fields.delete(key);
    return f;
  };
  const action = take('action');
  if (!action || !ACTIONS.includes(action.js as (typeof ACTIONS)[number])) {
    report(action?.node ?? node, `\`action\` must be one of ${ACTIONS.join(', ')}`);
    return null;
  }
  const anchorField = take('anchor');
  const anchor = readAnchor(anchorField?.node ?? null, anchorField ? anchorField.node : node, report);
  if (!anchor) return null;
  const noteField = take('note');
  const note = typeof noteField?.js === 'string' ? noteField.js : null;

  let entry: SidecarEntry | null = null;
  switch (action.js) {
    case 'speaker': {
      const speaker = take('speaker');
      if (!speaker) {
        report(node, '`speaker` is missing: an actor name, or null for "speaker unknown"');
        return null;
      }
      if (speaker.js !== null && typeof speaker.js !== 'string') {
        report(speaker.node, '`speaker` must be a name or null');
        return null;
      }
      entry = { action: 'speaker', anchor, speaker: nonEmpty(speaker.js) };
      break;
    }
    case 'reject': {
      const kind = take('kind');
      if (!kind || !REJECT_KINDS.includes(kind.js as RejectKind)) {
        report(kind?.node ?? node, `\`kind\` must be one of ${REJECT_KINDS.join(', ')}`);
        return null;
      }
      entry = { action: 'reject', kind: kind.js as RejectKind, anchor };
      break;
    }
    case 'tag': {
      const label = take('label');
      if (!label || typeof label.js !== 'string' || !label.js) {
        report(label?.node ?? node, '`label` must be one of the team\u2019s label ids');
        return null;
      }
      entry = { action: 'tag', label: label.js, anchor };
      break;
    }
    case 'add':
      entry = readAdd(node, anchor, take, report);
      if (!entry) return null;
      break;
  }
  if (!entry) return null;
  if (note !== null) entry.note = note;
  if (fields.size) entry.extra = Object.fromEntries([...fields].map(([k, f]) => [k, f.js]));
  return entry;
}

function readAdd(
  node: YamlNode,
  anchor: Anchor,
  take: (key: string) => { node: YamlNode | null; js: unknown } | undefined,
  report: Report,
): SidecarEntry | null {
  const kindField = take('kind');
  const kind = kindField?.js;
  // `kind` names what is added; a quote's or an actor's own kind may stand in its place.
  const subKind = (...keys: string[]) => {
    for (const k of keys) {
      const f = take(k);
      if (f && f.js !== null && f.js !== undefined) return f;
    }
    return undefined;
  };
  if (kind === 'quote' || QUOTE_KINDS.includes(kind as QuoteKind)) {
    const speaker = take('speaker');
    const qk = kind === 'quote' ? subKind('quote_kind', 'quoteKind', 'type') : kindField;
    if (qk && !QUOTE_KINDS.includes(qk.js as QuoteKind)) {
      report(qk.node, `a quote's kind is one of ${QUOTE_KINDS.join(', ')}`);
      return null;
    }
    if (speaker && speaker.js !== null && typeof speaker.js !== 'string') {
      report(speaker.node, '`speaker` must be a name or null');
      return null;
    }
    return {
      action: 'add',
      kind: 'quote',
      anchor,
      ...(speaker ? { speaker: nonEmpty(speaker.js) } : {}),
      ...(qk ? { quoteKind: qk.js as QuoteKind } : {}),
    };
  }
  if (kind === 'date' || DATE_TYPES.includes(kind as DateType)) {
    const value = take('value');
    const dt = kind === 'date' ? subKind('type', 'date_type', 'dateType') : kindField;
    if (dt && !DATE_TYPES.includes(dt.js as DateType)) {
      report(dt.node, `a date's type is one of ${DATE_TYPES.join(', ')}`);
      return null;
    }
    const iso = isoValue(value?.js);
    if (value && value.js !== null && !iso) {
      report(value.node, '`value` must be an ISO 8601 value (2025-02-17, 2025-02, P3Y…) or null');
      return null;
    }
    return { action: 'add', kind: 'date', anchor, value: iso, ...(dt ? { dateType: dt.js as DateType } : {}) };
  }
  if (kind === 'actor' || ACTOR_KINDS.includes(kind as ActorKind)) {
    const name = take('name');
    const ak = kind === 'actor' ? subKind('actor_kind', 'actorKind', 'type') : kindField;
    if (ak && !ACTOR_KINDS.includes(ak.js as ActorKind)) {
      report(ak.node, `an actor's kind is one of ${ACTOR_KINDS.join(', ')}`);
      return null;
    }
    if (name && name.js !== null && typeof name.js !== 'string') {
      report(name.node, '`name` must be a string');
      return null;
    }
    const n = nonEmpty(name?.js);
    return {
      action: 'add',
      kind: 'actor',
      anchor,
      ...(n ? { name: n } : {}),
      ...(ak ? { actorKind: ak.js as ActorKind } : {}),
    };
  }
  report(kindField?.node ?? node, '`kind` of an `add` must be quote, date or actor');
  return null;
}

function readAnchor(node: YamlNode | null, at: YamlNode | null, report: Report): Anchor | null {
  if (!node || !isMap(node)) {
    report(at, '`anchor` must be a mapping: {start, end, exact, prefix, suffix}');
    return null;
  }
  const a: Record<string, unknown> = {};
  for (const pair of node.items) a[keyOf(pair)] = toJs(pair.value as YamlNode | null);
  const exact = a.exact ?? a.text;
  if (typeof exact !== 'string' || !exact) {
    report(node, '`anchor.exact` must hold the anchored text');
    return null;
  }
  const offset = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : -1);
  let start = offset(a.start);
  let end = offset(a.end);
  if (start < 0 || end < start) {
    if (a.start !== undefined || a.end !== undefined) {
      report(
        node,
        '`anchor.start`/`end` must be code point offsets, start ≤ end; the entry is placed by its text',
        'warning',
      );
    }
    start = -1;
    end = -1;
  }
  for (const k of Object.keys(a)) {
    if (!ANCHOR_KEYS.includes(k) && k !== 'text') report(node, `unknown anchor key \`${k}\``, 'warning');
  }
  return {
    start,
    end,
    exact,
    prefix: typeof a.prefix === 'string' ? a.prefix : '',
    suffix: typeof a.suffix === 'string' ? a.suffix : '',
  };
}

function keyOf(pair: Pair): string {
  const k = pair.key;
  if (isScalar(k)) return String(k.value);
  return String(k);
}

function toJs(node: YamlNode | null | undefined): unknown {
  if (node === null || node === undefined) return null;
  return node.toJSON();
}

/** An ISO value as a string, whether YAML read it as a string, a number (`2025`) or a date. */
function isoValue(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return null;
}

function nonEmpty(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

const ACTION_ORDER: Record<SidecarEntry['action'], number> = { add: 0, reject: 1, speaker: 2, tag: 3 };

/**
 * Writes a sidecar as YAML: fixed key order, entries sorted by position, one flow-style
 * anchor per entry and ISO values quoted (so YAML 1.1 readers keep them strings) — so that
 * one decision is a few lines in a diff.
 */
export function serializeSidecar(sidecar: Sidecar): string {
  const out: string[] = [`schema: ${SIDECAR_SCHEMA}`];
  if (sidecar.published) out.push(`published: ${JSON.stringify(sidecar.published)}`);
  if (sidecar.language) out.push(`language: ${sidecar.language}`);
  for (const [k, v] of Object.entries(sidecar.extra ?? {})) out.push(`${yamlKey(k)}: ${flow(v)}`);
  const entries = [...sidecar.entries].sort(
    (a, b) =>
      a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || ACTION_ORDER[a.action] - ACTION_ORDER[b.action],
  );
  if (entries.length === 0) {
    out.push('entries: []');
    return out.join('\n') + '\n';
  }
  out.push('entries:');
  for (const e of entries) {
    const lines: string[] = [`action: ${e.action}`];
    if (e.action === 'reject' || e.action === 'add') lines.push(`kind: ${e.kind}`);
    if (e.action === 'tag') lines.push(`label: ${scalar(e.label)}`);
    const a = e.anchor;
    lines.push(
      `anchor: {start: ${a.start}, end: ${a.end}, exact: ${JSON.stringify(a.exact)}, prefix: ${JSON.stringify(a.prefix)}, suffix: ${JSON.stringify(a.suffix)}}`,
    );
    if (e.action === 'speaker') lines.push(`speaker: ${scalar(e.speaker)}`);
    if (e.action === 'add') {
      if (e.kind === 'quote') {
        if (e.speaker !== undefined) lines.push(`speaker: ${scalar(e.speaker)}`);
        if (e.quoteKind) lines.push(`quote_kind: ${e.quoteKind}`);
      } else if (e.kind === 'date') {
        lines.push(`value: ${e.value === null ? 'null' : JSON.stringify(e.value)}`);
        if (e.dateType) lines.push(`type: ${e.dateType}`);
      } else {
        if (e.name) lines.push(`name: ${scalar(e.name)}`);
        if (e.actorKind) lines.push(`actor_kind: ${e.actorKind}`);
      }
    }
    if (e.note) lines.push(`note: ${scalar(e.note)}`);
    for (const [k, v] of Object.entries(e.extra ?? {})) lines.push(`${yamlKey(k)}: ${flow(v)}`);
    out.push(`  - ${lines[0]}`, ...lines.slice(1).map((l) => `    ${l}`));
  }
  return out.join('\n') + '\n';
}

/** A string as a plain YAML scalar when that is unambiguous (names), else double-quoted. */
function scalar(s: string | null): string {
  if (s === null) return 'null';
  if (
    /^\p{L}[\p{L}\p{M}\p{N} .'’-]*$/u.test(s) &&
    !/[ ]$/.test(s) &&
    !/^(null|true|false|yes|no|on|off|y|n)$/i.test(s)
  ) {
    return s;
  }
  return JSON.stringify(s);
}

function yamlKey(k: string): string {
  return /^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k);
}

/** JSON is valid YAML flow style: unknown values survive a rewrite unchanged. */
function flow(v: unknown): string {
  return v === undefined ? 'null' : JSON.stringify(v);
}
