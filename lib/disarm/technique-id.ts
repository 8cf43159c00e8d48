import { z } from "zod";

/** DISARM technique ids: T0049, T0086.003 (sub-techniques carry a three-digit suffix). */
export const TECHNIQUE_ID_PATTERN = /^T\d{4}(\.\d{3})?$/;

/** A technique id from a form or URL: trimmed, upper-cased, and shaped like a DISARM id. */
export const techniqueIdField = z
  .string({ error: "Choose a technique" })
  .trim()
  .toUpperCase()
  .min(1, "Choose a technique")
  .regex(TECHNIQUE_ID_PATTERN, "Not a DISARM technique id (e.g. T0049 or T0086.003)");

/** DISARM's page for a technique or tactic, when the bundle gave none. */
export function disarmPageUrl(externalId: string): string {
  const folder = externalId.startsWith("TA") ? "tactics" : "techniques";
  return `https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/${folder}/${externalId}.md`;
}
