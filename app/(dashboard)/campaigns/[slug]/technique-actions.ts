"use server";

import { db } from "@/lib/db/client.ts";
import { runAction, type ActionState } from "@/lib/actions/run-action.ts";
import { tagCampaignTechnique, untagCampaignTechnique } from "@/lib/disarm/tag-techniques.ts";

// The domain functions re-check the role (records:write) and that the campaign exists.

export async function tagCampaignTechniqueAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    async (user) => {
      const { campaignSlug, technique } = await tagCampaignTechnique(db(), user, {
        campaignId: form.get("campaignId"),
        technique: form.get("technique"),
        note: form.get("note"),
      });
      return { message: `Tagged with ${technique.externalId} ${technique.name}.`, revalidate: [`/campaigns/${campaignSlug}`] };
    },
    ["/"],
  );
}

export async function untagCampaignTechniqueAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    async (user) => {
      const { campaignSlug, technique } = await untagCampaignTechnique(db(), user, {
        campaignId: form.get("campaignId"),
        technique: form.get("technique"),
      });
      return { message: `Removed ${technique.externalId}.`, revalidate: [`/campaigns/${campaignSlug}`] };
    },
    ["/"],
  );
}
