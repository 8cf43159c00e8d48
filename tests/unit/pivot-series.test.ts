import { describe, expect, it } from "vitest";
import { pivotSeries, runningTotal } from "@/lib/charts/pivot-series.ts";

describe("pivotSeries", () => {
  it("makes one row per bucket, in time order, with 0 where a series has no point", () => {
    const rows = pivotSeries([
      { key: "x", label: "X", points: [{ t: "2024-05-16T00:00:00.000Z", n: 5 }, { t: "2024-05-15T00:00:00.000Z", n: 2 }] },
      { key: "facebook", label: "Facebook", points: [{ t: "2024-05-15T00:00:00.000Z", n: 1 }] },
    ]);
    expect(rows).toEqual([
      { t: "2024-05-15T00:00:00.000Z", x: 2, facebook: 1 },
      { t: "2024-05-16T00:00:00.000Z", x: 5, facebook: 0 },
    ]);
    expect(runningTotal(rows, ["x", "facebook"])).toEqual([3, 8]);
  });

  it("returns no rows for no series", () => {
    expect(pivotSeries([])).toEqual([]);
  });
});
