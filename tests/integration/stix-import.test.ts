import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/client.ts";
import { loadDisarm } from "@/lib/disarm/load-disarm.ts";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors.ts";
import { exportStixBundle } from "@/lib/stix/export-bundle.ts";
import { DEFAULT_IMPORTED_CONFIDENCE, importStixBundle } from "@/lib/stix/import-bundle.ts";
import { SYSTEM_ACTOR } from "@/lib/users/system-actor.ts";
import { seedStixDemo } from "../helpers/stix-demo.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/stix/opencti-fimi-campaign.json");
const openCti = () => JSON.parse(readFileSync(FIXTURE, "utf8")) as { type: string; id: string; objects: Record<string, unknown>[] };

const CAMPAIGN = "campaign--44a7f37d-0a30-4a49-a1ea-4e8ba923a59b";
const CAMPAIGN_CLAIM = "relationship--3f864534-09d6-401b-b0a0-8ffd180f782d";
const NETWORK_CLAIM = "relationship--832ca7d9-efce-4a5d-85a7-eddd7f22d44c";

async function tableCounts(prisma: PrismaClient) {
  return {
    campaign: await prisma.campaign.count(),
    network: await prisma.network.count(),
    campaignNetwork: await prisma.campaignNetwork.count(),
    actor: await prisma.actor.count(),
    investigatingBody: await prisma.investigatingBody.count(),
    attribution: await prisma.attribution.count(),
    attributionChange: await prisma.attributionChange.count(),
    attributionSource: await prisma.attributionSource.count(),
    source: await prisma.source.count(),
    campaignSource: await prisma.campaignSource.count(),
    campaignTechnique: await prisma.campaignTechnique.count(),
    claimResponse: await prisma.claimResponse.count(),
    auditLog: await prisma.auditLog.count({ where: { action: "stix.import" } }),
  };
}

describe("STIX import of an OpenCTI bundle", () => {
  withTestDatabases(({ prisma }) => {
    beforeAll(async () => {
      await loadDisarm(prisma());
    });

    it("rejects a malformed bundle with the object, id and field, and writes nothing", async () => {
      const before = await tableCounts(prisma());
      const broken = openCti();
      const campaign = broken.objects.find((object) => object.id === CAMPAIGN)!;
      campaign.first_seen = "May 2022";
      const claim = broken.objects.find((object) => object.id === CAMPAIGN_CLAIM)!;
      claim.confidence = 150;
      broken.objects.push({ type: "campaign", name: "no id" });
      const error = await importStixBundle(prisma(), { actor: SYSTEM_ACTOR, bundle: broken }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      const { fieldErrors, message } = error as ValidationError;
      expect(Object.keys(fieldErrors).sort()).toEqual([
        `objects[16].id`,
        `objects[2] (${CAMPAIGN}).first_seen`,
        `objects[5] (${CAMPAIGN_CLAIM}).confidence`,
      ]);
      expect(message).toMatch(/nothing was imported/);
      expect(message).toMatch(/first_seen: must be a STIX timestamp/);
      expect(await tableCounts(prisma())).toEqual(before);

      for (const notABundle of [null, [], { type: "report" }, { type: "bundle", id: "bundle--x", objects: [] }, { type: "bundle", id: broken.id, objects: {} }]) {
        await expect(importStixBundle(prisma(), { actor: SYSTEM_ACTOR, bundle: notABundle })).rejects.toBeInstanceOf(ValidationError);
      }
      expect(await tableCounts(prisma())).toEqual(before);
    });

    it("refuses callers without the rights, before or without writing anything", async () => {
      const analyst = await prisma().user.create({ data: { email: "stix-analyst@test", name: "Analyst", role: "analyst" } });
      const viewer = await prisma().user.create({ data: { email: "stix-viewer@test", name: "Viewer", role: "viewer" } });
      const before = await tableCounts(prisma());
      await expect(importStixBundle(prisma(), { actor: null as never, bundle: openCti() })).rejects.toBeInstanceOf(UnauthorizedError);
      await expect(importStixBundle(prisma(), { actor: { userId: viewer.id, role: "viewer" }, bundle: openCti() })).rejects.toBeInstanceOf(ForbiddenError);
      // Analysts may write records but not set a claim's status and confidence: the whole import rolls back.
      await expect(importStixBundle(prisma(), { actor: { userId: analyst.id, role: "analyst" }, bundle: openCti() })).rejects.toThrow(
        /attribution:change-status/,
      );
      expect(await tableCounts(prisma())).toEqual(before);
    });

    it("imports campaign, intrusion set, threat actor, author, claims, report and DISARM tag; lists what it does not understand", async () => {
      const editor = await prisma().user.create({ data: { email: "stix-editor@test", name: "Editor", role: "editor" } });
      const before = await tableCounts(prisma());
      const report = await importStixBundle(prisma(), { actor: { userId: editor.id, role: "editor" }, bundle: openCti() });

      expect(report.unknown.map((item) => item.type).sort()).toEqual(["indicator", "location"]);
      const skipped = new Map(report.skipped.map((item) => [item.id, item.reason]));
      expect(skipped.get("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da")).toMatch(/markings are not stored/);
      expect(skipped.get("relationship--feb33628-3558-41bf-8db9-b7b3bcfcd72b")).toMatch(/"targets" is not mapped/);
      expect(skipped.get("attack-pattern--c5e11a39-1520-4f50-87e8-9523cca3eef5")).toMatch(/unknown DISARM technique T1566/);
      expect(skipped.get("relationship--2918ff47-7de4-4f5b-8035-3019735f138d")).toMatch(/only campaign → a known DISARM attack-pattern/);
      expect(report.skipped).toHaveLength(4);
      expect(report.created.map((item) => item.record).sort()).toEqual([
        "Actor",
        "Attribution",
        "Attribution",
        "Campaign",
        "CampaignNetwork",
        "CampaignTechnique",
        "InvestigatingBody",
        "Network",
        "Source",
      ]);
      expect(report.unchanged.map((item) => item.record)).toEqual(["Technique"]);
      expect(report.created.length + report.updated.length + report.unchanged.length + report.skipped.length + report.unknown.length).toBe(openCti().objects.length);
      const warned = report.warnings.filter((warning) => warning.id === NETWORK_CLAIM).map((warning) => warning.field).sort();
      expect(warned).toEqual(["confidence", "created_by_ref"]);

      const after = await tableCounts(prisma());
      expect(after).toEqual({
        ...before,
        campaign: before.campaign + 1,
        network: before.network + 1,
        campaignNetwork: before.campaignNetwork + 1,
        actor: before.actor + 1,
        investigatingBody: before.investigatingBody + 1,
        attribution: before.attribution + 2,
        attributionChange: before.attributionChange + 2,
        attributionSource: before.attributionSource + 2,
        source: before.source + 1,
        campaignSource: before.campaignSource + 1,
        campaignTechnique: before.campaignTechnique + 1,
        auditLog: before.auditLog + 1,
      });

      const campaign = await prisma().campaign.findUniqueOrThrow({ where: { stixId: CAMPAIGN } });
      expect(campaign).toMatchObject({ slug: "rrn-doppelganger", name: "RRN (Doppelganger)", status: "active" });
      expect(campaign.createdAt.toISOString()).toBe("2023-06-13T08:20:01.554Z");
      expect(campaign.firstSeenAt?.toISOString()).toBe("2022-05-01T00:00:00.000Z");
      const claims = await prisma().attribution.findMany({ where: { stixId: { in: [CAMPAIGN_CLAIM, NETWORK_CLAIM] } }, include: { claimant: true, actor: true, history: true } });
      const byStix = new Map(claims.map((claim) => [claim.stixId, claim]));
      expect(byStix.get(CAMPAIGN_CLAIM)).toMatchObject({ confidence: 85, status: "suspected", claimant: { name: "Viginum" }, actor: { name: "Social Design Agency (SDA)", kind: "state" } });
      expect(byStix.get(CAMPAIGN_CLAIM)?.rationale).toMatch(/EU Council named the Social Design Agency/);
      // No created_by_ref: the report's author is the claimant; no confidence: the documented default.
      expect(byStix.get(NETWORK_CLAIM)).toMatchObject({ confidence: DEFAULT_IMPORTED_CONFIDENCE, claimant: { name: "Viginum" }, campaignId: null });
      expect(byStix.get(NETWORK_CLAIM)?.history[0]?.rationale).toMatch(/Confidence was not given; set to 50/);
      const source = await prisma().source.findUniqueOrThrow({ where: { stixId: "report--90f7a0f4-79f1-4f4a-b171-8cb41df8e79d" } });
      expect(source).toMatchObject({ publisher: "Viginum", language: "fr", url: expect.stringContaining("sgdsn.gouv.fr") });
      // Bodies and sources take created/modified as createdAt/updatedAt, like the other records.
      expect([source.createdAt.toISOString(), source.updatedAt.toISOString()]).toEqual(["2023-06-13T09:00:00.000Z", "2024-02-12T16:10:00.000Z"]);
      const body = await prisma().investigatingBody.findUniqueOrThrow({ where: { stixId: "identity--39cc4ac2-dd2f-43d1-9b17-bbb8131c7b5c" } });
      expect([body.createdAt.toISOString(), body.updatedAt.toISOString()]).toEqual(["2023-06-13T08:12:44.392Z", "2024-02-12T16:03:10.118Z"]);
      expect(source.publishedAt?.toISOString()).toBe("2023-06-13T00:00:00.000Z");
      const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: "stix.import" } });
      expect(audit).toMatchObject({ id: report.auditLogId, userId: editor.id, entityId: openCti().id });

      // Their ids survive in our export.
      const exported = await exportStixBundle(prisma(), { campaignSlug: "rrn-doppelganger" });
      const ids = new Set(exported.objects.map((object) => object.id));
      for (const id of [CAMPAIGN, CAMPAIGN_CLAIM, NETWORK_CLAIM, "identity--39cc4ac2-dd2f-43d1-9b17-bbb8131c7b5c", "threat-actor--8fbf328b-3fae-4560-a184-64b1e764aaa7"]) {
        expect(ids.has(id), id).toBe(true);
      }
    });

    it("changes nothing when the same OpenCTI bundle is imported again", async () => {
      const before = await tableCounts(prisma());
      const report = await importStixBundle(prisma(), { actor: SYSTEM_ACTOR, bundle: openCti() });
      expect(report.created).toEqual([]);
      expect(report.updated).toEqual([]);
      expect(report.unchanged).toHaveLength(10);
      expect(report.auditLogId).toBeNull();
      expect(await tableCounts(prisma())).toEqual(before);
    });

    it("lets an analyst import records without claims, linking a parent actor that comes later in the bundle", async () => {
      const analyst = await prisma().user.findUniqueOrThrow({ where: { email: "stix-analyst@test" } });
      const child = "threat-actor--0b9a3c52-54e4-4d3e-9a51-7e0f8a1c2d31";
      const parent = "threat-actor--1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5";
      const at = "2024-01-02T03:04:05.678Z";
      const bundle = {
        type: "bundle",
        id: "bundle--2c7e0f1a-3b4c-4d5e-8f60-718293a4b5c6",
        objects: [
          { type: "threat-actor", spec_version: "2.1", id: child, created: at, modified: at, name: "Example ministry", x_campaign_tracker_actor_kind: "government_body", x_campaign_tracker_parent_ref: parent },
          { type: "threat-actor", spec_version: "2.1", id: parent, created: at, modified: at, name: "Example state", threat_actor_types: ["nation-state"] },
        ],
      };
      const report = await importStixBundle(prisma(), { actor: { userId: analyst.id, role: "analyst" }, bundle });
      expect(report.created.map((item) => item.id)).toEqual([child, parent]);
      const stored = await prisma().actor.findUniqueOrThrow({ where: { stixId: child }, include: { parent: true } });
      expect(stored).toMatchObject({ slug: "example-ministry", kind: "government_body", parent: { stixId: parent, kind: "state" } });
      expect(stored.updatedAt.toISOString()).toBe(at);
      const again = await importStixBundle(prisma(), { actor: { userId: analyst.id, role: "analyst" }, bundle });
      expect(again.unchanged.map((item) => item.id)).toEqual([child, parent]);
    });

    it("keeps the latest of several versions of one object in a bundle", async () => {
      const id = "campaign--5d6e7f80-9a1b-4c2d-8e3f-405162738495";
      const version = (modified: string, name: string) => ({ type: "campaign", spec_version: "2.1", id, created: "2024-01-01T00:00:00Z", modified, name });
      const bundle = {
        type: "bundle",
        id: "bundle--6e7f8091-a2b3-4c4d-9e5f-607182930a1b",
        objects: [version("2024-02-01T00:00:00.5Z", "Second"), version("2024-02-01T00:00:00Z", "First"), version("2024-01-15T00:00:00.000Z", "Draft")],
      };
      const report = await importStixBundle(prisma(), { actor: SYSTEM_ACTOR, bundle });
      expect(report.created.map((item) => item.index)).toEqual([0]);
      expect(report.skipped.map((item) => [item.index, item.reason])).toEqual([
        [1, "an equal or newer version of this object is in the same bundle"],
        [2, "an equal or newer version of this object is in the same bundle"],
      ]);
      expect((await prisma().campaign.findUniqueOrThrow({ where: { stixId: id } })).name).toBe("Second");
    });

    it("keeps the stored version when the bundle's object is older", async () => {
      const older = openCti();
      const campaign = older.objects.find((object) => object.id === CAMPAIGN)!;
      campaign.modified = "2023-06-14T00:00:00.000Z";
      campaign.name = "Renamed in an older version";
      const report = await importStixBundle(prisma(), { actor: SYSTEM_ACTOR, bundle: older });
      expect(report.skipped.find((item) => item.id === CAMPAIGN)?.reason).toMatch(/stored Campaign is newer/);
      expect((await prisma().campaign.findUniqueOrThrow({ where: { stixId: CAMPAIGN } })).name).toBe("RRN (Doppelganger)");
    });

    it("updates a claim from a newer version and records the change in its history", async () => {
      const newer = openCti();
      const claim = newer.objects.find((object) => object.id === CAMPAIGN_CLAIM)!;
      claim.modified = "2025-01-10T00:00:00.000Z";
      claim.confidence = 95;
      const report = await importStixBundle(prisma(), { actor: SYSTEM_ACTOR, bundle: newer });
      expect(report.updated.map((item) => item.id)).toEqual([CAMPAIGN_CLAIM]);
      const stored = await prisma().attribution.findUniqueOrThrow({ where: { stixId: CAMPAIGN_CLAIM }, include: { history: { orderBy: { version: "asc" } } } });
      expect(stored).toMatchObject({ confidence: 95, version: 2 });
      expect(stored.updatedAt.toISOString()).toBe("2025-01-10T00:00:00.000Z");
      expect(stored.history.map((change) => [change.version, change.fromConfidence, change.toConfidence])).toEqual([
        [1, null, 85],
        [2, 85, 95],
      ]);
    });
  });
});

describe("STIX import into the demo database", () => {
  withTestDatabases(({ prisma }) => {
    it("matches an identity to the investigating body of the same name instead of duplicating it", async () => {
      await seedStixDemo(prisma());
      const bodies = await prisma().investigatingBody.count({ where: { slug: "viginum" } });
      const report = await importStixBundle(prisma(), { actor: SYSTEM_ACTOR, bundle: openCti() });
      expect(bodies).toBe(1);
      expect(await prisma().investigatingBody.count({ where: { slug: "viginum" } })).toBe(1);
      // The seeded body was written after the identity's `modified` (2024-02-12), so it is kept
      // as stored (like any newer record), and the identity still resolves to it.
      const viginum = report.skipped.find((item) => item.id === "identity--39cc4ac2-dd2f-43d1-9b17-bbb8131c7b5c");
      expect(viginum?.reason).toMatch(/stored InvestigatingBody is newer/);
      const claim = await prisma().attribution.findUniqueOrThrow({ where: { stixId: CAMPAIGN_CLAIM }, select: { claimantId: true } });
      expect(claim.claimantId).toBe("seed-body-viginum");
      // The seeded body keeps its own STIX id (ours), not OpenCTI's.
      expect((await prisma().investigatingBody.findUniqueOrThrow({ where: { id: "seed-body-viginum" } })).stixId).toBeNull();
    });
  });
});
