import { describe, expect, it } from "vitest";
import { leadingClaim } from "@/lib/attribution/status.ts";

describe("leadingClaim", () => {
  it("prefers the most advanced status, then the highest confidence", () => {
    const claims = [
      { id: "a", status: "suspected" as const, confidence: 90 },
      { id: "b", status: "assessed" as const, confidence: 40 },
      { id: "c", status: "assessed" as const, confidence: 60 },
      { id: "d", status: "disputed" as const, confidence: 95 },
    ];
    expect(leadingClaim(claims)?.id).toBe("c");
  });

  it("lets a disputed claim lead only over retracted ones", () => {
    expect(leadingClaim([{ id: "r", status: "retracted" as const, confidence: 99 }, { id: "d", status: "disputed" as const, confidence: 10 }])?.id).toBe("d");
  });

  it("returns null for no claims", () => {
    expect(leadingClaim([])).toBeNull();
  });
});
