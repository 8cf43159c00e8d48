import "server-only";
import type { Prisma, PrismaClient } from "../db/client.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { PAGE_SIZE, pageCount } from "../validation/pagination.ts";
import type { AuditFilters } from "./audit-query.ts";

export interface AuditListEntry {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  /** JSON text as written; shown as text, never as HTML. */
  before: string | null;
  after: string | null;
  /** Null for the system (seed, migrations, command line) or a user since removed. */
  user: { id: string; name: string; email: string } | null;
  userId: string | null;
}

export interface AuditPage {
  entries: AuditListEntry[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

function whereOf(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filters.from) at.gte = filters.from;
  if (filters.to) at.lt = filters.to;
  return {
    ...(filters.userId !== undefined ? { userId: filters.userId } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from || filters.to ? { at } : {}),
  };
}

/**
 * One page of the audit log, newest first, with the total matching the filters. Read-only:
 * the audit log is append-only and nothing in the app updates or deletes it.
 */
export async function listAudit(prisma: PrismaClient, principal: Principal | null | undefined, filters: AuditFilters, pageSize = PAGE_SIZE): Promise<AuditPage> {
  requirePermission(principal, "audit:read");
  const where = whereOf(filters);
  const page = Math.max(1, Math.trunc(filters.page) || 1);
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  return { entries: rows, total, page, pages: pageCount(total, pageSize), pageSize };
}

/** The values the filter form offers: actions and entity types in use, and every user. */
export async function listAuditFilterOptions(prisma: PrismaClient, principal: Principal | null | undefined) {
  requirePermission(principal, "audit:read");
  const [actions, entityTypes, users] = await Promise.all([
    prisma.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    prisma.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    prisma.user.findMany({ orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } }),
  ]);
  return { actions: actions.map((row) => row.action), entityTypes: entityTypes.map((row) => row.entityType), users };
}
