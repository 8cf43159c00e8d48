import { z } from "zod";
import { databaseProvider, db } from "@/lib/db/client.ts";
import { withRouteSession } from "@/lib/http/route-session.ts";
import { getOverviewVolume } from "@/lib/dashboard/get-overview.ts";
import { overviewFilters } from "@/lib/dashboard/overview-filters.ts";
import { ValidationError } from "@/lib/errors.ts";
import { volumeResponse } from "@/lib/stats/volume-response.ts";

export const dynamic = "force-dynamic";

/** GET /api/volume?campaign=&platform=&language=&from=&to=&split=campaign|platform&format=csv|json — the overview's volume chart. */
export async function GET(request: Request) {
  return withRouteSession("export:read", async () => {
    const url = new URL(request.url);
    const raw = Object.fromEntries([...url.searchParams.entries()].filter(([key, value]) => key !== "format" && value !== ""));
    const parsed = overviewFilters.safeParse(raw);
    if (!parsed.success) throw new ValidationError("Invalid query parameters", z.flattenError(parsed.error).fieldErrors);
    const volume = await getOverviewVolume(db(), databaseProvider(), parsed.data);
    return volumeResponse(volume, url.searchParams.get("format"), `volume-by-${parsed.data.split}-${volume.unit}`);
  });
}
