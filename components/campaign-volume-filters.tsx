import Link from "next/link";
import { FilterDay, FilterSelect, PLATFORM_OPTIONS } from "./filter-fields.tsx";

/** The campaign volume chart's filters as a GET form: the URL holds the view. */
export function CampaignVolumeFilters({ slug, accepted, languages }: { slug: string; accepted: Record<string, string>; languages: string[] }) {
  return (
    <form method="get" className="filter-bar" aria-label="Volume filters">
      <FilterSelect label="Bucket" name="bucket" value={accepted.bucket} options={["hour", "day", "week"]} anyLabel="from the range" />
      <FilterSelect label="Platform" name="platform" value={accepted.platform} options={PLATFORM_OPTIONS} />
      <FilterSelect label="Language" name="language" value={accepted.language} options={languages} />
      <FilterDay label="From (UTC)" name="from" value={accepted.from} />
      <FilterDay label="To (UTC, inclusive)" name="to" value={accepted.to} />
      <div className="filter-actions">
        <button type="submit">Apply</button>
        <Link href={`/campaigns/${slug}`}>Reset</Link>
      </div>
    </form>
  );
}
