import "server-only";
import { z } from "zod";
import { Platform } from "../db/generated/sqlite/enums.ts";
import { databaseProvider, type PrismaClient } from "../db/client.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { bucketUnitSchema } from "./time-buckets.ts";
import { getVolumeSeries, type VolumeSeries } from "./volume-series.ts";
import { parseLeniently, pickParams } from "../validation/lenient-params.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A range bound: an ISO instant, or a bare day (UTC). A bare `to` day is inclusive, so it
 * means the next midnight; instants are taken as given (`from` inclusive, `to` exclusive).
 */
export function rangeBound(end: "from" | "to") {
  return z
    .string()
    .trim()
    .transform((text, context) => {
      const time = DAY.test(text) ? Date.parse(`${text}T00:00:00.000Z`) + (end === "to" ? 86_400_000 : 0) : Date.parse(text);
      if (Number.isNaN(time)) {
        context.addIssue({ code: "custom", message: "use YYYY-MM-DD or an ISO date-time" });
        return z.NEVER;
      }
      return new Date(time);
    });
}

export const CAMPAIGN_VOLUME_PARAMS = ["bucket", "split", "platform", "language", "from", "to"] as const;

/** Query parameters of a campaign's volume series, as the route and the page read them. */
export const campaignVolumeQuery = z
  .object({
    bucket: bucketUnitSchema.optional(),
    split: z.enum(["platform", "none"]).default("platform"),
    platform: z.enum(Object.values(Platform) as [Platform, ...Platform[]]).optional(),
    language: z.string().trim().min(1).max(35).optional(),
    from: rangeBound("from").optional(),
    to: rangeBound("to").optional(),
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
 * For pages: the volume query from the URL. Each invalid parameter is dropped on its own and
 * named (the page shows a notice) instead of failing on a bad link.
 */
export function readCampaignVolumeQuery(searchParams: Record<string, string | string[] | undefined>): {
  query: CampaignVolumeQuery;
  /** The accepted parameters as given, to repeat in links (the CSV/JSON of the same view). */
  accepted: Record<string, string>;
  ignored: string[];
} {
  const { data, accepted, ignored } = parseLeniently(campaignVolumeQuery, pickParams(searchParams, CAMPAIGN_VOLUME_PARAMS));
  return { query: data, accepted, ignored };
}
