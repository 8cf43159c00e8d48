import { parseQuery, postsQuery } from "@/lib/api/api-params.ts";
import { campaignPostsResource } from "@/lib/api/campaign-resources.ts";
import { withApiAuth } from "@/lib/api/api-route.ts";
import { db } from "@/lib/db/client.ts";

export const dynamic = "force-dynamic";

/** GET /api/v1/campaigns/{slug}/posts?page=&pageSize=&platform=&from=&to=&q= (newest first). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withApiAuth(request, "dashboard:read", async () => {
    const query = parseQuery(postsQuery, new URL(request.url).searchParams);
    return Response.json(await campaignPostsResource(db(), (await params).slug, query));
  });
}
