import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/db/database-url.ts";
import { isDemoMode } from "@/lib/demo/demo-mode.ts";

describe("parseDatabaseUrl", () => {
  it("defaults to a SQLite file under data/, made absolute", () => {
    expect(parseDatabaseUrl(undefined, "/srv/app")).toEqual({
      provider: "sqlite",
      url: "file:/srv/app/data/campaign-tracker.db",
      filePath: "/srv/app/data/campaign-tracker.db",
    });
    expect(parseDatabaseUrl("  ", "/srv/app").provider).toBe("sqlite");
  });

  it("recognises PostgreSQL URLs in both spellings", () => {
    expect(parseDatabaseUrl("postgresql://u@h:5432/db").provider).toBe("postgresql");
    expect(parseDatabaseUrl("postgres://u@h/db").provider).toBe("postgresql");
  });

  it("keeps absolute SQLite paths and drops query strings", () => {
    const target = parseDatabaseUrl("file:/tmp/x.db?connection_limit=1", "/elsewhere");
    expect(target).toMatchObject({ provider: "sqlite", filePath: "/tmp/x.db" });
  });

  it("says what is wrong with an unsupported URL", () => {
    expect(() => parseDatabaseUrl("mysql://root@localhost/db")).toThrow(/file: .*postgresql:\/\/.*got "mysql:/);
  });
});

describe("isDemoMode", () => {
  it("is on for the embedded default and off for a configured database", () => {
    expect(isDemoMode({})).toBe(true);
    expect(isDemoMode({ DATABASE_URL: "postgresql://x/y" })).toBe(false);
  });
  it("follows CAMPAIGN_TRACKER_DEMO when set", () => {
    expect(isDemoMode({ DATABASE_URL: "postgresql://x/y", CAMPAIGN_TRACKER_DEMO: "1" })).toBe(true);
    expect(isDemoMode({ CAMPAIGN_TRACKER_DEMO: "false" })).toBe(false);
  });
});
