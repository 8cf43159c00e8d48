import type { BurstMarkers, VolumeSeries } from "@/lib/stats/volume-series.ts";
import { pivotSeries, runningTotal, type PivotRow } from "@/lib/charts/pivot-series.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { ChartFrame } from "./charts/chart-frame.tsx";
import { VolumeChart } from "./charts/volume-chart.tsx";

/** A campaign's post volume by platform with its cumulative total and burst markers. */
export function CampaignVolume({ slug, volume, burst }: { slug: string; volume: VolumeSeries; burst: BurstMarkers | null }) {
  const series = volume.series.map((item) => ({ key: item.key, label: item.key === "all" ? "all platforms" : item.key, points: item.points }));
  const rows = pivotSeries(series);
  const totals = runningTotal(rows, series.map((item) => item.key));
  const withTotal: (PivotRow & { cumulative: number })[] = rows.map((row, index) => ({ ...row, cumulative: totals[index] ?? 0 }));
  const base = `/api/campaigns/${slug}/volume?bucket=${volume.unit}&split=platform`;
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
      <ChartFrame
        title={`Posts per ${volume.unit}, by platform`}
        description={<>Stacked by platform; dashed line: cumulative total (right axis). Buckets start in UTC.</>}
        empty={rows.length === 0}
        emptyMessage="No posts in this range. Widen the dates or import posts for this campaign."
        table={{
          columns: ["Bucket start (UTC)", ...series.map((item) => item.label), "Cumulative"],
          rows: withTotal.map((row) => [formatDateTime(new Date(row.t)), ...series.map((item) => Number(row[item.key] ?? 0)), row.cumulative]),
        }}
        downloads={{ csv: `${base}&format=csv`, json: base }}
      >
        <VolumeChart rows={withTotal} series={series} unit={volume.unit} cumulative />
      </ChartFrame>
    </>
  );
}
