import Link from "next/link";
import type { OverviewFilters } from "@/lib/dashboard/overview-filters.ts";
import { FilterDay, FilterSelect, PLATFORM_OPTIONS } from "../filter-fields.tsx";

const STATUSES = ["suspected", "assessed", "confirmed", "disputed", "retracted"];

/**
 * The overview's filters as a plain GET form: the URL holds the view, so it can be shared,
 * bookmarked and reloaded, and it works without JavaScript and from the keyboard.
 */
export function FilterBar({
  filters,
  options,
}: {
  filters: OverviewFilters;
  options: {
    campaigns: { slug: string; name: string }[];
    actors: { slug: string; name: string }[];
    languages: string[];
    techniques?: { externalId: string; name: string; campaigns: number }[];
  };
}) {
  const techniques = (options.techniques ?? []).map(({ externalId, name, campaigns }) => ({
    value: externalId,
    label: `${externalId} ${name} (${campaigns} campaign${campaigns === 1 ? "" : "s"})`,
  }));
  // A valid id no campaign uses (from a shared link) still shows as selected.
  if (filters.technique && !techniques.some((option) => option.value === filters.technique)) techniques.unshift({ value: filters.technique, label: filters.technique });
  return (
    <form method="get" className="filter-bar" aria-label="Filters">
      <FilterSelect label="Campaign" name="campaign" value={filters.campaign} options={options.campaigns.map(({ slug, name }) => ({ value: slug, label: name }))} />
      <FilterSelect label="Actor" name="actor" value={filters.actor} options={options.actors.map(({ slug, name }) => ({ value: slug, label: name }))} />
      <FilterSelect label="Status" name="status" value={filters.status} options={STATUSES} />
      <FilterSelect label="Platform" name="platform" value={filters.platform} options={PLATFORM_OPTIONS} />
      <FilterSelect label="Language" name="language" value={filters.language} options={options.languages} />
      <FilterSelect label="DISARM technique" name="technique" value={filters.technique} options={techniques} />
      <FilterDay label="From (UTC)" name="from" value={filters.from} />
      <FilterDay label="To (UTC)" name="to" value={filters.to} />
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
