import { campaignClaimsResource } from "@/lib/api/campaign-resources.ts";
import { withApiAuth } from "@/lib/api/api-route.ts";
import { db } from "@/lib/db/client.ts";

export const dynamic = "force-dynamic";

/** GET /api/v1/campaigns/{slug}/attributions: the claims with their sources, full history and the answers to them. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withApiAuth(request, "dashboard:read", async () => Response.json(await campaignClaimsResource(db(), (await params).slug)));
}
