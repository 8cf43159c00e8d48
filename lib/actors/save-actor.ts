import "server-only";
import { z } from "zod";
import type { PrismaClient, Prisma } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { ACTOR_KINDS } from "../records/choices.ts";
import { assertUnchanged, parseRecordInput, takenError, withUniqueAsFieldError } from "../records/record-input.ts";
import { choice, countryField, expectedUpdatedAt, optionalId, optionalText, requiredText, slugField } from "../validation/record-fields.ts";

const actorFields = z.object({
  name: requiredText("a name", 200),
  slug: slugField,
  kind: choice(ACTOR_KINDS, "a kind"),
  country: countryField,
  description: optionalText("the description", 5000),
  parentId: optionalId,
});

export const createActorInput = actorFields;
export const updateActorInput = actorFields.extend({ id: z.string({ error: "No actor given" }).min(1, "No actor given"), expectedUpdatedAt });
type ActorInput = z.output<typeof actorFields>;

const SLUG_TAKEN = "Another actor already uses this slug";
const actorState = { id: true, slug: true, name: true, kind: true, country: true, description: true, parentId: true, updatedAt: true } as const;

function fields(input: ActorInput) {
  return { name: input.name, slug: input.slug, kind: input.kind, country: input.country, description: input.description, parentId: input.parentId };
}

/** The parent must exist and must not be the actor itself or one of its descendants (no cycles). */
async function checkParent(tx: Prisma.TransactionClient, parentId: string | null, selfId: string | null): Promise<void> {
  if (!parentId) return;
  const invalid = (message: string) => new ValidationError(`The actor was not saved: ${message}`, { parentId: [message] });
  let cursor: string | null = parentId;
  for (let depth = 0; cursor && depth < 100; depth += 1) {
    if (cursor === selfId) throw invalid("An actor cannot belong to itself or to one of its own members");
    const row: { parentId: string | null } | null = await tx.actor.findUnique({ where: { id: cursor }, select: { parentId: true } });
    if (!row) {
      if (cursor === parentId) throw invalid("The chosen parent actor no longer exists");
      return;
    }
    cursor = row.parentId;
  }
}

/** An analyst records a state, party, organisation or person that campaigns may be attributed to. */
export async function createActor(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(createActorInput, raw, "actor");
  return withUniqueAsFieldError(
    () =>
      prisma.$transaction(async (tx) => {
        if (await tx.actor.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw takenError("slug", SLUG_TAKEN);
        await checkParent(tx, input.parentId, null);
        const created = await tx.actor.create({ data: fields(input), select: actorState });
        await writeAudit(tx, { userId: principal.userId, action: "actor.create", entityType: "actor", entityId: created.id, after: created });
        return created;
      }),
    "slug",
    SLUG_TAKEN,
  );
}

/** Edits an actor; refused with a ConflictError if it changed since the form was opened. */
export async function updateActor(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(updateActorInput, raw, "actor");
  return withUniqueAsFieldError(
    () =>
      prisma.$transaction(async (tx) => {
        const before = await tx.actor.findUnique({ where: { id: input.id }, select: actorState });
        if (!before) throw new NotFoundError("This actor no longer exists.");
        assertUnchanged("actor", before.updatedAt, input.expectedUpdatedAt);
        const clash = await tx.actor.findUnique({ where: { slug: input.slug }, select: { id: true } });
        if (clash && clash.id !== input.id) throw takenError("slug", SLUG_TAKEN);
        await checkParent(tx, input.parentId, input.id);
        const updated = await tx.actor.updateMany({ where: { id: input.id, updatedAt: before.updatedAt }, data: fields(input) });
        if (updated.count === 0) assertUnchanged("actor", new Date(0), input.expectedUpdatedAt);
        const after = await tx.actor.findUniqueOrThrow({ where: { id: input.id }, select: actorState });
        await writeAudit(tx, { userId: principal.userId, action: "actor.update", entityType: "actor", entityId: input.id, before, after });
        return after;
      }),
    "slug",
    SLUG_TAKEN,
  );
}
