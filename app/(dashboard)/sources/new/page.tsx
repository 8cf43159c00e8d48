import type { Metadata } from "next";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { listBodyOptions } from "@/lib/bodies/list-bodies.ts";
import { getCampaignRef, listCampaignOptions } from "@/lib/campaigns/campaign-options.ts";
import { CREDIBILITY_WORDS, RELIABILITY_GRADES, RELIABILITY_WORDS, SOURCE_KINDS, optionsOf } from "@/lib/records/choices.ts";
import { SourceForm } from "@/components/forms/source-form.tsx";
import { createSourceAction } from "../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [query] = await Promise.all([searchParams, requirePageSession("records:write")]);
  const prisma = db();
  const campaignSlug = typeof query.campaign === "string" ? query.campaign : undefined;
  const [bodies, campaigns, from] = await Promise.all([
    listBodyOptions(prisma),
    listCampaignOptions(prisma),
    campaignSlug ? getCampaignRef(prisma, campaignSlug) : Promise.resolve(null),
  ]);
  return (
    <>
      <h1>New source</h1>
      <SourceForm
        action={createSourceAction}
        kinds={optionsOf(SOURCE_KINDS)}
        reliability={RELIABILITY_GRADES.map((grade) => ({ value: grade, label: RELIABILITY_WORDS[grade] }))}
        credibility={Object.entries(CREDIBILITY_WORDS).map(([value, label]) => ({ value, label }))}
        bodies={bodies}
        campaigns={campaigns}
        initialCampaignIds={from ? [from.id] : []}
        returnTo={from?.slug}
      />
    </>
  );
}
