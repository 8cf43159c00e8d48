import "server-only";

/**
 * Reads DISARM's STIX 2.1 bundle (prisma/disarm/DISARM.json) into the rows of our Tactic and
 * Technique tables. Pure: no file system, no database, so the rules are unit-tested directly.
 * Anything the tables need and the bundle lacks is an error naming the object and the field.
 */

export interface DisarmTacticRow {
  /** DISARM's own STIX id (x-mitre-tactic--…). */
  id: string;
  externalId: string;
  name: string;
  shortname: string;
  description: string;
  /** Index in the matrix's tactic_refs (0-based). */
  position: number;
  url: string | null;
}

export interface DisarmTechniqueRow {
  /** DISARM's own STIX id (attack-pattern--…). */
  id: string;
  externalId: string;
  name: string;
  description: string;
  tacticId: string;
  parentId: string | null;
  isSubtechnique: boolean;
  url: string | null;
  stixCreated: Date;
  stixModified: Date;
}

export interface DisarmBundle {
  tactics: DisarmTacticRow[];
  /** Techniques before sub-techniques, so parents are written before their children. */
  techniques: DisarmTechniqueRow[];
}

export class DisarmBundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DisarmBundleError";
  }
}

type StixObject = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** "attack-pattern attack-pattern--… (objects[12])", or the index alone when the id is unusable. */
function describe(object: StixObject, index: number): string {
  const type = typeof object.type === "string" ? object.type : "object";
  return typeof object.id === "string" ? `${type} ${object.id} (objects[${index}])` : `${type} at objects[${index}]`;
}

function fail(where: string, problem: string): never {
  throw new DisarmBundleError(`DISARM bundle: ${where}: ${problem}`);
}

function requireString(object: StixObject, index: number, field: string, options: { allowEmpty?: boolean } = {}): string {
  const value = object[field];
  if (typeof value !== "string") fail(describe(object, index), `field "${field}" is missing or not a string`);
  if (!options.allowEmpty && value.trim() === "") fail(describe(object, index), `field "${field}" is empty`);
  return value;
}

function requireDate(object: StixObject, index: number, field: string): Date {
  const text = requireString(object, index, field);
  const date = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(date.getTime())) fail(describe(object, index), `field "${field}" is not a timestamp: "${text}"`);
  return date;
}

/** The first external reference carrying an external_id (DISARM's TA../T.... code) and its url. */
function externalReference(object: StixObject, index: number, pattern: RegExp): { externalId: string; url: string | null } {
  const refs = object.external_references;
  if (!Array.isArray(refs)) fail(describe(object, index), `field "external_references" is missing or not an array`);
  const found = refs.findIndex((ref) => isRecord(ref) && typeof ref.external_id === "string");
  const ref = refs[found] as Record<string, unknown> | undefined;
  if (!ref) fail(describe(object, index), `no entry of "external_references" has an "external_id"`);
  const externalId = ref.external_id as string;
  if (!pattern.test(externalId)) fail(describe(object, index), `external_references[${found}].external_id "${externalId}" does not look like ${pattern.source}`);
  const url = typeof ref.url === "string" && ref.url.trim() !== "" ? ref.url : null;
  return { externalId, url };
}

const TACTIC_ID = /^TA\d{2,}$/;
const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;

/** Turns the bundle's JSON (already parsed) into table rows, or throws a DisarmBundleError. */
export function parseDisarmBundle(json: unknown): DisarmBundle {
  if (!isRecord(json)) fail("the file", "is not a JSON object");
  if (json.type !== "bundle") fail("the file", `"type" is ${JSON.stringify(json.type)}, expected "bundle"`);
  if (!Array.isArray(json.objects)) fail("the bundle", `field "objects" is missing or not an array`);

  const tacticObjects: [StixObject, number][] = [];
  const techniqueObjects: [StixObject, number][] = [];
  const relationships: [StixObject, number][] = [];
  const matrices: [StixObject, number][] = [];
  json.objects.forEach((object: unknown, index: number) => {
    if (!isRecord(object)) fail(`objects[${index}]`, "is not an object");
    if (object.revoked === true) return;
    switch (object.type) {
      case "x-mitre-tactic":
        tacticObjects.push([object, index]);
        break;
      case "attack-pattern":
        techniqueObjects.push([object, index]);
        break;
      case "relationship":
        if (object.relationship_type === "subtechnique-of") relationships.push([object, index]);
        break;
      case "x-mitre-matrix":
        matrices.push([object, index]);
        break;
      default:
        if (typeof object.type !== "string") fail(`objects[${index}]`, `field "type" is missing`);
    }
  });

  // --- tactics, in the matrix's order ---
  if (matrices.length !== 1) fail("the bundle", `expected exactly one x-mitre-matrix, found ${matrices.length}`);
  const [matrix, matrixIndex] = matrices[0]!;
  const tacticRefs = matrix.tactic_refs;
  if (!Array.isArray(tacticRefs) || tacticRefs.some((ref) => typeof ref !== "string")) {
    fail(describe(matrix, matrixIndex), `field "tactic_refs" is missing or not a list of ids`);
  }
  const positionOf = new Map<string, number>();
  (tacticRefs as string[]).forEach((ref, position) => {
    if (positionOf.has(ref)) fail(describe(matrix, matrixIndex), `tactic_refs lists ${ref} twice`);
    positionOf.set(ref, position);
  });

  const tactics: DisarmTacticRow[] = [];
  const tacticIdByShortname = new Map<string, string>();
  const seenTacticCodes = new Set<string>();
  for (const [object, index] of tacticObjects) {
    const id = requireString(object, index, "id");
    const position = positionOf.get(id);
    if (position === undefined) fail(describe(object, index), `is not listed in the matrix's tactic_refs`);
    const { externalId, url } = externalReference(object, index, TACTIC_ID);
    if (seenTacticCodes.has(externalId)) fail(describe(object, index), `external id ${externalId} is used by another tactic`);
    seenTacticCodes.add(externalId);
    const shortname = requireString(object, index, "x_mitre_shortname");
    if (tacticIdByShortname.has(shortname)) fail(describe(object, index), `x_mitre_shortname "${shortname}" is used by another tactic`);
    tacticIdByShortname.set(shortname, id);
    tactics.push({
      id,
      externalId,
      name: requireString(object, index, "name"),
      shortname,
      description: requireString(object, index, "description", { allowEmpty: true }),
      position,
      url,
    });
  }
  const tacticIds = new Set(tactics.map((tactic) => tactic.id));
  for (const ref of positionOf.keys()) {
    if (!tacticIds.has(ref)) fail(describe(matrix, matrixIndex), `tactic_refs names ${ref}, which is not an x-mitre-tactic in the bundle`);
  }
  tactics.sort((a, b) => a.position - b.position);

  // --- sub-technique links ---
  const techniqueIds = new Set(techniqueObjects.map(([object, index]) => requireString(object, index, "id")));
  const parentOf = new Map<string, string>();
  for (const [object, index] of relationships) {
    const source = requireString(object, index, "source_ref");
    const target = requireString(object, index, "target_ref");
    if (!techniqueIds.has(source)) fail(describe(object, index), `source_ref ${source} is not an attack-pattern in the bundle`);
    if (!techniqueIds.has(target)) fail(describe(object, index), `target_ref ${target} is not an attack-pattern in the bundle`);
    const known = parentOf.get(source);
    if (known !== undefined && known !== target) fail(describe(object, index), `${source} is already a sub-technique of ${known}`);
    parentOf.set(source, target);
  }

  // --- techniques ---
  const techniques: DisarmTechniqueRow[] = [];
  const seenTechniqueCodes = new Set<string>();
  for (const [object, index] of techniqueObjects) {
    const id = requireString(object, index, "id");
    const { externalId, url } = externalReference(object, index, TECHNIQUE_ID);
    if (seenTechniqueCodes.has(externalId)) fail(describe(object, index), `external id ${externalId} is used by another attack-pattern`);
    seenTechniqueCodes.add(externalId);
    const phases = object.kill_chain_phases;
    if (!Array.isArray(phases) || phases.length === 0) fail(describe(object, index), `field "kill_chain_phases" is missing or empty`);
    const phase: unknown = phases[0];
    if (!isRecord(phase) || typeof phase.phase_name !== "string") fail(describe(object, index), `kill_chain_phases[0].phase_name is missing`);
    const tacticId = tacticIdByShortname.get(phase.phase_name);
    if (tacticId === undefined) fail(describe(object, index), `kill_chain_phases[0].phase_name "${phase.phase_name}" is no tactic's x_mitre_shortname`);
    const parentId = parentOf.get(id) ?? null;
    // The relationship is authoritative; a flag that contradicts it means a broken file.
    if (typeof object.x_mitre_is_subtechnique === "boolean" && object.x_mitre_is_subtechnique !== (parentId !== null)) {
      fail(describe(object, index), `x_mitre_is_subtechnique is ${object.x_mitre_is_subtechnique} but it is ${parentId ? "" : "not "}the source of a subtechnique-of relationship`);
    }
    techniques.push({
      id,
      externalId,
      name: requireString(object, index, "name"),
      description: requireString(object, index, "description", { allowEmpty: true }),
      tacticId,
      parentId,
      isSubtechnique: parentId !== null,
      url,
      stixCreated: requireDate(object, index, "created"),
      stixModified: requireDate(object, index, "modified"),
    });
  }
  for (const [child, parent] of parentOf) {
    if (parentOf.has(parent)) fail(`attack-pattern ${child}`, `its parent ${parent} is itself a sub-technique`);
  }
  techniques.sort((a, b) => Number(a.isSubtechnique) - Number(b.isSubtechnique) || a.externalId.localeCompare(b.externalId));

  return { tactics, techniques };
}
