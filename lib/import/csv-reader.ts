import { decodeUtf8, type ByteSource } from "./decode-utf8.ts";
import { ImportFileError } from "./import-errors.ts";

/** One CSV record and the 1-based physical line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvReaderOptions {
  /** A field longer than this (in characters) stops the import: the file is probably broken. */
  maxFieldChars?: number;
}

export const DEFAULT_MAX_FIELD_CHARS = 1_000_000;

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

// Parser states.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote seen inside a quoted field: either the closing quote or the first of a pair. */
const QUOTE_IN_QUOTED = 3;

/**
 * Streams RFC 4180 records (comma-separated, quoted fields with doubled quotes, line breaks
 * inside quotes, CRLF or LF, optional BOM) from bytes, holding one chunk and the current
 * record in memory. Blank lines are skipped. Lenient where RFC 4180 is strict and no data
 * is lost: a quote inside an unquoted field, or text after a closing quote, is kept as is.
 * The header's single-column check catches files exported with ';' or tab separators.
 */
export async function* readCsvRecords(source: ByteSource, options: CsvReaderOptions = {}): AsyncGenerator<CsvRecord> {
  const maxField = options.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS;
  let state = FIELD_START;
  let field = "";
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  // After a CR, a LF belongs to the same line break.
  let afterCr = false;
  let isHeader = true;
  let previousChunkEndedWithCr = false;

  const tooLarge = () =>
    new ImportFileError("field-too-large", `a field is longer than ${maxField.toLocaleString("en")} characters`, recordLine);

  const finishRecord = (ready: CsvRecord[]) => {
    fields.push(field);
    field = "";
    const record = { line: recordLine, fields };
    fields = [];
    // A blank line is no record.
    if (record.fields.length === 1 && record.fields[0] === "") return;
    if (isHeader) {
      checkHeaderDelimiter(record);
      isHeader = false;
    }
    ready.push(record);
  };

  for await (const text of decodeUtf8(source)) {
    const ready: CsvRecord[] = [];
    let segment = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (afterCr) {
        afterCr = false;
        if (c === LF) {
          segment = i + 1;
          continue;
        }
      }
      switch (state) {
        case FIELD_START:
          if (fields.length === 0 && field === "") recordLine = line;
          if (c === QUOTE) {
            state = QUOTED;
            quoteLine = line;
            segment = i + 1;
          } else if (c === COMMA) {
            fields.push("");
            segment = i + 1;
          } else if (c === LF || c === CR) {
            finishRecord(ready);
            line++;
            afterCr = c === CR;
            segment = i + 1;
          } else {
            state = UNQUOTED;
            segment = i;
          }
          break;
        case UNQUOTED:
          if (c === COMMA || c === LF || c === CR) {
            field += text.slice(segment, i);
            if (field.length > maxField) throw tooLarge();
            segment = i + 1;
            state = FIELD_START;
            if (c === COMMA) {
              fields.push(field);
              field = "";
            } else {
              finishRecord(ready);
              line++;
              afterCr = c === CR;
            }
          }
          break;
        case QUOTED:
          if (c === QUOTE) {
            field += text.slice(segment, i);
            if (field.length > maxField) throw tooLarge();
            state = QUOTE_IN_QUOTED;
          } else if (c === LF) {
            // CRLF inside quotes is one line break, even when a chunk ends between the two.
            const previous = i > 0 ? text.charCodeAt(i - 1) === CR : previousChunkEndedWithCr;
            if (!previous) line++;
          } else if (c === CR) {
            line++;
          }
          break;
        case QUOTE_IN_QUOTED:
          if (c === QUOTE) {
            // A doubled quote: one literal quote, still inside the field.
            field += '"';
            state = QUOTED;
            segment = i + 1;
          } else if (c === COMMA) {
            fields.push(field);
            field = "";
            state = FIELD_START;
            segment = i + 1;
          } else if (c === LF || c === CR) {
            finishRecord(ready);
            line++;
            afterCr = c === CR;
            state = FIELD_START;
            segment = i + 1;
          } else {
            // Text after a closing quote: kept, as the field's continuation.
            state = UNQUOTED;
            segment = i;
          }
          break;
      }
    }
    if (state === UNQUOTED || state === QUOTED) {
      field += text.slice(segment);
      if (field.length > maxField) throw tooLarge();
    }
    previousChunkEndedWithCr = text.charCodeAt(text.length - 1) === CR;
    for (const record of ready) yield record;
  }

  if (state === QUOTED) {
    throw new ImportFileError(
      "truncated",
      `the file ends inside a quoted field opened on line ${quoteLine} (the file is truncated or a quote is unbalanced)`,
      quoteLine,
    );
  }
  if (state !== FIELD_START || fields.length > 0 || field !== "") {
    const ready: CsvRecord[] = [];
    finishRecord(ready);
    for (const record of ready) yield record;
  }
}

/** A header of one column holding ';' or a tab: the file uses another separator. */
function checkHeaderDelimiter(header: CsvRecord): void {
  if (header.fields.length !== 1) return;
  const only = header.fields[0] ?? "";
  const found = only.includes(";") ? "semicolon (;)" : only.includes("\t") ? "tab" : null;
  if (found) {
    throw new ImportFileError(
      "wrong-delimiter",
      `the header is separated by ${found}, not by commas: export the file as comma-separated CSV`,
      header.line,
    );
  }
}
