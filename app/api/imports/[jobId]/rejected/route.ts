import { db } from "@/lib/db/client.ts";
import { withRouteSession } from "@/lib/http/route-session.ts";
import { getImportJob, rejectedRowsCsv } from "@/lib/import/import-jobs.ts";

export const dynamic = "force-dynamic";

/** GET /api/imports/:id/rejected: the rejected rows (line, field, reason, raw) as CSV. */
export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  return withRouteSession("records:write", async (user) => {
    const { jobId } = await params;
    const job = await getImportJob(db(), user, jobId);
    const name = `${job.fileName.replace(/\.[^.]*$/, "").replace(/[^\w.-]+/g, "_")}-rejected.csv`;
    return new Response(rejectedRowsCsv(db(), jobId), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
