import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors.ts";
import { parseStixBundle } from "@/lib/stix/bundle-schema.ts";

const AT = "2024-05-15T10:00:00.000Z";
const CAMPAIGN = "campaign--44a7f37d-0a30-4a49-a1ea-4e8ba923a59b";
const bundle = (objects: unknown[]) => ({ type: "bundle", id: "bundle--29a37280-b9ad-446e-a93c-ccbf409c90da", objects });

function errorsOf(input: unknown): Record<string, string[]> {
  try {
    parseStixBundle(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fieldErrors;
  }
  throw new Error("expected a ValidationError");
}

describe("parseStixBundle", () => {
  it("keeps the objects it reads, checked, and passes the others through with their type and id", () => {
    const parsed = parseStixBundle(
      bundle([
        { type: "campaign", spec_version: "2.1", id: CAMPAIGN, created: AT, modified: AT, name: "RRN", x_opencti_type: "Campaign" },
        { type: "x-opencti-case-incident", id: "x-opencti-case-incident--56e49aa6-da6f-4e2a-8511-35ff60afc70c", anything: [1, 2] },
      ]),
    );
    expect(parsed.read).toEqual([{ index: 0, type: "campaign", id: CAMPAIGN, object: expect.objectContaining({ name: "RRN", x_opencti_type: "Campaign" }) }]);
    expect(parsed.other).toEqual([expect.objectContaining({ index: 1, type: "x-opencti-case-incident" })]);
  });

  it("names the object's index, id and field of every problem", () => {
    expect(
      errorsOf(
        bundle([
          { type: "campaign", id: CAMPAIGN, created: AT, modified: "15/05/2024", name: "" },
          { type: "relationship", id: "relationship--3f864534-09d6-401b-b0a0-8ffd180f782d", created: AT, modified: AT, relationship_type: "attributed-to", source_ref: CAMPAIGN, target_ref: "Azerbaijan", confidence: 0.5 },
          { type: "report", id: "campaign--832ca7d9-efce-4a5d-85a7-eddd7f22d44c" },
          "not an object",
        ]),
      ),
    ).toEqual({
      [`objects[0] (${CAMPAIGN}).modified`]: [expect.stringMatching(/STIX timestamp/)],
      [`objects[0] (${CAMPAIGN}).name`]: ["must not be empty"],
      "objects[1] (relationship--3f864534-09d6-401b-b0a0-8ffd180f782d).target_ref": [expect.stringMatching(/STIX identifier/)],
      "objects[1] (relationship--3f864534-09d6-401b-b0a0-8ffd180f782d).confidence": [expect.stringMatching(/integer/)],
      "objects[2] (campaign--832ca7d9-efce-4a5d-85a7-eddd7f22d44c).id": ['must start with "report--" (the object\'s type)'],
      "objects[3]": [expect.any(String)],
    });
  });

  it("refuses what is not a bundle", () => {
    expect(Object.keys(errorsOf({ type: "report", id: "bundle--x", objects: "none" })).sort()).toEqual(["id", "objects", "type"]);
    expect(Object.keys(errorsOf(null))).toEqual(["bundle"]);
  });
});
