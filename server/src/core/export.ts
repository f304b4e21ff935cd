/**
 * The export file, contract `article-annotations/1`: the one place where the core's UTF-16
 * offsets become code points, and where field names of the public format are written.
 *
 * Field names are public interface: add fields freely, never rename or drop one without
 * bumping the schema version.
 */
import { createHash } from 'node:crypto';
import { Document, isMap, isSeq, visit, type Node } from 'yaml';
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

/**
 * Writes one export as YAML. Strings that a YAML 1.1 reader (PyYAML) would take for dates,
 * booleans or numbers are quoted, so every ISO value reads back as a string. Small
 * records (mentions, dates, tags, problems, cues) are written in flow style, one per line.
 */
export function toYaml(doc: ArticleExport): string {
  const yaml = new Document(doc, { version: '1.1' });
  visit(yaml, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown })?.value ?? '');
      const value = pair.value as Node | null;
      if (key === 'cue' && isMap(value)) value.flow = true;
      if (key === 'generator' && isMap(value)) value.flow = true;
      if (key === 'aliases' || key === 'links') {
        if (isSeq(value)) value.flow = true;
      }
      if (FLOW_ITEMS.has(key) && isSeq(value)) {
        for (const item of value.items) if (isMap(item)) item.flow = true;
      }
    },
  });
  return yaml.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Writes one export as JSON (two-space indent). */
export function toJson(doc: ArticleExport): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
