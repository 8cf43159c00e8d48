"use server";

import { db } from "@/lib/db/client.ts";
import { runAction, type ActionState } from "@/lib/actions/run-action.ts";
import { changeAttributionStatus } from "@/lib/attribution/change-status.ts";

export async function changeAttributionStatusAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const slug = String(form.get("campaignSlug") ?? "");
  return runAction(
    async (user) => {
      const after = await changeAttributionStatus(db(), user, {
        attributionId: form.get("attributionId"),
        expectedVersion: form.get("expectedVersion"),
        status: form.get("status"),
        confidence: form.get("confidence"),
        rationale: form.get("rationale"),
        sourceIds: form.getAll("sourceIds"),
      });
      return { message: `Saved: now ${after.status}, confidence ${after.confidence} (version ${after.version}).` };
    },
    [`/campaigns/${slug}`, "/"],
  );
}
