/**
 * CSV as spreadsheets read it (RFC 4180). Cells that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR at the start) are prefixed with an apostrophe: exported data can hold
 * text written by the campaigns we track.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV lines, each ending in CRLF (empty string for no rows). */
export function csvLines(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return csvLines([header, ...rows]);
}
