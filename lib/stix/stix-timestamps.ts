import "server-only";

/** STIX timestamps are RFC 3339 in UTC with a `Z`; any number of fraction digits is allowed. */
export const STIX_TIMESTAMP_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?Z$/;

/** Exports always write milliseconds: `2024-05-15T10:00:00.000Z`. */
export function toStixTimestamp(date: Date): string {
  return date.toISOString();
}

/** Reads a STIX timestamp; finer fractions than milliseconds are truncated (the databases keep ms). */
export function parseStixTimestamp(value: string): Date {
  const match = STIX_TIMESTAMP_PATTERN.exec(value);
  if (!match) throw new Error(`not a STIX timestamp: ${value}`);
  const fraction = (match[5] ?? "").slice(1, 4).padEnd(3, "0");
  const whole = value.replace(/(\.\d+)?Z$/, "");
  const date = new Date(`${whole}.${fraction}Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`not a valid date: ${value}`);
  return date;
}

/** The later of two dates (STIX requires modified >= created). */
export function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
