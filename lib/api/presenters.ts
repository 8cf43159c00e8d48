import "server-only";
import { confidenceWords } from "../attribution/confidence.ts";
import type { ClaimRecord } from "../attribution/claim-records.ts";
import type { CampaignDetail, CampaignPostStats } from "../campaigns/get-campaign.ts";
import type { CampaignSummary } from "../campaigns/list-campaigns.ts";

/**
 * The API's JSON shapes (documented in openapi.ts): plain objects with ISO dates, internal
 * ids only where a client needs them to ask again (attributions), slugs elsewhere.
 */

const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

export function campaignSummaryJson(campaign: CampaignSummary) {
  return {
    slug: campaign.slug,
    name: campaign.name,
    summary: campaign.summary,
    status: campaign.status,
    targets: campaign.targets,
    postCount: campaign.postCount,
    syntheticPostCount: campaign.syntheticPostCount,
    firstPostAt: iso(campaign.firstPostAt),
    lastPostAt: iso(campaign.lastPostAt),
    platforms: campaign.platforms,
    claimCount: campaign.claimCount,
    leadingClaim: campaign.leadingClaim
      ? { ...campaign.leadingClaim, confidenceWords: confidenceWords(campaign.leadingClaim.confidence) }
      : null,
  };
}

interface SourceLike {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  publishedAt: Date | null;
}

function sourceJson(source: SourceLike & { kind?: string; reliability?: string | null; credibility?: number | null }) {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    publishedAt: iso(source.publishedAt),
    ...(source.kind === undefined ? {} : { kind: source.kind, reliability: source.reliability ?? null, credibility: source.credibility ?? null }),
  };
}

export function campaignDetailJson(campaign: CampaignDetail, stats: CampaignPostStats) {
  return {
    slug: campaign.slug,
    name: campaign.name,
    summary: campaign.summary,
    status: campaign.status,
    firstSeenAt: iso(campaign.firstSeenAt),
    lastSeenAt: iso(campaign.lastSeenAt),
    targets: campaign.targets.map((link) => ({ name: link.target.name, kind: link.target.kind })),
    narratives: campaign.narratives.map((link) => ({ slug: link.narrative.slug, statement: link.narrative.statement })),
    platforms: campaign.platforms.map((link) => link.platform),
    posts: {
      total: stats.total,
      synthetic: stats.synthetic,
      firstPostAt: iso(stats.firstPostAt),
      lastPostAt: iso(stats.lastPostAt),
      byPlatform: stats.byPlatform,
      languages: stats.languages,
    },
    networks: campaign.networks.map((link) => ({ slug: link.network.slug, name: link.network.name, accounts: link.network._count.accounts })),
    events: campaign.events.map((event) => ({
      occurredAt: event.occurredAt.toISOString(),
      datePrecision: event.datePrecision,
      title: event.title,
      description: event.description,
      sources: event.sources.map((link) => sourceJson(link.source)),
    })),
    sources: campaign.sources.map((link) => sourceJson(link.source)),
    attributions: campaign.attributions.map((claim) => ({
      id: claim.id,
      status: claim.status,
      confidence: claim.confidence,
      confidenceWords: confidenceWords(claim.confidence),
      actor: claim.actor.name,
      claimant: claim.claimant.name,
    })),
  };
}

export interface PostWithAccount {
  id: string;
  platform: string;
  platformPostId: string;
  url: string | null;
  text: string;
  language: string | null;
  postedAt: Date;
  likeCount: number;
  shareCount: number;
  replyCount: number;
  viewCount: number | null;
  isRepost: boolean;
  doctoredMedia: boolean;
  mediaHash: string | null;
  synthetic: boolean;
  account: { handle: string; displayName: string | null; synthetic: boolean } | null;
}

/** A post as data: its text is the campaign's (hostile) words, for clients to show as text only. */
export function postJson(post: PostWithAccount) {
  return {
    id: post.id,
    platform: post.platform,
    platformPostId: post.platformPostId,
    url: post.url,
    postedAt: post.postedAt.toISOString(),
    text: post.text,
    language: post.language,
    likes: post.likeCount,
    shares: post.shareCount,
    replies: post.replyCount,
    views: post.viewCount,
    isRepost: post.isRepost,
    doctoredMedia: post.doctoredMedia,
    mediaHash: post.mediaHash,
    synthetic: post.synthetic,
    account: post.account ? { handle: post.account.handle, displayName: post.account.displayName, synthetic: post.account.synthetic } : null,
  };
}

export function claimJson(claim: ClaimRecord) {
  return {
    id: claim.id,
    campaign: claim.campaign ? { slug: claim.campaign.slug, name: claim.campaign.name } : null,
    network: claim.network ? { slug: claim.network.slug, name: claim.network.name } : null,
    actor: claim.actor,
    claimant: claim.claimant,
    status: claim.status,
    confidence: claim.confidence,
    confidenceWords: confidenceWords(claim.confidence),
    rationale: claim.rationale,
    claimedAt: iso(claim.claimedAt),
    version: claim.version,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    sources: claim.sources.map((link) => sourceJson(link.source)),
    history: claim.history.map((change) => ({
      version: change.version,
      changedAt: change.changedAt.toISOString(),
      changedBy: change.changedBy?.name ?? null,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      fromConfidence: change.fromConfidence,
      toConfidence: change.toConfidence,
      rationale: change.rationale,
      sources: change.sources.map((link) => sourceJson(link.source)),
    })),
    responses: claim.responses.map((response) => ({
      actor: response.actor.name,
      spokesperson: response.spokesperson,
      stance: response.stance,
      statement: response.statement,
      statedAt: iso(response.statedAt),
      source: response.source ? sourceJson(response.source) : null,
    })),
  };
}
