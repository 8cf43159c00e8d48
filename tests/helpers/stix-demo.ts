import type { PrismaClient } from "@/lib/db/client.ts";
import { seedDemo } from "@/lib/db/seed/seed-demo.ts";
import { loadDisarm } from "@/lib/disarm/load-disarm.ts";

/** DISARM techniques the STIX tests tag on demo campaigns (ids from prisma/disarm/DISARM.json). */
export const STIX_TEST_TAGS = [
  { campaignSlug: "doctored-police-image-2024", techniqueId: "attack-pattern--e4ad5ad8-f52d-48a0-8fce-33157f885a3e", note: "The doctored \"French police are murderers\" image (T0086.003)." },
  { campaignSlug: "doctored-police-image-2024", techniqueId: "attack-pattern--0c765d19-99b2-4703-af48-e20a677c4bfc", note: null },
  { campaignSlug: "olympics-boycott-2023", techniqueId: "attack-pattern--45dae307-ba74-4038-90ef-2282a32e38b9", note: "Calls to boycott the Games." },
] as const;

/** The demo seed, DISARM, and a few technique tags (added when the seed lacks them): every kind of object the STIX export writes. */
export async function seedStixDemo(prisma: PrismaClient): Promise<void> {
  await seedDemo(prisma, { now: new Date("2026-01-01T00:00:00.000Z") });
  await loadDisarm(prisma);
  for (const tag of STIX_TEST_TAGS) {
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { slug: tag.campaignSlug }, select: { id: true } });
    const key = { campaignId_techniqueId: { campaignId: campaign.id, techniqueId: tag.techniqueId } };
    if (await prisma.campaignTechnique.findUnique({ where: key })) continue; // the demo seed may tag it already
    await prisma.campaignTechnique.create({
      data: { campaignId: campaign.id, techniqueId: tag.techniqueId, note: tag.note, addedAt: new Date("2025-03-01T12:00:00.000Z") },
    });
  }
}
