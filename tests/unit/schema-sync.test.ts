import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom, SCHEMA_PATHS } from "@/lib/db/schema-variants.ts";

describe("the two Prisma schemas", () => {
  it("differ only in provider and client output (run `npm run db:sync-schemas` after editing the SQLite one)", () => {
    const sqlite = readFileSync(SCHEMA_PATHS.sqlite, "utf8");
    expect(readFileSync(SCHEMA_PATHS.postgresql, "utf8")).toBe(postgresSchemaFrom(sqlite));
  });

  it("refuses a schema whose provider it cannot find", () => {
    expect(() => postgresSchemaFrom("model A { id String @id }")).toThrow(/could not find/);
  });
});
