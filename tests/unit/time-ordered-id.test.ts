import { describe, expect, it } from "vitest";
import { timeOrderedId } from "@/lib/import/time-ordered-id.ts";

describe("time-ordered ids for imported rows", () => {
  it("are RFC 9562 UUIDv7 strings carrying the millisecond", () => {
    const id = timeOrderedId(Date.UTC(2024, 4, 15, 10, 0, 0, 123));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(Date.UTC(2024, 4, 15, 10, 0, 0, 123));
  });

  it("sort in the order they were made, even thousands in one millisecond, and never repeat", () => {
    const now = Date.UTC(2030, 0, 1);
    const ids = Array.from({ length: 10_000 }, () => timeOrderedId(now));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // A clock that steps back does not break the order.
    const later = timeOrderedId(now - 5_000);
    expect(later > ids.at(-1)!).toBe(true);
  });
});
