import { describe, expect, it } from "vitest";
import { CAMPAIGN_TRACKER_STIX_NAMESPACE, derivedStixId, joinedStixId, stixIdOf, uuidV5 } from "@/lib/stix/stix-ids.ts";
import { parseStixTimestamp, toStixTimestamp } from "@/lib/stix/stix-timestamps.ts";

describe("UUIDv5", () => {
  it("matches RFC 9562's example (DNS namespace, www.example.com)", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("matches Python's uuid.uuid5 under the project namespace, UTF-8 names included", () => {
    expect(uuidV5("seed-campaign-olympics-boycott-2023")).toBe("4530b118-38fd-5605-8beb-5da6f7ef5af2");
    expect(uuidV5("Café ✓", CAMPAIGN_TRACKER_STIX_NAMESPACE)).toBe("06340bea-1c63-58fd-af14-ae422d9e345b");
  });

  it("refuses a namespace that is not a UUID", () => {
    expect(() => uuidV5("x", "not-a-uuid")).toThrow(/not a UUID/);
  });
});

describe("STIX ids", () => {
  it("derives <type>--UUIDv5(record id) unless the record kept an imported id", () => {
    expect(derivedStixId("campaign", "seed-campaign-olympics-boycott-2023")).toBe("campaign--4530b118-38fd-5605-8beb-5da6f7ef5af2");
    expect(stixIdOf("campaign", { id: "seed-campaign-olympics-boycott-2023", stixId: null })).toBe("campaign--4530b118-38fd-5605-8beb-5da6f7ef5af2");
    expect(stixIdOf("campaign", { id: "x", stixId: "campaign--44a7f37d-0a30-4a49-a1ea-4e8ba923a59b" })).toBe("campaign--44a7f37d-0a30-4a49-a1ea-4e8ba923a59b");
  });

  it("gives joined objects an id that depends on what they join, in order", () => {
    const a = joinedStixId("relationship", "campaign-network", "campaign--1", "intrusion-set--2");
    expect(a).toBe(joinedStixId("relationship", "campaign-network", "campaign--1", "intrusion-set--2"));
    expect(a).not.toBe(joinedStixId("relationship", "campaign-network", "intrusion-set--2", "campaign--1"));
    expect(a).toMatch(/^relationship--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("STIX timestamps", () => {
  it("writes milliseconds in UTC", () => {
    expect(toStixTimestamp(new Date(Date.UTC(2024, 4, 15, 10)))).toBe("2024-05-15T10:00:00.000Z");
  });

  it("reads any fraction, truncating below the millisecond", () => {
    expect(parseStixTimestamp("2024-11-22T16:43:58.073632Z").toISOString()).toBe("2024-11-22T16:43:58.073Z");
    expect(parseStixTimestamp("2024-11-22T16:43:58.5Z").toISOString()).toBe("2024-11-22T16:43:58.500Z");
    expect(parseStixTimestamp("2024-11-22T16:43:58Z").toISOString()).toBe("2024-11-22T16:43:58.000Z");
  });

  it("refuses what is not a STIX timestamp", () => {
    for (const bad of ["2024-11-22", "2024-11-22T16:43:58+01:00", "2024-13-01T00:00:00Z", "yesterday"]) {
      expect(() => parseStixTimestamp(bad), bad).toThrow(/not a STIX timestamp/);
    }
  });
});
