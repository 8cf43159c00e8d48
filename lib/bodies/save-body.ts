import "server-only";
import { z } from "zod";
import type { PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { NotFoundError } from "../errors.ts";
import { BODY_KINDS } from "../records/choices.ts";
import { assertUnchanged, parseRecordInput, takenError, withUniqueAsFieldError } from "../records/record-input.ts";
import { choice, countryField, expectedUpdatedAt, optionalUrl, requiredText, slugField } from "../validation/record-fields.ts";

const bodyFields = z.object({
  name: requiredText("a name", 200),
  slug: slugField,
  kind: choice(BODY_KINDS, "a kind"),
  country: countryField,
  url: optionalUrl,
});

export const createBodyInput = bodyFields;
export const updateBodyInput = bodyFields.extend({
  id: z.string({ error: "No investigating body given" }).min(1, "No investigating body given"),
  expectedUpdatedAt,
});
type BodyInput = z.output<typeof bodyFields>;

const SLUG_TAKEN = "Another investigating body already uses this slug";
const bodyState = { id: true, slug: true, name: true, kind: true, country: true, url: true, updatedAt: true } as const;

function fields(input: BodyInput) {
  return { name: input.name, slug: input.slug, kind: input.kind, country: input.country, url: input.url };
}

/** An analyst records an agency, newsroom, lab or platform that investigates or reports. */
export async function createBody(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(createBodyInput, raw, "investigating body");
  return withUniqueAsFieldError(
    () =>
      prisma.$transaction(async (tx) => {
        if (await tx.investigatingBody.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw takenError("slug", SLUG_TAKEN);
        const created = await tx.investigatingBody.create({ data: fields(input), select: bodyState });
        await writeAudit(tx, { userId: principal.userId, action: "investigating-body.create", entityType: "investigating-body", entityId: created.id, after: created });
        return created;
      }),
    "slug",
    SLUG_TAKEN,
  );
}

/** Edits an investigating body; refused with a ConflictError if it changed since the form was opened. */
export async function updateBody(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(updateBodyInput, raw, "investigating body");
  return withUniqueAsFieldError(
    () =>
      prisma.$transaction(async (tx) => {
        const before = await tx.investigatingBody.findUnique({ where: { id: input.id }, select: bodyState });
        if (!before) throw new NotFoundError("This investigating body no longer exists.");
        assertUnchanged("investigating body", before.updatedAt, input.expectedUpdatedAt);
        const clash = await tx.investigatingBody.findUnique({ where: { slug: input.slug }, select: { id: true } });
        if (clash && clash.id !== input.id) throw takenError("slug", SLUG_TAKEN);
        const updated = await tx.investigatingBody.updateMany({ where: { id: input.id, updatedAt: before.updatedAt }, data: fields(input) });
        if (updated.count === 0) assertUnchanged("investigating body", new Date(0), input.expectedUpdatedAt);
        const after = await tx.investigatingBody.findUniqueOrThrow({ where: { id: input.id }, select: bodyState });
        await writeAudit(tx, { userId: principal.userId, action: "investigating-body.update", entityType: "investigating-body", entityId: input.id, before, after });
        return after;
      }),
    "slug",
    SLUG_TAKEN,
  );
}
