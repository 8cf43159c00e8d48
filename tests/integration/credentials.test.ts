import { beforeAll, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials.ts";
import { ensureDemoUsers } from "@/lib/demo/demo-users.ts";
import { DEMO_USERS } from "@/lib/demo/demo-accounts.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

withTestDatabases((ctx) => {
  beforeAll(async () => {
    expect(await ensureDemoUsers(ctx.prisma())).toBe(DEMO_USERS.length);
    expect(await ensureDemoUsers(ctx.prisma())).toBe(0);
  });

  it("signs in a demo user with the right password and records it in the audit log", async () => {
    const editor = DEMO_USERS.find((user) => user.role === "editor")!;
    const user = await verifyCredentials(ctx.prisma(), ` ${editor.email.toUpperCase()} `, editor.password);
    expect(user).toMatchObject({ email: editor.email, role: "editor" });
    const audit = await ctx.prisma().auditLog.findFirst({ where: { action: "auth.sign-in", userId: user!.id } });
    expect(audit).not.toBeNull();
    const stored = await ctx.prisma().user.findUniqueOrThrow({ where: { id: user!.id } });
    expect(stored.passwordHash).not.toContain(editor.password);
    expect(stored.lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown email and a deactivated account", async () => {
    const viewer = DEMO_USERS.find((user) => user.role === "viewer")!;
    expect(await verifyCredentials(ctx.prisma(), viewer.email, "wrong")).toBeNull();
    expect(await verifyCredentials(ctx.prisma(), "nobody@demo.test", viewer.password)).toBeNull();
    await ctx.prisma().user.update({ where: { email: viewer.email }, data: { active: false } });
    expect(await verifyCredentials(ctx.prisma(), viewer.email, viewer.password)).toBeNull();
  });
});
