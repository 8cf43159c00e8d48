import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { getCampaignForEdit, listCampaignTagOptions } from "@/lib/campaigns/save-campaign.ts";
import { CAMPAIGN_STATUSES, PLATFORMS, dayInput, optionsOf } from "@/lib/records/choices.ts";
import { CampaignForm } from "@/components/forms/campaign-form.tsx";
import { updateCampaignAction } from "../../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit campaign" };

export default async function EditCampaignPage({ params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }] = await Promise.all([params, requirePageSession("records:write")]);
  const prisma = db();
  const [campaign, tags] = await Promise.all([getCampaignForEdit(prisma, slug), listCampaignTagOptions(prisma)]);
  if (!campaign) notFound();
  return (
    <>
      <h1>Edit {campaign.name}</h1>
      <CampaignForm
        action={updateCampaignAction}
        record={{
          id: campaign.id,
          name: campaign.name,
          slug: campaign.slug,
          summary: campaign.summary,
          status: campaign.status,
          firstSeenAt: dayInput(campaign.firstSeenAt),
          lastSeenAt: dayInput(campaign.lastSeenAt),
          targetIds: campaign.targets.map((link) => link.targetId),
          narrativeIds: campaign.narratives.map((link) => link.narrativeId),
          platforms: campaign.platforms.map((link) => link.platform),
          updatedAt: campaign.updatedAt.toISOString(),
        }}
        statuses={optionsOf(CAMPAIGN_STATUSES)}
        platforms={optionsOf(PLATFORMS)}
        targets={tags.targets}
        narratives={tags.narratives}
      />
    </>
  );
}
