import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { DISARM_AUDIT_ACTION, defaultDisarmFile, loadDisarm } from "../../lib/disarm/load-disarm.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

const scratch = mkdtempSync(path.join(os.tmpdir(), "ct-disarm-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the real bundle, edited by `edit`, written to a scratch file. */
function editedBundle(name: string, edit: (objects: Record<string, unknown>[]) => void): string {
  const bundle = JSON.parse(readFileSync(defaultDisarmFile(), "utf8")) as { objects: Record<string, unknown>[] };
  edit(bundle.objects);
  const file = path.join(scratch, name);
  writeFileSync(file, JSON.stringify(bundle));
  return file;
}

const externalIdOf = (object: Record<string, unknown>) => (object.external_references as { external_id?: string }[] | undefined)?.[0]?.external_id;

withTestDatabases((ctx) => {
  it("loads 16 tactics and 391 techniques with parents, tactics and DISARM's timestamps, and audits the run", async () => {
    const prisma = ctx.prisma();
    const summary = await loadDisarm(prisma);
    expect(summary).toEqual({ tactics: 16, techniques: 391, created: 16 + 391, updated: 0 });
    expect(await prisma.tactic.count()).toBe(16);
    expect(await prisma.technique.count()).toBe(391);
    expect(await prisma.technique.count({ where: { isSubtechnique: true } })).toBe(288);
    expect(await prisma.technique.count({ where: { parentId: { not: null } } })).toBe(288);

    const cheapFakes = await prisma.technique.findUniqueOrThrow({ where: { externalId: "T0086.003" }, include: { parent: true, tactic: true } });
    expect(cheapFakes.name).toBe("Deceptively Edit Images (Cheap Fakes)");
    expect(cheapFakes.id).toMatch(/^attack-pattern--/);
    expect(cheapFakes.isSubtechnique).toBe(true);
    expect(cheapFakes.parent?.externalId).toBe("T0086");
    expect(cheapFakes.parent?.name).toBe("Develop Image-Based Content");
    expect(cheapFakes.tactic).toMatchObject({ externalId: "TA06", name: "Develop Content", shortname: "develop-content" });
    expect(cheapFakes.url).toBe("https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/techniques/T0086.003.md");
    expect(cheapFakes.stixCreated.toISOString()).toMatch(/^20\d\d-/);

    const tactics = await prisma.tactic.findMany({ orderBy: { position: "asc" } });
    expect(tactics.map((tactic) => tactic.externalId)).toEqual([
      // The matrix's order (plan, prepare, execute, assess), not the codes' order.
      "TA01", "TA02", "TA13", "TA14", "TA06", "TA15", "TA16", "TA05", "TA07", "TA08", "TA09", "TA17", "TA18", "TA10", "TA11", "TA12",
    ]);
    expect(tactics[0]).toMatchObject({ id: expect.stringMatching(/^x-mitre-tactic--/), name: "Plan Strategy", shortname: "plan-strategy", position: 0 });
    // Every sub-technique sits under its parent's tactic.
    const mismatched = await prisma.technique.findMany({ where: { parentId: { not: null } }, include: { parent: true } });
    expect(mismatched.filter((row) => row.parent?.tacticId !== row.tacticId).map((row) => row.externalId)).toEqual([]);

    expect(await prisma.auditLog.count({ where: { action: DISARM_AUDIT_ACTION } })).toBe(1);
  });

  it("changes nothing and writes no audit entry on a second run", async () => {
    const prisma = ctx.prisma();
    const auditsBefore = await prisma.auditLog.count();
    const modifiedBefore = await prisma.technique.findMany({ select: { id: true, stixModified: true, name: true }, orderBy: { id: "asc" } });
    const summary = await loadDisarm(prisma);
    expect(summary).toEqual({ tactics: 16, techniques: 391, created: 0, updated: 0 });
    expect(await prisma.auditLog.count()).toBe(auditsBefore);
    expect(await prisma.technique.findMany({ select: { id: true, stixModified: true, name: true }, orderBy: { id: "asc" } })).toEqual(modifiedBefore);
  });

  it("updates the rows an updated DISARM file changes, and creates the new ones", async () => {
    const prisma = ctx.prisma();
    const file = editedBundle("updated.json", (objects) => {
      const technique = objects.find((object) => externalIdOf(object) === "T0049");
      technique!.name = "Flood Information Space (renamed)";
      technique!.modified = "2025-06-01T00:00:00.000Z";
      const tactic = objects.find((object) => externalIdOf(object) === "TA01");
      tactic!.description = "A new description.";
      const parent = objects.find((object) => externalIdOf(object) === "T0086")!;
      objects.push({
        ...parent,
        id: "attack-pattern--00000000-0000-4000-8000-000000000001",
        name: "A New Sub-technique",
        external_references: [{ source_name: "mitre-attack", external_id: "T0086.099", url: "https://example.test/T0086.099" }],
        x_mitre_is_subtechnique: true,
      });
      objects.push({
        type: "relationship",
        id: "relationship--00000000-0000-4000-8000-000000000002",
        relationship_type: "subtechnique-of",
        source_ref: "attack-pattern--00000000-0000-4000-8000-000000000001",
        target_ref: parent.id,
      });
    });
    const auditsBefore = await prisma.auditLog.count({ where: { action: DISARM_AUDIT_ACTION } });
    const summary = await loadDisarm(prisma, { file });
    expect(summary).toEqual({ tactics: 16, techniques: 392, created: 1, updated: 2 });
    const flood = await prisma.technique.findUniqueOrThrow({ where: { externalId: "T0049" } });
    expect(flood.name).toBe("Flood Information Space (renamed)");
    expect(flood.stixModified.toISOString()).toBe("2025-06-01T00:00:00.000Z");
    expect((await prisma.tactic.findUniqueOrThrow({ where: { externalId: "TA01" } })).description).toBe("A new description.");
    const added = await prisma.technique.findUniqueOrThrow({ where: { externalId: "T0086.099" }, include: { parent: true } });
    expect(added.parent?.externalId).toBe("T0086");
    expect(await prisma.auditLog.count({ where: { action: DISARM_AUDIT_ACTION } })).toBe(auditsBefore + 1);

    // Back to the real file: the edited rows return; the extra technique stays (tags may use it).
    expect(await loadDisarm(prisma)).toEqual({ tactics: 16, techniques: 391, created: 0, updated: 2 });
    expect((await prisma.technique.findUniqueOrThrow({ where: { externalId: "T0049" } })).name).toBe("Flood Information Space");
  });

  // The bundle is parsed and checked whole before any write, so a bad file is refused first.
  it("refuses a missing or malformed file, naming the object and field", async () => {
    const prisma = ctx.prisma();
    await expect(loadDisarm(prisma, { file: path.join(scratch, "absent.json") })).rejects.toThrow(/DISARM bundle not found: .*absent\.json/);

    const notJson = path.join(scratch, "broken.json");
    writeFileSync(notJson, "{ not json");
    await expect(loadDisarm(prisma, { file: notJson })).rejects.toThrow(/broken\.json is not valid JSON/);

    let victimId = "";
    const noPhase = editedBundle("no-phase.json", (objects) => {
      const victim = objects.find((object) => externalIdOf(object) === "T0002")!;
      victimId = victim.id as string;
      victim.kill_chain_phases = [{ kill_chain_name: "mitre-attack", phase_name: "no-such-tactic" }];
      victim.name = "changed, but must not be written";
    });
    const error = await loadDisarm(prisma, { file: noPhase }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`attack-pattern ${victimId}`);
    expect((error as Error).message).toContain(`kill_chain_phases[0].phase_name "no-such-tactic"`);

    const noName = editedBundle("no-name.json", (objects) => {
      delete objects.find((object) => externalIdOf(object) === "TA05")!.name;
    });
    await expect(loadDisarm(prisma, { file: noName })).rejects.toThrow(/x-mitre-tactic x-mitre-tactic--[0-9a-f-]+ \(objects\[\d+\]\): field "name" is missing/);

  });
});
