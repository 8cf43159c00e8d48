import type { Metadata } from "next";
import { Suspense } from "react";
import { db } from "@/lib/db/client.ts";
import { requirePageSession, type SessionUser } from "@/lib/auth/session.ts";
import { readAuditQuery, type AuditFilters as Filters, type AuditFilterValues } from "@/lib/audit/audit-query.ts";
import { listAudit, listAuditFilterOptions } from "@/lib/audit/list-audit.ts";
import { AuditFilters } from "@/components/audit/audit-filters.tsx";
import { Pagination } from "@/components/pagination.tsx";
import { AuditTable } from "@/components/audit/audit-table.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

interface AuditPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const FILTER_LABELS: Record<string, string> = {
  userId: "user",
  entityType: "entity type",
  entityId: "entity id",
  action: "action",
  from: "from",
  to: "to",
  page: "page",
};

export default async function AuditPage({ searchParams }: AuditPageProps) {
  const [params, user] = await Promise.all([searchParams, requirePageSession("audit:read")]);
  const { filters, values, ignored } = readAuditQuery(params);
  const options = await listAuditFilterOptions(db(), user);
  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">Every change, sign-in and refused sign-in, newest first. The log is append-only: nobody can edit or delete it.</p>
      {ignored.length ? (
        <p className="notice" role="status" data-testid="audit-ignored">
          Ignored invalid {ignored.length === 1 ? "parameter" : "parameters"} ({[...new Set(ignored)].map((name) => FILTER_LABELS[name] ?? name).join(", ")});
          showing the log without {ignored.length === 1 ? "it" : "them"}.
        </p>
      ) : null}
      <AuditFilters values={values} options={options} />
      <Suspense key={JSON.stringify([values, filters.page])} fallback={<div className="skeleton" aria-busy="true" aria-label="Loading entries" />}>
        <AuditResults user={user} filters={filters} values={values} />
      </Suspense>
    </>
  );
}

async function AuditResults({ user, filters, values }: { user: SessionUser; filters: Filters; values: AuditFilterValues }) {
  const prisma = db();
  let result = await listAudit(prisma, user, filters);
  // A page past the end shows the last page rather than an empty table.
  if (result.page > result.pages) result = await listAudit(prisma, user, { ...filters, page: result.pages });
  return (
    <>
      <p data-testid="audit-total">
        {result.total.toLocaleString("en")} {result.total === 1 ? "entry" : "entries"}
      </p>
      <Pagination basePath="/audit" query={{ ...values }} page={result.page} pages={result.pages} label="Audit log pages" />
      <AuditTable entries={result.entries} />
      <Pagination basePath="/audit" query={{ ...values }} page={result.page} pages={result.pages} label="Audit log pages (bottom)" />
    </>
  );
}
