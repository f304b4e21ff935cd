/**
 * The export file, contract `article-annotations/1`: the one place where the core's UTF-16
 * offsets become code points, and where field names of the public format are written.
 *
 * Field names are public interface: add fields freely, never rename or drop one without
 * bumping the schema version.
 */
import { createHash } from 'node:crypto';
import { CodePointIndex, LineIndex } from './text';
import type { Analysis, Span } from './types';

export const EXPORT_SCHEMA = 'article-annotations/1';
export const GENERATOR = { name: 'article-annotator', version: '0.1.0' } as const;

export interface ExportMention {
  start: number;
  end: number;
  line: number;
  text: string;
  origin: 'auto' | 'manual';
}

export interface ExportActor {
  id: string;
  name: string;
  kind: string;
  named: boolean;
  role: string | null;
  aliases: string[];
  description: string | null;
  links: string[];
  source: string;
  mentions: ExportMention[];
}

export interface ExportQuote {
  id: string;
  text: string;
  start: number;
  end: number;
  line: number;
  kind: string;
  speaker: string | null;
  speaker_name: string | null;
  speaker_text: string | null;
  cue: { text: string; start: number; end: number } | null;
  origin: 'auto' | 'manual';
}

export interface ExportDate {
  text: string;
  start: number;
  end: number;
  line: number;
  value: string | null;
  type: string;
  resolution: string | null;
  origin: 'auto' | 'manual';
}

export interface ExportTag {
  label: string;
  start: number;
  end: number;
  line: number;
  text: string;
  note: string | null;
  origin: 'manual';
}

export interface ExportProblem {
  message: string;
  start: number;
  end: number;
  line: number;
  severity: string;
  code: string;
}

/** The export document, as Python or R will read it. */
export interface ArticleExport {
  schema: typeof EXPORT_SCHEMA;
  generator: { name: string; version: string };
  document: {
    path: string;
    sha256: string;
    encoding: string;
    language: string;
    title: string | null;
    published: string | null;
    published_from: string | null;
    offsets: 'codepoints';
  };
  actors: ExportActor[];
  quotes: ExportQuote[];
  dates: ExportDate[];
  tags: ExportTag[];
  problems: ExportProblem[];
}

export interface ExportSource {
  /** The path to write in `document.path`: as given on the command line, or relative to the workspace. */
  path: string;
  /** SHA-256 of the file's bytes (hex). Use `sha256Hex`. */
  sha256: string;
  /** How the bytes were decoded (`utf-8`, or `windows-1252` for legacy files). */
  encoding?: string;
}

/** Hex SHA-256 of bytes or of a string's UTF-8 encoding. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Builds the export document of one analysed article. Offsets become code points counted
 * from the text's first character (so Python's `text[start:end]` gives the span), lines
 * become 1-based.
 */
export function exportDocument(text: string, analysis: Analysis, source: ExportSource): ArticleExport {
  const cp = new CodePointIndex(text);
  const lines = new LineIndex(text);
  const at = (span: Span) => ({
    start: cp.toCodePoint(span.start),
    end: cp.toCodePoint(span.end),
    line: lines.line(span.start) + 1,
  });
  const actorsById = new Map(analysis.actors.map((a) => [a.id, a]));

  return {
    schema: EXPORT_SCHEMA,
    generator: { ...GENERATOR },
    document: {
      path: source.path,
      sha256: source.sha256,
      encoding: source.encoding ?? 'utf-8',
      language: analysis.language,
      title: analysis.title,
      published: analysis.published,
      published_from: analysis.publishedFrom,
      offsets: 'codepoints',
    },
    actors: analysis.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      named: a.named,
      role: a.role,
      aliases: [...a.aliases],
      description: a.description,
      links: [...a.links],
      source: a.source,
      mentions: a.mentions.map((m) => ({ ...at(m), text: m.text, origin: m.origin })),
    })),
    quotes: analysis.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      ...at(q),
      kind: q.kind,
      speaker: q.speaker,
      speaker_name: q.speaker ? (actorsById.get(q.speaker)?.name ?? null) : null,
      speaker_text: q.speakerMention?.text ?? null,
      cue: q.cue ? { text: q.cue.text, start: cp.toCodePoint(q.cue.start), end: cp.toCodePoint(q.cue.end) } : null,
      origin: q.origin,
    })),
    dates: analysis.dates.map((d) => ({
      text: d.text,
      ...at(d),
      value: d.value,
      type: d.type,
      resolution: d.resolution,
      origin: d.origin,
    })),
    tags: analysis.tags.map((t) => ({ label: t.label, ...at(t), text: t.text, note: t.note, origin: t.origin })),
    problems: analysis.problems.map((p) => ({
      message: p.message,
      ...at(p),
      severity: p.severity,
      code: p.code,
    })),
  };
}

/** Keys whose list items are written on one line each (`- {start: 1, end: 5, …}`), for readable diffs. */
const FLOW_ITEMS = new Set(['mentions', 'dates', 'tags', 'problems']);
/** Keys whose small mapping values are written on one line. */
const FLOW_MAPS = new Set(['generator', 'cue']);

/**
 * Writes one export as YAML. Strings that a YAML 1.1 reader (PyYAML) would take for dates,
 * booleans or numbers are quoted, so every ISO value reads back as a string. Small
 * records (mentions, dates, tags, problems, cues) are written in flow style, one per line.
 *
 * The export's shape is fixed and simple (mappings, lists, strings, numbers, booleans,
 * null), so it is written directly: the general `yaml` library took longer than the
 * analysis itself on a corpus. Tests parse every sample export back with `yaml` (1.1 and
 * 1.2) and with PyYAML, and compare.
 */
export function toYaml(doc: ArticleExport): string {
  const out: string[] = [];
  writeBlockMap(doc as unknown as Record<string, unknown>, '', out);
  return out.join('');
}

function writeBlockMap(map: Record<string, unknown>, indent: string, out: string[], firstPrefix = indent): void {
  let prefix = firstPrefix;
  for (const [key, value] of Object.entries(map)) {
    out.push(prefix, key, ':');
    prefix = indent;
    if (Array.isArray(value)) {
      if (value.length === 0) {
        out.push(' []\n');
      } else if (value.every((v) => v === null || typeof v !== 'object')) {
        out.push(' ', flowSeq(value), '\n');
      } else {
        out.push('\n');
        for (const item of value) {
          if (FLOW_ITEMS.has(key) || item === null || typeof item !== 'object') {
            out.push(indent, '  - ', flowValue(item), '\n');
          } else {
            writeBlockMap(item as Record<string, unknown>, indent + '    ', out, indent + '  - ');
          }
        }
      }
    } else if (value !== null && typeof value === 'object') {
      if (FLOW_MAPS.has(key)) out.push(' ', flowValue(value), '\n');
      else {
        out.push('\n');
        writeBlockMap(value as Record<string, unknown>, indent + '  ', out);
      }
    } else {
      out.push(' ', scalar(value), '\n');
    }
  }
}

function flowValue(value: unknown): string {
  if (Array.isArray(value)) return flowSeq(value);
  if (value !== null && typeof value === 'object') {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value)) parts.push(`${k}: ${flowValue(v)}`);
    return `{${parts.join(', ')}}`;
  }
  return scalar(value);
}

function flowSeq(values: unknown[]): string {
  return `[${values.map(flowValue).join(', ')}]`;
}

/** Strings written plain: a letter first, then nothing YAML gives a meaning to, in block or flow context. */
const PLAIN = /^[\p{L}][\p{L}\p{M}\p{N} ._/'’()«»“”-]*$/u;
/** Words YAML 1.1 reads as booleans or null. */
const RESERVED = /^(?:y|yes|n|no|true|false|on|off|null)$/i;
/** Characters that must be escaped inside double quotes for YAML (JSON leaves them raw). */
const UNSAFE_IN_QUOTES = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** One scalar, plain when that cannot be misread, else double-quoted with escapes. */
function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = String(value);
  if (PLAIN.test(s) && !RESERVED.test(s) && !s.endsWith(' ') && !s.includes(' -') && !s.includes("''")) return s;
  return JSON.stringify(s).replace(UNSAFE_IN_QUOTES, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Writes one export as JSON (two-space indent). */
export function toJson(doc: ArticleExport): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
