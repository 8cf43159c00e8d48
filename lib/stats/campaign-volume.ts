import "server-only";
import { z } from "zod";
import { Platform } from "../db/generated/sqlite/enums.ts";
import { databaseProvider, type PrismaClient } from "../db/client.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { bucketUnitSchema } from "./time-buckets.ts";
import { getVolumeSeries, type VolumeSeries } from "./volume-series.ts";

/** Query parameters of a campaign's volume series, as the route and the page read them. */
export const campaignVolumeQuery = z
  .object({
    bucket: bucketUnitSchema.optional(),
    split: z.enum(["platform", "none"]).default("platform"),
    platform: z.enum(Object.values(Platform) as [Platform, ...Platform[]]).optional(),
    language: z.string().trim().min(1).max(35).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
  })
  .refine((value) => !value.from || !value.to || value.from < value.to, { message: "from must be before to", path: ["to"] });

export type CampaignVolumeQuery = z.infer<typeof campaignVolumeQuery>;

export function parseCampaignVolumeQuery(params: URLSearchParams): CampaignVolumeQuery {
  const parsed = campaignVolumeQuery.safeParse(Object.fromEntries([...params.entries()].filter(([key]) => key !== "format")));
  if (!parsed.success) throw new ValidationError("Invalid query parameters", z.flattenError(parsed.error).fieldErrors);
  return parsed.data;
}

/** A campaign's post volume, bucketed and split as asked; throws NotFound for an unknown slug. */
export async function getCampaignVolume(prisma: PrismaClient, slug: string, query: CampaignVolumeQuery): Promise<VolumeSeries & { campaign: string }> {
  const campaign = await prisma.campaign.findUnique({ where: { slug }, select: { id: true } });
  if (!campaign) throw new NotFoundError(`No campaign ${slug}`);
  const series = await getVolumeSeries(prisma, databaseProvider(), {
    campaignId: campaign.id,
    platform: query.platform,
    language: query.language,
    from: query.from,
    to: query.to,
    unit: query.bucket,
    splitBy: query.split === "platform" ? "platform" : null,
  });
  return { campaign: slug, ...series };
}

/**
 * For pages: the volume query from the URL, falling back to defaults (with the names of the
 * parameters it ignored, to show a notice) instead of failing on a bad link.
 */
export function readCampaignVolumeQuery(searchParams: Record<string, string | string[] | undefined>): { query: CampaignVolumeQuery; ignored: string[] } {
  const raw = Object.fromEntries(
    Object.entries(searchParams)
      .filter(([key]) => ["bucket", "split", "platform", "language", "from", "to"].includes(key))
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = campaignVolumeQuery.safeParse(raw);
  if (parsed.success) return { query: parsed.data, ignored: [] };
  return { query: campaignVolumeQuery.parse({}), ignored: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))] };
}
