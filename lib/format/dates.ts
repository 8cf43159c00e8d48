import type { DatePrecision } from "../db/generated/sqlite/enums.ts";

// Everything is shown in UTC (and labelled so): posts from many time zones must line up.
const DAY = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
const MONTH = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "long", year: "numeric" });
const TIME = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** A date as precisely as it is known: "15 May 2024", "May 2024", "Q4 2023", "2023". */
export function formatDate(date: Date, precision: DatePrecision = "day"): string {
  switch (precision) {
    case "year":
      return String(date.getUTCFullYear());
    case "quarter":
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
    case "month":
      return MONTH.format(date);
    default:
      return DAY.format(date);
  }
}

/** "15 May 2024, 14:05 UTC". */
export function formatDateTime(date: Date): string {
  return `${DAY.format(date)}, ${TIME.format(date)} UTC`;
}

/** "15 May 2024 – 19 May 2024", or one date when both fall on the same day; "—" when unknown. */
export function formatDateSpan(from: Date | null, to: Date | null): string {
  if (!from || !to) return "—";
  const start = formatDate(from);
  const end = formatDate(to);
  return start === end ? start : `${start} – ${end}`;
}
