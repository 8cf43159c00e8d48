import { describe, expect, it } from "vitest";
import { confidenceSteps } from "@/lib/charts/confidence-steps.ts";

const d = (iso: string) => new Date(iso);

describe("confidenceSteps", () => {
  it("carries each claim's last confidence forward and leaves it out before it existed", () => {
    const rows = confidenceSteps(
      [
        { id: "a", changes: [{ at: d("2024-05-16T00:00:00Z"), confidence: 30 }, { at: d("2024-05-10T00:00:00Z"), confidence: 20 }] },
        { id: "b", changes: [{ at: d("2024-05-12T00:00:00Z"), confidence: 70 }] },
      ],
      d("2024-06-01T00:00:00Z"),
    );
    expect(rows).toEqual([
      { t: d("2024-05-10T00:00:00Z").getTime(), a: 20 },
      { t: d("2024-05-12T00:00:00Z").getTime(), a: 20, b: 70 },
      { t: d("2024-05-16T00:00:00Z").getTime(), a: 30, b: 70 },
      { t: d("2024-06-01T00:00:00Z").getTime(), a: 30, b: 70 },
    ]);
  });

  it("gives one row at `until` when nothing has history", () => {
    expect(confidenceSteps([], d("2024-06-01T00:00:00Z"))).toEqual([{ t: d("2024-06-01T00:00:00Z").getTime() }]);
  });
});
