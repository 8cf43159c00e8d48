"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { StepRow } from "@/lib/charts/confidence-steps.ts";
import { seriesColour } from "./palette.ts";

const DAY = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Each claim's confidence as a step line over time (ready rows from confidenceSteps). */
export function ConfidenceHistoryChart({ rows, claims }: { rows: StepRow[]; claims: { id: string; label: string }[] }) {
  return (
    <div className="chart-canvas" data-testid="confidence-history-chart">
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 0 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke="#e4e8ef" />
          <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={(t: number) => DAY.format(new Date(t))} fontSize={12} minTickGap={32} />
          <YAxis domain={[0, 100]} ticks={[0, 20, 45, 55, 80, 95, 100]} fontSize={12} />
          <Tooltip labelFormatter={(t) => `${DAY.format(new Date(Number(t)))} (UTC)`} />
          <Legend />
          {claims.map((claim, index) => (
            <Line key={claim.id} type="stepAfter" dataKey={claim.id} name={claim.label} stroke={seriesColour(index)} dot connectNulls={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
