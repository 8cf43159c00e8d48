import { db } from "@/lib/db/client.ts";
import { createImportJob } from "@/lib/import/import-jobs.ts";
import { withRouteSession } from "@/lib/http/route-session.ts";
import { requireSameOrigin } from "@/lib/http/same-origin.ts";
import { ValidationError } from "@/lib/errors.ts";

export const dynamic = "force-dynamic";

/**
 * POST /api/campaigns/:slug/imports {fileName, totalBytes, format, mapping?} registers an
 * upload and answers {id}; the file itself goes to PUT /api/imports/:id/file.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withRouteSession("records:write", async (user) => {
    requireSameOrigin(request);
    const { slug } = await params;
    let input: unknown;
    try {
      input = await request.json();
    } catch {
      throw new ValidationError("The body must be JSON.");
    }
    const job = await createImportJob(db(), user, slug, input);
    return Response.json(job, { status: 201 });
  });
}
