/**
 * A post form gives the wall-clock time it was posted (datetime-local: 2024-05-17T14:05) and
 * the time zone it was read in: "UTC", an offset (+02:00) or an IANA zone (Europe/Paris).
 * This turns them into the ISO 8601 text with an offset that the importer's date rule accepts,
 * so a form post and an imported post are validated by the same code.
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

export type PostedAtResult = { ok: true; value: string } | { ok: false; field: "posted_at" | "posted_at_zone"; reason: string };

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** The zone's offset from UTC, in minutes, at an instant. */
function offsetAt(timeZone: string, at: number): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(new Date(at))
    .find((part) => part.type === "timeZoneName")?.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? "");
  if (!m || !m[1]) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function combinePostedAt(local: string, zone: string): PostedAtResult {
  const time = local.trim();
  const tz = zone.trim() || "UTC";
  if (time === "") return { ok: false, field: "posted_at", reason: "Posted at is required" };
  const m = LOCAL.exec(time);
  if (!m) return { ok: false, field: "posted_at", reason: `"${time.slice(0, 40)}" is not a date and time (YYYY-MM-DDTHH:MM)` };
  const seconds = m[6] ?? "00";
  const wall = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${seconds}`;
  if (tz === "UTC" || tz === "Z") return { ok: true, value: `${wall}Z` };
  if (OFFSET.test(tz)) return { ok: true, value: `${wall}${tz}` };
  if (!isKnownTimeZone(tz)) return { ok: false, field: "posted_at_zone", reason: `"${tz.slice(0, 60)}" is not a time zone (UTC, +02:00 or Europe/Paris)` };
  // The wall time read as UTC, corrected by the zone's offset; recomputed once for DST edges.
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(seconds));
  if (Number.isNaN(asUtc)) return { ok: false, field: "posted_at", reason: `"${time}" is not a real date and time` };
  const first = offsetAt(tz, asUtc);
  const offset = offsetAt(tz, asUtc - first * 60_000);
  return { ok: true, value: `${wall}${formatOffset(offset)}` };
}
