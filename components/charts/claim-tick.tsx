"use client";

/** A y-axis label in two lines, actor then campaign, cut to fit; the full text is the tooltip's. */
export function ClaimTick({ x, y, payload, width = 300 }: { x?: number | string; y?: number | string; payload?: { value: string }; width?: number }) {
  const [actor = "", subject = ""] = String(payload?.value ?? "").split(" · ");
  const max = Math.floor(width / 7.4);
  const cut = (text: string) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={12} fill="#1d2330">
      <title>{payload?.value}</title>
      <tspan x={Number(x) - 6} dy="-0.2em" fontWeight={600}>
        {cut(actor)}
      </tspan>
      <tspan x={Number(x) - 6} dy="1.15em" fill="#5b6475">
        {cut(subject)}
      </tspan>
    </text>
  );
}
