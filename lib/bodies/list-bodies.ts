import "server-only";
import type { PrismaClient } from "../db/client.ts";

/** Every investigating body with how many claims and sources it has, by name. */
export async function listBodies(prisma: PrismaClient) {
  return prisma.investigatingBody.findMany({
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, kind: true, country: true, url: true, _count: { select: { attributions: true, sources: true } } },
  });
}

export async function getBodyBySlug(prisma: PrismaClient, slug: string) {
  return prisma.investigatingBody.findUnique({ where: { slug } });
}

export async function listBodyOptions(prisma: PrismaClient) {
  const bodies = await prisma.investigatingBody.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return bodies.map((body) => ({ value: body.id, label: body.name }));
}
