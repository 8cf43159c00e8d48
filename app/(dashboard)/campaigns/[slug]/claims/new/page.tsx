import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { getCampaignRef } from "@/lib/campaigns/campaign-options.ts";
import { listActorOptions } from "@/lib/actors/list-actors.ts";
import { listBodyOptions } from "@/lib/bodies/list-bodies.ts";
import { listSourceOptions } from "@/lib/sources/list-sources.ts";
import { ClaimForm } from "@/components/forms/claim-form.tsx";
import { proposeClaimAction } from "../../../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New attribution claim" };

export default async function NewClaimPage({ params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }] = await Promise.all([params, requirePageSession("attribution:propose")]);
  const prisma = db();
  const [campaign, actors, bodies, sources] = await Promise.all([getCampaignRef(prisma, slug), listActorOptions(prisma), listBodyOptions(prisma), listSourceOptions(prisma)]);
  if (!campaign) notFound();
  return (
    <>
      <h1>New attribution claim on {campaign.name}</h1>
      <p className="muted">
        The claim is recorded as suspected. Editors change its status and confidence afterwards, with a rationale and sources. Missing an
        actor, body or source? Add it first: <a href="/actors/new">new actor</a>, <a href="/bodies/new">new investigating body</a>,{" "}
        <a href={`/sources/new?campaign=${encodeURIComponent(campaign.slug)}`}>new source</a>.
      </p>
      <ClaimForm
        action={proposeClaimAction}
        subject={{ field: "campaignId", id: campaign.id, slug: campaign.slug }}
        actors={actors}
        bodies={bodies}
        sources={sources.map((source) => ({ value: source.id, label: source.label }))}
      />
    </>
  );
}
