/** The STIX 2.1 shapes this project writes and reads (plain JSON; see docs/stix.md). */

export type StixValue = string | number | boolean | null | StixValue[] | { [key: string]: StixValue };

export interface StixObject {
  type: string;
  id: string;
  [property: string]: StixValue | undefined;
}

export interface StixBundle {
  type: "bundle";
  id: string;
  objects: StixObject[];
}

export interface StixExternalReference {
  source_name: string;
  description?: string;
  url?: string;
  external_id?: string;
}

export const STIX_SPEC_VERSION = "2.1";

/** Media type of a STIX 2.1 bundle (TAXII 2.1 / STIX 2.1 registration). */
export const STIX_MEDIA_TYPE = "application/stix+json;version=2.1";

/** Largest bundle the API reads (the command line has no limit). */
export const STIX_IMPORT_MAX_BYTES = 50 * 1024 * 1024;
