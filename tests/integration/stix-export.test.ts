import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors.ts";
import { exportStixBundle } from "@/lib/stix/export-bundle.ts";
import { derivedStixId } from "@/lib/stix/stix-ids.ts";
import type { StixObject } from "@/lib/stix/stix-types.ts";
import { seedStixDemo } from "../helpers/stix-demo.ts";
import { createStixValidators } from "../helpers/stix-schemas.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

const validators = createStixValidators();

/** Validates every object against its OASIS schema; returns the types seen. */
function validateAll(objects: StixObject[]): Set<string> {
  const seen = new Set<string>();
  const failures: string[] = [];
  for (const object of objects) {
    seen.add(object.type);
    const validate = validators.validatorFor(object.type);
    if (!validate) {
      failures.push(`${object.type}: no schema`);
      continue;
    }
    const valid = (validate as (data: unknown) => boolean)(object);
    if (!valid) failures.push(`${object.id}: ${JSON.stringify(validate.errors)}`);
  }
  expect(failures).toEqual([]);
  return seen;
}

describe("STIX export", () => {
  withTestDatabases(({ prisma }) => {
    it("emits every object type, each valid against the OASIS STIX 2.1 schema", async () => {
      await seedStixDemo(prisma());
      const bundle = await exportStixBundle(prisma());
      const seen = validateAll(bundle.objects);
      // Every type we emit has a vendored schema and was validated above.
      expect([...seen].sort()).toEqual(["attack-pattern", "campaign", "identity", "intrusion-set", "marking-definition", "note", "opinion", "relationship", "report", "threat-actor"]);
      expect(bundle.id).toMatch(/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });

    it("writes each denial as an opinion and also as a note on the claim, for tools that show only notes", async () => {
      await seedStixDemo(prisma());
      const denials = await prisma().claimResponse.count({ where: { stance: "strongly_disagree" } });
      expect(denials).toBeGreaterThan(0);
      const { objects } = await exportStixBundle(prisma());
      const byId = new Map(objects.map((object) => [object.id, object]));
      const notes = objects.filter((object) => object.type === "note" && object.x_campaign_tracker_note_kind === "response");
      expect(notes).toHaveLength(objects.filter((object) => object.type === "opinion").length);
      const denialNotes = notes.filter((note) => note.abstract === "Denial of the attribution claim");
      expect(denialNotes).toHaveLength(denials);
      for (const note of denialNotes) {
        const [relationshipId, opinionId] = note.object_refs as string[];
        expect(byId.get(relationshipId!)).toMatchObject({ type: "relationship", relationship_type: "attributed-to" });
        const opinion = byId.get(opinionId!);
        expect(opinion).toMatchObject({ type: "opinion", opinion: "strongly-disagree", explanation: note.content, object_refs: [relationshipId] });
        expect(note.created).toBe(opinion!.created);
      }
    });

    it("is byte-identical on a second export, sorted by type then id, with millisecond timestamps", async () => {
      const first = JSON.stringify(await exportStixBundle(prisma()));
      const second = JSON.stringify(await exportStixBundle(prisma()));
      expect(second).toBe(first);
      const objects = (JSON.parse(first) as { objects: StixObject[] }).objects;
      const keys = objects.map((object) => `${object.type} ${object.id}`);
      expect(keys).toEqual([...keys].sort());
      for (const object of objects) {
        for (const field of ["created", "modified"] as const) {
          if (object[field] !== undefined) expect(object[field]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        }
      }
    });

    it("maps the demo records as documented", async () => {
      const bundle = await exportStixBundle(prisma());
      const byId = new Map(bundle.objects.map((object) => [object.id, object]));
      const campaign = byId.get(derivedStixId("campaign", "seed-campaign-doctored-police-image-2024"));
      expect(campaign).toMatchObject({ type: "campaign", spec_version: "2.1", x_campaign_tracker_slug: "doctored-police-image-2024" });

      const claims = bundle.objects.filter((object) => object.type === "relationship" && object.relationship_type === "attributed-to" && object.confidence !== undefined);
      expect(claims.length).toBe(await prisma().attribution.count());
      for (const claim of claims) {
        expect(byId.get(claim.created_by_ref as string)?.type).toBe("identity");
        expect(byId.get(claim.target_ref as string)?.type).toBe("threat-actor");
        expect(["campaign", "intrusion-set"]).toContain(byId.get(claim.source_ref as string)?.type);
        expect(claim.x_campaign_tracker_status).toMatch(/^(suspected|assessed|confirmed|disputed|retracted)$/);
      }
      const opinions = bundle.objects.filter((object) => object.type === "opinion");
      expect(opinions.length).toBe(await prisma().claimResponse.count());
      expect(opinions.every((opinion) => (opinion.object_refs as string[]).every((ref) => byId.get(ref)?.relationship_type === "attributed-to"))).toBe(true);

      const attackPattern = byId.get("attack-pattern--e4ad5ad8-f52d-48a0-8fce-33157f885a3e");
      expect(attackPattern).toMatchObject({
        name: "Deceptively Edit Images (Cheap Fakes)",
        created_by_ref: "identity--f1a0f560-2d9e-4c5d-bf47-7e96e805de82",
        object_marking_refs: ["marking-definition--f79f25d2-8b96-4580-b169-eb7b613a7c31"],
        kill_chain_phases: [{ kill_chain_name: "mitre-attack", phase_name: "develop-content" }],
        external_references: [expect.objectContaining({ source_name: "mitre-attack", external_id: "T0086.003" })],
      });
      expect(byId.get("marking-definition--f79f25d2-8b96-4580-b169-eb7b613a7c31")).toMatchObject({ definition: { statement: "CC-BY-SA-4.0 DISARM Foundation" } });
      const uses = bundle.objects.filter((object) => object.relationship_type === "uses");
      expect(uses).toHaveLength(await prisma().campaignTechnique.count());
      expect(uses.length).toBeGreaterThanOrEqual(3);
    });

    it("takes identity, report and opinion created/modified from the records' createdAt/updatedAt", async () => {
      const body = await prisma().investigatingBody.update({
        where: { id: "seed-body-viginum" },
        data: { createdAt: new Date("2021-07-13T09:00:00.000Z"), updatedAt: new Date("2024-03-01T10:20:30.456Z") },
      });
      const source = await prisma().source.findFirstOrThrow({ where: { campaigns: { some: {} } }, orderBy: { id: "asc" } });
      await prisma().source.update({ where: { id: source.id }, data: { createdAt: new Date("2024-01-02T00:00:00.000Z"), updatedAt: new Date("2024-05-06T07:08:09.010Z") } });
      const response = await prisma().claimResponse.findFirstOrThrow({ orderBy: { id: "asc" } });
      await prisma().claimResponse.update({ where: { id: response.id }, data: { createdAt: new Date("2024-02-03T00:00:00.000Z"), updatedAt: new Date("2024-06-07T08:09:10.011Z") } });

      const byId = new Map((await exportStixBundle(prisma())).objects.map((object) => [object.id, object]));
      expect(byId.get(derivedStixId("identity", body.id))).toMatchObject({ created: "2021-07-13T09:00:00.000Z", modified: "2024-03-01T10:20:30.456Z" });
      expect(byId.get(source.stixId ?? derivedStixId("report", source.id))).toMatchObject({ created: "2024-01-02T00:00:00.000Z", modified: "2024-05-06T07:08:09.010Z" });
      expect(byId.get(response.stixId ?? derivedStixId("opinion", response.id))).toMatchObject({ created: "2024-02-03T00:00:00.000Z", modified: "2024-06-07T08:09:10.011Z" });
      const identities = [...byId.values()].filter((object) => object.type === "identity");
      expect(identities.filter((object) => object.created === "1970-01-01T00:00:00.000Z")).toEqual([]);
    });

    it("exports one campaign with what it links to, and refuses an unknown slug", async () => {
      const bundle = await exportStixBundle(prisma(), { campaignSlug: "doctored-police-image-2024" });
      validateAll(bundle.objects);
      const campaigns = bundle.objects.filter((object) => object.type === "campaign");
      expect(campaigns.map((object) => object.x_campaign_tracker_slug)).toEqual(["doctored-police-image-2024"]);
      const ids = new Set(bundle.objects.map((object) => object.id));
      // Every reference points inside the bundle.
      for (const object of bundle.objects) {
        for (const [key, value] of Object.entries(object)) {
          const refs = key.endsWith("_ref") ? [value] : key.endsWith("_refs") ? (value as unknown[]) : [];
          for (const ref of refs) expect(ids.has(ref as string), `${object.id} ${key} → ${String(ref)}`).toBe(true);
        }
      }
      const tagged = await prisma().campaignTechnique.count({ where: { campaign: { slug: "doctored-police-image-2024" } } });
      expect(bundle.objects.filter((object) => object.type === "attack-pattern")).toHaveLength(tagged);
      await expect(exportStixBundle(prisma(), { campaignSlug: "no-such-campaign" })).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
