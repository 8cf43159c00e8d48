import type { Metadata } from "next";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { listCampaignOptions } from "@/lib/campaigns/campaign-options.ts";
import { NetworkForm } from "@/components/forms/network-form.tsx";
import { createNetworkAction } from "../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New network" };

export default async function NewNetworkPage() {
  await requirePageSession("records:write");
  const campaigns = await listCampaignOptions(db());
  return (
    <>
      <h1>New network</h1>
      <NetworkForm action={createNetworkAction} campaigns={campaigns} />
    </>
  );
}
