import { pivotSeries, runningTotal, type PivotRow } from "@/lib/charts/pivot-series.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { ChartFrame } from "./chart-frame.tsx";
import { VolumeChart, type VolumeUnit } from "./volume-chart.tsx";

/** Stacked post volume with its cumulative total, table alternative and CSV/JSON links. */
export function VolumePanel({
  title,
  description,
  unit,
  series,
  dataUrl,
  emptyMessage,
}: {
  title: string;
  description: string;
  unit: VolumeUnit;
  series: { key: string; label: string; points: { t: string; n: number }[] }[];
  /** The JSON route of these numbers; `&format=csv` (or `?format=csv`) gives CSV. */
  dataUrl: string;
  emptyMessage: string;
}) {
  const rows = pivotSeries(series);
  const totals = runningTotal(rows, series.map((item) => item.key));
  const withTotal: (PivotRow & { cumulative: number })[] = rows.map((row, index) => ({ ...row, cumulative: totals[index] ?? 0 }));
  const csvUrl = `${dataUrl}${dataUrl.includes("?") ? "&" : "?"}format=csv`;
  return (
    <ChartFrame
      title={title}
      description={description}
      empty={rows.length === 0 || totals.at(-1) === 0}
      emptyMessage={emptyMessage}
      table={{
        columns: ["Bucket start (UTC)", ...series.map((item) => item.label), "Cumulative"],
        rows: withTotal.map((row) => [formatDateTime(new Date(row.t)), ...series.map((item) => Number(row[item.key] ?? 0)), row.cumulative]),
      }}
      downloads={{ csv: csvUrl, json: dataUrl }}
    >
      {/* Only keys and labels: the numbers travel once, in the rows. */}
      <VolumeChart rows={withTotal} series={series.map(({ key, label }) => ({ key, label }))} unit={unit} cumulative />
    </ChartFrame>
  );
}
