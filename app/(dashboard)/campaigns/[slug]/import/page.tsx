import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageSession } from "@/lib/auth/session.ts";
import { db } from "@/lib/db/client.ts";
import { getCampaignImports } from "@/lib/import/campaign-imports.ts";
import { ImportUploader } from "@/components/import/import-uploader.tsx";
import { ImportJobsTable } from "@/components/import/import-jobs-table.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import posts" };

export default async function ImportPostsPage({ params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }] = await Promise.all([params, requirePageSession("records:write")]);
  const found = await getCampaignImports(db(), slug);
  if (!found) notFound();
  return (
    <>
      <p>
        <Link href={`/campaigns/${found.campaign.slug}`}>← {found.campaign.name}</Link>
      </p>
      <h1>Import posts</h1>
      <p className="muted">
        Formats: the project&apos;s CSV and NDJSON, the X/Twitter information-operations archive, or any CSV whose columns you map. See{" "}
        <code>docs/import-format.md</code> for the columns, date formats and limits.
      </p>
      <ImportUploader campaignSlug={found.campaign.slug} campaignName={found.campaign.name} />
      <h2>Recent imports</h2>
      <ImportJobsTable jobs={found.jobs} />
    </>
  );
}
