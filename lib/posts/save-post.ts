import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { IMPORT_FIELDS, type ImportField } from "../import/post-fields.ts";
import { importRowSchema, validateImportRow } from "../import/validate-row.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { combinePostedAt } from "./posted-at.ts";

/** The labels the form shows, so the importer's "is required" reads "Platform post id is required". */
const FIELD_LABELS: Record<ImportField, string> = {
  platform: "Platform",
  platform_post_id: "Platform post id",
  posted_at: "Posted at",
  text: "Text",
  language: "Language",
  url: "URL",
  author_handle: "Account handle",
  author_display_name: "Display name",
  author_platform_id: "Platform account id",
  author_followers: "Followers",
  author_created_at: "Account created",
  likes: "Likes",
  shares: "Shares",
  replies: "Replies",
  views: "Views",
  is_repost: "Repost",
  media_hash: "Media hash",
  doctored_media: "Doctored media",
};

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function duplicateError(platform: string, platformPostId: string, campaignName: string): ValidationError {
  const message = `This ${platform} post (${platformPostId}) is already stored, in “${campaignName}”`;
  return new ValidationError(`The post was not saved: ${message}.`, { platform_post_id: [message] });
}

/**
 * An analyst logs one post into a campaign. The fields are the importer's own
 * (lib/import/post-fields.ts) and are checked by its row schema, so a form post and an
 * imported post obey the same rules; the time is a wall-clock time plus a time zone.
 * Posts are unique on (platform, platform post id): a second one is a field error. The
 * account is matched on (platform, handle) or created.
 */
export async function createPost(prisma: PrismaClient, principal: Principal, raw: Record<string, unknown>) {
  requirePermission(principal, "records:write");
  const campaignId = text(raw.campaignId);
  const row: Record<string, unknown> = {};
  for (const field of IMPORT_FIELDS) row[field] = raw[field] ?? null;

  const errors: Record<string, string[]> = {};
  const postedAt = combinePostedAt(text(raw.posted_at), text(raw.posted_at_zone));
  if (postedAt.ok) row.posted_at = postedAt.value;
  else {
    errors[postedAt.field] = [postedAt.reason];
    row.posted_at = "2000-01-01T00:00:00Z"; // a placeholder so the other fields are still checked
  }
  const parsed = importRowSchema.safeParse(row);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form") as ImportField;
      const label = FIELD_LABELS[field] ?? field;
      (errors[field] ??= []).push(`${label} ${issue.message}`);
    }
  }
  if (Object.keys(errors).length) throw new ValidationError("The post was not saved: check the marked fields.", errors);
  const check = validateImportRow(row);
  if (!check.ok) throw new ValidationError("The post was not saved.", { [check.field]: [`${FIELD_LABELS[check.field as ImportField] ?? check.field} ${check.reason}`] });
  const post = check.post;

  try {
    return await prisma.$transaction(async (tx) => {
      const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true, slug: true, name: true } });
      if (!campaign) throw new NotFoundError("This campaign no longer exists.");
      const existing = await tx.post.findUnique({
        where: { platform_platformPostId: { platform: post.platform, platformPostId: post.platformPostId } },
        select: { campaign: { select: { name: true } } },
      });
      if (existing) throw duplicateError(post.platform, post.platformPostId, existing.campaign.name);

      let account: { id: string; handle: string; created: boolean } | null = null;
      if (post.author) {
        const found = await tx.account.findUnique({ where: { platform_handle: { platform: post.platform, handle: post.author.handle } }, select: { id: true, handle: true } });
        account = found
          ? { ...found, created: false }
          : {
              ...(await tx.account.create({
                data: {
                  platform: post.platform,
                  handle: post.author.handle,
                  displayName: post.author.displayName,
                  platformAccountId: post.author.platformAccountId,
                  followers: post.author.followers,
                  accountCreatedAt: post.author.accountCreatedAt,
                },
                select: { id: true, handle: true },
              })),
              created: true,
            };
      }
      const created = await tx.post.create({
        data: {
          campaignId: campaign.id,
          platform: post.platform,
          platformPostId: post.platformPostId,
          url: post.url,
          accountId: account?.id ?? null,
          text: post.text,
          language: post.language,
          postedAt: post.postedAt,
          mediaHash: post.mediaHash,
          likeCount: post.likeCount,
          shareCount: post.shareCount,
          replyCount: post.replyCount,
          viewCount: post.viewCount,
          isRepost: post.isRepost,
          doctoredMedia: post.doctoredMedia,
        },
        select: { id: true, platform: true, platformPostId: true, postedAt: true },
      });
      const { author, ...fields } = post;
      await writeAudit(tx, {
        userId: principal.userId,
        action: "post.create",
        entityType: "post",
        entityId: created.id,
        after: { id: created.id, campaignId: campaign.id, ...fields, accountId: account?.id ?? null, authorHandle: author?.handle ?? null, accountCreated: account?.created ?? false },
      });
      return { ...created, campaignSlug: campaign.slug, account };
    });
  } catch (error) {
    // Two saves of one post raced past the check above.
    if (isUniqueViolation(error)) throw duplicateError(post.platform, post.platformPostId, "another save");
    throw error;
  }
}
