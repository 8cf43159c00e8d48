import { db } from "@/lib/db/client.ts";
import { withRouteSession } from "@/lib/http/route-session.ts";
import { requireSameOrigin } from "@/lib/http/same-origin.ts";
import { cancelImportJob } from "@/lib/import/run-import-job.ts";

export const dynamic = "force-dynamic";

/** POST /api/imports/:id/cancel: stops a running import after its current row. */
export async function POST(request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  return withRouteSession("records:write", async (user) => {
    requireSameOrigin(request);
    const { jobId } = await params;
    return Response.json(await cancelImportJob(db(), user, jobId));
  });
}
