import { createApiToken } from "@/lib/api-tokens/manage-tokens.ts";
import { ROLES, type Principal, type Role } from "@/lib/auth/permissions.ts";
import { disconnectDb, type PrismaClient } from "@/lib/db/client.ts";
import type { DatabaseTarget } from "@/lib/db/database-url.ts";

/**
 * For tests that call route handlers (app/api/.../route.ts) directly: the handlers use db(),
 * which reads DATABASE_URL once per process, so point it at the test database and drop the
 * cached client.
 */
export async function pointRoutesAt(target: DatabaseTarget): Promise<void> {
  await disconnectDb();
  process.env.DATABASE_URL = target.url;
}

export interface ApiWorld {
  tag: string;
  users: Record<Role, Principal>;
  /** A live token per role. */
  tokens: Record<Role, string>;
  campaignSlug: string;
  emptyCampaignSlug: string;
  claimId: string;
  postCount: number;
}

let run = 0;

/** Users of every role with a token each, a campaign with accounts, posts (one formula-looking), a claim with history, sources and a denial. */
export async function createApiWorld(prisma: PrismaClient): Promise<ApiWorld> {
  run += 1;
  const tag = `w${run}${Math.random().toString(36).slice(2, 6)}`;
  const users = {} as Record<Role, Principal>;
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    const user = await prisma.user.create({ data: { email: `${role}-${tag}@api.test`, name: `${role} ${tag}`, role } });
    users[role] = { userId: user.id, role };
    tokens[role] = (await createApiToken(prisma, users[role], { name: `${role} token`, expiresInDays: "" })).secret;
  }
  const campaign = await prisma.campaign.create({ data: { slug: `alpha-${tag}`, name: "Alpha", summary: "A test campaign", status: "active" } });
  const empty = await prisma.campaign.create({ data: { slug: `empty-${tag}`, name: "Empty", summary: "No posts yet" } });
  const target = await prisma.target.create({ data: { name: `France ${tag}`, kind: "country" } });
  await prisma.campaignTarget.create({ data: { campaignId: campaign.id, targetId: target.id } });
  await prisma.campaignPlatform.create({ data: { campaignId: campaign.id, platform: "x" } });
  const source = await prisma.source.create({ data: { title: "Report", publisher: "Viginum", kind: "government_statement", url: "https://example.org/report", publishedAt: new Date("2024-06-01T00:00:00Z"), reliability: "B", credibility: 2 } });
  const denial = await prisma.source.create({ data: { title: "Denial", publisher: "MFA", kind: "government_statement" } });
  await prisma.campaignSource.create({ data: { campaignId: campaign.id, sourceId: source.id } });
  const network = await prisma.network.create({ data: { slug: `net-${tag}`, name: "Network" } });
  await prisma.campaignNetwork.create({ data: { campaignId: campaign.id, networkId: network.id } });
  await prisma.event.create({ data: { campaignId: campaign.id, occurredAt: new Date("2024-05-15T00:00:00Z"), title: "Image spreads" } });

  const accountA = await prisma.account.create({ data: { platform: "x", handle: `alice_${tag}`, displayName: "Alice", followers: 10, platformAccountId: "100", accountCreatedAt: new Date("2020-01-01T00:00:00Z") } });
  const accountB = await prisma.account.create({ data: { platform: "facebook", handle: `bob_${tag}`, displayName: "=HYPERLINK(\"http://evil\")" } });
  await prisma.networkAccount.create({ data: { networkId: network.id, accountId: accountA.id } });
  const texts = ["Boycott the Paris Olympics", "=cmd|' /C calc'!A0", "Line one\nline two, with \"quotes\"", "-1+2", "@SUM(A1:A2)", "plain"];
  for (const [index, text] of texts.entries()) {
    await prisma.post.create({
      data: {
        campaignId: campaign.id,
        platform: index % 2 === 0 ? "x" : "facebook",
        platformPostId: `${tag}-${index}`,
        accountId: index % 2 === 0 ? accountA.id : accountB.id,
        text,
        language: index === 5 ? null : "fr",
        postedAt: new Date(Date.UTC(2024, 4, 15 + index, 8, 0, 0)),
        url: index === 0 ? `https://x.com/alice/status/${tag}` : null,
        likeCount: index,
        shareCount: 2 * index,
        replyCount: 1,
        viewCount: index === 1 ? null : 100 * index,
        isRepost: index === 3,
        doctoredMedia: index === 0,
        mediaHash: index === 0 ? "abcdef0123" : null,
      },
    });
  }

  const actor = await prisma.actor.create({ data: { slug: `az-${tag}`, name: "Azerbaijan", kind: "state", country: "AZ" } });
  const body = await prisma.investigatingBody.create({ data: { slug: `viginum-${tag}`, name: "Viginum", kind: "government_agency" } });
  const claim = await prisma.attribution.create({
    data: { campaignId: campaign.id, actorId: actor.id, claimantId: body.id, confidence: 60, status: "assessed", rationale: "Infrastructure overlap", version: 2, claimedAt: new Date("2024-06-01T00:00:00Z") },
  });
  await prisma.attributionSource.create({ data: { attributionId: claim.id, sourceId: source.id } });
  await prisma.attributionChange.create({ data: { attributionId: claim.id, version: 1, changedAt: new Date("2024-06-01T00:00:00Z"), toStatus: "suspected", toConfidence: 40, rationale: "Reported" } });
  const change = await prisma.attributionChange.create({
    data: { attributionId: claim.id, version: 2, changedById: users.editor.userId, changedAt: new Date("2024-06-10T00:00:00Z"), fromStatus: "suspected", toStatus: "assessed", fromConfidence: 40, toConfidence: 60, rationale: "Second report" },
  });
  await prisma.attributionChangeSource.create({ data: { changeId: change.id, sourceId: source.id } });
  await prisma.claimResponse.create({ data: { attributionId: claim.id, actorId: actor.id, stance: "strongly_disagree", statement: "Baseless", sourceId: denial.id } });

  return { tag, users, tokens, campaignSlug: campaign.slug, emptyCampaignSlug: empty.slug, claimId: claim.id, postCount: texts.length };
}

/** A GET/POST request to the app's route with a bearer token. */
export function apiRequest(path: string, token: string | null, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (token !== null) headers.set("authorization", `Bearer ${token}`);
  return new Request(`http://localhost${path}`, { ...init, headers, ...(init.body ? { duplex: "half" } : {}) } as RequestInit);
}

export const params = <P extends Record<string, string>>(value: P) => ({ params: Promise.resolve(value) });
