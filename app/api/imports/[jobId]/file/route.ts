import { databaseProvider, db } from "@/lib/db/client.ts";
import { ValidationError } from "@/lib/errors.ts";
import { withRouteSession } from "@/lib/http/route-session.ts";
import { requireSameOrigin } from "@/lib/http/same-origin.ts";
import { readableStreamSource } from "@/lib/import/decode-utf8.ts";
import { runImportJob } from "@/lib/import/run-import-job.ts";

export const dynamic = "force-dynamic";
// A large file takes minutes; the body is read as a stream (proxy.ts leaves /api/imports alone,
// so Next does not buffer it).
export const maxDuration = 3600;

/**
 * PUT /api/imports/:id/file with the file as the body: imports it in committed batches and
 * answers the report. Only the user who registered the job may upload, once.
 */
export async function PUT(request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  return withRouteSession("records:write", async (user) => {
    requireSameOrigin(request);
    const { jobId } = await params;
    if (!request.body) throw new ValidationError("The request has no body: send the file as the body.");
    const report = await runImportJob(db(), databaseProvider(), user, jobId, readableStreamSource(request.body), request.signal);
    return Response.json({ jobId, ...report }, { status: report.error && report.outcome === "failed" ? 422 : 200 });
  });
}
