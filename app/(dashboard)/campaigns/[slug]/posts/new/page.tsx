import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { getCampaignRef } from "@/lib/campaigns/campaign-options.ts";
import { PLATFORMS, optionsOf } from "@/lib/records/choices.ts";
import { PostForm } from "@/components/forms/post-form.tsx";
import { createPostAction } from "../../../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New post" };

export default async function NewPostPage({ params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }] = await Promise.all([params, requirePageSession("records:write")]);
  const campaign = await getCampaignRef(db(), slug);
  if (!campaign) notFound();
  return (
    <>
      <h1>New post in {campaign.name}</h1>
      <p className="muted">One post at a time; for many, use the importer. A post already stored (same platform and id) is refused.</p>
      <PostForm action={createPostAction} campaign={campaign} platforms={optionsOf(PLATFORMS)} />
    </>
  );
}
