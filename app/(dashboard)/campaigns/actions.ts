"use server";

import { db } from "@/lib/db/client.ts";
import type { RecordFormState } from "@/lib/actions/record-form-state.ts";
import { runRecordForm } from "@/lib/actions/run-record-form.ts";
import { createCampaign, updateCampaign } from "@/lib/campaigns/save-campaign.ts";
import { proposeAttributionClaim } from "@/lib/attribution/propose-claim.ts";
import { createPost } from "@/lib/posts/save-post.ts";

const campaignPath = (slug: string) => `/campaigns/${encodeURIComponent(slug)}`;

export async function createCampaignAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const created = await createCampaign(db(), user, values);
    return { message: `Created ${created.name}.`, redirectTo: campaignPath(created.slug), revalidate: ["/"] };
  });
}

export async function updateCampaignAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const saved = await updateCampaign(db(), user, values);
    return { message: `Saved ${saved.name}.`, redirectTo: campaignPath(saved.slug), revalidate: ["/", campaignPath(saved.previousSlug)] };
  });
}

export async function proposeClaimAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const claim = await proposeAttributionClaim(db(), user, values);
    const back = claim.campaignSlug ? campaignPath(claim.campaignSlug) : "/networks";
    return { message: "Claim recorded as suspected.", redirectTo: back, revalidate: ["/"] };
  });
}

export async function createPostAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const post = await createPost(db(), user, values);
    return { message: `Added ${post.platform} post ${post.platformPostId}.`, redirectTo: `${campaignPath(post.campaignSlug)}#posts`, revalidate: ["/"] };
  });
}
