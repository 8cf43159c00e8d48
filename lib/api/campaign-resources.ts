import "server-only";
import type { z } from "zod";
import { getClaimRecord, listCampaignClaims } from "../attribution/claim-records.ts";
import { campaignIdOf } from "../campaigns/campaign-id.ts";
import { getCampaign, getCampaignPostStats } from "../campaigns/get-campaign.ts";
import { listCampaigns } from "../campaigns/list-campaigns.ts";
import type { PrismaClient } from "../db/client.ts";
import { NotFoundError } from "../errors.ts";
import { searchCampaignPosts } from "../posts/search-campaign-posts.ts";
import { pageCount } from "../validation/pagination.ts";
import type { postsQuery } from "./api-params.ts";
import { campaignDetailJson, campaignSummaryJson, claimJson, postJson } from "./presenters.ts";

/** The v1 API's read side: the dashboard's own queries, shaped by presenters.ts. */

export async function campaignsResource(prisma: PrismaClient) {
  const campaigns = await listCampaigns(prisma);
  return { campaigns: campaigns.map(campaignSummaryJson) };
}

export async function campaignResource(prisma: PrismaClient, slug: string) {
  const campaign = await getCampaign(prisma, slug);
  if (!campaign) throw new NotFoundError(`No campaign ${slug}.`);
  const stats = await getCampaignPostStats(prisma, campaign.id);
  return campaignDetailJson(campaign, stats);
}

export async function campaignPostsResource(prisma: PrismaClient, slug: string, query: z.infer<typeof postsQuery>) {
  const campaignId = await campaignIdOf(prisma, slug);
  const result = await searchCampaignPosts(prisma, campaignId, query.q, query.page, query.pageSize, {
    platform: query.platform,
    from: query.from,
    to: query.to,
  });
  return {
    campaign: slug,
    page: result.page,
    pageSize: result.pageSize,
    total: result.total,
    pageCount: pageCount(result.total, result.pageSize),
    posts: result.posts.map(postJson),
  };
}

export async function campaignClaimsResource(prisma: PrismaClient, slug: string) {
  const claims = await listCampaignClaims(prisma, slug);
  return { campaign: slug, attributions: claims.map(claimJson) };
}

export async function claimResource(prisma: PrismaClient, id: string) {
  return claimJson(await getClaimRecord(prisma, id));
}
