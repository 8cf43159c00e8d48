import type { BurstMarkers, VolumeSeries } from "@/lib/stats/volume-series.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { VolumePanel } from "./charts/volume-panel.tsx";

/** A campaign's post volume by platform with its cumulative total and burst markers. */
export function CampaignVolume({ slug, volume, burst, params }: { slug: string; volume: VolumeSeries; burst: BurstMarkers | null; params: Record<string, string> }) {
  const query = new URLSearchParams({ split: "platform", ...params, bucket: volume.unit }).toString();
  return (
    <>
      {burst ? (
        <ul className="burst" data-testid="burst-markers">
          <li>
            <strong>Start</strong> {formatDateTime(new Date(burst.start))}
          </li>
          <li>
            <strong>Peak hour</strong> {formatDateTime(new Date(burst.peakHour.t))} ({burst.peakHour.n.toLocaleString("en")} posts)
          </li>
          <li>
            <strong>First 24 hours</strong> {(burst.firstDayShare * 100).toFixed(1)}% of all posts ({burst.firstDayPosts.toLocaleString("en")} of{" "}
            {burst.totalPosts.toLocaleString("en")})
          </li>
        </ul>
      ) : null}
      <VolumePanel
        title={`Posts per ${volume.unit}, by platform`}
        description="Stacked by platform; dashed line: cumulative total (right axis). Buckets start in UTC."
        unit={volume.unit}
        series={volume.series.map((item) => ({ ...item, label: item.key === "all" ? "all platforms" : item.key }))}
        dataUrl={`/api/campaigns/${slug}/volume?${query}`}
        emptyMessage="No posts in this range. Widen the dates or import posts for this campaign."
      />
    </>
  );
}
