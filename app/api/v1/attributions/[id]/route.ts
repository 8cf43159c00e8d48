import { claimResource } from "@/lib/api/campaign-resources.ts";
import { withApiAuth } from "@/lib/api/api-route.ts";
import { db } from "@/lib/db/client.ts";

export const dynamic = "force-dynamic";

/** GET /api/v1/attributions/{id}: one claim with its sources, full history and answers. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withApiAuth(request, "dashboard:read", async () => Response.json(await claimResource(db(), (await params).id)));
}
