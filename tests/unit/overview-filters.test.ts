import { describe, expect, it } from "vitest";
import { filterRange, filtersQuery, readOverviewFilters } from "@/lib/dashboard/overview-filters.ts";

describe("overview filters from the URL", () => {
  it("reads valid filters and treats empty values as 'any'", () => {
    const { filters, ignored } = readOverviewFilters({ campaign: "olympics-boycott-2023", platform: "x", status: "", from: "2023-10-01", to: "2023-11-30" });
    expect(ignored).toEqual([]);
    expect(filters).toEqual({ campaign: "olympics-boycott-2023", platform: "x", from: "2023-10-01", to: "2023-11-30", split: "campaign" });
  });

  it("drops each invalid parameter on its own and names it", () => {
    const { filters, ignored } = readOverviewFilters({ platform: "myspace", status: "proven", language: "fr", from: "yesterday" });
    expect(ignored.sort()).toEqual(["from", "platform", "status"]);
    expect(filters).toEqual({ language: "fr", split: "campaign" });
  });

  it("drops a reversed range's end", () => {
    const { filters, ignored } = readOverviewFilters({ from: "2024-05-20", to: "2024-05-01" });
    expect(ignored).toEqual(["to"]);
    expect(filters.from).toBe("2024-05-20");
  });

  it("makes the last day inclusive by ending the range at the next midnight", () => {
    expect(filterRange({ from: "2024-05-15", to: "2024-05-16", split: "campaign" })).toEqual({
      from: new Date("2024-05-15T00:00:00.000Z"),
      to: new Date("2024-05-17T00:00:00.000Z"),
    });
  });

  it("writes a shareable query without defaults", () => {
    expect(filtersQuery({ campaign: "a", split: "campaign" })).toBe("?campaign=a");
    expect(filtersQuery({ split: "platform", platform: "x" })).toBe("?platform=x&split=platform");
    expect(filtersQuery({})).toBe("");
  });
});
