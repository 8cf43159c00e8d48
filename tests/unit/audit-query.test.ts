import { describe, expect, it } from "vitest";
import { readAuditQuery } from "@/lib/audit/audit-query.ts";

describe("readAuditQuery", () => {
  it("has no filters and page 1 by default", () => {
    expect(readAuditQuery({})).toEqual({
      filters: { userId: undefined, entityType: undefined, entityId: undefined, action: undefined, from: undefined, to: undefined, page: 1 },
      values: { userId: "", entityType: "", entityId: "", action: "", from: "", to: "" },
      ignored: [],
    });
  });

  it("reads every filter; dates are whole UTC days with `to` included", () => {
    const { filters, values, ignored } = readAuditQuery({
      userId: "cmabc123",
      entityType: "attribution",
      entityId: "clx9",
      action: "attribution.change-status",
      from: "2024-05-01",
      to: "2024-05-31",
      page: "3",
    });
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      userId: "cmabc123",
      entityType: "attribution",
      entityId: "clx9",
      action: "attribution.change-status",
      from: new Date("2024-05-01T00:00:00.000Z"),
      to: new Date("2024-06-01T00:00:00.000Z"),
      page: 3,
    });
    expect(values.from).toBe("2024-05-01");
  });

  it("reads `system` as the entries without a user, and blank fields as unset", () => {
    expect(readAuditQuery({ userId: "system", action: "", entityId: "  " }).filters).toMatchObject({ userId: null, action: undefined, entityId: undefined });
  });

  it("drops each invalid parameter, keeps the valid ones and names the dropped ones", () => {
    const { filters, ignored, values } = readAuditQuery({
      userId: "x' OR 1=1 --",
      action: "user.create",
      from: "2024-02-31",
      to: "yesterday",
      page: "-2",
    });
    expect(ignored).toEqual(["userId", "from", "to", "page"]);
    expect(filters).toMatchObject({ userId: undefined, action: "user.create", from: undefined, to: undefined, page: 1 });
    expect(values).toMatchObject({ userId: "", action: "user.create", from: "", to: "" });
  });

  it("drops a range that ends before it starts", () => {
    const { filters, ignored } = readAuditQuery({ from: "2024-06-02", to: "2024-06-01" });
    expect(ignored).toEqual(["from", "to"]);
    expect(filters).toMatchObject({ from: undefined, to: undefined });
    // A single day is a valid range.
    expect(readAuditQuery({ from: "2024-06-01", to: "2024-06-01" }).ignored).toEqual([]);
  });

  it("accepts a page written with a leading zero, and flags a fractional one", () => {
    expect(readAuditQuery({ page: "02" })).toMatchObject({ filters: { page: 2 }, ignored: [] });
    expect(readAuditQuery({ page: "2.5" })).toMatchObject({ filters: { page: 1 }, ignored: ["page"] });
  });

  it("takes the first of repeated parameters", () => {
    expect(readAuditQuery({ action: ["a.b", "c.d"] }).filters.action).toBe("a.b");
  });
});
