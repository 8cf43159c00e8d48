import { beforeEach, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials.ts";
import { LoginRateLimiter } from "@/lib/auth/rate-limit.ts";
import { createUser } from "@/lib/users/create-user.ts";
import { SYSTEM_ACTOR } from "@/lib/users/system-actor.ts";
import type { PrismaClient } from "@/lib/db/client.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

const PASSWORD = "the right password";
const WRONG = ["wrong guess one", "wrong guess two", "wrong guess three", "wrong guess four", "wrong guess five", "wrong guess six"];
const ADDRESS = "203.0.113.9";
let run = 0;

async function refusals(prisma: PrismaClient, email: string) {
  const rows = await prisma.auditLog.findMany({ where: { action: "auth.sign-in-refused", after: { contains: `"${email}"` } }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return rows.map((row) => ({ ...row, detail: JSON.parse(row.after!) as { email: string; reason: string; clientAddress: string | null } }));
}

withTestDatabases((ctx) => {
  let email: string;
  let userId: string;
  let limiter: LoginRateLimiter;
  beforeEach(async () => {
    run += 1;
    email = `limited-${run}@example.test`;
    userId = (await createUser(ctx.prisma(), SYSTEM_ACTOR, { email, name: "Limited", role: "viewer", password: PASSWORD })).id;
    limiter = new LoginRateLimiter();
  });

  it("refuses even the right password after 5 failures, logs each refusal with its reason, and never the password", async () => {
    const prisma = ctx.prisma();
    for (const guess of WRONG.slice(0, 5)) expect(await verifyCredentials(prisma, email, guess, { limiter, clientAddress: ADDRESS })).toBeNull();
    expect(await verifyCredentials(prisma, email, PASSWORD, { limiter, clientAddress: ADDRESS })).toBeNull();
    expect(await verifyCredentials(prisma, email.toUpperCase(), PASSWORD, { limiter, clientAddress: "198.51.100.1" })).toBeNull();

    const logged = await refusals(prisma, email);
    expect(logged.map((row) => row.detail.reason)).toEqual([...Array(5).fill("wrong-password"), "rate-limited-account"]);
    expect(logged[0]).toMatchObject({ userId: null, entityType: "user", entityId: userId, detail: { email, clientAddress: ADDRESS } });
    const all = JSON.stringify(await prisma.auditLog.findMany());
    for (const secret of [PASSWORD, ...WRONG]) expect(all).not.toContain(secret);
    expect(await prisma.auditLog.count({ where: { action: "auth.sign-in", entityId: userId } })).toBe(0);
  });

  it("a successful sign-in resets the account's failures", async () => {
    const prisma = ctx.prisma();
    for (const guess of WRONG.slice(0, 4)) await verifyCredentials(prisma, email, guess, { limiter, clientAddress: ADDRESS });
    expect(await verifyCredentials(prisma, email, PASSWORD, { limiter, clientAddress: ADDRESS })).toMatchObject({ id: userId });
    for (const guess of WRONG.slice(0, 4)) await verifyCredentials(prisma, email, guess, { limiter, clientAddress: ADDRESS });
    expect(await verifyCredentials(prisma, email, PASSWORD, { limiter, clientAddress: ADDRESS })).toMatchObject({ id: userId });
  });

  it("refuses every account from an address after 20 failures there, but not from elsewhere", async () => {
    const prisma = ctx.prisma();
    for (let i = 0; i < 20; i += 1) await verifyCredentials(prisma, `nobody-${run}-${i}@example.test`, "not a password", { limiter, clientAddress: ADDRESS });
    expect(await verifyCredentials(prisma, email, PASSWORD, { limiter, clientAddress: ADDRESS })).toBeNull();
    expect((await refusals(prisma, email)).map((row) => row.detail.reason)).toEqual(["rate-limited-address"]);
    expect((await refusals(prisma, `nobody-${run}-0@example.test`))[0]).toMatchObject({ entityId: null, detail: { reason: "unknown-email" } });
    expect(await verifyCredentials(prisma, email, PASSWORD, { limiter, clientAddress: "198.51.100.1" })).toMatchObject({ id: userId });
  });

  it("records a deactivated account's refusal as such", async () => {
    await ctx.prisma().user.update({ where: { id: userId }, data: { active: false } });
    expect(await verifyCredentials(ctx.prisma(), email, PASSWORD, { limiter })).toBeNull();
    expect((await refusals(ctx.prisma(), email)).map((row) => row.detail)).toEqual([{ email, reason: "deactivated", clientAddress: null }]);
  });
});
