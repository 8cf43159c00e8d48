"use client";

import type { RecordFormAction } from "@/lib/actions/record-form-state.ts";
import { CheckboxField, NumberField, SelectField, TextAreaField, TextField, type Option } from "./fields.tsx";
import { RecordForm } from "./record-form.tsx";

/**
 * Log one post into a campaign. Field names are the importer's columns
 * (docs/import-format.md), and the server checks them with the importer's rules.
 */
export function PostForm({ action, campaign, platforms }: { action: RecordFormAction; campaign: { id: string; slug: string }; platforms: readonly Option[] }) {
  return (
    <RecordForm action={action} submitLabel="Add post" testId="post-form">
      <input type="hidden" name="campaignId" value={campaign.id} />
      <SelectField name="platform" label="Platform" required options={platforms} blank="Choose a platform" />
      <TextField name="platform_post_id" label="Platform post id" required maxLength={200} hint="The platform's own id of the post (tweet id …)." />
      <TextField name="url" label="URL" type="url" hint="http(s) address of the post" />
      <TextField name="author_handle" label="Account handle" maxLength={200} hint="Matched to a known account on the platform, or a new account is recorded." />
      <TextField name="author_display_name" label="Display name" maxLength={500} hint="Used only when the account is new." />
      <TextAreaField name="text" label="Text" hint="As posted; it is always shown as plain text." />
      <TextField name="language" label="Language" maxLength={35} hint="BCP 47 tag: fr, en, pt-BR" />
      <TextField name="posted_at" label="Posted at" type="datetime-local" step={1} required />
      <TextField name="posted_at_zone" label="Time zone of that time" defaultValue="UTC" list="post-time-zones" hint="UTC, an offset such as +02:00, or a zone such as Europe/Paris." />
      <datalist id="post-time-zones">
        {["UTC", "Europe/Paris", "Asia/Baku", "Pacific/Noumea", "Europe/Moscow", "America/New_York"].map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <NumberField name="likes" label="Likes" min={0} />
      <NumberField name="shares" label="Shares" min={0} />
      <NumberField name="replies" label="Replies" min={0} />
      <NumberField name="views" label="Views" min={0} hint="Leave blank when the platform does not say." />
      <CheckboxField name="is_repost" label="Repost of another post" />
      <CheckboxField name="doctored_media" label="Doctored media (edited or composited to deceive)" />
    </RecordForm>
  );
}
