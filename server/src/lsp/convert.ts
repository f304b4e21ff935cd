/** Core data (UTF-16 offsets) to LSP types (line / character), and back. */
import { DiagnosticSeverity, type Position, type Range } from 'vscode-languageserver';
import type { LineIndex } from '../core/text';
import type { Severity, Span } from '../core/types';

/** A core span as an LSP range (line and UTF-16 character, as both count). */
export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

/** An LSP position as a core offset, clamped to the text. */
export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offset(position.line, position.character);
}

/** A core severity as LSP's diagnostic severity. */
export function toSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

/** True when the offset is inside the span or touches its end (the cursor just after a word). */
export function at(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end && span.end > span.start;
}

/** Shortens a text for a label: first `max` characters on one line, with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}
