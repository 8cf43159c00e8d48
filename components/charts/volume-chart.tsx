"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { PivotRow } from "@/lib/charts/pivot-series.ts";
import { seriesColour } from "./palette.ts";

export type VolumeUnit = "hour" | "day" | "week";

const AXIS_FORMAT: Record<VolumeUnit, Intl.DateTimeFormatOptions> = {
  hour: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" },
  day: { day: "numeric", month: "short", timeZone: "UTC" },
  week: { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" },
};

/**
 * Stacked post volume per bucket, one area per series, with the running total on a second
 * axis. Takes ready rows (pivotSeries) and fetches nothing. Times are UTC, formatted in the
 * reader's locale.
 */
export function VolumeChart({
  rows,
  series,
  unit,
  cumulative,
}: {
  rows: (PivotRow & { cumulative?: number })[];
  series: { key: string; label: string }[];
  unit: VolumeUnit;
  cumulative: boolean;
}) {
  const format = (t: string) => new Intl.DateTimeFormat(undefined, AXIS_FORMAT[unit]).format(new Date(t));
  return (
    <div className="chart-canvas" data-testid="volume-chart">
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke="#e4e8ef" />
          <XAxis dataKey="t" tickFormatter={format} minTickGap={24} fontSize={12} />
          <YAxis yAxisId="count" allowDecimals={false} fontSize={12} label={{ value: `posts per ${unit}`, angle: -90, position: "insideLeft", fontSize: 12 }} />
          {cumulative ? <YAxis yAxisId="total" orientation="right" allowDecimals={false} fontSize={12} /> : null}
          <Tooltip labelFormatter={(label) => `${format(String(label))} UTC`} />
          <Legend />
          {series.map((item, index) => (
            <Area
              key={item.key}
              yAxisId="count"
              type="monotone"
              dataKey={item.key}
              name={item.label}
              stackId="volume"
              stroke={seriesColour(index)}
              fill={seriesColour(index)}
              fillOpacity={0.55}
              isAnimationActive={false}
            />
          ))}
          {cumulative ? (
            <Line yAxisId="total" type="stepAfter" dataKey="cumulative" name="cumulative total" stroke="#444" dot={false} strokeDasharray="4 3" isAnimationActive={false} />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
