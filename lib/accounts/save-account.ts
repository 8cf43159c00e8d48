import "server-only";
import { z } from "zod";
import type { PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { NotFoundError } from "../errors.ts";
import { PLATFORMS } from "../records/choices.ts";
import { parseRecordInput, takenError, withUniqueAsFieldError } from "../records/record-input.ts";
import { choice, optionalDay, optionalText, optionalWholeNumber, requiredText } from "../validation/record-fields.ts";

const accountFields = z.object({
  platform: choice(PLATFORMS, "a platform"),
  // Stored without the @, as the importer stores handles.
  handle: requiredText("a handle", 200).pipe(z.string().transform((handle) => handle.replace(/^@/, ""))).pipe(z.string().min(1, "Enter a handle")),
  displayName: optionalText("the display name", 500),
  platformAccountId: optionalText("the platform account id", 200),
  accountCreatedAt: optionalDay("the creation date"),
  followers: optionalWholeNumber("followers", 0, 2_147_483_647),
});

export const createAccountInput = accountFields;
export const updateAccountInput = accountFields.extend({ id: z.string({ error: "No account given" }).min(1, "No account given") });
type AccountInput = z.output<typeof accountFields>;

const accountState = { id: true, platform: true, handle: true, displayName: true, platformAccountId: true, accountCreatedAt: true, followers: true } as const;

function takenMessage(input: AccountInput): string {
  return `A ${input.platform} account @${input.handle} is already recorded`;
}

function fields(input: AccountInput) {
  return {
    platform: input.platform,
    handle: input.handle,
    displayName: input.displayName,
    platformAccountId: input.platformAccountId,
    accountCreatedAt: input.accountCreatedAt,
    followers: input.followers,
  };
}

/** An analyst records a platform account (unique per platform and handle). */
export async function createAccount(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(createAccountInput, raw, "account");
  return withUniqueAsFieldError(
    () =>
      prisma.$transaction(async (tx) => {
        const clash = await tx.account.findUnique({ where: { platform_handle: { platform: input.platform, handle: input.handle } }, select: { id: true } });
        if (clash) throw takenError("handle", takenMessage(input));
        const created = await tx.account.create({ data: fields(input), select: accountState });
        await writeAudit(tx, { userId: principal.userId, action: "account.create", entityType: "account", entityId: created.id, after: created });
        return created;
      }),
    "handle",
    "An account with this platform and handle is already recorded",
  );
}

/** Edits an account (the table keeps no updatedAt: the last save wins). */
export async function updateAccount(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(updateAccountInput, raw, "account");
  return withUniqueAsFieldError(
    () =>
      prisma.$transaction(async (tx) => {
        const before = await tx.account.findUnique({ where: { id: input.id }, select: accountState });
        if (!before) throw new NotFoundError("This account no longer exists.");
        const clash = await tx.account.findUnique({ where: { platform_handle: { platform: input.platform, handle: input.handle } }, select: { id: true } });
        if (clash && clash.id !== input.id) throw takenError("handle", takenMessage(input));
        const after = await tx.account.update({ where: { id: input.id }, data: fields(input), select: accountState });
        await writeAudit(tx, { userId: principal.userId, action: "account.update", entityType: "account", entityId: input.id, before, after });
        return after;
      }),
    "handle",
    "An account with this platform and handle is already recorded",
  );
}

export async function getAccountForEdit(prisma: PrismaClient, id: string) {
  return prisma.account.findUnique({ where: { id } });
}

const PAGE = 100;

/** Accounts whose handle contains `search` (all when blank), most recently seen first, at most 100. */
export async function listAccounts(prisma: PrismaClient, search: string | undefined) {
  const where = search ? { handle: { contains: search.replace(/^@/, "") } } : {};
  const [accounts, total] = await Promise.all([
    prisma.account.findMany({
      where,
      orderBy: [{ firstSeenAt: "desc" }, { id: "asc" }],
      take: PAGE,
      select: { id: true, platform: true, handle: true, displayName: true, followers: true, synthetic: true, _count: { select: { posts: true, networks: true } } },
    }),
    prisma.account.count({ where }),
  ]);
  return { accounts, total, shown: PAGE };
}
