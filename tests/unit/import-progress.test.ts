import { expect, it } from "vitest";
import { ProgressMeter, type ImportProgress } from "@/lib/import/import-progress.ts";

it("reports at most every 200 ms, then once at the end, with rate and eta", () => {
  let now = 0;
  const seen: ImportProgress[] = [];
  const meter = new ProgressMeter(1_000, (p) => seen.push(p), 200, () => now);
  for (let i = 0; i < 100; i++) {
    now += 10;
    meter.bytes += 5;
    meter.row();
  }
  // 1 s of rows at one every 10 ms: reported at 10 ms, 210, 410, 610, 810.
  expect(seen.map((p) => p.rowsProcessed)).toEqual([1, 21, 41, 61, 81]);
  const last = meter.finish();
  expect(last).toMatchObject({ rowsProcessed: 100, bytesRead: 500, totalBytes: 1_000, rate: 100, etaSeconds: 0, done: true });
  expect(seen[2]?.etaSeconds).toBeCloseTo(((1_000 - 205) / 205) * 0.41, 5);
});

it("has no eta when the size is unknown", () => {
  let now = 0;
  const meter = new ProgressMeter(null, undefined, 200, () => now);
  meter.row();
  now = 500;
  expect(meter.finish().etaSeconds).toBeNull();
});
