import { decodeUtf8, type ByteSource } from "./decode-utf8.ts";
import { ImportFileError } from "./import-errors.ts";

/** One NDJSON line: its parsed value, or why it could not be parsed. */
export type NdjsonLine =
  | { line: number; ok: true; value: unknown; raw: string }
  | { line: number; ok: false; reason: string; raw: string };

export const DEFAULT_MAX_LINE_CHARS = 1_000_000;

/**
 * Streams newline-delimited JSON, one value per line (LF or CRLF), blank lines skipped.
 * A line that is not JSON is returned as a failure with its line number (the importer
 * rejects that row and goes on); a line over the limit stops the import.
 */
export async function* readNdjsonLines(source: ByteSource, options: { maxLineChars?: number } = {}): AsyncGenerator<NdjsonLine> {
  const maxLine = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  let pending = "";
  let line = 0;
  const parse = (text: string, at: number): NdjsonLine | null => {
    const trimmed = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (trimmed.trim() === "") return null;
    try {
      return { line: at, ok: true, value: JSON.parse(trimmed), raw: trimmed };
    } catch (error) {
      return { line: at, ok: false, reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`, raw: trimmed };
    }
  };
  for await (const text of decodeUtf8(source)) {
    pending += text;
    let start = 0;
    let end: number;
    const ready: NdjsonLine[] = [];
    while ((end = pending.indexOf("\n", start)) !== -1) {
      line++;
      if (end - start > maxLine) throw new ImportFileError("line-too-long", `a line is longer than ${maxLine.toLocaleString("en")} characters`, line);
      const parsed = parse(pending.slice(start, end), line);
      if (parsed) ready.push(parsed);
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxLine) throw new ImportFileError("line-too-long", `a line is longer than ${maxLine.toLocaleString("en")} characters`, line + 1);
    for (const item of ready) yield item;
  }
  if (pending !== "") {
    const parsed = parse(pending, line + 1);
    if (parsed) yield parsed;
  }
}
