"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { confidenceWords } from "@/lib/attribution/confidence.ts";
import { ClaimTick } from "./claim-tick.tsx";

export interface ConfidenceBar {
  id: string;
  label: string;
  confidence: number;
  status: "suspected" | "assessed" | "confirmed" | "disputed" | "retracted";
  claimant: string;
}

export const STATUS_COLOURS: Record<ConfidenceBar["status"], string> = {
  suspected: "#8a6d00",
  assessed: "#1f5fbf",
  confirmed: "#176b3a",
  disputed: "#a23b00",
  retracted: "#8c8c8c",
};

// ICD 203 band edges, drawn so a bar reads as words at a glance.
const BAND_EDGES = [20, 45, 55, 80, 95];

/**
 * Attribution confidence (STIX 0-100) per claim, coloured by status. Disputed claims are
 * hatched and retracted ones faded with a dashed outline, so they never read as firm findings.
 */
export function ConfidenceChart({ bars }: { bars: ConfidenceBar[] }) {
  const fill = (bar: ConfidenceBar) => (bar.status === "disputed" ? "url(#hatch-disputed)" : STATUS_COLOURS[bar.status]);
  return (
    <div className="chart-canvas" data-testid="confidence-chart">
      <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 42 + 60)}>
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer>
          <defs>
            <pattern id="hatch-disputed" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#f6d9c8" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={STATUS_COLOURS.disputed} strokeWidth="3" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" stroke="#e4e8ef" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 45, 55, 80, 95, 100]} fontSize={12} />
          <YAxis type="category" dataKey="label" width={300} interval={0} tick={<ClaimTick width={300} />} />
          {BAND_EDGES.map((edge) => (
            <ReferenceLine key={edge} x={edge} stroke="#c5ccd8" strokeDasharray="2 2" />
          ))}
          <Tooltip
            formatter={(value, _name, item) => {
              const bar = item.payload as ConfidenceBar;
              return [`${value} (${confidenceWords(Number(value))}) · ${bar.status} · per ${bar.claimant}`, "confidence"];
            }}
          />
          <Bar dataKey="confidence" isAnimationActive={false} barSize={22}>
            {bars.map((bar) => (
              <Cell
                key={bar.id}
                fill={fill(bar)}
                fillOpacity={bar.status === "retracted" ? 0.35 : 1}
                stroke={STATUS_COLOURS[bar.status]}
                strokeDasharray={bar.status === "retracted" ? "4 2" : undefined}
              />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <ul className="legend-inline" aria-label="Status colours">
        {Object.entries(STATUS_COLOURS).map(([status, colour]) => (
          <li key={status}>
            <span className={`swatch swatch-${status}`} style={{ background: status === "disputed" ? undefined : colour }} aria-hidden="true" /> {status}
          </li>
        ))}
      </ul>
    </div>
  );
}
