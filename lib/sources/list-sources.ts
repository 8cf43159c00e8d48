import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { formatDate } from "../format/dates.ts";

/** Every source as a short label ("Le Monde, 17 May 2024: title"), newest first, for pickers. */
export async function listSourceOptions(prisma: PrismaClient) {
  const sources = await prisma.source.findMany({
    orderBy: [{ publishedAt: "desc" }, { title: "asc" }],
    select: { id: true, title: true, publisher: true, publishedAt: true },
  });
  return sources.map((source) => ({
    id: source.id,
    label: `${source.publisher}${source.publishedAt ? `, ${formatDate(source.publishedAt)}` : ""}: ${source.title}`,
  }));
}
