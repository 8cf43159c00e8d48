import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../helpers/test-databases.ts";

const root = path.resolve(import.meta.dirname, "../..");
const PASSWORD = "piped-secret-Zq81-horse";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run user:create -- ...` as package.json runs it, with `stdin` piped in. */
function userCreate(databaseUrl: string, args: string[], stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/user-create.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, CAMPAIGN_TRACKER_DEMO: "0" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    // The child may exit before reading stdin (bad arguments): ignore the broken pipe.
    child.stdin.on("error", () => undefined);
    child.stdin.end(stdin);
  });
}

/** Every byte the database holds about users and audit entries, as text. */
async function storedText(database: TestDatabase): Promise<string> {
  const [users, audit] = await Promise.all([database.prisma.user.findMany(), database.prisma.auditLog.findMany()]);
  let text = JSON.stringify({ users, audit });
  if (database.target.provider === "sqlite") {
    for (const file of [database.target.filePath, `${database.target.filePath}-wal`]) {
      if (existsSync(file)) text += readFileSync(file).toString("latin1");
    }
  }
  return text;
}

for (const provider of testProviders) {
  describe(`npm run user:create on ${provider}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      // Not migrated: the command must apply the migrations itself.
      database = await createTestDatabase(provider, { migrate: false });
    }, 60_000);
    afterAll(async () => {
      await database?.drop();
    });

    it("migrates, then creates the user with a hashed password read from stdin, recorded as the system", async () => {
      const run = await userCreate(database.target.url, ["--email", "First.Admin@Example.org", "--role", "admin", "--name", "First Admin"], `${PASSWORD}\n`);
      expect(run.stderr).not.toMatch(/error/i);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Created admin first.admin@example.org");
      const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "first.admin@example.org" } });
      expect(user).toMatchObject({ name: "First Admin", role: "admin", active: true });
      expect(user.passwordHash).toMatch(/^scrypt\$/);
      expect(await verifyPassword(PASSWORD, user.passwordHash!)).toBe(true);
      const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: user.id } });
      expect(audit.userId).toBeNull();
      expect(audit.after).not.toMatch(/passwordHash|scrypt/);
      expect(run.stdout + run.stderr).not.toContain(PASSWORD);
      expect(await storedText(database)).not.toContain(PASSWORD);
    }, 60_000);

    it("refuses a duplicate email with a clear error and creates nothing", async () => {
      const before = await database.prisma.user.count();
      const run = await userCreate(database.target.url, ["--email", "first.admin@example.org", "--role", "viewer"], `${PASSWORD}\n`);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("A user with the email first.admin@example.org already exists");
      expect(run.stdout + run.stderr).not.toContain(PASSWORD);
      expect(await database.prisma.user.count()).toBe(before);
    }, 60_000);

    if (provider === "sqlite") {
      it.each([
        ["a bad role", ["--email", "x@example.org", "--role", "superuser"], `${PASSWORD}\n`, /--role: "superuser" is not a role; choose one of viewer, analyst, editor, admin/],
        ["a missing role", ["--email", "x@example.org"], `${PASSWORD}\n`, /--role: missing/],
        ["a bad email", ["--email", "x@", "--role", "viewer"], `${PASSWORD}\n`, /--email: Enter a valid email address/],
        ["a short password", ["--email", "x@example.org", "--role", "viewer"], "short\n", /password: The password needs at least 12 characters/],
        ["an empty stdin", ["--email", "x@example.org", "--role", "viewer"], "", /password: The password needs at least 12 characters/],
        ["a password given as an argument", ["--email", "x@example.org", "--role", "viewer", `--password=${PASSWORD}`], "", /never taken from the command line/],
        ["an unknown option", ["--email", "x@example.org", "--role", "viewer", "--admin"], `${PASSWORD}\n`, /Unknown option '--admin'/],
      ])("refuses %s with a clear error and creates nothing", async (_label, args, stdin, message) => {
        const before = await database.prisma.user.count();
        const run = await userCreate(database.target.url, args, stdin);
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(message);
        expect(run.stderr).toContain("usage: npm run user:create");
        expect(run.stdout + run.stderr).not.toContain(PASSWORD);
        expect(await database.prisma.user.count()).toBe(before);
      }, 60_000);

      it("names the user after the email's local part when --name is left out, and reads only the first line", async () => {
        const run = await userCreate(database.target.url, ["--email", "grace@example.org", "--role", "editor"], `${PASSWORD}\nignored second line\n`);
        expect(run.code).toBe(0);
        const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "grace@example.org" } });
        expect(user).toMatchObject({ name: "grace", role: "editor" });
        expect(await verifyPassword(PASSWORD, user.passwordHash!)).toBe(true);
      }, 60_000);
    }
  });
}
