import "server-only";
import { toCsv } from "../format/csv.ts";
import type { VolumeSeries } from "./volume-series.ts";

/** A volume series as the routes answer it: JSON, or CSV (one row per bucket and series). */
export function volumeResponse(
  volume: Omit<VolumeSeries, "series"> & { series: { key: string; label?: string; points: { t: string; n: number }[] }[] },
  format: string | null,
  filename: string,
): Response {
  if (format !== "csv") return Response.json(volume);
  const rows = volume.series.flatMap((series) => series.points.map((point) => [point.t, series.key, series.label ?? series.key, point.n]));
  return new Response(toCsv(["bucket_start_utc", "series", "label", "posts"], rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}.csv"` },
  });
}
