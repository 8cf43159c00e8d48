import type { Platform } from "@/lib/db/generated/sqlite/enums.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { SyntheticBadge } from "./badges.tsx";
import { ExternalLink } from "./external-link.tsx";

export interface PostRow {
  id: string;
  platform: Platform;
  platformPostId: string;
  url: string | null;
  text: string;
  language: string | null;
  postedAt: Date;
  shareCount: number;
  likeCount: number;
  doctoredMedia: boolean;
  synthetic: boolean;
  account: { handle: string; displayName: string | null } | null;
}

/**
 * Posts are written by the campaigns we track: every field is rendered as React text (never
 * as HTML), media is never loaded, and links leave with rel="noopener noreferrer nofollow".
 */
export function PostTable({ posts }: { posts: PostRow[] }) {
  if (posts.length === 0) return <p className="empty">No posts logged for this campaign yet. Analysts can import them.</p>;
  return (
    <table className="posts">
      <thead>
        <tr>
          <th scope="col">Posted (UTC)</th>
          <th scope="col">Platform</th>
          <th scope="col">Account</th>
          <th scope="col">Text</th>
          <th scope="col">Lang</th>
          <th scope="col" className="num">Shares</th>
          <th scope="col">Flags</th>
        </tr>
      </thead>
      <tbody>
        {posts.map((post) => (
          <tr key={post.id} data-testid="post-row">
            <td className="nowrap">{formatDateTime(post.postedAt)}</td>
            <td>{post.platform}</td>
            <td>{post.account ? `@${post.account.handle}` : "—"}</td>
            <td className="post-text">
              {post.text}
              {post.url ? (
                <div className="post-link">
                  <ExternalLink href={post.url}>{post.url}</ExternalLink>
                </div>
              ) : null}
            </td>
            <td>{post.language ?? "—"}</td>
            <td className="num">{post.shareCount.toLocaleString("en")}</td>
            <td>
              {post.doctoredMedia ? <span className="badge doctored">doctored media</span> : null}{" "}
              {post.synthetic ? <SyntheticBadge /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
