import "server-only";
import { STIX_SPEC_VERSION, type StixObject } from "./stix-types.ts";
import { toStixTimestamp } from "./stix-timestamps.ts";

/**
 * DISARM's own objects, reproduced from prisma/disarm/DISARM.json (CC BY-SA 4.0, DISARM
 * Foundation) whenever an export contains DISARM techniques, with its timestamps cut to
 * milliseconds like every timestamp we write. Attack-patterns carry DISARM's ids,
 * `created_by_ref` and `object_marking_refs`, as DISARM's bundle does.
 */
export const DISARM_IDENTITY_ID = "identity--f1a0f560-2d9e-4c5d-bf47-7e96e805de82";
export const DISARM_MARKING_ID = "marking-definition--f79f25d2-8b96-4580-b169-eb7b613a7c31";
/** DISARM labels its techniques' external references and kill chain "mitre-attack". */
export const DISARM_KILL_CHAIN_NAME = "mitre-attack";
export const DISARM_REFERENCE_SOURCE = "mitre-attack";

export function disarmIdentity(): StixObject {
  return {
    type: "identity",
    spec_version: STIX_SPEC_VERSION,
    id: DISARM_IDENTITY_ID,
    created: "2024-11-22T16:43:58.073Z",
    modified: "2024-11-22T16:43:58.073Z",
    name: "DISARM Foundation",
    description: "DISARM is a framework designed for describing and understanding disinformation incidents.",
    identity_class: "organization",
  };
}

export function disarmMarking(): StixObject {
  return {
    type: "marking-definition",
    spec_version: STIX_SPEC_VERSION,
    id: DISARM_MARKING_ID,
    created_by_ref: DISARM_IDENTITY_ID,
    created: "2024-11-22T16:43:58.073Z",
    definition_type: "statement",
    name: "DISARM Foundation",
    definition: { statement: "CC-BY-SA-4.0 DISARM Foundation" },
  };
}

export interface TechniqueForStix {
  id: string;
  externalId: string;
  name: string;
  description: string;
  url: string | null;
  isSubtechnique: boolean;
  stixCreated: Date;
  stixModified: Date;
  tactic: { shortname: string };
}

/** A DISARM technique as DISARM's bundle writes it (less its x_mitre_platforms/version, which we do not keep). */
export function attackPatternOf(technique: TechniqueForStix): StixObject {
  const reference: { source_name: string; url?: string; external_id: string } = { source_name: DISARM_REFERENCE_SOURCE, external_id: technique.externalId };
  if (technique.url) reference.url = technique.url;
  return {
    type: "attack-pattern",
    spec_version: STIX_SPEC_VERSION,
    id: technique.id,
    created_by_ref: DISARM_IDENTITY_ID,
    created: toStixTimestamp(technique.stixCreated),
    modified: toStixTimestamp(technique.stixModified),
    name: technique.name,
    description: technique.description,
    kill_chain_phases: [{ kill_chain_name: DISARM_KILL_CHAIN_NAME, phase_name: technique.tactic.shortname }],
    external_references: [{ source_name: reference.source_name, ...(reference.url ? { url: reference.url } : {}), external_id: reference.external_id }],
    object_marking_refs: [DISARM_MARKING_ID],
    x_mitre_is_subtechnique: technique.isSubtechnique,
  };
}
