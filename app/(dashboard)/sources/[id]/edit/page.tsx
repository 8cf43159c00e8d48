import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { listBodyOptions } from "@/lib/bodies/list-bodies.ts";
import { listCampaignOptions } from "@/lib/campaigns/campaign-options.ts";
import { getSourceForEdit } from "@/lib/sources/save-source.ts";
import { CREDIBILITY_WORDS, RELIABILITY_GRADES, RELIABILITY_WORDS, SOURCE_KINDS, dayInput, optionsOf } from "@/lib/records/choices.ts";
import { SourceForm } from "@/components/forms/source-form.tsx";
import { updateSourceAction } from "../../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }] = await Promise.all([params, requirePageSession("records:write")]);
  const prisma = db();
  const [source, bodies, campaigns] = await Promise.all([getSourceForEdit(prisma, id), listBodyOptions(prisma), listCampaignOptions(prisma)]);
  if (!source) notFound();
  return (
    <>
      <h1>Edit source</h1>
      <SourceForm
        action={updateSourceAction}
        kinds={optionsOf(SOURCE_KINDS)}
        reliability={RELIABILITY_GRADES.map((grade) => ({ value: grade, label: RELIABILITY_WORDS[grade] }))}
        credibility={Object.entries(CREDIBILITY_WORDS).map(([value, label]) => ({ value, label }))}
        bodies={bodies}
        campaigns={campaigns}
        record={{
          id: source.id,
          title: source.title,
          publisher: source.publisher,
          url: source.url ?? "",
          publishedAt: dayInput(source.publishedAt),
          kind: source.kind,
          language: source.language ?? "",
          reliability: source.reliability ?? "",
          credibility: source.credibility === null ? "" : String(source.credibility),
          bodyId: source.bodyId ?? "",
          campaignIds: source.campaigns.map((link) => link.campaignId),
          updatedAt: source.updatedAt.toISOString(),
        }}
      />
    </>
  );
}
