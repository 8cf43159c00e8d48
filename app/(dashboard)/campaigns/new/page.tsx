import type { Metadata } from "next";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { listCampaignTagOptions } from "@/lib/campaigns/save-campaign.ts";
import { CAMPAIGN_STATUSES, PLATFORMS, optionsOf } from "@/lib/records/choices.ts";
import { CampaignForm } from "@/components/forms/campaign-form.tsx";
import { createCampaignAction } from "../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  await requirePageSession("records:write");
  const tags = await listCampaignTagOptions(db());
  return (
    <>
      <h1>New campaign</h1>
      <CampaignForm action={createCampaignAction} statuses={optionsOf(CAMPAIGN_STATUSES)} platforms={optionsOf(PLATFORMS)} targets={tags.targets} narratives={tags.narratives} />
    </>
  );
}
