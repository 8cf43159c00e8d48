import { describe, expect, it } from "vitest";
import { keepTopSeries } from "@/lib/charts/top-series.ts";

const series = (key: string, values: number[]) => ({ key, label: key.toUpperCase(), points: values.map((n, i) => ({ t: `2024-05-0${i + 1}`, n })) });

describe("keepTopSeries", () => {
  it("keeps the largest series and sums the rest, bucket by bucket", () => {
    const result = keepTopSeries([series("a", [1, 0]), series("b", [5, 5]), series("c", [0, 2]), series("d", [3, 0])], 2);
    expect(result.map((item) => item.key)).toEqual(["b", "d", "other"]);
    expect(result[2]).toEqual({ key: "other", label: "2 others", points: [{ t: "2024-05-01", n: 1 }, { t: "2024-05-02", n: 2 }] });
  });

  it("leaves a short list alone (an 'other' of one series would hide a name for nothing)", () => {
    const input = [series("a", [1]), series("b", [2]), series("c", [3])];
    expect(keepTopSeries(input, 2)).toEqual(input);
  });
});
