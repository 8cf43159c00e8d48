import { db } from "@/lib/db/client.ts";
import { withRouteSession } from "@/lib/http/route-session.ts";
import { importJobStatus } from "@/lib/import/run-import-job.ts";

export const dynamic = "force-dynamic";

/** GET /api/imports/:id: the job's progress, or its final counts and error. */
export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  return withRouteSession("records:write", async (user) => {
    const { jobId } = await params;
    return Response.json(await importJobStatus(db(), user, jobId), { headers: { "Cache-Control": "no-store" } });
  });
}
