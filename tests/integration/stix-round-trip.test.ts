import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDisarm } from "@/lib/disarm/load-disarm.ts";
import { exportStixBundle } from "@/lib/stix/export-bundle.ts";
import { importStixBundle } from "@/lib/stix/import-bundle.ts";
import { SYSTEM_ACTOR } from "@/lib/users/system-actor.ts";
import type { PrismaClient } from "@/lib/db/client.ts";
import { seedStixDemo } from "../helpers/stix-demo.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../helpers/test-databases.ts";

async function counts(prisma: PrismaClient) {
  return {
    campaign: await prisma.campaign.count(),
    network: await prisma.network.count(),
    campaignNetwork: await prisma.campaignNetwork.count(),
    actor: await prisma.actor.count(),
    actorWithParent: await prisma.actor.count({ where: { parentId: { not: null } } }),
    attribution: await prisma.attribution.count(),
    attributionWithCampaignAndNetwork: await prisma.attribution.count({ where: { campaignId: { not: null }, networkId: { not: null } } }),
    attributionChange: await prisma.attributionChange.count(),
    attributionSource: await prisma.attributionSource.count(),
    claimResponse: await prisma.claimResponse.count(),
    campaignTechnique: await prisma.campaignTechnique.count(),
  };
}

describe("STIX round trip: export → import into an empty database → export", () => {
  for (const provider of testProviders) {
    describe(`on ${provider}`, () => {
      let origin: TestDatabase | undefined;
      let copy: TestDatabase | undefined;
      const db1 = () => origin!.prisma;
      const db2 = () => copy!.prisma;

      beforeAll(async () => {
        origin = await createTestDatabase(provider);
        copy = await createTestDatabase(provider);
        await seedStixDemo(origin.prisma);
        await loadDisarm(copy.prisma);
      }, 120_000);
      afterAll(async () => {
        await origin?.drop();
        await copy?.drop();
      });

      it("reproduces the bundle byte for byte", async () => {
        const first = await exportStixBundle(db1());
        const report = await importStixBundle(db2(), { actor: SYSTEM_ACTOR, bundle: JSON.parse(JSON.stringify(first)) });
        expect(report.unknown).toEqual([]);
        expect(report.updated).toEqual([]);
        expect(report.warnings).toEqual([]);
        // Only DISARM's identity and marking are not stored (exports add them again).
        expect(report.skipped.map((item) => item.type).sort()).toEqual(["identity", "marking-definition"]);
        expect(report.created.length + report.unchanged.length + report.skipped.length).toBe(first.objects.length);
        expect(report.auditLogId).not.toBeNull();

        const second = await exportStixBundle(db2());
        expect(JSON.stringify(second, null, 2)).toBe(JSON.stringify(first, null, 2));
        expect(await counts(db2())).toEqual(await counts(db1()));
      });

      it("reproduces a campaign's bundle too", async () => {
        const slug = "doctored-police-image-2024";
        expect(JSON.stringify(await exportStixBundle(db2(), { campaignSlug: slug }))).toBe(
          JSON.stringify(await exportStixBundle(db1(), { campaignSlug: slug })),
        );
      });

      it("changes nothing when the same bundle is imported again, into the copy or the origin", async () => {
        const bundle = await exportStixBundle(db1());
        for (const prisma of [db2(), db1()]) {
          const auditBefore = await prisma.auditLog.count();
          const changesBefore = await prisma.attributionChange.count();
          const report = await importStixBundle(prisma, { actor: SYSTEM_ACTOR, bundle });
          expect(report.created).toEqual([]);
          expect(report.updated).toEqual([]);
          expect(report.unchanged.length).toBe(bundle.objects.length - 2);
          expect(report.auditLogId).toBeNull();
          expect(await prisma.auditLog.count()).toBe(auditBefore);
          expect(await prisma.attributionChange.count()).toBe(changesBefore);
          expect(JSON.stringify(await exportStixBundle(prisma))).toBe(JSON.stringify(bundle));
        }
      });
    });
  }
});
