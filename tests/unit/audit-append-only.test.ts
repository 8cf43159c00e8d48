import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

describe("the audit log is append-only", () => {
  it("no app, lib or script code updates or deletes audit entries", () => {
    const offenders = ["app", "lib", "scripts", "components"]
      .flatMap(sourceFiles)
      .filter((file) => {
        const text = readFileSync(path.join(root, file), "utf8");
        return (
          /auditLog\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/.test(text) ||
          /(UPDATE|DELETE\s+FROM)\s+"?AuditLog"?/i.test(text)
        );
      });
    expect(offenders).toEqual([]);
  });
});
