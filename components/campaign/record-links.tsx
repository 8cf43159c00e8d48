import Link from "next/link";
import { hasPermission, type Role } from "@/lib/auth/permissions.ts";

/** Links to edit a campaign and add records to it, for the roles that may. */
export function CampaignRecordLinks({ slug, role }: { slug: string; role: Role }) {
  if (!hasPermission(role, "records:write")) return null;
  const base = `/campaigns/${encodeURIComponent(slug)}`;
  return (
    <nav aria-label="Campaign records" className="record-links" data-testid="campaign-record-links">
      <Link href={`${base}/edit`}>Edit campaign</Link>
      {hasPermission(role, "attribution:propose") ? <Link href={`${base}/claims/new`}>New claim</Link> : null}
      <Link href={`${base}/events/new`}>New event</Link>
      <Link href={`${base}/posts/new`}>New post</Link>
      <Link href={`${base}/import`}>Import posts</Link>
      <Link href={`/sources/new?campaign=${encodeURIComponent(slug)}`}>New source</Link>
    </nav>
  );
}
