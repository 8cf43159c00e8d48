import { z } from "zod";
import { Platform } from "../db/generated/sqlite/enums.ts";
import { ATTRIBUTION_STATUSES } from "../attribution/status.ts";
import { parseLeniently, pickParams } from "../validation/lenient-params.ts";
import { techniqueIdField } from "../disarm/technique-id.ts";

const slug = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,119}$/, "not a slug");
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD");

/** The overview's filters, all kept in the URL so a view can be shared and survives reload. */
export const overviewFilters = z
  .object({
    campaign: slug.optional(),
    actor: slug.optional(),
    status: z.enum(ATTRIBUTION_STATUSES).optional(),
    platform: z.enum(Object.values(Platform) as [Platform, ...Platform[]]).optional(),
    language: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "not a language tag").optional(),
    /** Inclusive first day (UTC). */
    from: isoDay.optional(),
    /** Inclusive last day (UTC). */
    to: isoDay.optional(),
    /** A DISARM technique id: campaigns tagged with it or any of its sub-techniques. */
    technique: techniqueIdField.optional(),
    split: z.enum(["campaign", "platform"]).default("campaign"),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { message: "from must not be after to", path: ["to"] })
  .refine((value) => !value.from || !Number.isNaN(Date.parse(value.from)), { message: "not a date", path: ["from"] })
  .refine((value) => !value.to || !Number.isNaN(Date.parse(value.to)), { message: "not a date", path: ["to"] });

export type OverviewFilters = z.infer<typeof overviewFilters>;

const KEYS = ["campaign", "actor", "status", "platform", "language", "from", "to", "technique", "split"] as const;

/**
 * Reads the filters from searchParams. Empty values mean "any". Each invalid parameter is
 * dropped on its own (the rest still apply) and named, so the page can say what it ignored.
 */
export function readOverviewFilters(
  searchParams: Record<string, string | string[] | undefined>,
  known: { techniques?: readonly string[] } = {},
): { filters: OverviewFilters; ignored: string[] } {
  const picked = pickParams(searchParams, KEYS);
  const unknownTechnique = picked.technique !== undefined && known.techniques !== undefined && !known.techniques.includes(picked.technique.toUpperCase());
  // Only ids DISARM defines (the whitelist the page passes) filter; anything else is ignored.
  if (unknownTechnique) delete picked.technique;
  const { data, ignored } = parseLeniently(overviewFilters, picked);
  return { filters: data, ignored: unknownTechnique ? ["technique", ...ignored] : ignored };
}

/** The date range as the volume query wants it: `to` becomes the exclusive start of the next day. */
export function filterRange(filters: OverviewFilters): { from?: Date; to?: Date } {
  return {
    from: filters.from ? new Date(`${filters.from}T00:00:00.000Z`) : undefined,
    to: filters.to ? new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + 86_400_000) : undefined,
  };
}

/** The URL query for a set of filters, leaving out defaults and empties. */
export function filtersQuery(filters: Partial<OverviewFilters>): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value && !(key === "split" && value === "campaign")) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
