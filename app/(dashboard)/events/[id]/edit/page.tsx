import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { listCampaignOptions } from "@/lib/campaigns/campaign-options.ts";
import { listSourceOptions } from "@/lib/sources/list-sources.ts";
import { getEventForEdit } from "@/lib/events/save-event.ts";
import { DATE_PRECISIONS, dayInput, optionsOf } from "@/lib/records/choices.ts";
import { EventForm } from "@/components/forms/event-form.tsx";
import { updateEventAction } from "../../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }] = await Promise.all([params, requirePageSession("records:write")]);
  const prisma = db();
  const [event, campaigns, sources] = await Promise.all([getEventForEdit(prisma, id), listCampaignOptions(prisma), listSourceOptions(prisma)]);
  if (!event) notFound();
  return (
    <>
      <h1>Edit event</h1>
      <EventForm
        action={updateEventAction}
        precisions={optionsOf(DATE_PRECISIONS)}
        campaigns={campaigns}
        sources={sources.map((source) => ({ value: source.id, label: source.label }))}
        record={{
          id: event.id,
          occurredAt: dayInput(event.occurredAt),
          datePrecision: event.datePrecision,
          title: event.title,
          description: event.description ?? "",
          location: event.location ?? "",
          campaignId: event.campaignId ?? "",
          sourceIds: event.sources.map((link) => link.sourceId),
        }}
      />
    </>
  );
}
