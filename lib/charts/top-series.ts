export interface CountSeries {
  key: string;
  label: string;
  points: { t: string; n: number }[];
}

export const OTHER_SERIES_KEY = "other";

/**
 * Keeps the `limit` largest series and sums the rest into one "other" series, so a stacked
 * chart stays readable (and light) with 50 campaigns. Series must share their buckets.
 */
export function keepTopSeries(series: readonly CountSeries[], limit: number): CountSeries[] {
  if (series.length <= limit + 1) return [...series];
  const total = (item: CountSeries) => item.points.reduce((sum, point) => sum + point.n, 0);
  const ranked = [...series].sort((a, b) => total(b) - total(a) || (a.key < b.key ? -1 : 1));
  const kept = ranked.slice(0, limit);
  const rest = ranked.slice(limit);
  const sums = new Map<string, number>();
  for (const item of rest) for (const point of item.points) sums.set(point.t, (sums.get(point.t) ?? 0) + point.n);
  const other: CountSeries = {
    key: OTHER_SERIES_KEY,
    label: `${rest.length} others`,
    points: [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, n]) => ({ t, n })),
  };
  return [...kept, other];
}
