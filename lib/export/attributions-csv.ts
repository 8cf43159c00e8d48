import "server-only";
import { confidenceWords } from "../attribution/confidence.ts";
import { claimsOfCampaign } from "../attribution/claim-records.ts";
import type { PrismaClient } from "../db/client.ts";

export const ATTRIBUTIONS_CSV_COLUMNS = [
  "id",
  "status",
  "confidence",
  "confidence_words",
  "actor",
  "actor_kind",
  "claimant",
  "claimant_kind",
  "network",
  "rationale",
  "claimed_at",
  "version",
  "last_changed_at",
  "last_changed_by",
  "sources",
  "source_urls",
  "responses",
] as const;

/** A campaign's claims, one row each; sources and answers joined with " | " (a campaign has tens of claims, not millions). */
export async function* campaignAttributionRows(prisma: PrismaClient, campaignId: string): AsyncGenerator<unknown[][]> {
  const claims = await claimsOfCampaign(prisma, campaignId);
  yield claims.map((claim) => {
    const last = claim.history[claim.history.length - 1];
    return [
      claim.id,
      claim.status,
      claim.confidence,
      confidenceWords(claim.confidence),
      claim.actor.name,
      claim.actor.kind,
      claim.claimant.name,
      claim.claimant.kind,
      claim.network?.name,
      claim.rationale,
      claim.claimedAt,
      claim.version,
      last?.changedAt ?? claim.updatedAt,
      last?.changedBy?.name,
      claim.sources.map((link) => `${link.source.publisher}: ${link.source.title}`).join(" | "),
      claim.sources.flatMap((link) => (link.source.url ? [link.source.url] : [])).join(" | "),
      claim.responses.map((response) => `${response.actor.name} (${response.stance}): ${response.statement}`).join(" | "),
    ];
  });
}
