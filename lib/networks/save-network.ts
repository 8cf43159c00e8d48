import "server-only";
import { z } from "zod";
import type { PrismaClient, Prisma } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { PLATFORMS } from "../records/choices.ts";
import { assertUnchanged, missingIds, parseRecordInput, takenError, withUniqueAsFieldError } from "../records/record-input.ts";
import { expectedUpdatedAt, idList, lines, optionalText, requiredText, slugField } from "../validation/record-fields.ts";

type Platform = (typeof PLATFORMS)[number];

const networkFields = z.object({
  name: requiredText("a name", 200),
  slug: slugField,
  description: optionalText("the description", 5000),
  campaignIds: idList,
  /** Members to add, one per line: "platform handle" or "platform:handle" (x @someone). */
  addAccounts: lines("account", 250),
  /** Members to remove, in the same form. */
  removeAccounts: lines("account", 250),
});

export const createNetworkInput = networkFields;
export const updateNetworkInput = networkFields.extend({ id: z.string({ error: "No network given" }).min(1, "No network given"), expectedUpdatedAt });
type NetworkInput = z.output<typeof networkFields>;

const SLUG_TAKEN = "Another network already uses this slug";
const ACCOUNT_LINE = /^([a-z]+)\s*[:\s]\s*@?(\S+)$/i;

async function snapshot(tx: Prisma.TransactionClient, id: string) {
  const network = await tx.network.findUnique({
    where: { id },
    include: { campaigns: { select: { campaignId: true } }, _count: { select: { accounts: true } } },
  });
  if (!network) return null;
  const { campaigns, _count, ...fields } = network;
  // Members are counted, not listed (a network may hold thousands); the entry lists what was added and removed.
  return { ...fields, campaignIds: campaigns.map((l) => l.campaignId).sort(), accountCount: _count.accounts };
}

/**
 * "x @someone" → the account's id; a line that names no recorded account is a problem to report.
 * One query for all the lines (a pasted list may hold thousands), problems in the lines' order.
 */
async function accountsOf(tx: Prisma.TransactionClient, entries: readonly string[], problems: string[]): Promise<string[]> {
  const named: ({ platform: Platform; handle: string } | { problem: string })[] = entries.map((line) => {
    const m = ACCOUNT_LINE.exec(line);
    const platform = m?.[1]?.toLowerCase() as Platform | undefined;
    if (!m || !platform || !PLATFORMS.includes(platform)) {
      return { problem: `“${line.slice(0, 60)}” is not “platform handle” (platforms: ${PLATFORMS.join(", ")})` };
    }
    return { platform, handle: m[2] ?? "" };
  });
  const wanted = named.filter((entry): entry is { platform: Platform; handle: string } => "platform" in entry);
  const found = wanted.length === 0 ? [] : await tx.account.findMany({ where: { OR: wanted.map(({ platform, handle }) => ({ platform, handle })) }, select: { id: true, platform: true, handle: true } });
  const idOf = new Map(found.map((account) => [`${account.platform}/${account.handle}`, account.id]));
  const ids: string[] = [];
  for (const entry of named) {
    if ("problem" in entry) {
      problems.push(entry.problem);
      continue;
    }
    const id = idOf.get(`${entry.platform}/${entry.handle}`);
    if (id) ids.push(id);
    else problems.push(`No ${entry.platform} account @${entry.handle} is recorded; add it under Accounts first`);
  }
  return ids;
}

interface NetworkLinks {
  campaignIds: string[];
  addAccountIds: string[];
  removeAccountIds: string[];
}

/** The campaigns to link and the accounts to add and remove; every line must name a recorded account. */
async function resolveMembers(tx: Prisma.TransactionClient, input: NetworkInput): Promise<NetworkLinks> {
  const errors: Record<string, string[]> = {};
  const campaigns = await tx.campaign.findMany({ where: { id: { in: input.campaignIds } }, select: { id: true } });
  if (missingIds(input.campaignIds, campaigns).length) errors.campaignIds = ["A chosen campaign no longer exists; reload the page"];
  const addProblems: string[] = [];
  const removeProblems: string[] = [];
  const removeAccountIds = [...new Set(await accountsOf(tx, input.removeAccounts, removeProblems))];
  const removed = new Set(removeAccountIds);
  const addAccountIds = [...new Set(await accountsOf(tx, input.addAccounts, addProblems))].filter((id) => !removed.has(id));
  if (addProblems.length) errors.addAccounts = addProblems;
  if (removeProblems.length) errors.removeAccounts = removeProblems;
  if (Object.keys(errors).length) throw new ValidationError("The network was not saved: check the marked fields.", errors);
  return { campaignIds: input.campaignIds, addAccountIds, removeAccountIds };
}

async function writeLinks(tx: Prisma.TransactionClient, networkId: string, links: NetworkLinks) {
  await tx.campaignNetwork.deleteMany({ where: { networkId, campaignId: { notIn: links.campaignIds } } });
  const present = new Set((await tx.campaignNetwork.findMany({ where: { networkId }, select: { campaignId: true } })).map((l) => l.campaignId));
  const newCampaigns = links.campaignIds.filter((id) => !present.has(id));
  if (newCampaigns.length) await tx.campaignNetwork.createMany({ data: newCampaigns.map((campaignId) => ({ campaignId, networkId })) });
  if (links.removeAccountIds.length) await tx.networkAccount.deleteMany({ where: { networkId, accountId: { in: links.removeAccountIds } } });
  // Members already in the network keep their addedAt: only new links are inserted.
  const members = new Set(
    (await tx.networkAccount.findMany({ where: { networkId, accountId: { in: links.addAccountIds } }, select: { accountId: true } })).map((l) => l.accountId),
  );
  const newAccounts = links.addAccountIds.filter((id) => !members.has(id));
  if (newAccounts.length) await tx.networkAccount.createMany({ data: newAccounts.map((accountId) => ({ accountId, networkId })) });
}

/** An analyst records a cluster of accounts acting together, and the campaigns it serves. */
export async function createNetwork(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(createNetworkInput, raw, "network");
  return withUniqueAsFieldError(
    () =>
      prisma.$transaction(async (tx) => {
        if (await tx.network.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw takenError("slug", SLUG_TAKEN);
        const links = await resolveMembers(tx, input);
        const created = await tx.network.create({ data: { name: input.name, slug: input.slug, description: input.description }, select: { id: true, slug: true, name: true } });
        await writeLinks(tx, created.id, links);
        await writeAudit(tx, { userId: principal.userId, action: "network.create", entityType: "network", entityId: created.id, after: { ...(await snapshot(tx, created.id)), addedAccountIds: links.addAccountIds } });
        return created;
      }),
    "slug",
    SLUG_TAKEN,
  );
}

/** Edits a network, its members and campaigns; refused with a ConflictError if it changed since the form was opened. */
export async function updateNetwork(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(updateNetworkInput, raw, "network");
  return withUniqueAsFieldError(
    () =>
      prisma.$transaction(async (tx) => {
        const before = await snapshot(tx, input.id);
        if (!before) throw new NotFoundError("This network no longer exists.");
        assertUnchanged("network", before.updatedAt, input.expectedUpdatedAt);
        const clash = await tx.network.findUnique({ where: { slug: input.slug }, select: { id: true } });
        if (clash && clash.id !== input.id) throw takenError("slug", SLUG_TAKEN);
        const links = await resolveMembers(tx, input);
        // The scalar update always bumps updatedAt, so a membership-only edit still moves the version on.
        const updated = await tx.network.updateMany({
          where: { id: input.id, updatedAt: before.updatedAt },
          data: { name: input.name, slug: input.slug, description: input.description, updatedAt: new Date() },
        });
        if (updated.count === 0) assertUnchanged("network", new Date(0), input.expectedUpdatedAt);
        await writeLinks(tx, input.id, links);
        const after = await snapshot(tx, input.id);
        await writeAudit(tx, { userId: principal.userId, action: "network.update", entityType: "network", entityId: input.id, before, after: { ...after, addedAccountIds: links.addAccountIds, removedAccountIds: links.removeAccountIds } });
        return { id: input.id, slug: input.slug, name: input.name };
      }),
    "slug",
    SLUG_TAKEN,
  );
}

export async function getNetworkForEdit(prisma: PrismaClient, slug: string) {
  return prisma.network.findUnique({
    where: { slug },
    include: {
      campaigns: { select: { campaignId: true } },
      _count: { select: { accounts: true } },
      // A sample of the members for the form; large networks are edited by handle lines.
      accounts: { include: { account: { select: { id: true, platform: true, handle: true } } }, orderBy: { account: { handle: "asc" } }, take: 200 },
    },
  });
}

/** Every network with its member and campaign counts, by name. */
export async function listNetworks(prisma: PrismaClient) {
  return prisma.network.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      _count: { select: { accounts: true, campaigns: true, attributions: true } },
      campaigns: { select: { campaign: { select: { slug: true, name: true } } } },
    },
  });
}
