import { campaignResource } from "@/lib/api/campaign-resources.ts";
import { withApiAuth } from "@/lib/api/api-route.ts";
import { db } from "@/lib/db/client.ts";

export const dynamic = "force-dynamic";

/** GET /api/v1/campaigns/{slug}: one campaign with its post statistics, networks, events, sources and claims. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withApiAuth(request, "dashboard:read", async () => Response.json(await campaignResource(db(), (await params).slug)));
}
