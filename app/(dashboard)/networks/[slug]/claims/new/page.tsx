import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { getNetworkForEdit } from "@/lib/networks/save-network.ts";
import { listActorOptions } from "@/lib/actors/list-actors.ts";
import { listBodyOptions } from "@/lib/bodies/list-bodies.ts";
import { listSourceOptions } from "@/lib/sources/list-sources.ts";
import { ClaimForm } from "@/components/forms/claim-form.tsx";
import { proposeClaimAction } from "../../../../campaigns/actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New attribution claim" };

export default async function NewNetworkClaimPage({ params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }] = await Promise.all([params, requirePageSession("attribution:propose")]);
  const prisma = db();
  const [network, actors, bodies, sources] = await Promise.all([getNetworkForEdit(prisma, slug), listActorOptions(prisma), listBodyOptions(prisma), listSourceOptions(prisma)]);
  if (!network) notFound();
  return (
    <>
      <h1>New attribution claim on the network {network.name}</h1>
      <p className="muted">The claim is recorded as suspected. Editors change its status and confidence afterwards.</p>
      <ClaimForm
        action={proposeClaimAction}
        subject={{ field: "networkId", id: network.id, slug: network.slug }}
        actors={actors}
        bodies={bodies}
        sources={sources.map((source) => ({ value: source.id, label: source.label }))}
      />
    </>
  );
}
