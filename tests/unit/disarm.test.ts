import { describe, expect, it } from "vitest";
import { DisarmBundleError, parseDisarmBundle } from "@/lib/disarm/parse-disarm-bundle.ts";
import { disarmPageUrl, techniqueIdField } from "@/lib/disarm/technique-id.ts";
import { groupByTactic } from "@/lib/disarm/technique-queries.ts";
import { filtersQuery, readOverviewFilters } from "@/lib/dashboard/overview-filters.ts";

const ref = (id: string) => [{ source_name: "DISARM", external_id: id, url: `https://example.test/${id}` }];
const phase = (name: string) => [{ kill_chain_name: "mitre-attack", phase_name: name }];
const stamps = { created: "2024-11-22T16:43:58.074918Z", modified: "2024-11-22T16:43:58.074918Z" };

/** A tiny bundle: two tactics (matrix order reversed), a technique and its sub-technique. */
function bundle(): { type: string; id: string; objects: Record<string, unknown>[] } {
  return {
    type: "bundle",
    id: "bundle--1",
    objects: [
      { type: "x-mitre-tactic", id: "x-mitre-tactic--a", name: "Plan Strategy", description: "", x_mitre_shortname: "plan-strategy", external_references: ref("TA01"), ...stamps },
      { type: "x-mitre-tactic", id: "x-mitre-tactic--b", name: "Develop Content", description: "d", x_mitre_shortname: "develop-content", external_references: ref("TA06"), ...stamps },
      { type: "attack-pattern", id: "attack-pattern--child", name: "Cheap Fakes", description: "c", kill_chain_phases: phase("develop-content"), external_references: ref("T0086.003"), x_mitre_is_subtechnique: true, ...stamps },
      { type: "attack-pattern", id: "attack-pattern--parent", name: "Images", description: "p", kill_chain_phases: phase("develop-content"), external_references: ref("T0086"), x_mitre_is_subtechnique: false, ...stamps },
      { type: "relationship", id: "relationship--1", relationship_type: "subtechnique-of", source_ref: "attack-pattern--child", target_ref: "attack-pattern--parent" },
      { type: "identity", id: "identity--1", name: "DISARM Foundation" },
      { type: "x-mitre-matrix", id: "x-mitre-matrix--1", tactic_refs: ["x-mitre-tactic--b", "x-mitre-tactic--a"] },
    ],
  };
}

describe("parseDisarmBundle", () => {
  it("reads tactics in the matrix's order and techniques parents first, with parents and tactics resolved", () => {
    const { tactics, techniques } = parseDisarmBundle(bundle());
    expect(tactics.map((tactic) => [tactic.externalId, tactic.position])).toEqual([["TA06", 0], ["TA01", 1]]);
    expect(tactics[1]).toMatchObject({ id: "x-mitre-tactic--a", shortname: "plan-strategy", url: "https://example.test/TA01", description: "" });
    expect(techniques.map((technique) => technique.externalId)).toEqual(["T0086", "T0086.003"]);
    expect(techniques[1]).toMatchObject({ id: "attack-pattern--child", parentId: "attack-pattern--parent", isSubtechnique: true, tacticId: "x-mitre-tactic--b" });
    expect(techniques[1]!.stixCreated.toISOString()).toBe("2024-11-22T16:43:58.074Z");
    expect(techniques[0]).toMatchObject({ parentId: null, isSubtechnique: false });
  });

  const broken: [string, (objects: Record<string, unknown>[]) => void, RegExp][] = [
    ["a technique whose phase names no tactic", (o) => void (o[3]!.kill_chain_phases = phase("nowhere")), /attack-pattern attack-pattern--parent \(objects\[3\]\): kill_chain_phases\[0\]\.phase_name "nowhere"/],
    ["a technique without a name", (o) => void delete o[2]!.name, /attack-pattern--child \(objects\[2\]\): field "name" is missing/],
    ["a malformed external id", (o) => void (o[3]!.external_references = ref("X86")), /external_id "X86" does not look like/],
    ["a bad timestamp", (o) => void (o[3]!.modified = "yesterday"), /field "modified" is not a timestamp: "yesterday"/],
    ["a relationship to nowhere", (o) => void (o[4]!.target_ref = "attack-pattern--gone"), /relationship relationship--1 \(objects\[4\]\): target_ref attack-pattern--gone/],
    ["a flag contradicting the relationships", (o) => void (o[3]!.x_mitre_is_subtechnique = true), /x_mitre_is_subtechnique is true but it is not the source/],
    ["a tactic missing from the matrix", (o) => void (o[6]!.tactic_refs = ["x-mitre-tactic--b"]), /x-mitre-tactic--a \(objects\[0\]\): is not listed in the matrix's tactic_refs/],
    ["a duplicated technique id", (o) => void (o[2]!.external_references = ref("T0086")), /external id T0086 is used by another attack-pattern/],
    ["no matrix", (o) => void o.pop(), /expected exactly one x-mitre-matrix, found 0/],
  ];
  it.each(broken)("refuses %s, naming the object and field", (_what, edit, message) => {
    const input = bundle();
    edit(input.objects);
    expect(() => parseDisarmBundle(input)).toThrow(DisarmBundleError);
    expect(() => parseDisarmBundle(input)).toThrow(message);
  });

  it("refuses something that is not a bundle", () => {
    expect(() => parseDisarmBundle([])).toThrow(/is not a JSON object/);
    expect(() => parseDisarmBundle({ type: "report" })).toThrow(/expected "bundle"/);
    expect(() => parseDisarmBundle({ type: "bundle" })).toThrow(/"objects" is missing/);
  });
});

describe("technique ids", () => {
  it("accepts DISARM ids, normalised, and rejects anything else", () => {
    expect(techniqueIdField.parse(" t0086.003 ")).toBe("T0086.003");
    expect(techniqueIdField.parse("T0049")).toBe("T0049");
    for (const bad of ["", "T49", "T0086.3", "TA06", "T0049; DROP TABLE"]) expect(techniqueIdField.safeParse(bad).success, bad).toBe(false);
  });

  it("points at DISARM's pages on GitHub", () => {
    expect(disarmPageUrl("T0049")).toBe("https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/techniques/T0049.md");
    expect(disarmPageUrl("TA06")).toBe("https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/tactics/TA06.md");
  });

  it("groups ordered rows by tactic, keeping the order", () => {
    const tactic = (externalId: string) => ({ externalId, name: externalId, url: "u" });
    const groups = groupByTactic([
      { tactic: tactic("TA06"), item: "a" },
      { tactic: tactic("TA06"), item: "b" },
      { tactic: tactic("TA17"), item: "c" },
    ]);
    expect(groups).toEqual([
      { tactic: tactic("TA06"), techniques: ["a", "b"] },
      { tactic: tactic("TA17"), techniques: ["c"] },
    ]);
  });
});

describe("the overview's technique filter", () => {
  const known = { techniques: ["T0049", "T0086", "T0086.003"] };

  it("accepts a known technique id and keeps it in the shareable query", () => {
    const { filters, ignored } = readOverviewFilters({ technique: "T0086.003", platform: "x" }, known);
    expect(ignored).toEqual([]);
    expect(filters).toMatchObject({ technique: "T0086.003", platform: "x" });
    expect(filtersQuery(filters)).toBe("?platform=x&technique=T0086.003");
  });

  it("ignores an id outside the whitelist, or a malformed one, and keeps the other filters", () => {
    expect(readOverviewFilters({ technique: "T0999", platform: "x" }, known)).toEqual({ filters: { platform: "x", split: "campaign" }, ignored: ["technique"] });
    expect(readOverviewFilters({ technique: "<script>" }, known).ignored).toEqual(["technique"]);
    expect(readOverviewFilters({ technique: "<script>" }).ignored).toEqual(["technique"]);
  });
});
