/**
 * Turning a file's bytes into an article's text, or a clear reason why not. Used by the CLI
 * and by the server when it reads files that are not open in the editor.
 */

/** Articles above this size are refused: news articles are kilobytes, not megabytes. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

export type DecodedArticle =
  { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; reason: string };

/**
 * Decodes an article. UTF-8 (a byte-order mark is kept as U+FEFF, as Python's `utf-8` codec
 * keeps it, so offsets agree); bytes that are not UTF-8 are read as Windows-1252, the usual
 * legacy encoding of Western news archives. Binary content (NUL bytes) and oversized files
 * are refused with a reason.
 */
export function decodeArticle(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): DecodedArticle {
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      reason: `file is too large (${(bytes.length / 1048576).toFixed(1)} MiB; the limit is ${(maxBytes / 1048576).toFixed(0)} MiB)`,
    };
  }
  const probe = bytes.subarray(0, Math.min(bytes.length, 65536));
  if (probe.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not an article' };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
