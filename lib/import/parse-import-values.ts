/**
 * Parsers for the values of an import row. Each returns the value or a reason string; none
 * guesses: a date that is not in an accepted form, or does not exist, is refused.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

// 2024-05-01T12:30:00Z, 2024-05-01T12:30:00.123+02:00, 2024-05-01T12:30+0200 (ISO 8601 with a zone),
// and 2024-05-01 12:30[:00][.123] (taken as UTC; the X information-operations archives use it,
// some with a trailing +00:00 or UTC).
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:(T)|[ ])(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:\s?(Z|UTC|[+-]\d{2}:?\d{2}))?$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DATE_FORMATS_HELP =
  "ISO 8601 with Z or an offset (2024-05-01T12:30:00+02:00), or YYYY-MM-DD HH:MM[:SS] in UTC";

function utcOrNull(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const back = new Date(t);
  // Date.UTC rolls 31 April over to 1 May: a date that does not exist comes back different.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t;
}

/** A post's time. `allowDateOnly` accepts YYYY-MM-DD (midnight UTC), for account creation dates. */
export function parseImportDate(input: string, options: { allowDateOnly?: boolean } = {}): Parsed<Date> {
  const value = input.trim();
  if (options.allowDateOnly) {
    const d = DATE_ONLY.exec(value);
    if (d) {
      const t = utcOrNull(Number(d[1]), Number(d[2]), Number(d[3]));
      return t === null ? fail(`"${value}" is not a real date`) : ok(new Date(t));
    }
  }
  const m = DATE_TIME.exec(value);
  if (!m) return fail(`"${clip(value)}" is not a date in an accepted format (${DATE_FORMATS_HELP})`);
  const [, y, mo, d, tee, h, mi, s, frac, zone] = m;
  // ISO 8601's T form must say its zone: a bare local time is ambiguous.
  if (tee && !zone) return fail(`"${value}" has no time zone: add Z or an offset such as +02:00`);
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, "0")) : 0;
  const t = utcOrNull(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), ms);
  if (t === null) return fail(`"${value}" is not a real date and time`);
  let offsetMinutes = 0;
  if (zone && zone !== "Z" && zone !== "UTC") {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    const oh = Number(z?.[2]);
    const om = Number(z?.[3]);
    if (!z || oh > 14 || om > 59) return fail(`"${value}" has an impossible time zone offset`);
    offsetMinutes = (z[1] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  return ok(new Date(t - offsetMinutes * 60_000));
}

const MAX_INT = 2_147_483_647;

/** A non-negative whole count (likes, shares ...). Blank is `blank`; "12.0" is accepted as 12. */
export function parseCount<B>(input: unknown, blank: B): Parsed<number | B> {
  if (input === null || input === undefined) return ok(blank);
  if (typeof input === "number") {
    return Number.isInteger(input) && input >= 0 && input <= MAX_INT ? ok(input) : fail(`${input} is not a whole number ≥ 0`);
  }
  if (typeof input !== "string") return fail("is not a number");
  const value = input.trim();
  if (value === "") return ok(blank);
  if (!/^\d+(\.0+)?$/.test(value)) return fail(`"${clip(value)}" is not a whole number ≥ 0`);
  const n = Number.parseInt(value, 10);
  return n <= MAX_INT ? ok(n) : fail(`${value} is too large`);
}

const TRUE = new Set(["true", "1", "yes", "y", "t"]);
const FALSE = new Set(["false", "0", "no", "n", "f", ""]);

/** true/false, 1/0, yes/no in any case; blank is false. */
export function parseFlag(input: unknown): Parsed<boolean> {
  if (input === null || input === undefined) return ok(false);
  if (typeof input === "boolean") return ok(input);
  if (typeof input === "number" && (input === 0 || input === 1)) return ok(input === 1);
  if (typeof input !== "string") return fail("is not true or false");
  const value = input.trim().toLowerCase();
  if (TRUE.has(value)) return ok(true);
  if (FALSE.has(value)) return ok(false);
  return fail(`"${clip(value)}" is not true or false`);
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
