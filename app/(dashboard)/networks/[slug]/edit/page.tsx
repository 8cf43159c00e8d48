import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { listCampaignOptions } from "@/lib/campaigns/campaign-options.ts";
import { getNetworkForEdit } from "@/lib/networks/save-network.ts";
import { NetworkForm } from "@/components/forms/network-form.tsx";
import { updateNetworkAction } from "../../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit network" };

export default async function EditNetworkPage({ params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }] = await Promise.all([params, requirePageSession("records:write")]);
  const prisma = db();
  const [network, campaigns] = await Promise.all([getNetworkForEdit(prisma, slug), listCampaignOptions(prisma)]);
  if (!network) notFound();
  return (
    <>
      <h1>Edit {network.name}</h1>
      <NetworkForm
        action={updateNetworkAction}
        campaigns={campaigns}
        record={{
          id: network.id,
          name: network.name,
          slug: network.slug,
          description: network.description ?? "",
          campaignIds: network.campaigns.map((link) => link.campaignId),
          updatedAt: network.updatedAt.toISOString(),
          members: network.accounts.map((link) => `${link.account.platform} @${link.account.handle}`),
          memberCount: network._count.accounts,
        }}
      />
    </>
  );
}
