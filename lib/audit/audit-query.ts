import { z } from "zod";
import { pageParam } from "../validation/pagination.ts";

/** The `userId` filter value that selects entries written by the system (seed, command line). */
export const SYSTEM_USER_FILTER = "system";

/** What the audit log can be narrowed to. `to` is exclusive; `userId: null` means the system. */
export interface AuditFilters {
  userId?: string | null;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  page: number;
}

/** The filter values as the form shows them (strings, "" for none). */
export interface AuditFilterValues {
  userId: string;
  entityType: string;
  entityId: string;
  action: string;
  from: string;
  to: string;
}

export const AUDIT_FILTER_NAMES = ["userId", "entityType", "entityId", "action", "from", "to"] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

const token = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[\w.:@/-]+$/, "letters, digits and . : @ / _ - only");

/** A calendar day (the value of an `<input type="date">`), read as UTC midnight. */
const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    // Rejects impossible days (2024-02-31), which Date would roll over into March.
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "not a calendar date" });
      return z.NEVER;
    }
    return date;
  });

const fieldSchemas = {
  userId: token(64),
  entityType: token(64),
  entityId: token(128),
  action: token(100),
  from: day,
  to: day,
} as const;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads the audit page's searchParams. Each invalid filter is dropped (and named in
 * `ignored`, for a notice) rather than failing the page on a bad link; empty fields are
 * simply unset. Dates are whole UTC days, both ends included.
 */
export function readAuditQuery(searchParams: Record<string, string | string[] | undefined>): {
  filters: AuditFilters;
  values: AuditFilterValues;
  ignored: string[];
} {
  const ignored: string[] = [];
  const values: AuditFilterValues = { userId: "", entityType: "", entityId: "", action: "", from: "", to: "" };
  const parsed: Partial<Record<(typeof AUDIT_FILTER_NAMES)[number], string | Date>> = {};
  for (const name of AUDIT_FILTER_NAMES) {
    const raw = first(searchParams[name])?.trim();
    if (!raw) continue;
    const result = fieldSchemas[name].safeParse(raw);
    if (result.success) {
      parsed[name] = result.data;
      values[name] = raw;
    } else {
      ignored.push(name);
    }
  }
  let from = parsed.from instanceof Date ? parsed.from : undefined;
  let to = parsed.to instanceof Date ? new Date(parsed.to.getTime() + DAY_MS) : undefined;
  if (from && to && from >= to) {
    ignored.push("from", "to");
    values.from = "";
    values.to = "";
    from = undefined;
    to = undefined;
  }

  const rawPage = first(searchParams.page);
  const page = pageParam.parse(rawPage);
  if (rawPage !== undefined && rawPage.trim() !== "" && page !== Number(rawPage)) ignored.push("page");

  const userId = typeof parsed.userId === "string" ? parsed.userId : undefined;
  return {
    filters: {
      userId: userId === SYSTEM_USER_FILTER ? null : userId,
      entityType: typeof parsed.entityType === "string" ? parsed.entityType : undefined,
      entityId: typeof parsed.entityId === "string" ? parsed.entityId : undefined,
      action: typeof parsed.action === "string" ? parsed.action : undefined,
      from,
      to,
      page,
    },
    values,
    ignored,
  };
}
