import { describe, expect, it } from "vitest";
import { confidenceWords, formatConfidence } from "@/lib/attribution/confidence.ts";

describe("confidenceWords (ICD 203)", () => {
  it.each([
    [0, "no confidence"],
    [1, "almost no chance"],
    [5, "almost no chance"],
    [6, "very unlikely"],
    [15, "very unlikely"],
    [20, "very unlikely"],
    [21, "unlikely"],
    [45, "unlikely"],
    [50, "roughly even chance"],
    [55, "roughly even chance"],
    [56, "likely"],
    [80, "likely"],
    [85, "very likely"],
    [95, "very likely"],
    [96, "almost certain"],
    [99, "almost certain"],
    [100, "certain"],
  ])("%i → %s", (value, words) => {
    expect(confidenceWords(value)).toBe(words);
  });

  it("maps STIX's None/Low/Med/High (0/15/50/85) to distinct words", () => {
    expect(new Set([0, 15, 50, 85].map(confidenceWords)).size).toBe(4);
  });

  it.each([-1, 101, 50.5, Number.NaN])("rejects %s", (value) => {
    expect(() => confidenceWords(value)).toThrow(RangeError);
  });

  it("formats number and words together", () => {
    expect(formatConfidence(60)).toBe("60 · likely");
  });
});
