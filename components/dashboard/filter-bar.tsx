import Link from "next/link";
import type { OverviewFilters } from "@/lib/dashboard/overview-filters.ts";

const STATUSES = ["suspected", "assessed", "confirmed", "disputed", "retracted"];
const PLATFORMS = ["x", "facebook", "instagram", "tiktok", "telegram", "youtube", "vk", "web", "other"];

/**
 * The overview's filters as a plain GET form: the URL holds the view, so it can be shared,
 * bookmarked and reloaded, and it works without JavaScript and from the keyboard.
 */
export function FilterBar({
  filters,
  options,
}: {
  filters: OverviewFilters;
  options: { campaigns: { slug: string; name: string }[]; actors: { slug: string; name: string }[]; languages: string[] };
}) {
  return (
    <form method="get" className="filter-bar" aria-label="Filters">
      <label>
        Campaign
        <select name="campaign" defaultValue={filters.campaign ?? ""}>
          <option value="">all</option>
          {options.campaigns.map((campaign) => (
            <option key={campaign.slug} value={campaign.slug}>
              {campaign.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Actor
        <select name="actor" defaultValue={filters.actor ?? ""}>
          <option value="">all</option>
          {options.actors.map((actor) => (
            <option key={actor.slug} value={actor.slug}>
              {actor.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select name="status" defaultValue={filters.status ?? ""}>
          <option value="">all</option>
          {STATUSES.map((status) => (
            <option key={status}>{status}</option>
          ))}
        </select>
      </label>
      <label>
        Platform
        <select name="platform" defaultValue={filters.platform ?? ""}>
          <option value="">all</option>
          {PLATFORMS.map((platform) => (
            <option key={platform}>{platform}</option>
          ))}
        </select>
      </label>
      <label>
        Language
        <select name="language" defaultValue={filters.language ?? ""}>
          <option value="">all</option>
          {options.languages.map((language) => (
            <option key={language}>{language}</option>
          ))}
        </select>
      </label>
      <label>
        From (UTC)
        <input type="date" name="from" defaultValue={filters.from ?? ""} />
      </label>
      <label>
        To (UTC)
        <input type="date" name="to" defaultValue={filters.to ?? ""} />
      </label>
      <label>
        Split volume by
        <select name="split" defaultValue={filters.split}>
          <option value="campaign">campaign</option>
          <option value="platform">platform</option>
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit">Apply</button>
        <Link href="/">Reset</Link>
      </div>
    </form>
  );
}
