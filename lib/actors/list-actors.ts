import "server-only";
import type { PrismaClient } from "../db/client.ts";

/** Every actor with its parent and how many claims name it, by name. */
export async function listActors(prisma: PrismaClient) {
  return prisma.actor.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      country: true,
      parent: { select: { name: true } },
      _count: { select: { attributions: true } },
    },
  });
}

export async function getActorBySlug(prisma: PrismaClient, slug: string) {
  return prisma.actor.findUnique({ where: { slug } });
}

/** Actors as select options ("Azerbaijan (state)"). */
export async function listActorOptions(prisma: PrismaClient) {
  const actors = await prisma.actor.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } });
  return actors.map((actor) => ({ value: actor.id, label: `${actor.name} (${actor.kind.replace(/_/g, " ")})` }));
}
