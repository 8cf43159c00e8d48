/**
 * A problem with the file as a whole (bad header, truncated, invalid UTF-8, wrong delimiter,
 * an oversized field): the import stops and nothing is stored. Row problems are not errors:
 * they are reported as rejected rows and the import goes on.
 */
export type ImportFileErrorCode =
  | "invalid-utf8"
  | "truncated"
  | "wrong-delimiter"
  | "field-too-large"
  | "line-too-long"
  | "missing-columns"
  | "empty-file"
  | "bad-mapping"
  | "read-failed";

export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
    /** 1-based physical line where the problem was found, when known. */
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = "ImportFileError";
  }
}
