export interface SeriesPoint {
  t: string;
  n: number;
}

export interface NamedSeries {
  key: string;
  label: string;
  points: SeriesPoint[];
}

export type PivotRow = { t: string } & Record<string, number | string>;

/**
 * Turns per-series points into one row per bucket ({ t, a: 3, b: 0 }), the shape Recharts
 * stacks. Every series must cover the same buckets (fillBuckets does that); a bucket missing
 * from one series counts as 0 there.
 */
export function pivotSeries(series: readonly NamedSeries[]): PivotRow[] {
  const rows = new Map<string, PivotRow>();
  for (const { key, points } of series) {
    for (const { t, n } of points) {
      const row = rows.get(t) ?? { t };
      row[key] = n;
      rows.set(t, row);
    }
  }
  const ordered = [...rows.values()].sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  for (const row of ordered) for (const { key } of series) row[key] ??= 0;
  return ordered;
}

/** Total of every series per bucket, as a running sum (the cumulative line). */
export function runningTotal(rows: readonly PivotRow[], keys: readonly string[]): number[] {
  let total = 0;
  return rows.map((row) => (total += keys.reduce((sum, key) => sum + Number(row[key] ?? 0), 0)));
}
