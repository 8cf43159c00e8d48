import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { getCampaignRef, listCampaignOptions } from "@/lib/campaigns/campaign-options.ts";
import { listSourceOptions } from "@/lib/sources/list-sources.ts";
import { DATE_PRECISIONS, optionsOf } from "@/lib/records/choices.ts";
import { EventForm } from "@/components/forms/event-form.tsx";
import { createEventAction } from "../../../../events/actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage({ params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }] = await Promise.all([params, requirePageSession("records:write")]);
  const prisma = db();
  const [campaign, campaigns, sources] = await Promise.all([getCampaignRef(prisma, slug), listCampaignOptions(prisma), listSourceOptions(prisma)]);
  if (!campaign) notFound();
  return (
    <>
      <h1>New event for {campaign.name}</h1>
      <EventForm
        action={createEventAction}
        precisions={optionsOf(DATE_PRECISIONS)}
        campaigns={campaigns}
        sources={sources.map((source) => ({ value: source.id, label: source.label }))}
        initialCampaignId={campaign.id}
      />
    </>
  );
}
