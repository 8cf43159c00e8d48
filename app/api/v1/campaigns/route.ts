import { campaignsResource } from "@/lib/api/campaign-resources.ts";
import { withApiAuth } from "@/lib/api/api-route.ts";
import { db } from "@/lib/db/client.ts";

export const dynamic = "force-dynamic";

/** GET /api/v1/campaigns: every campaign with its post and claim counts. */
export async function GET(request: Request) {
  return withApiAuth(request, "dashboard:read", async () => Response.json(await campaignsResource(db())));
}
